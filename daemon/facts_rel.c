/* SPDX-License-Identifier: MIT */
/* facts_rel.c - recognise relative dates: yesterday, last week, this spring, ago, Q3. */
#include <string.h>

#include "facts_scan.h"

#define UNIT_GRAN(v) FACTS_UNIT_GRAN(v)
#define UNIT_PL      FACTS_UNIT_PL
#define UNIT_WE      FACTS_UNIT_WE
#define UNIT_X2      FACTS_UNIT_X2

/* A count before a unit: "two", "a", "3". Returns it, or 0. */
static int
count_at(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = &toks[i];

    if (i >= n)
        return 0;
    if (t->kind == FT_WORD && t->lex == LX_NUMWORD)
        return t->val;
    if (t->kind == FT_NUM && !(t->flags & (FT_GROUPED | FT_ORD | FT_PLURAL)) &&
        t->ndig <= 3 && t->num >= 1 &&
        t->num <= 500)
        return t->num;
    return 0;
}

/* Extend a left over "over", "about", "more than", "nearly", ... */
static size_t
approx_left(const char *text, const struct facts_tok *toks, size_t n,
            size_t a)
{
    while (a > 0 && rec_lex(toks, n, a - 1, LX_APPROX)) {
        a--;
        if (rec_word(text, toks, n, a, "than") && a > 0 &&
            (rec_word(text, toks, n, a - 1, "more") ||
             rec_word(text, toks, n, a - 1, "less")))
            a--;
    }
    return a;
}

/* "the first easing in three years", "its highest level in a decade",
 * "the highest dengue transmission in the Southern Cone in four years":
 * "in" after a noun phrase that a first, a last or a superlative opens
 * (no verb or mark between, RANK_REACH words at most) measures a span,
 * no date. at is the "in". */
#define RANK_REACH 8
static const char *const rank[] = {"first", "last", "highest", "lowest",
    "biggest", "largest", "smallest", "best", "worst", "strongest",
    "weakest", "fastest", "slowest", "longest", "shortest", "sharpest",
    "steepest", "deepest", "most", "least"};

static int
record_span(const char *text, const struct facts_tok *toks, size_t n,
            size_t at)
{
    size_t k;

    /* "playing three games in eight days", "has lost 11 points in two
     * months": a count of things before ("closed for three days in three
     * weeks" counts time: a date) */
    if (at >= 2 && toks[at - 1].kind == FT_WORD &&
        toks[at - 1].tense == FACTS_TENSE_NONE &&
        toks[at - 1].lex != LX_UNIT && count_at(toks, n, at - 2) > 1 &&
        text[toks[at - 1].off + toks[at - 1].len - 1] == 's')
        return 1;
    for (k = at; k-- > 0 && k + RANK_REACH >= at;) {
        if (toks[k].kind != FT_WORD || toks[k].tense != FACTS_TENSE_NONE ||
            toks[k].lex == LX_FUT || toks[k].lex == LX_PRES ||
            toks[k].lex == LX_BE || toks[k].lex == LX_SCHED)
            return 0;
        if (REC_WORD_IN(text, toks, n, k, rank) &&
            !(k > 0 && rec_word(text, toks, n, k - 1, "at") &&
              (rec_word(text, toks, n, k, "least") ||
               rec_word(text, toks, n, k, "most"))))    /* "at least" */
            return k + 4 >= at || !(rec_word(text, toks, n, k, "first") ||
                                    rec_word(text, toks, n, k, "last"));
                        /* farther, only a superlative: not "its first
                           full reading of the spring market in two
                           months" */
        if (toks[k].lex == LX_ORDWORD)  /* "a third victory in eight days",
                                           not "will hold a second vote in
                                           two weeks" */
            return facts_tense_before(text, toks, n, at, at + 1) !=
                FACTS_TENSE_FUTURE;
    }
    return 0;
}

/* "have not played a final in ten years", "the worst the region has
 * faced in a decade": a denied perfect, or one a superlative heads,
 * measures a span back, no date. at is the "in". */
static int
perfect_span(const char *text, const struct facts_tok *toks, size_t n,
             size_t at)
{
    size_t k;
    int not = 0;

    for (k = at; k-- > 0 && k + 8 >= at;) {
        if ((toks[k].kind == FT_PUNCT && toks[k].val != '\'') ||
            toks[k].lex == LX_FUT)
            return 0;
        not |= toks[k].lex == LX_NOT;
        if (toks[k].lex == LX_PERF || (not && toks[k].lex == LX_AUXPAST)) {
            while (!not && k-- > 0 && k + 8 >= at && toks[k].kind == FT_WORD)
                not = REC_WORD_IN(text, toks, n, k, rank);
            return not;
        }
    }
    return 0;
}

/* "two years ago this week", "a year ago this month", "ten years ago
 * today", "sixty years ago tomorrow", "fifty years ago last month": the
 * reference's own week, month or day (or the one before or after it:
 * e.n), k years back. */
static void
this_one_back(const char *text, const struct facts_tok *toks, size_t n, int k,
              struct facts_match *m)
{
    size_t j = m->b;
    int g;

    if (rec_lex(toks, n, j, LX_RELDAY)) {
        m->e.gran = FACTS_DAY;          /* "ten years ago today" */
        m->e.n = toks[j].val;
        m->b = j + 1;
    } else if ((rec_word(text, toks, n, j, "this") ||
                rec_word(text, toks, n, j, "last") ||
                rec_word(text, toks, n, j, "next")) &&
               rec_lex(toks, n, j + 1, LX_UNIT) &&
               !(toks[j + 1].val & (UNIT_PL | UNIT_WE)) &&
               ((g = UNIT_GRAN(toks[j + 1].val)) == FACTS_WEEK ||
                g == FACTS_MONTH)) {
        m->e.gran = (enum facts_gran)g;     /* "fifty years ago last
                                               month": the month before
                                               the reference's, then */
        m->e.n = rec_word(text, toks, n, j, "this") ? 0 :
            rec_word(text, toks, n, j, "last") ? -1 : 1;
        m->b = j + 2;
    } else {
        return;
    }
    m->years_back = k;
}

/* "two weeks ago", "over a year ago", "in two months", "three days from
 * now". */
/* The count before token i and where it starts: "three", "20",
 * "twenty-five" (tens, a joined dash, units). */
static int
small_count_before(const struct facts_tok *toks, size_t n, size_t i,
                   size_t *start)
{
    int units = i > 0 ? count_at(toks, n, i - 1) : 0;

    *start = i - 1;
    if (units == 100 && toks[i - 1].kind == FT_WORD && i >= 2 &&
        rec_lex(toks, n, i - 2, LX_NUMWORD) && toks[i - 2].val >= 1 &&
        toks[i - 2].val <= 9) {
        *start = i - 2;         /* "one hundred years ago", "a hundred" */
        return toks[i - 2].val * 100;
    }
    if (units >= 1 && units <= 9 && i >= 3 && toks[i - 1].kind == FT_WORD &&
        rec_punct(toks, n, i - 2, '-') && rec_joined(toks, n, i - 2) &&
        rec_joined(toks, n, i - 1) && rec_lex(toks, n, i - 3, LX_NUMWORD) &&
        toks[i - 3].val >= 20 && toks[i - 3].val % 10 == 0) {
        *start = i - 3;
        return toks[i - 3].val + units;
    }
    return units;
}

/* ... and hundreds with more after "and": "a hundred and fifty",
 * "one hundred and twenty-five". */
static int
count_before(const struct facts_tok *toks, size_t n, size_t i, size_t *start)
{
    int v = small_count_before(toks, n, i, start);
    size_t s = *start;

    if (v >= 1 && v <= 99 && toks[s].kind == FT_WORD && s >= 3 &&
        rec_lex(toks, n, s - 1, LX_AND) && toks[s - 2].kind == FT_WORD &&
        count_at(toks, n, s - 2) == 100 && rec_lex(toks, n, s - 3, LX_NUMWORD) &&
        toks[s - 3].val >= 1 && toks[s - 3].val <= 9) {
        *start = s - 3;
        return toks[s - 3].val * 100 + v;
    }
    return v;
}

/* "a decade ago", "a decade from now": a count of decades is the year
 * ten years back or on, as "ten years ago" is. */
static void
decades_as_years(struct facts_match *m)
{
    if (m->e.gran == FACTS_DECADE) {
        m->e.gran = FACTS_YEAR;
        m->e.n *= 10;
    }
}

static int
rec_ago(const char *text, const struct facts_tok *toks, size_t n, size_t i,
        struct facts_match *m)
{
    size_t c;
    int v = toks[i].val, g = UNIT_GRAN(v), k = count_before(toks, n, i, &c);
    int hence;

    if (!k || (v & UNIT_WE) || g == FACTS_HALF || (k > 1) != !!(v & UNIT_PL) ||
        rec_joined_dash(toks, n, i + 1))
        return 0;       /* "price in a quarter-point cut" */
    if (v & UNIT_X2)
        k *= 2;                 /* "a fortnight ago": two weeks */
    m->e.gran = (enum facts_gran)g;
    m->e.anchor = FACTS_REL;
    if (g == FACTS_MONTH && k == 12 && c >= 2 &&
        rec_word(text, toks, n, c - 1, "time") &&
        rec_word(text, toks, n, c - 2, "this")) {
        m->e.gran = FACTS_YEAR; /* "this time twelve months": a year on */
        m->e.n = 1;
        m->a = c - 2;
        m->b = i + 1;
        return 1;
    }
    if (rec_lex(toks, n, i + 1, LX_AGO) ||
        rec_word(text, toks, n, i + 1, "back")) {    /* "a fortnight back" */
        m->e.n = -k;
        m->a = approx_left(text, toks, n, c);
        m->b = i + 2;
        decades_as_years(m);
        if (m->e.gran == FACTS_YEAR)
            this_one_back(text, toks, n, -m->e.n, m);
        if ((g == FACTS_WEEK || g == FACTS_DAY) &&
            rec_lex(toks, n, m->b, LX_RELDAY) && toks[m->b].val == 0) {
            m->e.gran = FACTS_DAY;      /* "a week ago tonight": that day */
            m->e.n = -k * (g == FACTS_WEEK ? 7 : 1);
            m->b++;
        }
        return 1;
    }
    if (g == FACTS_WEEK && rec_lex(toks, n, i + 1, LX_RELDAY) &&
        !(c > 0 && toks[c - 1].kind == FT_WORD &&
          toks[c - 1].tense == FACTS_TENSE_PAST)) {   /* not "added three
                                                         weeks yesterday" */
        m->e.gran = FACTS_DAY;  /* "a fortnight today", "a week tomorrow" */
        m->e.n = k * 7 + toks[i + 1].val;
        m->a = approx_left(text, toks, n, c);
        m->b = i + 2;
        return 1;
    }
    hence = rec_word(text, toks, n, i + 1, "hence");
    if (hence || (rec_word(text, toks, n, i + 1, "from") &&
                  rec_lex(toks, n, i + 2, LX_NOW))) {
        m->e.n = k;
        m->a = i - 1;
        m->b = hence ? i + 2 : i + 3;
        decades_as_years(m);
        return 1;
    }
    /* "a week from today": that day; "sit for three weeks from
     * tomorrow" is a span that starts tomorrow, which dates itself */
    if ((g == FACTS_DAY || g == FACTS_WEEK) &&
        rec_word(text, toks, n, i + 1, "from") &&
        rec_lex(toks, n, i + 2, LX_RELDAY) &&
        !(c > 0 && rec_word(text, toks, n, c - 1, "for"))) {
        m->e.gran = FACTS_DAY;
        m->e.n = k * (g == FACTS_WEEK ? 7 : 1) + toks[i + 2].val;
        m->a = i - 1;
        m->b = i + 3;
        return 1;
    }
    if (i >= 2 && rec_word(text, toks, n, i - 2, "in") &&
        !rec_lex(toks, n, i + 1, LX_LATER) &&
        !record_span(text, toks, n, i - 2) &&
        !perfect_span(text, toks, n, i - 2)) {
        m->e.n = k;
        m->a = i - 2;
        m->b = i + 1;
        m->future_only = 1;
        return 1;
    }
    return 0;
}

/* "the week" as the one the reference is in: after a verb that closes a
 * trading or working week, or "for" and "on" ("up 2% on the week"), and
 * not followed by words that make it another week ("claims for the week
 * ended Sept. 18"). */
static int
this_week(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const before[] = {"ended", "ends", "end", "ending",
        "finished", "finish", "closed", "close", "closes", "for", "on"};
    static const char *const after[] = {"before", "after", "ahead", "of",
        "earlier", "later", "that", "when", "leading", "following", "prior",
        "to", "in", "which", "ended", "ending", "through", "beginning",
        "starting"};

    return i >= 2 && REC_WORD_IN(text, toks, n, i - 2, before) &&
        !REC_WORD_IN(text, toks, n, i + 1, after) &&
        !rec_apos(toks, n, i + 1) &&
        !(i + 1 < n && toks[i + 1].kind == FT_NUM);  /* "the Week 7 game" */
}

/* "before last" (-1) or "after next" (1) after "the week": the one
 * beyond last or next week; 0 when "last" or "next" goes with what
 * follows ("the week before last year's vote", "before last game"). */
static int
beyond(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    int dir = rec_word(text, toks, n, i + 1, "before") &&
        rec_word(text, toks, n, i + 2, "last") ? -1 :
        rec_word(text, toks, n, i + 1, "after") &&
        rec_word(text, toks, n, i + 2, "next") ? 1 : 0;
    static const char *const clause[] = {"when", "as", "while", "but",
        "so", "he", "she", "it", "i"};
    const struct facts_tok *t = i + 3 < n ? &toks[i + 3] : NULL;

    if (!dir || t == NULL || t->kind != FT_WORD)
        return dir;
    if (rec_apos(toks, n, i + 3) || (t->flags & FT_HEAD))
        return 0;
    return t->tense != FACTS_TENSE_NONE || t->lex == LX_THE ||
        t->lex == LX_PREP || t->lex == LX_FOR || t->lex == LX_AND ||
        t->lex == LX_PRON ||
        t->lex == LX_THAT || REC_WORD_IN(text, toks, n, i + 3, clause) ?
        dir : 0;
}

/* "the week before last" (dir -1), "the month after next" (1): two of
 * unit g from the reference's; i is the unit, after "the". */
static void
unit_beyond(size_t i, int g, int dir, int weekend, struct facts_match *m)
{
    m->e.gran = (enum facts_gran)g;
    m->e.anchor = FACTS_REL;
    m->e.n = 2 * dir;
    m->e.weekend = weekend;
    m->a = i - 1;
    m->b = i + 3;
}

/* "adjourned until the new year", "published in the New Year": the next
 * year (facts_resolve.c keeps it to one said from July on); not "the
 * new year's slogan", "the fourth day of the new year", "the New Year
 * Honours" (a name), "the New Year holidays", "the New Year period"
 * (the festival's days). */
static int
rec_new_year(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    uint8_t c = toks[i].flags & (FT_CAP | FT_UPPER);

    if (UNIT_GRAN(toks[i].val) != FACTS_YEAR || i < 2 ||
        (c && c != FT_CAP) || !rec_word(text, toks, n, i - 1, "new") ||
        (toks[i - 1].flags & (FT_CAP | FT_UPPER)) != c ||
        !rec_lex(toks, n, i - 2, LX_THE) || rec_possessive(toks, n, i + 1) ||
        (c && i + 1 < n && toks[i + 1].kind == FT_WORD &&
         ((toks[i + 1].flags & FT_CAP) ||
          !(toks[i + 1].lex == LX_AND || toks[i + 1].lex == LX_PREP ||
            toks[i + 1].lex == LX_TO || toks[i + 1].lex == LX_FOR))) ||
        (i >= 3 && rec_lex(toks, n, i - 3, LX_OF)))
        return 0;
    m->e.gran = FACTS_YEAR;
    m->e.anchor = FACTS_REL;
    m->e.n = 1;
    m->new_year = 1;
    m->a = i - 2;
    m->b = i + 1;
    return 1;
}

/* "the end of the year", "earlier in the month", "the year 2000". */
static int
rec_the_unit(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    int v = toks[i].val, g = UNIT_GRAN(v), k;

    if ((v & (UNIT_PL | UNIT_X2)) || i < 1)
        return 0;
    if (g == FACTS_WEEK && (v & UNIT_WE) && i >= 2 &&
        rec_word(text, toks, n, i - 1, "past") &&
        rec_lex(toks, n, i - 2, LX_THE)) {
        m->e.gran = FACTS_WEEK;         /* "the past weekend": the last */
        m->e.anchor = FACTS_REL;
        m->e.n = -1;
        m->e.weekend = 1;
        m->a = i - 2;
        m->b = i + 1;
        return 1;
    }
    if (!rec_lex(toks, n, i - 1, LX_THE))
        return 0;
    if (g == FACTS_DAY && rec_lex(toks, n, i + 2, LX_RELDAY) &&
        ((rec_word(text, toks, n, i + 1, "before") && toks[i + 2].val == -1) ||
         (rec_word(text, toks, n, i + 1, "after") && toks[i + 2].val == 1))) {
        m->e.gran = FACTS_DAY;          /* "the day before yesterday" */
        m->e.anchor = FACTS_REL;
        m->e.n = 2 * toks[i + 2].val;
        m->a = i - 1;
        m->b = i + 3;
        return 1;
    }
    if (g != FACTS_DAY && (k = beyond(text, toks, n, i))) {
        unit_beyond(i, g, k, (v & UNIT_WE) != 0, m);
        return 1;
    }
    if (g == FACTS_WEEK && !(v & UNIT_WE) && this_week(text, toks, n, i)) {
        m->e.gran = FACTS_WEEK;         /* "stocks ended the week higher" */
        m->e.anchor = FACTS_REL;
        m->a = i - 1;
        m->b = i + 1;
        return 1;
    }
    if (g == FACTS_YEAR && rec_year(toks, n, i + 1)) {
        m->e.gran = FACTS_YEAR;
        m->e.y = toks[i + 1].num;
        m->a = i - 1;
        m->b = i + 2;
        return 1;
    }
    if (g == FACTS_WEEK && (v & UNIT_WE)) {
        m->e.gran = FACTS_WEEK;
        m->e.weekend = 1;
        m->e.anchor = FACTS_TENSED;
        m->a = i - 1;
        m->b = i + 1;
        return 1;
    }
    if ((g == FACTS_CENTURY || g == FACTS_DECADE) && i >= 3 &&
        rec_lex(toks, n, i - 2, LX_OF) &&
        rec_lex(toks, n, i - 3, LX_PART) && toks[i - 3].val) {
        m->e.gran = g;          /* "by the end of the century|decade" */
        m->e.anchor = FACTS_REL;
        m->b = i + 1;
        m->a = i >= 4 && rec_lex(toks, n, i - 4, LX_THE) ? i - 4 : i - 3;
        return 1;
    }
    if (g > FACTS_YEAR || g == FACTS_HALF || g == FACTS_SEASON || i < 3)
        return 0;
    m->e.gran = (enum facts_gran)g;
    m->e.anchor = FACTS_REL;
    m->b = i + 1;
    if (rec_lex(toks, n, i - 2, LX_OF) && rec_lex(toks, n, i - 3, LX_PART) &&
        toks[i - 3].val) {
        if (g == FACTS_DAY)
            return 0;   /* "the middle of the day": a time of day */
        m->a = i - 3;
        if (i >= 4 && rec_lex(toks, n, i - 4, LX_THE))
            m->a = i - 4;
        return 1;
    }
    if (rec_word(text, toks, n, i - 2, "in") &&
        rec_lex(toks, n, i - 3, LX_LATER)) {
        m->a = i - 3;
        return 1;
    }
    return 0;
}

/* A capitalised season before a capitalised word names something:
 * "the last Winter Session", "the Summer Olympics". */
static int
season_name(const struct facts_tok *toks, size_t n, size_t i)
{
    /* not in a title-case headline: "Bridge To Reopen Next Summer After
     * Repairs" (a preposition or joining word is no name's part) */
    return (toks[i].flags & FT_CAP) && i + 1 < n &&
        toks[i + 1].kind == FT_WORD && (toks[i + 1].flags & FT_CAP) &&
        toks[i + 1].lex != LX_MONTH && toks[i + 1].lex != LX_PREP &&
        toks[i + 1].lex != LX_AND && toks[i + 1].lex != LX_TO &&
        toks[i + 1].lex != LX_FOR;
}

/* this/last/next + week, month, year, weekend, quarter. */
static int
deictic_unit(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    const struct facts_tok *u = &toks[i + 1];
    int g = UNIT_GRAN(u->val), d = toks[i].val;
    int the = i > 0 && rec_lex(toks, n, i - 1, LX_THE);

    if (u->val & (UNIT_PL | UNIT_X2) || g == FACTS_DAY || g == FACTS_HALF)
        return 0;           /* "last fortnight": no calendar week */
    if (rec_punct(toks, n, i + 2, '-') && rec_joined(toks, n, i + 2))
        return 0;       /* "last-minute", "next-year" compounds */
    if (rec_word(text, toks, n, i, "coming") ||
        rec_word(text, toks, n, i, "upcoming")) {
        if (!the)
            return 0;
        m->a = i - 1;
    } else if (rec_word(text, toks, n, i, "previous") || (the && d != 0)) {
        return 0;       /* "the last year" is a duration */
    }
    if (g >= FACTS_DECADE && d != 0)
        return 0;       /* "the last decade" is a duration */
    m->e.gran = (enum facts_gran)g;
    m->e.anchor = FACTS_REL;
    m->e.n = d;
    m->e.weekend = !!(u->val & UNIT_WE);
    m->b = i + 2;
    return 1;
}

/* The end of "<ordinal> <unit> of <month> [year]" from the token after
 * the month, k: the year if one is there, and "the" before the ordinal
 * i. Returns 1. */
static int
of_month(const struct facts_tok *toks, size_t n, size_t i, size_t k,
         struct facts_match *m)
{
    m->e.anchor = FACTS_TENSED;
    m->b = k;
    if (rec_year(toks, n, k)) {
        m->e.y = toks[k].num;
        m->e.anchor = FACTS_ABS;
        m->b = k + 1;
    }
    if (i > 0 && rec_lex(toks, n, i - 1, LX_THE))
        m->a = i - 1;
    return 1;
}

/* "the first Tuesday in November [2024]", "the last Monday of May": j is
 * the weekday, q its number (5: the last). */
static int
rec_nth_weekday(const char *text, const struct facts_tok *toks, size_t n,
                size_t i, size_t j, int q, struct facts_match *m)
{
    if (!rec_lex(toks, n, j, LX_WEEKDAY) || q < 1 || q > 5 ||
        !(rec_lex(toks, n, j + 1, LX_OF) || rec_word(text, toks, n, j + 1, "in")) ||
        !rec_month_name(toks, n, j + 2))
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.hol = FACTS_HOL_NTH;
    m->e.wd = toks[j].val;
    m->e.part = q;
    m->e.m = toks[j + 2].val;
    return of_month(toks, n, i, j + 3, m);
}

static int months_of_year(const char *text, const struct facts_tok *toks,
                          size_t n, size_t i, struct facts_match *m);

/* "last June 2", "next Sept. 3": the month at m->b - 1 with a day after
 * it is that day, the latest before (or the first after) the reference.
 * A year after the day makes it no deictic date ("last June 2, 2020"
 * is left to the month's own rule). */
static void
deictic_month_day(const char *text, const struct facts_tok *toks, size_t n,
                  struct facts_match *m)
{
    static const char *const measure[] = {"percent", "per", "pct",
        "points", "point"};
    size_t j = m->b;

    if (rec_punct(toks, n, j, '.') && rec_joined(toks, n, j))
        j++;
    if (!rec_mday(toks, n, j) || rec_lex(toks, n, j + 1, LX_UNIT) ||
        REC_WORD_IN(text, toks, n, j + 1, measure) ||
        rec_year(toks, n, j + 1) ||
        (rec_punct(toks, n, j + 1, ',') && rec_year(toks, n, j + 2)))
        return;
    m->e.gran = FACTS_DAY;
    m->e.d = toks[j].num;
    m->b = j + 1;
}

static int
rec_deictic(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, struct facts_match *m)
{
    const struct facts_tok *u = &toks[i + 1];
    int d = toks[i].val;
    enum facts_anchor an = d < 0 ? FACTS_PREV : d > 0 ? FACTS_NEXT : FACTS_THIS;

    if (months_of_year(text, toks, n, i, m))
        return 1;

    if (i + 1 >= n || u->kind != FT_WORD ||
        rec_word(text, toks, n, i, "previous"))
        return 0;
    if (d < 0 && i > 0 && rec_lex(toks, n, i - 1, LX_THE) &&
        rec_nth_weekday(text, toks, n, i, i + 1, 5, m))
        return 1;               /* "the last Monday in May" */
    if (d < 0 && u->lex == LX_UNIT && UNIT_GRAN(u->val) == FACTS_WEEK &&
        !(u->val & (UNIT_PL | UNIT_WE)) && rec_lex(toks, n, i + 2, LX_OF) &&
        rec_month_name(toks, n, i + 3) &&
        !rec_word(text, toks, n, i, "previous")) {
        m->e.gran = FACTS_MONTH;        /* "(the) last week of March": a */
        m->e.m = toks[i + 3].val;       /* week of a month is its month */
        return of_month(toks, n, i, i + 4, m);
    }
    if (d == 0 && rec_lex(toks, n, i + 1, LX_UNIT) &&
        UNIT_GRAN(toks[i + 1].val) == FACTS_DAY &&
        !(toks[i + 1].val & UNIT_PL) && rec_word(text, toks, n, i + 2, "in") &&
        rec_year(toks, n, i + 3)) {
        m->e.gran = FACTS_DAY;          /* "on this day in 1961": the */
        m->e.anchor = FACTS_ABS;        /* reference's day that year */
        m->on_this_day = toks[i + 3].num;
        m->b = i + 4;
        return 1;
    }
    if (d == 0 && rec_word(text, toks, n, i + 1, "past") &&
        rec_lex(toks, n, i + 2, LX_UNIT) &&
        UNIT_GRAN(toks[i + 2].val) == FACTS_WEEK &&
        !(toks[i + 2].val & UNIT_PL)) {
        /* "this past weekend": the one just gone */
        m->e.gran = FACTS_WEEK;
        m->e.anchor = FACTS_REL;
        m->e.n = -1;
        m->e.weekend = !!(toks[i + 2].val & UNIT_WE);
        m->b = i + 3;
        return 1;
    }
    m->b = i + 2;
    m->e.anchor = an;
    switch (u->lex) {
    case LX_UNIT:
        return deictic_unit(text, toks, n, i, m);
    case LX_SEASON:
        m->e.gran = FACTS_SEASON;
        m->e.part = u->val;
        return !season_name(toks, n, i + 1);
    case LX_MONTH:
        m->e.gran = FACTS_MONTH;
        m->e.m = u->val;
        deictic_month_day(text, toks, n, m);
        return (u->flags & (FT_CAP | FT_UPPER)) && u->len >= 3;
    case LX_WEEKDAY:
        m->e.gran = FACTS_DAY;
        m->e.wd = u->val;
        rec_daypart(text, toks, n, m);
        /* "the last Saturday before Christmas" is no "last Saturday" */
        return (((u->flags & (FT_CAP | FT_UPPER)) && u->len >= 6) ||
                (u->flags & (FT_CAP | FT_UPPER)) == FT_CAP) &&
            !(i > 0 && rec_lex(toks, n, i - 1, LX_THE) &&
              !rec_word(text, toks, n, i, "coming"));  /* "next Tues"; "on
                                                  the coming Tuesday", as
                                                  translated news says */
    case LX_DAYPART:
        m->e.gran = FACTS_DAY;
        m->e.anchor = FACTS_REL;
        m->e.n = d;
        /* "the last night shift of his life" is no "last night" */
        return !(i > 0 && rec_lex(toks, n, i - 1, LX_THE)) &&
            (d == 0 || (d < 0 && (rec_word(text, toks, n, i + 1, "night") ||
                                  rec_word(text, toks, n, i + 1, "nite"))));
    default:
        return 0;
    }
}

/* A noun at j that a season before it qualifies ("the summer recess"):
 * a lower-case word with no class of its own and no word that opens a
 * clause ("in the summer when"). */
static int
season_noun(const char *text, const struct facts_tok *toks, size_t n,
            size_t j)
{
    static const char *const opener[] = {"when", "while", "as", "before",
        "after", "until", "with", "which", "where", "if", "so", "then",
        "but", "or", "and", "because", "too", "again", "already", "alone",
        "whether", "unless", "although", "though", "than", "once"};

    return j < n && toks[j].kind == FT_WORD &&
        (toks[j].lex == LX_NONE || toks[j].lex == LX_UNIT) &&
        toks[j].tense == FACTS_TENSE_NONE &&
        !(toks[j].flags & (FT_CAP | FT_UPPER)) &&
        !REC_WORD_IN(text, toks, n, j, opener);
}

/* "2011-12" at j after the winter at i: the winter that began in 2011;
 * after a summer, the southern one ("the summer of 1968-69"). */
static int
season_years(const struct facts_tok *toks, size_t n, size_t i, size_t j)
{
    return (toks[i].val == FACTS_WINTER || toks[i].val == FACTS_SUMMER) &&
        j + 2 < n &&
        toks[j].kind == FT_NUM && toks[j].ndig == 4 && toks[j].num >= 1000 &&
        !(toks[j].flags & (FT_GROUPED | FT_ORD | FT_PLURAL)) &&
        rec_punct(toks, n, j + 1, '-') && rec_joined(toks, n, j + 1) &&
        rec_joined(toks, n, j + 2) && toks[j + 2].kind == FT_NUM &&
        toks[j + 2].ndig == 2 && toks[j + 2].num == (toks[j].num + 1) % 100;
}

int
rec_year_word_at(const struct facts_tok *toks, size_t n, size_t j)
{
    return rec_lex(toks, n, j, LX_DEICTIC) && rec_lex(toks, n, j + 1, LX_UNIT) &&
        toks[j + 1].val == FACTS_YEAR && !rec_possessive(toks, n, j + 2);
}

/* "a wet spring", "after a hot, dry summer", "a hard winter", "a mild
 * February": a season or month the weather describes is one that was
 * or will be (not "a warm winter before", "a summer window"). Returns
 * the index of its "a", or i. */
size_t
rec_weather_adj(const char *text, const struct facts_tok *toks, size_t n,
                size_t i)
{
    static const char *const weather[] = {"wet", "dry", "hot", "cold",
        "mild", "hard", "harsh", "long", "cool", "bitter", "snowy", "rainy",
        "sunny", "scorching", "freezing", "stormy", "drier", "wetter",
        "hotter", "colder", "milder", "warmer", "cooler", "warm", "poor",
        "good", "bad", "better", "worse", "strong", "stronger", "weak",
        "weaker", "busy", "busier", "quiet", "quieter", "slow", "slower",
        "tough", "tougher", "record"};
    size_t k = i, adj = 0;

    if (i + 1 < n && toks[i + 1].kind == FT_WORD &&
        !(toks[i + 1].flags & (FT_CAP | FT_UPPER)) &&
        toks[i + 1].tense == FACTS_TENSE_NONE &&
        ((toks[i + 1].lex != LX_AND && toks[i + 1].lex != LX_PREP &&
          toks[i + 1].lex != LX_THAT) ||
         rec_word(text, toks, n, i + 1, "before")))
        return i;               /* "a summer window", "a wet summer before" */
    while (k > 0 && (REC_WORD_IN(text, toks, n, k - 1, weather) ||
                     (adj && (rec_punct(toks, n, k - 1, ',') ||
                              rec_lex(toks, n, k - 1, LX_AND))))) {
        adj += toks[k - 1].kind == FT_WORD && toks[k - 1].lex != LX_AND;
        k--;
    }
    return adj && k > 0 && (rec_word(text, toks, n, k - 1, "a") ||
                            rec_word(text, toks, n, k - 1, "an")) ? k - 1 : i;
}

/* The forms of "spend", which spans a season ("spent the summer"). */
static const char *const spend_forms[] = {"spent", "spend", "spends",
    "spending"};

/* A word before "the" and a season that spans it: "over the summer",
 * "through the winter", "spent the summer", "most of the autumn". */
static int
season_span_word(const char *text, const struct facts_tok *toks, size_t n,
                 size_t k)
{
    static const char *const w[] = {"over", "through", "throughout"};

    return REC_WORD_IN(text, toks, n, k, w) ||
        REC_WORD_IN(text, toks, n, k, spend_forms) ||
        (k > 0 && rec_lex(toks, n, k, LX_OF) &&
         rec_word(text, toks, n, k - 1, "most"));
}

/* "have spent the summer testing the links": after a spending verb
 * before "the" at p, a word in -ing at j is what was done in the season,
 * not a noun it qualifies (but "argued over the summer parking
 * charges"). */
static int
spent_doing(const char *text, const struct facts_tok *toks, size_t n,
            size_t p, size_t j)
{
    return p > 1 && REC_WORD_IN(text, toks, n, p - 2, spend_forms) &&
        facts_ends_ing(text, &toks[j]);
}

/* A word at k that makes the "fall" after it a decline: "the fifth
 * monthly fall", "a sharp fall", "the biggest fall". */
static int
decline(const char *text, const struct facts_tok *toks, size_t n, size_t k)
{
    static const char *const w[] = {"monthly", "weekly", "quarterly",
        "annual", "sharp", "steep", "big", "bigger", "biggest", "small",
        "slight", "further", "sudden", "modest", "record", "price", "steady",
        "dramatic", "marked"};

    return toks[k].kind == FT_WORD && (toks[k].lex == LX_ORDWORD ||
                                       REC_WORD_IN(text, toks, n, k, w));
}

/* "spring 2023", "the summer of 2022", "in the spring", "early autumn". */
static int
rec_season(const char *text, const struct facts_tok *toks, size_t n,
           size_t i, struct facts_match *m)
{
    size_t j = i + 1, p = i;

    m->e.gran = FACTS_SEASON;
    m->e.part = toks[i].val;
    if (i > 0 && count_at(toks, n, i - 1) > 1 && rec_lex(toks, n, j, LX_AGO)) {
        m->e.anchor = FACTS_PREV;       /* "two summers ago" */
        m->e.n = -count_at(toks, n, i - 1);
        m->a = i - 1;
        m->b = j + 1;
        return 1;
    }
    if (text[toks[i].off + toks[i].len - 1] == 's')
        return 0;       /* "summers" only as in "two summers ago" */
    if (i > 0 && toks[i - 1].kind == FT_WORD && season_name(toks, n, i))
        return 0;
    if (i > 0 && (toks[i].flags & (FT_CAP | FT_UPPER)) == FT_CAP &&
        toks[i - 1].kind == FT_WORD && toks[i - 1].lex == LX_NONE &&
        (toks[i - 1].flags & (FT_CAP | FT_UPPER)) == FT_CAP)
        return 0;       /* "the Black Summer of 2019-20", "the Arab Spring":
                           a name */
    if (i > 0 && rec_word(text, toks, n, i, "fall") &&
        decline(text, toks, n, i - 1))
        return 0;       /* "the fifth monthly fall this year", "a sharp
                           fall in 2009": a decline */
    if (rec_lex(toks, n, j, LX_OF) && (rec_year(toks, n, j + 1) ||
                                       season_years(toks, n, i, j + 1) ||
                                       rec_year_word_at(toks, n, j + 1)))
        j++;
    if (season_years(toks, n, i, j)) {
        m->e.y = toks[j].num;   /* "the winter of 2011-12", "the summer
                                   of 1968-69" */
        m->b = j + 3;
        return 1;
    }
    if (rec_year(toks, n, j)) {
        m->e.y = toks[j].num;
        m->b = j + 1;
        return 1;
    }
    if (rec_lex(toks, n, j, LX_OF) && (m->e.y = rec_short_year(toks, n, j + 1))) {
        m->b = j + 3;           /* "the summer of '69" */
        m->short_year = 1;
        return 1;
    }
    if (rec_year_word_at(toks, n, j)) {
        m->e.anchor = FACTS_TENSED;     /* "in autumn last year": see */
        if (p > 0 && rec_lex(toks, n, p - 1, LX_THE))   /* rec_year_word */
            m->a = p - 1;
        m->b = j;
        return 1;
    }
    if (j < n && toks[j].kind == FT_WORD && (toks[j].flags & FT_CAP))
        return 0;       /* "Winter Olympics", "Summer Games" */
    if ((p = rec_weather_adj(text, toks, n, i)) < i) {
        m->e.anchor = FACTS_TENSED;     /* "after a hot, dry summer" */
        m->a = p;
        m->b = i + 1;
        return 1;
    }
    p = i;
    if (rec_lex(toks, n, j, LX_OF))
        return 0;       /* "the fall of Rome" */
    if (p > 0 && rec_lex(toks, n, p - 1, LX_THE) &&
        season_noun(text, toks, n, j) && !spent_doing(text, toks, n, p, j))
        return 0;       /* "before the summer recess", "the winter months" */
    if (p > 0 && rec_lex(toks, n, p - 1, LX_THE))
        p--;
    else if (rec_word(text, toks, n, i, "fall"))
        return 0;       /* "prices fall", "in fall 2023" aside */
    else if (j < n && toks[j].kind == FT_WORD)
        return 0;       /* "on summer weekends": an adjective */
    if (p == 0 || !(rec_lex(toks, n, p - 1, LX_PREP) ||
                    rec_lex(toks, n, p - 1, LX_FOR) ||
                    rec_lex(toks, n, p - 1, LX_TO) ||  /* "moved to the spring" */
                    (p < i && rec_lex(toks, n, p - 1, LX_OF) && p >= 2 &&
                     rec_lex(toks, n, p - 2, LX_PART)) ||
                    rec_lex(toks, n, p - 1, LX_EDGE) ||
                    (p < i && season_span_word(text, toks, n, p - 1))))
        return 0;
    m->e.anchor = FACTS_TENSED;
    m->a = p < i ? p : i;
    m->b = i + 1;
    return 1;
}

/* "of 2024", "of the year", "of last year" after a quarter or half. */
static void
year_of(const char *text, const struct facts_tok *toks, size_t n,
        struct facts_match *m)
{
    size_t j = m->b;

    if (rec_year(toks, n, j) && !rec_joined_dash(toks, n, j + 1)) {
        m->e.y = toks[j].num;   /* "second-quarter 2019 earnings", not
                                   "the second quarter 2019-20" */
        m->e.anchor = FACTS_ABS;
        m->b = j + 1;
        return;
    }
    if (!rec_lex(toks, n, j, LX_OF))
        return;
    if (rec_word(text, toks, n, j + 1, "calendar") && rec_year(toks, n, j + 2))
        j++;            /* "of calendar 2027" */
    if (rec_year(toks, n, j + 1)) {
        m->e.y = toks[j + 1].num;
        m->e.anchor = FACTS_ABS;
        m->b = j + 2;
    } else if (rec_lex(toks, n, j + 1, LX_THE) ||
               rec_lex(toks, n, j + 1, LX_DEICTIC)) {
        size_t y = j + 2 + rec_word(text, toks, n, j + 2, "calendar");
        if (!rec_word(text, toks, n, y, "year"))
            return;     /* "of the [calendar] year" */
        m->e.anchor = FACTS_THIS;
        m->e.n = toks[j + 1].lex == LX_DEICTIC ? toks[j + 1].val : 0;
        m->b = y + 1;
    }
}

/* "the first three weeks of October", "the last ten days of March": the
 * month, as "the second week of December" is; i is "first" or "last". */
static int
weeks_of_month(const struct facts_tok *toks, size_t n, size_t i,
               struct facts_match *m)
{
    int k = count_at(toks, n, i + 1), g;

    if (k < 2 || k > 31 || !rec_lex(toks, n, i + 2, LX_UNIT) ||
        !(toks[i + 2].val & UNIT_PL) ||
        ((g = UNIT_GRAN(toks[i + 2].val)) != FACTS_WEEK && g != FACTS_DAY) ||
        !rec_lex(toks, n, i + 3, LX_OF) || !rec_month_name(toks, n, i + 4))
        return 0;
    memset(&m->e, 0, sizeof m->e);
    m->e.gran = FACTS_MONTH;
    m->e.m = toks[i + 4].val;
    return of_month(toks, n, i, i + 5, m);
}

/* "the first three months of 2027", "the last six months of the year",
 * "the final three months of 2036": a quarter or a half, said by its
 * months; with no year after it, a span ("the last three months"). i is
 * "first", "last" or "final". */
static int
months_of_year(const char *text, const struct facts_tok *toks, size_t n,
               size_t i, struct facts_match *m)
{
    int first = rec_word(text, toks, n, i, "first"), k;

    if (!(first || rec_word(text, toks, n, i, "last") ||
          rec_word(text, toks, n, i, "final")) || i == 0 ||
        !rec_lex(toks, n, i - 1, LX_THE))
        return 0;
    if (weeks_of_month(toks, n, i, m))
        return 1;
    if (((k = count_at(toks, n, i + 1)) != 3 && k != 6) ||
        !rec_lex(toks, n, i + 2, LX_UNIT) ||
        UNIT_GRAN(toks[i + 2].val) != FACTS_MONTH ||
        !(toks[i + 2].val & UNIT_PL))
        return 0;
    memset(&m->e, 0, sizeof m->e);
    m->e.gran = k == 3 ? FACTS_QUARTER : FACTS_HALF;
    m->e.part = first ? 1 : k == 3 ? 4 : 2;
    m->e.anchor = FACTS_TENSED;
    m->a = i - 1;
    m->b = i + 3;
    year_of(text, toks, n, m);
    return m->e.anchor != FACTS_TENSED;
}

int
rec_game_score(const struct facts_tok *toks, size_t n, size_t i)
{
    return toks[i].kind == FT_NUM && toks[i].ndig <= 3 &&
        !(toks[i].flags & FT_GROUPED) && rec_punct(toks, n, i + 1, '-') &&
        rec_joined(toks, n, i + 1) && rec_joined(toks, n, i + 2) &&
        i + 2 < n && ((toks[i + 2].kind == FT_NUM && toks[i + 2].ndig <= 3) ||
                      (toks[i + 2].kind == FT_WORD &&
                       toks[i + 2].lex == LX_SPORT));
}

/* A year-less quarter is a fiscal one unless the sentence is about a game
 * ("scored 12 points in the third quarter") and not about money. */
int
rec_money_period(const char *text, const struct facts_tok *toks, size_t n,
                 int half)
{
    size_t i;
    int biz = 0, sport = 0;

    for (i = 0; i < n; i++) {
        biz += (toks[i].kind == FT_WORD && toks[i].lex == LX_BIZ) ||
            (toks[i].kind == FT_PUNCT && toks[i].val == '%') ||
            (rec_lex(toks, n, i, LX_UNIT) &&    /* "in the first half of */
             (UNIT_GRAN(toks[i].val) == FACTS_HALF ||      /* 2024, and */
              UNIT_GRAN(toks[i].val) == FACTS_QUARTER) &&  /* ... in the */
             rec_lex(toks, n, i + 1, LX_OF) &&             /* second */
             rec_year(toks, n, i + 2));                    /* half" */
        sport += (toks[i].kind == FT_WORD && toks[i].lex == LX_SPORT &&
                  !(i > 0 && rec_word(text, toks, n, i - 1, "same"))) ||
            rec_game_score(toks, n, i);     /* not "the same period" */
    }
    /* "the second half" of a match is far more common than a quarter of
     * one, so a half wants money words; a game's "loss" is no money
     * ("hurt in the third quarter of Sunday's 21-14 loss"). */
    return (biz && biz >= sport) || (!sport && !half);
}

/* "the first day of March [2028]": that day; "the second week of
 * December", "the second half of December": the month, as a week of a
 * month is no ISO week. j is the unit, q the ordinal. */
static int
rec_part_of_month(const struct facts_tok *toks, size_t n, size_t i, size_t j,
                  int q, struct facts_match *m)
{
    int g = UNIT_GRAN(toks[j].val);

    if (!(g == FACTS_DAY || g == FACTS_WEEK || (g == FACTS_HALF && q <= 2)) ||
        q > 4 || !rec_lex(toks, n, j + 1, LX_OF) ||
        !rec_month_name(toks, n, j + 2))
        return 0;       /* "the second half of December": that month */
    m->e.gran = g == FACTS_DAY ? FACTS_DAY : FACTS_MONTH;
    m->e.m = toks[j + 2].val;
    m->e.d = g == FACTS_DAY ? q : 0;
    return of_month(toks, n, i, j + 3, m);
}

/* "the first of March [2024]", "the Fourth of July": day q of that
 * month; i is the ordinal word, after "the". */
static int
ordinal_of_month(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i, int q, struct facts_match *m)
{
    if (i == 0 || !rec_lex(toks, n, i - 1, LX_THE) ||
        rec_word(text, toks, n, i, "final") ||
        !rec_lex(toks, n, i + 1, LX_OF) || !rec_month_name(toks, n, i + 2) ||
        rec_name_word(toks, n, i + 3) || rec_apos(toks, n, i + 3))
        return 0;       /* not "The Fourth Of July Band", "the first of
                           May's two defeats" */
    m->e.gran = FACTS_DAY;
    m->e.d = q;
    m->e.m = toks[i + 2].val;
    m->a = i - 1;
    m->b = i + 3;
    if (!rec_year_after(toks, n, m))
        m->e.anchor = FACTS_TENSED;
    return 1;
}

/* A business noun at j, maybe after a compound ("second-quarter
 * results", "first-quarter current-account data"). */
static int
reported_on(const struct facts_tok *toks, size_t n, size_t j)
{
    size_t k;

    for (k = j; k < n && k < j + 4; k++) {
        if (rec_lex(toks, n, k, LX_BIZ))
            return 1;
        if (!(rec_punct(toks, n, k, '-') || (toks[k].kind == FT_WORD &&
              toks[k].lex == LX_NONE && !(toks[k].flags & FT_CAP) &&
              toks[k].tense == FACTS_TENSE_NONE)))
            return 0;
    }
    return 0;
}

/* "the third quarter [of 2022]", "the first half of 2024", "third-quarter". */
static int
rec_ordinal(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, struct facts_match *m)
{
    size_t j = i + 1;
    int q = toks[i].val, g;

    if (rec_nth_weekday(text, toks, n, i, j, q, m) ||
        months_of_year(text, toks, n, i, m))
        return 1;
    m->b = j;
    if (i > 0 && rec_lex(toks, n, i - 1, LX_THE) && q >= 1 &&
        rec_month_word_after(toks, n, m)) {
        m->e.gran = FACTS_DAY;          /* "the first of next month" */
        m->e.d = q;
        m->a = i - 1;
        return 1;
    }
    if (ordinal_of_month(text, toks, n, i, q, m))
        return 1;
    if (rec_punct(toks, n, j, '-') && rec_joined(toks, n, j))
        j++;
    if (!rec_lex(toks, n, j, LX_UNIT) || (toks[j].val & ~0x0f))
        return 0;
    if (!rec_word(text, toks, n, i, "final") &&
        rec_part_of_month(toks, n, i, j, q, m))
        return 1;
    g = UNIT_GRAN(toks[j].val);
    if (!(g == FACTS_QUARTER || (g == FACTS_HALF && q <= 2)))
        return 0;
    if (rec_word(text, toks, n, i, "final") && g == FACTS_QUARTER)
        q = 4;
    m->e.gran = (enum facts_gran)g;
    m->e.part = q;
    m->e.anchor = FACTS_TENSED;
    m->b = j + 1;
    if (i > 0 && rec_lex(toks, n, i - 1, LX_THE))
        m->a = i - 1;
    year_of(text, toks, n, m);
    /* "second-quarter results", "the quarter ended Sept. 30": a period
     * reported on. */
    m->results = reported_on(toks, n, m->b) ||
        rec_word(text, toks, n, m->b, "ended") ||
        rec_word(text, toks, n, m->b, "ending");
    return m->e.anchor != FACTS_TENSED ||
        rec_money_period(text, toks, n, g == FACTS_HALF);
}

/* "by year-end", "at month-end": the end of this year or month, at its
 * granularity as "the end of the year" is ("the year-end figures" are
 * not dated). */
static int
rec_year_end(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    if ((toks[i].val != FACTS_YEAR && toks[i].val != FACTS_MONTH) || i == 0 ||
        !(rec_lex(toks, n, i - 1, LX_PREP) || rec_lex(toks, n, i - 1, LX_TO)) ||
        !rec_punct(toks, n, i + 1, '-') ||
        !rec_joined(toks, n, i + 1) || !rec_joined(toks, n, i + 2) ||
        !rec_word(text, toks, n, i + 2, "end"))
        return 0;
    m->e.gran = (enum facts_gran)toks[i].val;
    m->e.anchor = FACTS_REL;
    m->b = i + 3;
    return 1;
}

/* "week 42 of 2025": an ISO week by number, as health agencies and
 * retailers count them. */
static int
rec_week_number(const struct facts_tok *toks, size_t n, size_t i,
                struct facts_match *m)
{
    const struct facts_tok *w = i + 1 < n ? &toks[i + 1] : NULL;

    if (toks[i].val != FACTS_WEEK || w == NULL || w->kind != FT_NUM ||
        w->ndig > 2 || w->num < 1 || w->num > 53 ||
        (w->flags & (FT_GROUPED | FT_ORD | FT_PLURAL)))
        return 0;
    m->e.gran = FACTS_WEEK;
    m->e.part = w->num;
    if (rec_lex(toks, n, i + 2, LX_OF) && rec_year(toks, n, i + 3)) {
        m->e.anchor = FACTS_ABS;
        m->e.y = toks[i + 3].num;
        m->b = i + 4;
        return 1;
    }
    /* "in week 38", "week 53 of last year" (shipping's and industry's
     * ISO weeks); not "Week 17" of a league, nor "week 3 of the trial" */
    if ((toks[i].flags & (FT_CAP | FT_UPPER)) ||
        (rec_joined(toks, n, i + 2) && !(toks[i + 2].kind == FT_PUNCT &&
                                         strchr(".,;)", toks[i + 2].val))))
        return 0;
    m->e.anchor = FACTS_THIS;
    m->b = i + 2;
    if (rec_lex(toks, n, m->b, LX_OF) && rec_lex(toks, n, m->b + 1, LX_DEICTIC) &&
        rec_lex(toks, n, m->b + 2, LX_UNIT) &&
        UNIT_GRAN(toks[m->b + 2].val) == FACTS_YEAR) {
        m->e.n = toks[m->b + 1].val;
        m->b += 3;
    } else if (rec_lex(toks, n, m->b, LX_OF) ||
               rec_lex(toks, n, m->b, LX_UNIT)) {
        return 0;
    }
    return 1;
}

/* "this day week", "this day fortnight" (Irish and British English): a
 * week or two from today. i is "day". */
static int
rec_day_week(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    int w = i + 1 < n ? toks[i + 1].val : 0;

    if (UNIT_GRAN(toks[i].val) != FACTS_DAY || (toks[i].val & UNIT_PL) ||
        i == 0 || !rec_word(text, toks, n, i - 1, "this") ||
        !rec_lex(toks, n, i + 1, LX_UNIT) || UNIT_GRAN(w) != FACTS_WEEK ||
        (w & (UNIT_PL | UNIT_WE)))
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.anchor = FACTS_REL;
    m->e.n = w & UNIT_X2 ? 14 : 7;
    m->a = i - 1;
    m->b = i + 2;
    return 1;
}

/* "to-day", "to-morrow", "to-night", as older papers wrote them: the
 * word at i after a joined "to-". */
static int
old_relday(const char *text, const struct facts_tok *toks, size_t n,
           size_t i, struct facts_match *m)
{
    int d;

    if (i < 2 || !rec_punct(toks, n, i - 1, '-') || !rec_joined(toks, n, i - 1) ||
        !rec_joined(toks, n, i) || !rec_word(text, toks, n, i - 2, "to") ||
        (i >= 4 && rec_punct(toks, n, i - 3, '-') && rec_joined(toks, n, i - 2)))
        return 0;       /* not "day-to-day" */
    if (rec_word(text, toks, n, i, "day") || rec_word(text, toks, n, i, "night"))
        d = 0;
    else if (rec_word(text, toks, n, i, "morrow"))
        d = 1;
    else
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.anchor = FACTS_REL;
    m->e.n = d;
    m->a = i - 2;
    m->b = i + 1;
    rec_daypart(text, toks, n, m);
    return 1;
}

int
rec_relative(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    const struct facts_tok *t = &toks[i];

    if (old_relday(text, toks, n, i, m))
        return 1;
    switch (t->lex) {
    case LX_RELDAY:
        if (rec_word(text, toks, n, i, "morrow"))
            return 0;           /* "on the morrow": the day after the event */
        m->e.gran = FACTS_DAY;
        m->e.anchor = FACTS_REL;
        m->e.n = t->val;
        m->b = i + 1;
        rec_daypart(text, toks, n, m);
        return 1;
    case LX_DEICTIC:
        return rec_deictic(text, toks, n, i, m);
    case LX_UNIT:
        return rec_day_week(text, toks, n, i, m) ||
            rec_week_number(toks, n, i, m) ||
            rec_year_end(text, toks, n, i, m) ||
            rec_ago(text, toks, n, i, m) ||
            rec_new_year(text, toks, n, i, m) ||
            rec_the_unit(text, toks, n, i, m) ||
            rec_name_day(text, toks, n, i, m) ||
            rec_holiday(text, toks, n, i, m);
    case LX_HOLIDAY:
        return rec_holiday(text, toks, n, i, m);
    case LX_SEASON:
        return rec_season(text, toks, n, i, m);
    case LX_ORDWORD:
        return rec_ordinal(text, toks, n, i, m);
    default:
        return 0;
    }
}

/* One step left: "mid-", "early", "later", "the end of", "on", "in".
 * Returns the new start, or a when nothing extends it. */
static size_t
left_step(const char *text, const struct facts_tok *toks, size_t n, size_t a,
          int *prep)
{
    if (a >= 2 && rec_punct(toks, n, a - 1, '-') && rec_joined(toks, n, a) &&
        rec_joined(toks, n, a - 1) && (rec_lex(toks, n, a - 2, LX_EDGE) ||
                                       (rec_lex(toks, n, a - 2, LX_PART) &&
                                        toks[a - 2].val)))
        return a - 2;           /* "mid-April", "end-March" */
    if (a >= 1 && (rec_lex(toks, n, a - 1, LX_EDGE) ||
                   rec_lex(toks, n, a - 1, LX_LATER)))
        return a - 1;
    if (a >= 2 && rec_lex(toks, n, a - 1, LX_OF) &&
        rec_lex(toks, n, a - 2, LX_PART) && toks[a - 2].val)
        return a >= 3 && rec_lex(toks, n, a - 3, LX_THE) ? a - 3 : a - 2;
    if (a >= 1 && !*prep && (rec_word(text, toks, n, a - 1, "on") ||
                             rec_word(text, toks, n, a - 1, "in"))) {
        *prep = 1;
        return a - 1;
    }
    return a;
}

/* After the first of two coordinated dates, which ends before j ("Jan.
 * 1 and Dec. 31", "March to May"): the end of the second, or 0. */
static size_t
second_date_end(const struct facts_tok *toks, size_t n, size_t j)
{
    if (!rec_lex(toks, n, j, LX_AND) && !rec_lex(toks, n, j, LX_TO) &&
        !rec_joined_dash(toks, n, j))
        return 0;
    if (rec_mday(toks, n, j + 1) && rec_month_name(toks, n, j + 2))
        return j + 3;
    if (!rec_month_name(toks, n, j + 1))
        return 0;
    j += 2;
    j += rec_punct(toks, n, j, '.') && rec_joined(toks, n, j);
    return j + rec_mday(toks, n, j);
}

/* The year_word code of the year word at j: 2 + the year's offset from
 * the reference's (last 1, this 2, next 3). */
static int
year_word_code(const struct facts_tok *toks, size_t j)
{
    return 2 + (toks[j].val > 0) - (toks[j].val < 0);
}

/* A holiday a rule or the story's country places, then its year:
 * "on Independence Day last year", "Easter next year", "on Independence
 * Day two years ago" (after "on" only: "over Easter two years ago" is a
 * period). */
static void
holiday_year_word(const char *text, const struct facts_tok *toks, size_t n,
                  struct facts_match *m)
{
    int back;

    if (rec_year_word_at(toks, n, m->b)) {
        m->year_word = year_word_code(toks, m->b);
        m->b += 2;
    } else if (m->a > 0 && rec_word(text, toks, n, m->a - 1, "on") &&
               (back = count_at(toks, n, m->b)) > 0 &&
               rec_lex(toks, n, m->b + 1, LX_UNIT) &&
               FACTS_UNIT_GRAN(toks[m->b + 1].val) == FACTS_YEAR &&
               rec_lex(toks, n, m->b + 2, LX_AGO)) {
        m->hol_back = back;
        m->b += 3;
    }
}

/* "on 12 April next year", "in March last year", "in the spring of
 * last year": the year word after a month, a day, a season or a holiday
 * is its year, and one expression with it; "between Jan. 1 and Dec. 31
 * of last year": the second date's is the first's too. */
void
rec_year_word(const char *text, const struct facts_tok *toks, size_t n,
              struct facts_match *m)
{
    size_t j = m->b + (rec_lex(toks, n, m->b, LX_OF) &&
                       rec_year_word_at(toks, n, m->b + 1)), e;
    int own = 1;

    if (m->e.anchor == FACTS_TENSED && m->e.hol && m->e.gran == FACTS_DAY) {
        holiday_year_word(text, toks, n, m);
        return;
    }
    if (m->e.anchor != FACTS_TENSED || m->e.hol ||
        !((m->e.m && (m->e.gran == FACTS_DAY || m->e.gran == FACTS_MONTH)) ||
          (m->e.part && (m->e.gran == FACTS_SEASON ||
                         m->e.gran == FACTS_QUARTER))))
        return;         /* ... "the April-June quarter of next year" */
    if (!rec_year_word_at(toks, n, j) && m->e.m &&
        (e = second_date_end(toks, n, m->b)) != 0) {
        j = e + (rec_lex(toks, n, e, LX_OF) || rec_punct(toks, n, e, ','));
        own = 0;
    }
    if (!rec_year_word_at(toks, n, j))
        return;
    m->year_word = year_word_code(toks, j);
    if (own)
        m->b = j + 2;
}

void
rec_extend_left(const char *text, const struct facts_tok *toks, size_t n,
                struct facts_match *m)
{
    int prep = rec_word(text, toks, n, m->a, "in") ||
        rec_word(text, toks, n, m->a, "on");
    size_t a;

    while ((a = left_step(text, toks, n, m->a, &prep)) != m->a)
        m->a = a;
}
