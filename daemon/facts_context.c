/* SPDX-License-Identifier: MIT */
/* facts_context.c - what a sentence said before a date (the year of its clause, its frame) and what a fact tells the dates after it. */
#include <string.h>
#include <strings.h>

#include "facts_int.h"

/* Whether offset off is in a relative clause opened after a comma (",
 * which opened in 1996", ", who joined in 2004", ", established in
 * April 1989,"): its year stays in it. */
static int
in_relative_clause(const char *text, size_t off)
{
    static const char *const openers[] = {"which ", "who ", "where ",
        "whose ", "established ", "founded ", "built ", "created ",
        "formed ", "set up ", "launched "};
    size_t i = off, k;

    while (i > 0 && text[i - 1] != ',' && text[i - 1] != ';')
        i--;
    if (i == 0)
        return 0;
    while (text[i] == ' ')
        i++;
    for (k = 0; k < sizeof openers / sizeof *openers; k++)
        if (strncmp(text + i, openers[k], strlen(openers[k])) == 0)
            return 1;
    return 0;
}

/* Does a year that ends at from still speak at offset off? Not past a
 * comma or semicolon, unless the comma closes the year's own phrase ("In
 * 2019, the club..."): "a half-brother to the 2019 winner, won in
 * December" dates the win by the article. */
static int
same_clause(const struct scan *sc, size_t from, size_t off)
{
    size_t i = from;

    while (i < off && sc->text[i] == ' ')
        i++;
    if (i < off && sc->text[i] == ',')
        i++;
    for (; i < off; i++)
        if (sc->text[i] == ',' || sc->text[i] == ';')
            return 0;
    return 1;
}

/* The clause at off is joined to the one that ends at from by a comma
 * and "and", "as", "then", "when" or "in which", and no other comma:
 * "on the night of 5 March 1957 it played until dawn, as the Union Jack
 * came down and Ghana was born at midnight on 6 March" tells one story
 * (a day gone by, told in the past, carries its year so far). Returns 2
 * for "when" and "in which" (a clause about the year itself: "Memories
 * of 2002, when the monsoon failed in July"), 1 for the others, 0. */
static int
and_clause(const struct scan *sc, size_t from, size_t off)
{
    const char *c = memchr(sc->text + from, ',', off > from ? off - from : 0);
    size_t i;
    int k;

    if (c == NULL)
        return 0;
    i = (size_t)(c - sc->text) + 1;
    while (i < off && sc->text[i] == ' ')
        i++;
    if ((off - i >= 5 && strncmp(sc->text + i, "when ", 5) == 0) ||
        (off - i >= 9 && strncmp(sc->text + i, "in which ", 9) == 0))
        k = 2;          /* a clause about the year itself */
    else if ((off - i >= 4 && strncmp(sc->text + i, "and ", 4) == 0) ||
             (off - i >= 3 && strncmp(sc->text + i, "as ", 3) == 0) ||
             (off - i >= 5 && strncmp(sc->text + i, "then ", 5) == 0))
        k = 1;
    else
        return 0;
    return memchr(sc->text + i, ',', off - i) == NULL &&
        memchr(sc->text + i, ';', off - i) == NULL ? k : 0;
}

/* Whether off opens the sentence, or its words after a speaker's label
 * ("Q (Lakeshore Radio): Three years ago ..."). */
static int
opens_sentence(const char *text, size_t off)
{
    while (off > 0 && text[off - 1] == ' ')
        off--;
    return off == 0 || text[off - 1] == ':';
}

/* A comma at end: the year that opens the sentence frames all of it ("In
 * 1956, the mill said it would close in December"; "Last year, ..., and
 * the country celebrated on February 14"); so does an owner's ("Last
 * year's fair drew a record crowd though storms closed it on Aug. 4"). */
static int
opens_frame(const char *text, size_t len, size_t end)
{
    return end < len && (text[end] == ',' ||
                         (end + 1 < len && text[end] == '\'' &&
                          text[end + 1] == 's') ||
                         (end + 3 < len && !memcmp(text + end, "\xe2\x80\x99s",
                                                   4)));
}

/* The frame holds up to offset at: no semicolon ends it, and a clause
 * that looks ahead stays in the frame's time only through "would" or a
 * past postponement ("In 1956, the mill said it would close in
 * December", "In 2019, INEC postponed the vote and moved it to February
 * 23"; but "In 2023, sales rose, and the firm expects to open a plant in
 * March" is from now), and "went on to" leaves it. A frame ahead of the
 * reference's year holds in the future too. */
static int
in_frame(const struct scan *sc, size_t at, enum facts_tense t)
{
    static const char *const ahead[] = {"postponed ", "moved ",
        "adjourned ", "delayed ", "deferred ", "rescheduled "};
    size_t i, k;
    int would = 0, moved = 0, clause = 0;

    for (i = 0; i < at && i < sc->len; i++) {
        if (sc->text[i] == ';')
            return 0;
        if (sc->text[i] == ',' && i + 5 < at &&
            (strncmp(sc->text + i, ", and ", 6) == 0 ||
             strncmp(sc->text + i, ", but ", 6) == 0))
            moved = 0, clause = 1;  /* "moved its HQ to Austin, and it
                                       plans to ..." */
        if (i > 0 && sc->text[i - 1] != ' ')
            continue;
        if (i + 11 < at && i + 11 <= sc->len &&
            strncasecmp(sc->text + i, "went on to ", 11) == 0)
            return 0;   /* "Last year's winner, which went on to win the
                           Oscar in March": a later act, out of the frame */
        would |= i + 6 < sc->len && strncasecmp(sc->text + i, "would ", 6) == 0;
        for (k = 0; k < sizeof ahead / sizeof *ahead && !moved; k++)
            moved = (sc->text[i] | 0x20) == ahead[k][0] &&
                i + strlen(ahead[k]) < sc->len &&
                strncasecmp(sc->text + i, ahead[k], strlen(ahead[k])) == 0;
    }
    return (t != FACTS_TENSE_FUTURE && t != FACTS_TENSE_PRESENT) || would ||
        moved || (sc->frame_year > sc->ref.y && !clause);
                        /* "Next year's championships will be held from
                           September 22nd" (not ", and the topic will be
                           announced in December") */
}

/* "signed on June 4, 2018 and took effect on Jan. 1": joined by "and",
 * with nothing that looks back ("since January", "weeks after a Sept.
 * 5 warning", "after construction began in February"). */
static int
told_in_order(const struct scan *sc, size_t from, size_t at)
{
    static const char *const back[] = {" since ", " after ", " before ",
                                       " earlier ", " warning "};
    size_t k, n = at > from && at <= sc->len ? at - from : 0;

    if (n == 4 && memcmp(sc->text + from, " to ", 4) == 0)
        return 1;       /* a span: "from October 2037 to February" */
    if (n == 0 || memmem(sc->text + from, n, " and ", 5) == NULL)
        return 0;
    for (k = 0; k < sizeof back / sizeof *back; k++)
        if (memmem(sc->text + from, n, back[k], strlen(back[k])))
            return 0;
    return 1;
}

/* "cut prices last year and again in January": "again" between a year
 * and a month moves on to another time. */
static int
again_between(const struct scan *sc, size_t from, size_t at)
{
    return at > from && at <= sc->len &&
        memmem(sc->text + from, at - from, " again ", 7) != NULL;
}

/* "donors have been asked for money since July": "since" at a - 1 after
 * a present perfect in the same clause runs up to now, so no year of
 * the clause dates the month ("arrested in 2022 after being watched
 * since January" is a span of the past). */
static int
perfect_since(const char *text, const struct facts_tok *toks, size_t n,
              size_t a)
{
    size_t i;

    if (a == 0 || !rec_word(text, toks, n, a - 1, "since"))
        return 0;
    for (i = a - 1; i-- > 0 && i + 16 > a;) {
        if (toks[i].kind == FT_PUNCT && toks[i].val != '\'')
            return 0;
        if (toks[i].lex == LX_PERF)
            return 1;
    }
    return 0;
}

/* Whether the sentence's last fact so far ends at offset end. */
int
facts_last_fact_ends(const struct scan *sc, size_t end)
{
    const struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;

    return p && p->sentence == sc->sentence && p->off + p->len == end;
}

/* Whether a year word that owns a noun dates a month or day e read in
 * tense t in its clause. "next year's" never ("hand over to next year's
 * host in early December"); "this year's" does ("this year's onset
 * would fall on May 26"), but not for a month gone by told ahead ("this
 * year's results in the second week of January" said in November);
 * "last year's" does unless the clause looks ahead ("missed last
 * year's race after surgery in July"). */
static int
owned_year_dates(const struct scan *sc, const struct facts_expr *e,
                 enum facts_tense t)
{
    if (sc->rel_year > sc->ref.y)
        return 0;
    if (sc->rel_year == sc->ref.y)
        return !(t == FACTS_TENSE_FUTURE && e->m < sc->ref.m);
    return t != FACTS_TENSE_FUTURE;
}

/* The year a month or day without one, at offset at, takes from earlier
 * in its clause, or 0. A past year stated there ("the 2023 vote took
 * place on 14 October"), unless the date is ahead ("served from 1991,
 * and a bench will be put up on the 1st of October"); else "this|last|
 * next year" whatever the tense ("last year, the first fire did not
 * start until Sept. 8", "the third listing this year, after two in
 * February"). */
/* " and " in the text between offsets from and to. */
static int
and_between(const struct scan *sc, size_t from, size_t to)
{
    return to > from && memmem(sc->text + from, to - from, " and ", 5);
}

/* "began in July 2006 and lasted until December": "until" reads its
 * day as the nearest one seen from now (facts_prep.c), but after a year
 * gone by in its clause (no comma between, or one before "and",
 * "when"), the span runs on in that year. */
static int
until_before(const struct scan *sc, size_t at, int year)
{
    return year < sc->ref.y && at >= 6 && at > sc->year_end &&
        (!memchr(sc->text + sc->year_end, ',', at - sc->year_end) ||
         and_clause(sc, sc->year_end, at)) &&
        (memcmp(sc->text + at - 6, "until ", 6) == 0 ||
         memcmp(sc->text + at - 5, "till ", 5) == 0);
}

static int
clause_year(const struct scan *sc, const struct facts_expr *e,
            enum facts_tense t, size_t at)
{
    if (e->hol && e->anchor == FACTS_TENSED && e->gran == FACTS_DAY &&
        sc->frame_year && in_frame(sc, at, t))
        return sc->frame_year;  /* "In 2040, ... before Election Day" */
    if (e->anchor != FACTS_TENSED || !e->m || e->hol ||
        (e->gran != FACTS_DAY && e->gran != FACTS_MONTH))
        return 0;
    /* ... but "pleaded guilty last year and is due to be sentenced on
     * Feb. 27": a year gone does not date what is to come, nor does this
     * year, in a clause of its own, a month of it gone ("traded for the
     * last time this year on Saturday and reopens on January 4") */
    int rel = sc->rel_year && same_clause(sc, sc->rel_year_end, at) &&
        !again_between(sc, sc->rel_year_end, at) &&
        !(t == FACTS_TENSE_FUTURE && (sc->rel_year < sc->ref.y ||
          (sc->rel_year == sc->ref.y && e->m < sc->ref.m &&
           and_between(sc, sc->rel_year_end, at)))) &&
        !(t == FACTS_TENSE_PAST && sc->rel_year > sc->ref.y) &&
        !(sc->rel_year_owns && !owned_year_dates(sc, e, t));

    /* "signed on June 4, 2018 and took effect on Jan. 1": told in
     * order, a month before the stated one is in the year after; the
     * nearer of the two years speaks ("most recently in 2026, and missed
     * last year's tournament after surgery in July") */
    int year = sc->year > sc->ref.y && t == FACTS_TENSE_PAST ? 0 :
        sc->year;               /* a thing done is not in the year of an
                                   event to come ("published the 2054
                                   calendar on 14 October") */

    if (year > sc->ref.y && same_clause(sc, sc->year_end, at))
        return year;            /* an event to come: its year, any tense */
    if (year && t != FACTS_TENSE_FUTURE &&
        (t != FACTS_TENSE_PRESENT || until_before(sc, at, year)) &&
        !(sc->year_relative &&
          memchr(sc->text + sc->year_end, ',', at - sc->year_end) &&
          !and_clause(sc, sc->year_end, at)) &&
        (same_clause(sc, sc->year_end, at) ||
         (t == FACTS_TENSE_PAST &&      /* a day's year over ", and", a */
          and_clause(sc, sc->year_end, at) > !sc->year_d &&  /* year's over */
          facts_last_fact_ends(sc, sc->year_end))) &&   /* ", when" if no other
                                                     date came between */
        !(rel && sc->rel_year_end > sc->year_end))
        return e->m < sc->year_m && sc->year < sc->ref.y &&
            told_in_order(sc, sc->year_end, at) ? sc->year + 1 : sc->year;
    if (rel)
        return sc->rel_year;
    if (sc->frame_year && in_frame(sc, at, t))
        return sc->frame_year;
    return sc->section_year;
}

/* "in 1963, on 1 June": a year with the date in it set right after it
 * (not "until 1898, in time for", nor "the 19th century, on July 27"). */
static int
year_then_date(const char *s, size_t len, const struct fact *f)
{
    size_t e = f->off + f->len;

    return f->gran == FACTS_YEAR && strlen(f->value) == 4 && e + 6 < len &&
        (strncmp(s + e, ", on ", 5) == 0 || strncmp(s + e, ", in ", 5) == 0) &&
        ((s[e + 5] >= '0' && s[e + 5] <= '9') ||
         (s[e + 5] >= 'A' && s[e + 5] <= 'Z'));
}

/* A year that names an event or a calendar: after "the", before a
 * capitalised name ("the 2023 Rugby World Cup", "the 2030 Games"), or
 * before the word for a list of dates ("the 2039 announcement dates are
 * Feb. 3, March 17 ...", "its 2040 fixtures"). */
static int
event_year(const char *text, const struct facts_tok *toks, size_t n,
           const struct facts_match *m)
{
    static const char *const calendars[] = {"dates", "calendar",
        "schedule", "timetable", "fixtures", "programme", "program"};
    size_t j = m->b;

    if (m->b != m->a + 1 || j >= n || toks[j].kind != FT_WORD)
        return 0;
    if (m->a > 0 && toks[m->a - 1].lex == LX_THE &&
        (toks[j].flags & FT_CAP) && toks[j].lex == LX_NONE)
        return 1;
    if (!(toks[j].flags & (FT_CAP | FT_UPPER)) && j + 1 < n &&
        !REC_WORD_IN(text, toks, n, j, calendars))
        j++;            /* "2039 announcement dates" */
    return !(toks[j].flags & (FT_CAP | FT_UPPER)) &&
        REC_WORD_IN(text, toks, n, j, calendars);
}

/* The number the n digits at v write. */
static int
digits(const char *v, int n)
{
    int x = 0;

    while (n-- > 0)
        x = x * 10 + (*v++ - '0');
    return x;
}

/* Year of value v moved so that its month (and day) fall on or after
 * (dir 1) or on or before (dir -1) those of anchor, in anchor's year or
 * the one next to it; len is the shorter of the two "YYYY-MM[-DD]". */
static void
year_toward(char *v, const char *anchor, int dir, size_t len)
{
    int y = digits(anchor, 4), c = strncmp(v + 4, anchor + 4, len - 4), i;

    if ((dir > 0 && c < 0) || (dir < 0 && c > 0))
        y += dir;
    if (y < 1 || y > 9999)
        return;
    for (i = 3; i >= 0; i--, y /= 10)
        v[i] = (char)('0' + y % 10);
}

/* Whether the word that ends just before offset at in text is w
 * ("between"). */
static int
word_before(const char *text, size_t at, const char *w)
{
    size_t n = strlen(w);

    while (at > 0 && text[at - 1] == ' ')
        at--;
    return at >= n && strncasecmp(text + at - n, w, n) == 0 &&
        (at == n || text[at - n - 1] == ' ');
}

/* "between March and May", "from Nov. 28 to Dec. 5", "March to June": a
 * range of months or days placed by tense alone runs forward. When its
 * end came out before its start, a past clause, or a range whose end is
 * still to come, moves the start back (the range has ended, or is on
 * now); any other moves the end on. A list ("held on March 12 and May
 * 3") need not be in order, so "and" counts only after "between". */
static void
ordered_pair(struct scan *sc, const struct facts_tok *toks,
             const struct facts_match *m, size_t base, enum facts_tense t,
             char *value)
{
    struct fact *p = sc->floating ? &sc->out->v[sc->floating - 1] : NULL;
    const struct facts_tok *c = m->a >= 2 ? &toks[m->a - 1] : NULL;
    size_t len = strlen(value);
    char ref[16];

    if (p == NULL || c == NULL || p->sentence != sc->sentence ||
        !(c->lex == LX_TO || (c->kind == FT_PUNCT && c->val == '-') ||
          (c->kind == FT_OTHER && c->val == FT_DASH) ||
          (c->lex == LX_AND && word_before(sc->text, p->off, "between"))) ||
        p->off + p->len != base + toks[m->a - 2].off + toks[m->a - 2].len)
        return;
    if (strlen(p->value) < len)
        len = strlen(p->value);         /* a month and a day: by month */
    if (strncmp(value, p->value, len) >= 0)
        return;
    cal_format(sc->ref, ref);
    if (t == FACTS_TENSE_PAST || strncmp(value, ref, len) >= 0)
        year_toward(p->value, value, -1, len);
    else
        year_toward(value, p->value, 1, len);
}

/* The weekday the last word of s[0..len) names ("next Thursday"), or 0. */
int
facts_last_weekday(const char *s, size_t len)
{
    size_t w = len;

    while (w > 0 && s[w - 1] != ' ')
        w--;
    return cal_weekday_from_name(s + w, len - w);
}

/* "after Labour Day, Monday 24 October": a named day set right before a
 * calendar date is that date (whose Labour Day the story means matters
 * no more); when both fall on the same month and day, the name's year,
 * placed by its own words ("bookings for Republic Day, January 26"),
 * holds for both. f is the date. */
static void
name_before_day(struct scan *sc, struct fact *f)
{
    struct fact *p = facts_fact_before(sc, f, ", ");
    const char *s;
    size_t i;
    int bracket = 0;

    if (p == NULL && (p = facts_fact_before(sc, f, " (")) != NULL)
        bracket = 1;    /* "Tuesday (April 30)" as ", " */
    if (p == NULL || p->gran != FACTS_DAY)
        return;
    s = sc->text + p->off;
    if (facts_last_weekday(s, p->len) > 0) {
        struct caldate d;       /* "next Thursday, June 19", "Wednesday
                                   (May 1)": the date says which */
        if ((bracket || memchr(s, ' ', p->len)) &&
            cal_parse_iso(f->value, 10, &d) == 0 &&
            cal_weekday(d) == facts_last_weekday(s, p->len))
            memcpy(p->value, f->value, sizeof p->value);
        return;                 /* not "Tuesday, Wednesday, January 1" */
    }
    if (!(s[0] >= 'A' && s[0] <= 'Z'))
        return;
    for (i = 0; i < p->len; i++)
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == ',')
            return;             /* a name, not "May 3" */
    if (strcmp(p->value + 4, f->value + 4) == 0)
        memcpy(f->value, p->value, sizeof f->value);  /* the same day: the
                                                         name's year */
    else
        memcpy(p->value, f->value, sizeof p->value);
}

struct fact *
facts_fact_before(const struct scan *sc, const struct fact *f,
                  const char *gap)
{
    struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    size_t n = strlen(gap);

    if (p == NULL || p->sentence != f->sentence ||
        f->off != p->off + p->len + n ||
        memcmp(sc->text + p->off + p->len, gap, n) != 0)
        return NULL;
    return p;
}

/* "on Friday, 16 December 2044, the Day of Reconciliation": a named
 * day set right after the calendar date it falls on is in that date's
 * year. f is the name. */
static void
name_after_day(struct scan *sc, struct fact *f)
{
    const struct fact *p = facts_fact_before(sc, f, ", ");
    const char *s = sc->text + f->off;

    if (p == NULL)
        p = facts_fact_before(sc, f, ", the ");
    if (p == NULL || p->gran != FACTS_DAY || f->gran != FACTS_DAY ||
        strcmp(p->value + 4, f->value + 4) != 0 ||
        !(s[0] >= 'A' && s[0] <= 'Z'))
        return;
    if (!facts_has_figure(s, f->len))
        memcpy(f->value, p->value, 4);
}

/* "makes its final run on Tuesday, New Year's Day": a bare weekday set
 * right before a holiday that falls on it within a week is that holiday.
 * f is the holiday. */
static void
weekday_before_name(struct scan *sc, struct fact *f)
{
    struct fact *p = facts_fact_before(sc, f, ", ");
    struct caldate d, w;
    int64_t apart;

    if (p == NULL || p->gran != FACTS_DAY ||
        facts_last_weekday(sc->text + p->off, p->len) <= 0 ||
        facts_has_figure(sc->text + p->off, p->len) ||
        cal_parse_iso(f->value, 10, &d) != 0 ||
        cal_parse_iso(p->value, 10, &w) != 0 ||
        cal_weekday(d) != facts_last_weekday(sc->text + p->off, p->len))
        return;
    apart = cal_to_days(d) - cal_to_days(w);
    if (apart >= -7 && apart <= 7)
        memcpy(p->value, f->value, sizeof p->value);
}

/* Whether the word before offset off in s bounds a span ("after
 * Christmas on Monday 27 December": the Monday is not Christmas). */
static int
bounded_before(const char *s, size_t off)
{
    static const char *const w[] = {"after ", "before ", "since ", "until ",
        "till ", "following ", "from "};
    size_t k, l;

    for (k = 0; k < sizeof w / sizeof *w; k++) {
        l = strlen(w[k]);
        if (off >= l && strncasecmp(s + off - l, w[k], l) == 0)
            return 1;
    }
    return 0;
}

/* "Valentine's Day on Thursday", "on Youth Day, Friday", "Christmas Eve
 * (Saturday)": a weekday set right after a day that falls on it is that
 * day, whatever the tense; one given with its date ("Labour Day on
 * Monday 28 October") dates the day named. A Labour Day whose country
 * keeps it on another Monday than the one the rule gave ("closed for
 * Labour Day on Monday", in Canberra in October) is the weekday's, when
 * that is this week's. */
static void
named_day_weekday(struct scan *sc, struct fact *f, int wd, int dated)
{
    struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    const char *gap;
    size_t n;
    struct caldate c, own;
    int64_t apart, near;

    if (p == NULL || p->sentence != f->sentence || p->gran != FACTS_DAY ||
        f->off < p->off + p->len ||
        cal_parse_iso(p->value, strlen(p->value), &c) != 0 ||
        cal_parse_iso(f->value, strlen(f->value), &own) != 0)
        return;
    gap = sc->text + p->off + p->len;
    n = f->off - (p->off + p->len);
    if (!((n == 1 && gap[0] == ' ') || (n == 2 && !memcmp(gap, ", ", 2)) ||
          (n == 2 && !memcmp(gap, " (", 2)) ||
          (n == 4 && !memcmp(gap, " on ", 4))))
        return;
    apart = cal_to_days(c) - cal_to_days(own);
    near = cal_to_days(own) - cal_to_days(sc->ref);
    if (dated) {
        if (apart != 0 && (n == 4 || (n == 1 && f->len > 3 &&
                                      !strncmp(sc->text + f->off, "on ", 3))) &&
            !bounded_before(sc->text, p->off) &&
            !facts_has_figure(sc->text + p->off, p->len))
            memcpy(p->value, f->value, sizeof p->value);  /* "Labour Day on
                                                       Monday 28 October" */
    } else if ((apart > 7 || apart < -7) && near >= -7 && near <= 7 &&
             (memmem(sc->text + p->off, p->len, "Labour Day", 10) ||
              memmem(sc->text + p->off, p->len, "Labor Day", 9)))
        memcpy(p->value, f->value, sizeof p->value);
    else if (cal_weekday(c) == wd)
        memcpy(f->value, p->value, sizeof f->value);
}

/* The reference moved by e->n of e's granularity (days, weeks or
 * months), for "ten years ago tomorrow", "fifty years ago last month". */
static struct caldate
ref_moved(struct caldate ref, const struct facts_expr *e)
{
    int months;

    if (e->gran == FACTS_DAY || e->gran == FACTS_WEEK)
        return cal_from_days(cal_to_days(ref) +
                             e->n * (e->gran == FACTS_WEEK ? 7 : 1));
    if (e->gran != FACTS_MONTH || e->n == 0)
        return ref;
    months = ref.y * 12 + (ref.m - 1) + e->n;
    ref.y = months / 12;
    ref.m = months % 12 + 1;
    ref.d = 1;
    return ref;
}

/* Fix the year of e where the text gives it: "two years ago this week",
 * "sixty years ago tomorrow", "on this day in 1961",
 * "next year" as a word, "on Aug. 11 that year" after "the 2010
 * floods", or the year of the clause (not for a month under "since"
 * in the present perfect). */
void
facts_anchor_year(const struct scan *sc, const char *text,
                  const struct facts_tok *toks, size_t n,
                  const struct facts_match *m, enum facts_tense t, size_t at,
                  struct facts_expr *e)
{
    int y;

    if (m->years_back || m->on_this_day) {
        struct caldate base = m->years_back ? ref_moved(sc->ref, e) : sc->ref;
        e->anchor = FACTS_ABS;
        e->y = m->years_back ? base.y - m->years_back : m->on_this_day;
        e->m = base.m;
        e->d = e->gran == FACTS_MONTH ? 0 : base.m == 2 && base.d == 29 &&
            !cal_valid(e->y, 2, 29) ? 28 : base.d;
        e->n = 0;
    } else if (m->year_word || m->hol_back) {
        e->anchor = FACTS_ABS;
        e->y = sc->ref.y + (m->year_word ? m->year_word - 2 : -m->hol_back);
    } else if (e->anchor == FACTS_TENSED && e->m && !e->hol && sc->year &&
               rec_word(text, toks, n, m->b, "that") &&
               rec_lex(toks, n, m->b + 1, LX_UNIT) &&
               toks[m->b + 1].val == FACTS_YEAR) {
        e->anchor = FACTS_ABS;
        e->y = sc->year;
    } else if (!(e->gran == FACTS_MONTH && !e->d &&
                 perfect_since(text, toks, n, m->a)) &&
               (y = clause_year(sc, e, t, at)) != 0) {
        e->anchor = FACTS_ABS;
        e->y = y;
    }
}

/* A line labelled by a calendar date of day value ("Dec. 21: ..."):
 * whether the list it is in runs before or after the reference (the
 * reference's own day says nothing). */
static void
label_after(struct scan *sc, const char *value)
{
    char ref[16];
    int c;

    cal_format(sc->ref, ref);
    if ((c = strncmp(value, ref, 10)) != 0)
        sc->label_dir = c < 0 ? -1 : 1;
    if (cal_parse_iso(value, 10, &sc->label_day) == 0)
        sc->label_sentence = sc->sentence;
}

/* A clause between two dates that tells its own time: "closed in June,
 * and it will reopen in June", "peaked in March and are expected to fall
 * again by March". */
static int
own_tense_between(const char *s, size_t len)
{
    static const char *const w[] = {" will ", " would ", " shall ", "'ll ",
        " expected ", " due ", " plans ", " again "};
    size_t k;

    for (k = 0; k < sizeof w / sizeof *w; k++)
        if (memmem(s, len, w[k], strlen(w[k])))
            return 1;
    return 0;
}

/* "would take effect in July and appear in checks mailed in early
 * July, starting on July 3rd": a month or a day of it placed by tense
 * alone, after a fact placed so in the same month and no semicolon,
 * ", which" or clause of its own time between, is in that month. */
static void
same_month_again(const struct scan *sc, struct fact *f)
{
    const struct fact *p = sc->floating ? &sc->out->v[sc->floating - 1] :
        NULL;

    if (p && p->sentence == sc->sentence &&
        (p->gran == FACTS_MONTH || p->gran == FACTS_DAY) &&
        (f->gran == FACTS_MONTH || f->gran == FACTS_DAY) &&
        p->value[4] == '-' && p->value[5] != 'W' && f->value[4] == '-' &&
        f->value[5] != 'W' && memcmp(p->value + 5, f->value + 5, 2) == 0 &&
        !memchr(sc->text + p->off, ';', f->off - p->off) &&
        !memmem(sc->text + p->off, f->off - p->off, ", which ", 8) &&
        !own_tense_between(sc->text + p->off, f->off - p->off))
        memcpy(f->value, p->value, 4);
}

/* "My refund for 2001 came in August", "my return for last year went in
 * on Feb. 10": a year after a noun and "for" is the noun's (a tax or
 * accounting year), not the clause's time. */
static int
noun_for_year(const struct facts_tok *toks, size_t n,
              const struct facts_match *m)
{
    return m->e.gran == FACTS_YEAR && m->a >= 2 &&
        rec_lex(toks, n, m->a - 1, LX_FOR) &&
        toks[m->a - 2].kind == FT_WORD &&
        (toks[m->a - 2].lex == LX_NONE || toks[m->a - 2].lex == LX_SCHED ||
         toks[m->a - 2].lex == LX_BIZ) &&
        !(toks[m->a - 2].flags & (FT_CAP | FT_UPPER));
}

/* "the county's treasurer from 1979 until she resigned in February": a
 * span's first year, whose end the clause goes on to date, no year of
 * the clause. */
static int
span_from(const char *text, const struct facts_tok *toks, size_t n,
          const struct facts_match *m)
{
    return m->e.gran == FACTS_YEAR && m->a > 0 &&
        rec_word(text, toks, n, m->a - 1, "from") &&
        (rec_word(text, toks, n, m->b, "until") ||
         rec_word(text, toks, n, m->b, "till") ||
         rec_word(text, toks, n, m->b, "through"));
}

/* What fact f (match m, placed pl) tells the sentences after it: the
 * year a clause is in, a year to come named by its event, "earlier this
 * year", a year that frames its sentence, the month of bare days, pairs
 * of floating dates, a named day's weekday, seasons to settle at the
 * end. */
void
facts_note_context(struct scan *sc, const char *text,
                   const struct facts_tok *toks, size_t n,
                   const struct facts_match *m, struct fact *f,
                   const struct placed *pl, size_t base)
{
    /* "since 2015" opens a span up to now: it dates nothing, unless
     * "when" says what happened in it ("since 2048, when she missed
     * April"); a year long gone dates its clause only when a day states
     * it ("launched on August 20, 1975 and reached orbit on June 19",
     * not "built in 1873 ... opens in June") */
    if (m->e.anchor == FACTS_ABS && m->e.y && m->e.y < sc->ref.y &&
        (m->e.y >= sc->ref.y - 50 || m->e.gran == FACTS_DAY ||
         year_then_date(sc->text, sc->len, f)) &&
        !(m->a > 0 && rec_word(text, toks, n, m->a - 1, "since") &&
          !(rec_punct(toks, n, m->b, ',') &&
            rec_word(text, toks, n, m->b + 1, "when"))) &&
        !span_from(text, toks, n, m) && !noun_for_year(toks, n, m)) {
        sc->year = m->e.y;
        sc->year_m = m->e.m;
        sc->year_d = m->e.gran == FACTS_DAY;
        sc->year_end = f->off + f->len;
        sc->year_relative = in_relative_clause(sc->text, f->off);
    }
    /* "the 2023 Rugby World Cup ... runs from September": an
     * event to come, named by its year, dates its months */
    if (m->e.anchor == FACTS_ABS && m->e.gran == FACTS_YEAR &&
        m->e.y > sc->ref.y && m->e.y <= sc->ref.y + 10 &&
        event_year(text, toks, n, m)) {
        sc->year = m->e.y;
        sc->year_m = 0;
        sc->year_end = f->off + f->len;
    }
    /* "the 2039 dates are Feb. 3, March 17, May 5": the clause's year
     * carries along a list of its dates */
    if (m->e.anchor == FACTS_TENSED && pl->e.anchor == FACTS_ABS &&
        sc->year && pl->e.y == sc->year &&
        same_clause(sc, sc->year_end, f->off))
        sc->year_end = f->off + f->len;
    if (sc->sentence >= 0 && f->gran == FACTS_DAY && m->e.m && m->e.d &&
        facts_date_label(toks, n, m))
        label_after(sc, f->value);
    if (f->gran == FACTS_YEAR && m->b >= m->a + 2 &&
        toks[m->b - 2].lex == LX_DEICTIC &&    /* "earlier this year" */
        !noun_for_year(toks, n, m)) {
        sc->rel_year = digits(f->value, 4);
        sc->rel_year_end = f->off + f->len;
        sc->rel_year_owns = rec_possessive(toks, n, m->b);
    }
    /* "In 1956, ...", "In 2006 it closed on February 14", "Three
     * years ago the city ran out of salt in February": a year that opens
     * the sentence frames it */
    if (f->gran == FACTS_YEAR && opens_sentence(sc->text, f->off) &&
        (opens_frame(sc->text, sc->len, f->off + f->len) ||
         rec_lex(toks, n, m->b - 1, LX_AGO) ||
         (f->len == 7 && strncmp(sc->text + f->off, "In ", 3) == 0 &&
          m->b < n && toks[m->b].kind == FT_WORD)))
        sc->frame_year = digits(f->value, 4);
    /* "Last spring he arrived on 4 April": a spring or autumn gone by
     * that opens the sentence (a winter, or a southern summer, spans
     * two years) */
    if (f->gran == FACTS_SEASON && opens_sentence(sc->text, f->off) &&
        m->e.anchor == FACTS_PREV && (m->e.part == 1 || m->e.part == 3))
        sc->frame_year = digits(f->value, 4);
    if (pl->floating && !m->e.wd)      /* a weekday fits one year */
        same_month_again(sc, f);
    if ((f->gran == FACTS_MONTH || f->gran == FACTS_DAY) &&
        f->value[4] == '-' && f->value[5] != 'W') {
        sc->mon_y = digits(f->value, 4);
        sc->mon_m = digits(f->value + 5, 2);
        sc->mon_d = f->gran == FACTS_DAY ? digits(f->value + 8, 2) : 0;
    }
    if (pl->floating)
        ordered_pair(sc, toks, m, base, pl->t, f->value);
    if (m->e.wd && m->e.gran == FACTS_DAY)
        named_day_weekday(sc, f, m->e.wd, m->e.m && m->e.d);
    if (m->e.gran == FACTS_DAY && m->e.m && m->e.d)
        name_before_day(sc, f);
    else if (m->e.gran == FACTS_DAY && m->e.hol)
        weekday_before_name(sc, f);
    if (m->e.gran == FACTS_DAY)
        name_after_day(sc, f);
    if ((f->gran == FACTS_SEASON || pl->e.hol == FACTS_HOL_FATHER) &&
        sc->nseasons < MAX_SEASONS)
        sc->seasons[sc->nseasons++] = (struct season){sc->out->n,
            pl->e, pl->t, sc->ref};
}
