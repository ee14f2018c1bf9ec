/* SPDX-License-Identifier: MIT */
/* facts_custom.c - days said of a custom or given as a name, not of one occasion: "every Thursday from May to October", "marked as World Diabetes Day", "The Sunday Times". */
#include <string.h>

#include "facts_scan.h"

/* "Canada - Thanksgiving Day; markets closed" (a list's label),
 * "Canadians sit down to Thanksgiving dinner": Canada's holiday said so
 * before it in its sentence ("shoppers in Canada came out on
 * Thanksgiving" may be a story of the United States'). */
int
facts_canada_before(const char *text, const struct facts_tok *toks, size_t a)
{
    static const char *const canadians[] = {"canadian", "canadians"};
    size_t i;

    if (a >= 2 && rec_word(text, toks, a, 0, "canada") &&
        (rec_punct(toks, a, 1, ':') || rec_punct(toks, a, 1, '-') ||
         (toks[1].kind == FT_OTHER && toks[1].val == FT_DASH)))
        return 1;
    for (i = 0; i < a; i++)
        if ((toks[i].flags & FT_CAP) &&
            REC_WORD_IN(text, toks, a, i, canadians))
            return 1;
    return 0;
}

/* "paid in January, April, July and October of each year", "held in
 * March and September every year": a habit after a list of months or
 * days from token j on covers every one of them. */
int
facts_each_year_after(const struct facts_tok *toks, size_t n, size_t j)
{
    size_t k;

    for (k = j; k < n && k < j + 16; k++)
        if (!(rec_month_name(toks, n, k) || rec_mday(toks, n, k) ||
              rec_punct(toks, n, k, ',') || rec_punct(toks, n, k, '.') ||
              rec_lex(toks, n, k, LX_AND) || rec_lex(toks, n, k, LX_OF) ||
              rec_lex(toks, n, k, LX_PREP) || rec_lex(toks, n, k, LX_TO)))
            break;
    return k > j && k + 1 < n && toks[k].lex == LX_SET &&
        toks[k + 1].lex == LX_UNIT && toks[k + 1].val == FACTS_YEAR;
}

/* "Its fiscal year runs from October 1 to September 30", "the tax year
 * begins on 6 April": the rule of every year, told in the present,
 * before token a (not "this year runs to Oct. 16"; "its fiscal year
 * ends on June 28" may be this year's end of a 52-week year). */
int
facts_year_rule_before(const char *text, const struct facts_tok *toks, size_t n,
                 size_t a)
{
    static const char *const spans[] = {"runs", "begins", "starts"};
    size_t i = a;

    while (i > 1 && i + 10 > a &&
           (rec_month_name(toks, n, i - 1) || rec_mday(toks, n, i - 1) ||
            rec_punct(toks, n, i - 1, '.') || rec_lex(toks, n, i - 1, LX_AND) ||
            rec_lex(toks, n, i - 1, LX_TO) || rec_lex(toks, n, i - 1, LX_PREP)))
        i--;            /* back over the dates and their joints */
    return i >= 2 && rec_lex(toks, n, i - 2, LX_UNIT) &&
        REC_WORD_IN(text, toks, n, i - 1, spans) &&
        FACTS_UNIT_GRAN(toks[i - 2].val) == FACTS_YEAR &&
        !(toks[i - 2].val & FACTS_UNIT_PL) &&
        !(i >= 3 && toks[i - 3].lex == LX_DEICTIC);
}

/* "published every Thursday from May to October", "every weekend
 * between June and August", "rises every year from April 6": the months
 * a habit runs in, before token a or its range's first month (day: the
 * day a weekly or quarterly habit starts from is a date, "every Sunday
 * from July 2", "report every quarter from 1 July"; a yearly one's is
 * its rule). */
int
facts_every_from(const char *text, const struct facts_tok *toks, size_t n,
           size_t a, int day)
{
    size_t k = a;

    if (k >= 2 && (rec_lex(toks, n, k - 1, LX_TO) ||
                   rec_lex(toks, n, k - 1, LX_AND)) &&
        rec_month_name(toks, n, k - 2))
        k -= 2;         /* the range's second month */
    if (k >= 1 && (rec_word(text, toks, n, k - 1, "from") ||
                   rec_word(text, toks, n, k - 1, "between")))
        k--;
    else if (!rec_word(text, toks, n, k, "from") &&
             !rec_word(text, toks, n, k, "between"))
        return 0;       /* not "every Monday night since January" */
    return k >= 2 && toks[k - 2].lex == LX_SET &&
        (toks[k - 1].lex == LX_WEEKDAY || toks[k - 1].lex == LX_UNIT) &&
        !(day && !(toks[k - 1].lex == LX_UNIT &&
                   FACTS_UNIT_GRAN(toks[k - 1].val) == FACTS_YEAR));
}

/* "every Thursday" right before token k: a weekly habit. */
static int
weekly_before(const struct facts_tok *toks, size_t k)
{
    return k >= 2 && toks[k - 1].lex == LX_WEEKDAY &&
        toks[k - 2].lex == LX_SET;
}

/* "every March and September", "every Monday and Thursday", "every
 * Thursday in July and August": a month or weekday later in a list whose
 * first member a set word opens, or a month in the list after a weekly
 * habit's "in", before token a. */
int
facts_every_list(const char *text, const struct facts_tok *toks, size_t n,
                 size_t a)
{
    size_t k = a;

    if (rec_word(text, toks, n, k, "in"))       /* the match's own "in" */
        return weekly_before(toks, k);
    while (k >= 2 && (rec_lex(toks, n, k - 1, LX_AND) ||
                      rec_punct(toks, n, k - 1, ',') ||
                      rec_word(text, toks, n, k - 1, "or")) &&
           (toks[a].lex == LX_WEEKDAY ? toks[k - 2].lex == LX_WEEKDAY :
            rec_month_name(toks, n, k - 2)))
        k -= 2;
    if (k == a)
        return 0;       /* the list's first: custom_day's own test */
    if (k >= 1 && toks[k - 1].lex == LX_SET)
        return 1;
    return k >= 1 && rec_word(text, toks, n, k - 1, "in") &&
        weekly_before(toks, k - 1);
}

/* "is now marked around the world as World Diabetes Day", "became
 * known as Bloody Sunday": a day's name given to a day, not a date (but
 * "as Christmas approached"). */
int
facts_named_as(const char *text, const struct facts_tok *toks, size_t n, size_t a)
{
    static const char *const naming[] = {"marked", "known", "celebrated",
        "observed", "designated", "declared", "named", "commemorated",
        "celebrates", "marks", "observes", "commemorates", "calls",
        "called", "dubbed"};
    static const char *const owners[] = {"its", "their", "his", "her",
        "our", "own", "the", "a"};
    size_t i;

    if (toks[a].kind != FT_WORD || !(toks[a].flags & FT_CAP))
        return 0;
    while (a > 1 && REC_WORD_IN(text, toks, n, a - 1, owners))
        a--;            /* "celebrates December 16 as its own Victory Day" */
    if (a > 1 && (rec_punct(toks, n, a - 1, '"') || (toks[a - 1].kind ==
            FT_OTHER && toks[a - 1].val == '"'))) {
        for (i = a - 1; i-- > 0 && i + 5 > a;)  /* "which calls the */
            if (REC_WORD_IN(text, toks, n, i, naming))  /* anniversary */
                return 1;                       /* \"Victory Day\"" */
        return 0;
    }
    if (a < 2 || !rec_word(text, toks, n, a - 1, "as"))
        return 0;
    for (i = a - 2; i + 6 > a; i--) {
        if (REC_WORD_IN(text, toks, n, i, naming))
            return 1;
        if (toks[i].kind == FT_PUNCT || i == 0)
            return 0;
    }
    return 0;
}

/* A weekday that starts a name: "The Sunday Times", "Sunday Miscellany
 * (RTE Radio 1)" opening its line, "Monday Night Football", "Saturday
 * Night Live" (not in a headline, which capitalises every word, and not
 * "On Saturday Police Scotland said"). */
int
facts_weekday_name(const struct facts_tok *toks, size_t n,
             const struct facts_match *m)
{
    const struct facts_tok *x = m->b < n ? &toks[m->b] : NULL, *l;

    if (!m->e.wd || m->e.d || m->e.m || x == NULL || x->kind != FT_WORD ||
        !(x->flags & FT_CAP) || (x->flags & FT_UPPER) ||
        x->lex == LX_MONTH || x->lex == LX_WEEKDAY)
        return 0;
    l = &toks[m->b - 1];
    if (m->b >= m->a + 2 && l->lex == LX_DAYPART && (l->flags & FT_CAP))
        return 1;       /* "Monday Night Football" */
    if (x->lex == LX_DAYPART && m->b + 1 < n &&
        toks[m->b + 1].kind == FT_WORD && (toks[m->b + 1].flags & FT_CAP))
        return 1;       /* "Saturday Night Live" */
    return m->b == m->a + 1 &&
        (m->a == 0 || toks[m->a - 1].lex == LX_THE) &&
        x->lex != LX_UNIT && x->lex != LX_HOLIDAY && x->lex != LX_DAYPART;
}
