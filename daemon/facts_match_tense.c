/* SPDX-License-Identifier: MIT */
/* facts_match_tense.c - the tense a date is read in, from the phrase and the line around it: periods, labels, fixtures, listings, deadlines. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "facts_int.h"

/* No future marker in a headline but a present form (arrives, opens). */
static int
sched_only(const struct facts_tok *toks, size_t n)
{
    size_t i;
    int sched = 0;

    for (i = 0; i < n; i++) {
        if (toks[i].kind != FT_WORD)
            continue;
        if (toks[i].lex == LX_FUT || toks[i].lex == LX_FUTTO ||
            toks[i].lex == LX_TO)
            return 0;
        sched |= toks[i].lex == LX_SCHED;
    }
    return sched;
}

/* "to" and a word before token a, that word in lower case when lower is
 * set: a headline's future. */
static int
to_verb(const struct facts_tok *toks, size_t n, size_t a, bool lower)
{
    size_t i;

    for (i = 0; i + 1 < a && i + 1 < n; i++)
        if (toks[i].kind == FT_WORD && toks[i].lex == LX_TO &&
            toks[i + 1].kind == FT_WORD && toks[i + 1].lex != LX_THE &&
            !(lower && (toks[i + 1].flags & (FT_CAP | FT_UPPER))))
            return 1;
    return 0;
}

/* A fixture list's line: one side "v" or "vs" the other, and no score
 * (a result has one). */
static int
fixture(const char *text, const struct facts_tok *toks, size_t n)
{
    size_t i;
    int v = 0;

    for (i = 0; i < n; i++) {
        if (rec_game_score(toks, n, i))
            return 0;
        v |= toks[i].kind == FT_WORD && !(toks[i].flags & FT_CAP) &&
            (rec_word(text, toks, n, i, "v") ||
             rec_word(text, toks, n, i, "vs"));
    }
    return v;
}

/* A game's score or winning margin in the few tokens before a ("beat
 * Detroit 17-10 on Sept. 24", "won by 18 runs at the same ground on
 * Tuesday"). */
static int
score_before(const char *text, const struct facts_tok *toks, size_t a)
{
    static const char *const margin[] = {"runs", "wickets", "goals",
        "points", "strokes", "shots", "lengths"};
    size_t i;

    for (i = a >= 12 ? a - 12 : 0; i + 2 < a; i++)
        if ((i + 5 >= a && rec_game_score(toks, a, i)) ||
            (rec_word(text, toks, a, i, "by") && toks[i + 1].kind == FT_NUM &&
             REC_WORD_IN(text, toks, a, i + 2, margin)))
            return 1;
    return 0;
}

/* The deed named after the possessive that follows the date at b
 * ("Saturday's stabbing", "Monday's AFL grand final loss"): 1 for
 * one done, 2 for a protest (which may be ahead), 0 for none. */
static int
possessive_deed(const char *text, const struct facts_tok *toks, size_t n,
                size_t b)
{
    static const char *const deeds[] = {"stabbing", "shooting", "attack",
        "attacks", "foul", "crash", "death", "deaths", "murder", "assault",
        "robbery", "killing", "killings", "fire", "explosion", "blast",
        "incident", "defeat", "loss", "win", "victory", "comments",
        "remarks", "riot", "raid", "arrest", "collision", "close",
        "closing"};              /* "a 32% discount to Tuesday's close" */
    size_t j = b;

    if (!(j < n && toks[j].kind == FT_PUNCT && toks[j].val == '\'') &&
        !(j > 0 && rec_apos(toks, n, j)))
        return 0;               /* no possessive: "for Friday" */
    /* past the "'s" and names or figures: "Saturday's AFL grand final" */
    while (j < n && j < b + 6 &&
           !(toks[j].kind == FT_WORD && !rec_word(text, toks, n, j, "s") &&
             !(toks[j].flags & (FT_CAP | FT_UPPER))))
        j++;
    if (j >= n)
        return 0;
    return REC_WORD_IN(text, toks, n, j, deeds) ? 1 :
        rec_word(text, toks, n, j, "protest") ? 2 : 0;
}

/* After "for Saturday's", what is meant is a fixture or a stake ("grand
 * final", "drawing", "jackpot"), not a deed answered for ("charged for
 * Saturday's stabbing", "booked for Saturday's foul"); a day alone
 * ("cancelled for Friday") is a fixture too. b: the token after the
 * date. */
static int
for_an_event(const char *text, const struct facts_tok *toks, size_t n,
             size_t b)
{
    return possessive_deed(text, toks, n, b) == 0;
}

/* A month the phrase around it places, whatever the clause's verb:
 * figures "for September" or "the three months to September" report a
 * period already over (ending within PERIOD_BACK days: "expect sales for
 * December to rise", said in October, is the coming one); "Brent for
 * December delivery", "futures for November" trade a month ahead. */
#define PERIOD_BACK 190

static enum facts_tense
period_cue(const char *text, const struct facts_tok *toks, size_t n,
           size_t a, size_t b)
{
    static const char *const data[] = {"figures", "data", "sales",
        "product", "estimate", "estimates", "earnings", "results",
        "imports", "exports", "output", "production", "inflation",
        "payrolls", "numbers", "statistics", "reading", "readings",
        "index", "prices", "orders", "unemployment", "spending",
        "borrowing", "lending", "surplus", "deficit", "growth", "gdp",
        "cpi", "pmi", "shipments", "approvals", "starts", "volumes",
        "arrivals", "registrations", "receipts", "claims", "report",
        "survey"};
    static const char *const spans[] = {"months", "month", "year",
        "quarter", "weeks", "period"};
    static const char *const trades[] = {"futures", "contract",
        "contracts", "options", "delivery"};

    if (toks[a].lex == LX_PREP)
        a++;            /* "in the three months to September" */
    if (b < n && rec_commodity_word(text, toks, n, b) &&
        !(toks[b].flags & FT_CAP))
        b++;            /* "December gold futures", "November canola" */
    if (b < n && rec_commodity_word(text, toks, n, b - 1) &&
        (REC_WORD_IN(text, toks, n, b, data) ||
         REC_WORD_IN(text, toks, n, b + 1, data)))
        return FACTS_TENSE_NONE;        /* "August crude oil imports":
                                           a month's figures */
    if (b < n && (rec_word(text, toks, n, b, "delivery") ||
                  rec_word(text, toks, n, b, "futures") ||
                  rec_word(text, toks, n, b, "contract") ||
                  rec_commodity_word(text, toks, n, b - 1)))
        return FACTS_TENSE_FUTURE;
    if (a < 2)
        return FACTS_TENSE_NONE;
    if (rec_word(text, toks, n, a - 1, "for"))
        return REC_WORD_IN(text, toks, n, a - 2, trades) ?
            FACTS_TENSE_FUTURE : REC_WORD_IN(text, toks, n, a - 2, data) ?
            FACTS_TENSE_PAST : FACTS_TENSE_NONE;
    if ((toks[a - 1].lex == LX_TO || rec_word(text, toks, n, a - 1,
                                               "through")) &&
        REC_WORD_IN(text, toks, n, a - 2, spans))
        return FACTS_TENSE_PAST;    /* "the 12 months through March" */
    return FACTS_TENSE_NONE;
}

/* Days from the reference to the day of e (its first day when it gives
 * none) resolved with tense t; INT64_MIN when it cannot be placed. */
int64_t
facts_days_ahead(const struct scan *sc, const struct facts_expr *e,
                 enum facts_tense t)
{
    struct facts_expr day = *e;
    struct caldate c;
    char v[16];

    day.gran = FACTS_DAY;
    if (!day.d)
        day.d = 1;
    if (facts_norm(&day, sc->ref, t, v) < 0 || cal_parse_iso(v, 10, &c) != 0)
        return INT64_MIN;
    return cal_to_days(c) - cal_to_days(sc->ref);
}

/* "slower growth in the second quarter", "output in the third
 * quarter": a measure in the period before token a's "in". */
static int
growth_in(const char *text, const struct facts_tok *toks, size_t n, size_t a)
{
    static const char *const measures[] = {"growth", "output", "gdp",
        "inflation", "sales", "earnings", "profit", "spending", "demand"};

    return a >= 1 && rec_word(text, toks, n, a, "in") &&
        REC_WORD_IN(text, toks, n, a - 1, measures);
}

/* Quarter e read as past ended within PERIOD_BACK days of the
 * reference: the period figures for it report. */
static int
quarter_ended(const struct scan *sc, const struct facts_expr *e)
{
    struct caldate next = {0, 1, 1};
    char v[16];

    if (facts_norm(e, sc->ref, FACTS_TENSE_PAST, v) < 0 || strlen(v) != 7 ||
        v[5] != 'Q')
        return 0;
    next.y = (int)strtol(v, NULL, 10);
    next.m = 3 * (v[6] - '0') + 1;
    if (next.m > 12) {
        next.m = 1;
        next.y++;
    }
    return cal_to_days(sc->ref) - cal_to_days(next) < PERIOD_BACK;
}

static enum facts_tense
period_tense(const struct scan *sc, const char *text,
             const struct facts_tok *toks, size_t n,
             const struct facts_match *m)
{
    enum facts_tense t;
    int64_t d;

    if (m->e.gran == FACTS_QUARTER && m->e.anchor == FACTS_TENSED &&
        !m->e.y && (period_cue(text, toks, n, m->a, m->b) == FACTS_TENSE_PAST ||
                    growth_in(text, toks, n, m->a)))
        return quarter_ended(sc, &m->e) ? FACTS_TENSE_PAST :
            FACTS_TENSE_NONE;   /* "GDP figures for the third quarter",
                                   "slower growth in the second quarter" */
    if (m->e.gran != FACTS_MONTH || m->e.anchor != FACTS_TENSED || m->e.y)
        return FACTS_TENSE_NONE;
    t = period_cue(text, toks, n, m->a, m->b);
    /* the 1st of a month just ahead comes out ahead even read as past
     * (facts_norm's NEAR_AHEAD): that month is no period over */
    if (t == FACTS_TENSE_PAST &&
        ((d = facts_days_ahead(sc, &m->e, FACTS_TENSE_PAST)) == INT64_MIN ||
         d > 0 || d + 30 < -PERIOD_BACK))       /* its last day */
        return FACTS_TENSE_NONE;
    return t;
}

/* "expected to trim the crop from the January 10 estimate", "above the
 * March 31 level": a figure named by its day and set against a new one
 * is out already. */
static int
earlier_figure(const char *text, const struct facts_tok *toks, size_t n,
               const struct facts_match *m)
{
    static const char *const against[] = {"from", "than", "since", "above",
        "below", "on", "over"};
    static const char *const figures[] = {"estimate", "estimates",
        "forecast", "forecasts", "reading", "figure", "figures", "level",
        "levels", "close", "projection", "projections", "report", "survey",
        "high", "low", "peak", "price"};
    size_t a = m->a + rec_word(text, toks, n, m->a, "on");

    if (a >= 3 && rec_word(text, toks, n, a - 1, "on") &&
        rec_word(text, toks, n, a - 2, "price") &&
        rec_word(text, toks, n, a - 3, "closing"))
        return 1;       /* "a 34% premium to Parkhurst's closing price on
                           Friday": the price a bid is set against */
    return m->a >= 2 && rec_lex(toks, n, m->a - 1, LX_THE) &&
        REC_WORD_IN(text, toks, n, m->a - 2, against) &&
        REC_WORD_IN(text, toks, n, m->b, figures);
}

/* "will report its results for the year to 30 June on 24 August": the
 * end of an accounting period reported on, whatever the report's tense;
 * the nearest such day. */
static int
period_to(const char *text, const struct facts_tok *toks, size_t n,
          const struct facts_match *m)
{
    static const char *const periods[] = {"year", "months", "half",
        "quarter", "weeks"};

    return m->e.gran == FACTS_DAY && m->e.m && m->a >= 2 &&
        rec_lex(toks, n, m->a - 1, LX_TO) &&
        REC_WORD_IN(text, toks, n, m->a - 2, periods);
}

/* "Your report (March 9)", "your columnist (Tuesday)", "(Letters, March
 * 14)": the issue of the paper a letter answers, gone by. */
static int
cited_issue(const char *text, const struct facts_tok *toks, size_t n,
            const struct facts_match *m)
{
    static const char *const pieces[] = {"report", "article", "story",
        "editorial", "letter", "letters", "column", "columnist", "piece",
        "leader", "feature", "interview", "review", "obituary", "cartoon",
        "correspondent", "writer"};
    size_t a = m->a;

    if (!rec_punct(toks, n, m->b, ')'))
        return 0;
    if (a >= 3 && rec_punct(toks, n, a - 1, ',') &&
        rec_word(text, toks, n, a - 2, "letters") &&
        rec_punct(toks, n, a - 3, '('))
        return 1;
    return a >= 2 && rec_punct(toks, n, a - 1, '(') &&
        REC_WORD_IN(text, toks, n, a - 2, pieces);
}

/* Match m labels its line: it opens it and a colon or a dash follows,
 * or nothing, maybe after a clock time ("Dec. 21: The department
 * recommends ...", "FRIDAY - HALLOWEEN", "SATURDAY", "Sunday 20
 * October, 4pm: ...", "Monday, 7.15am: ..."). Returns 1 + the index of
 * the label's closing mark (n when none), or 0 when m is no label. */
size_t
facts_date_label(const struct facts_tok *toks, size_t n,
                 const struct facts_match *m)
{
    size_t b = m->b;
    const struct facts_tok *c;

    if (b + 2 < n && toks[b].kind == FT_PUNCT && toks[b].val == ',' &&
        toks[b + 1].kind == FT_NUM && toks[b + 1].ndig <= 2)
        for (b += 2; b < n && b < m->b + 8 && (toks[b].kind != FT_NUM ||
                                                 rec_joined(toks, n, b)) &&
             !(toks[b].kind == FT_PUNCT && toks[b].val == ':' &&
               !(b + 1 < n && toks[b + 1].kind == FT_NUM &&
                 rec_joined(toks, n, b + 1))); b++)
            ;           /* past "4pm", "7.15am", "4 p.m.", "9:05 a.m." */
    c = b < n ? &toks[b] : NULL;
    return m->a == 0 && (c == NULL ||
        (c->kind == FT_PUNCT && (c->val == ':' || c->val == '-')) ||
        (c->kind == FT_OTHER && c->val == FT_DASH)) ? (c ? b : n) + 1 : 0;
}

/* A results line: two scores, each after a side's name, and no "v"
 * ("Friday: Highveld Rhinos 41 Hamilton Kingfishers 20"). */
static int
results_line(const char *text, const struct facts_tok *toks, size_t n)
{
    size_t i, scores = 0;

    for (i = 1; i < n; i++)
        scores += toks[i].kind == FT_NUM && !(toks[i].flags & FT_ORD) &&
            toks[i].ndig <= 3 && toks[i - 1].kind == FT_WORD &&
            (toks[i - 1].flags & FT_CAP) && toks[i - 1].lex == LX_NONE;
    return scores >= 2 && !fixture(text, toks, n);
}

/* The tense of a weekday that labels its line, in a week-ahead list, a
 * diary or a timeline, which no verb before it gives: a fixture's is
 * ahead, a result's gone; after a line labelled by a date gone by, past
 * (a timeline: "Dec. 21: ... / Tuesday: Ellison says"); else its line's
 * verb when past ("Monday: talks collapsed"), and ahead when present or
 * missing, as most such lists are ("Friday: food inflation figures",
 * "Saturday: the conference opens"). end: the token after the label's
 * closing mark (date_label), where its line's words begin. */
static enum facts_tense
label_tense(const struct scan *sc, const char *text,
            const struct facts_tok *toks, size_t n, size_t end)
{
    if (fixture(text, toks, n))
        return FACTS_TENSE_FUTURE;
    if (results_line(text, toks, n) || sc->label_dir < 0)
        return FACTS_TENSE_PAST;
    return facts_tense_after(text, toks, n, end) == FACTS_TENSE_PAST ?
        FACTS_TENSE_PAST : FACTS_TENSE_FUTURE;
}

/* "for" just before the date at a, or after a warning's verb and before
 * a short noun phrase and the date's "on": "a total fire ban was
 * declared for the whole state on Thursday" (not "voted for the scheme
 * on Tuesday"). */
/* The word w before a short noun phrase with no verb that ends at the
 * date's "on" at a ("for the whole state on", "after Game 4 on"): its
 * index, or SIZE_MAX when there is none (or no phrase between). */
static size_t
phrase_before_on(const char *text, const struct facts_tok *toks, size_t n,
                 size_t a, const char *w)
{
    size_t k;

    if (!rec_word(text, toks, n, a, "on"))
        return SIZE_MAX;
    for (k = a; k-- > 0 && k + 8 > a;) {
        if (rec_word(text, toks, n, k, w))
            return k + 1 < a ? k : SIZE_MAX;
        if ((toks[k].kind != FT_WORD && toks[k].kind != FT_NUM) ||
            toks[k].tense != FACTS_TENSE_NONE ||
            (toks[k].kind == FT_WORD && toks[k].lex != LX_NONE &&
             toks[k].lex != LX_THE && toks[k].lex != LX_AND &&
             toks[k].lex != LX_NUMWORD && toks[k].lex != LX_SPORT &&
             toks[k].lex != LX_BIZ))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

static int
for_before(const char *text, const struct facts_tok *toks, size_t n,
           size_t a)
{
    static const char *const warned[] = {"declared", "issued", "forecast",
        "predicted", "ordered"};
    size_t k;

    if (a > 0 && rec_word(text, toks, n, a - 1, "for"))
        return 1;
    k = phrase_before_on(text, toks, n, a, "for");
    return k != SIZE_MAX && k > 0 && REC_WORD_IN(text, toks, n, k - 1, warned);
}

/* "after Game 4 on Sunday": "after" and a short noun phrase with no verb
 * before the date's "on" at a. */
static int
after_event(const char *text, const struct facts_tok *toks, size_t n,
            size_t a)
{
    return phrase_before_on(text, toks, n, a, "after") != SIZE_MAX;
}

/* A present perfect before token a in its clause ("has crossed Rs 100
 * crore in four days"): what is done, so "in four days" is how long it
 * took ("will have finished in two weeks" looks ahead). */
static int
perfect_before(const struct facts_tok *toks, size_t a)
{
    size_t i;

    for (i = a; i-- > 0 && i + 16 > a;) {
        if (toks[i].kind == FT_PUNCT && toks[i].val != '\'' &&
            toks[i].val != '-' && toks[i].val != '.')
            return 0;   /* on through "the Rs 100-crore mark" */
        if (toks[i].lex == LX_PERF && i + 1 < a &&
            toks[i + 1].tense == FACTS_TENSE_PAST)
            return !(i > 0 && toks[i - 1].lex == LX_FUT);
    }
    return 0;
}

/* A line of a listing: a clock time ("at 6 p.m.", "10am to noon") and
 * no verb at all ("Tree lighting in New Paltz on Saturday at 6 p.m."),
 * which tells what is on. */
static int
listing(const char *text, const struct facts_tok *toks, size_t n)
{
    static const char *const ampm[] = {"am", "pm", "a", "p", "noon"};
    size_t i;
    int clock = 0;

    for (i = 0; i < n; i++) {
        const struct facts_tok *t = &toks[i];
        if (t->kind == FT_WORD && (t->tense != FACTS_TENSE_NONE ||
            t->lex == LX_PRES || t->lex == LX_BE || t->lex == LX_PERF ||
            t->lex == LX_FUT || t->lex == LX_SCHED || t->lex == LX_FUTTO ||
            t->lex == LX_AUXPAST || t->lex == LX_PAST))
            return 0;
        if (REC_WORD_IN(text, toks, n, i, ampm) &&
            (rec_word(text, toks, n, i, "noon") ||
             (i > 0 && toks[i - 1].kind == FT_NUM && toks[i - 1].ndig <= 2)))
            clock = 1;
    }
    return clock;
}

/* What is bought to be let in: "tickets for Saturday's final". */
static const char *const admissions[] = {"tickets", "ticket", "seats",
    "places", "entries", "bookings", "permits", "reservations"};

/* Is the date at a what tickets are for: "tickets for" just before it,
 * or before the list it ends ("permits for April and May")? */
static int
admitted_for(const char *text, const struct facts_tok *toks, size_t n,
             size_t a)
{
    if (a >= 3 && toks[a - 1].lex == LX_AND &&
        (toks[a - 2].lex == LX_MONTH || toks[a - 2].lex == LX_WEEKDAY))
        a -= 2;                 /* "April and May" */
    return a >= 2 && rec_word(text, toks, n, a - 1, "for") &&
        REC_WORD_IN(text, toks, n, a - 2, admissions) &&
        !(a >= 3 && rec_word(text, toks, n, a - 3, "in"));
}

/* A deadline's code before the date at a: "by COB Monday", "EOD
 * Friday" (close of business, end of day): what is asked is ahead. */
static int
deadline_code(const char *text, const struct facts_tok *toks, size_t n,
              size_t a)
{
    static const char *const codes[] = {"cob", "eod", "eob"};

    return a > 0 && (toks[a - 1].flags & FT_UPPER) &&
        REC_WORD_IN(text, toks, n, a - 1, codes);
}

/* A month that figures are for: "building permits for December",
 * "the Index of Industrial Production (IIP) for April", "retail sales
 * for January": the month the data cover, the one nearest the day they
 * are told on, whatever the tense of their release ("permits for April
 * are sold out" are a park's, for days to come). a is the month. */
static int
data_for(const char *text, const struct facts_tok *toks, size_t n, size_t a)
{
    static const char *const data[] = {"figures", "data", "numbers",
        "statistics", "sales", "prices", "index", "estimate",
        "estimates", "reading", "payrolls", "production", "output",
        "orders", "exports", "imports", "starts", "claims", "inflation",
        "deficit", "surplus", "trade", "unemployment", "survey"};
    size_t k = a;

    if (k < 2 || !rec_word(text, toks, n, k - 1, "for"))
        return 0;
    k -= 2;
    if (rec_punct(toks, n, k, ')') && k >= 3 && rec_punct(toks, n, k - 2, '('))
        k -= 3;                 /* "Production (IIP) for April" */
    return toks[k].kind == FT_WORD && (REC_WORD_IN(text, toks, n, k, data) ||
        (rec_word(text, toks, n, k, "permits") && k > 0 &&
         rec_word(text, toks, n, k - 1, "building")));
}

/* Days ahead a month figures are for may lie: the month just begun, or
 * the next ("the December figures will come in January", said in
 * October); beyond, they are the past one's. */
#define DATA_AHEAD 62

/* "the December jobs report", "November retail sales": a month, what
 * the figures count, and the figures (or their report) at b. */
static int
counted_figures(const char *text, const struct facts_tok *toks, size_t n,
                size_t b)
{
    static const char *const counted[] = {"jobs", "retail", "trade",
        "consumer", "factory", "housing", "manufacturing", "services",
        "employment", "payroll", "industrial", "producer", "wholesale",
        "construction", "export", "import", "sales"};

    return b + 1 < n && !(toks[b].flags & (FT_CAP | FT_UPPER)) &&
        REC_WORD_IN(text, toks, n, b, counted) &&
        (rec_lex(toks, n, b + 1, LX_BIZ) ||
         rec_word(text, toks, n, b + 1, "report") ||
         rec_word(text, toks, n, b + 1, "figure"));
}

/* The words at b after the month at a name figures: "August inflation
 * data", "the December jobs report", "the December figure" (not "the
 * January sales", a season of shops, nor "its March forecast"). */
static int
figures_noun(const char *text, const struct facts_tok *toks, size_t n,
             size_t a, size_t b)
{
    if (counted_figures(text, toks, n, b))
        return 1;
    if (rec_word(text, toks, n, b, "figure"))
        return a > 0 && toks[a - 1].lex == LX_THE;
    return rec_lex(toks, n, b, LX_BIZ) &&
        !rec_word(text, toks, n, b, "forecast") &&
        !rec_word(text, toks, n, b, "sales");
}

/* The month m is one figures are for: "the IIP for April", "will
 * publish August inflation data", "its June estimate", "the December
 * jobs report" (not "In March growth slowed", where the month dates the
 * clause, nor "the January sales", a season of shops). */
static int
figures_month(const char *text, const struct facts_tok *toks, size_t n,
              const struct facts_match *m)
{
    if (data_for(text, toks, n, m->a))
        return 1;
    return m->b == m->a + 1 && figures_noun(text, toks, n, m->a, m->b) &&
        !(m->a > 0 && (rec_lex(toks, n, m->a - 1, LX_PREP) ||
                       rec_lex(toks, n, m->a - 1, LX_TO) ||
                       rec_lex(toks, n, m->a - 1, LX_FOR)));
}

/* What the phrase around a day or month says overrules t, the tense
 * its sentence and its cues gave it: what it is for, "come Saturday", a
 * clause that tells what the day holds, a state that follows its event,
 * a deed done on it, tickets for it. */
static enum facts_tense
day_overruled(const struct scan *sc, const char *text,
              const struct facts_tok *toks, size_t n,
              const struct facts_match *m, enum facts_tense t)
{
    /* "trains cancelled for Friday", "declared fit for Saturday's final",
     * "invited back for Canada Day", "predicted rain for the weekend": a
     * day something is for is placed by
     * distance, whatever the tense of the verb before it (one after it
     * still decides: "its hopes for Saturday were dashed") */
    if (t == FACTS_TENSE_PAST && m->a > 0 &&
        (m->e.gran == FACTS_DAY || (m->e.gran == FACTS_WEEK && m->e.weekend)) &&
        for_before(text, toks, n, m->a) &&
        facts_tense_before(text, toks, n, m->a, m->b) == FACTS_TENSE_PAST &&
        for_an_event(text, toks, n, m->b))
        t = FACTS_TENSE_NONE;
    if (t == FACTS_TENSE_NONE && sc->sentence >= 0 && m->e.wd &&
        m->e.gran == FACTS_DAY && !m->e.m && m->e.anchor == FACTS_TENSED &&
        listing(text, toks, n))
        t = FACTS_TENSE_FUTURE;
    /* "he won't start come Saturday", "Come June, we will see": the
     * coming one */
    if (m->a > 0 && (m->e.gran == FACTS_DAY || m->e.gran == FACTS_MONTH) &&
        m->e.anchor == FACTS_TENSED && rec_word(text, toks, n, m->a - 1, "come"))
        t = FACTS_TENSE_FUTURE;
    /* "attention was fixed on Friday, when the house presents its
     * collection": the clause that tells what the day holds decides */
    if (m->e.gran == FACTS_DAY && m->e.wd && !m->e.m &&
        m->e.anchor == FACTS_TENSED && t != FACTS_TENSE_FUTURE) {
        enum facts_tense w = facts_when_tense(text, toks, n, m->b);
        if (w == FACTS_TENSE_FUTURE)
            t = w;
    }
    /* "The series is tied 2-2 after Game 4 on Sunday": a state now that
     * follows an event tells the event as done. */
    if ((t == FACTS_TENSE_PRESENT || t == FACTS_TENSE_NONE) &&
        sc->sentence >= 0 && m->e.wd && m->e.gran == FACTS_DAY && !m->e.m &&
        m->e.anchor == FACTS_TENSED && after_event(text, toks, n, m->a))
        t = FACTS_TENSE_PAST;
    /* "No party has won a majority in Wednesday's elections": what a
     * perfect reports a result in was held (not "has named a side for
     * Saturday's final") */
    if (m->e.gran == FACTS_DAY && m->e.wd && !m->e.m &&
        m->e.anchor == FACTS_TENSED && rec_possessive(toks, n, m->b) &&
        (rec_word(text, toks, n, m->a, "in") ||
         (m->a > 0 && rec_word(text, toks, n, m->a - 1, "in"))) &&
        perfect_before(toks, m->a))
        t = FACTS_TENSE_PAST;
    /* "Re: 'Tax relief comes too late' (Commentary, Feb. 28)": a
     * section's name and a date in brackets cite a piece published then,
     * so gone by, whatever the tense of its title */
    if (m->e.gran == FACTS_DAY && m->e.anchor == FACTS_TENSED &&
        m->a >= 3 && rec_punct(toks, n, m->a - 1, ',') &&
        toks[m->a - 2].kind == FT_WORD && (toks[m->a - 2].flags & FT_CAP) &&
        rec_punct(toks, n, m->a - 3, '(') && rec_punct(toks, n, m->b, ')'))
        t = FACTS_TENSE_PAST;
    /* ... and so do a title in quotes and a date in brackets ("the
     * editorial, \"Phase II, and a familiar story\" (September 18)") */
    if (m->e.gran == FACTS_DAY && m->e.anchor == FACTS_TENSED &&
        m->a >= 2 && rec_punct(toks, n, m->a - 1, '(') &&
        rec_punct(toks, n, m->b, ')') &&
        facts_quote_mark(&toks[m->a - 2]))
        t = FACTS_TENSE_PAST;
    /* "the aftermath of Tuesday's elections": what has an aftermath is
     * behind, whatever the sentence's tense */
    if (m->e.gran == FACTS_DAY && m->e.anchor == FACTS_TENSED &&
        m->a >= 2 && rec_lex(toks, n, m->a - 1, LX_OF) &&
        rec_word(text, toks, n, m->a - 2, "aftermath"))
        t = FACTS_TENSE_PAST;
    /* "The inquiry into Monday's crash will report next year": a deed
     * done on a weekday is behind, whatever the sentence's tense. */
    if (m->e.gran == FACTS_DAY && m->e.wd && !m->e.m &&
        m->e.anchor == FACTS_TENSED && possessive_deed(text, toks, n, m->b) == 1)
        t = FACTS_TENSE_PAST;
    /* "Tickets for Saturday's final sold out on Monday", "permits for
     * April are sold out": what tickets are for is still to come,
     * whatever the tense of their sale (not money taken: "sold $38
     * million in tickets for Wednesday's drawing"). */
    if ((m->e.gran == FACTS_DAY || m->e.gran == FACTS_MONTH) &&
        m->e.anchor == FACTS_TENSED && admitted_for(text, toks, n, m->a))
        t = FACTS_TENSE_FUTURE;
    if (m->e.gran == FACTS_MONTH && m->e.anchor == FACTS_TENSED &&
        figures_month(text, toks, n, m))
        t = facts_days_ahead(sc, &m->e, FACTS_TENSE_NONE) > DATA_AHEAD ?
            FACTS_TENSE_PAST : FACTS_TENSE_NONE;
    return t;
}

/* "Sept. 12 — Victoria, Save-On-Foods Memorial Centre": a day and month
 * that label a line of names only, with no verb (a tour's, a fixture
 * list's venues), is a date to come. */
static int
venue_line(const struct facts_tok *toks, size_t n,
           const struct facts_match *m)
{
    size_t k, names = 0;

    if (m->a != 0 || !m->e.m || !m->e.d || m->e.wd || m->e.y ||
        !facts_date_label(toks, n, m))
        return 0;
    for (k = m->b; k < n; k++) {
        if (toks[k].kind == FT_NUM)
            return 0;
        if (toks[k].kind != FT_WORD)
            continue;
        if (!(toks[k].flags & (FT_CAP | FT_UPPER)) ||
            toks[k].tense != FACTS_TENSE_NONE)
            return 0;
        names++;
    }
    return names > 0;
}

/* "8 December - The minister meets both unions": a day and month that
 * label a timeline's line, told in the present with no "will" or "to"
 * of a plan, are placed by distance as a headline's are ("14 March:
 * the council will meet" looks ahead). */
static int
historic_present(const struct facts_tok *toks, size_t n,
                 const struct facts_match *m)
{
    size_t k;

    if (m->a != 0 || !m->e.m || !m->e.d || m->e.wd || m->e.y ||
        !facts_date_label(toks, n, m))
        return 0;
    for (k = 0; k < n; k++)
        if (toks[k].lex == LX_FUT || toks[k].lex == LX_FUTTO)
            return 0;
    return 1;
}

/* A futures contract's month, or a cargo's: "March corn", "the
 * December contract", "crude for January", "for June delivery", "for
 * loading in the first half of July". It is the one that trades or
 * loads next, whatever the tense of the report. */
static int
contract_month(const char *text, const struct facts_tok *toks, size_t n,
               const struct facts_match *m)
{
    static const char *const moving[] = {"loading", "shipment",
        "delivery"};
    static const char *const named[] = {"contract", "contracts", "futures"};
    /* "China's August crude oil imports rose": a month's figures, gone */
    static const char *const figures[] = {"imports", "exports", "output",
        "production", "stocks", "inventories", "sales", "shipments",
        "demand", "data", "figures", "arrivals", "deliveries", "purchases",
        "consumption", "prices", "price", "crush", "exports"};
    size_t a = m->a, k, c = m->b;

    if (m->e.anchor != FACTS_TENSED || m->e.y)
        return 0;
    if (m->e.gran == FACTS_DAY) {       /* "for shipment on Feb. 20-28" */
        if (rec_word(text, toks, n, a, "on"))
            a++;
        return a >= 3 && rec_word(text, toks, n, a - 1, "on") &&
            REC_WORD_IN(text, toks, n, a - 2, moving) &&
            rec_lex(toks, n, a - 3, LX_FOR);
    }
    if (m->e.gran != FACTS_MONTH)
        return 0;
    while (c < n && c < m->b + 3 && !REC_WORD_IN(text, toks, n, c, named) &&
           toks[c].kind == FT_WORD && !(toks[c].flags & (FT_CAP | FT_UPPER)))
        c++;            /* "the October live cattle contract" */
    if (!REC_WORD_IN(text, toks, n, c, named))
        c = m->b;
    if (rec_contract_word(text, toks, n, c)) {
        for (k = m->b; k < n && k < c + 3; k++)
            if (REC_WORD_IN(text, toks, n, k, figures))
                return 0;
        return !(a >= 2 && rec_apos(toks, n, a - 2));   /* not "China's
                                                           August crude" */
    }
    if (a >= 2 && rec_lex(toks, n, a - 1, LX_FOR) &&
        rec_contract_word(text, toks, n, a - 2))
        return 1;               /* "crude for January", "cargoes for May" */
    if (a >= 2 && rec_word(text, toks, n, a, "in") &&
        REC_WORD_IN(text, toks, n, a - 1, moving) &&
        rec_lex(toks, n, a - 2, LX_FOR))
        return 1;               /* "for loading in the first half of July" */
    return a >= 3 && rec_word(text, toks, n, a - 1, "in") &&
        REC_WORD_IN(text, toks, n, a - 2, moving) &&
        rec_lex(toks, n, a - 3, LX_FOR);
}

/* "The judge fixed Jan 12 for mention", "set March 3 for the
 * hearing": a day fixed for something is still to come, told in the
 * past or not. */
static int
fixed_for(const char *text, const struct facts_tok *toks, size_t n,
          const struct facts_match *m)
{
    static const char *const fix[] = {"fixed", "fixes", "scheduled",
        "reserved"};    /* not "the record he set on Sunday for" */

    return m->a > 0 && m->e.anchor == FACTS_TENSED && m->e.d && m->e.m &&
        rec_lex(toks, n, m->b, LX_FOR) &&
        REC_WORD_IN(text, toks, n, m->a - 1, fix);
}

/* The tense that places match m: a preposition that decides on its own,
 * else the cues around it, read as a headline reads them when it is in
 * the title. */
static enum facts_tense
match_tense(const struct scan *sc, const char *text,
            const struct facts_tok *toks, size_t n,
            const struct facts_match *m)
{
    enum facts_tense t = facts_prep_tense(text, toks, n, m->a);
    size_t label_end;

    if (cited_issue(text, toks, n, m) || earlier_figure(text, toks, n, m))
        return FACTS_TENSE_PAST;
    if (period_to(text, toks, n, m))
        return FACTS_TENSE_NONE;
    if (fixed_for(text, toks, n, m))
        return FACTS_TENSE_FUTURE;
    if (contract_month(text, toks, n, m))  /* this month's still trades */
        return m->e.m == sc->ref.m ? FACTS_TENSE_NONE : FACTS_TENSE_FUTURE;
    if (deadline_code(text, toks, n, m->a))
        return FACTS_TENSE_FUTURE;

    if (t == FACTS_TENSE_NONE &&
        (t = period_tense(sc, text, toks, n, m)) != FACTS_TENSE_NONE)
        return t;

    /* Headlines tell the future as "to" and a lower-case word: a verb in
     * another clause after the date must not overrule it ("Pier works to
     * start in September after contract signed"); the headline's own verb
     * after it does ("Calls to police in August rose", "Strike to start
     * in July was called off"), and so does a cue before it ("Hearing
     * expected to start on May 3 was postponed"). */
    if (t == FACTS_TENSE_NONE && sc->sentence < 0 &&
        to_verb(toks, n, m->a, true) &&
        facts_tense_after(text, toks, n, m->b) == FACTS_TENSE_NONE &&
        (t = facts_tense_before(text, toks, n, m->a, m->b)) ==
        FACTS_TENSE_NONE)
        return FACTS_TENSE_FUTURE;
    if (t == FACTS_TENSE_NONE)
        t = facts_tense_at(text, toks, n, m->a, m->b);
    if (t == FACTS_TENSE_NONE && sc->sentence >= 0 && m->e.wd &&
        m->e.gran == FACTS_DAY && !m->e.d &&
        (label_end = facts_date_label(toks, n, m)) != 0)
        t = label_tense(sc, text, toks, n, label_end);
    if (t == FACTS_TENSE_FUTURE && historic_present(toks, n, m))
        t = FACTS_TENSE_NONE;
    if (t == FACTS_TENSE_NONE && venue_line(toks, n, m))
        t = FACTS_TENSE_FUTURE;
    /* Headlines tell past events in the present ("Xi arrives in Moscow
     * Monday"), so a present form there says nothing: nearest reading. */
    if (sc->sentence < 0 && t == FACTS_TENSE_FUTURE && sched_only(toks, n))
        t = FACTS_TENSE_NONE;
    /* ... and the future as "to" and any word when nothing else decides
     * ("Xi To Visit Kyiv On Monday"). */
    if (sc->sentence < 0 && t == FACTS_TENSE_NONE &&
        to_verb(toks, n, m->a, false))
        t = FACTS_TENSE_FUTURE;
    return day_overruled(sc, text, toks, n, m, t);
}

/* "will publish figures for the June quarter" said in July: a quarter
 * named by its months (Australian statistics' usage) is, in a future
 * clause too, the one that has just ended when it is that one. */
static int
month_named_quarter_ended(const struct scan *sc, const struct facts_tok *toks,
                          size_t n, const struct facts_match *m)
{
    int q = (sc->ref.m - 1) / 3 + 1;

    return m->e.gran == FACTS_QUARTER && m->e.anchor == FACTS_TENSED &&
        rec_month_name(toks, n, m->a + 1) &&
        m->e.part == (q == 1 ? 4 : q - 1);
}

/* "expects sales of $5 billion, up from its May forecast": a month an
 * owner's thing is named by exists already or soon, the nearest such
 * month, whatever a plan in the clause says. */
static int
owned_month(const char *text, const struct facts_tok *toks, size_t n,
            const struct facts_match *m)
{
    return m->e.gran == FACTS_MONTH && m->e.anchor == FACTS_TENSED &&
        m->b == m->a + 1 && m->a > 0 &&
        rec_owner(text, toks, n, m->a - 1) && m->b < n &&
        toks[m->b].kind == FT_WORD &&
        !(toks[m->b].flags & (FT_CAP | FT_UPPER));
}

/* "A version for Windows NT ships in two months", "a Melbourne show
 * follows in two months": a verb in -s right before "in" and a count,
 * which no cue dated, tells what is scheduled (not "6.31 mln passengers
 * in one day": a count's noun). */
static int
s_verb_before(const char *text, const struct facts_tok *toks, size_t a)
{
    return a > 0 && facts_verb_in_s(text, &toks[a - 1]) &&
        !(a > 1 && (toks[a - 2].kind == FT_NUM ||
                    toks[a - 2].lex == LX_QTY));
}

/* A stop between clauses at token k: punctuation but a comma, a hyphen
 * or an apostrophe. */
static int
clause_stop(const struct facts_tok *toks, size_t k)
{
    return toks[k].kind == FT_PUNCT && toks[k].val != ',' &&
        toks[k].val != '-' && toks[k].val != '\'';
}

/* "promised a full report in two months", "plans its first launch in
 * two months": a pledge or plan (no "to" after it, and no verb and no
 * clause stop between it and the date: not "the plan was drafted in two
 * months") whose object comes in the time counted from now; "said a
 * report was due in two months" too. a is the "in". */
static int
pledged_object(const char *text, const struct facts_tok *toks, size_t n,
               size_t a)
{
    static const char *const only_to[] = {"set", "going", "poised"};
    static const char *const saying[] = {"said", "says", "told"};
    size_t i, k;

    for (i = a; i-- > 0 && i + 12 > a;) {
        if (clause_stop(toks, i))
            return 0;
        if (toks[i].lex == LX_FUTTO && toks[i].val == 2 && i + 1 == a) {
            for (k = i; k-- > 0;)       /* "due in two months" as said */
                if (REC_WORD_IN(text, toks, n, k, saying))
                    return 1;
            return 0;
        }
        if (toks[i].lex == LX_FUTTO && toks[i].val == 0)
            return i + 1 < a && toks[i + 1].lex != LX_TO &&
                !REC_WORD_IN(text, toks, n, i, only_to);    /* "set off
                                            north, crossing it in five
                                            days": these pledge with "to" */
        if (toks[i].kind == FT_WORD && (toks[i].tense != FACTS_TENSE_NONE ||
                                        toks[i].lex == LX_BE))
            return 0;   /* "the plan was drafted in two months" */
    }
    return 0;
}

/* "The Election Commission on Wednesday announced assembly elections in
 * three phases between March 27 and April 16": an event announced or
 * called, the date its own, is as likely ahead as behind the act of
 * announcing; the nearest reading (a month and day, not a weekday, whose
 * year the past tense alone would put behind). a is the date's first
 * token. */
static int
announced_event(const char *text, const struct facts_tok *toks, size_t n,
                size_t a)
{
    static const char *const announcing[] = {"announced", "called",
        "declared", "unveiled", "scheduled", "confirmed", "set"};
    static const char *const events[] = {"election", "elections", "polls",
        "poll", "vote", "referendum", "strike", "strikes", "walkout",
        "talks", "summit", "meeting", "hearing", "trial", "tour", "visit",
        "festival", "concert", "auction", "ballot", "session", "conference",
        "plebiscite", "holiday", "holidays", "exams", "examinations"};
    size_t k;
    int event = 0;

    for (k = a; k-- > 0 && k + 24 >= a;) {
        const struct facts_tok *t = &toks[k];
        if (t->kind == FT_PUNCT && t->val != ',' && t->val != '-')
            return 0;
        if (t->kind != FT_WORD)
            continue;
        if (t->len >= 3 && t->len <= 9 && t->tense == FACTS_TENSE_PAST)
            return event && REC_WORD_IN(text, toks, n, k, announcing);
        event |= REC_WORD_IN(text, toks, n, k, events);
    }
    return 0;
}

/* "The centre will take 20 patients a day once it is fully open in the
 * spring": a present in a clause that "once", "when", "after", "until"
 * or "as soon as" opens, under a main clause with "will" (not "the
 * will of ...") before it, tells of the time ahead. a is the date's
 * first token. */
static int
under_future_clause(const char *text, const struct facts_tok *toks,
                    size_t n, size_t a)
{
    static const char *const sub[] = {"once", "when", "after", "until"};
    size_t k;

    for (k = a; k-- > 0 && k + 12 > a;) {
        if (clause_stop(toks, k))
            return 0;
        if (REC_WORD_IN(text, toks, n, k, sub) ||
            (k >= 1 && k + 1 < a && rec_word(text, toks, n, k, "soon") &&
             rec_word(text, toks, n, k - 1, "as") &&
             rec_word(text, toks, n, k + 1, "as")))
            break;
    }
    if (k == (size_t)-1 || k + 12 <= a)
        return 0;
    while (k-- > 0 && k + 24 > a) {
        if (clause_stop(toks, k))
            return 0;
        if ((rec_word(text, toks, n, k, "will") ||
             rec_word(text, toks, n, k, "ll") ||
             rec_word(text, toks, n, k, "shall")) &&
            !(k > 0 && (toks[k - 1].lex == LX_THE ||
                        rec_possessive(toks, n, k - 1))))
            return 1;
    }
    return 0;
}

/* "If rates come down this fall, housing recovers in the spring": a
 * present verb after a condition that opens the sentence, and the comma
 * that closes it, tells what follows from it, ahead. a is the date's
 * first token. */
static int
after_condition(const char *text, const struct facts_tok *toks, size_t n,
                size_t a)
{
    size_t k, c, f = toks[0].kind == FT_WORD ? 0 : 1;   /* a quote mark */

    if (a <= f + 2 || !rec_word(text, toks, n, f, "if"))
        return 0;
    for (k = f + 1; k < a && !rec_punct(toks, n, k, ','); k++)
        if (clause_stop(toks, k))
            return 0;
    /* the main clause's own present verb, within three words of the
     * comma (not "please call 101 quoting log 0214 of 17 October"), and
     * no progressive ("police are appealing for witnesses to the 17
     * October crash") */
    for (c = k; ++k < a && k <= c + 3;)
        if (toks[k].kind == FT_WORD &&
            (toks[k].tense == FACTS_TENSE_PRESENT ||
             facts_verb_in_s(text, &toks[k])))
            return !(k + 1 < a && toks[k + 1].kind == FT_WORD &&
                     facts_ends_ing(text, &toks[k + 1]));
    return 0;
}

/* "Two ferry operators cancelled Friday's Irish Sea crossings": what is
 * called off is still to come, whatever the tense of calling it off,
 * unless the sentence goes on in the past. */
static int
called_off(const char *text, const struct facts_tok *toks, size_t n,
           const struct facts_match *m)
{
    static const char *const off[] = {"cancelled", "canceled", "scrapped",
        "axed", "suspended", "cancels", "scraps", "axes"};
    size_t k;

    if (!(m->a > 0 && rec_possessive(toks, n, m->b) &&
          (REC_WORD_IN(text, toks, n, m->a - 1, off) ||
           (m->a > 1 && rec_word(text, toks, n, m->a - 1, "off") &&
            (rec_word(text, toks, n, m->a - 2, "called") ||
             rec_word(text, toks, n, m->a - 2, "calls"))))))
        return 0;
    for (k = m->b; k < n; k++)
        if (toks[k].kind == FT_WORD && toks[k].tense == FACTS_TENSE_PAST)
            return 0;   /* "... and services resumed on Saturday": told
                           after the day */
    return 1;
}

/* "New shares trade from Monday", "prices rise from Friday": a weekday
 * after a verb's "from" (not "data from Monday", "the results from
 * Saturday's") that no "to", "until" or "through" closes is where
 * something starts; said in the present, it starts ahead. */
static int
starts_from(const char *text, const struct facts_tok *toks, size_t n,
            const struct facts_match *m)
{
    return m->a > 1 && rec_word(text, toks, n, m->a - 1, "from") &&
        toks[m->a - 2].kind == FT_WORD && toks[m->a - 2].lex != LX_BIZ &&
        !(m->a > 2 && toks[m->a - 3].lex == LX_THE) &&  /* "Data from
                                                           Monday suggest" */
        !rec_lex(toks, n, m->b, LX_TO) &&
        !rec_word(text, toks, n, m->b, "until") &&
        !rec_word(text, toks, n, m->b, "through") &&
        !rec_possessive(toks, n, m->b) &&       /* "results from
                                                   Saturday's election" */
        !perfect_before(toks, m->a);
}

/* The tense match m is read in: its sentence's, overruled where the day
 * itself says more ("Tuesday night's 2-2 draw", "beat Detroit 17-10 on
 * Sept. 24": a day whose game has its score is over; "Sunday: Southbank
 * v Harbour City (1.10pm)": a fixture to come). FACTS_TENSE_NONE with
 * *skip set when a future-only match is not said of the future. */
enum facts_tense
facts_match_tense(const struct scan *sc, const char *text,
                  const struct facts_tok *toks, size_t n,
                  const struct facts_match *m, const struct facts_expr *e,
                  int *skip)
{
    enum facts_tense t = FACTS_TENSE_NONE;

    *skip = 0;
    if (m->need_tense)
        t = match_tense(sc, text, toks, n, m);
    if (m->future_only && t == FACTS_TENSE_NONE &&
        !(e->gran == FACTS_DAY && e->n == 1) &&    /* "in one day" */
        s_verb_before(text, toks, m->a))
        t = FACTS_TENSE_FUTURE;
    if (m->future_only && t != FACTS_TENSE_FUTURE &&
        pledged_object(text, toks, n, m->a))
        t = FACTS_TENSE_FUTURE;
    if (m->future_only && (t == FACTS_TENSE_PRESENT ?
                           perfect_before(toks, m->a) :
                           t != FACTS_TENSE_FUTURE)) {
        *skip = 1;
        return t;
    }
    if (m->results && t == FACTS_TENSE_FUTURE)
        t = FACTS_TENSE_PAST;
    if (t == FACTS_TENSE_PAST && e->anchor == FACTS_TENSED && e->m &&
        !e->wd && announced_event(text, toks, n, m->a))
        t = FACTS_TENSE_NONE;
    if (t == FACTS_TENSE_PRESENT && e->gran == FACTS_WEEK && e->weekend &&
        perfect_before(toks, m->a))
        t = FACTS_TENSE_PAST;   /* "has held steady over the weekend" */
    if (t == FACTS_TENSE_FUTURE && month_named_quarter_ended(sc, toks, n, m))
        t = FACTS_TENSE_PAST;
    if (t == FACTS_TENSE_FUTURE && owned_month(text, toks, n, m))
        t = FACTS_TENSE_NONE;
    if (e->gran == FACTS_DAY && e->anchor == FACTS_TENSED &&
        ((e->wd && rec_possessive(toks, n, m->b) && m->b + 2 < n &&
          rec_game_score(toks, n, m->b + 2)) ||
         score_before(text, toks, m->a)))
        t = FACTS_TENSE_PAST;
    if (e->wd && e->gran == FACTS_DAY && t == FACTS_TENSE_NONE &&
        fixture(text, toks, n))
        t = FACTS_TENSE_FUTURE;
    if (e->wd && e->gran == FACTS_DAY && !e->m &&
        (t == FACTS_TENSE_NONE || t == FACTS_TENSE_PRESENT) &&
        starts_from(text, toks, n, m))
        t = FACTS_TENSE_FUTURE;
    if (e->wd && e->gran == FACTS_DAY && !e->m && called_off(text, toks, n, m))
        t = FACTS_TENSE_FUTURE;
    if (t == FACTS_TENSE_PRESENT &&
        (under_future_clause(text, toks, n, m->a) ||
         after_condition(text, toks, n, m->a)))
        t = FACTS_TENSE_FUTURE;
    return t;
}
