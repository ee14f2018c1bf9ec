/* SPDX-License-Identifier: MIT */
/* facts.c - run the recogniser over a parsed article and collect its dated facts. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "facts.h"
#include "facts_key.h"
#include "facts_scan.h"

const char *
facts_gran_name(enum facts_gran g)
{
    static const char *const names[] = {"day", "week", "month", "season",
        "quarter", "half", "year", "decade", "century"};

    if ((unsigned)g >= sizeof names / sizeof names[0])
        return "day";
    return names[g];
}

void
facts_free(struct facts_list *l)
{
    if (!l)
        return;
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* Facts kept on the stack while an article is scanned (3.5 KB): nearly
 * every article has fewer, and the list handed back is then allocated
 * once at its exact size. */
#define STACK_FACTS 64

/* The facts of the article being scanned: in stack until it is full,
 * then in a heap array v owns. */
struct collect {
    struct fact *v;               /* stack, or owned */
    size_t n, cap;
    struct fact stack[STACK_FACTS];
};

static int
push(struct collect *l, const struct fact *f)
{
    if (l->n >= FACTS_LIMIT)
        return 0;               /* a table or a dump: the first ones */
    if (l->n == l->cap) {
        size_t cap = l->cap * 2;
        struct fact *v = l->v == l->stack ? malloc(cap * sizeof *v) :
            realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        if (l->v == l->stack)
            memcpy(v, l->stack, l->n * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = *f;
    return 0;
}

/* Hand the collected facts to out (an exact-size copy of the stack, or
 * the heap array itself). Returns 0, or -1 when memory ran out. */
static int
collect_take(struct collect *l, struct facts_list *out)
{
    if (l->v != l->stack) {
        out->v = l->v;
    } else if (l->n) {
        out->v = malloc(l->n * sizeof *out->v);
        if (!out->v)
            return -1;
        memcpy(out->v, l->stack, l->n * sizeof *out->v);
    }
    out->n = l->n;
    out->cap = l->v != l->stack ? l->cap : l->n;
    l->v = l->stack;
    l->n = 0;
    return 0;
}

/* Free what the collection owns. */
static void
collect_free(struct collect *l)
{
    if (l->v != l->stack)
        free(l->v);
    l->v = l->stack;
    l->n = 0;
}

/* "adjourned to December", "pushed back to May", "moved the vote to
 * Friday", "delayed until the spring", "slipped into the autumn": the
 * new date of a postponed thing, ahead of the postponement. i is the
 * "to", "until", "till" or "into". */
static int
moved_to(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const verb[] = {"adjourned", "postponed", "delayed",
        "deferred", "moved", "rescheduled", "brought", "pushed", "put",
        "slipped", "slid", "shifted", "extended", "bumped", "pulled",
        "postpone", "postpones", "delay", "delays", "defer", "defers",
        "adjourn", "adjourns", "reschedule", "reschedules"};
    static const char *const part[] = {"back", "forward", "off"};
    static const char *const to[] = {"until", "till", "into"};

    size_t k;

    if (i == 0 || (toks[i].lex != LX_TO && !REC_WORD_IN(text, toks, n, i, to) &&
                   !(rec_word(text, toks, n, i, "from") &&
                     rec_lex(toks, n, i + 1, LX_WEEKDAY))))
        return 0;       /* ... "moved two shows from Thursday to Saturday" */
    if (i > 1 && REC_WORD_IN(text, toks, n, i - 1, part))
        i--;
    /* its object between: "adjourned the hearing to", "moved its own
     * racing title to", "postpone local elections in 41 municipalities
     * until" (up to six words and numbers, none a verb) */
    for (k = i; k > 0 && k + 7 > i; k--) {
        if (REC_WORD_IN(text, toks, n, k - 1, verb))
            return 1;
        if ((toks[k - 1].kind != FT_WORD && toks[k - 1].kind != FT_NUM &&
             !(rec_punct(toks, n, k - 1, '-') && rec_joined(toks, n, k - 1)))
            || toks[k - 1].tense != FACTS_TENSE_NONE)
            return 0;       /* "moved trick-or-treating to Saturday" */
    }
    return 0;
}

/* The end of the clause at a: its next comma, or n. */
static size_t
comma_after(const struct facts_tok *toks, size_t n, size_t a)
{
    size_t i;

    for (i = a; i < n; i++)
        if (toks[i].kind == FT_PUNCT && toks[i].val == ',')
            return i;
    return n;
}

/* "will", "would", "'ll" in the clause before a. */
static int
modal_before(const struct facts_tok *toks, size_t a)
{
    size_t i;

    for (i = a; i-- > 0 && i + 16 >= a;) {
        if (toks[i].kind == FT_PUNCT && (toks[i].val == ',' ||
                                         toks[i].val == ';'))
            return 0;
        if (toks[i].kind == FT_WORD && toks[i].lex == LX_FUT)
            return 1;
    }
    return 0;
}

/* "extended a warning through Monday": a verb before i in its clause
 * that carries something on to a day, which may be ahead ("talks ran
 * through Thursday night" ended there). */
static int
prolonged_before(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i)
{
    static const char *const w[] = {"extended", "extends", "prolonged",
        "postponed", "delayed", "suspended", "issued"};
    size_t k;

    for (k = i; k-- > 0 && k + 12 >= i;) {
        if (toks[k].kind == FT_PUNCT && (toks[k].val == ',' ||
                                         toks[k].val == ';'))
            return 0;
        if (REC_WORD_IN(text, toks, n, k, w))
            return 1;
    }
    return 0;
}

/* "since the season opener in Bahrain in March": the date in a phrase
 * "since" opens looks back too, when no verb or punctuation comes
 * between ("since they meet in March" is a clause of its own). */
#define SINCE_REACH 8

static int
since_phrase(const char *text, const struct facts_tok *toks, size_t n,
             size_t a)
{
    size_t i;

    for (i = a; i-- > 0 && i + SINCE_REACH >= a;) {
        if (rec_word(text, toks, n, i, "since"))    /* not the "since" of a
                                                       cause: "Since the launch
                                                       in June will be watched" */
            return facts_tense_after(text, toks, comma_after(toks, n, a),
                                     a + 1) != FACTS_TENSE_FUTURE;
        if (toks[i].kind != FT_WORD || toks[i].tense != FACTS_TENSE_NONE ||
            toks[i].lex == LX_PRES || toks[i].lex == LX_PERF ||
            toks[i].lex == LX_FUT || toks[i].lex == LX_BE ||
            toks[i].lex == LX_AUXPAST || toks[i].lex == LX_SCHED ||
            toks[i].lex == LX_FUTTO)
            return 0;
    }
    return 0;
}

/* Prepositions that decide on their own: "since January" looks back;
 * "until Thursday" (delayed, adjourned, held until) mostly looks ahead, so
 * it takes the nearest reading, as does "adjourned to December". */
/* A season at a, or "the" and a season. */
static int
season_at(const struct facts_tok *toks, size_t n, size_t a)
{
    if (rec_lex(toks, n, a, LX_THE))
        a++;
    return rec_lex(toks, n, a, LX_SEASON);
}

/* "expected to show inflation at 3.1%, down from 3.4% in July": the
 * reading a figure is compared with is an earlier one. a: the date's
 * first token. */
/* A lower-case word no lexicon class knows before "up" or "down": the
 * verb of a phrasal verb ("will wind down from April"), not a figure's
 * move ("were up from April", "3% down from March"). */
static int
phrasal(const struct facts_tok *t)
{
    return t->kind == FT_WORD && t->lex == LX_NONE &&
        t->tense == FACTS_TENSE_NONE && !(t->flags & (FT_CAP | FT_UPPER));
}

static int
earlier_reading(const char *text, const struct facts_tok *toks, size_t n,
                size_t a)
{
    static const char *const dir[] = {"up", "down", "compared", "rising",
        "falling", "unchanged"};
    size_t i;

    if (a >= 1 && rec_word(text, toks, n, a - 1, "in"))
        a--;
    for (i = a; i-- > 0 && i + 5 >= a;) {
        if (rec_word(text, toks, n, i, "from"))
            return i > 0 && REC_WORD_IN(text, toks, n, i - 1, dir) &&
                !(i + 1 == a && i >= 2 && phrasal(&toks[i - 2]));
        if (toks[i].kind != FT_NUM && !rec_punct(toks, n, i, '%') &&
            !rec_punct(toks, n, i, '$') && !(toks[i].kind == FT_WORD &&
                                              toks[i].lex == LX_QTY) &&
            !rec_word(text, toks, n, i, "per") &&
            !rec_word(text, toks, n, i, "cent") &&
            !rec_word(text, toks, n, i, "percent"))
            return 0;
    }
    return 0;
}

/* "She urged those with problems to file by Thursday": a deadline set
 * by a request or a warning is ahead even told in the past. */
static int
urged_before(const char *text, const struct facts_tok *toks, size_t n,
             size_t i)
{
    static const char *const asking[] = {"urged", "asked", "told",
        "ordered", "warned", "reminded", "advised", "called"};
    size_t k;

    for (k = i; k-- > 0 && k + 10 > i;)
        if (REC_WORD_IN(text, toks, n, k, asking))
            return !(k > 0 && rec_word(text, toks, n, k - 1, "had"));
    return 0;           /* "had asked them to report by Dec. 15": gone */
}

static enum facts_tense
prep_tense(const char *text, const struct facts_tok *toks, size_t n, size_t a)
{
    size_t i, p = facts_clock_before(text, toks, n, a);

    for (i = p; i + 1 >= p && i <= p; i--) {
        if (rec_word(text, toks, n, i, "since"))
            return FACTS_TENSE_PAST;
        if (moved_to(text, toks, n, i))     /* a season or a weekday moved */
            return season_at(toks, n, a) ||   /* to is ahead, and all after */
                toks[a].lex == LX_WEEKDAY ||    /* "could" */
                facts_tense_at(text, toks, n, a, a + 1) ==
                FACTS_TENSE_FUTURE ? FACTS_TENSE_FUTURE : FACTS_TENSE_PRESENT;
        if (rec_word(text, toks, n, i, "through") &&
            toks[a].lex == LX_WEEKDAY)  /* "will run through Wednesday" */
            return facts_tense_at(text, toks, n, a, a + 1) !=
                FACTS_TENSE_PAST || modal_before(toks, i) ?
                FACTS_TENSE_FUTURE : prolonged_before(text, toks, n, i) ?
                FACTS_TENSE_PRESENT : FACTS_TENSE_PAST;
        /* "asks experts to report by Dec. 15": an act's deadline */
        if (rec_word(text, toks, n, i, "by") &&
            facts_infinitive_before(text, toks, n, i) &&
            (facts_tense_at(text, toks, n, a, a + 1) != FACTS_TENSE_PAST ||
             urged_before(text, toks, n, i)))
            return FACTS_TENSE_FUTURE;
        if ((rec_word(text, toks, n, i, "until") ||
             rec_word(text, toks, n, i, "till")) && i > 0 &&
            rec_word(text, toks, n, i - 1, "had"))
            return FACTS_TENSE_PAST;    /* "Parties had until 9pm on
                                           Friday to lodge objections" */
        if (rec_word(text, toks, n, i, "until") ||
            rec_word(text, toks, n, i, "till"))
            /* "could delay it until December": a modal makes it ahead;
             * so does the present ("have a transition period until 31
             * December", "runs until Sunday"): a deadline still to come */
            switch (facts_tense_at(text, toks, n, a, a + 1)) {
            case FACTS_TENSE_FUTURE:
            case FACTS_TENSE_PRESENT: return FACTS_TENSE_FUTURE;
            default:                  return FACTS_TENSE_PRESENT;
            }
        if (i == 0)
            break;
    }
    if (earlier_reading(text, toks, n, a))
        return FACTS_TENSE_PAST;
    /* "nobody wanted to go back to December" (after "pushed back to
     * March", which moved_to read, it is ahead) */
    if (a > 1 && rec_lex(toks, n, a - 1, LX_TO) &&
        rec_word(text, toks, n, a - 2, "back") && !modal_before(toks, a))
        return FACTS_TENSE_PAST;    /* not "will switch back to August" */
    return since_phrase(text, toks, n, a) ? FACTS_TENSE_PAST :
        FACTS_TENSE_NONE;
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

/* Tokens scanned at a time: a sentence longer than this (a page without
 * punctuation) is scanned in windows that overlap by WINDOW_OVERLAP
 * tokens, so memory stays at 80 KB whatever the input. */
#define WINDOW         4096
#define WINDOW_OVERLAP 32

/* Tokens kept on the stack (10 KB): enough for all but the longest
 * sentences, which take a heap buffer instead. */
#define STACK_TOKS 512

/* Ambiguous numeric dates ("4/11/2024") remembered until the whole
 * article has voted on the order of day and month. */
#define MAX_AMBIG 16

/* Seasons a story may have placed before its places are all counted. */
#define MAX_SEASONS 16

/* LX_HOLIDAY values that name a country's day: Canada (15), then the
 * southern ones, Australia, Anzac and Waitangi (16-18) */
#define HOL_CANADA    15
#define HOL_WAITANGI  18

/* One sentence (or the title, sentence -1) being scanned. */
struct scan {
    const struct parse_doc *doc;  /* the article, for what its whole
                                     text tells (its country) */
    const char *text;
    size_t len;
    int sentence;
    struct caldate ref;           /* the day what is scanned is told
                                     from: the article's, or an item's,
                                     a section's or a post's */
    struct caldate dct;           /* the article's own */
    size_t skip;                  /* the sentence's words before this are
                                     a dateline of the article's day: no
                                     fact */
    struct facts_tok *toks;       /* cap tokens */
    uint16_t *heads;              /* cap indices of FT_HEAD tokens */
    size_t cap;                   /* at most WINDOW */
    struct collect *out;
    int year;                     /* last past year stated in the sentence */
    int year_m;                   /* its month, 0 when it gave none */
    int year_d;                   /* it came with its day */
    int year_relative;            /* it is in a relative clause between
                                     commas (", which opened in 1996,") */
    size_t year_end;              /* where it ends in text */
    int rel_year;                 /* the last "this|last|next year",
                                     resolved; 0 when none */
    size_t rel_year_end;          /* where it ends in text */
    int rel_year_owns;            /* it owns a noun: "next year's program" */
    int section_year;             /* the year a heading above names
                                     ("75 YEARS AGO", "THIS WEEK IN 1896"),
                                     for the sections under it; 0 none */
    int frame_year;               /* a year that opens the sentence before
                                     a comma ("In 1956, ..."); 0 if none */
    int then;                     /* the sentence has dated something in
                                     a year before the reference's */
    int quotes;                   /* the sentence has a quotation mark; -1
                                     before its first fact asks */
    int mon_y, mon_m;             /* year and month of its last dated month
                                     or day, 0 when none */
    size_t floating;              /* 1 + index in out of the last fact
                                     when tense alone placed it (a month or
                                     day with no year anywhere), else 0 */
    int order;                    /* day-first forms minus month-first */
    size_t places[2];             /* northern, southern places named */
    int    labor_may;             /* "Labor Day" too is May 1 there */
    int    labour_m, labour_d;    /* "Labour Day" of the story's country
                                     when not the first Monday of
                                     September; 0 when none */
    int    republic_m, republic_d; /* Republic Day of the story's
                                     country; 0 when it keeps none */
    int    national_m, national_d; /* National Day of the story's
                                     country; 0 when it keeps none */
    int    indep_m, indep_d;      /* Independence Day of the story's
                                     country; 0 when it names none */
    size_t nseasons;              /* seasons (and Father's Days)
                                     resolved as northern ones */
    struct season {
        size_t idx;               /* in out */
        struct facts_expr e;
        enum facts_tense t;
        struct caldate ref;       /* the day it was told from */
    } seasons[MAX_SEASONS];
    size_t ambig[MAX_AMBIG];      /* indices in out of ambiguous dates */
    size_t nambig;
    int label_dir;                /* -1, 1: the last line labelled by a
                                     date ("Dec. 21: ...") fell before, after
                                     the reference; 0 none yet */
    struct caldate label_day;     /* that label's day, */
    int label_sentence;           /* in this sentence (-2: none) */
};

/* How resolve placed a fact: by tense alone (a month or day with no year
 * anywhere), and the tense. */
struct placed {
    int floating;
    enum facts_tense t;
    struct facts_expr e;          /* as resolved */
};

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

/* A habit word before the expression at a..b, or after it in the same
 * clause ("usually runs from November to March", "typically on Sunday",
 * "leaves daily from May to September"): a month or weekday there is a
 * set, no date ("gusts on Sunday afternoon, conditions that usually
 * favour ..." speaks of the conditions). Value 1 words count in lower
 * case only ("the Daily Post reported on Monday"). */
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
            ((i < a && i >= from) || (i >= a && !after)))
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

/* Whether offset off is in a relative clause opened after a comma (",
 * which opened in 1996", ", who joined in 2004"): its year stays in it. */
static int
in_relative_clause(const char *text, size_t off)
{
    static const char *const openers[] = {"which ", "who ", "where ",
        "whose "};
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
 * the country celebrated on February 14"). */
static int
opens_frame(const char *text, size_t len, size_t end)
{
    return end < len && text[end] == ',';
}

/* The frame holds up to offset at: no semicolon ends it, and a clause
 * that looks ahead stays in the frame's time only through "would" ("In
 * 1956, the mill said it would close in December"; but "In 2023, sales
 * rose, and the firm expects to open a plant in March" is from now). */
static int
in_frame(const struct scan *sc, size_t at, enum facts_tense t)
{
    size_t i;
    int would = 0;

    for (i = 0; i < at && i < sc->len; i++) {
        if (sc->text[i] == ';')
            return 0;
        would |= (i == 0 || sc->text[i - 1] == ' ') && i + 6 < sc->len &&
            strncasecmp(sc->text + i, "would ", 6) == 0;
    }
    return (t != FACTS_TENSE_FUTURE && t != FACTS_TENSE_PRESENT) || would;
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
static int
last_fact_ends(const struct scan *sc, size_t end)
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
    if (sc->year > sc->ref.y && same_clause(sc, sc->year_end, at))
        return sc->year;        /* an event to come: its year, any tense */
    if (sc->year && t != FACTS_TENSE_FUTURE && t != FACTS_TENSE_PRESENT &&
        !(sc->year_relative &&
          memchr(sc->text + sc->year_end, ',', at - sc->year_end) &&
          !and_clause(sc, sc->year_end, at)) &&
        (same_clause(sc, sc->year_end, at) ||
         (t == FACTS_TENSE_PAST &&      /* a day's year over ", and", a */
          and_clause(sc, sc->year_end, at) > !sc->year_d &&  /* year's over */
          last_fact_ends(sc, sc->year_end))) &&   /* ", when" if no other
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

/* "Saturday and Sunday", "Monday to Wednesday" with no tense to place
 * them: the second is the first such day after the first, so the pair
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

    if (c == NULL || !last_fact_ends(sc, base + toks[m->a - 2].off +
                                     toks[m->a - 2].len) ||
        p->gran != FACTS_DAY || !m->e.wd || m->e.d || m->e.hol ||
        m->e.anchor != FACTS_TENSED || !(c->lex == LX_AND || c->lex == LX_TO ||
          (c->kind == FT_PUNCT && c->val == '-')) ||
        cal_parse_iso(p->value, 10, &d) != 0)
        return 0;
    weekday_after(d, m->e.wd, 1, &days, value);
    return 1;
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
static int
last_weekday(const char *s, size_t len)
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
    struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    const char *s;
    size_t i;

    if (p == NULL || p->sentence != f->sentence || p->gran != FACTS_DAY ||
        f->off != p->off + p->len + 2 ||
        memcmp(sc->text + p->off + p->len, ", ", 2) != 0)
        return;
    s = sc->text + p->off;
    if (last_weekday(s, p->len) > 0) {
        struct caldate d;       /* "next Thursday, June 19": the date says
                                   which Thursday */
        if (memchr(s, ' ', p->len) && cal_parse_iso(f->value, 10, &d) == 0 &&
            cal_weekday(d) == last_weekday(s, p->len))
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

/* "Valentine's Day on Thursday", "on Youth Day, Friday", "Christmas Eve
 * (Saturday)": a weekday set right after a day that falls on it is that
 * day, whatever the tense. */
static void
named_day_weekday(const struct scan *sc, struct fact *f, int wd)
{
    const struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
    const char *gap;
    size_t n;
    struct caldate c;

    if (p == NULL || p->sentence != f->sentence || p->gran != FACTS_DAY ||
        f->off < p->off + p->len ||
        cal_parse_iso(p->value, strlen(p->value), &c) != 0 ||
        cal_weekday(c) != wd)
        return;
    gap = sc->text + p->off + p->len;
    n = f->off - (p->off + p->len);
    if ((n == 1 && gap[0] == ' ') || (n == 2 && !memcmp(gap, ", ", 2)) ||
        (n == 2 && !memcmp(gap, " (", 2)) ||
        (n == 4 && !memcmp(gap, " on ", 4)))
        memcpy(f->value, p->value, sizeof f->value);
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
        "remarks", "riot", "raid", "arrest", "collision"};
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
        "arrivals", "registrations", "receipts", "claims"};
    static const char *const spans[] = {"months", "month", "year",
        "quarter", "weeks", "period"};
    static const char *const trades[] = {"futures", "contract",
        "contracts", "options", "delivery"};

    static const char *const goods[] = {"gold", "silver", "copper",
        "crude", "oil", "wheat", "corn", "soybeans", "soybean", "canola",
        "cattle", "hogs", "coffee", "cocoa", "sugar", "cotton", "gas",
        "palladium", "platinum", "aluminium", "aluminum", "nickel",
        "barley", "rapeseed", "lumber"};

    if (toks[a].lex == LX_PREP)
        a++;            /* "in the three months to September" */
    if (b < n && REC_WORD_IN(text, toks, n, b, goods) &&
        !(toks[b].flags & FT_CAP))
        b++;            /* "December gold futures", "November canola" */
    if (b < n && (rec_word(text, toks, n, b, "delivery") ||
                  rec_word(text, toks, n, b, "futures") ||
                  rec_word(text, toks, n, b, "contract") ||
                  REC_WORD_IN(text, toks, n, b - 1, goods)))
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
static int64_t
days_ahead(const struct scan *sc, const struct facts_expr *e,
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
        ((d = days_ahead(sc, &m->e, FACTS_TENSE_PAST)) == INT64_MIN ||
         d > 0 || d + 30 < -PERIOD_BACK))       /* its last day */
        return FACTS_TENSE_NONE;
    return t;
}

/* The tense that places match m: a preposition that decides on its own,
 * else the cues around it, read as a headline reads them when it is in
 * the title. */
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
static size_t
date_label(const struct facts_tok *toks, size_t n,
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

static enum facts_tense
match_tense(const struct scan *sc, const char *text,
            const struct facts_tok *toks, size_t n,
            const struct facts_match *m)
{
    enum facts_tense t = prep_tense(text, toks, n, m->a);
    size_t label_end;

    if (cited_issue(text, toks, n, m))
        return FACTS_TENSE_PAST;
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
        (label_end = date_label(toks, n, m)) != 0)
        t = label_tense(sc, text, toks, n, label_end);
    /* Headlines tell past events in the present ("Xi arrives in Moscow
     * Monday"), so a present form there says nothing: nearest reading. */
    if (sc->sentence < 0 && t == FACTS_TENSE_FUTURE && sched_only(toks, n))
        t = FACTS_TENSE_NONE;
    /* ... and the future as "to" and any word when nothing else decides
     * ("Xi To Visit Kyiv On Monday"). */
    if (sc->sentence < 0 && t == FACTS_TENSE_NONE &&
        to_verb(toks, n, m->a, false))
        t = FACTS_TENSE_FUTURE;
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
    return t;
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
    d = days_ahead(sc, e, FACTS_TENSE_NONE);
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

/* "Independence Day", "Labour Day", "Thanksgiving", "Freedom Day": the
 * day the story's country keeps, into e. Returns 0 when the story does
 * not say whose day it is (no date beats a wrong one). */
static int
national_day(const struct scan *sc, const char *text,
             const struct facts_tok *toks, size_t n,
             const struct facts_match *m, struct facts_expr *e)
{
    if (e->hol == FACTS_HOL_LABOR && sc->labour_m &&
        (rec_word(text, toks, n, m->b - 2, "labour") || sc->labor_may)) {
        e->hol = 0;             /* Kenya's, Nigeria's, Europe's, the
                                   Philippines': May 1 */
        e->m = sc->labour_m;
        e->d = sc->labour_d;
    }
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
    if (m->a > 0 && toks[m->a - 1].lex == LX_SET && toks[m->a].lex != LX_PREP)
        return 1;
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
                          facts_every_from(text, toks, n, m->a)))
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

/* The tense match m is read in: its sentence's, overruled where the day
 * itself says more ("Tuesday night's 2-2 draw", "beat Detroit 17-10 on
 * Sept. 24": a day whose game has its score is over; "Sunday: Southbank
 * v Harbour City (1.10pm)": a fixture to come). FACTS_TENSE_NONE with
 * *skip set when a future-only match is not said of the future. */
static enum facts_tense
match_tense_of(const struct scan *sc, const char *text,
               const struct facts_tok *toks, size_t n,
               const struct facts_match *m, const struct facts_expr *e,
               int *skip)
{
    enum facts_tense t = FACTS_TENSE_NONE;

    *skip = 0;
    if (m->need_tense)
        t = match_tense(sc, text, toks, n, m);
    if (m->future_only && (t == FACTS_TENSE_PRESENT ?
                           perfect_before(toks, m->a) :
                           t != FACTS_TENSE_FUTURE)) {
        *skip = 1;
        return t;
    }
    if (m->results && t == FACTS_TENSE_FUTURE)
        t = FACTS_TENSE_PAST;
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
    return t;
}

/* Fix the year of e where the text gives it: "two years ago this week",
 * "sixty years ago tomorrow", "on this day in 1961",
 * "next year" as a word, "on Aug. 11 that year" after "the 2010
 * floods", or the year of the clause (not for a month under "since"
 * in the present perfect). */
static void
anchor_year(const struct scan *sc, const char *text,
            const struct facts_tok *toks, size_t n,
            const struct facts_match *m, enum facts_tense t, size_t at,
            struct facts_expr *e)
{
    int y;

    if (m->years_back || m->on_this_day) {
        struct caldate base = e->gran == FACTS_DAY && m->years_back ?
            cal_from_days(cal_to_days(sc->ref) + e->n) : sc->ref;
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

/* "from October 1, Independence Day, if bookings meet targets": a named
 * day in apposition after a day stated just before it is that day,
 * whose value is copied into value (whose Independence Day the story
 * means matters no more). Returns 1 when it is one. */
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
        !last_fact_ends(sc, base + toks[m->a - 2].off + toks[m->a - 2].len) ||
        p->gran != FACTS_DAY || rec_word(sc->text + base, toks, n, m->b, "on"))
        return 0;       /* not "on Saturday 10 June, Corpus Christi on
                           Thursday 8 June": a list, each with its date */
    memcpy(value, p->value, sizeof p->value);
    return 1;
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

/* Decide whether match m over toks[0..n) of text is a fact and resolve
 * its value into f. Returns 1 when it is, 0 when not, -1 when none of its
 * tokens may start another (a dateline). */
/* The year ending in yy ("'98") nearest before ry, or in the ten years
 * after it ("'98" said in 1905 is 1898; "LA '28" said in 2026 is 2028). */
static int
short_year_of(int ry, int yy)
{
    int y = ry - ((ry % 100 - yy) % 100 + 100) % 100;

    return y + 100 <= ry + 10 ? y + 100 : y;
}

static int
resolve(const struct scan *sc, const char *text, const struct facts_tok *toks,
        size_t n, const struct facts_match *m, struct fact *f,
        struct placed *pl)
{
    enum facts_tense t;
    struct facts_expr e = m->e;
    size_t at = (size_t)(text - sc->text) + toks[m->a].off;
    int skip;

    if ((sc->sentence >= 0 && sc->sentence <= 2 && text == sc->text &&
         dateline(text, toks, n, m)) ||
        (m->b + 1 < n && toks[m->b].lex == LX_SET &&
         toks[m->b + 1].lex == LX_UNIT))
        return -1;              /* a dateline; "on April 6 each year" */
    if (m->new_year && sc->ref.m < 10)
        return 0;               /* "the new year" in spring: whose? (from
                                   October on: the coming one) */
    if (reference_period(text, toks, n, m) || numbered_of_year(text, toks, n, m) ||
        other_calendar_year(text, toks, n, m))
        return 0;               /* "1.6C above the 1991-2020 average",
                                   "Special Civil Suit No. 418 of 2023" */
    memset(f, 0, sizeof *f);
    if (m->short_year)
        e.y = short_year_of(sc->ref.y, e.y % 100);
    if (day_before_name(sc, toks, n, m, (size_t)(text - sc->text),
                        f->value)) {
        *pl = (struct placed){0, FACTS_TENSE_NONE, e};
        f->sentence = sc->sentence;
        f->gran = m->e.gran;
        return 1;
    }
    if (!national_day(sc, text, toks, n, m, &e) ||
        custom_day(text, toks, n, m, &e) ||
        (sc->sentence >= 0 && facts_weekday_name(toks, n, m)))
        return 0;
    /* "in December, when a strike on the 19th": the month of the
     * sentence's last date is the month of a bare day. */
    if (e.gran == FACTS_DAY && e.anchor == FACTS_TENSED && !e.m && e.d &&
        !e.wd && !e.hol && sc->mon_y) {
        e.m = sc->mon_m;
        e.y = sc->mon_y;
        e.anchor = FACTS_ABS;
    }
    t = match_tense_of(sc, text, toks, n, m, &e, &skip);
    if (skip)
        return 0;
    anchor_year(sc, text, toks, n, m, t, at, &e);
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
    pl->floating = e.anchor == FACTS_TENSED && e.m && !e.hol &&
        (e.gran == FACTS_MONTH || e.gran == FACTS_DAY);
    pl->t = t;
    pl->e = e;
    f->sentence = sc->sentence;
    f->gran = m->e.gran;
    return 1;
}

/* The last of the nh head indices from k on that is below b, or k when
 * none is: the loop's next head is then the first at or past b. */
static size_t
skip(const uint16_t *heads, size_t k, size_t nh, size_t b)
{
    while (k + 1 < nh && heads[k + 1] < b)
        k++;
    return k;
}

/* "North Sydney", "Sydney, N.S.", "Perth, Ont.", "Melbourne, Fla.": a
 * North American namesake of a southern place. */
static int
namesake(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    if (i > 0 && rec_word(text, toks, n, i - 1, "north"))
        return 1;
    return rec_punct(toks, n, i + 1, ',') && i + 3 < n &&
        toks[i + 2].kind == FT_WORD && (toks[i + 2].flags & FT_CAP) &&
        toks[i + 2].len <= 5 && rec_punct(toks, n, i + 3, '.') &&
        rec_joined(toks, n, i + 3);
}

/* A place the story names (capitalised): "Africa" counts only after
 * "South", "Cape" only in "Western Cape" or "Cape Town" (not "Cape
 * Canaveral"); "Australia", "Canada", "Anzac" and "Waitangi" are
 * holidays' words too. */
static void
count_place(struct scan *sc, const char *text, const struct facts_tok *toks,
            size_t n, size_t i)
{
    static const char *const capes[] = {"western", "eastern", "northern"};
    int v = toks[i].val;

    if (!(toks[i].flags & (FT_CAP | FT_UPPER)))
        return;
    if (v != 0 && namesake(text, toks, n, i))
        return;
    if (v == 2 && !(i > 0 && rec_word(text, toks, n, i - 1, "south")))
        return;
    if (v == 3 && !(i > 0 && REC_WORD_IN(text, toks, n, i - 1, capes)) &&
        !rec_word(text, toks, n, i + 1, "town"))
        return;
    sc->places[v != 0]++;
}

/* Whether value (a year, decade or century, maybe with more after it)
 * lies wholly before year y. */
static int
before_year(const char *value, int y)
{
    size_t nd = 0;
    int v = 0;

    while (nd < 4 && value[nd] >= '0' && value[nd] <= '9')
        v = v * 10 + (value[nd++] - '0');
    if (nd == 3)
        v = v * 10 + 9;         /* the 1990s: up to 1999 */
    else if (nd == 2)
        v = v * 100 + 99;       /* the 19th century: up to 1899 */
    else if (nd != 4)
        return 0;
    return v < y;
}

/* "had 12 members in 1949 and has 32 today", "moved there in the 1990s,
 * and 210,000 live there today": "today" after a verb of state set
 * against an earlier year of the same sentence is nowadays, no date
 * ("since 2008, and today it becomes law" is the day). */
static const char *const state_verbs[] = {"has", "have", "live", "lives",
    "remain", "remains", "stand", "stands", "number", "numbers", "employs",
    "employ", "exist", "exists", "hold", "holds", "are"};

/* "Today, Long Pond Bay has a football field", "Today we are scattered
 * across four countries": a sentence that opens with "Today" and says
 * what is, with a verb of state that no participle follows ("Today the
 * park has reopened", "Today we are announcing" are the day's news). */
static int
today_opens_state(const char *text, const struct facts_tok *toks, size_t n,
                  const struct facts_match *m)
{
    size_t i;

    if (m->a != 0)
        return 0;
    for (i = m->b; i < n && i < m->b + 6; i++) {
        if (toks[i].kind == FT_PUNCT && toks[i].val != ',')
            return 0;
        if (REC_WORD_IN(text, toks, n, i, state_verbs)) {
            const struct facts_tok *v = i + 1 < n ? &toks[i + 1] : NULL;
            int are = rec_word(text, toks, n, i, "are");
            /* "has reopened" is a perfect, "are scattered" a state */
            return v && !(v->kind == FT_WORD &&
                ((!are && v->tense == FACTS_TENSE_PAST) || (v->len > 4 &&
                 !memcmp(text + v->off + v->len - 3, "ing", 3))));
        }
    }
    return 0;
}

static int
nowadays(const struct scan *sc, const char *text, const struct facts_tok *toks,
         size_t n, const struct facts_match *m)
{
    size_t i;

    if (m->b != m->a + 1 || !rec_word(text, toks, n, m->a, "today"))
        return 0;
    if (!sc->then)
        return today_opens_state(text, toks, n, m);
    for (i = m->a; i-- > 0 && i + 3 >= m->a;)
        if (REC_WORD_IN(text, toks, n, i, state_verbs) &&
            !rec_word(text, toks, n, i, "are"))
            return 1;
    return 0;
}

/* A year that names a plan or a term: "Budget 2037", "Kenya Vision
 * 2030", "School Year 2047-2048" (a title's capitals, the year right
 * after): no date, as the gold sets read them. */
static int
plan_name_year(const char *text, const struct facts_tok *toks, size_t n,
               const struct facts_match *m)
{
    static const char *const plans[] = {"budget", "vision", "agenda"};
    static const char *const terms[] = {"school", "academic", "financial"};
    size_t a = m->a;

    if (m->e.gran != FACTS_YEAR || a == 0 || !(toks[a - 1].flags & FT_CAP))
        return 0;
    return REC_WORD_IN(text, toks, n, a - 1, plans) ||
        (a > 1 && rec_word(text, toks, n, a - 1, "year") &&
         (toks[a - 2].flags & FT_CAP) && REC_WORD_IN(text, toks, n, a - 2,
                                                     terms));
}

/* A forum member's profile field: "Join Date: Sep 2019", "Joined: March
 * 2012", "Member since 2009": no date of what is told. */
static int
profile_field(const char *text, const struct facts_tok *toks, size_t n,
              const struct facts_match *m)
{
    int colon = m->a > 0 && rec_punct(toks, n, m->a - 1, ':');
    size_t a = m->a - (size_t)colon, k;

    if (a > 0 && rec_word(text, toks, n, a - 1, "joined"))
        k = a - 1;
    else if (a > 1 && (rec_word(text, toks, n, a - 1, "date") ||
                       rec_word(text, toks, n, a - 1, "since")) &&
             (rec_word(text, toks, n, a - 2, "join") ||
              rec_word(text, toks, n, a - 2, "member")))
        k = a - 2;
    else
        return 0;
    return colon || (toks[k].flags & FT_CAP);   /* not "had joined May" */
}

/* "if an election were held tomorrow": a day in the pollster's unreal
 * condition is no date (what "was to be held tomorrow" is, and so is the
 * day of "if you were born today"). */
static int
counterfactual(const char *text, const struct facts_tok *toks, size_t n,
               const struct facts_match *m)
{
    size_t i;

    if (m->e.anchor != FACTS_REL || m->e.gran != FACTS_DAY)
        return 0;
    for (i = m->a; i-- > 0 && i + 8 >= m->a;) {
        if (toks[i].kind == FT_PUNCT)
            return 0;
        if (rec_word(text, toks, n, i, "were") &&
            (rec_word(text, toks, n, i + 1, "held") ||
             rec_word(text, toks, n, i + 1, "called")))
            while (i-- > 0 && i + 8 >= m->a && toks[i].kind == FT_WORD)
                if (rec_word(text, toks, n, i, "if"))
                    return 1;
    }
    return 0;
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

/* "Best Before 14/11/2034": a date written all in figures with its year
 * is no part of a title-cased name, whatever capital precedes it. */
static int
full_numeric_date(const struct facts_tok *toks, size_t n,
                  const struct facts_match *m)
{
    size_t i = m->a;

    while (i < m->b && toks[i].kind != FT_NUM)
        i++;
    return m->e.anchor == FACTS_ABS && m->e.gran == FACTS_DAY && m->e.y &&
        i < m->b && i + 1 < n && toks[i + 1].kind == FT_PUNCT &&
        (toks[i + 1].val == '/' || toks[i + 1].val == '-' ||
         toks[i + 1].val == '.');
}

/* What fact f (match m, placed pl) tells the sentences after it: the
 * year a clause is in, a year to come named by its event, "earlier this
 * year", a year that frames its sentence, the month of bare days, pairs
 * of floating dates, a named day's weekday, seasons to settle at the
 * end. */
static void
note_context(struct scan *sc, const char *text, const struct facts_tok *toks,
             size_t n, const struct facts_match *m, struct fact *f,
             const struct placed *pl, size_t base)
{
    /* "since 2015" opens a span up to now: it dates nothing; a
     * year long gone dates its clause only when a day states it
     * ("launched on August 20, 1975 and reached orbit on June
     * 19", not "built in 1873 ... opens in June") */
    if (m->e.anchor == FACTS_ABS && m->e.y && m->e.y < sc->ref.y &&
        (m->e.y >= sc->ref.y - 50 || m->e.gran == FACTS_DAY) &&
        !(m->a > 0 && rec_word(text, toks, n, m->a - 1, "since"))) {
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
        date_label(toks, n, m))
        label_after(sc, f->value);
    if (f->gran == FACTS_YEAR && m->b >= m->a + 2 &&
        toks[m->b - 2].lex == LX_DEICTIC) { /* "earlier this year" */
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
    if ((f->gran == FACTS_MONTH || f->gran == FACTS_DAY) &&
        f->value[4] == '-' && f->value[5] != 'W') {
        sc->mon_y = digits(f->value, 4);
        sc->mon_m = digits(f->value + 5, 2);
    }
    if (pl->floating)
        ordered_pair(sc, toks, m, base, pl->t, f->value);
    if (m->e.wd && m->e.gran == FACTS_DAY && !m->e.m)
        named_day_weekday(sc, f, m->e.wd);
    if (m->e.gran == FACTS_DAY && m->e.m && m->e.d)
        name_before_day(sc, f);
    if ((f->gran == FACTS_SEASON || pl->e.hol == FACTS_HOL_FATHER) &&
        sc->nseasons < MAX_SEASONS)
        sc->seasons[sc->nseasons++] = (struct season){sc->out->n,
            pl->e, pl->t, sc->ref};
}

static int day_first(const struct parse_doc *doc, int order);

/* Days from ref to the nearest day of month m, day d that falls on
 * weekday wd (a year either side); INT64_MAX when none does. */
static int64_t
weekday_fit(struct caldate ref, int m, int d, int wd)
{
    int64_t best = INT64_MAX, r = cal_to_days(ref), x;
    int y;

    for (y = ref.y - 1; y <= ref.y + 1; y++) {
        struct caldate c = {y, m, d};
        if (!cal_valid(y, m, d) || cal_weekday(c) != wd)
            continue;
        x = cal_to_days(c) - r;
        x = x < 0 ? -x : x;
        best = x < best ? x : best;
    }
    return best;
}

/* "Sat 2/11", "Thursday 3/10": figures that read either way take the
 * reading whose weekday is nearest the reference. */
static void
weekday_order(const struct scan *sc, struct facts_match *m)
{
    int tmp;

    if (weekday_fit(sc->ref, m->e.d, m->e.m, m->e.wd) <
        weekday_fit(sc->ref, m->e.m, m->e.d, m->e.wd)) {
        tmp = m->e.m;
        m->e.m = m->e.d;
        m->e.d = tmp;
    }
    m->ambiguous = 0;
}

/* Days from the article's date back to d, a stamp's reading: a stamp
 * is on or before the day the article was saved (a day of slack for
 * time zones), so one after it is far. */
static int64_t
stamp_distance(const struct scan *sc, struct caldate d)
{
    int64_t back = cal_to_days(sc->dct) - cal_to_days(d);

    return back >= -1 ? back : INT64_MAX / 2 - back;
}

/* Whether the fact at index k of what is collected reads either way
 * ("9/3/98"). */
static int
either_way(const struct scan *sc, size_t k)
{
    size_t j;

    for (j = 0; j < sc->nambig; j++)
        if (sc->ambig[j] == k)
            return 1;
    return 0;
}

/* Of d and d with day and month swapped, the one nearest on or before
 * the article's date: a news log's dated heading, as a stamp. */
static struct caldate
nearer_before(const struct scan *sc, struct caldate d)
{
    struct caldate s = {d.y, d.d, d.m};

    return cal_valid(s.y, s.m, s.d) &&
        stamp_distance(sc, s) < stamp_distance(sc, d) ? s : d;
}

/* A post's or a message's stamp ("Terrace_Tony · 14/12/25 18:02",
 * "08/11/38, 9:30 pm - Mummy: ..."): what follows it is told from its
 * day. Which way round figures that could be either go: as a weekday
 * before them says ("Thursday 10/06/2027 07:15"), else the reading
 * nearest before the article's date. */
static void
stamp_day(struct scan *sc, const struct facts_tok *toks, size_t n,
          const struct facts_match *m)
{
    struct caldate d = {m->e.y, m->e.m, m->e.d};
    struct caldate swapped = {m->e.y, m->e.d, m->e.m};
    size_t w = m->a - (m->a > 1 && rec_punct(toks, n, m->a - 1, ','));
    int wd = w > 0 && rec_lex(toks, n, w - 1, LX_WEEKDAY) ? toks[w - 1].val : 0;

    sc->order += m->order;
    if (m->ambiguous && wd)
        d = cal_valid(swapped.y, swapped.m, swapped.d) &&
            cal_weekday(swapped) == wd && cal_weekday(d) != wd ? swapped : d;
    else if (m->ambiguous)
        d = nearer_before(sc, d);
    if (cal_valid(d.y, d.m, d.d))
        sc->ref = d;
}

/* Where match m ends in the sentence's text (base: where the window of
 * toks starts). */
static size_t
match_end(size_t base, const struct facts_tok *toks,
          const struct facts_match *m)
{
    return base + toks[m->b - 1].off + toks[m->b - 1].len;
}

/* Recognise, resolve and append the facts of one sentence. Returns 0, or
 * -1 when memory ran out. */
static int
scan_text(struct scan *sc)
{
    struct facts_tok *toks = sc->toks;
    size_t base = 0, done = sc->skip;   /* done: end of the last fact in
                                           text */

    for (;;) {
        const char *text = sc->text + base;
        size_t nh, n = facts_tokenize(text, sc->len - base, toks, sc->cap,
                                      sc->heads, &nh), k, i;
        size_t end = n == sc->cap ? n - WINDOW_OVERLAP : n;
        struct facts_match m;
        struct fact f;
        struct placed pl;
        int r;

        for (k = 0; k < nh && (i = sc->heads[k]) < end; k++) {
            if (sc->out->n >= FACTS_LIMIT)
                return 0;       /* a table or a dump: enough */
            if (toks[i].lex == LX_PLACE) {
                count_place(sc, text, toks, n, i);
                continue;
            }
            if (toks[i].lex == LX_HOLIDAY && (toks[i].flags & FT_CAP) &&
                toks[i].val >= HOL_CANADA && toks[i].val <= HOL_WAITANGI)
                sc->places[toks[i].val != HOL_CANADA]++;
            if (base + toks[i].off < done ||
                !facts_recognise(text, toks, n, i, &m) ||
                nowadays(sc, text, toks, n, &m) ||
                counterfactual(text, toks, n, &m))
                continue;
            while (base + toks[m.a].off < done)
                m.a++;
            if (profile_field(text, toks, n, &m) ||
                plan_name_year(text, toks, n, &m)) {
                if (rec_joined_dash(toks, n, m.b) && rec_year(toks, n, m.b + 1))
                    m.b += 2;   /* "School Year 2047-2048" */
                done = match_end(base, toks, &m);
                k = skip(sc->heads, k, nh, m.b);
                continue;
            }
            if (m.ambiguous && m.e.wd)
                weekday_order(sc, &m);
            if (m.stamp) {
                if (sc->sentence >= 0)      /* a title's dates no post */
                    stamp_day(sc, toks, n, &m);
                done = match_end(base, toks, &m);
                k = skip(sc->heads, k, nh, m.b);
                continue;
            }
            if ((r = resolve(sc, text, toks, n, &m, &f, &pl)) <= 0) {
                if (r < 0)
                    k = skip(sc->heads, k, nh, m.b);
                continue;
            }
            f.off = base + toks[m.a].off;
            f.len = base + toks[m.b - 1].off + toks[m.b - 1].len - f.off;
            if (sc->sentence >= 0 && sc->quotes < 0)
                sc->quotes = facts_has_quote(sc->text, sc->len);
            if (sc->sentence >= 0 && ((facts_title_prep(toks, n, m.a) &&
                                       !full_numeric_date(toks, n, &m)) ||
                (sc->quotes && facts_quoted_title(sc->text, sc->len, f.off,
                                            f.off + f.len)))) {
                k = skip(sc->heads, k, nh, m.b);
                continue;
            }
            sc->order += m.order;
            if (m.ambiguous && sc->nambig < MAX_AMBIG)
                sc->ambig[sc->nambig++] = sc->out->n;
            note_context(sc, text, toks, n, &m, &f, &pl, base);
            if (push(sc->out, &f) < 0)
                return -1;
            sc->then |= before_year(f.value, sc->ref.y);
            sc->floating = pl.floating ? sc->out->n : 0;
            done = f.off + f.len;
            k = skip(sc->heads, k, nh, m.b);
        }
        if (n < sc->cap)
            return 0;
        base += toks[end].off;
    }
}

/* Whether an article writes the day first: its other dates vote
 * (order), else a pound sign or British spellings in the body tip it. */
static int
day_first(const struct parse_doc *doc, int order)
{
    static const char *const uk[] = {"\xc2\xa3", "colour", "centre",
        "organis", "programme", "favour", "neighbour", "labour", "travell",
        "metre", "licence", "defence", "realis", "recognis"};
    size_t k;

    if (order)
        return order > 0;
    for (k = 0; k < sizeof uk / sizeof uk[0]; k++)
        if (memmem(doc->body, doc->body_len, uk[k], strlen(uk[k])))
            return 1;
    return 0;
}

/* "2024-04-11" to "2024-11-04". */
static void
swap_day_month(char *v)
{
    char a = v[5], b = v[6];

    if (strlen(v) != 10)
        return;
    v[5] = v[8], v[6] = v[9];
    v[8] = a, v[9] = b;
}

/* The story's seasons are the southern hemisphere's when its dateline
 * names a southern place, or its title and text name southern places at
 * least twice and more often than northern ones: then the seasons
 * resolved as northern ones are resolved again (the places are counted
 * as the scan meets them, so a season in the title waits for them). */
static void
southern_seasons(struct scan *sc, const struct parse_doc *doc)
{
    size_t i, n, nh, text_south = sc->places[1];

    if (doc->dateline) {
        n = facts_tokenize(doc->dateline, strlen(doc->dateline), sc->toks,
                           sc->cap, sc->heads, &nh);
        for (i = 0; i < nh; i++)
            if (sc->toks[sc->heads[i]].lex == LX_PLACE)
                count_place(sc, doc->dateline, sc->toks, n, sc->heads[i]);
    }
    if (sc->places[1] == text_south &&          /* no southern dateline */
        !facts_country_southern_wire(doc) &&    /* nor wire */
        (text_south < 2 || text_south <= sc->places[0]))
        return;
    for (i = 0; i < sc->nseasons; i++) {
        struct season *z = &sc->seasons[i];
        char v[16], was[16];
        if (z->e.hol == FACTS_HOL_FATHER) {
            /* Australia's and New Zealand's: September's first Sunday */
            z->e.hol = FACTS_HOL_NTH;
            z->e.m = 9;
            z->e.wd = 7;
            z->e.part = 1;
            z->e.d = 0;
        } else {
            z->e.south = 1;
        }
        if (facts_norm(&z->e, z->ref, z->t, v) != 0)
            continue;
        memcpy(was, sc->out->v[z->idx].value, sizeof was);
        memcpy(sc->out->v[z->idx].value, v, sizeof v);
        /* "Father's Day on Sunday": the weekday beside it followed it */
        if (z->e.hol && z->idx + 1 < sc->out->n &&
            sc->out->v[z->idx + 1].sentence == sc->out->v[z->idx].sentence &&
            strcmp(sc->out->v[z->idx + 1].value, was) == 0)
            memcpy(sc->out->v[z->idx + 1].value, v, sizeof v);
    }
}

/* Tokens the buffer needs: one per byte of the longest sentence at most
 * (a sentence of len bytes has at most len tokens), and never more than a
 * window. */
static size_t
window(const struct parse_doc *doc)
{
    size_t i, max = doc->title ? strlen(doc->title) : 0;

    for (i = 0; i < doc->nsentences && max < WINDOW; i++)
        if (doc->sentences[i].len > max)
            max = doc->sentences[i].len;
    return max + 1 < WINDOW ? (max + 1 > WINDOW_OVERLAP * 2 ? max + 1 :
                               WINDOW_OVERLAP * 2) : WINDOW;
}

/* The days whose date is the story's country's, looked up only when
 * the article names them: the bit 1 << k of country_days[k]. */
enum { DAY_INDEPENDENCE, DAY_REPUBLIC, DAY_NATIONAL, DAY_LABOUR, DAY_LABOR };
static const char *const country_days[] = {"Independence", "Republic",
    "National", "Labour", "Labor"};

/* Which of country_days s names before " Day", in one pass over it. */
static unsigned
days_named_in(const char *s)
{
    const char *p = s;
    unsigned named = 0;
    size_t k, n;

    while (s && (p = strstr(p, " Day")) != NULL) {
        for (k = 0; k < sizeof country_days / sizeof *country_days; k++) {
            n = strlen(country_days[k]);
            if ((size_t)(p - s) >= n && !memcmp(p - n, country_days[k], n))
                named |= 1u << k;
        }
        p += 4;
    }
    return named;
}

/* Which of country_days the article's title or body names. */
static unsigned
days_named(const struct parse_doc *doc)
{
    return days_named_in(doc->title) | days_named_in(doc->body);
}

/* The weekday a fact's expression ends with ("Saturday", "on Friday"),
 * or 0; text is the fact's sentence's. */
static int
fact_weekday(const char *text, const struct fact *f)
{
    return last_weekday(text + f->off, f->len);
}

/* "Farmers market opens Saturday" over "The market opens for the season
 * Saturday": a headline's bare weekday is read with no tense (a headline
 * tells past events in the present), so the lead's reading of the same
 * weekday, from a full sentence, is the headline's too. */
static void
title_weekdays(const struct parse_doc *doc, struct facts_list *out)
{
    size_t i, k;

    for (i = 0; i < out->n && out->v[i].sentence < 0; i++) {
        struct fact *p = &out->v[i];
        int wd = p->gran == FACTS_DAY ? fact_weekday(doc->title, p) : 0;
        for (k = i + 1; wd && k < out->n && out->v[k].sentence <= 1; k++) {
            const struct fact *q = &out->v[k];
            if (q->sentence >= 0 && q->gran == FACTS_DAY &&
                q->len <= 12 && fact_weekday(doc->body +
                    doc->sentences[q->sentence].off, q) == wd) {
                memcpy(p->value, q->value, sizeof p->value);
                break;
            }
        }
    }
}

/* The day sentence i is told from, set before it is scanned: the
 * article's again under a heading in capitals or on a post's relative
 * stamp line, an item's own at its dateline (item_ref). Returns 1 when
 * the line is such a stamp. */
static int
sentence_ref(struct scan *sc, const struct parse_doc *doc, size_t i,
             struct caldate ref)
{
    int stamp = facts_ago_line(doc, i);

    if (stamp || facts_caps_heading(doc, i))
        sc->ref = ref;
    sc->skip = 0;
    if (facts_opens_para(doc, i))
        sc->ref = facts_item_ref(doc, i, ref, sc->ref, &sc->skip);
    return stamp;
}

/* Drop the facts collected from first on, with what they noted: their
 * ambiguous orders and votes (the order before them was order) and
 * their seasons. */
static void
drop_facts(struct scan *sc, size_t first, int order)
{
    sc->out->n = first;
    while (sc->nambig && sc->ambig[sc->nambig - 1] >= first)
        sc->nambig--;
    while (sc->nseasons && sc->seasons[sc->nseasons - 1].idx >= first)
        sc->nseasons--;
    sc->order = order;
    sc->floating = 0;
}

/* After sentence i, whose facts are from first on (the order before it
 * was order): a dated heading sets the day what follows is told from; a
 * post's stamp line (stamp) sets it and is no fact. */
static void
after_sentence(struct scan *sc, const struct parse_doc *doc, size_t i,
               size_t first, int order, int stamp)
{
    const struct collect *f = sc->out;
    struct caldate day;
    size_t used;

    if (facts_section_day(doc, i, f->v, first, f->n, &day, &used))
        sc->ref = either_way(sc, used) ? nearer_before(sc, day) : day;
    if (stamp) {
        if (!facts_ago_stamp(doc, i, f->v, first, f->n, &sc->ref))
            sc->ref = sc->dct;
        drop_facts(sc, first, order);
    }
}

int
facts_extract(const struct parse_doc *doc, struct caldate ref,
              struct facts_list *out)
{
    struct facts_tok stack[STACK_TOKS];
    uint16_t stack_heads[STACK_TOKS];
    struct collect facts;
    struct scan sc = {.doc = doc, .ref = ref, .dct = ref, .out = &facts,
                      .label_sentence = -2};
    size_t i, first;
    int stamp, order;
    unsigned named;
    int rc = 0;

    memset(out, 0, sizeof *out);
    facts.v = facts.stack;
    facts.n = 0;
    facts.cap = STACK_FACTS;
    sc.cap = window(doc);
    sc.toks = stack;
    sc.heads = stack_heads;
    if (sc.cap > STACK_TOKS) {
        /* one block: the tokens, then their head indices */
        sc.toks = malloc(sc.cap * (sizeof *sc.toks + sizeof *sc.heads));
        if (!sc.toks)
            return -1;
        sc.heads = (uint16_t *)(sc.toks + sc.cap);
    }
    named = days_named(doc);
    if (named & 1u << DAY_INDEPENDENCE)
        facts_country_day(doc, &sc.indep_m, &sc.indep_d);
    if (named & 1u << DAY_REPUBLIC)
        facts_country_republic(doc, &sc.republic_m, &sc.republic_d);
    if (named & 1u << DAY_NATIONAL)
        facts_country_national(doc, &sc.national_m, &sc.national_d);
    if (named & 1u << DAY_LABOUR)
        facts_country_labour(doc, &sc.labour_m, &sc.labour_d);
    if ((named & 1u << DAY_LABOR) && facts_country_labor_may(doc)) {
        sc.labour_m = 5;                /* the Philippines' Labor Day */
        sc.labour_d = 1;
        sc.labor_may = 1;
    }
    if (doc->title) {
        sc.text = doc->title;
        sc.len = strlen(doc->title);
        sc.sentence = -1;
        rc = scan_text(&sc);
        sc.ref = ref;
    }
    for (i = 0; rc == 0 && i < doc->nsentences &&
                facts.n < FACTS_LIMIT; i++) {
        const struct parse_sentence *s = &doc->sentences[i];
        if (s->off > doc->body_len || s->len > doc->body_len - s->off)
            continue;
        sc.text = doc->body + s->off;
        sc.len = s->len;
        sc.sentence = (int)i;
        sc.year = sc.rel_year = sc.frame_year = sc.mon_y = sc.mon_m = 0;
        sc.year_d = sc.year_relative = 0;
        sc.rel_year_owns = 0;
        sc.then = 0;
        sc.floating = 0;
        sc.quotes = -1;
        first = facts.n;
        order = sc.order;
        stamp = sentence_ref(&sc, doc, i, ref);
        if (facts_heading_line(doc, i)) {
            sc.section_year = 0;
            rc = scan_text(&sc);
            sc.section_year = facts_heading_year(facts.v, first, facts.n);
        } else {
            rc = scan_text(&sc);
        }
        if (rc == 0)
            after_sentence(&sc, doc, i, first, order, stamp);
    }
    if (rc == 0 && sc.nseasons)
        southern_seasons(&sc, doc);     /* and Father's Days */
    if (sc.toks != stack)
        free(sc.toks);
    if (rc < 0 || collect_take(&facts, out) < 0) {
        collect_free(&facts);
        return -1;
    }
    if (sc.nambig && day_first(doc, sc.order))
        for (i = 0; i < sc.nambig; i++)
            if (sc.ambig[i] < out->n)
                swap_day_month(out->v[sc.ambig[i]].value);
    title_weekdays(doc, out);
    facts_key_mark(doc, ref, out);
    return (int)out->n;
}
