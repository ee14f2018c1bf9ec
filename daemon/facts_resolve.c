/* SPDX-License-Identifier: MIT */
/* facts_resolve.c - decide whether a recognised date is a fact of the story and place it on the calendar. */
#include <string.h>

#include "facts_int.h"

/* "APRIL / ... so Monday the 28th was a public holiday": a bare day
 * (with its weekday, when that day is one) under a month's heading is
 * in the heading's month. */
static void
heading_month_day(const struct scan *sc, struct facts_expr *e)
{
    struct caldate c = {sc->section_mon_y, sc->section_mon_m, e->d};

    if (e->gran != FACTS_DAY || e->anchor != FACTS_TENSED || e->m ||
        !e->d || e->hol || !sc->section_mon_y ||
        !cal_valid(c.y, c.m, c.d) || (e->wd && cal_weekday(c) != e->wd))
        return;
    e->m = c.m;
    e->y = c.y;
    e->wd = 0;
    e->anchor = FACTS_ABS;
}

/* "watching the forecasts since Boxing Day. He locked the gates on the
 * 28th": a bare day in a sentence in the past, after the paragraph's
 * last dated sentence before it dated a day or month before the
 * reference's month, goes on in that month when it comes later in it. */
static void
story_month_day(const struct scan *sc, struct facts_expr *e)
{
    if (e->gran != FACTS_DAY || e->anchor != FACTS_TENSED || e->m ||
        !e->d || e->wd || e->hol || !sc->prev_mon.y ||
        e->d <= sc->prev_mon.d ||
        sc->prev_mon.y * 12 + sc->prev_mon.m >= sc->ref.y * 12 + sc->ref.m ||
        !cal_valid(sc->prev_mon.y, sc->prev_mon.m, e->d))
        return;
    e->m = sc->prev_mon.m;
    e->y = sc->prev_mon.y;
    e->anchor = FACTS_ABS;
}

/* A date in a wire dateline ("TOKYO, Jan. 2 (Reuters) -") is the article's
 * own date, never a fact: upper-case place words and commas before it, a
 * dash or a parenthesised agency after it. */
static int
dateline(const char *text, const struct facts_tok *toks, size_t n,
         const struct facts_match *m)
{
    size_t i;
    const struct facts_tok *t;

    (void)text;
    if (m->a == 0 || m->a > 8)
        return 0;
    for (i = 0; i < m->a; i++) {
        t = &toks[i];
        if (!((t->kind == FT_WORD && (t->flags & FT_UPPER)) ||
              (t->kind == FT_PUNCT && (t->val == ',' || t->val == '.'))))
            return 0;
    }
    if (m->b >= n)
        return 0;
    t = &toks[m->b];
    /* "(Reuters) -", " - ", " -- ", "/PRNewswire/" */
    return (t->kind == FT_PUNCT && (t->val == '(' || t->val == '-' ||
                                    t->val == '/')) ||
        (t->kind == FT_OTHER && t->val == FT_DASH);
}

/* "daily forecasts", "a nightly curfew": a habit word of value 1 before
 * a lower-case noun qualifies it; the sentence's dates are no set. */
static int
adjective_habit(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *x = i + 1 < n ? &toks[i + 1] : NULL;

    return x && x->kind == FT_WORD && x->lex == LX_NONE &&
        x->tense == FACTS_TENSE_NONE && !(x->flags & (FT_CAP | FT_UPPER));
}

/* A modal, a verb of expecting or (when past is set: after "but") a
 * past verb between tokens i and a: the clause tells one case, not the
 * habit ("but could open in late April", "and forecasters still expect
 * exports in the March quarter"; not "but the big ones arrive in late
 * May", nor "and several are asking for canned chickpeas before
 * Wednesday"). */
static int
exception(const struct facts_tok *toks, size_t i, size_t a, int past)
{
    for (; i < a; i++)
        if (toks[i].kind == FT_WORD && (toks[i].lex == LX_FUT ||
                                        toks[i].lex == LX_FUTTO ||
                                        (past && toks[i].tense ==
                                         FACTS_TENSE_PAST)))
            return 1;
    return 0;
}

/* Whether the word at i is in a relative clause ("an estimate that is
 * often revised,") that a comma closes before a: what it says of the
 * estimate says nothing of the date after it. */
static int
closed_relative(const char *text, const struct facts_tok *toks, size_t n,
                size_t i, size_t a)
{
    static const char *const rel[] = {"which", "who"};
    size_t k;

    for (k = i + 1; k < a && !rec_punct(toks, n, k, ','); k++)
        ;
    if (k == a)
        return 0;
    for (k = i; k-- > 0 && !rec_punct(toks, n, k, ',');)
        if (toks[k].lex == LX_THAT || REC_WORD_IN(text, toks, n, k, rel))
            return 1;
    return 0;
}

/* "Trains will run normally on Monday": a habit word right after the
 * verb a modal governs says "as usual", of the one day. */
static int
as_usual(const struct facts_tok *toks, size_t i)
{
    return i >= 2 && toks[i - 1].kind == FT_WORD &&
        toks[i - 1].lex == LX_NONE && toks[i - 2].lex == LX_FUT;
}

/* Whether habit word i of value 2 ("always") reaches the date at a..b:
 * they share a clause, with no "will", "that" or (after the date) "and"
 * between ("has always said he will retire in June", "we play in June
 * and always lose" tell of one June; "the second week of January is
 * always the hardest" tells a habit). */
static int
always_reaches(const struct facts_tok *toks, size_t i, size_t a, size_t b)
{
    size_t k, from = i < a ? i + 1 : b, to = i < a ? a : i;

    for (k = from; k < to; k++)
        if ((toks[k].kind == FT_PUNCT && toks[k].val != '-') ||
            toks[k].lex == LX_FUT || toks[k].lex == LX_THAT ||
            (i >= b && toks[k].lex == LX_AND))
            return 0;
    return 1;
}

/* A habit word before the expression at a..b, or after it in the same
 * clause ("usually runs from November to March", "typically on Sunday",
 * "leaves daily from May to September"): a month or weekday there is a
 * set, no date ("gusts on Sunday afternoon, conditions that usually
 * favour ..." speaks of the conditions). Value 1 words count in lower
 * case only ("the Daily Post reported on Monday"); value 2 ("always") in
 * the expression's own clause only (always_reaches: not "'You always look
 * at the weekends first,' said Delgado, whose team plays in June"). */
static int
habit(const char *text, const struct facts_tok *toks, size_t n, size_t a,
      size_t b)
{
    size_t i, from = 0;    /* after ", but" or ", and" before a: one case
                              ("usually bloom in May, but could open in
                              late April") */
    int after = 0;

    for (i = a; i-- > 1 && from == 0;)
        if (rec_punct(toks, n, i - 1, ',') &&
            ((rec_word(text, toks, n, i, "but") &&
              exception(toks, i + 1, a, 1)) ||
             (rec_word(text, toks, n, i, "and") &&
              exception(toks, i + 1, a, 0))))
            from = i + 1;
    for (i = 0; i < n; i++) {
        if (i >= b && ((toks[i].kind == FT_PUNCT && toks[i].val == ',') ||
                       toks[i].lex == LX_THAT))
            after = 1;
        if (toks[i].kind == FT_WORD && toks[i].lex == LX_HABIT &&
            !(toks[i].val == 1 && ((toks[i].flags & (FT_CAP | FT_UPPER)) ||
                                   adjective_habit(toks, n, i))) &&
            !as_usual(toks, i) &&
            !(toks[i].val == 2 && !always_reaches(toks, i, a, b)) &&
            ((i < a && i >= from && !closed_relative(text, toks, n, i, a)) ||
             (i >= a && !after)))
            return 1;
    }
    return 0;
}

/* "Monday, Wednesday and Saturday mornings": weekdays listed before a
 * plural part of the day are a timetable, a set, no date. b is the end
 * of one of them. */
static int
weekly_parts(const char *text, const struct facts_tok *toks, size_t n,
             size_t b)
{
    static const char *const parts[] = {"mornings", "afternoons",
        "evenings", "nights", "lunchtimes"};
    size_t i = b;

    while (i < n && (rec_lex(toks, n, i, LX_WEEKDAY) ||
                     rec_lex(toks, n, i, LX_AND) ||
                     rec_punct(toks, n, i, ',') ||
                     rec_word(text, toks, n, i, "or")))
        i++;
    return REC_WORD_IN(text, toks, n, i, parts);
}

/* The value of weekday wd after day d, the first such (strictly after
 * d when strict, else on or after it); *days gets its day number. */
static void
weekday_after(struct caldate d, int wd, int strict, int64_t *days,
              char *value)
{
    int step = (wd - cal_weekday(d) + 7) % 7;

    *days = cal_to_days(d) + (step || !strict ? step : 7);
    cal_format(cal_from_days(*days), value);
}

/* A span opens before offset off: "between yesterday and Friday", "from
 * today to Sunday" (not a list, "yesterday and on Friday"). */
static int
span_opens(const char *s, size_t off)
{
    return (off >= 8 && memcmp(s + off - 8, "between ", 8) == 0) ||
        (off >= 5 && memcmp(s + off - 5, "from ", 5) == 0);
}

int
facts_has_figure(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* "Saturday and Sunday", "Monday to Wednesday" with no tense to place
 * them: the second is the first such day after the first (on or after
 * it after "and": "Saturday and Saturday night"), so the pair
 * never straddles the reference ("Monday and Tuesday: colder"); one that
 * gives its date ("from June 11 to Wednesday, June 19") is that. Writes
 * the value and returns 1 when m follows such a first day. */
static int
paired_weekday(const struct scan *sc, const struct facts_tok *toks,
               const struct facts_match *m, size_t base, char *value)
{
    const struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    const struct facts_tok *c = m->a >= 2 ? &toks[m->a - 1] : NULL;
    struct caldate d;
    int64_t days;

    if (c == NULL || !facts_last_fact_ends(sc, base + toks[m->a - 2].off +
                                           toks[m->a - 2].len) ||
        p->gran != FACTS_DAY || !m->e.wd || m->e.d || m->e.hol ||
        (facts_last_weekday(sc->text + p->off, p->len) <= 0 &&
         !facts_has_figure(sc->text + p->off, p->len) &&
         !span_opens(sc->text, p->off)) ||
        m->e.anchor != FACTS_TENSED || !(c->lex == LX_AND || c->lex == LX_TO ||
          (c->kind == FT_PUNCT && c->val == '-')) ||
        cal_parse_iso(p->value, 10, &d) != 0)
        return 0;
    /* "snow Saturday and Saturday night": "and" the same day again */
    weekday_after(d, m->e.wd, c->lex != LX_AND, &days, value);
    return 1;
}

/* The words between two dates s[0..len) join a list: short, with no
 * word that opens a clause of its own ("Friday's payrolls report, with
 * Monday's selloff still fresh"). */
static int
list_glue(const char *s, size_t len)
{
    static const char *const opens[] = {" with ", " while ", " after ",
        " before ", " unlike ", " but ", " since ", " when ", " as "};
    size_t k;

    if (len > 60)
        return 0;
    for (k = 0; k < sizeof opens / sizeof *opens; k++)
        if (memmem(s, len, opens[k], strlen(opens[k])))
            return 0;
    return 1;
}

/* "a summit finish on Wednesday, Thursday's time trial, and two more
 * mountain days on Friday and Saturday": a weekday with no tense of its
 * own that the nearest reading put before the reference, after a
 * weekday this sentence placed in the coming week, is the first such
 * day after that one while it is still in the coming week (value
 * rewritten). */
static void
listed_weekday(const struct scan *sc, const struct facts_tok *toks, size_t n,
               const struct facts_match *m, size_t base, char *value)
{
    const struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    struct caldate d, own;
    int64_t days, ahead;
    char v[16];

    if (p == NULL || p->sentence != sc->sentence || p->gran != FACTS_DAY ||
        facts_last_weekday(sc->text + p->off, p->len) <= 0 ||
        !m->e.wd || m->e.d || m->e.m || m->e.hol ||
        m->e.anchor != FACTS_TENSED || rec_possessive(toks, n, m->b) ||
        !list_glue(sc->text + p->off + p->len,
                   base + toks[m->a].off - (p->off + p->len)) ||
        cal_parse_iso(p->value, 10, &d) != 0 ||
        cal_parse_iso(value, 10, &own) != 0 ||
        cal_to_days(own) >= cal_to_days(sc->ref))
        return;
    ahead = cal_to_days(d) - cal_to_days(sc->ref);
    if (ahead < 1 || ahead > 6)
        return;
    weekday_after(d, m->e.wd, 1, &days, v);
    if (days - cal_to_days(sc->ref) <= 7)
        memcpy(value, v, 11);
}

/* "Sunday 20 October, 4pm: The warning is raised ... until 6am on
 * Monday": a weekday in a line a day gone by labels is the first such
 * day on or after the label's. Writes the value and returns 1 when m is
 * one. */
static int
labelled_weekday(const struct scan *sc, const char *text,
                 const struct facts_tok *toks, const struct facts_match *m,
                 char *value)
{
    const struct facts_tok *p = m->a > 0 ? &toks[m->a - 1] : NULL;
    char v[16];
    int64_t days;

    if (sc->label_sentence != sc->sentence || sc->label_dir >= 0 ||
        !m->e.wd || m->e.m || m->e.d || m->e.gran != FACTS_DAY ||
        m->e.anchor != FACTS_TENSED || p == NULL ||
        memchr(text + p->off + p->len, '\n',
               toks[m->a].off - (p->off + p->len)))
        return 0;               /* not in the label's line */
    weekday_after(sc->label_day, m->e.wd, 0, &days, v);
    if (days > cal_to_days(sc->ref))
        return 0;
    memcpy(value, v, sizeof v);
    return 1;
}

/* Whether the last fact is a day named without a number ("for Saturday
 * and Sunday": the second follows the first, whatever the tense; "between
 * February 26 and Monday" ends on the Monday tense gives). */
static int
after_named_day(const struct scan *sc)
{
    const struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    size_t i;

    if (p == NULL || p->sentence != sc->sentence || p->gran != FACTS_DAY)
        return 0;
    for (i = 0; i < p->len; i++)
        if (sc->text[p->off + i] >= '0' && sc->text[p->off + i] <= '9')
            return 0;
    return 1;
}

/* "voted to keep the government running through Dec. 17", "hoped to
 * complete it in the week of 9 March", said in the autumn: a date an
 * infinitive aims at, when it falls within AIM_DAYS ahead, is that one,
 * not the past verb's a year before ("travelled to attend talks in
 * November", said in June, stays last November; weekdays and holidays
 * keep the verb's tense: "tried to call her on Monday"). */
#define AIM_DAYS 92

static int
aimed_soon(const struct scan *sc, const char *text,
           const struct facts_tok *toks, size_t n,
           const struct facts_match *m, const struct facts_expr *e)
{
    int64_t d;

    if (e->wd || e->hol || e->anchor != FACTS_TENSED || !e->m ||
        (e->gran != FACTS_DAY && e->gran != FACTS_WEEK &&
         e->gran != FACTS_MONTH) ||
        !facts_infinitive_before(text, toks, n, m->a))
        return 0;
    d = facts_days_ahead(sc, e, FACTS_TENSE_NONE);
    return d > 0 && d <= AIM_DAYS;
}

/* "met on Sunday night and agreed to meet again on Wednesday": a weekday
 * a past agreement or decision aims at is the nearest such day, which
 * may be still to come ("tried to call her on Monday" stays past). */
static int
agreed_day(const char *text, const struct facts_tok *toks, size_t n,
           const struct facts_match *m, const struct facts_expr *e)
{
    return e->wd && !e->m && !e->hol && e->gran == FACTS_DAY &&
        e->anchor == FACTS_TENSED &&
        facts_agreed_before(text, toks, n, m->a);
}

/* "the 1991-2020 average", "the 1850-1900 baseline", "the 2011-2012
 * school year", "the 2001-2005 five-year plan", "the 2012-2021 budget
 * window", "the 14th Five-Year Plan (2021-2025)": a span of years that
 * names a yardstick, a school year, a plan or a budget, no date. m is
 * either year of the span. */
static int
reference_period(const char *text, const struct facts_tok *toks, size_t n,
                 const struct facts_match *m)
{
    static const char *const yardsticks[] = {"average", "averages",
        "baseline", "mean", "norm", "normal", "levels", "school",
        "academic", "season", "five-year", "plan", "period", "budget",
        "window", "framework", "programme", "program", "strategy",
        "horizon", "cycle", "multiannual", "spending", "funding"};
    size_t end;

    if (m->e.gran != FACTS_YEAR || m->b != m->a + 1)
        return 0;
    if (rec_joined_dash(toks, n, m->b) && rec_year(toks, n, m->b + 1))
        end = m->b + 2;
    else if (m->a >= 2 && rec_joined_dash(toks, n, m->a - 1) &&
             rec_year(toks, n, m->a - 2))
        end = m->b;
    else
        return 0;
    /* "the 14th Five-Year Plan (2021-2025)", "the 15th Five-Year Plan
     * period (2026-2030)": a plan's name */
    if (rec_punct(toks, n, end, ')') && end >= 5 &&
        rec_punct(toks, n, end - 4, '(') &&
        (((toks[end - 5].flags & (FT_CAP | FT_UPPER)) &&
          toks[end - 5].kind == FT_WORD) ||
         REC_WORD_IN(text, toks, n, end - 5, yardsticks)))
        return 1;
    /* "the 2033-2035 federal budget": one word may stand between */
    return REC_WORD_IN(text, toks, n, end, yardsticks) ||
        (end + 1 < n && toks[end].kind == FT_WORD &&
         toks[end].lex == LX_NONE && REC_WORD_IN(text, toks, n, end + 1,
                                                 yardsticks)) ||
        (rec_word(text, toks, n, end, "five") &&
         rec_joined_dash(toks, n, end + 1));
}

/* "the start of the year 1410 in the Iranian calendar", "the Hijri year
 * 1434": a year of another calendar is no Gregorian one. */
static int
other_calendar_year(const char *text, const struct facts_tok *toks, size_t n,
                    const struct facts_match *m)
{
    static const char *const calendars[] = {"hijri", "persian",
        "iranian", "islamic", "lunar", "buddhist", "hebrew", "jewish",
        "solar", "shamsi", "nepali", "ethiopian", "ah"};
    size_t i, y = m->b - 1;     /* the year's number ends the match */

    if (m->e.gran != FACTS_YEAR || y < 1 || !rec_year(toks, n, y) ||
        !rec_word(text, toks, n, y - 1, "year"))
        return 0;
    for (i = 0; i < n; i++)
        if (toks[i].kind == FT_WORD && REC_WORD_IN(text, toks, n, i, calendars))
            return 1;
    return 0;
}

/* "Suit No. 418 of 2023", "Act No. 5 of 2019", "Case 12 of 2021": the
 * year of a numbered filing is part of its number. */
static int
numbered_of_year(const char *text, const struct facts_tok *toks, size_t n,
                 const struct facts_match *m)
{
    size_t a = m->a;

    if (m->e.gran != FACTS_YEAR || m->b != a + 1 || a < 3 ||
        !rec_lex(toks, n, a - 1, LX_OF) || toks[a - 2].kind != FT_NUM ||
        (toks[a - 2].flags & FT_ORD))
        return 0;
    return rec_word(text, toks, n, a - 3, "no") ||
        rec_word(text, toks, n, a - 3, "number") ||
        rec_word(text, toks, n, a - 3, "case") ||
        (a >= 4 && rec_punct(toks, n, a - 3, '.') &&
         rec_word(text, toks, n, a - 4, "no"));
}

/* The sentence names the Western churches' Easter ("Greece's Catholics
 * celebrated Easter on Sunday, a week ahead of the Orthodox feast"). */
static int
western(const struct scan *sc)
{
    return memmem(sc->text, sc->len, "Catholic", 8) ||
        memmem(sc->text, sc->len, "Protestant", 10) ||
        memmem(sc->text, sc->len, "Western", 7);
}

/* "Independence Day", "Labour Day", "Thanksgiving", "Freedom Day": the
 * day the story's country keeps, into e. Returns 0 when the story does
 * not say whose day it is (no date beats a wrong one). */
static int
national_day(const struct scan *sc, const char *text,
             const struct facts_tok *toks, size_t n,
             const struct facts_match *m, struct facts_expr *e)
{
    if (e->hol == FACTS_HOL_LABOR && sc->labour_nth &&
        rec_word(text, toks, n, m->b - 2, "labour")) {
        e->hol = FACTS_HOL_NTH; /* New Zealand's: October's fourth */
        e->m = sc->labour_m;    /* Monday */
        e->wd = 1;
        e->part = sc->labour_nth;
        e->d = 0;
    } else if (e->hol == FACTS_HOL_LABOR && sc->labour_m &&
        (rec_word(text, toks, n, m->b - 2, "labour") || sc->labor_may)) {
        e->hol = 0;             /* Kenya's, Nigeria's, Europe's, the
                                   Philippines': May 1 */
        e->m = sc->labour_m;
        e->d = sc->labour_d;
    }
    if (e->hol == FACTS_HOL_LABOR && m->a > 0 &&
        rec_word(text, toks, n, m->a - 1, "international")) {
        e->hol = 0;             /* "International Labour Day": May 1 */
        e->m = 5;
        e->d = 1;
    }
    if (e->hol == FACTS_HOL_NTH && e->m == 8 && e->part == 5 &&
        rec_word(text, toks, n, m->b - 2, "bank") &&
        facts_country_first_august(sc->doc))
        e->part = 1;            /* Ireland's and Scotland's: the first */
    if (e->hol == FACTS_HOL_EASTER && sc->orthodox > 0 && !western(sc))
        e->hol = FACTS_HOL_ORTHODOX;    /* "Good Friday" in Athens */
    if (e->hol == FACTS_HOL_THANKS && e->d == 0 &&
        (facts_canada_before(text, toks, m->a) || facts_country_canadian(sc->doc))) {
        e->hol = FACTS_HOL_NTH; /* the second Monday of October */
        e->m = 10;
        e->wd = 1;
        e->part = 2;
        e->d = 0;
    }
    if (e->hol == FACTS_HOL_FAMILY) {
        if (facts_country_south_africa(sc->doc)) {
            e->hol = FACTS_HOL_EASTER;  /* Easter Monday */
            e->d = 1;
        } else if (facts_canada_before(text, toks, m->a) ||
                   facts_country_canadian(sc->doc)) {
            e->hol = FACTS_HOL_NTH;     /* the third Monday of February */
            e->m = 2;
            e->wd = 1;
            e->part = 3;
            e->d = 0;
        } else {
            return 0;                   /* any family's day */
        }
    }
    if (e->hol == FACTS_HOL_SOUTH_AFRICA) {
        if (!facts_country_south_africa(sc->doc))
            return 0;           /* "Freedom Day" elsewhere: whose? */
        e->hol = 0;
    }
    if (e->hol == FACTS_HOL_REPUBLIC) {
        if (!sc->republic_m)
            return 0;           /* whose? */
        e->hol = 0;
        e->m = sc->republic_m;
        e->d = sc->republic_d;
    }
    if (e->hol == FACTS_HOL_NATIONAL) {
        if (!sc->national_m || rec_word(text, toks, n, m->b, "of"))
            return 0;           /* whose? "National Day of Prayer" */
        e->hol = 0;
        e->m = sc->national_m;
        e->d = sc->national_d;
    }
    if (e->hol == FACTS_HOL_INDEPENDENCE) {
        if (!sc->indep_m)
            return 0;
        e->hol = 0;
        e->m = sc->indep_m;
        e->d = sc->indep_d;
    }
    return 1;
}

/* A day or month said of a custom, not of one occasion: "every New
 * Year's Day", "on Fridays in June", "sales usually held on Boxing
 * Day" (a habit word on the verb right before makes any day a custom;
 * not "at $21 each on Wednesday"). */
static int
custom_day(const char *text, const struct facts_tok *toks, size_t n,
           const struct facts_match *m, const struct facts_expr *e)
{
    if (m->a > 0 && toks[m->a - 1].lex == LX_SET && toks[m->a].lex != LX_PREP &&
        !(toks[m->a].lex == LX_EDGE && rec_lex(toks, n, m->a + 1, LX_PREP)))
        return 1;       /* not "at $16 each late on Tuesday" */
    if (e->gran == FACTS_DAY && !e->y && facts_named_as(text, toks, n, m->a))
        return 1;       /* "his birthday is marked as World Diabetes Day" */
    if (e->m && !e->y && e->anchor == FACTS_TENSED && n > 2) {
        size_t f = toks[0].kind == FT_WORD ? 0 : 1;     /* a quote mark */
        if (toks[f].lex == LX_SET && toks[f + 1].lex == LX_UNIT &&
            toks[f + 1].val == FACTS_YEAR)
            return 1;   /* "Every year we hear the same thing in the last
                           week of January" */
    }
    if (e->m && !e->y && (facts_each_year_after(toks, n, m->b) ||
                          facts_year_rule_before(text, toks, n, m->a) ||
                          facts_every_from(text, toks, n, m->a, e->d != 0) ||
                          (!e->d && facts_every_list(text, toks, n, m->a))))
        return 1;
    if (e->wd && !e->m && facts_every_list(text, toks, n, m->a))
        return 1;
    if (m->a >= 2 && toks[m->a - 2].lex == LX_SET &&
        toks[m->a - 1].lex == LX_UNIT && toks[m->a - 1].val == FACTS_YEAR &&
        toks[m->a].lex == LX_PREP && e->gran != FACTS_YEAR &&
        e->gran != FACTS_DECADE && e->gran != FACTS_CENTURY)
        return 1;       /* "every year on this weekend", "each year at
                           Christmas"; not "every year in the 1990s" */
    if (e->anchor == FACTS_TENSED && !e->hol && (e->wd || (e->m && !e->d)) &&
        (habit(text, toks, n, m->a, m->b) ||
         (e->wd && weekly_parts(text, toks, n, m->b))))
        return 1;
    return e->anchor == FACTS_TENSED && m->a >= 2 &&
        toks[m->a].lex == LX_PREP && toks[m->a - 2].kind == FT_WORD &&
        toks[m->a - 2].lex == LX_HABIT &&
        !(toks[m->a - 2].flags & (FT_CAP | FT_UPPER));
}

/* "from October 1, Independence Day, if bookings meet targets": a named
 * day in apposition after a day stated just before it is that day,
 * whose value is copied into value (whose Independence Day the story
 * means matters no more). Returns 1 when it is one, 2 when the day before
 * is a bare weekday, 0 when none. */
static int
day_before_name(const struct scan *sc, const struct facts_tok *toks,
                size_t n, const struct facts_match *m, size_t base,
                char *value)
{
    const struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;

    if (m->e.gran != FACTS_DAY || !(m->e.hol || (m->e.m && m->e.d)) ||
        m->e.wd || m->a < 2 || !rec_punct(toks, n, m->a - 1, ',') ||
        !(toks[m->a].flags & FT_CAP) || toks[m->a].kind != FT_WORD ||
        toks[m->a].lex == LX_MONTH || toks[m->a].lex == LX_PREP ||
        !facts_last_fact_ends(sc, base + toks[m->a - 2].off + toks[m->a - 2].len) ||
        p->gran != FACTS_DAY || rec_word(sc->text + base, toks, n, m->b, "on"))
        return 0;       /* not "on Saturday 10 June, Corpus Christi on
                           Thursday 8 June": a list, each with its date */
    memcpy(value, p->value, sizeof p->value);
    /* "on Tuesday, New Year's Day": a day that places itself says which
     * Tuesday (weekday_before_name); one that cannot takes the weekday's */
    return facts_last_weekday(sc->text + p->off, p->len) > 0 &&
        !facts_has_figure(sc->text + p->off, p->len) ? 2 : 1;
}

/* A saying word, then "would" and no "will" before token a: a future
 * told from the time of the saying (not "tax cuts that would apply from
 * 1 July"; not "... would not fall the day after the Budget, which she
 * has said she will deliver on March 9"). */
static int
said_would(const char *text, const struct facts_tok *toks, size_t n,
           size_t a)
{
    static const char *const saying[] = {"said", "told", "announced",
        "promised", "predicted", "forecast", "pledged", "warned"};
    size_t i;
    int said = 0;

    for (i = 0; i < a && !rec_word(text, toks, n, i, "would"); i++)
        said |= REC_WORD_IN(text, toks, n, i, saying);
    if (i == a || !said)
        return 0;
    while (++i < a)
        if (rec_word(text, toks, n, i, "will"))
            return 0;
    return 1;
}

/* "said in January that the program would be in stores by April 1",
 * "had been told in April that the work would start in May": a future
 * told with "would" after a month gone by that the sentence dated is
 * the first such date after that month, not after the reference. */
static void
after_said_then(const struct scan *sc, const char *text,
                const struct facts_tok *toks, size_t n,
                const struct facts_match *m, struct facts_expr *e)
{
    if (e->anchor != FACTS_TENSED || !e->m || e->hol || e->y ||
        !sc->mon_y || sc->mon_y * 12 + sc->mon_m >=
        sc->ref.y * 12 + sc->ref.m || !said_would(text, toks, n, m->a))
        return;
    e->anchor = FACTS_ABS;
    e->y = e->m >= sc->mon_m ? sc->mon_y : sc->mon_y + 1;
}

/* "had said on Tuesday that the station would come down on Wednesday":
 * a weekday told with "would" after a day gone by that the sentence
 * dated (within a week) is the first such day after it. Writes the value
 * and returns 1 when m is one. */
static int
said_weekday(const struct scan *sc, const char *text,
             const struct facts_tok *toks, size_t n,
             const struct facts_match *m, char *value)
{
    const struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    struct caldate d;
    int64_t days, ref = cal_to_days(sc->ref);

    if (!m->e.wd || m->e.m || m->e.d || m->e.gran != FACTS_DAY ||
        m->e.anchor != FACTS_TENSED || p == NULL ||
        p->sentence != sc->sentence || p->gran != FACTS_DAY ||
        cal_parse_iso(p->value, 10, &d) != 0 ||
        (days = cal_to_days(d)) >= ref || days + 7 < ref ||
        !said_would(text, toks, n, m->a) ||
        strncmp(sc->text + p->off + p->len, " that ", 6) != 0)
        return 0;       /* the day of the saying, not "said Thursday would
                           be dry" */
    weekday_after(d, m->e.wd, 1, &days, value);
    return 1;
}

/* The year ending in yy ("'98") nearest before ry, or in the ten years
 * after it ("'98" said in 1905 is 1898; "LA '28" said in 2026 is 2028). */
static int
short_year_of(int ry, int yy)
{
    int y = ry - ((ry % 100 - yy) % 100 + 100) % 100;

    return y + 100 <= ry + 10 ? y + 100 : y;
}

/* Weeks from the reference's ISO week within which a bare "week N" is a
 * calendar week (industry's, shipping's: the gold sets' all fall within
 * seven before and four after). */
#define WEEK_REACH 10

/* "in week 2" of a dance show said in October, "week 9" of a renovation
 * series, "by week 8" of a trial: a bare week number far from the
 * reference's own week counts a run's weeks, no calendar week ("calendar
 * week 23", "epidemiological week 18" and "KW 23" are always one). */
static int
counted_week(const struct scan *sc, const char *text,
             const struct facts_tok *toks, size_t n,
             const struct facts_match *m)
{
    static const char *const calendar[] = {"calendar", "epidemiological",
        "epi", "iso"};
    size_t k;
    int d, iy;

    if (m->e.gran != FACTS_WEEK || m->e.anchor != FACTS_THIS ||
        !m->e.part || m->e.n || m->e.y)
        return 0;
    for (k = m->a; k < m->b && !(toks[k].lex == LX_UNIT &&
                                 FACTS_UNIT_GRAN(toks[k].val) == FACTS_WEEK);
         k++)
        ;
    if (k == m->b || (k > 0 && REC_WORD_IN(text, toks, n, k - 1, calendar)))
        return 0;
    d = m->e.part - cal_iso_week(sc->ref, &iy);
    d = d > 26 ? d - 52 : d < -26 ? d + 52 : d;
    return d > WEEK_REACH || d < -WEEK_REACH;
}

/* In a story that counts fiscal years, a quarter or a half with no year
 * and no month of its own ("the fourth quarter", "Q2", "last quarter")
 * in a sentence of a company's accounts (revenue, margins, a charge) is
 * the company's fiscal one: no calendar period. One in a sentence of the
 * economy ("GDP grew at a 2.9% annual rate in the third quarter"), or
 * said to be the calendar's, is. */
static int
companys_period(const char *text, const struct facts_tok *toks, size_t n,
                const struct facts_match *m)
{
    static const char *const accounts[] = {"revenue", "revenues", "sales",
        "earnings", "profit", "profits", "results", "margin",
        "margins", "guidance", "dividend", "expenses", "charge", "orders",
        "shipments", "bookings", "repurchase", "comparable"};
    static const char *const economy[] = {"economy", "economic", "gdp",
        "calendar", "inflation", "unemployment", "personal", "deficit",
        "federal", "treasury"};
    size_t k;
    int books = 0;

    if ((m->e.gran != FACTS_QUARTER && m->e.gran != FACTS_HALF) ||
        m->e.anchor == FACTS_ABS)
        return 0;
    for (k = m->a; k < m->b; k++)
        if (toks[k].lex == LX_MONTH || (toks[k].lex == LX_UNIT &&
                                        toks[k].val == FACTS_YEAR))
            return 0;       /* "the second half of the year" */
    for (k = 0; k < n; k++) {
        if (toks[k].kind != FT_WORD)
            continue;
        if (REC_WORD_IN(text, toks, n, k, economy))
            return 0;
        books |= REC_WORD_IN(text, toks, n, k, accounts);
    }
    return books;
}

/* Decide whether match m over toks[0..n) of text is a fact and resolve
 * its value into f. Returns 1 when it is, 0 when not, -1 when none of its
 * tokens may start another (a dateline). */
int
facts_resolve(const struct scan *sc, const char *text,
              const struct facts_tok *toks, size_t n,
              const struct facts_match *m, struct fact *f, struct placed *pl)
{
    enum facts_tense t;
    struct facts_expr e = m->e;
    size_t at = (size_t)(text - sc->text) + toks[m->a].off;
    int skip, named, placed;

    if ((sc->sentence >= 0 && sc->sentence <= 2 && text == sc->text &&
         dateline(text, toks, n, m)) ||
        (m->b + 1 < n && toks[m->b].lex == LX_SET &&
         toks[m->b + 1].lex == LX_UNIT))
        return -1;              /* a dateline; "on April 6 each year" */
    if (m->new_year && sc->ref.m < 7)
        return 0;               /* "the new year" in spring: whose? (from
                                   July on: the coming one) */
    if (reference_period(text, toks, n, m) || numbered_of_year(text, toks, n, m) ||
        other_calendar_year(text, toks, n, m) ||
        counted_week(sc, text, toks, n, m) ||
        (sc->fiscal > 0 && companys_period(text, toks, n, m)))
        return 0;               /* "1.6C above the 1991-2020 average",
                                   "Special Civil Suit No. 418 of 2023" */
    memset(f, 0, sizeof *f);
    if (m->short_year)
        e.y = short_year_of(sc->ref.y, e.y % 100);
    /* a name after a day takes that day's date, unless after a bare
     * weekday the name places itself (day_before_name) */
    named = day_before_name(sc, toks, n, m, (size_t)(text - sc->text),
                            f->value);
    placed = named != 1 && national_day(sc, text, toks, n, m, &e);
    if (named && !placed) {
        *pl = (struct placed){0, FACTS_TENSE_NONE, e};
        f->sentence = sc->sentence;
        f->gran = m->e.gran;
        return 1;
    }
    if (!placed || custom_day(text, toks, n, m, &e) ||
        (sc->sentence >= 0 && facts_weekday_name(toks, n, m)))
        return 0;
    /* "in December, when a strike on the 19th": the month of the
     * sentence's last date is the month of a bare day. */
    if (e.gran == FACTS_DAY && e.anchor == FACTS_TENSED && !e.m && e.d &&
        !e.wd && !e.hol && sc->mon_y) {
        e.m = sc->mon_m;
        e.y = sc->mon_y;
        e.anchor = FACTS_ABS;
    } else {
        heading_month_day(sc, &e);
    }
    t = facts_match_tense(sc, text, toks, n, m, &e, &skip);
    if (skip)
        return 0;
    if (t == FACTS_TENSE_PAST)
        story_month_day(sc, &e);
    facts_anchor_year(sc, text, toks, n, m, t, at, &e);
    if (t == FACTS_TENSE_FUTURE)
        after_said_then(sc, text, toks, n, m, &e);
    if (!labelled_weekday(sc, text, toks, m, f->value) &&
        !(t == FACTS_TENSE_FUTURE &&
          said_weekday(sc, text, toks, n, m, f->value)) &&
        !((t == FACTS_TENSE_NONE || after_named_day(sc)) &&
          paired_weekday(sc, toks, m, (size_t)(text - sc->text), f->value)) &&
        facts_norm(&e, sc->ref, t, f->value) < 0)
        return 0;
    if (t == FACTS_TENSE_PAST && (aimed_soon(sc, text, toks, n, m, &e) ||
                                  agreed_day(text, toks, n, m, &e)))
        facts_norm(&e, sc->ref, FACTS_TENSE_NONE, f->value);
    if (t == FACTS_TENSE_NONE)
        listed_weekday(sc, toks, n, m, (size_t)(text - sc->text), f->value);
    pl->floating = e.anchor == FACTS_TENSED && e.m && !e.hol &&
        (e.gran == FACTS_MONTH || e.gran == FACTS_DAY);
    pl->t = t;
    pl->e = e;
    f->sentence = sc->sentence;
    f->gran = m->e.gran;
    return 1;
}
