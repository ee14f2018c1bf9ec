/* SPDX-License-Identifier: MIT */
/* facts_rec.c - recognise absolute dates: month names and weekdays; the recogniser's entry point. */
#include <string.h>

#include "facts_scan.h"

int
rec_punct(const struct facts_tok *toks, size_t n, size_t i, char c)
{
    return i < n && toks[i].kind == FT_PUNCT && toks[i].val == c;
}

int
rec_lex(const struct facts_tok *toks, size_t n, size_t i, int lex)
{
    return i < n && toks[i].kind == FT_WORD && toks[i].lex == lex;
}

int
rec_word_in(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, const char *const *w, size_t nw)
{
    size_t k;
    char c;

    if (i >= n || toks[i].kind != FT_WORD)
        return 0;
    c = (char)(text[toks[i].off] | 0x20);
    for (k = 0; k < nw; k++)    /* the first letter turns most away */
        if (w[k][0] == c && rec_word(text, toks, n, i, w[k]))
            return 1;
    return 0;
}

/* Token i follows token i-1 with no space between. */
int
rec_joined(const struct facts_tok *toks, size_t n, size_t i)
{
    return i < n && !(toks[i].flags & FT_SPACE);
}

int
rec_name_word(const struct facts_tok *toks, size_t n, size_t j)
{
    return j < n && toks[j].kind == FT_WORD && (toks[j].flags & FT_CAP) &&
        !(toks[j].flags & FT_UPPER) && toks[j].lex == LX_NONE &&
        toks[j].len > 1;        /* not "Memorial Day I was in Georgia" */
}

int
rec_apos(const struct facts_tok *toks, size_t n, size_t i)
{
    return i < n && (toks[i].kind == FT_PUNCT || toks[i].kind == FT_OTHER) &&
        toks[i].val == '\'';
}

int
rec_possessive(const struct facts_tok *toks, size_t n, size_t i)
{
    return rec_joined(toks, n, i) && rec_apos(toks, n, i);
}

/* A plain four-digit year 1000..2199 at i: not a code or a range of
 * figures joined on ("2027-31", "1998/9", "2027:14"; "(2027: 3.5)", a
 * prior year's figure, is a year). */
int
rec_year(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = &toks[i];

    return i < n && t->kind == FT_NUM && t->ndig == 4 &&
        !(t->flags & (FT_GROUPED | FT_ORD | FT_PLURAL)) && t->num >= 1000 &&
        t->num <= 2199 && !rec_punct(toks, n, i + 1, '%') &&
        !(rec_joined(toks, n, i + 1) && (rec_punct(toks, n, i + 1, '-') ||
                                         rec_punct(toks, n, i + 1, '/') ||
                                         rec_punct(toks, n, i + 1, ':')) &&
          i + 2 < n && rec_joined(toks, n, i + 2) &&
          toks[i + 2].kind == FT_NUM && toks[i + 2].ndig != 4);
}

int
rec_clock_at(const struct facts_tok *toks, size_t n, size_t i)
{
    return i + 2 < n && toks[i].kind == FT_NUM && toks[i].ndig <= 2 &&
        rec_punct(toks, n, i + 1, ':') && rec_joined(toks, n, i + 1) &&
        rec_joined(toks, n, i + 2) && toks[i + 2].kind == FT_NUM &&
        toks[i + 2].ndig == 2;
}

/* A day of the month at i: 1..31, at most two digits, maybe "21st";
 * not a count of units ("24-month"). */
int
rec_mday(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = &toks[i];

    return i < n && t->kind == FT_NUM && t->ndig <= 2 && t->num >= 1 &&
        t->num <= 31 && !(t->flags & (FT_GROUPED | FT_PLURAL)) &&
        !rec_clock_at(toks, n, i) && !rec_punct(toks, n, i + 1, '%') &&
        !(rec_joined_dash(toks, n, i + 1) && rec_joined(toks, n, i + 2) &&
          rec_lex(toks, n, i + 2, LX_UNIT));    /* "its August 24-month
                                                   study" */
}

/* A month name that can head a date: capitalised (or all caps). */
int
rec_month_name(const struct facts_tok *toks, size_t n, size_t i)
{
    return rec_lex(toks, n, i, LX_MONTH) &&
        (toks[i].flags & (FT_CAP | FT_UPPER));
}

static int
month_abbrev(const struct facts_tok *t)
{
    return t->len <= 4 && !(t->val == 5) &&
        !(t->len == 4 && (t->val == 6 || t->val == 7));
}

/* Months that are also common words or names need date context. */
static int
month_ambiguous(const struct facts_tok *t)
{
    return t->val == 3 || t->val == 4 || t->val == 5 || t->val == 6 ||
        t->val == 8 || month_abbrev(t);
}

/* "its", "their", "his", "her", "our" at i. */
int
rec_owner(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const owners[] = {"its", "their", "his", "her",
                                         "our"};

    return REC_WORD_IN(text, toks, n, i, owners);
}

/* "the holiday quarter, which for most chains runs through January": a
 * quarter or a season before i in its clause, whose span the month
 * defines, any year's. */
static int
period_defined(const char *text, const struct facts_tok *toks, size_t n,
               size_t i)
{
    size_t k;

    for (k = i; k-- > 0 && k + 10 > i;) {
        if (toks[k].kind == FT_PUNCT && toks[k].val == ';')
            return 0;
        if ((rec_lex(toks, n, k, LX_UNIT) &&
             FACTS_UNIT_GRAN(toks[k].val) == FACTS_QUARTER) ||
            rec_word(text, toks, n, k, "season"))
            return 1;
    }
    return 0;
}

int
rec_commodity_word(const char *text, const struct facts_tok *toks,
                   size_t n, size_t j)
{
    static const char *const w[] = {"corn", "wheat", "soybeans", "soybean",
        "soyoil", "soymeal", "oats", "canola", "barley", "rapeseed",
        "crude", "brent", "wti", "oil", "gas", "gasoline", "rbob", "gasoil",
        "diesel", "copper", "aluminium", "aluminum", "nickel", "zinc",
        "gold", "silver", "platinum", "palladium", "sugar", "coffee",
        "arabica", "robusta", "cocoa", "cotton", "cattle", "hogs", "rubber",
        "palm", "wool", "lumber"};

    return REC_WORD_IN(text, toks, n, j, w);
}

int
rec_contract_word(const char *text, const struct facts_tok *toks, size_t n,
                  size_t j)
{
    static const char *const w[] = {"contract", "contracts", "futures",
        "delivery", "prompt", "loading", "shipment", "shipments", "arrival",
        "arrivals", "cargoes", "expiry"};

    return j < n && toks[j].kind == FT_WORD &&
        !(toks[j].flags & FT_UPPER && toks[j].len > 4) &&
        (rec_commodity_word(text, toks, n, j) ||
         REC_WORD_IN(text, toks, n, j, w));
}

/* Context words that make a lone month name a date: "in", "since", "early",
 * "mid-", "of", "or" after another month. */
static int
month_context(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    const struct facts_tok *p;

    if (rec_contract_word(text, toks, n, i + 1))
        return 1;               /* "March corn", "the July contract" */
    if (i == 0)
        return 0;
    p = &toks[i - 1];
    /* "than July last year", "with May of last year": a month its year
     * word places (not "Theresa May last year said") */
    if ((toks[i].flags & FT_CAP) &&
        (rec_year_word_at(toks, n, i + 1) ||
         (rec_lex(toks, n, i + 1, LX_OF) && rec_year_word_at(toks, n, i + 2))))
        return !(month_ambiguous(&toks[i]) && p->kind == FT_WORD &&
                 (p->flags & FT_CAP) && p->lex == LX_NONE);
    if (p->kind == FT_PUNCT && p->val == '-' && i >= 2 &&
        (toks[i - 2].lex == LX_EDGE || (toks[i - 2].lex == LX_PART &&
                                        toks[i - 2].val)))
        return 1;               /* "mid-April", "end-March" */
    if (p->kind != FT_WORD)
        return 0;
    if (p->lex == LX_OF)
        /* "the last day of February", "the first of March": a habit or a
         * part of some month, not a date. */
        return !(i >= 2 && (rec_lex(toks, n, i - 2, LX_UNIT) ||
                            rec_lex(toks, n, i - 2, LX_ORDWORD)));
    if (p->lex == LX_PREP || p->lex == LX_EDGE || p->lex == LX_TO ||
        p->lex == LX_DEICTIC || p->lex == LX_LATER || p->lex == LX_FOR ||
        rec_weather_adj(text, toks, n, i) < i ||
        (rec_word(text, toks, n, i - 1, "through") &&
         !period_defined(text, toks, n, i - 1)) ||
        rec_word(text, toks, n, i - 1, "come"))
        return 1;       /* ... "a mild February", "runs through
                           September", "Come June" */
    /* "the August to October period": the first month of a span */
    if (p->lex == LX_THE && rec_lex(toks, n, i + 1, LX_TO) &&
        rec_month_name(toks, n, i + 2))
        return 1;
    /* "will release August figures", "May sales rose": a month before
     * a noun of figures dates them */
    if (i + 1 < n && toks[i + 1].lex == LX_BIZ &&
        !(toks[i + 1].flags & (FT_CAP | FT_UPPER)) && !month_abbrev(&toks[i]) &&
        !(p->kind == FT_WORD && (p->flags & FT_CAP) && p->lex == LX_NONE))
        return 1;       /* not "Theresa May figures prominently" */
    /* "the November jobs report", "its October jobs report": a month as
     * the adjective of a noun;
     * a month that is also a name wants a noun of figures or events
     * ("the May inflation data", not "the May government"). */
    if ((p->lex == LX_THE || rec_owner(text, toks, n, i - 1) ||
         (i >= 2 && rec_word(text, toks, n, i - 1, "s") &&
          rec_apos(toks, n, i - 2))) &&     /* "the council's May meeting" */
        !month_abbrev(&toks[i]) && i + 1 < n &&
        toks[i + 1].kind == FT_WORD && !(toks[i + 1].flags & FT_CAP) &&
        toks[i + 1].tense == FACTS_TENSE_NONE &&
        ((toks[i + 1].lex == LX_NONE && !month_ambiguous(&toks[i])) ||
         toks[i + 1].lex == LX_QTY || toks[i + 1].lex == LX_BIZ ||
         toks[i + 1].lex == LX_EVENT))
        return 1;
    /* "March and May", "between March 2022 and September" (a month that
     * is also a name only after another month: "on March 12 and May
     * said") */
    return p->lex == LX_AND && i >= 2 && (rec_lex(toks, n, i - 2, LX_MONTH) ||
        (toks[i - 2].kind == FT_NUM && rec_lex(toks, n, i - 3, LX_MONTH) &&
         !month_ambiguous(&toks[i])));
}

/* An unambiguous month name with no context word before it is a date at
 * the start of a clause ("February was mild", "Copernicus said December
 * was the warmest", "said that March had been wet": after a verb or
 * "that" and before one), not after another word ("the warmest
 * February", "a cold February"). */
static int
month_alone(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *p = i ? &toks[i - 1] : NULL;

    if (p == NULL || p->kind == FT_PUNCT || p->kind == FT_OTHER)
        return 1;
    return (p->lex == LX_THAT || (p->kind == FT_WORD &&
                                  p->tense != FACTS_TENSE_NONE)) &&
        i + 1 < n && toks[i + 1].kind == FT_WORD &&
        (toks[i + 1].lex == LX_BE || toks[i + 1].lex == LX_PERF ||
         toks[i + 1].lex == LX_AUXPAST ||
         (toks[i + 1].tense != FACTS_TENSE_NONE &&
          !(toks[i + 1].flags & FT_CAP)));
}

/* A month's name that is its whole line, a colon after it or not: a
 * heading ("MARCH", "June:"), even of a month that is also a name. */
static int
month_heading(const struct facts_tok *toks, size_t n, size_t i)
{
    return i == 0 && (n == 1 || (n == 2 && toks[1].kind == FT_PUNCT &&
                                 toks[1].val == ':'));
}

/* "of 2021" after a period: its year. */
static void
year_of_month(const struct facts_tok *toks, size_t n, struct facts_match *m)
{
    if (rec_lex(toks, n, m->b, LX_OF) && rec_year(toks, n, m->b + 1)) {
        m->e.y = toks[m->b + 1].num;
        m->e.anchor = FACTS_ABS;
        m->b += 2;
    }
}

int
rec_joined_dash(const struct facts_tok *toks, size_t n, size_t j)
{
    return j + 1 < n && rec_joined(toks, n, j) && rec_joined(toks, n, j + 1) &&
        ((toks[j].kind == FT_PUNCT && toks[j].val == '-') ||
         (toks[j].kind == FT_OTHER && toks[j].val == FT_DASH));
}

/* The months at i and j when they make a calendar quarter (April to
 * June): m is that quarter, up to e; 0 when they do not. */
static int
quarter_of_months(const struct facts_tok *toks, size_t n, size_t i, size_t j,
                  size_t e, struct facts_match *m)
{
    int a = toks[i].val, b = toks[j].val;

    if ((a - 1) % 3 != 0 || b != a + 2)
        return 0;
    m->e.gran = FACTS_QUARTER;
    m->e.part = (a - 1) / 3 + 1;
    m->e.m = 0;
    m->e.anchor = FACTS_TENSED;
    m->b = e;
    if (i > 0 && rec_lex(toks, n, i - 1, LX_THE))
        m->a = i - 1;
    return 1;
}

/* "the July-September quarter", "the July to September quarter", "the
 * July-to-September quarter": the calendar quarter those three months
 * make. */
static int
month_quarter(const struct facts_tok *toks, size_t n, size_t i,
              struct facts_match *m)
{
    size_t j = i + 2;

    if (rec_joined_dash(toks, n, i + 1) && rec_lex(toks, n, i + 2, LX_TO) &&
        rec_joined_dash(toks, n, i + 3))
        j = i + 4;      /* "July-to-September" */
    else if (!(rec_joined_dash(toks, n, i + 1) ||
               rec_lex(toks, n, i + 1, LX_TO)))
        return 0;
    if (!rec_month_name(toks, n, j) || !rec_lex(toks, n, j + 1, LX_UNIT) ||
        toks[j + 1].val != FACTS_QUARTER ||
        !quarter_of_months(toks, n, i, j, j + 2, m))
        return 0;
    year_of_month(toks, n, m);
    return 1;
}

/* "January-February", "in April-June": two months joined by a dash and
 * no "quarter" after them, as statistics name the months they cover: a
 * calendar quarter when they make one (gran QUARTER), else a span that
 * dates nothing (1 either way; 0 when no such pair). The second month,
 * met on its own, is part of it. */
static int
month_span(const struct facts_tok *toks, size_t n, size_t i,
           struct facts_match *m)
{
    if (i >= 2 && rec_joined_dash(toks, n, i - 1) &&
        rec_month_name(toks, n, i - 2)) {
        m->e.gran = FACTS_MONTH;        /* the pair's second month */
        return 1;
    }
    if (!rec_joined_dash(toks, n, i + 1) || !rec_month_name(toks, n, i + 2))
        return 0;
    m->e.gran = FACTS_MONTH;
    if (!rec_year(toks, n, i + 3) && quarter_of_months(toks, n, i, i + 2, i + 3, m))
        rec_year_after(toks, n, m);
    return 1;
}

/* "the June quarter", "the December quarter", "December half earnings"
 * (Australian usage): the calendar quarter or half that month ends. */
static int
quarter_ending(const struct facts_tok *toks, size_t n, size_t i,
               struct facts_match *m)
{
    int a = toks[i].val;
    size_t q = i + 1 + rec_year(toks, n, i + 1);   /* "the March 2040
                                                      quarter" */
    int g = rec_lex(toks, n, q, LX_UNIT) ? toks[q].val : -1;

    if (!((g == FACTS_QUARTER && a % 3 == 0) ||
          (g == FACTS_HALF && a % 6 == 0)) || i == 0 ||
        !(rec_lex(toks, n, i - 1, LX_THE) ||
          (q == i + 1 && ((g == FACTS_QUARTER &&
                           rec_lex(toks, n, i - 1, LX_PREP)) ||
                          rec_lex(toks, n, q + 1, LX_BIZ)))) ||
        (rec_punct(toks, n, q + 1, '-') && rec_joined(toks, n, q + 1)))
        return 0;       /* not "the June quarter-final" */
    m->e.gran = (enum facts_gran)g;
    m->e.part = g == FACTS_QUARTER ? a / 3 : a / 6;
    m->a = toks[i - 1].lex == LX_THE ? i - 1 : i;
    m->b = q + 1;
    if (q > i + 1) {
        m->e.y = toks[i + 1].num;
        m->e.anchor = FACTS_ABS;
        return 1;
    }
    m->e.anchor = FACTS_TENSED;
    year_of_month(toks, n, m);
    return 1;
}

/* A day after a month and a comma, as translated text writes it ("from
 * October, 8 the normal time", "on October, 12 and 13", "until March,
 * 28."): only before "the", "and", "to" or a stop, never before a count's
 * noun or verb ("In October, 12 Democrats joined", "in March, 15 were
 * arrested", "in June, 3 of them"). */
static int
comma_day(const struct facts_tok *toks, size_t n, size_t j)
{
    const struct facts_tok *x = j + 1 < n ? &toks[j + 1] : NULL;

    if (!rec_mday(toks, n, j) || (toks[j].flags & FT_ORD) ||
        rec_year(toks, n, j + 2))
        return 0;
    if (x == NULL)
        return 1;
    return (x->kind == FT_PUNCT && strchr(".;)", x->val)) ||
        (x->kind == FT_WORD && !(x->flags & FT_CAP) &&
         (x->lex == LX_THE || x->lex == LX_AND || x->lex == LX_TO));
}

/* "January and February 2022", "March to May 2023": the year after the
 * last month of a coordination belongs to the first too. Returns it, or
 * 0. */
static int
coord_year(const struct facts_tok *toks, size_t n, size_t j)
{
    if (!rec_lex(toks, n, j, LX_AND) && !rec_lex(toks, n, j, LX_TO) &&
        !rec_joined_dash(toks, n, j))
        return 0;
    if (!rec_month_name(toks, n, j + 1) && !rec_month_name(toks, n, j + 2))
        return 0;
    j += rec_month_name(toks, n, j + 1) ? 2 : 3;
    if (rec_mday(toks, n, j))
        j++;
    if (rec_punct(toks, n, j, ','))
        j++;
    return rec_year(toks, n, j) ? toks[j].num : 0;
}

/* "March 21[st][, 2023]", "March 2023", "March of 2023", or a lone month
 * name in date context. */
static int
rec_month(const char *text, const struct facts_tok *toks, size_t n, size_t i,
          struct facts_match *m)
{
    const struct facts_tok *t = &toks[i];
    size_t j = i + 1;

    if (!rec_month_name(toks, n, i))
        return 0;
    if (month_abbrev(t) && rec_punct(toks, n, j, '.') && rec_joined(toks, n, j))
        j++;
    m->e.m = t->val;
    if (t->val == 5 && rec_lex(toks, n, j, LX_UNIT) &&
        toks[j].val == FACTS_DAY && (toks[j].flags & FT_CAP))
        return 0;       /* "May Day": the holiday (rec_name_day) */
    if (rec_joined_dash(toks, n, j) && toks[j + 1].kind == FT_NUM &&
        j + 2 < n && rec_joined(toks, n, j + 2) && toks[j + 2].kind == FT_WORD)
        return 0;       /* "a Long March-2F rocket": a model's name */
    if (rec_lex(toks, n, j, LX_THE) && rec_mday(toks, n, j + 1) &&
        (toks[j + 1].flags & FT_ORD))
        j++;                    /* "October the 28th" (said aloud) */
    else if (rec_punct(toks, n, j, ',') && comma_day(toks, n, j + 1))
        j++;                    /* "from October, 8", "on March, 28" */
    if (rec_mday(toks, n, j) && !rec_lex(toks, n, j + 1, LX_UNIT)) {
        m->e.gran = FACTS_DAY;
        m->e.d = toks[j].num;
        m->order = -1;
        m->b = j + 1;
        if (rec_year_after(toks, n, m))
            return 1;
        m->e.anchor = FACTS_TENSED;
        if ((m->e.y = coord_year(toks, n, m->b)))
            m->e.anchor = FACTS_ABS;
        return 1;
    }
    if (rec_joined_dash(toks, n, j) && j + 1 < n &&
        toks[j + 1].kind == FT_NUM && toks[j + 1].ndig == 2 &&
        rec_contract_word(text, toks, n, j + 2)) {
        m->e.gran = FACTS_MONTH;        /* "Dec-31 corn": a contract's */
        m->e.y = toks[j + 1].num;       /* month and year */
        m->short_year = 1;
        m->b = j + 2;
        return 1;
    }
    if (month_quarter(toks, n, i, m) || quarter_ending(toks, n, i, m))
        return 1;
    if (month_span(toks, n, i, m))
        return m->e.gran == FACTS_QUARTER;
    if ((rec_lex(toks, n, j, LX_OF) || rec_word(text, toks, n, j, "in")) &&
        rec_year(toks, n, j + 1))
        j++;                    /* "March of 2023", "a warm December in
                                   2015" */
    if (rec_year(toks, n, j)) {
        m->e.gran = FACTS_MONTH;
        m->e.y = toks[j].num;
        m->b = j + 1;
        return 1;
    }
    if (rec_punct(toks, n, j, ',') && rec_year(toks, n, j + 1) &&
        !(j + 2 < n && toks[j + 2].kind == FT_WORD &&
          (toks[j + 2].tense != FACTS_TENSE_NONE ||
           toks[j + 2].lex == LX_BE || toks[j + 2].lex == LX_PERF))) {
        m->e.gran = FACTS_MONTH;        /* "the blizzard of January, 1886",
                                           as older and Indian English
                                           write it; not "In March, 2020
                                           brought ..." */
        m->e.y = toks[j + 1].num;
        m->b = j + 2;
        return 1;
    }
    if ((m->e.y = rec_short_year(toks, n, j)) != 0) {
        m->e.gran = FACTS_MONTH;    /* "in May '67" */
        m->b = j + 2;
        m->short_year = 1;
        return 1;
    }
    if (month_abbrev(t) && t->len <= 3 && j > i + 1)
        return 0;
    if (rec_punct(toks, n, j, '-') && rec_joined(toks, n, j) &&
        rec_joined(toks, n, j + 1) && rec_lex(toks, n, j + 1, LX_PART) &&
        toks[j + 1].val == 3) {
        m->e.gran = FACTS_MONTH;        /* "by March-end" (Indian English) */
        m->e.anchor = FACTS_TENSED;
        m->b = j + 2;
        return 1;
    }
    if (!month_context(text, toks, n, i) && !month_heading(toks, n, i) &&
        (month_ambiguous(t) || !month_alone(toks, n, i)))
        return 0;
    if (month_ambiguous(t) && rec_name_word(toks, n, j))
        return 0;       /* "April Smith", "by June Carter" */
    m->e.gran = FACTS_MONTH;
    m->e.anchor = FACTS_TENSED;
    m->b = i + 1;
    if ((m->e.y = coord_year(toks, n, m->b)))
        m->e.anchor = FACTS_ABS;
    return 1;
}

/* After a day's tokens: optional comma and a year ("March 21, 2023"). */
int
rec_year_after(const struct facts_tok *toks, size_t n, struct facts_match *m)
{
    size_t j = m->b;

    if (rec_punct(toks, n, j, ','))
        j++;
    if (!rec_year(toks, n, j))
        return 0;
    m->e.y = toks[j].num;
    m->e.anchor = FACTS_ABS;
    m->b = j + 1;
    return 1;
}

int
rec_month_word_after(const struct facts_tok *toks, size_t n,
                     struct facts_match *m)
{
    size_t j = m->b;

    if (!rec_lex(toks, n, j, LX_OF) || !rec_lex(toks, n, j + 1, LX_DEICTIC) ||
        !rec_lex(toks, n, j + 2, LX_UNIT) || toks[j + 2].val != FACTS_MONTH ||
        rec_apos(toks, n, j + 3))
        return 0;       /* not "the first of next month's payments" */
    m->e.anchor = FACTS_THIS;
    m->e.n = toks[j + 1].val;
    m->b = j + 3;
    return 1;
}

/* "21 March[ 2023]", "21st of March", "the 21st of March", "the 14th day
 * of March 2030" (legal notices). */
int
rec_day_month(const struct facts_tok *toks, size_t n, size_t i,
              struct facts_match *m)
{
    size_t j = i + 1;

    if (!rec_mday(toks, n, i))
        return 0;
    if (rec_joined_dash(toks, n, j) && rec_month_name(toks, n, j + 1) &&
        rec_joined(toks, n, j + 1) && rec_joined_dash(toks, n, j + 2) &&
        rec_year(toks, n, j + 3) && rec_joined(toks, n, j + 3)) {
        m->e.gran = FACTS_DAY;          /* "10-Mar-2033", as forms and */
        m->e.d = toks[i].num;           /* databases print a day */
        m->e.m = toks[j + 1].val;
        m->e.y = toks[j + 3].num;
        m->e.anchor = FACTS_ABS;
        m->order = 1;
        m->b = j + 4;
        return 1;
    }
    if ((toks[i].flags & FT_ORD) && rec_lex(toks, n, j, LX_UNIT) &&
        toks[j].val == FACTS_DAY && rec_lex(toks, n, j + 1, LX_OF))
        j++;
    if (rec_lex(toks, n, j, LX_OF) && ((toks[i].flags & FT_ORD) ||
            (i > 0 && (rec_lex(toks, n, i - 1, LX_PREP) ||
                       rec_lex(toks, n, i - 1, LX_TO) ||
                       rec_lex(toks, n, i - 1, LX_THE) ||
                       rec_lex(toks, n, i - 1, LX_DEICTIC) ||
                       rec_lex(toks, n, i - 1, LX_WEEKDAY) ||
                       rec_punct(toks, n, i - 1, ',') ||
                       rec_punct(toks, n, i - 1, '(')) &&
             !rec_possessive(toks, n, j + 2))))
        j++;            /* "the 21st of March", "from 1 of January", "the
                           20 of April", "the next 20 of April", "Monday
                           15 of March", ", 4 of April," (not "4 of May
                           matches", "10 of May's games") */
    if (!rec_month_name(toks, n, j))
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.d = toks[i].num;
    m->e.m = toks[j].val;
    m->order = 1;
    m->b = j + 1;
    if (month_abbrev(&toks[j]) && rec_punct(toks, n, m->b, '.'))
        m->b++;
    if (!rec_year_after(toks, n, m)) {
        m->e.anchor = FACTS_TENSED;
        if ((m->e.y = coord_year(toks, n, m->b)))
            m->e.anchor = FACTS_ABS;    /* "2 February and 9 February
                                           2028" */
    }
    if ((toks[i].flags & FT_ORD) && rec_lex(toks, n, i - (i > 0), LX_THE) &&
        i > 0)
        m->a = i - 1;
    return 1;
}

/* A day of a month at j, either way round: "April 9", "9 April". */
int
rec_day_at(const char *text, const struct facts_tok *toks, size_t n, size_t j,
           struct facts_match *m)
{
    return (rec_month_name(toks, n, j) && rec_month(text, toks, n, j, m) &&
            m->e.gran == FACTS_DAY) ||
        (rec_mday(toks, n, j) && rec_day_month(toks, n, j, m));
}

/* A range of weekdays with no "from" or "between" before it: "Monday
 * through Friday", "Monday-Friday" (opening hours, a habit). */
static int
weekday_range(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    size_t j = i + 1, s = i;

    if (j < n && (rec_lex(toks, n, j, LX_AND) || rec_lex(toks, n, j, LX_TO) ||
                  rec_joined_dash(toks, n, j)) &&
        !rec_word(text, toks, n, j, "and") && !rec_word(text, toks, n, j, "or") &&
        rec_lex(toks, n, j + 1, LX_WEEKDAY)) {
        s = i;
    } else if (i >= 2 && (rec_lex(toks, n, i - 1, LX_AND) ||
                          rec_lex(toks, n, i - 1, LX_TO) ||
                          rec_joined_dash(toks, n, i - 1)) &&
               !rec_word(text, toks, n, i - 1, "and") &&
               !rec_word(text, toks, n, i - 1, "or") &&
               rec_lex(toks, n, i - 2, LX_WEEKDAY)) {
        s = i - 2;
    } else {
        return 0;
    }
    return !(s > 0 && (rec_word(text, toks, n, s - 1, "from") ||
                       rec_word(text, toks, n, s - 1, "between")));
}

/* Weekday i, maybe with others ("Tues & Thurs"), before a span of
 * clock times: opening hours, every week's ("Parish office: Tues & Thurs
 * 10am-12 noon", "Monday and Friday 9:30 to 5"). */
static int
opening_hours(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    size_t j = i + 1, k;

    while (j + 1 < n && (rec_lex(toks, n, j, LX_AND) ||
                         (toks[j].len == 1 && strchr(",/&", text[toks[j].off]))) &&
           rec_lex(toks, n, j + 1, LX_WEEKDAY))
        j += 2;
    if (j >= n || toks[j].kind != FT_NUM || toks[j].ndig > 2 ||
        !(rec_clock_at(toks, n, j) ||
          (rec_joined(toks, n, j + 1) && (rec_word(text, toks, n, j + 1, "am") ||
                                          rec_word(text, toks, n, j + 1, "pm")))))
        return 0;       /* a clock, not a vote: "ruled Monday 6 to 3" */
    for (k = j + 1; k < n && k <= j + 4; k++)
        if ((rec_punct(toks, n, k, '-') || rec_lex(toks, n, k, LX_TO)) &&
            k + 1 < n && toks[k + 1].kind == FT_NUM && toks[k + 1].ndig <= 2)
            return 1;
    return 0;
}

/* Weekday i joined by hyphens to "to" or another weekday: a compound
 * naming a span of any week. */
static int
day_range_word(const char *text, const struct facts_tok *toks, size_t n,
               size_t i)
{
    int after = rec_punct(toks, n, i + 1, '-') && rec_joined(toks, n, i + 1) &&
        rec_joined(toks, n, i + 2) && (rec_word(text, toks, n, i + 2, "to") ||
                                       rec_lex(toks, n, i + 2, LX_WEEKDAY));
    int before = i >= 2 && rec_punct(toks, n, i - 1, '-') &&
        rec_joined(toks, n, i - 1) && rec_joined(toks, n, i) &&
        (rec_word(text, toks, n, i - 2, "to") ||
         rec_lex(toks, n, i - 2, LX_WEEKDAY));

    return after || before;
}

/* A plain week unit at j: "week", not "weeks", "weekend" or "week's"
 * ("Friday last week's storm" is Friday's storm of last week). */
static int
week_at(const struct facts_tok *toks, size_t n, size_t j)
{
    return rec_lex(toks, n, j, LX_UNIT) && toks[j].val == FACTS_WEEK &&
        !rec_possessive(toks, n, j + 1);
}

/* The week a weekday names after it: "Tuesday last week", "Monday next
 * week", "Friday this week"; "Thursday week" (a week after the coming
 * Thursday); "Friday last", "Monday next" (Irish and Indian English). */
static void
weekday_week(const char *text, const struct facts_tok *toks, size_t n,
             struct facts_match *m)
{
    size_t j = m->b;
    int d = j < n ? toks[j].val : 0;

    if (rec_lex(toks, n, j, LX_DEICTIC) && week_at(toks, n, j + 1) &&
        (rec_word(text, toks, n, j, "last") || rec_word(text, toks, n, j, "next") ||
         rec_word(text, toks, n, j, "this"))) {
        m->e.anchor = FACTS_THIS;
        m->e.n = d;
        m->b = j + 2;
    } else if (week_at(toks, n, j) && !rec_lex(toks, n, j + 1, LX_OF)) {
        m->e.anchor = FACTS_NEXT;
        m->e.n = 1;
        m->b = j + 1;
    } else if ((rec_word(text, toks, n, j, "last") ||
                rec_word(text, toks, n, j, "next")) &&
               (j + 1 >= n || toks[j + 1].kind != FT_WORD ||
                toks[j + 1].lex == LX_PREP || toks[j + 1].lex == LX_AND ||
                toks[j + 1].lex == LX_FOR || toks[j + 1].lex == LX_THAT ||
                toks[j + 1].tense != FACTS_TENSE_NONE)) {
                                    /* "Thursday next for ruling", "on
                                       Monday last that the line would",
                                       "Friday last was" */
        m->e.anchor = d < 0 ? FACTS_PREV : FACTS_NEXT;
        m->b = j + 1;
    }
}

/* A day of the month after a weekday, the month left to the weekday to
 * find (facts_norm): "Monday the 27th", "Saturday the 17th of June",
 * "Tuesday 11 to Thursday 13 November" (the month of the range's end is
 * its start's too). A bare number needs a stop after it or a range to
 * another weekday, so "ruled Monday 6 to 3" and "on Monday 3 people
 * died" stay counts. */
static int
weekday_mday(const char *text, const struct facts_tok *toks, size_t n,
             size_t j, struct facts_match *m)
{
    const struct facts_tok *x;
    size_t k = j;
    int range = 0;

    if (rec_lex(toks, n, j, LX_THE) && rec_mday(toks, n, j + 1) &&
        (toks[j + 1].flags & FT_ORD)) {
        if (rec_day_month(toks, n, j + 1, m))
            return 1;
        k = j + 1;
        x = k + 1 < n ? &toks[k + 1] : NULL;
        if (x && x->kind == FT_WORD && !(x->flags & (FT_CAP | FT_UPPER)) &&
            (x->lex == LX_NONE || x->lex == LX_UNIT) &&
            !rec_letter_month(text, toks, n, k + 1))
            return 0;   /* "Monday, the 29th day of Ramadan", "Tuesday,
                           the 20th anniversary" (not "the 28th inst.") */
    } else if (!rec_mday(toks, n, j)) {
        return 0;
    } else if (toks[j].flags & FT_ORD) {
        x = j + 1 < n ? &toks[j + 1] : NULL;
        if (x && x->kind == FT_WORD && x->lex == LX_NONE &&
            !(x->flags & (FT_CAP | FT_UPPER)))
            return 0;   /* "Sunday 3rd place"; "Fri 23rd", "Tues 27th at
                           7pm" are days */
    } else {
        x = j + 1 < n ? &toks[j + 1] : NULL;
        range = x && (x->lex == LX_TO || rec_word(text, toks, n, j + 1, "and")) &&
            rec_lex(toks, n, j + 2, LX_WEEKDAY);
        if (x && !range && !((x->kind == FT_PUNCT && strchr(",;)", x->val)) ||
                             (x->kind == FT_PUNCT && x->val == '.' &&
                              !rec_joined(toks, n, j + 2))))
            return 0;
    }
    m->e.gran = FACTS_DAY;
    m->e.d = toks[k].num;
    m->e.anchor = FACTS_TENSED;
    m->b = k + 1;
    if (range && rec_mday(toks, n, j + 3) && rec_month_name(toks, n, j + 4))
        m->e.m = toks[j + 4].val;
    return 1;
}

/* What a wire story says a thing was said on, before a bare weekday:
 * "told reporters on a call Monday" (not "on a wet Monday"). */
static const char *const said_on[] = {"call", "statement", "briefing",
    "filing", "post", "podcast", "broadcast", "visit", "trip", "tweet"};

/* Nouns a weekday before them makes a weekly thing. */
static const char *const weekly[] = {"hours", "services", "edition",
    "editions", "papers", "market", "markets", "collection", "collections",
    "lunch", "lunches", "session", "sessions", "timetable", "schedule",
    "drinking", "shopping", "roast"};

/* "for" before the count at c, "almost" or "about" between them: "close
 * for almost five weeks from Monday" is a span that starts on Monday. */
static int
for_span(const char *text, const struct facts_tok *toks, size_t n, size_t c)
{
    if (c > 0 && toks[c - 1].lex == LX_APPROX)
        c--;
    return c > 0 && rec_word(text, toks, n, c - 1, "for");
}

/* "a week on Saturday", "a fortnight on Monday" (British English), "a
 * week from Saturday", "two weeks from Tuesday": that many weeks after
 * the coming such day (not "for a week from Monday"). i is the
 * weekday. */
static void
week_on_weekday(const char *text, const struct facts_tok *toks, size_t n,
                size_t i, struct facts_match *m)
{
    const struct facts_tok *u = i >= 3 ? &toks[i - 2] : NULL, *c;
    int from, weeks;

    if (m->e.anchor != FACTS_TENSED || !u || u->lex != LX_UNIT ||
        FACTS_UNIT_GRAN(u->val) != FACTS_WEEK)
        return;
    from = rec_word(text, toks, n, i - 1, "from");
    c = &toks[i - 3];
    weeks = c->lex == LX_NUMWORD ? c->val :
        c->kind == FT_NUM && c->ndig == 1 &&
        !(c->flags & (FT_GROUPED | FT_ORD | FT_PLURAL)) ? c->num : 0;
    if ((!from && !rec_word(text, toks, n, i - 1, "on")) ||
        (u->val & FACTS_UNIT_PL ? weeks < 2 || weeks > 6 : weeks != 1) ||
        (from && for_span(text, toks, n, i - 3)))
        return;
    m->e.anchor = FACTS_NEXT;
    m->e.n = weeks * (u->val & FACTS_UNIT_X2 ? 2 : 1);
    m->a = i - 3;
}

/* A weekday's short form at i that names a day on its own, as posts and
 * notices write them: after a preposition or a list word ("on Wed",
 * "til Thurs", "Wed and Thurs"), or one no word shares ("Tues",
 * "Thurs"); written "Sat", not "SAT" (a test), and not before a name
 * ("Sun Valley") or a possessive ("the Sun's"). */
static int
short_weekday(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    static const char *const own[] = {"tues", "thurs", "thur", "weds"};
    static const char *const hours[] = {"open", "opens", "closed",
        "auction"};     /* a listing's "Open Sat 11:00", "Closed Mon" */
    const struct facts_tok *nx = i + 1 < n ? &toks[i + 1] : NULL;

    if ((toks[i].flags & (FT_CAP | FT_UPPER)) != FT_CAP ||
        rec_apos(toks, n, i + 1) ||
        (nx && nx->kind == FT_WORD && (nx->flags & FT_CAP) &&
         nx->lex == LX_NONE))
        return 0;
    return REC_WORD_IN(text, toks, n, i, own) ||
        (i > 0 && (toks[i - 1].lex == LX_PREP || toks[i - 1].lex == LX_AND ||
                   toks[i - 1].lex == LX_FOR ||
                   REC_WORD_IN(text, toks, n, i - 1, hours)));
}

/* "Friday", "Tuesday afternoon", "Tuesday, March 21, 2023". */
static int
rec_weekday(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, struct facts_match *m)
{
    const struct facts_tok *t = &toks[i];
    size_t j = i + 1;
    int full = t->len >= 6, named;

    if (!(t->flags & (FT_CAP | FT_UPPER)))
        return 0;
    if ((i > 0 && toks[i - 1].lex == LX_SET) ||
        (i > 1 && toks[i - 2].lex == LX_SET &&
         (toks[i - 1].lex == LX_ORDWORD || rec_word(text, toks, n, i - 1,
                                                    "other"))))
        return 0;       /* "every Monday", "every second Tuesday" */
    if (i > 1 && toks[i - 2].lex == LX_THE &&
        (toks[i - 1].lex == LX_DEICTIC || toks[i - 1].lex == LX_ORDWORD))
        return 0;       /* "the last Saturday before Christmas" */
    if (i > 1 && toks[i - 2].lex == LX_THE &&
        rec_word(text, toks, n, i - 1, "following"))
        return 0;       /* "moves to the following Sunday": a day after
                           another, not the article's */
    if ((named = rec_named_day(text, toks, n, i, m)) != 0)
        return named > 0;
    if (day_range_word(text, toks, n, i))
        return 0;       /* "Monday-to-Sunday weeks", "a Monday-Friday job" */
    if ((REC_WORD_IN(text, toks, n, j, weekly) ||
         (t->val == 7 && rec_word(text, toks, n, j, "school"))) &&
        !(toks[j].flags & (FT_CAP | FT_UPPER)) &&
        !(i > 0 && (rec_lex(toks, n, i - 1, LX_DEICTIC) ||
                    rec_lex(toks, n, i - 1, LX_PREP))))
        return 0;       /* "its Saturday hours", "Sunday services": what
                           every such day has */
    if (rec_joined_dash(toks, n, j) && rec_joined(toks, n, j + 1) &&
        toks[j + 1].kind == FT_WORD && toks[j + 1].lex != LX_WEEKDAY &&
        !(toks[j + 1].flags & (FT_CAP | FT_UPPER)))
        return 0;       /* "Sunday-teatime radio", "a Thursday-night
                           barbecue": a kind of time, any week's */
    if ((i > 0 && rec_lex(toks, n, i - 1, LX_NUMWORD) &&
         (toks[i - 1].len <= 2 || rec_word(text, toks, n, i - 1, "one"))) ||
        (i > 2 && ((rec_lex(toks, n, i - 3, LX_PREP) &&
                    !rec_word(text, toks, n, i - 3, "in") &&
                    !rec_word(text, toks, n, i - 3, "at")) ||
                   rec_lex(toks, n, i - 3, LX_OF)) &&
         rec_lex(toks, n, i - 2, LX_NUMWORD) && toks[i - 2].len <= 2 &&
         toks[i - 1].kind == FT_WORD && toks[i - 1].lex == LX_NONE &&
         !(toks[i - 1].flags & (FT_CAP | FT_UPPER)) &&
         !REC_WORD_IN(text, toks, n, i - 1, said_on)))
        return 0;       /* "a Sunday timetable", "one Saturday", "on a
                           wet Monday", "of a
                           normal Monday" (but
                           "approved a merger Sunday", "said in a
                           statement Thursday") */
    if (rec_punct(toks, n, j, '.') && !full)
        j++;
    if (rec_lex(toks, n, j, LX_DAYPART) && rec_punct(toks, n, j + 1, ',') &&
        rec_day_at(text, toks, n, j + 2, m))
        j++;            /* "on Wednesday evening, 7 July" */
    if (week_at(toks, n, j) && rec_punct(toks, n, j + 1, ',') &&
        rec_day_at(text, toks, n, j + 2, m) && m->e.gran == FACTS_DAY &&
        !m->e.hol) {
        m->e.wd = t->val;       /* "on Saturday week, July 8": the date */
        m->a = i;               /* after it says which */
        return 1;
    }
    if (rec_punct(toks, n, j, ','))
        j++;
    if (rec_punct(toks, n, j, '(') && rec_mday(toks, n, j + 1) &&
        rec_punct(toks, n, j + 2, ')') && !(toks[j + 1].flags & FT_ORD)) {
        m->e.gran = FACTS_DAY;          /* "on Monday (14)", as Brazilian */
        m->e.d = toks[j + 1].num;       /* and Korean wires write it */
        m->e.wd = t->val;
        m->e.anchor = FACTS_TENSED;
        m->a = i;
        m->b = j + 3;
        return 1;
    }
    /* "Thursday, April 9": the weekday picks the year (facts_norm) */
    if (rec_day_at(text, toks, n, j, m) ||
        weekday_mday(text, toks, n, j, m)) {
        m->e.wd = m->e.gran == FACTS_DAY && !m->e.hol ? t->val : 0;
        m->a = i;
        return 1;
    }
    memset(&m->e, 0, sizeof m->e);
    if ((!full && !short_weekday(text, toks, n, i)) ||
        weekday_range(text, toks, n, i) || opening_hours(text, toks, n, i) ||
        (j < n && toks[j].kind == FT_NUM &&
         (rec_punct(toks, n, j + 1, '/') || ((toks[j].flags & FT_GROUPED) &&
                                             rec_punct(toks, n, j + 1, '.'))) &&
         rec_joined(toks, n, j + 1)))
        return 0;       /* "Fri 15/11", "Tuesday 03.06.": the day and
                           month take the weekday (facts_num) */
    if (i > 0 && toks[i - 1].lex == LX_THE && j < n &&
        toks[j].kind == FT_WORD && (toks[j].flags & FT_CAP) &&
        toks[j].lex == LX_NONE)
        return 0;       /* "the Sunday Times", "the Monday Club" */
    if (i > 0 && (toks[i - 1].lex == LX_THE || toks[i - 1].lex == LX_THAT) &&
        !(toks[i - 1].flags & FT_CAP) && !rec_apos(toks, n, j))
        return 0;       /* "sat there until the Monday", "on his own that
                           Friday": a day of the story's own week, no
                           date against the article's ("said that
                           Tuesday's concessions" is one) */
    m->e.gran = FACTS_DAY;
    m->e.wd = t->val;
    m->e.anchor = FACTS_TENSED;
    m->b = i + 1;
    rec_daypart(text, toks, n, m);
    weekday_week(text, toks, n, m);
    week_on_weekday(text, toks, n, i, m);
    return 1;
}

/* Extend over "morning", "afternoon", "evening", "night" after a day. */
void
rec_daypart(const char *text, const struct facts_tok *toks, size_t n,
            struct facts_match *m)
{
    (void)text;
    if (rec_lex(toks, n, m->b, LX_DAYPART))
        m->b++;
}

/* "KW 23", "CW23": a calendar week (Kalenderwoche) as German-English
 * offices number them, the ISO week of the reference's year, as "in
 * week 38" is; "KW 23/2031" gives its year. */
static int
rec_kw(const char *text, const struct facts_tok *toks, size_t n, size_t i,
       struct facts_match *m)
{
    size_t j = i + 1;

    if (!(toks[i].flags & FT_UPPER) || toks[i].len != 2 ||
        !(rec_word(text, toks, n, i, "kw") || rec_word(text, toks, n, i, "cw")) ||
        j >= n || toks[j].kind != FT_NUM || toks[j].ndig > 2 ||
        toks[j].num < 1 || toks[j].num > 53 ||
        (toks[j].flags & (FT_GROUPED | FT_ORD | FT_PLURAL)) ||
        (j + 1 < n && toks[j + 1].kind == FT_NUM) ||
        (i > 0 && toks[i - 1].kind == FT_NUM && toks[i - 1].ndig == 4))
        return 0;       /* not a postcode, "KW4 2NT", nor an asteroid's
                           designation, "1999 KW4" */
    m->e.gran = FACTS_WEEK;
    m->e.part = (int)toks[j].num;
    m->e.anchor = FACTS_THIS;
    m->a = i;
    m->b = j + 1;
    if (rec_punct(toks, n, j + 1, '/') && rec_joined(toks, n, j + 1) &&
        rec_year(toks, n, j + 2)) {
        m->e.anchor = FACTS_ABS;
        m->e.y = toks[j + 2].num;
        m->b = j + 3;
    }
    return 1;
}

/* "Q3 2022", "Q3", "H1 2024". */
static int
rec_qh(const char *text, const struct facts_tok *toks, size_t n, size_t i,
       struct facts_match *m)
{
    static const char *const products[] = {"chip", "chips", "processor",
        "processors", "earbuds", "buds", "headphones", "phone", "phones",
        "tablet", "laptop", "watch", "speaker", "camera", "console",
        "model", "models", "edition", "engine", "series"};
    int q = rec_word(text, toks, n, i, "q");
    int h = rec_word(text, toks, n, i, "h");
    const struct facts_tok *d = &toks[i + 1];

    if (!(q || h) || !(toks[i].flags & FT_CAP) || i + 1 >= n ||
        !rec_joined(toks, n, i + 1) || d->kind != FT_NUM || d->ndig != 1 ||
        d->num < 1 || d->num > (q ? 4 : 2) ||
        (d->flags & (FT_GROUPED | FT_ORD | FT_PLURAL)))
        return 0;
    if (rec_lex(toks, n, i + 2, LX_YEARWORD) ||
        (i > 0 && rec_joined(toks, n, i) && toks[i - 1].kind == FT_NUM) ||
        (rec_joined(toks, n, i + 2) && toks[i + 2].kind == FT_WORD) ||
        REC_WORD_IN(text, toks, n, i + 2, products))
        return 0;       /* "Q3 FY22": a fiscal year whose start varies;
                           "Windows 11 24H2": a release; "the H2 chip",
                           "Pulse Q3 earbuds": a product; "H1N1", "H5N1":
                           a virus */
    m->e.gran = q ? FACTS_QUARTER : FACTS_HALF;
    m->e.part = d->num;
    m->b = i + 2;
    if (!rec_year_after(toks, n, m)) {
        m->e.anchor = FACTS_TENSED;
        if (!rec_money_period(text, toks, n, 0))
            return 0;   /* "his final run in Q3" of qualifying */
    }
    return 1;
}

/* "in the current year", "the present month", "by the end of the
 * current week": this one, as translated news says it (not "the
 * April-December period of the current year", a fiscal year's). i is
 * the unit. */
static int
rec_current(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, struct facts_match *m)
{
    static const char *const edges[] = {"end", "beginning", "start",
        "middle", "half"};
    static const char *const fiscal_ends[] = {"ending", "ended", "to",
        "through"};
    int g = FACTS_UNIT_GRAN(toks[i].val);

    if (i < 2 || !(rec_word(text, toks, n, i - 1, "current") ||
                   rec_word(text, toks, n, i - 1, "present")) ||
        !rec_lex(toks, n, i - 2, LX_THE) || (toks[i].val & FACTS_UNIT_PL) ||
        (g != FACTS_YEAR && g != FACTS_MONTH && g != FACTS_WEEK) ||
        (i > 3 && rec_lex(toks, n, i - 3, LX_OF) &&
         !REC_WORD_IN(text, toks, n, i - 4, edges)) ||
        REC_WORD_IN(text, toks, n, i + 1, fiscal_ends))
        return 0;       /* "for the current year ending March 2009" */
    m->e.gran = (enum facts_gran)g;
    m->e.anchor = FACTS_REL;            /* as "this month" */
    m->a = i - 2;
    m->b = i + 1;
    return 1;
}

/* A holiday's day at j, after "the week of": "the October bank holiday",
 * "Christmas", "Thanksgiving". */
static int
holiday_at(const char *text, const struct facts_tok *toks, size_t n,
           size_t j, struct facts_match *m)
{
    size_t k = j + rec_lex(toks, n, j, LX_THE);

    if (k >= n || toks[k].kind != FT_WORD)
        return 0;
    memset(m, 0, sizeof *m);
    m->a = k;
    if (!((toks[k].lex == LX_MONTH || toks[k].lex == LX_SEASON) &&
          rec_bank_holiday(text, toks, n, k, m)) &&
        !(toks[k].lex == LX_HOLIDAY && rec_holiday(text, toks, n, k, m)))
        return 0;
    return m->e.gran == FACTS_DAY;
}

/* "the weekend of Jan. 16-17", "the weekend of 27-28 August", "the week
 * of May 8", "the week commencing 14 January": the ISO week of that day,
 * and its weekend. */
static int
rec_week_of(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, struct facts_match *m)
{
    static const char *const of[] = {"of", "commencing", "beginning",
                                     "starting"};
    int v = toks[i].val, we = !!(v & FACTS_UNIT_WE);
    size_t j = i + 2;

    if (FACTS_UNIT_GRAN(v) != FACTS_WEEK || (v & FACTS_UNIT_PL) || i == 0 ||
        !rec_lex(toks, n, i - 1, LX_THE) ||
        !REC_WORD_IN(text, toks, n, i + 1, of) ||
        (we && !rec_lex(toks, n, i + 1, LX_OF)))
        return 0;
    if (we && rec_mday(toks, n, j) && rec_punct(toks, n, j + 1, '-') &&
        rec_joined(toks, n, j + 1) && rec_mday(toks, n, j + 2))
        j += 2;                     /* "27-28 August": the Sunday names it */
    if (!rec_day_at(text, toks, n, j, m) && !holiday_at(text, toks, n, j, m))
        return 0;
    if (we && rec_punct(toks, n, m->b, '-') && rec_joined(toks, n, m->b) &&
        rec_mday(toks, n, m->b + 1))
        m->b += 2;                  /* "Jan. 16-17" */
    m->e.gran = FACTS_WEEK;
    m->e.weekend = we;
    m->a = i - 1;
    return 1;
}

/* "w/c 15th Nov": a day after "w/c" (week commencing) names its ISO
 * week, as "the week commencing 14 January" does (a day with no month
 * is none). */
static void
week_commencing(const char *text, const struct facts_tok *toks, size_t n,
                struct facts_match *m)
{
    size_t a = m->a;

    if (m->e.gran != FACTS_DAY || !m->e.m || m->e.wd || m->e.hol || a < 3 ||
        !rec_word(text, toks, n, a - 1, "c") ||
        !rec_punct(toks, n, a - 2, '/') || !rec_word(text, toks, n, a - 3, "w") ||
        !rec_joined(toks, n, a - 2) || !rec_joined(toks, n, a - 1))
        return;
    m->e.gran = FACTS_WEEK;
    m->a = a - 3;
}

/* "fiscal 2024", "the fiscal third quarter", "the 2024 fiscal year": a
 * company's or a government's year, whose start varies, is no calendar
 * period. */
static int
fiscal_period(const struct facts_tok *toks, size_t n,
              const struct facts_match *m)
{
    if (m->e.gran != FACTS_YEAR && m->e.gran != FACTS_QUARTER &&
        m->e.gran != FACTS_HALF)
        return 0;
    return (m->a > 0 && toks[m->a - 1].lex == LX_YEARWORD) ||
        (m->e.gran == FACTS_YEAR && m->a > 1 &&
         toks[m->a - 1].lex == LX_UNIT && toks[m->a - 1].val == FACTS_YEAR &&
         toks[m->a - 2].lex == LX_YEARWORD) ||   /* "fiscal year 2033" */
        rec_lex(toks, n, m->b, LX_YEARWORD) ||
        (m->e.gran != FACTS_YEAR && rec_lex(toks, n, m->b, LX_OF) &&
         (rec_lex(toks, n, m->b + 1, LX_YEARWORD) ||
          (rec_lex(toks, n, m->b + 1, LX_THE) &&
           rec_lex(toks, n, m->b + 2, LX_YEARWORD))));
                /* "the first quarter of fiscal 2004", "the second half of
                   the fiscal", "the first quarter of FY27" */
}

/* "the second century", "the late third century AD", "the twenty-first
 * century": a century named by an ordinal word at the unit i (the 19th
 * century is read at its number). None before Christ: values have no
 * sign. */
static int
rec_century_word(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i, struct facts_match *m)
{
    static const char *const ords[] = {"first", "second", "third", "fourth",
        "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    static const char *const before_christ[] = {"bc", "bce", "b"};
    static const char *const edges[] = {"late", "early", "mid", "middle",
        "end", "start", "turn", "of"};
    static const char *const since[] = {"from", "since", "until", "by"};
    size_t k, k2, a = i - 1;

    if (FACTS_UNIT_GRAN(toks[i].val) != FACTS_CENTURY ||
        (toks[i].val & FACTS_UNIT_PL) || i == 0 ||
        REC_WORD_IN(text, toks, n, i + 1, before_christ))
        return 0;
    for (k = 0; k < sizeof ords / sizeof ords[0]; k++)
        if (rec_word(text, toks, n, i - 1, ords[k]))
            break;
    if (k == sizeof ords / sizeof ords[0])
        return 0;
    if (k == 0 && i >= 3 && rec_joined_dash(toks, n, i - 2) &&
        rec_word(text, toks, n, i - 3, "twenty")) {
        k = 20;                     /* "twenty-first" */
        a = i - 3;
    }
    m->b = i + 1 + (rec_word(text, toks, n, i + 1, "ad") ||
                    rec_word(text, toks, n, i + 1, "ce"));
    for (k2 = a; k2 > 0 && k2 + 3 > a &&
         REC_WORD_IN(text, toks, n, k2 - 1, edges); k2--)
        ;
    if (!(k2 > 0 && (rec_lex(toks, n, k2 - 1, LX_THE) ||
                     rec_lex(toks, n, k2 - 1, LX_PREP) ||
                     REC_WORD_IN(text, toks, n, k2 - 1, since))) &&
        m->b == i + 1)
        return 0;       /* not "his ninth century of the tournament" */
    m->e.gran = FACTS_CENTURY;
    m->e.y = (int)k;
    m->a = a > 0 && rec_lex(toks, n, a - 1, LX_THE) ? a - 1 : a;
    return 1;
}

/* "last week Thursday": translated news names the week, then the
 * weekday; one expression, the weekday of that week ("Thursday last
 * week"). */
static void
weekday_after_deictic(const struct facts_tok *toks, size_t n,
                      struct facts_match *m)
{
    const struct facts_tok *w = m->b < n ? &toks[m->b] : NULL;

    if (w == NULL || w->lex != LX_WEEKDAY || !(w->flags & FT_CAP) ||
        rec_mday(toks, n, m->b + 1))
        return;
    if (m->e.gran == FACTS_WEEK && !m->e.weekend && m->b == m->a + 2 &&
        rec_lex(toks, n, m->a, LX_DEICTIC)) {
        int d = toks[m->a].val;

        memset(&m->e, 0, sizeof m->e);
        m->e.gran = FACTS_DAY;
        m->e.wd = w->val;
        m->e.anchor = FACTS_THIS;
        m->e.n = d;
        m->b++;
    }
}

/* "the Eighties", "the Noughties": a decade named in words, as the
 * "'80s" are, capitalised after "the" ("in the seventies" may be a
 * temperature, "in his thirties" an age). */
static int
rec_decade_word(const struct facts_tok *toks, size_t n, size_t i,
                struct facts_match *m)
{
    if (!(toks[i].flags & FT_CAP) || i == 0 || !rec_lex(toks, n, i - 1, LX_THE))
        return 0;
    m->e.gran = FACTS_DECADE;
    m->e.anchor = FACTS_ABS;
    m->e.y = toks[i].val == -40 ? 200 : 150 - toks[i].val;   /* -48: 198 */
    m->a = i - 1;
    m->b = i + 1;
    return 1;
}

int
facts_recognise(const char *text, const struct facts_tok *toks, size_t n,
                size_t i, struct facts_match *m)
{
    const struct facts_tok *t = &toks[i];
    int ok = 0;

    memset(m, 0, sizeof *m);
    m->a = i;
    if (t->kind == FT_NUM)
        ok = (i > 0 && rec_kw(text, toks, n, i - 1, m)) ||
            rec_num(text, toks, n, i, m);
    else if (t->kind != FT_WORD)
        return 0;
    else if ((t->lex == LX_MONTH || t->lex == LX_SEASON) &&
             (ok = rec_bank_holiday(text, toks, n, i, m)))
        ;
    else if (t->lex == LX_SEASON &&
             (ok = rec_mid_autumn(text, toks, n, i, m)) != 0)
        ok = ok > 0;
    else if (t->lex == LX_MONTH && (ok = rec_month(text, toks, n, i, m)))
        rec_list_year(text, toks, n, m);
    else if (t->lex == LX_WEEKDAY)
        ok = rec_weekday(text, toks, n, i, m);
    else if (t->lex == LX_NONE)
        ok = rec_qh(text, toks, n, i, m);
    else if (t->lex == LX_NUMWORD)
        ok = t->val <= -40 ? rec_decade_word(toks, n, i, m) :
            rec_spoken_year(text, toks, n, i, m);
    else if (t->lex == LX_UNIT && (rec_week_of(text, toks, n, i, m) ||
                                   rec_century_word(text, toks, n, i, m) ||
                                   rec_current(text, toks, n, i, m)))
        ok = 1;
    else
        ok = rec_relative(text, toks, n, i, m);
    if (!ok || fiscal_period(toks, n, m))
        return 0;
    weekday_after_deictic(toks, n, m);
    /* "Journal entry by Dana · Mar 6, 2041 9:12 PM": a post's stamp, as
     * "14/12/25 18:02" is (facts_num.c) */
    if (m->e.gran == FACTS_DAY && m->e.y && m->e.m && m->e.d &&
        m->e.anchor == FACTS_ABS && t->lex == LX_MONTH)
        m->stamp = rec_clock_at(toks, n, m->b + rec_punct(toks, n, m->b, ','));
    rec_year_word(text, toks, n, m);
    week_commencing(text, toks, n, m);
    rec_extend_left(text, toks, n, m);
    rec_same_period(text, toks, n, m);
    m->need_tense = (m->e.anchor == FACTS_TENSED && !m->year_word) ||
        m->future_only ||
        (m->e.anchor == FACTS_THIS && (m->e.gran == FACTS_SEASON ||
                                       (m->e.wd && !m->e.n &&
                                        !rec_possessive(toks, n, m->b))));
    return 1;
}
