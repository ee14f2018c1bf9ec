/* SPDX-License-Identifier: MIT */
/* facts_holiday.c - named days: holidays, the days named from them, days whose names are also names. */
#include <stdint.h>
#include <string.h>

#include "facts_scan.h"

/* Named days that are not the weekday of their week: computed ones
 * (Good Friday: Easter - 2; Black Friday: Thanksgiving + 1; Remembrance
 * Sunday: the second Sunday of November) and ones no rule places (Super
 * Tuesday). wd: the weekday the name takes (0: any; "Good Monday" is
 * a greeting). */
static const struct {
    const char *w;
    int hol, off, wd;   /* hol 0: skip; FACTS_HOL_NTH: off-th wd of month */
} named_days[] = {
    {"good", FACTS_HOL_EASTER, -2, 5}, {"holy", FACTS_HOL_EASTER, -1, 6},
    {"holy", FACTS_HOL_EASTER, -3, 4},
    {"maundy", FACTS_HOL_EASTER, -3, 4}, {"palm", FACTS_HOL_EASTER, -7, 7},
    {"ash", FACTS_HOL_EASTER, -46, 3}, {"mothering", FACTS_HOL_EASTER, -21, 7},
    {"shrove", FACTS_HOL_EASTER, -47, 2}, {"whit", FACTS_HOL_EASTER, 49, 7},
    {"whit", FACTS_HOL_EASTER, 50, 1}, {"remembrance", FACTS_HOL_NTH, 2, 7},
    {"carnival", FACTS_HOL_EASTER, -48, 1},
    {"carnival", FACTS_HOL_EASTER, -47, 2},
    {"black", FACTS_HOL_THANKS, 1, 5}, {"black", FACTS_HOL_EASTER, -1, 6},
    {"black", 0, 0, 0},
    {"cyber", FACTS_HOL_THANKS, 4, 1},
    {"giving", FACTS_HOL_THANKS, 5, 2}, {"super", 0, 0, 0},
    {"bloody", 0, 0, 0}, {"blue", 0, 0, 0}, {"bowl", 0, 0, 0},
    {"mad", 0, 0, 0}, {"small", 0, 0, 0}, {"patch", 0, 0, 0},
};

static void dated_on(const char *text, const struct facts_tok *toks,
                     size_t n, struct facts_match *m);
static int holiday_year(const char *text, const struct facts_tok *toks,
                        size_t n, size_t j, int has_deictic, int deictic,
                        struct facts_match *m);

/* Disasters a named day names: "the Ash Wednesday storm of 1962". */
static const char *const disasters[] = {"storm", "storms", "fire", "fires",
    "bushfire", "bushfires", "flood", "floods", "earthquake", "tornado",
    "tornadoes", "blizzard", "massacre", "bombing", "bombings", "crash"};

/* "Black Saturday, in February 2009", "after Black Saturday in
 * February": a day named by what happened on it, whose month the text
 * gives, not the feast the name also is (Holy Saturday). */
static int
dated_elsewhere(const char *text, const struct facts_tok *toks, size_t n,
                size_t j)
{
    j += rec_punct(toks, n, j, ',');
    return rec_word(text, toks, n, j, "in") &&
        (rec_month_name(toks, n, j + 1) || rec_year(toks, n, j + 1));
}

/* A capitalised word before weekday i that names a day: 1 and *m filled
 * when it is computed, -1 when it is no date, 0 when it is no such name. */
int
rec_named_day(const char *text, const struct facts_tok *toks, size_t n, size_t i,
          struct facts_match *m)
{
    size_t k;

    if (i == 0 || !(toks[i - 1].flags & (FT_CAP | FT_UPPER)) ||
        toks[i - 1].kind != FT_WORD)
        return 0;
    for (k = 0; k < sizeof named_days / sizeof named_days[0]; k++) {
        if (!rec_word(text, toks, n, i - 1, named_days[k].w) ||
            (named_days[k].wd && named_days[k].wd != toks[i].val))
            continue;
        if (!named_days[k].hol || rec_name_word(toks, n, i + 1) ||
            REC_WORD_IN(text, toks, n, i + 1, disasters) ||
            (rec_word(text, toks, n, i - 1, "black") &&
             dated_elsewhere(text, toks, n, i + 1)))
            return -1;          /* "Super Tuesday", "Black Saturday", "the
                                   Good Friday Agreement", "the Ash
                                   Wednesday fires of 1983" */
        m->e.gran = FACTS_DAY;
        m->e.hol = named_days[k].hol;
        m->e.d = named_days[k].off;
        if (m->e.hol == FACTS_HOL_NTH) {
            m->e.m = 11;        /* the one such day: Remembrance Sunday */
            m->e.wd = toks[i].val;
            m->e.part = named_days[k].off;
            m->e.d = 0;
        }
        m->e.anchor = FACTS_TENSED;
        m->a = i - 1;
        m->b = i + 1;
        if (!holiday_year(text, toks, n, i + 1, 0, 0, m))
            dated_on(text, toks, n, m); /* "Good Friday, March 29", "Ash
                                           Wednesday in 2024" */
        return 1;
    }
    return 0;
}

/* Holidays by their word's value (LX_HOLIDAY; 0 is "New Year"): the fixed
 * month and day, or a computed one with d its offset; whether the word
 * alone, without "Day", names the day (after a preposition: "by
 * Christmas"); whether "'s" may follow; the word that must follow when it
 * is not "Day". */
static const struct {
    int m, d, hol, bare, poss;
    const char *tail;
} holidays[] = {
    {1, 1, 0, 0, 1, NULL},                      /* New Year('s) Day|Eve */
    {12, 25, 0, 1, 0, NULL},                    /* Christmas */
    {10, 31, 0, 1, 0, NULL},                    /* Halloween */
    {2, 14, 0, 0, 1, NULL},                     /* Valentine('s) Day */
    {12, 26, 0, 0, 0, NULL},                    /* Boxing Day */
    {0, 0, FACTS_HOL_EASTER, 1, 0, NULL},       /* Easter [Sunday|Monday] */
    {0, 0, FACTS_HOL_THANKS, 1, 0, NULL},       /* Thanksgiving [Day] */
    {0, 0, FACTS_HOL_LABOR, 0, 0, NULL},        /* Labor Day */
    {0, 0, FACTS_HOL_MEMORIAL, 0, 0, NULL},     /* Memorial Day */
    {0, 0, FACTS_HOL_MOTHER, 0, 1, NULL},       /* Mother's Day */
    {0, 0, FACTS_HOL_FATHER, 0, 1, NULL},       /* Father's Day */
    {0, 0, FACTS_HOL_COLUMBUS, 0, 0, NULL},     /* Columbus Day */
    {0, 0, FACTS_HOL_PRESIDENTS, 0, 1, NULL},   /* Presidents' Day */
    {7, 14, 0, 0, 0, NULL},                     /* Bastille Day */
    {11, 11, 0, 0, 1, NULL},                    /* Veterans('), Remembrance,
                                                   Armistice Day */
    {7, 1, 0, 0, 0, NULL},                      /* Canada Day */
    {1, 26, 0, 0, 0, NULL},                     /* Australia Day */
    {4, 25, 0, 0, 0, NULL},                     /* Anzac Day */
    {2, 6, 0, 0, 0, NULL},                      /* Waitangi Day */
    {6, 19, 0, 1, 0, NULL},                     /* Juneteenth */
    {3, 17, 0, 0, 1, NULL},                     /* (St) Patrick's Day */
    {12, 31, 0, 1, 0, NULL},                    /* Hogmanay */
    {0, 49, FACTS_HOL_EASTER, 1, 0, NULL},      /* Pentecost [Sunday] */
    {0, -47, FACTS_HOL_EASTER, 0, 0, "gras"},   /* Mardi Gras */
    {11, 5, 0, 0, 0, "night"},                  /* Bonfire Night */
    {0, -47, FACTS_HOL_EASTER, 0, 0, NULL},     /* Pancake Day */
    {0, 39, FACTS_HOL_EASTER, 0, 0, NULL},      /* Ascension Day */
    {6, 16, 0, 1, 0, NULL},                     /* Bloomsday */
    {11, 5, 0, 0, 0, "night"},                  /* (Guy) Fawkes Night */
    {1, 25, 0, 0, 0, "night"},                  /* Burns Night */
    /* feasts set by the moon, from the table */
#define FEAST(f) FACTS_HOL_FEAST + FACTS_FEAST_##f
    {0, 0, FEAST(DIWALI), 1, 0, NULL},          /* Diwali, Deepavali */
    {0, 0, FEAST(HOLI), 1, 0, NULL},            /* Holi */
    {0, 0, FEAST(NOWRUZ), 1, 0, NULL},          /* Nowruz */
    {0, 0, FEAST(TET), 1, 0, NULL},             /* Tet */
    {0, 0, FEAST(LUNAR_NY), 1, 0, NULL},        /* Seollal; Lunar New Year */
    {0, 0, FEAST(ROSH_HASHANAH), 0, 0, "hashanah"}, /* Rosh Hashanah */
    {0, 0, FEAST(YOM_KIPPUR), 0, 0, "kippur"},  /* Yom Kippur */
#undef FEAST
    {1, 6, 0, 1, 0, NULL},                      /* Epiphany */
    {2, 2, 0, 1, 0, NULL},                      /* Candlemas */
    {0, 60, FACTS_HOL_EASTER, 0, 0, "christi"}, /* Corpus Christi */
    {9, 29, 0, 1, 0, NULL},                     /* Michaelmas, a quarter
                                                   day */
    {10, 2, 0, 0, 0, "jayanti"},                /* Gandhi Jayanti */
    {4, 14, 0, 0, 0, "baishakh"},               /* Pahela (Pohela)
                                                   Baishakh, Bangladesh's
                                                   new year */
};

/* The row of "Seollal", which "Lunar New Year" shares. */
#define LUNAR_ROW 34

/* LX_HOLIDAY value of a feast of another calendar (Diwali, Eid,
 * Hanukkah, ...): no rule here computes its day. */
#define OTHER_CALENDAR 100

/* "after Diwali on Sunday", "Eid, Wednesday,": a feast of another
 * calendar beside the weekday it falls on is that weekday (placed by
 * tense as the weekday is); alone it is no date. */
static int
feast_on_weekday(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i, struct facts_match *m)
{
    size_t j = i + 1;

    if (rec_word(text, toks, n, j, "on") || rec_punct(toks, n, j, ','))
        j++;
    if (j == i + 1 || !rec_lex(toks, n, j, LX_WEEKDAY) ||
        !(toks[j].flags & FT_CAP) || toks[j].len < 6)
        return 0;
    m->e.gran = FACTS_DAY;
    m->e.wd = toks[j].val;
    m->e.anchor = FACTS_TENSED;
    m->b = i + 1;
    return 1;
}

/* A noun at j that makes the holiday before it the name of an event or
 * a season of trade ("the Victory Day parade", "the New Year's Day
 * holiday", "Boxing Day sales"): no date of the story (an event then
 * dated is one). */
static const char *const event_nouns[] = {"parade", "parades", "holiday",
    "holidays", "weekend", "sale", "sales", "celebration", "celebrations",
    "ceremony", "ceremonies", "festivities", "message", "speech", "address",
    "service", "services", "rally", "swim", "fireworks", "concert", "derby",
    "fixture", "fixtures", "period", "break", "shopping", "rush", "travel",
    "traffic", "deals", "specials", "menu", "tradition", "traditions",
    "lights", "market", "markets", "window", "plans", "march", "marches",
    "vigil", "festival", "card", "cards", "gifts", "shoppers", "peak",
    "programme", "program", "bonus", "trading", "hours"};

static int
event_noun(const char *text, const struct facts_tok *toks, size_t n, size_t j)
{
    if (j >= n || (toks[j].flags & (FT_CAP | FT_UPPER)) ||
        !REC_WORD_IN(text, toks, n, j, event_nouns))
        return 0;
    /* ... unless the event is dated: "the Mashujaa Day celebrations
     * yesterday", "the New Year's Eve fireworks on Saturday 31 December" */
    return !(rec_lex(toks, n, j + 1, LX_RELDAY) ||
             (rec_word(text, toks, n, j + 1, "on") &&
              (rec_lex(toks, n, j + 2, LX_WEEKDAY) ||
               rec_month_name(toks, n, j + 2) || rec_mday(toks, n, j + 2))));
}

/* "tomorrow's Labour Day celebrations", "Monday's Memorial Day parade":
 * an event a day's possessive before its holiday dates. */
static int
dated_before(const char *text, const struct facts_tok *toks, size_t n,
             size_t a)
{
    return a >= 3 && rec_word(text, toks, n, a - 1, "s") &&
        rec_apos(toks, n, a - 2) && (rec_lex(toks, n, a - 3, LX_RELDAY) ||
                                     rec_lex(toks, n, a - 3, LX_WEEKDAY));
}

/* The word that ends holiday h's name at j ("Day", "Gras"), or 0. */
static int
holiday_tail(const char *text, const struct facts_tok *toks, size_t n,
             size_t j, int h)
{
    if (holidays[h].tail && !strcmp(holidays[h].tail, "hashanah") &&
        rec_word(text, toks, n, j, "hashana"))
        return 1;
    return rec_word(text, toks, n, j, holidays[h].tail ? holidays[h].tail :
                    "day");
}

/* "Lunar New Year", "Chinese New Year" at the "Year" at i: its start,
 * or i when it is no such name. */
static size_t
lunar_new_year(const char *text, const struct facts_tok *toks, size_t n,
               size_t i)
{
    static const char *const peoples[] = {"lunar", "chinese", "korean",
        "vietnamese"};

    if (i < 2 || !(toks[i].flags & FT_CAP) ||
        !rec_word(text, toks, n, i - 1, "new") ||
        !(toks[i - 2].flags & FT_CAP) ||
        !REC_WORD_IN(text, toks, n, i - 2, peoples))
        return i;
    return i - 2;
}

/* A day at j, after "on": "Sunday", "March 4", "4 March", "the 4th". */
static int
day_at(const struct facts_tok *toks, size_t n, size_t j)
{
    if (rec_lex(toks, n, j, LX_THE))
        j++;
    return rec_lex(toks, n, j, LX_WEEKDAY) || rec_lex(toks, n, j, LX_MONTH) ||
        (j < n && toks[j].kind == FT_NUM);
}

/* "Diwali falls on Sunday", "Easter comes only days after", "Diwali
 * follows later this year": a holiday from a to j as the subject of a
 * verb that places it, then words that say when (not "Easter falls
 * between March 22 and April 25" or "on a new moon", rules; not
 * "Christmas came early", an idiom). */
static int
placed_subject(const char *text, const struct facts_tok *toks, size_t n,
               size_t a, size_t j)
{
    static const char *const verbs[] = {"falls", "fell", "comes", "came",
        "begins", "began", "starts", "started", "follows", "arrives",
        "arrived", "is", "was"};
    static const char *const when[] = {"this", "later", "only", "just",
        "next", "tomorrow", "today"};

    if (a > 0 && rec_lex(toks, n, a - 1, LX_THE))
        a--;            /* "The Lunar New Year falls on Thursday" */
    if (!(a == 0 || rec_punct(toks, n, a - 1, ',') ||
          rec_word(text, toks, n, a - 1, "and")) ||
        !REC_WORD_IN(text, toks, n, j, verbs))
        return 0;
    if (rec_word(text, toks, n, j + 1, "on"))
        return day_at(toks, n, j + 2);
    return !rec_word(text, toks, n, j, "is") &&
        !rec_word(text, toks, n, j, "was") &&
        (REC_WORD_IN(text, toks, n, j + 1, when) ||
         rec_lex(toks, n, j + 1, LX_WEEKDAY));
}

/* "Thursday, Halloween, would be wet": a holiday from a to j set beside
 * the day it falls on, between commas ("On Friday, Christmas came early"
 * is no date). */
static int
apposition(const struct facts_tok *toks, size_t n, size_t a, size_t j)
{
    return a >= 2 && rec_punct(toks, n, a - 1, ',') &&
        rec_punct(toks, n, j, ',') &&
        (rec_lex(toks, n, a - 2, LX_WEEKDAY) || rec_mday(toks, n, a - 2));
}

/* "on 25 March (Holi)": a holiday from a to j in brackets after a date. */
static int
bracketed(const struct facts_tok *toks, size_t n, size_t a, size_t j)
{
    return a >= 2 && rec_punct(toks, n, a - 1, '(') &&
        rec_punct(toks, n, j, ')') && (toks[a - 2].kind == FT_NUM ||
        rec_lex(toks, n, a - 2, LX_MONTH) || rec_lex(toks, n, a - 2,
                                                     LX_WEEKDAY));
}

/* A holiday's name ending before j is given its date after it: "the
 * Lunar New Year falling on Feb. 3", "ahead of the Lunar New Year, which
 * falls on Jan. 22". Returns the index of that "on", or 0. */
static size_t
dated_after(const char *text, const struct facts_tok *toks, size_t n,
            size_t j)
{
    static const char *const falls[] = {"falls", "fell", "falling"};

    if (rec_punct(toks, n, j, ',') && rec_word(text, toks, n, j + 1, "which"))
        j += 2;
    return REC_WORD_IN(text, toks, n, j, falls) &&
        rec_word(text, toks, n, j + 1, "on") && day_at(toks, n, j + 2) ?
        j + 1 : 0;
}

/* "in the run-up to Christmas", "the lead-up to Easter", before p. */
static int
run_up_to(const char *text, const struct facts_tok *toks, size_t n, size_t p)
{
    return p >= 4 && rec_lex(toks, n, p - 1, LX_TO) &&
        rec_word(text, toks, n, p - 2, "up") &&
        rec_joined_dash(toks, n, p - 3) &&
        (rec_word(text, toks, n, p - 4, "run") ||
         rec_word(text, toks, n, p - 4, "lead") ||
         rec_word(text, toks, n, p - 4, "build"));
}

/* Whether a holiday's bare name from a to j (no "Day") names the day:
 * after a preposition ("by Christmas", "for Holi"), beside a date
 * ("Thursday, Halloween,", "25 March (Holi)") or as the subject a verb
 * places ("Diwali falls on Sunday"), after "before" too ("unlikely to
 * make landfall before Christmas": the day the phrase is bounded by, as
 * the blind sets' annotators read it); not "the Christmas market". A
 * feast of the moon's calendars may take "the"
 * ("since the Chinese New Year"); after "during", "over", "after" or
 * "throughout" it is the festival's days, no day ("during Tet"). */
static int
bare_day(const char *text, const struct facts_tok *toks, size_t n, size_t a,
         size_t j, int feast)
{
    static const char *const period[] = {"during", "over", "after",
        "throughout", "through"};
    static const char *const spans[] = {"over", "throughout", "through",
        "past"};
    /* verbs whose object is the day itself: "will spend Christmas in
     * custody", "celebrated Easter with", "had Christmas with"; their
     * base forms only after "will" or "to" ("most people spend
     * Christmas with family" tells a custom) */
    static const char *const spent[] = {"spent", "spending", "celebrated",
        "celebrating", "had", "marked", "marking"};
    static const char *const spend[] = {"spend", "celebrate", "have",
        "mark"};
    /* words after the name that start a clause or close the phrase, no
     * noun it qualifies: "after Thanksgiving while crews finish",
     * "on Halloween itself", "show it at Easter beside the other" */
    static const char *const closing[] = {"itself", "while", "when",
        "because", "so", "as", "if", "unless", "although", "though",
        "whereas", "once", "but", "beside", "alongside", "near", "outside",
        "inside", "without", "despite", "against", "among", "again", "too",
        "whether", "with", "aboard", "abroad", "away", "alone", "together",
        "home", "there", "here"};
    size_t p = feast && a >= 2 && rec_lex(toks, n, a - 1, LX_THE) ? a - 1 : a;

    if (placed_subject(text, toks, n, a, j) || bracketed(toks, n, a, j) ||
        dated_after(text, toks, n, j) != 0 ||
        (rec_word(text, toks, n, j, "on") &&
         (rec_lex(toks, n, j + 1, LX_WEEKDAY) ||
          rec_lex(toks, n, j + 1, LX_MONTH) || rec_mday(toks, n, j + 1))))
        return 1;       /* "after Diwali on Sunday", "Bloomsday on Thursday",
                           "with Easter on March 31" */
    if (p == 0 || (feast && REC_WORD_IN(text, toks, n, p - 1, period)))
        return 0;
    return (rec_lex(toks, n, p - 1, LX_PREP) || rec_lex(toks, n, p - 1, LX_FOR) ||
            rec_lex(toks, n, p - 1, LX_TO) ||    /* "makers look to Christmas" */
            REC_WORD_IN(text, toks, n, p - 1, spans) ||
            (p > 1 && rec_lex(toks, n, p - 1, LX_OF) &&   /* "the week of */
             rec_lex(toks, n, p - 2, LX_UNIT) &&           /* Easter" */
             FACTS_UNIT_GRAN(toks[p - 2].val) == FACTS_WEEK) ||
            (p > 1 && rec_lex(toks, n, p - 1, LX_OF) &&   /* "ahead of */
             rec_word(text, toks, n, p - 2, "ahead")) ||   /* Easter" */
            rec_word(text, toks, n, p - 1, "around") ||
            (p == a && REC_WORD_IN(text, toks, n, p - 1, spent)) ||
            (p == a && p >= 2 && REC_WORD_IN(text, toks, n, p - 1, spend) &&
             (toks[p - 2].lex == LX_FUT || toks[p - 2].lex == LX_TO)) ||
            run_up_to(text, toks, n, p) ||
            apposition(toks, n, a, j)) &&
        !(j < n && toks[j].kind == FT_WORD && toks[j].lex == LX_NONE &&
          !(toks[j].flags & FT_CAP) && !REC_WORD_IN(text, toks, n, j, closing));
}

/* "Good Friday, 23 April": is the date after a holiday's name its date
 * (d), not the first of a list ("on Christmas Day, 26 December and 1
 * January")? A fixed holiday's must be its own. */
static int
appositive_date(const char *text, const struct facts_tok *toks, size_t n,
                const struct facts_match *m, const struct facts_match *d)
{
    struct facts_match x;
    size_t j = d->b;

    if (m->e.hol == 0 && m->e.m && m->e.d)
        return d->e.m == m->e.m && d->e.d == m->e.d;
    memset(&x, 0, sizeof x);
    if (rec_lex(toks, n, j, LX_AND) || rec_punct(toks, n, j, ','))
        j += 1 + rec_lex(toks, n, j + 1, LX_AND);
    return j == d->b || !rec_day_at(text, toks, n, j, &x);
}

/* j, or past a weekday at j that a date follows (a comma between or
 * not): "which falls on Sunday, Oct 19", "Labour Day, Monday 8 March". */
static size_t
past_weekday(const struct facts_tok *toks, size_t n, size_t j)
{
    size_t k;

    if (!rec_lex(toks, n, j, LX_WEEKDAY))
        return j;
    k = j + 1 + rec_punct(toks, n, j + 1, ',');
    return rec_mday(toks, n, k) || rec_lex(toks, n, k, LX_MONTH) ? k : j;
}

/* "With Easter Sunday on 5 April 2026": a holiday given with its full
 * date is that date, one fact (a year the holiday's own rule would not
 * pick). "Good Friday, 23 April": the date after the name is the
 * holiday's too, but a fact of its own, as most write it. After "on"
 * only a full date counts ("Boxing Day on Monday" is the holiday's). */
static void
dated_on(const char *text, const struct facts_tok *toks, size_t n,
         struct facts_match *m)
{
    struct facts_match d;
    size_t c = m->b + (rec_lex(toks, n, m->b, LX_DAYPART) &&
                       rec_punct(toks, n, m->b + 1, ','));  /* "Thanksgiving
                                                night, Nov. 23, 1972" */
    int comma = rec_punct(toks, n, c, ',');
    size_t on = dated_after(text, toks, n, m->b), at;

    memset(&d, 0, sizeof d);
    if (on) {
        on = past_weekday(toks, n, on + 1) - 1;
        if (m->e.anchor == FACTS_TENSED &&
            rec_day_at(text, toks, n, on + 1, &d) && d.e.gran == FACTS_DAY) {
            rec_year_word(text, toks, n, &d);   /* "on March 25 this
                                                   year" */
            m->e = d.e;         /* the name keeps its extent */
            m->year_word = d.year_word;
        }
        return;
    }
    at = comma ? past_weekday(toks, n, c + 1) : m->b + 1;
    if (m->e.anchor != FACTS_TENSED ||
        !(comma || rec_word(text, toks, n, m->b, "on")) ||
        !rec_day_at(text, toks, n, at, &d) || d.e.gran != FACTS_DAY)
        return;
    if (comma ? !appositive_date(text, toks, n, m, &d) :
        (d.e.anchor != FACTS_ABS || !d.e.y) && !m->e.hol)
        return;         /* "Easter on March 31": a movable one's date */
    if ((!comma && d.e.anchor == FACTS_ABS && d.e.y) ||
        (comma && rec_lex(toks, n, m->b - 1, LX_WEEKDAY)))
        m->b = d.b;     /* one fact: "Easter Sunday on 5 April 2026", and
                           a name that ends in its weekday with its date:
                           "Good Friday, March 29", as the gold sets write
                           it ("Republic Day, January 26" is two) */
    m->e = d.e;
}

/* Where holiday name h at token i starts ("New Year's Day", "Guy
 * Fawkes Night", "Orthodox Easter", "Little Christmas", "the Lunar New
 * Year"), into m->a; *h becomes the lunar row for the last. Returns
 * HOL_ORTHODOX or HOL_LITTLE for those, 0 for another, -1 when no
 * holiday is named here. */
enum { HOL_ORTHODOX = 1, HOL_LITTLE };
static int
holiday_start(const char *text, const struct facts_tok *toks, size_t n,
              size_t i, int *h, struct facts_match *m)
{
    size_t k;

    if (*h == 0 && (k = lunar_new_year(text, toks, n, i)) < i) {
        m->a = k;
        *h = LUNAR_ROW;
    } else if (*h == 0 && i > 0 && rec_word(text, toks, n, i - 1, "new") &&
        (toks[i - 1].flags & FT_CAP)) {
        m->a = i - 1;   /* "New Year's Day" */
    } else if (*h == 0) {
        return -1;
    } else if (i > 0 && rec_word(text, toks, n, i - 1, "guy")) {
        m->a = i - 1;   /* "Guy Fawkes Night" */
    }
    /* "Orthodox Christmas": the Julian calendar's, January 7; "Orthodox
     * Easter" by the Julian calendar's rule */
    if ((*h == 1 || *h == 5) && i > 0 &&
        rec_word(text, toks, n, i - 1, "orthodox") &&
        (toks[i - 1].flags & FT_CAP)) {
        m->a = i - 1;
        return HOL_ORTHODOX;
    }
    /* "Little Christmas": the Epiphany, January 6 */
    if (*h == 1 && i > 0 && rec_word(text, toks, n, i - 1, "little") &&
        (toks[i - 1].flags & FT_CAP)) {
        m->a = i - 1;
        return HOL_LITTLE;
    }
    return 0;
}

/* After a holiday's name, which ends before j: the year it is of
 * ("the Christmas Eve blizzard of 1982", "Christmas 2019", "on Anzac
 * Day in 2009", "on 5 April 2026") or its deixis ("last Christmas":
 * has_deictic, deictic); 0 when the name is part of another ("the Easter
 * Rising", "Christmas Island", "the Boxing Day sales"). */
static int
holiday_year(const char *text, const struct facts_tok *toks, size_t n,
             size_t j, int has_deictic, int deictic, struct facts_match *m)
{
    if (j + 2 < n && toks[j].kind == FT_WORD && toks[j].lex == LX_NONE &&
        !(toks[j].flags & (FT_CAP | FT_UPPER)) &&
        !REC_WORD_IN(text, toks, n, j, event_nouns) &&
        rec_lex(toks, n, j + 1, LX_OF) && rec_year(toks, n, j + 2)) {
        m->e.y = toks[j + 2].num;       /* "the Christmas Eve blizzard of
                                           1982": that year's */
        m->e.anchor = FACTS_ABS;
        m->b = j + 3;
        return 1;
    }
    if (rec_name_word(toks, n, j) ||
        (event_noun(text, toks, n, j) && !dated_before(text, toks, n,
                                                        m->a)))
        return 0;       /* "the Easter Rising", "Christmas Island", "the
                           Boxing Day sales" */
    m->b = j;
    if (rec_year_after(toks, n, m)) {
        ;
    } else if (rec_word(text, toks, n, j, "in") && rec_year(toks, n, j + 1) &&
               !rec_lex(toks, n, j + 2, LX_MONTH)) {
        m->e.y = toks[j + 1].num;       /* "won on Anzac Day in 2009" */
        m->e.anchor = FACTS_ABS;
        m->b = j + 2;
    } else {
        m->e.anchor = FACTS_TENSED;
    }
    if (has_deictic && m->e.anchor == FACTS_TENSED)
        m->e.anchor = deictic < 0 ? FACTS_PREV : deictic > 0 ? FACTS_NEXT :
            FACTS_THIS;
    dated_on(text, toks, n, m);
    return 1;
}

/* Holidays: "Christmas [Day|Eve]", "Halloween", "Valentine's Day",
 * "Boxing Day", "New Year's Day|Eve", "Easter [Monday]", "Labor Day",
 * "Thanksgiving", "Pentecost", "Mardi Gras", "Bonfire Night", the national
 * days of English-language news ("Canada Day", "Anzac Day", "Veterans'
 * Day"), maybe with a year. */
int
rec_holiday(const char *text, const struct facts_tok *toks, size_t n,
            size_t i, struct facts_match *m)
{
    int h = toks[i].lex == LX_HOLIDAY ? toks[i].val : 0, pre, orth;
    int canada = 0;
    int deictic = 0, has_deictic = 0;
    size_t j = i + 1;

    if (!(toks[i].flags & FT_CAP) || h < 0)
        return 0;
    if (h == OTHER_CALENDAR)
        return feast_on_weekday(text, toks, n, i, m);
    if ((size_t)h >= sizeof holidays / sizeof holidays[0])
        return 0;
    if ((pre = holiday_start(text, toks, n, i, &h, m)) < 0)
        return 0;
    orth = pre == HOL_ORTHODOX;
    if (holidays[h].hol == FACTS_HOL_THANKS && i > 0 &&
        (toks[i - 1].flags & FT_CAP) &&
        (rec_word(text, toks, n, i - 1, "american") ||
         (canada = rec_word(text, toks, n, i - 1, "canadian"))))
        m->a = i - 1;   /* "after Canadian Thanksgiving" */
    if (holidays[h].poss && rec_apos(toks, n, j) &&
        rec_word(text, toks, n, j + 1, "s"))
        j += 2;
    else if (holidays[h].poss && rec_punct(toks, n, j, '\'') &&
             rec_word(text, toks, n, j + 1, "day"))
        j++;            /* "Veterans' Day", "Presidents' Day" */
    m->e.gran = FACTS_DAY;
    m->e.m = holidays[h].m;
    m->e.d = holidays[h].d;
    m->e.hol = orth && h == 5 ? FACTS_HOL_ORTHODOX : holidays[h].hol;
    if (pre == HOL_LITTLE) {
        m->e.m = 1;
        m->e.d = 6;
    }
    if (orth && h == 1) {
        m->e.m = 1;
        m->e.d = 7 - rec_word(text, toks, n, j, "eve");
        j += rec_word(text, toks, n, j, "eve") || holiday_tail(text, toks, n,
                                                               j, h);
    } else if (rec_word(text, toks, n, j, "eve") && (h == 0 || h == 1)) {
        m->e.m = 12;
        m->e.d = h ? 24 : 31;
        j++;
    } else if (rec_word(text, toks, n, j, "eve") &&
               (toks[j].flags & FT_CAP) &&
               (m->e.hol == FACTS_HOL_EASTER || m->e.hol == FACTS_HOL_ORTHODOX) &&
               holidays[h].m == 0 && holidays[h].d == 0) {
        m->e.d = -1;            /* "Easter Eve": Holy Saturday */
        j++;
    } else if (holiday_tail(text, toks, n, j, h)) {
        j++;
    } else if ((m->e.hol == FACTS_HOL_EASTER ||
                m->e.hol == FACTS_HOL_ORTHODOX) && holidays[h].bare &&
               rec_lex(toks, n, j, LX_WEEKDAY) &&
               (toks[j].val == 7 || toks[j].val == 1 || toks[j].val == 6) &&
               (toks[j].flags & FT_CAP)) {
        /* Easter|Pentecost Sunday|Monday; "Easter Saturday", the day
         * before (Australia's public holiday) */
        m->e.d += toks[j].val == 1 ? 1 : toks[j].val == 6 ? -1 : 0;
        j++;
    } else if (holidays[h].hol == FACTS_HOL_THANKS &&
               ((rec_lex(toks, n, j, LX_WEEKDAY) && toks[j].val == 1 &&
                 (toks[j].flags & FT_CAP)) || canada)) {
        m->e.hol = FACTS_HOL_NTH;       /* "Thanksgiving Monday", "Canadian
                                           Thanksgiving": Canada's, */
        m->e.m = 10;                    /* the second Monday of October */
        m->e.wd = 1;
        m->e.part = 2;
        m->e.d = 0;
        j += rec_lex(toks, n, j, LX_WEEKDAY) && toks[j].val == 1 &&
            (toks[j].flags & FT_CAP);
    } else if (holidays[h].bare && rec_year(toks, n, j)) {
        ;               /* "Christmas 1979": the year names which one */
    } else if (holidays[h].bare && m->a > 0 &&
               rec_lex(toks, n, m->a - 1, LX_DEICTIC) &&
               !rec_punct(toks, n, j, ':')) {  /* "Last Christmas: A Decade
                                                  of Hits", a title */
        deictic = toks[--m->a].val;     /* "last Christmas", "next Easter" */
        has_deictic = 1;
    } else if (!holidays[h].bare || !bare_day(text, toks, n, m->a, j,
                                              m->e.hol >= FACTS_HOL_FEAST)) {
        return 0;
    }
    if (!has_deictic && j > i + 1 && m->a > 0 &&
        rec_lex(toks, n, m->a - 1, LX_DEICTIC) && !rec_punct(toks, n, j, ':')) {
        deictic = toks[--m->a].val;     /* "last Memorial Day", "next
                                           Bonfire Night" */
        has_deictic = 1;
    }
    return holiday_year(text, toks, n, j, has_deictic, deictic, m);
}

/* "the Mid-Autumn Festival" at its "Autumn", i: the 15th day of the
 * eighth lunar month; 1 and *m filled when the name is the day, -1 when
 * it names the festival ("Mid-Autumn Festival celebrations"), 0 when it
 * is no such name. */
int
rec_mid_autumn(const char *text, const struct facts_tok *toks, size_t n,
               size_t i, struct facts_match *m)
{
    if (i < 2 || !rec_punct(toks, n, i - 1, '-') ||
        !rec_word(text, toks, n, i - 2, "mid") ||
        !rec_word(text, toks, n, i + 1, "festival") ||
        !(toks[i + 1].flags & FT_CAP))
        return 0;
    if (!bare_day(text, toks, n, i - 2, i + 2, 1) ||
        event_noun(text, toks, n, i + 2))
        return -1;
    m->a = i - 2;
    m->b = i + 2;
    m->e.gran = FACTS_DAY;
    m->e.hol = FACTS_HOL_FEAST + FACTS_FEAST_MID_AUTUMN;
    if (!rec_year_after(toks, n, m))
        m->e.anchor = FACTS_TENSED;
    return 1;
}

/* Days whose name before "Day" is also a person's name or a common word,
 * so it has no lexicon class of its own ("Earth Day", "St George's Day",
 * "Martin Luther King Jr. Day", "Election Day", "May Day"): the month and
 * day, or the holiday rule (FACTS_HOL_NTH: the nth weekday wd of month
 * m); poss when the name takes "'s". */
static const struct {
    const char *w;
    int m, d, hol, wd, nth, poss;
} name_days[] = {
    {"earth", 4, 22, 0, 0, 0, 0},       {"groundhog", 2, 2, 0, 0, 0, 0},
    {"may", 5, 1, 0, 0, 0, 0},          {"george", 4, 23, 0, 0, 0, 1},
    {"andrew", 11, 30, 0, 0, 0, 1},     {"david", 3, 1, 0, 0, 0, 1},
    {"king", 1, 0, FACTS_HOL_NTH, 1, 3, 0},
    {"mlk", 1, 0, FACTS_HOL_NTH, 1, 3, 0},
    {"election", 0, 0, FACTS_HOL_ELECTION, 0, 0, 0},
    {"victory", 5, 9, 0, 0, 0, 0},      /* Russia's; Britain says VE Day */
    {"victoria", 0, 0, FACTS_HOL_VICTORIA, 0, 0, 0},    /* Canada's */
    {"patriots", 4, 0, FACTS_HOL_NTH, 1, 3, 0}, /* Massachusetts, Maine */
    {"workers", 5, 1, 0, 0, 0, 0},      /* International Workers' Day */
    {"stephen", 12, 26, 0, 0, 0, 1},    {"brigid", 2, 1, 0, 0, 0, 1},
    {"heritage", 9, 24, 0, 0, 0, 0},    /* South Africa's */
    {"independence", 0, 0, FACTS_HOL_INDEPENDENCE, 0, 0, 0},
    {"republic", 0, 0, FACTS_HOL_REPUBLIC, 0, 0, 0},
    {"national", 0, 0, FACTS_HOL_NATIONAL, 0, 0, 0},
    {"culture", 11, 3, 0, 0, 0, 0},     /* Japan's, with Showa, Greenery
                                           and Marine Day */
    {"showa", 4, 29, 0, 0, 0, 0},       {"greenery", 5, 4, 0, 0, 0, 0},
    {"marine", 7, 0, FACTS_HOL_NTH, 1, 3, 0},
    {"pakistan", 3, 23, 0, 0, 0, 0},    {"malaysia", 9, 16, 0, 0, 0, 0},
    {"cup", 11, 0, FACTS_HOL_NTH, 2, 1, 0},     /* (Melbourne) Cup Day:
                                                   November's first Tuesday */
    {"wa", 6, 0, FACTS_HOL_NTH, 1, 1, 0},       /* Western Australia Day:
                                                   June's first Monday */
    {"canberra", 3, 0, FACTS_HOL_NTH, 1, 2, 0}, /* March's second Monday */
    {"unity", 10, 3, 0, 0, 0, 0},       /* (German) Unity Day */
    {"leap", 2, 29, 0, 0, 0, 0},        /* a leap year's 29 February */
    {"reunification", 4, 30, 0, 0, 0, 0},       /* Viet Nam's */
    {"cosmonautics", 4, 12, 0, 0, 0, 0},        /* Russia's */
    /* Kenya's national days (Freedom, Youth, Republic, Family Day and
     * the like are days of several countries, or any family's) */
    {"madaraka", 6, 1, 0, 0, 0, 0},     {"mashujaa", 10, 20, 0, 0, 0, 0},
    {"jamhuri", 12, 12, 0, 0, 0, 0},
    {"mandela", 7, 18, 0, 0, 0, 0},     /* Nelson Mandela International
                                           Day */
    {"rizal", 12, 30, 0, 0, 0, 0},      /* the Philippines' */
    {"bonifacio", 11, 30, 0, 0, 0, 0},  /* the Philippines' */
    {"merdeka", 8, 31, 0, 0, 0, 0},     /* Malaysia's independence */
    {"hangul", 10, 9, 0, 0, 0, 0},      /* Korea's */
    {"movement", 3, 1, 0, 0, 0, 0},     /* Korea's Independence Movement
                                           Day */
    {"solidarity", 2, 5, 0, 0, 0, 0},   /* Pakistan's Kashmir Solidarity
                                           Day */
    {"liberation", 4, 25, 0, 0, 0, 0},  /* Egypt's Sinai Liberation Day
                                           (others' differ) */
    {"baptiste", 6, 24, 0, 0, 0, 0},    /* Quebec's St-Jean-Baptiste Day */
    /* the Caribbean's and the Pacific's fixed days */
    {"fiji", 10, 10, 0, 0, 0, 0},       {"emancipation", 8, 1, 0, 0, 0, 0},
    {"mash", 2, 23, 0, 0, 0, 0},        /* Guyana's Mashramani */
    {"arrival", 5, 5, 0, 0, 0, 0},      /* Guyana's */
    {"caye", 9, 10, 0, 0, 0, 0},        /* Belize's St George's Caye Day */
    {"midsummer", 6, 24, 0, 0, 0, 0},   /* a quarter day */
    /* South Africa's (facts.c keeps them to its stories) */
    {"freedom", 4, 27, FACTS_HOL_SOUTH_AFRICA, 0, 0, 0},
    {"youth", 6, 16, FACTS_HOL_SOUTH_AFRICA, 0, 0, 0},
    {"rights", 3, 21, FACTS_HOL_SOUTH_AFRICA, 0, 0, 0},
    {"family", 0, 0, FACTS_HOL_FAMILY, 0, 0, 0},    /* Canada's, South
                                                       Africa's */
    /* "All Saints' Day", "All Souls' Day" */
    {"saints", 11, 1, 0, 0, 0, 0},      {"souls", 11, 2, 0, 0, 0, 0},
};

/* The start of a name day's words ending at k (its key word): "St" or
 * "Saint" before a saint, "Martin Luther" before "King"; SIZE_MAX when a
 * required word is missing. */
static size_t
name_day_start(const char *text, const struct facts_tok *toks, size_t n,
               size_t k, size_t e)
{
    if (name_days[e].poss) {
        if (k >= 2 && rec_punct(toks, n, k - 1, '.') &&
            rec_word(text, toks, n, k - 2, "st"))
            return k - 2;
        return k >= 1 && (rec_word(text, toks, n, k - 1, "st") ||
                          rec_word(text, toks, n, k - 1, "saint")) ? k - 1 :
            SIZE_MAX;
    }
    if (rec_word(text, toks, n, k, "rights"))  /* "Human Rights Day" */
        return k >= 1 && rec_word(text, toks, n, k - 1, "human") ? k - 1 :
            SIZE_MAX;
    if (rec_word(text, toks, n, k, "saints") ||
        rec_word(text, toks, n, k, "souls"))  /* only after "All" */
        return k >= 1 && rec_word(text, toks, n, k - 1, "all") ? k - 1 :
            SIZE_MAX;
    if (rec_word(text, toks, n, k, "unity"))   /* only "German Unity Day" */
        return k >= 1 && rec_word(text, toks, n, k - 1, "german") ? k - 1 :
            SIZE_MAX;
    if (rec_word(text, toks, n, k, "baptiste") && k >= 2 &&
        rec_joined_dash(toks, n, k - 1) &&
        rec_word(text, toks, n, k - 2, "jean"))        /* "St-Jean-Baptiste
                                                         Day" */
        return k >= 4 && rec_joined_dash(toks, n, k - 3) &&
            (rec_word(text, toks, n, k - 4, "st") ||
             rec_word(text, toks, n, k - 4, "saint")) ? k - 4 : k - 2;
    if (rec_word(text, toks, n, k, "movement"))
        return k >= 1 && rec_word(text, toks, n, k - 1, "independence") ?
            k - 1 : SIZE_MAX;
    if (rec_word(text, toks, n, k, "solidarity"))
        return k >= 1 && rec_word(text, toks, n, k - 1, "kashmir") ? k - 1 :
            SIZE_MAX;
    if (rec_word(text, toks, n, k, "liberation"))
        return k >= 1 && rec_word(text, toks, n, k - 1, "sinai") ? k - 1 :
            SIZE_MAX;
    if (rec_word(text, toks, n, k, "cup"))     /* "Melbourne Cup Day" */
        return k >= 1 && rec_word(text, toks, n, k - 1, "melbourne") ?
            k - 1 : k;
    if (!rec_word(text, toks, n, k, "king"))
        return k;
    if (k < 1 || !rec_word(text, toks, n, k - 1, "luther"))
        return SIZE_MAX;
    return k >= 2 && rec_word(text, toks, n, k - 2, "martin") ? k - 2 : k - 1;
}

/* The international observances of the United Nations and its agencies
 * that keep a fixed day: the word before "Day" (w), the word before it
 * when the name needs one (mid: "World Mental Health Day"), the month and
 * day. The name opens with "World" or "International". */
static const struct {
    const char *w, *mid;
    int m, d;
} observances[] = {
    {"refugee", NULL, 6, 20},       {"aids", NULL, 12, 1},
    {"environment", NULL, 6, 5},    {"water", NULL, 3, 22},
    {"food", NULL, 10, 16},         {"health", "mental", 10, 10},
    {"health", NULL, 4, 7},         {"women", NULL, 3, 8},
    {"peace", NULL, 9, 21},         {"freedom", "press", 5, 3},
    {"prevention", "suicide", 9, 10}, {"heart", NULL, 9, 29},
    {"alzheimer", NULL, 9, 21},     {"malaria", NULL, 4, 25},
    {"tuberculosis", NULL, 3, 24},  {"tb", NULL, 3, 24},
    {"literacy", NULL, 9, 8},       {"youth", NULL, 8, 12},
    {"nurses", NULL, 5, 12},        {"men", NULL, 11, 19},
    {"toilet", NULL, 11, 19},       {"polio", NULL, 10, 24},
    {"radio", NULL, 2, 13},         {"language", "mother", 2, 21},
    {"wildlife", NULL, 3, 3},       {"poetry", NULL, 3, 21},
    {"theatre", NULL, 3, 27},       {"bee", NULL, 5, 20},
    {"yoga", NULL, 6, 21},          {"oceans", NULL, 6, 8},
    {"ocean", NULL, 6, 8},          {"hepatitis", NULL, 7, 28},
    {"tiger", NULL, 7, 29},         {"humanitarian", NULL, 8, 19},
    {"tourism", NULL, 9, 27},       {"rabies", NULL, 9, 28},
    {"animal", NULL, 10, 4},        {"teachers", NULL, 10, 5},
    {"cities", NULL, 10, 31},       {"diabetes", NULL, 11, 14},
    {"children", NULL, 11, 20},     {"soil", NULL, 12, 5},
    {"volunteer", NULL, 12, 5},     {"cancer", NULL, 2, 4},
    {"wetlands", NULL, 2, 2},       {"braille", NULL, 1, 4},
    {"population", NULL, 7, 11},    {"donor", "blood", 6, 14},
    {"tobacco", "no", 5, 31},       {"biodiversity", NULL, 5, 22},
};

/* "World Refugee Day", "International Women's Day", "World Mental Health
 * Day" with key word k: the index of the name's first word, and its day
 * in *m; SIZE_MAX when it is no such name. */
static size_t
observance(const char *text, const struct facts_tok *toks, size_t n,
           size_t k, struct facts_match *m)
{
    size_t e, a;

    for (e = 0; e < sizeof observances / sizeof observances[0]; e++) {
        if (!rec_word(text, toks, n, k, observances[e].w))
            continue;
        a = k;
        if (observances[e].mid) {
            if (a < 1 || !rec_word(text, toks, n, a - 1, observances[e].mid))
                continue;
            a--;
        }
        if (a < 1 || !(toks[a - 1].flags & FT_CAP) ||
            !(rec_word(text, toks, n, a - 1, "world") ||
              rec_word(text, toks, n, a - 1, "international")))
            continue;
        m->e.m = observances[e].m;
        m->e.d = observances[e].d;
        return a - 1;
    }
    return SIZE_MAX;
}

/* Days named "Day of" a word: South Africa's "Day of Reconciliation"
 * and "Day of Goodwill", Russia's "Day of Knowledge". i is "Day". */
static int
day_of(const char *text, const struct facts_tok *toks, size_t n, size_t i,
       struct facts_match *m)
{
    static const struct {
        const char *w;
        int m, d;
    } days[] = {{"reconciliation", 12, 16}, {"goodwill", 12, 26},
                {"knowledge", 9, 1}};     /* Russia's first school day */
    size_t k;

    if (toks[i].val != FACTS_DAY || !(toks[i].flags & FT_CAP) ||
        !rec_word(text, toks, n, i + 1, "of"))
        return 0;
    for (k = 0; k < sizeof days / sizeof days[0]; k++)
        if (rec_word(text, toks, n, i + 2, days[k].w) &&
            (toks[i + 2].flags & FT_CAP)) {
            m->e.gran = FACTS_DAY;
            m->e.m = days[k].m;
            m->e.d = days[k].d;
            m->e.anchor = FACTS_TENSED;
            m->a = i;
            m->b = i + 3;
            return 1;
        }
    return 0;
}

/* A date whose tokens end at the comma at c: "May 5, Children's Day". */
static int
date_ends_at(const char *text, const struct facts_tok *toks, size_t n,
             size_t c, struct facts_match *d)
{
    size_t j;

    for (j = c; j-- > 0 && j + 6 >= c;) {
        memset(d, 0, sizeof *d);
        if (rec_day_at(text, toks, n, j, d) && d->b == c)
            return 1;
    }
    return 0;
}

/* A day of a name no table holds ("Children's Day", "Teachers' Day",
 * "Constitution Day", whose date is each country's), with its date beside
 * it: "Children's Day, May 5", "Teachers' Day, Friday, Sept 5",
 * "Children's Day (May 5)", "on May 5, Children's Day". The name is a
 * fact of the date's day (the date stays one of its own). k is the word
 * before "Day", at i. */
static int
name_beside_date(const char *text, const struct facts_tok *toks, size_t n,
                 size_t k, size_t i, struct facts_match *m)
{
    /* a season's or a race's day, no holiday: "Opening Day, March 27",
     * "Pole Day, May 9" */
    static const char *const events[] = {"opening", "pole", "decimal",
        "media", "race", "match", "game", "launch", "signing", "deadline",
        "bump"};
    struct facts_match d;
    size_t a = k, j = i + 1;
    int ok = 0;

    if (REC_WORD_IN(text, toks, n, k, events))
        return 0;
    while (a > 0 && toks[a - 1].kind == FT_WORD && toks[a - 1].lex == LX_NONE &&
           (toks[a - 1].flags & FT_CAP) && !(toks[a - 1].flags & FT_UPPER))
        a--;            /* "Constitution Memorial Day" */
    memset(&d, 0, sizeof d);
    if (rec_punct(toks, n, j, ',') || rec_punct(toks, n, j, '(')) {
        int paren = rec_punct(toks, n, j, '(');
        j++;
        j += rec_word(text, toks, n, j, "on");
        ok = rec_day_at(text, toks, n, past_weekday(toks, n, j), &d) &&
            (!paren || rec_punct(toks, n, d.b, ')'));
    }
    m->beside = ok;
    if (!ok && a >= 2 && rec_punct(toks, n, a - 1, ','))
        m->beside = 2 * (ok = date_ends_at(text, toks, n, a - 1, &d));
    if (!ok || d.e.gran != FACTS_DAY || !d.e.m || !d.e.d || d.e.hol)
        return 0;
    m->e = d.e;
    m->year_word = d.year_word;
    m->a = a;
    m->b = i + 1;
    return 1;
}

/* A name day at the capitalised "Day" at i. */
int
rec_name_day(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m)
{
    size_t k, e, a;
    int poss = 0;

    if (day_of(text, toks, n, i, m))
        return 1;
    if (i < 1 || toks[i].val != FACTS_DAY ||
        !((toks[i].flags & FT_CAP) ||
          (i >= 2 && rec_word(text, toks, n, i - 1, "cup") &&
           rec_word(text, toks, n, i - 2, "melbourne"))) ||
        rec_name_word(toks, n, i + 1) || event_noun(text, toks, n, i + 1))
        return 0;       /* "the St George's Day Centre", "the Victory Day
                           parade"; "Melbourne Cup day" is the day */
    k = i - 1;
    if (k >= 2 && rec_word(text, toks, n, k, "s") && rec_apos(toks, n, k - 1)) {
        poss = 1;
        k -= 2;
    } else if (k >= 1 && rec_punct(toks, n, k, '.') &&
               rec_word(text, toks, n, k - 1, "jr")) {
        k -= 2;         /* "King Jr. Day" */
    } else if (k >= 1 && rec_word(text, toks, n, k, "jr")) {
        k--;
    } else if (k >= 1 && rec_punct(toks, n, k, '\'') &&
               rec_joined(toks, n, k)) {
        k--;            /* "Patriots' Day", "Workers' Day" */
    }
    if (k >= 1 && rec_punct(toks, n, k, ',') && k + 1 < i)
        k--;            /* "Martin Luther King, Jr. Day" */
    if (toks[k].kind != FT_WORD || !(toks[k].flags & (FT_CAP | FT_UPPER)))
        return 0;
    if ((a = observance(text, toks, n, k, m)) == SIZE_MAX) {
        if (!(toks[k].flags & FT_CAP))
            return 0;
        for (e = 0; e < sizeof name_days / sizeof name_days[0]; e++)
            if (rec_word(text, toks, n, k, name_days[e].w))
                break;
        if (e == sizeof name_days / sizeof name_days[0])
            return name_beside_date(text, toks, n, k, i, m);
        if (poss != name_days[e].poss)
            return 0;
        if ((a = name_day_start(text, toks, n, k, e)) == SIZE_MAX)
            return name_beside_date(text, toks, n, k, i, m);  /* another
                             country's: "Liberation Day, Aug. 15" */
        m->e.m = name_days[e].m;
        m->e.d = name_days[e].d;
        m->e.hol = name_days[e].hol;
        m->e.wd = name_days[e].wd;
        m->e.part = name_days[e].nth;
    }
    m->e.gran = FACTS_DAY;
    m->a = a;
    m->b = i + 1;
    if (rec_word(text, toks, n, k, "brigid") &&
        rec_word(text, toks, n, i + 1, "bank") &&
        rec_word(text, toks, n, i + 2, "holiday")) {
        m->e.hol = FACTS_HOL_BRIGID;    /* Ireland's, since 2023 */
        m->e.m = m->e.d = 0;
        m->b = i + 3;
    }
    if (a > 0 && rec_year(toks, n, a - 1)) {
        m->e.y = toks[a - 1].num;       /* "the 2020 Election Day" (the
                                           year is a fact of its own) */
        m->e.anchor = FACTS_ABS;
    } else if (rec_word(text, toks, n, m->b, "in") &&
               rec_year(toks, n, m->b + 1)) {
        m->e.y = toks[m->b + 1].num;    /* "the 75th Independence Day in
                                           2021" */
        m->e.anchor = FACTS_ABS;
        m->b += 2;
    } else if (!rec_year_after(toks, n, m)) {
        m->e.anchor = FACTS_TENSED;
    }
    dated_on(text, toks, n, m);         /* "Republic Day, January 26" */
    return 1;
}

/* "the early May bank holiday", "the spring bank holiday", "the October
 * bank holiday": the British and Irish Monday holidays by the month or
 * season that names them, at i. May is the first Monday ("late May" the
 * last), June the first, August, October and the spring and summer ones
 * the last (England's August; Scotland and Ireland keep the first). */
int
rec_bank_holiday(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i, struct facts_match *m)
{
    int mo = toks[i].lex == LX_MONTH ? toks[i].val : 0, nth = 5;
    size_t a = i;

    if ((mo && !(toks[i].flags & FT_CAP)) ||    /* "workers may bank" */
        !rec_word(text, toks, n, i + 1, "bank") ||
        !rec_word(text, toks, n, i + 2, "holiday"))
        return 0;
    if (toks[i].lex == LX_SEASON)
        mo = toks[i].val == FACTS_SPRING ? 5 :
            toks[i].val == FACTS_SUMMER ? 8 : 0;
    if (a > 0 && rec_lex(toks, n, a - 1, LX_EDGE))
        a--;
    if (toks[i].lex == LX_MONTH && (mo == 5 || mo == 6))
        nth = 1;
    if (toks[i].lex == LX_MONTH && a < i)       /* "early|late August" */
        nth = rec_word(text, toks, n, a, "late") ? 5 : 1;
    if (mo != 5 && mo != 6 && mo != 8 && mo != 10)
        return 0;
    if (a > 0 && rec_lex(toks, n, a - 1, LX_THE))
        a--;
    m->e.gran = FACTS_DAY;
    m->e.hol = FACTS_HOL_NTH;
    m->e.m = mo;
    m->e.wd = 1;
    m->e.part = nth;
    m->e.anchor = FACTS_TENSED;
    m->a = a;
    m->b = i + 3;
    return 1;
}
