/* SPDX-License-Identifier: MIT */
/* facts_num.c - recognise expressions a number heads: numeric dates, years, decades, "the 24th". */
#include <stdint.h>
#include <string.h>

#include "facts_scan.h"

/* More of a code joined on after a numeric date: "2023-03-21-b",
 * "12/3/2023x". */
static int
numeric_more(const struct facts_tok *toks, size_t n, size_t i)
{
    if (!rec_joined(toks, n, i))
        return 0;
    if (toks[i].kind != FT_PUNCT)
        return 1;
    return (toks[i].val == '-' || toks[i].val == '/' || toks[i].val == '.') &&
        i + 1 < n && rec_joined(toks, n, i + 1) && toks[i + 1].kind != FT_PUNCT;
}

/* Digits joined by sep: "2023-03-21", "3/21/2023"; one in figures
 * before a clock time is a stamp ("14/12/25 18:02", not
 * "2028-03-04, 08:05 UTC", a launch's time). */
static int
rec_numeric(const struct facts_tok *toks, size_t n, size_t i, char sep,
            struct facts_match *m)
{
    const struct facts_tok *a = &toks[i], *b = &toks[i + 2], *c;
    int y, mo, d;

    if (i + 4 >= n || !rec_punct(toks, n, i + 1, sep) ||
        !rec_punct(toks, n, i + 3, sep) || toks[i + 2].kind != FT_NUM ||
        toks[i + 4].kind != FT_NUM || !rec_joined(toks, n, i + 1) ||
        !rec_joined(toks, n, i + 2) || !rec_joined(toks, n, i + 3) ||
        !rec_joined(toks, n, i + 4))
        return 0;
    c = &toks[i + 4];
    if (a->ndig == 4 && b->ndig <= 2 && c->ndig <= 2) {
        y = a->num, mo = b->num, d = c->num;
    } else if (a->ndig <= 2 && b->ndig <= 2 &&
               (c->ndig == 4 || (sep == '/' && c->ndig == 2))) {
        int swap = a->num > 12;
        y = c->ndig == 4 ? c->num : c->num + (c->num < 70 ? 2000 : 1900);
        mo = swap ? b->num : a->num, d = swap ? a->num : b->num;
        m->order = swap ? 1 : b->num > 12 ? -1 : 0;
        m->ambiguous = !m->order && a->num != b->num;
    } else {
        return 0;       /* "15-11-2031", "8/15/18" (a year 70-99 is
                           19xx, as strptime's %y reads it) */
    }
    if (!cal_valid(y, mo, d) || y < 1000 || numeric_more(toks, n, i + 5))
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.y = y, m->e.m = mo, m->e.d = d;
    m->b = i + 5;
    m->stamp = a->ndig <= 2 && rec_clock_at(toks, n, i + 5 +
                                            rec_punct(toks, n, i + 5, ','));
    return 1;
}

/* More of a figure joined on at j: "27/10/5", "13/8-2", "27/10.5",
 * "27/10:30" (a stop, a comma or a colon that ends a clause is not). */
static int
slash_more(const struct facts_tok *toks, size_t n, size_t j)
{
    if (!rec_joined(toks, n, j))
        return 0;
    if (toks[j].kind == FT_PUNCT && strchr(".,):", toks[j].val))
        return j + 1 < n && rec_joined(toks, n, j + 1);
    return toks[j].kind != FT_PUNCT || toks[j].val == '/' ||
        toks[j].val == '-';
}

/* Prepositions of time before a day with no month or year ("by 27/10",
 * "on 20th"); not "to" or "from", as odds take them ("cut from 14/1 to
 * 8/1"). The first four are the ones a day in figures that reads either
 * way needs ("after 9/11" names an event). */
static const char *const day_preps[] = {"on", "by", "until", "till",
    "before", "after", "since"};

/* A lower-case word at j other than a list word or a preposition: the
 * number before it counts or ranks something ("on 3/4 of routes", "on
 * 2nd attempt"). */
static int
word_follows(const struct facts_tok *toks, size_t n, size_t j)
{
    const struct facts_tok *x = j < n ? &toks[j] : NULL;

    return x && x->kind == FT_WORD && !(x->flags & (FT_CAP | FT_UPPER)) &&
        x->lex != LX_AND && x->lex != LX_PREP && x->lex != LX_FOR &&
        x->lex != LX_TO;
}

size_t
rec_weekday_before(const struct facts_tok *toks, size_t n, size_t i)
{
    if (i >= 1 && rec_lex(toks, n, i - 1, LX_WEEKDAY))
        return i;
    if (i >= 2 && rec_punct(toks, n, i - 1, ',') &&
        rec_lex(toks, n, i - 2, LX_WEEKDAY))
        return i - 1;
    return 0;
}

/* A weekday in brackets right after figures ending at j: "12/16 (Thu)",
 * as notices in Japan and Korea write a date. */
static int
weekday_after(const struct facts_tok *toks, size_t n, size_t j)
{
    return rec_punct(toks, n, j, '(') && rec_lex(toks, n, j + 1, LX_WEEKDAY) &&
        rec_punct(toks, n, j + 2, ')');
}

/* Figures at i that a day's name or a part of the day places as a day
 * and month: "Reunification Day (30/4)", "on the evening of 29/4" (not a
 * bowler's "Smith (3/4)"). */
static int
named_slash(const struct facts_tok *toks, size_t n, size_t i)
{
    return (i >= 2 && rec_punct(toks, n, i - 1, '(') &&
            rec_punct(toks, n, i + 3, ')') && (toks[i - 2].flags & FT_CAP) &&
            (toks[i - 2].lex == LX_HOLIDAY ||
             (toks[i - 2].lex == LX_UNIT &&
              FACTS_UNIT_GRAN(toks[i - 2].val) == FACTS_DAY))) ||
        (i >= 2 && rec_lex(toks, n, i - 1, LX_OF) &&
         rec_lex(toks, n, i - 2, LX_DAYPART));
}

/* Whether figures at i that could be either day and month ("3/11",
 * "1/1") stand as a date: after a weekday, "on", "by", "until" or
 * "till", and before no word but a list's or a preposition. */
static int
plain_day_slash(const char *text, const struct facts_tok *toks, size_t n,
                size_t i)
{
    return (rec_weekday_before(toks, n, i) ||
            rec_word_in(text, toks, n, i - 1, day_preps, 4) ||
            named_slash(toks, n, i) || weekday_after(toks, n, i + 3)) &&
        !word_follows(toks, n, i + 3);
}

/* A day and month with no year: "by 27/10", "Fri 27/10", "on 10/27".
 * Only after a weekday or a preposition of time, as odds ("cut from 14/1
 * to 8/1"), cricket scores ("25/3"), fractions and "24/7" are not. When
 * both figures could be the month ("on 3/11", "Sat 2/11") the match is
 * ambiguous: a weekday before it, or the article's order, decides
 * (facts.c); not before a word ("by 2/3 majority"). */
static int
rec_day_slash(const char *text, const struct facts_tok *toks, size_t n,
              size_t i, struct facts_match *m)
{
    const struct facts_tok *a = &toks[i], *b = i + 2 < n ? &toks[i + 2] : NULL;
    size_t w;
    int swap;

    if (b == NULL || !rec_punct(toks, n, i + 1, '/') ||
        b->kind != FT_NUM || a->ndig > 2 || b->ndig > 2 ||
        (a->flags | b->flags) & (FT_GROUPED | FT_ORD | FT_PLURAL) ||
        !rec_joined(toks, n, i + 1) || !rec_joined(toks, n, i + 2) ||
        (a->num > 12 && b->num > 12) || a->num == 0 || b->num == 0 ||
        slash_more(toks, n, i + 3) ||
        !((i > 0 && (rec_weekday_before(toks, n, i) ||
                     REC_WORD_IN(text, toks, n, i - 1, day_preps) ||
                     named_slash(toks, n, i))) ||
          weekday_after(toks, n, i + 3)))
        return 0;
    if (a->num <= 12 && b->num <= 12 && (!plain_day_slash(text, toks, n, i) ||
                                         rec_punct(toks, n, i + 3, '%')))
        return 0;
    m->ambiguous = a->num <= 12 && b->num <= 12 && a->num != b->num;
    swap = a->num > 12;
    m->e.gran = FACTS_DAY;
    m->e.m = swap ? b->num : a->num;
    m->e.d = swap ? a->num : b->num;
    if (!cal_valid(2000, m->e.m, m->e.d))
        return 0;
    m->e.anchor = FACTS_TENSED;
    m->order = a->num <= 12 && b->num <= 12 ? 0 : swap ? 1 : -1;
    m->b = i + 3;
    if ((w = rec_weekday_before(toks, n, i)) != 0) {
        m->a = w - 1;   /* "Fri 27/10": the weekday picks the year */
        m->e.wd = toks[w - 1].val;
    } else if (weekday_after(toks, n, i + 3)) {
        m->e.wd = toks[i + 4].val;      /* "12/27 (Mon)": so does this */
        m->b = i + 6;
    }
    return 1;
}

/* "Exp. 10/2036", "valid until 03/2037": a month and a year in figures,
 * after a word that dates them (not "a shutter speed of 1/2000",
 * "Resolution 2/2021"). */
static int
rec_month_slash_year(const char *text, const struct facts_tok *toks,
                     size_t n, size_t i, struct facts_match *m)
{
    static const char *const cues[] = {"exp", "expiry", "expires",
        "expiring", "expiration", "valid", "until", "till", "through",
        "from", "since", "by", "in", "before", "after", "and", "to",
        "dated", "issued"};
    const struct facts_tok *a = &toks[i];
    size_t c = i >= 2 && rec_punct(toks, n, i - 1, '.') ? i - 2 : i - 1;

    if (i == 0 || !REC_WORD_IN(text, toks, n, c, cues) ||
        (i + 2 < n && toks[i + 2].num < 1900) ||
        a->ndig > 2 || a->num < 1 || a->num > 12 ||
        (a->flags & (FT_GROUPED | FT_ORD | FT_PLURAL)) ||
        !rec_punct(toks, n, i + 1, '/') || !rec_joined(toks, n, i + 1) ||
        !rec_joined(toks, n, i + 2) || !rec_year(toks, n, i + 2) ||
        slash_more(toks, n, i + 3) ||
        (i > 0 && rec_joined(toks, n, i) &&
         (toks[i - 1].kind == FT_NUM || rec_punct(toks, n, i - 1, '/'))) ||
        (i > 0 && toks[i - 1].lex == LX_IDNOUN) ||
        (i > 1 && rec_punct(toks, n, i - 1, '.') &&
         toks[i - 2].lex == LX_IDNOUN))
        return 0;       /* not "12/10/2036", "pp. 3/2036-", "Nr. 12/2031" */
    m->e.gran = FACTS_MONTH;
    m->e.m = a->num;
    m->e.y = toks[i + 2].num;
    m->e.anchor = FACTS_ABS;
    m->b = i + 3;
    return 1;
}

/* The value of number word at j, joined by a hyphen to a unit after it
 * ("sixty-eight"): 1..99 and *end past it, or 0. */
static int
spoken_below_100(const struct facts_tok *toks, size_t n, size_t j,
                 size_t *end)
{
    int v;

    if (!rec_lex(toks, n, j, LX_NUMWORD) || toks[j].val < 1 ||
        toks[j].val > 90)
        return 0;
    v = toks[j].val;
    *end = j + 1;
    if (v >= 20 && v % 10 == 0 && rec_joined_dash(toks, n, j + 1) &&
        rec_lex(toks, n, j + 2, LX_NUMWORD) && toks[j + 2].val >= 1 &&
        toks[j + 2].val <= 9) {
        v += toks[j + 2].val;
        *end = j + 3;
    }
    return v;
}

/* A year read aloud, as transcripts and radio scripts write it:
 * "in nineteen sixty-eight", "since nineteen seventy-nine", "February
 * nineteen fifty-six", "two thousand and six", "twenty thirty-one"; only
 * after a preposition (not "at": "at twenty thirty" is a clock), "of",
 * "since" or a month. i is "nineteen", "eighteen", "twenty" or "two". */
int
rec_spoken_year(const char *text, const struct facts_tok *toks, size_t n,
                size_t i, struct facts_match *m)
{
    size_t j = i + 1, end;
    int c = toks[i].val, y, r;

    if (i == 0 || rec_word(text, toks, n, i - 1, "at") ||
        !(rec_lex(toks, n, i - 1, LX_PREP) || rec_lex(toks, n, i - 1, LX_OF) ||
          rec_lex(toks, n, i - 1, LX_MONTH)))
        return 0;
    if (c == 2) {               /* "two thousand [and] six" */
        if (!rec_word(text, toks, n, j, "thousand"))
            return 0;
        j++;
        if (rec_lex(toks, n, j, LX_AND))
            j++;
        r = spoken_below_100(toks, n, j, &end);
        y = 2000 + r;
        if (r == 0)
            end = j - (rec_lex(toks, n, j - 1, LX_AND) ? 1 : 0);
    } else {                    /* "nineteen sixty-eight", "twenty twelve" */
        if ((r = spoken_below_100(toks, n, j, &end)) < 10)
            return 0;
        y = c * 100 + r;
    }
    if (y < 1800 || y > 2099 ||
        (end < n && toks[end].kind == FT_WORD && toks[end].lex == LX_NONE &&
         !(toks[end].flags & FT_CAP)))
        return 0;       /* "of nineteen ninety-nine votes": a count */
    m->e.gran = FACTS_YEAR;
    m->e.y = y;
    m->e.anchor = FACTS_ABS;
    m->b = end;
    return 1;
}

/* "5.3.2024", "14.05.2024" (day first, as Europe writes it) and
 * "2024.03.05": the tokenizer reads them as one grouped number. */
static int
rec_dotted(const char *text, const struct facts_tok *toks, size_t n, size_t i,
           struct facts_match *m)
{
    const char *s = text + toks[i].off;
    unsigned p[3] = {0, 0, 0}, w[3] = {0, 0, 0};
    size_t k, part = 0;

    if (toks[i].len < 8 || toks[i].len > 10 || numeric_more(toks, n, i + 1))
        return 0;
    for (k = 0; k < toks[i].len; k++) {
        if (s[k] == '.' && part < 2 && w[part] > 0)
            part++;
        else if (s[k] >= '0' && s[k] <= '9' && w[part] < 4)
            p[part] = p[part] * 10 + (unsigned)(s[k] - '0'), w[part]++;
        else
            return 0;
    }
    if (part != 2 || !((w[0] <= 2 && w[1] <= 2 && w[2] == 4) ||
                       (w[0] == 4 && w[1] == 2 && w[2] == 2)))
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.y = (int)(w[0] == 4 ? p[0] : p[2]);
    m->e.m = (int)p[1];
    m->e.d = (int)(w[0] == 4 ? p[2] : p[0]);
    m->order = w[0] == 4 ? -1 : 1;
    m->b = i + 1;
    return m->e.y >= 1000 && cal_valid(m->e.y, m->e.m, m->e.d);
}

/* "Tuesday 03.06.", "on 31.03.": a day and month as German-English
 * notices write them, day first, with the stop after the month that
 * parts them from a decimal ("3.06 per cent"), after a weekday or a
 * preposition of time. */
static int
rec_dotted_day(const char *text, const struct facts_tok *toks, size_t n,
               size_t i, struct facts_match *m)
{
    const char *s = text + toks[i].off;
    size_t len = toks[i].len, dot = len > 3 ? len - 3 : 0;
    int d, mo;

    if ((len != 4 && len != 5) || s[dot] != '.' ||
        !rec_punct(toks, n, i + 1, '.') || !rec_joined(toks, n, i + 1) ||
        (i + 2 < n && rec_joined(toks, n, i + 2)) || i == 0 ||
        !(rec_lex(toks, n, i - 1, LX_WEEKDAY) ||
          REC_WORD_IN(text, toks, n, i - 1, day_preps)))
        return 0;
    d = len == 5 ? (s[0] - '0') * 10 + (s[1] - '0') : s[0] - '0';
    mo = (s[dot + 1] - '0') * 10 + (s[dot + 2] - '0');
    if (!cal_valid(2000, mo, d))
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.m = mo;
    m->e.d = d;
    m->e.anchor = FACTS_TENSED;
    m->order = 1;
    m->b = i + 2;
    if (rec_lex(toks, n, i - 1, LX_WEEKDAY)) {
        m->a = i - 1;   /* "Tuesday 03.06.": the weekday picks the year */
        m->e.wd = toks[i - 1].val;
    }
    return 1;
}

/* A closing quote joined to a word in the few tokens from i: "the '24
 * hours' race" opened a quotation, no year. */
static int
quote_closes(const struct facts_tok *toks, size_t n, size_t i)
{
    size_t k;

    for (k = i + 1; k < n && k <= i + 4; k++)
        if (rec_apos(toks, n, k) && rec_joined(toks, n, k) &&
            !(k + 1 < n && rec_joined(toks, n, k + 1) &&
              toks[k + 1].kind == FT_WORD && toks[k + 1].len == 1))
            return 1;           /* not the "'s" of "the '03 storm's" */
    return 0;
}

/* "'98" at i, the apostrophe: the year, its century as for "the '90s";
 * 0 when there is none. */
int
rec_short_year(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = i + 1 < n ? &toks[i + 1] : NULL;

    if (t == NULL || !rec_apos(toks, n, i) ||
        !rec_joined(toks, n, i + 1) || t->kind != FT_NUM || t->ndig != 2 ||
        (t->flags & (FT_PLURAL | FT_ORD | FT_GROUPED)) ||
        (rec_joined(toks, n, i + 2) && (toks[i + 2].kind != FT_PUNCT ||
                                        rec_possessive(toks, n, i + 2))) ||
        (i + 2 < n && toks[i + 2].kind == FT_WORD &&
         !(toks[i + 2].flags & (FT_CAP | FT_UPPER)) &&
         toks[i + 2].lex != LX_AND && toks[i + 2].lex != LX_PREP &&
         toks[i + 2].lex != LX_THE && toks[i + 2].lex != LX_PRON))
        return 0;       /* "a score of '10'", "in '24 hours of chaos'"; "in
                           '97 the water rose" starts a clause */
    return t->num >= 30 ? 1900 + t->num : 2000 + t->num;
}

/* "a 1950s barometer", "1920s bungalow": a decade that describes a thing,
 * as a model year does ("a 1998 Ford"), dates nothing: before a noun,
 * after "a" or a word that is no determiner. After "the", a preposition,
 * an owner, "those" or a joined "mid-" it is a time ("the 1990s boom",
 * "in 1980s Britain", "Apple's 1980s comeback", "the mid-1990s slump"). */
static int
decade_attribute(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i)
{
    static const char *const owner[] = {"its", "their", "his", "her", "our",
        "those", "these", "that", "this", "s"};
    const struct facts_tok *p = i > 0 ? &toks[i - 1] : NULL,
        *x = i + 1 < n ? &toks[i + 1] : NULL;

    if (x == NULL || x->kind != FT_WORD || (x->flags & (FT_CAP | FT_UPPER)) ||
        x->lex != LX_NONE || x->tense != FACTS_TENSE_NONE)
        return 0;
    if (p == NULL)
        return 1;
    if (rec_joined(toks, n, i) || REC_WORD_IN(text, toks, n, i - 1, owner))
        return 0;       /* "mid-1990s", "'90s", "those 1970s strikes" */
    return p->kind != FT_WORD ||
        !(p->lex == LX_THE || p->lex == LX_PREP || p->lex == LX_OF ||
          p->lex == LX_EDGE || p->lex == LX_FOR || p->lex == LX_TO ||
          p->lex == LX_AND || p->lex == LX_LATER || p->lex == LX_APPROX);
}

/* "the 1990s", "the '90s", "the 1800s" (a century), "the 19th century". */
static int
rec_decade(const char *text, const struct facts_tok *toks, size_t n, size_t i,
           struct facts_match *m)
{
    const struct facts_tok *t = &toks[i];
    int apos = i > 0 && rec_joined(toks, n, i) && rec_apos(toks, n, i - 1);

    m->b = i + 1;
    if ((t->flags & FT_ORD) && t->ndig <= 2 && t->num >= 1 &&
        rec_lex(toks, n, i + 1, LX_UNIT) &&
        (toks[i + 1].val & 0xf) == FACTS_CENTURY && !(toks[i + 1].val & 0x10)) {
        if (rec_word(text, toks, n, i + 2, "bc") ||
            rec_word(text, toks, n, i + 2, "bce") ||
            (rec_word(text, toks, n, i + 2, "b") &&
             rec_punct(toks, n, i + 3, '.')))
            return 0;   /* "the 7th century BC": values have no sign */
        m->e.gran = FACTS_CENTURY;
        m->e.y = t->num - 1;
        m->b = i + 2 + (rec_word(text, toks, n, i + 2, "ad") ||
                        rec_word(text, toks, n, i + 2, "ce"));
        if (i > 0 && rec_lex(toks, n, i - 1, LX_THE))
            m->a = i - 1;
        return 1;
    }
    /* "in '98", "since '05": a year after a preposition (an opening
     * quote follows a verb), or a month, or standing alone between
     * commas as speech has it ("No, '86, sorry"); "the '03 storm", a
     * year before its noun */
    if (i >= 2 && (rec_lex(toks, n, i - 2, LX_PREP) ||
                   rec_lex(toks, n, i - 2, LX_OF) ||
                   rec_lex(toks, n, i - 2, LX_MONTH) ||
                   ((rec_punct(toks, n, i - 2, ',') ||
                     rec_lex(toks, n, i - 2, LX_BE) ||
                     rec_lex(toks, n, i - 2, LX_AUXPAST)) &&
                    (i + 1 >= n || (toks[i + 1].kind == FT_PUNCT &&
                                    strchr(",.;", toks[i + 1].val))))) &&
        (m->e.y = rec_short_year(toks, n, i - 1)) != 0) {
        m->e.gran = FACTS_YEAR;
        m->a = i - 1;
        m->short_year = 1;
        return 1;
    }
    if (i >= 2 && rec_lex(toks, n, i - 2, LX_THE) && !(t->flags & FT_PLURAL) &&
        rec_apos(toks, n, i - 1) && rec_joined(toks, n, i) &&
        t->ndig == 2 && i + 1 < n && !rec_joined(toks, n, i + 1) &&
        toks[i + 1].kind == FT_WORD && !(toks[i + 1].flags & FT_CAP) &&
        toks[i + 1].lex == LX_NONE && !quote_closes(toks, n, i + 1)) {
        m->e.y = t->num >= 30 ? 1900 + t->num : 2000 + t->num;
        m->e.gran = FACTS_YEAR;
        m->a = i - 1;
        return 1;
    }
    if (!(t->flags & FT_PLURAL) || (t->flags & FT_GROUPED) || t->num % 10 ||
        decade_attribute(text, toks, n, i))
        return 0;
    if (t->ndig == 4 && t->num >= 1000 && t->num <= 2190) {
        int century = t->num % 100 == 0 && t->num / 100 != 20;
        m->e.gran = century ? FACTS_CENTURY : FACTS_DECADE;
        m->e.y = century ? t->num / 100 : t->num / 10;
        if (i > 0 && rec_lex(toks, n, i - 1, LX_THE))
            m->a = i - 1;
        return 1;
    }
    if (t->ndig == 3 && t->num >= 100 && i > 0 &&
        rec_lex(toks, n, i - 1, LX_THE)) {
        m->e.gran = FACTS_DECADE;   /* "the 930s" */
        m->e.y = t->num / 10;
        m->a = i - 1;
        return 1;
    }
    if (t->ndig == 2 && apos) {
        m->e.gran = FACTS_DECADE;
        m->e.y = t->num >= 20 ? 190 + t->num / 10 : 200 + t->num / 10;
        m->a = i - 1;
        return 1;
    }
    return 0;
}

/* "1200 Township Line Road", "2104 N.W. 21st Ave.": capitalised words,
 * initials and an ordinal up to a street word after the number make it
 * an address. */
static int
street_number(const struct facts_tok *toks, size_t n, size_t i)
{
    size_t j;

    for (j = i + 1; j < n && j <= i + 7; j++) {
        if ((toks[j].kind == FT_PUNCT && toks[j].val == '.' && j > i + 1 &&
             toks[j - 1].kind == FT_WORD && toks[j - 1].len == 1) ||
            (toks[j].kind == FT_NUM && (toks[j].flags & FT_ORD)))
            continue;   /* "N.W.", "21st" */
        if (toks[j].kind != FT_WORD || !(toks[j].flags & (FT_CAP | FT_UPPER)))
            return 0;
        if (toks[j].lex == LX_STREET)
            return 1;
    }
    return 0;
}

/* "worse than 2018?": a year compared with, unless the comparison is of a
 * quantity ("more than 2000"). */
static int
than_year(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const qty[] = {"more", "less", "fewer", "greater",
        "larger", "bigger", "higher", "lower", "above", "below", "rather"};

    return i >= 2 && rec_word(text, toks, n, i - 1, "than") &&
        toks[i - 2].kind == FT_WORD &&
        !(i + 1 < n && toks[i + 1].kind != FT_PUNCT) &&
        !REC_WORD_IN(text, toks, n, i - 2, qty);
}

/* "reached its peak around 1850.", "founded circa 1912,": a year given
 * roughly, where a count would go on to what it counts ("about 2000
 * people"). i is the number after the approximating word. */
static int
rough_year(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    static const char *const after[] = {"with", "and", "when", "as",
        "the", "before", "after", "or", "but", "it"};
    static const char *const rough[] = {"around", "about", "circa"};
    const struct facts_tok *x = i + 1 < n ? &toks[i + 1] : NULL;

    if (toks[i].ndig != 4 || toks[i].num < 1500 || toks[i].num > 2100 ||
        (toks[i].flags & FT_GROUPED) ||
        !REC_WORD_IN(text, toks, n, i - 1, rough))
        return 0;
    if (x == NULL)
        return 1;
    if (x->kind == FT_PUNCT)
        return strchr(".,;)\"", x->val) != NULL;
    return x->kind == FT_WORD && !(x->flags & FT_CAP) &&
        REC_WORD_IN(text, toks, n, i + 1, after);
}

/* "1240 GMT", "at 1800 hours": a time of day on a 24-hour clock. */
static int
clock_time(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    static const char *const zone[] = {"gmt", "utc", "bst", "cet", "cest",
        "eet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "ist",
        "jst", "aest", "hrs", "hours", "local"};

    return toks[i].num % 100 < 60 && REC_WORD_IN(text, toks, n, i + 1, zone);
}

/* "(Okafor et al., 2029; Brandt and Liu, 2031)": the year of a
 * citation in parentheses, after a name or "et al." and a comma. */
static int
citation(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    size_t k, j;

    if (i < 3 || !rec_punct(toks, n, i - 1, ',') ||
        !(rec_punct(toks, n, i + 1, ')') || rec_punct(toks, n, i + 1, ';')))
        return 0;
    k = rec_punct(toks, n, i - 2, '.') ? i - 3 : i - 2;
    if (!rec_word(text, toks, n, k, "al") &&
        !(toks[k].kind == FT_WORD && (toks[k].flags & FT_CAP) &&
          toks[k].lex == LX_NONE))
        return 0;
    for (j = k; j > 0 && j + 12 > k; j--)
        if (rec_punct(toks, n, j - 1, '(') || rec_punct(toks, n, j - 1, ';'))
            return 1;
    return 0;
}

/* Owners before a year ("Her 1992 album", "Their 1977 album"; not a
 * company's "Its 2028 annual report", the report's name). */
static const char *const owners[] = {"her", "his", "their", "our",
    "my", "your"};

/* Words before a car's model year: its colour, or how it was had. */
static const char *const car_words[] = {"white", "black", "silver", "grey",
    "gray", "red", "blue", "green", "maroon", "tan", "beige", "dark",
    "stolen", "used", "rented"};

/* "the 1951 Refugee Convention", "the 1991 Constitution", "the 2030
 * Agenda", "the 2019 Local Plan", "the 1965 Act": a year in a
 * document's name, which names it, not when anything happened (an
 * event's stays: "the 2010 World Cup", "the 2015 Paris Agreement"). */
static int
document_name(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    static const char *const documents[] = {"constitution", "convention",
        "agenda", "plan", "strategy", "framework", "charter", "protocol",
        "act", "regulations", "ordinance"};
    size_t j;

    if (i == 0 || !rec_lex(toks, n, i - 1, LX_THE))
        return 0;
    for (j = i + 1; j < n && j <= i + 4; j++) {
        if (toks[j].kind != FT_WORD || !(toks[j].flags & FT_CAP))
            return 0;
        if (REC_WORD_IN(text, toks, n, j, documents))
            return 1;
    }
    return 0;
}

/* A base year of an index or of prices at bare four-digit number i:
 * "a base of 1967=100", "at constant 2008 prices", "at 2011-12 prices",
 * "in 2019 dollars", "reference year 2020". */
static int
base_year(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const bases[] = {"reference", "base"};
    static const char *const before[] = {"constant", "real", "at", "from"};
    static const char *const money[] = {"prices", "dollars"};
    size_t j = i + 1;

    if (rec_punct(toks, n, j, '=') && rec_joined(toks, n, j) &&
        rec_joined(toks, n, j + 1) && toks[j + 1].kind == FT_NUM)
        return 1;
    if (i >= 2 && rec_word(text, toks, n, i - 1, "year") &&
        REC_WORD_IN(text, toks, n, i - 2, bases))
        return 1;
    if (rec_joined_dash(toks, n, j) && rec_joined(toks, n, j + 1) &&
        toks[j + 1].kind == FT_NUM && toks[j + 1].ndig == 2)
        j += 2;                         /* "2011-12 prices" */
    if (i == 0 || !REC_WORD_IN(text, toks, n, j, money))
        return 0;
    return REC_WORD_IN(text, toks, n, i - 1, before) ||
        (rec_word(text, toks, n, j, "dollars") &&
         rec_word(text, toks, n, i - 1, "in"));
}

/* A 24-hour clock time, as incident reports write it: "on duty since
 * 1800 the previous evening", "the 1815 Plymouth to Penzance service",
 * "due to land at 2035 but was held". */
static int
clock_hhmm(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    static const char *const moves[] = {"land", "landed", "depart",
        "departed", "arrive", "arrived", "leave", "left", "off"};
    static const char *const rel[] = {"previous", "following", "next"};
    static const char *const runs[] = {"service", "train", "flight",
        "departure", "sailing", "ferry", "bus", "coach"};
    size_t k;

    if (toks[i].num / 100 > 23 || toks[i].num % 100 > 59)
        return 0;
    if ((rec_lex(toks, n, i + 1, LX_THE) && REC_WORD_IN(text, toks, n, i + 2,
                                                        rel)) ||
        ((rec_word(text, toks, n, i + 1, "that") ||
          rec_word(text, toks, n, i + 1, "this")) &&
         rec_lex(toks, n, i + 2, LX_DAYPART)))
        return 1;
    if (i > 0 && rec_lex(toks, n, i - 1, LX_THE)) {
        /* "the 1815 Plymouth to Penzance service": places either side of
         * "to", then a run (not "the 2012 London to Paris race") */
        for (k = i + 1; k < n && k < i + 3 && (toks[k].flags & FT_CAP); k++)
            ;
        if (k == i + 1 || !rec_lex(toks, n, k, LX_TO))
            return 0;
        for (k++; k < n && k < i + 7 && (toks[k].flags & FT_CAP); k++)
            ;
        return REC_WORD_IN(text, toks, n, k, runs);
    }
    if (i == 0 || !rec_word(text, toks, n, i - 1, "at"))
        return 0;
    for (k = i - 1; k-- > 0 && k + 4 > i;)
        if (REC_WORD_IN(text, toks, n, k, moves))
            return 1;
    return 0;
}

/* What follows bare four-digit number i that makes it a quantity, a
 * phone number, a measure or an address: "2000 people", "1500m", "1300
 * 362 027", "the 1800-metre loop", "the 1900 block of Orchard Street". */
static int
year_blocked_after(const char *text, const struct facts_tok *toks, size_t n,
                   size_t i)
{
    if (rec_lex(toks, n, i + 1, LX_QTY) || street_number(toks, n, i) ||
        clock_time(text, toks, n, i) || document_name(text, toks, n, i) ||
        base_year(text, toks, n, i) || clock_hhmm(text, toks, n, i))
        return 1;
    /* "1500m", "2000cc": a measure glued to its unit; "1850 200 2025": a
     * phone number */
    if (i + 1 < n && toks[i + 1].kind == FT_WORD && rec_joined(toks, n, i + 1))
        return 1;
    /* ... "1300 362 027" too after no preposition ("In 2021 250 000
     * people": thousands) */
    if (i + 2 < n && toks[i + 1].kind == FT_NUM && toks[i + 1].ndig >= 3 &&
        !(toks[i + 1].flags & FT_GROUPED) && toks[i + 2].kind == FT_NUM &&
        (toks[i + 2].ndig >= 4 ||
         (toks[i + 1].ndig == 3 && toks[i + 2].ndig == 3 &&
          !(i > 0 && toks[i - 1].lex == LX_PREP &&
            !rec_word(text, toks, n, i - 1, "on")))))
        return 1;       /* ... but "call Crime Stoppers on 1800 333 000" */
    /* "the 1800-metre loop", "2004-series trams": a measure or a model */
    if (rec_punct(toks, n, i + 1, '-') && rec_joined(toks, n, i + 1) &&
        rec_joined(toks, n, i + 2) && toks[i + 2].kind == FT_WORD &&
        !(toks[i + 2].flags & (FT_CAP | FT_UPPER)))
        return 1;
    /* "the 1900 block of Orchard Street": a police-blotter address, in
     * hundreds ("the 2023 block of funding" is a year) */
    if (toks[i].num % 100 == 0 && rec_word(text, toks, n, i + 1, "block") &&
        rec_word(text, toks, n, i + 2, "of"))
        return 1;
    /* "on 1570 AM", "98.6 FM": a radio station's frequency */
    return i + 1 < n && (toks[i + 1].flags & FT_UPPER) &&
        (rec_word(text, toks, n, i + 1, "am") ||
         rec_word(text, toks, n, i + 1, "fm"));
}

/* Events a name "of" a year calls by their year: "the Glass Fire of
 * 2020", "the Paris Agreement of 2015", "the Revolution of 1917". */
static const char *const events[] = {"fire", "fires", "flood", "floods",
    "earthquake", "storm", "blizzard", "hurricane", "famine", "crisis",
    "crash", "panic", "revolution", "uprising", "rising", "riots",
    "incident", "massacre", "plot", "partition", "agreement", "accord",
    "congress", "convention", "summit", "games", "olympics",
    "festival", "referendum", "election", "strike", "lockout"};

/* The words before bare four-digit number i (i > 0) that make it a
 * name or a quantity: "copyright 2020", "about 2000", "Township Road
 * 2016", "notes due 2027", "a white 2019 Ford", "the Reform Act of
 * 1995", "Vision 2030"; a year before 1500 without a preposition. */
static int
year_blocked_by_word(const char *text, const struct facts_tok *toks,
                     size_t n, size_t i)
{
    const struct facts_tok *p = &toks[i - 1];

    if (rec_word(text, toks, n, i - 1, "copyright"))
        return 1;
    if (p->lex == LX_APPROX)
        return !than_year(text, toks, n, i) && !rough_year(text, toks, n, i);
    if (p->lex == LX_QTY || p->lex == LX_IDNOUN)
        return 1;
    /* "Township Road 2016": a road's number */
    if (p->lex == LX_STREET && (p->flags & FT_CAP))
        return 1;
    /* "8.5% senior notes due 2027": a bond's name ("due in 2027" is
     * a date) */
    if (p->lex == LX_FUTTO && p->val == 2)
        return 1;
    if (p->lex == LX_NUMWORD && p->len <= 2 && i + 1 < n &&
        toks[i + 1].kind == FT_WORD && (toks[i + 1].flags & FT_CAP))
        return 1;
    /* "a white 2019 Ford F-150", "a stolen 2012 Nissan": a car's model
     * year after its colour */
    if (i >= 2 && toks[i - 2].lex == LX_NUMWORD && toks[i - 2].len <= 2 &&
        REC_WORD_IN(text, toks, n, i - 1, car_words) && i + 1 < n &&
        toks[i + 1].kind == FT_WORD && (toks[i + 1].flags & FT_CAP))
        return 1;
    if (p->lex == LX_OF && i >= 3 && toks[i - 2].kind == FT_WORD &&
        (toks[i - 2].flags & FT_CAP) && toks[i - 2].lex == LX_NONE &&
        !REC_WORD_IN(text, toks, n, i - 2, events))
        return 1;       /* "the Reform Act of 1995", not "Memories of 2002"
                           opening a sentence, nor "the Glass Fire of 2020"
                           (an event's year is its date) */
    if (p->lex == LX_OF && i >= 2 && rec_word(text, toks, n, i - 2, "class"))
        return 1;       /* "84.6% of the class of 2047 passed": a cohort's
                           name */
    /* "the Companies Act 71 of 2008", "Act, 71 of 2008", "Ley 996 de
     * 2005": a statute's number and year */
    if ((p->lex == LX_OF || rec_word(text, toks, n, i - 1, "de")) &&
        i >= 3 && toks[i - 2].kind == FT_NUM) {
        size_t k = rec_punct(toks, n, i - 3, ',') ? i - 4 : i - 3;
        if (k < i && toks[k].kind == FT_WORD && (toks[k].flags & FT_CAP) &&
            toks[k].lex == LX_NONE)
            return 1;
    }
    /* Years before 1500 are rare enough in news to want "in 1204". */
    if (toks[i].num < 1500 && p->lex != LX_PREP)
        return 1;
    /* "Vision 2030", "Windows 2000": a name's number; but "Her 1992
     * album" opens a sentence with an owner, and a name and year that
     * open a sentence before a colon are a headline's label, mostly an
     * event's edition ("Glastonbury 2029: the line-up", "Cannes 2016:";
     * a product's, "Windows 2000: ten years on", is read the same) */
    return (p->flags & FT_CAP) && p->lex == LX_NONE &&
        !REC_WORD_IN(text, toks, n, i - 1, owners) &&
        !(i == 1 && rec_punct(toks, n, i + 1, ':'));
}

/* What comes before bare four-digit number i (i > 0) that makes it a
 * name or a quantity rather than a year: "about 2000", "Section 2021",
 * "$2019", "555 2019", "[2020] EWHC 123" (a law report), "a 1998 Ford"
 * (a model year), "the Reform Act of 1995" (a statute's name). */
static int
year_blocked_before(const char *text, const struct facts_tok *toks, size_t n,
                    size_t i)
{
    static const char *const statutes[] = {"act", "regulations", "rules",
        "ordinance", "order", "code", "bill"};
    const struct facts_tok *p = &toks[i - 1];
    size_t k;

    /* "ext. 2019", "No. 2020": an abbreviated name of a number */
    if (p->kind == FT_PUNCT && p->val == '.' && i >= 2 &&
        toks[i - 2].lex == LX_IDNOUN)
        return 1;
    if (p->kind == FT_NUM)
        return 1;
    if (p->kind == FT_PUNCT && p->val == '-' && rec_joined(toks, n, i))
        /* "555-2019", but "mid-2023" and "2010-2015" (not "pp.
         * 2031-2044": a range's end goes with its start) */
        return !(i >= 2 && (rec_lex(toks, n, i - 2, LX_EDGE) ||
                            (rec_year(toks, n, i - 2) &&
                             toks[i - 2].num < toks[i].num &&
                             !(i >= 3 && year_blocked_before(text, toks, n,
                                                             i - 2)))));
    /* "the Data Protection Act, 2023", "the Food Safety (Amendment)
     * Regulations, 2012": a statute's year is its name */
    k = rec_punct(toks, n, i - 1, ',') && i >= 2 ? i - 2 : i - 1;
    if (REC_WORD_IN(text, toks, n, k, statutes) && (toks[k].flags & FT_CAP))
        return 1;
    if (citation(text, toks, n, i))
        return 1;
    /* "Film: Harbour Lights (1998)", "Nature (2031)": a work's year in
     * brackets after its name labels it; "(1230)" after "Retail sales
     * for September" is a clock time (no year before 1500 without a
     * preposition, below) */
    if (p->kind == FT_PUNCT && p->val == ')' && i >= 3 &&
        rec_word(text, toks, n, i - 2, "c") && rec_punct(toks, n, i - 3, '('))
        return 1;       /* "(c) 2016 The Lagos Courier" */
    if (p->kind == FT_PUNCT && p->val == '(' && rec_punct(toks, n, i + 1, ')') &&
        ((i >= 2 && toks[i - 2].kind == FT_WORD &&
          (toks[i - 2].flags & FT_CAP)) || toks[i].num < 1500))
        return 1;
    if (p->kind == FT_PUNCT)
        return strchr("$#/:.+[", p->val) && rec_joined(toks, n, i);
    if (p->kind == FT_OTHER)    /* currency signs; "© 2020" */
        return p->val == 0 && (rec_joined(toks, n, i) ||
                               (p->len == 2 && (uint8_t)text[p->off] == 0xc2 &&
                                (uint8_t)text[p->off + 1] == 0xa9));
    return year_blocked_by_word(text, toks, n, i);
}

/* Words around a bare four-digit number that make it a quantity or a name
 * rather than a year. */
static int
year_blocked(const char *text, const struct facts_tok *toks, size_t n,
             size_t i)
{
    return year_blocked_after(text, toks, n, i) ||
        (i > 0 && year_blocked_before(text, toks, n, i));
}

/* "2011 UW158": a code of letters and digits after the number makes the
 * whole an identifier; so does a number after a slash ("Regulation (EU)
 * 2024/1689", "SI 2029/1187"; "2023/24" is a season's or a fiscal
 * year's label, a span). */
static int
year_code(const struct facts_tok *toks, size_t n, size_t i)
{
    if (i + 2 < n && rec_punct(toks, n, i + 1, '/') &&
        rec_joined(toks, n, i + 1) && toks[i + 2].kind == FT_NUM &&
        rec_joined(toks, n, i + 2))
        return 1;
    return i + 2 < n && toks[i + 1].kind == FT_WORD &&
        (toks[i + 1].flags & FT_UPPER) && toks[i + 2].kind == FT_NUM &&
        rec_joined(toks, n, i + 2);
}

/* "2031 and 2032 model-year Tamaracks", "the 2036 model year": a model
 * year names a product's range, no date. i is the year. */
static int
model_year(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    size_t j = i + 1;

    if (rec_word(text, toks, n, j, "and") && j + 1 < n &&
        toks[j + 1].kind == FT_NUM && toks[j + 1].ndig == 4)
        j += 2;                 /* "2031 and 2032 model-year" */
    return rec_word(text, toks, n, j, "model") &&
        (rec_word(text, toks, n, j + 1, "year") ||
         rec_word(text, toks, n, j + 1, "years") ||
         (rec_punct(toks, n, j + 1, '-') &&
          rec_word(text, toks, n, j + 2, "year")));
}

/* Prepositions before "the 24th" that make it a day of the month. */
static int
day_prep(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const w[] = {"on", "by", "until", "till", "from",
        "since", "before", "after", "to", "through"};

    return REC_WORD_IN(text, toks, n, i, w);
}

/* A word after "the 24th" that makes the ordinal a rank: a unit, a
 * label, a count, a word of sport or money, a superlative, or one of a
 * few nouns of order. */
static int
rank_noun(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const w[] = {"anniversary", "birthday", "place",
        "round", "time", "times", "hole", "edition", "amendment", "minute",
        "straight", "consecutive", "seed", "pick", "overall", "spot",
        "position", "row", "term", "generation", "largest", "biggest",
        "kilometre", "kilometer", "mile", "metre", "meter", "stage", "storey",
        "level", "step", "verse", "stop", "station", "district", "ward"};
    const struct facts_tok *t = &toks[i];
    const char *e = text + t->off + t->len;

    if (t->flags & (FT_CAP | FT_UPPER))
        return 0;
    if (t->lex == LX_UNIT || t->lex == LX_IDNOUN || t->lex == LX_SPORT ||
        t->lex == LX_QTY || t->lex == LX_BIZ || t->lex == LX_ORDWORD ||
        t->lex == LX_STREET)
        return 1;
    if (t->len > 4 && (e[-3] | 0x20) == 'e' && (e[-2] | 0x20) == 's' &&
        (e[-1] | 0x20) == 't')
        return 1;
    return REC_WORD_IN(text, toks, n, i, w);
}

int
rec_letter_month(const char *text, const struct facts_tok *toks, size_t n,
                 size_t j)
{
    static const char *const this_month[] = {"instant", "inst"};
    static const char *const last_month[] = {"ultimo", "ult"};
    static const char *const next_month[] = {"proximo", "prox"};

    if (j >= n || toks[j].kind != FT_WORD || (toks[j].flags & FT_CAP))
        return 0;
    return REC_WORD_IN(text, toks, n, j, this_month) ? 2 :
        REC_WORD_IN(text, toks, n, j, last_month) ? 1 :
        REC_WORD_IN(text, toks, n, j, next_month) ? 3 : 0;
}

/* A golf report's sentence: "finished by holing from 30 feet on the
 * 18th", "birdied the 12th": its ordinals up to 18 are holes. */
static int
golf_sentence(const char *text, const struct facts_tok *toks, size_t n)
{
    static const char *const golf[] = {"birdie", "birdies", "birdied",
        "bogey", "bogeys", "bogeyed", "putt", "putts", "putted", "holed",
        "holing", "fairway", "fairways", "tee", "eagled"};
    size_t k;

    for (k = 0; k < n; k++)
        if (toks[k].kind == FT_WORD && toks[k].len >= 3 &&
            toks[k].len <= 8 && REC_WORD_IN(text, toks, n, k, golf))
            return 1;
    return 0;
}

/* "on the 24th", "by the 3rd,", "on 20th": a day of this month or a
 * neighbour. The word after must not make the ordinal a rank ("the 24th
 * floor", "the 25th year"); without "the" ("on 20th", as posts write
 * it) it needs a preposition no rank takes ("rose to 3rd") and no word
 * after it. */
static int
rec_ordinal_day(const char *text, const struct facts_tok *toks, size_t n,
                size_t i, struct facts_match *m)
{
    const struct facts_tok *t = &toks[i], *x = i + 1 < n ? &toks[i + 1] :
        NULL;

    size_t a;
    int month;

    if (!(t->flags & FT_ORD) || !rec_mday(toks, n, i) || i < 1)
        return 0;
    if ((month = rec_letter_month(text, toks, n, i + 1)) != 0) {
        m->e.gran = FACTS_DAY;          /* "the 3rd instant", "23rd ult." */
        m->e.d = t->num;
        m->e.anchor = FACTS_THIS;
        m->e.n = month - 2;
        m->a = rec_lex(toks, n, i - 1, LX_THE) ? i - 1 : i;
        m->b = i + 2 + (toks[i + 1].len <= 4 &&      /* "inst." */
                        rec_punct(toks, n, i + 2, '.') &&
                        rec_joined(toks, n, i + 2));
        return 1;
    }
    a = i - 1;
    if (!rec_lex(toks, n, i - 1, LX_THE)) {
        if (!REC_WORD_IN(text, toks, n, i - 1, day_preps) ||
            word_follows(toks, n, i + 1))
            return 0;
        a = i;
    } else if (i < 2) {
        return 0;
    } else if (i >= 4 && rec_lex(toks, n, i - 2, LX_OF) &&
        rec_lex(toks, n, i - 3, LX_DAYPART) && rec_lex(toks, n, i - 4, LX_THE)) {
        a = i - 4;      /* "on the evening of the 9th" */
    } else if (!day_prep(text, toks, n, i - 2)) {
        return 0;
    }
    if (x && x->kind == FT_WORD && rank_noun(text, toks, n, i + 1))
        return 0;
    if (x && x->kind == FT_WORD && (x->flags & (FT_CAP | FT_UPPER)) &&
        x->lex != LX_MONTH)
        return 0;       /* "the 9th U.S. Circuit", "the 5th Fleet" */
    if (x && x->kind == FT_PUNCT && (x->val == '-' || x->val == '/'))
        return 0;
    if (t->num <= 18 && !(x && x->lex == LX_MONTH) &&
        golf_sentence(text, toks, n))
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.d = t->num;
    m->e.anchor = FACTS_TENSED;
    m->a = a;
    m->b = i + 1;
    rec_month_word_after(toks, n, m);
    return 1;
}

/* The season of a plural season word the year at i belongs to: "the
 * winters of 2020 and 2021" (each year is that year's winter); 0 when
 * there is none. */
static int
seasons_of(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    const struct facts_tok *w;

    while (i >= 2 && (rec_lex(toks, n, i - 1, LX_AND) ||
                      rec_punct(toks, n, i - 1, ',')) && rec_year(toks, n, i - 2))
        i -= 2;                     /* back over "2020 and" */
    if (i < 2 || !rec_lex(toks, n, i - 1, LX_OF) ||
        !rec_lex(toks, n, i - 2, LX_SEASON))
        return 0;
    w = &toks[i - 2];
    return (text[w->off + w->len - 1] | 0x20) == 's' ? w->val : 0;
}

/* A year of the first millennium or after it marked as one: "AD 43",
 * "43 AD", "79 CE", "in 841," and "since 939 and" (three figures after a
 * preposition of time, with no noun after them). None before Christ. */
static int
rec_era_year(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    static const char *const preps[] = {"in", "since", "until", "till",
        "circa"};
    static const char *const ends[] = {"and", "or", "when", "after",
        "before"};
    const struct facts_tok *t = &toks[i];
    int before = i > 0 && toks[i - 1].kind == FT_WORD &&
        (toks[i - 1].flags & FT_UPPER) && rec_word(text, toks, n, i - 1, "ad");
    int after = i + 1 < n && toks[i + 1].kind == FT_WORD &&
        (toks[i + 1].flags & FT_UPPER) &&
        (rec_word(text, toks, n, i + 1, "ad") ||
         rec_word(text, toks, n, i + 1, "ce"));

    if (t->ndig > 4 || t->num < 1 || t->num > 2199 ||
        (t->flags & (FT_GROUPED | FT_ORD | FT_PLURAL)))
        return 0;
    if (!before && !after) {
        if (t->ndig != 3 || i == 0 || !REC_WORD_IN(text, toks, n, i - 1, preps) ||
            !(i + 1 >= n || (toks[i + 1].kind == FT_PUNCT &&
                             strchr(",.;)", toks[i + 1].val)) ||
              REC_WORD_IN(text, toks, n, i + 1, ends)))
            return 0;
    }
    m->e.gran = FACTS_YEAR;
    m->e.y = t->num;
    m->a = before ? i - 1 : i;
    m->b = i + 1 + after;
    return 1;
}

/* A military date-time group: "131915Z MAR 46", "081200Z JUN 2031" (day,
 * hours and minutes, a zone letter, the month and the year). */
static int
rec_date_time_group(const char *text, const struct facts_tok *toks,
                    size_t n, size_t i, struct facts_match *m)
{
    const struct facts_tok *t = &toks[i];
    int d = t->num / 10000, hh = t->num / 100 % 100, mm = t->num % 100;

    (void)text;
    if (t->ndig != 6 || i + 3 >= n || toks[i + 1].kind != FT_WORD ||
        toks[i + 1].len != 1 || !rec_joined(toks, n, i + 1) ||
        !(toks[i + 1].flags & FT_CAP) || !rec_month_name(toks, n, i + 2) ||
        toks[i + 3].kind != FT_NUM ||
        (toks[i + 3].ndig != 2 && toks[i + 3].ndig != 4) ||
        d < 1 || d > 31 || hh > 23 || mm > 59)
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.d = d;
    m->e.m = toks[i + 2].val;
    m->e.y = toks[i + 3].num;
    m->e.anchor = FACTS_ABS;
    m->short_year = toks[i + 3].ndig == 2;
    m->b = i + 4;
    return cal_valid(2000, m->e.m, d);
}

int
rec_num(const char *text, const struct facts_tok *toks, size_t n, size_t i,
        struct facts_match *m)
{
    const struct facts_tok *t = &toks[i];

    if (t->flags & FT_GROUPED)
        return rec_dotted(text, toks, n, i, m) ||
            rec_dotted_day(text, toks, n, i, m);
    if (rec_numeric(toks, n, i, '-', m) || rec_numeric(toks, n, i, '/', m) ||
        rec_day_slash(text, toks, n, i, m) ||
        rec_month_slash_year(text, toks, n, i, m))
        return 1;
    if (rec_day_month(toks, n, i, m) || rec_listed_day(text, toks, n, i, m) ||
        rec_date_time_group(text, toks, n, i, m))
        return 1;
    if (rec_decade(text, toks, n, i, m))
        return 1;
    if (rec_ordinal_day(text, toks, n, i, m))
        return 1;
    if (t->ndig < 4 && rec_era_year(text, toks, n, i, m))
        return 1;
    if (!rec_year(toks, n, i) || year_blocked(text, toks, n, i) ||
        year_code(toks, n, i) || model_year(text, toks, n, i))
        return 0;
    m->e.gran = FACTS_YEAR;
    m->e.y = t->num;
    m->b = i + 1;
    if ((m->e.part = seasons_of(text, toks, n, i)) != 0)
        m->e.gran = FACTS_SEASON;   /* "the winters of 2020 and 2021" */
    return 1;
}
