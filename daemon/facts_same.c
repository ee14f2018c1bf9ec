/* SPDX-License-Identifier: MIT */
/* facts_same.c - "the same quarter last year": a comparison's period a year before or after the one just named. */
#include <stdio.h>
#include <string.h>

#include "caldate.h"
#include "facts_int.h"

/* The kinds of period "the same ... last year" names. */
enum { SAME_NONE, SAME_PERIOD, SAME_QUARTER, SAME_MONTH, SAME_WEEKEND };

void
rec_same_period(const char *text, const struct facts_tok *toks, size_t n,
                struct facts_match *m)
{
    static const char *const nouns[] = {"period", "quarter", "month",
        "weekend"};
    size_t k = m->a, i;

    if (m->e.gran != FACTS_YEAR || m->e.anchor != FACTS_REL ||
        (m->e.n != -1 && m->e.n != 1) || k < 3)
        return;
    k -= rec_lex(toks, n, k - 1, LX_OF);        /* "of last year" */
    if (k < 3 || !rec_word(text, toks, n, k - 2, "same") ||
        !rec_lex(toks, n, k - 3, LX_THE))
        return;
    for (i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (rec_word(text, toks, n, k - 1, nouns[i]))
            break;
    if (i == sizeof nouns / sizeof *nouns)
        return;
    m->same = SAME_PERIOD + (int)i;
    m->a = k - 3;
}

/* Whether fact f, met before, is the period a "same" of kind names: a
 * quarter, a half or a month of the same sentence for a period, a month of it
 * for a month, a quarter anywhere before; a weekend or a day of the
 * same sentence, whose week's weekend it is. */
static int
antecedent(const struct fact *f, int kind, int sentence)
{
    switch (kind) {
    case SAME_PERIOD:
        return f->sentence == sentence && (f->gran == FACTS_QUARTER ||
                                           f->gran == FACTS_HALF ||
                                           f->gran == FACTS_MONTH);
    case SAME_MONTH:
        return f->sentence == sentence && f->gran == FACTS_MONTH;
    case SAME_QUARTER:
        return f->gran == FACTS_QUARTER;
    default:
        return f->sentence == sentence &&
            ((f->gran == FACTS_WEEK && strstr(f->value, "-WE")) ||
             (f->gran == FACTS_DAY && strlen(f->value) == 10));
    }
}

/* "From January to August, 18.6% more than the same period of last
 * year": two periods in the sentence make a span, and the same span of
 * last year is the year's part that says no more than the year. */
static int
spans(const struct collect *c, size_t i, int kind, int sentence)
{
    return (kind == SAME_PERIOD || kind == SAME_MONTH) && i > 1 &&
        antecedent(&c->v[i - 2], kind, sentence);
}

/* The weekend of day d's ISO week, years years later, into v. */
static void
weekend_of(struct caldate d, int years, char v[16])
{
    int y, w = cal_iso_week(d, &y);

    snprintf(v, 16, "%04d-W%02d-WE", (y + years) % 10000, w);
}

void
facts_same_period(const struct scan *sc, const struct facts_match *m,
                  struct fact *f)
{
    const struct collect *c = sc->out;
    struct caldate d;
    size_t i = c->n;
    char year[8];
    int y;

    if (!m->same)
        return;
    while (i > 0 && !antecedent(&c->v[i - 1], m->same, sc->sentence))
        i--;
    if (i > 0 && spans(c, i, m->same, sc->sentence))
        return;
    if (i == 0) {
        if (m->same == SAME_WEEKEND) {     /* "up 11 percent from the same
                                              weekend last year": the
                                              weekend the article is on,
                                              or the last one from Monday
                                              to Thursday */
            weekend_of(cal_add_days(sc->dct, cal_weekday(sc->dct) <= 4 ?
                                    -7 : 0), m->e.n, f->value);
            f->gran = FACTS_WEEK;
        }
        return;                 /* else the year: "so far this year,
                                   against 917 in the same period last
                                   year" */
    }
    if (c->v[i - 1].gran == FACTS_DAY) {
        if (cal_parse_iso(c->v[i - 1].value, 10, &d) != 0)
            return;
        weekend_of(d, m->e.n, f->value);
        f->gran = FACTS_WEEK;
        return;
    }
    if (sscanf(c->v[i - 1].value, "%4d", &y) != 1 || y + m->e.n < 0 ||
        y + m->e.n > 9999)
        return;
    memcpy(f->value, c->v[i - 1].value, sizeof f->value);
    snprintf(year, sizeof year, "%04d", y + m->e.n);
    memcpy(f->value, year, 4);  /* "2040-Q3" -> "2039-Q3" */
    f->gran = c->v[i - 1].gran;
}
