/* SPDX-License-Identifier: MIT */
/* facts_list.c - days listed under one month: "2nd and 3rd March", "Feb. 12, 13 and 14", "March 3-5". */
#include "facts_scan.h"

/* "to", "through": a range word, which after "March 3" may as well
 * lead to a count ("rose on March 3 to 15"). */
static int
range_word(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const w[] = {"to", "through", "thru"};

    return REC_WORD_IN(text, toks, n, i, w);
}

/* What joins the last day of a list or a range: "and", "or", "&", a
 * range word, or a dash joined to both days ("March 3-5", "24–26
 * April"). */
static int
and_or(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    return rec_joined_dash(toks, n, i) || rec_punct(toks, n, i, '&') ||
        rec_word(text, toks, n, i, "and") ||
        rec_word(text, toks, n, i, "or") || range_word(text, toks, n, i);
}

/* A separator inside a list of days: a comma or and_or. */
static int
list_sep(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    return rec_punct(toks, n, i, ',') || and_or(text, toks, n, i);
}

/* A day that ends a list: not "3 people" (a capitalised word after it
 * may be its month: "13 February"; a verb after it is the list's:
 * "July 3 and 4 were booked"). */
static int
last_day(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *x = i + 1 < n ? &toks[i + 1] : NULL;

    return rec_mday(toks, n, i) &&
        !(x && x->kind == FT_WORD && x->lex != LX_PREP && x->lex != LX_AND &&
          !(x->flags & (FT_CAP | FT_UPPER)) && x->lex != LX_BE &&
          x->lex != LX_AUXPAST && x->lex != LX_FUT && x->lex != LX_PERF);
}

/* From separator j, the index after the list's last day when the list
 * goes on with days and ends with "and"/"or" before its last one;
 * else j. "12, 13 and 14" from the first ','. */
static size_t
rec_list_end(const char *text, const struct facts_tok *toks, size_t n,
             size_t j)
{
    size_t k = j;

    while (list_sep(text, toks, n, k) && rec_mday(toks, n, k + 1)) {
        if (and_or(text, toks, n, k))
            return last_day(toks, n, k + 1) ? k + 2 : j;
        k += 2;
    }
    return j;
}

/* Day i heads a list that a "DAY MONTH" closes: "2nd and 3rd March",
 * "12, 13 and 14 February 2024". */
static int
before_month(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    size_t end = rec_list_end(text, toks, n, i + 1);
    struct facts_match last = {0};

    if (end == i + 1 || !rec_day_month(toks, n, end - 1, &last))
        return 0;
    m->e = last.e;
    m->e.d = toks[i].num;
    m->order = 1;
    m->b = i + 1;
    if ((toks[i].flags & FT_ORD) && i > 0 && rec_lex(toks, n, i - 1, LX_THE))
        m->a = i - 1;
    return 1;
}

/* Day i follows "MONTH DAY" in a list: "February 12 and 13", "Feb. 12,
 * 13 and 14, 2024". A comma alone makes no list ("March 3, 4 people"). */
static int
after_month(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, struct facts_match *m)
{
    size_t k = i, end;

    while (k >= 2 && list_sep(text, toks, n, k - 1) &&
           rec_mday(toks, n, k - 2))
        k -= 2;
    if (k == i || k < 1)
        return 0;
    if (rec_punct(toks, n, k - 1, '.') && k >= 2)
        k--;
    if (!rec_month_name(toks, n, k - 1))
        return 0;
    /* "from March 3 to 5", "runs March 3-5"; not "rose on March 3 to 15" */
    if (range_word(text, toks, n, i - 1) &&
        !(k >= 2 && (rec_word(text, toks, n, k - 2, "from") ||
                     rec_word(text, toks, n, k - 2, "between"))))
        return 0;
    if (and_or(text, toks, n, i - 1)) {
        if (!last_day(toks, n, i) ||
            (i + 1 < n && toks[i + 1].kind == FT_WORD &&
             (toks[i + 1].flags & (FT_CAP | FT_UPPER)) &&
             toks[i + 1].lex != LX_MONTH))
            return 0;           /* "on March 3 and 4 Britons died" */
        end = i + 1;
    } else if ((end = rec_list_end(text, toks, n, i + 1)) == i + 1) {
        return 0;
    }
    m->e.gran = FACTS_DAY;
    m->e.m = toks[k - 1].val;
    m->e.d = toks[i].num;
    m->e.anchor = FACTS_TENSED;
    m->order = -1;
    m->b = i + 1;
    if (rec_punct(toks, n, end, ',') && rec_year(toks, n, end + 1)) {
        m->e.y = toks[end + 1].num;
        m->e.anchor = FACTS_ABS;
        if (end == i + 1)
            m->b = end + 2;
    }
    return 1;
}

/* "February 12 and 13, 2024": the year after the list is the first
 * day's too. m holds "February 12" as rec_month matched it. */
void
rec_list_year(const char *text, const struct facts_tok *toks, size_t n,
              struct facts_match *m)
{
    size_t end;

    if (m->e.gran != FACTS_DAY || m->e.anchor != FACTS_TENSED)
        return;
    end = rec_list_end(text, toks, n, m->b);
    if (end > m->b && rec_punct(toks, n, end, ',') &&
        rec_year(toks, n, end + 1)) {
        m->e.y = toks[end + 1].num;
        m->e.anchor = FACTS_ABS;
    }
}

/* A day listed with others under one month, at i. */
int
rec_listed_day(const char *text, const struct facts_tok *toks, size_t n,
               size_t i, struct facts_match *m)
{
    if (!rec_mday(toks, n, i) || (toks[i].flags & FT_GROUPED))
        return 0;
    return before_month(text, toks, n, i, m) ||
        after_month(text, toks, n, i, m);
}
