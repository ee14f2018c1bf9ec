#!/usr/bin/python3
"""Sanity checks for a gold set (stdlib only): tests/gold by default, or
the folder named on the command line (tests/gold_holdout).

usage: check_gold.py [--lint] [--coverage] [GOLD_DIR]

Checks every record of gold.jsonl against its article:
  - the record has the seed format's fields, and the file exists;
  - every timex text occurs verbatim, in the listed order (title first);
  - every value is a well-formed TIMEX3 date value (and a real date);
  - a weekday or month named in the text agrees with the value, and a
    four-digit year in the text is the value's year;
  - relative expressions with a fixed reading ("yesterday", "last week",
    "three years ago", "in two months", "this weekend", ...) have the value
    computed from dct;
  - a weekday resolves to within a week of dct;
  - at most 5 keys; must_not strings occur in the article (they are
    boilerplate the extractor must drop);
  - dct agrees with the header (dct_source header), with the dateline's month
    and day and the mtime's year (dateline), or with the mtime (mtime);
  - the "negatives:" list in notes names strings that occur in the article;
  - articles are 150-1300 words (long features run past 700);
  - a fixed-date holiday agrees with its value.
--lint also prints date-like words that no timex, negative or must_not covers,
for a human to look at.  --coverage prints how often each form of issue 5
occurs.  Exit status 1 when any check fails.
"""
import datetime as dt
import json
import os
import re
import sys

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "a": 1}

VALUE_RE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}-W\d{2}(?:-WE)?|"
                      r"\d{4}-(?:SP|SU|FA|WI)|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}|\d{3}|\d{2})$")
FIELDS = ["file", "dct", "dct_source", "mtime", "timexes", "must_not", "title", "notes", "key_notes"]

HOLIDAYS = {"new year's day": "01-01", "new year's eve": "12-31", "christmas eve": "12-24",
            "christmas day": "12-25", "boxing day": "12-26"}

errors = []


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("file", "?"), msg))


def iso_week(d):
    y, w, _ = d.isocalendar()
    return "%04d-W%02d" % (y, w)


def month_add(d, n):
    m = d.year * 12 + d.month - 1 + n
    return "%04d-%02d" % (m // 12, m % 12 + 1)


def valid_value(v):
    if not VALUE_RE.match(v):
        return False
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}$", v):
            dt.date.fromisoformat(v)
        elif re.match(r"^\d{4}-\d{2}$", v):
            return 1 <= int(v[5:]) <= 12
        elif re.match(r"^\d{4}-W\d{2}", v):
            y, w = int(v[:4]), int(v[6:8])
            dt.date.fromisocalendar(y, w, 1)
    except ValueError:
        return False
    return True


def expected_relative(text, dct):
    """The value a fixed-reading relative expression must have, or None."""
    t = text.lower().strip()
    t = re.sub(r"^(?:on|in|by|for|since|until|from|before|after|as soon as|over|at)\s+", "", t)
    t = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", t)
    table = {
        "yesterday": (dct - dt.timedelta(days=1)).isoformat(),
        "today": dct.isoformat(),
        "tomorrow": (dct + dt.timedelta(days=1)).isoformat(),
        "this week": iso_week(dct),
        "last week": iso_week(dct - dt.timedelta(days=7)),
        "next week": iso_week(dct + dt.timedelta(days=7)),
        "the middle of next week": iso_week(dct + dt.timedelta(days=7)),
        "this month": month_add(dct, 0),
        "earlier this month": month_add(dct, 0),
        "later this month": month_add(dct, 0),
        "the end of the month": month_add(dct, 0),
        "last month": month_add(dct, -1),
        "next month": month_add(dct, 1),
        "early next month": month_add(dct, 1),
        "this year": "%04d" % dct.year,
        "earlier this year": "%04d" % dct.year,
        "later this year": "%04d" % dct.year,
        "the end of the year": "%04d" % dct.year,
        "last year": "%04d" % (dct.year - 1),
        "next year": "%04d" % (dct.year + 1),
        "over a year ago": "%04d" % (dct.year - 1),
        "this weekend": iso_week(dct) + "-WE",
    }
    if t in table:
        return table[t]
    m = re.match(r"^(\w+) (week|month|year)s? ago$", t)
    if m and m.group(1) in NUMWORDS:
        n = NUMWORDS[m.group(1)]
        if m.group(2) == "week":
            return iso_week(dct - dt.timedelta(days=7 * n))
        if m.group(2) == "month":
            return month_add(dct, -n)
        return "%04d" % (dct.year - n)
    m = re.match(r"^(\w+) (week|month|year)s?$", t)
    if m and text.lower().startswith("in ") and m.group(1) in NUMWORDS:
        n = NUMWORDS[m.group(1)]
        if m.group(2) == "week":
            return iso_week(dct + dt.timedelta(days=7 * n))
        if m.group(2) == "month":
            return month_add(dct, n)
        return "%04d" % (dct.year + n)
    return None


def header_date(text):
    """(date, kind) from the article's header, or (None, None)."""
    first = text.split("\n", 1)[0]
    m = re.match(r"^ date (\d{4}-\d{2}-\d{2}) ", first)
    if m:
        return dt.date.fromisoformat(m.group(1)), "inline"
    for line in text.split("\n")[:3]:
        m = re.match(r"^(?:Date|Published):\s*(.+?)\s*$", line)
        if not m:
            continue
        s = m.group(1)
        m2 = re.match(r"^(\d{4}-\d{2}-\d{2})", s)
        if m2:
            return dt.date.fromisoformat(m2.group(1)), "iso"
        for fmt in ("%a, %d %b %Y %H:%M:%S %z", "%B %d, %Y", "%d %B %Y"):
            try:
                return dt.datetime.strptime(s, fmt).date(), fmt
            except ValueError:
                pass
    return None, None


def body_start(text):
    """Offset just past the date header line and a dated dateline, if any."""
    pos = 0
    m = re.match(r"^ date \d{4}-\d{2}-\d{2} ", text)
    if m:
        pos = m.end()
    else:
        m = re.match(r"^(?:Date|Published):[^\n]*\n", text)
        if m:
            pos = m.end()
    m = DATELINE_RE.match(text[pos:].lstrip("\n"))
    if m:
        pos = pos + (len(text[pos:]) - len(text[pos:].lstrip("\n"))) + m.end()
    return pos


AGENCIES = ("Reuters|AP|AFP|AAP|Bloomberg|PTI|IANS|ANI|UNI|Xinhua|Yonhap|"
            "Kyodo|Bernama|WAM|IRNA|Antara|VNA|Anadolu|dpa|EFE|ANSA")
_PLACE = r"^[A-Z][A-Z .'-]+, "


class _Datelines:
    """The wire datelines the sets use: 'PLACE, Month D (Agency) -',
    'PLACE, Dth Month, YYYY (Agency) --' and 'PLACE, Month D. /TASS/.'."""
    forms = [re.compile(_PLACE + r"(?P<mon>[A-Z][a-z]+)\.? (?P<day>\d{1,2}) "
                        r"\((?:%s)\) [-–—]" % AGENCIES),
             re.compile(_PLACE + r"(?P<day>\d{1,2})(?:st|nd|rd|th)? "
                        r"(?P<mon>[A-Z][a-z]+),? (?:\d{4} )?\((?:%s)\) [-–—]"
                        % AGENCIES),
             re.compile(_PLACE + r"(?P<mon>[A-Z][a-z]+)\.? (?P<day>\d{1,2})\. "
                        r"/TASS/\.")]

    def match(self, line):
        for f in self.forms:
            m = f.match(line)
            if m:
                return m
        return None


DATELINE_RE = _Datelines()


def dateline_md(text):
    for line in text.split("\n")[:4]:
        m = DATELINE_RE.match(line)
        if m:
            mon = m.group("mon").lower()
            n = MONTHS.index(mon) + 1 if mon in MONTHS else MONTH_ABBR.get(mon[:4].rstrip("."), MONTH_ABBR.get(mon[:3]))
            return n, int(m.group("day"))
    return None


def check_timex(rec, tx, dct):
    text, value = tx.get("text", ""), tx.get("value", "")
    if tx.get("type") != "DATE":
        err(rec, "%r: type must be DATE" % text)
    if not isinstance(tx.get("key"), bool):
        err(rec, "%r: key must be true/false" % text)
    if not valid_value(value):
        err(rec, "%r: malformed value %r" % (text, value))
        return
    low = text.lower()
    for i, wd in enumerate(WEEKDAYS):
        if re.search(r"\b%s\b" % wd, low):
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
                err(rec, "%r: a weekday must resolve to a day, got %s" % (text, value))
            else:
                d = dt.date.fromisoformat(value)
                if d.weekday() != i:
                    err(rec, "%r: %s is a %s" % (text, value, d.strftime("%A")))
                if abs((d - dct).days) > 7 and not re.search(r"\d", text):
                    err(rec, "%r: %s is more than a week from dct %s" % (text, value, dct))
    for i, mn in enumerate(MONTHS):
        abbr = mn[:3]
        if re.search(r"\b(?:%s|%s\.?)\b" % (mn, abbr), low) and not (mn == "may" and "may" not in text and "May" not in text):
            if re.match(r"^\d{4}-\d{2}", value) and int(value[5:7]) != i + 1:
                err(rec, "%r: month disagrees with value %s" % (text, value))
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
    if m and not re.search(r"\d{4}s\b", text) and not value.startswith(m.group(1)):
        err(rec, "%r: year %s disagrees with value %s" % (text, m.group(1), value))
    m = re.search(r"\b(\d{2})(\d)0s\b", text)
    if m and value != m.group(1) + m.group(2):
        err(rec, "%r: decade value should be %s" % (text, m.group(1) + m.group(2)))
    m = re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th) century\b", low)
    if m and value != "%02d" % (int(m.group(1)) - 1):
        err(rec, "%r: century value should be %02d" % (text, int(m.group(1)) - 1))
    m = re.search(r"\bq([1-4]) (\d{4})\b", low)
    if m and value != "%s-Q%s" % (m.group(2), m.group(1)):
        err(rec, "%r: quarter value" % text)
    m = re.search(r"\bthe (first|second) half of (\d{4})\b", low)
    if m and value != "%s-H%d" % (m.group(2), 1 if m.group(1) == "first" else 2):
        err(rec, "%r: half value" % text)
    m = re.search(r"\b(first|second|third|fourth)[- ]quarter\b", low)
    if m and not value.endswith("-Q%d" % (["first", "second", "third", "fourth"].index(m.group(1)) + 1)):
        err(rec, "%r: quarter value %s" % (text, value))
    for name, md in HOLIDAYS.items():
        if name in low and not value.endswith(md):
            err(rec, "%r: %s falls on --%s, got %s" % (text, name, md, value))
    exp = expected_relative(text, dct)
    if exp is not None and exp != value:
        err(rec, "%r: expected %s from dct %s, got %s" % (text, exp, dct, value))


def negatives_of(rec):
    m = re.search(r"negatives: (.*)$", rec.get("notes") or "")
    if not m:
        return []
    return [s.strip().strip('"') for s in m.group(1).split(";") if s.strip()]


LINT_RE = re.compile(
    r"\b(?:%s|%s|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|yesterday|today|tomorrow|tonight|"
    r"weekend|week|month|year|quarter|half|spring|summer|autumn|fall|winter|century|decade|"
    r"1[5-9]\d\d|20\d\d|\d{4}s)\b" % ("|".join(WEEKDAYS), "|".join(m for m in MONTHS if m != "may")),
    re.I)


def lint(rec, text, spans):
    covered = [False] * len(text)
    for a, b in spans:
        for i in range(a, b):
            covered[i] = True
    for s in negatives_of(rec) + list(rec.get("must_not", [])):
        for m in re.finditer(re.escape(s), text):
            for i in range(m.start(), m.end()):
                covered[i] = True
    start = body_start(text)
    for m in LINT_RE.finditer(text):
        if m.start() >= start and not covered[m.start()]:
            a = max(0, m.start() - 30)
            ctx = text[a:m.end() + 30].replace("\n", " ")
            print("  lint %s: %r in ...%s..." % (rec["file"], m.group(0), ctx))


COVERAGE = [
    ("March 21, 2023", r"^(?:on |in |by |until |since )?(?:%s) \d{1,2}, \d{4}$" % "|".join(m.title() for m in MONTHS)),
    ("21 March 2023", r"^(?:on |by |until )?\d{1,2} (?:%s) \d{4}$" % "|".join(m.title() for m in MONTHS)),
    ("Mar. 21", r"^(?:on |by |until )?(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.? \d{1,2}$"),
    ("March 21st", r"^(?:on |by )?(?:%s) \d{1,2}(?:st|nd|rd|th)$" % "|".join(m.title() for m in MONTHS)),
    ("the 21st of March", r"the \d{1,2}(?:st|nd|rd|th) of (?:%s)$" % "|".join(m.title() for m in MONTHS)),
    ("2023-03-21", r"^(?:on )?\d{4}-\d{2}-\d{2}$"),
    ("February 2022", r"(?:%s) \d{4}$" % "|".join(m.title() for m in MONTHS)),
    ("in 2014", r"^[Ii]n \d{4}$"),
    ("the 1990s", r"the \d{3}0s$"),
    ("Q3 2022", r"^(?:in )?Q[1-4] \d{4}$"),
    ("the third quarter", r"the (?:first|second|third|fourth) quarter$"),
    ("the first half of 2024", r"the (?:first|second) half of \d{4}$"),
    ("mid-April", r"mid-[A-Z][a-z]+"),
    ("early May", r"[Ee]arly (?:%s)\b" % "|".join(m.title() for m in MONTHS)),
    ("this spring", r"^[Tt]his (?:spring|summer|autumn|winter)$"),
    ("the end of the year", r"the end of the year$"),
    ("yesterday", r"^[Yy]esterday"),
    ("today", r"^[Tt]oday$"),
    ("tomorrow", r"^[Tt]omorrow"),
    ("on <weekday>", r"^(?:[Oo]n|late on|early on) (?:%s)" % "|".join(w.title() for w in WEEKDAYS)),
    ("<weekday> without on", r"^(?:Later |Earlier )?(?:%s)\b" % "|".join(w.title() for w in WEEKDAYS)),
    ("last week", r"^[Ll]ast week$"), ("next week", r"^(?:[Nn]ext week|as soon as next week)$"),
    ("this week", r"^[Tt]his week$"),
    ("last month", r"^[Ll]ast month$"), ("next month", r"^[Nn]ext month$"), ("this month", r"^[Tt]his month$"),
    ("last year", r"^[Ll]ast year$"), ("next year", r"^[Nn]ext year$"), ("this year", r"^[Tt]his year$"),
    ("earlier this month", r"^[Ee]arlier this month$"), ("later this month", r"^[Ll]ater this month$"),
    ("earlier this year", r"^[Ee]arlier this year$"), ("later this year", r"^[Ll]ater this year$"),
    ("two weeks ago", r"^\w+ weeks ago$"), ("three years ago", r"^\w+ years ago$"),
    ("in two months", r"^in \w+ months$"), ("this weekend", r"^[Tt]his weekend$"),
    ("last summer", r"^[Ll]ast summer$"), ("the 19th century", r"the \d+(?:st|nd|rd|th) century$"),
]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    do_lint = "--lint" in sys.argv
    do_cov = "--coverage" in sys.argv
    recs = []
    with open(os.path.join(here, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                errors.append("gold.jsonl:%d: %s" % (n, e))
    seen = set()
    ntx = nneg = nkey = 0
    for rec in recs:
        for k in FIELDS:
            if k not in rec:
                err(rec, "missing field %s" % k)
        if rec.get("file") in seen:
            err(rec, "duplicate record")
        seen.add(rec.get("file"))
        path = os.path.join(here, "articles", rec.get("file", ""))
        if not os.path.isfile(path):
            err(rec, "no such article")
            continue
        text = open(path, encoding="utf-8").read()
        words = len(text.split())
        if not 150 <= words <= 1300:
            err(rec, "%d words (want 150-1300)" % words)
        try:
            dct = dt.date.fromisoformat(rec["dct"])
            mtime = dt.datetime.strptime(rec["mtime"], "%Y-%m-%dT%H:%M:%SZ")
        except (KeyError, ValueError) as e:
            err(rec, "bad dct/mtime: %s" % e)
            continue
        hd, kind = header_date(text)
        dl = dateline_md(text)
        src = rec.get("dct_source")
        if src == "header":
            if hd != dct:
                err(rec, "dct %s but header says %s" % (dct, hd))
        elif src == "dateline":
            if hd is not None:
                err(rec, "dateline-dated but has a header date")
            if dl is None:
                err(rec, "dct_source dateline but no dated dateline found")
            elif (dct.month, dct.day) != dl or dct.year != mtime.year:
                err(rec, "dateline %s/%s with mtime year %d does not give dct %s" % (dl[0], dl[1], mtime.year, dct))
        elif src == "mtime":
            if hd is not None or dl is not None:
                err(rec, "mtime-dated but has a header or dated dateline")
            if mtime.date() != dct:
                err(rec, "dct %s but mtime %s" % (dct, rec["mtime"]))
        else:
            err(rec, "bad dct_source %r" % src)
        title = rec.get("title")
        if title is not None and title not in text:
            err(rec, "title not in article")
        pos = body_start(text)
        spans = []
        for tx in rec.get("timexes", []):
            t = tx.get("text", "")
            i = text.find(t, pos)
            if i < 0:
                if t in text:
                    err(rec, "%r occurs, but not after the previous timex (order)" % t)
                else:
                    err(rec, "%r not in article" % t)
                continue
            spans.append((i, i + len(t)))
            pos = i + len(t)
            check_timex(rec, tx, dct)
        keys = sum(1 for tx in rec.get("timexes", []) if tx.get("key"))
        if keys > 5:
            err(rec, "%d keys (at most 5)" % keys)
        if rec.get("timexes") and keys == 0:
            err(rec, "no key fact")
        if not rec.get("key_notes"):
            err(rec, "empty key_notes")
        for s in rec.get("must_not", []):
            if s not in text:
                err(rec, "must_not %r not in article" % s)
        negs = negatives_of(rec)
        for s in negs:
            if s not in text:
                err(rec, "negative %r not in article" % s)
        ntx += len(rec.get("timexes", []))
        nneg += len(negs)
        nkey += keys
        if do_lint:
            lint(rec, text, spans)
    print("%d articles, %d timexes (%d key), %d negatives, %d must_not strings" %
          (len(recs), ntx, nkey, nneg, sum(len(r.get("must_not", [])) for r in recs)))
    if do_cov:
        texts = [(r["file"], tx["text"]) for r in recs for tx in r.get("timexes", [])]
        for name, rx in COVERAGE:
            hits = [f for f, t in texts if re.search(rx, t)]
            print("  %-24s %3d  (%d articles)%s" % (name, len(hits), len(set(hits)), "  <-- LOW" if len(hits) < 2 else ""))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
