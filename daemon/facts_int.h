/* SPDX-License-Identifier: MIT */
/* facts_int.h - the scan of one sentence, shared by facts.c and the files that read and place its matches (private). */
#ifndef FW_FACTS_INT_H
#define FW_FACTS_INT_H

#include <stddef.h>
#include <stdint.h>

#include "facts.h"
#include "facts_scan.h"

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

/* Ambiguous numeric dates ("4/11/2024") remembered until the whole
 * article has voted on the order of day and month. */
#define MAX_AMBIG 16

/* Seasons a story may have placed before its places are all counted. */
#define MAX_SEASONS 16

/* LX_HOLIDAY values that name a country's day: Canada (15), then the
 * southern ones, Australia, Anzac and Waitangi (16-18) */
#define HOL_CANADA    15
#define HOL_WAITANGI  18

/* How resolve placed a fact: by tense alone (a month or day with no year
 * anywhere), and the tense. */
struct placed {
    int floating;
    enum facts_tense t;
    struct facts_expr e;          /* as resolved */
};

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
    struct caldate section;       /* the day a dated heading above set
                                     ("FIFTY YEARS AGO: March 12, 1938"),
                                     the article's under none: what a
                                     heading in capitals returns to */
    int after_caps;               /* the sentence before was a heading
                                     in capitals (facts_caps_heading) */
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
    size_t beside;                /* 1 + the index of a day's name
                                     that takes the value of the date
                                     after it (facts_match.beside);
                                     0 none */
    int orthodox;                 /* Easter is the Orthodox one:
                                     facts_country_orthodox(), asked at
                                     the first Easter; -1 not yet */
    int clock_heads;              /* the entries are headed by times
                                     ("1145"): facts_clock_headings(),
                                     asked at the first such heading;
                                     -1 not yet */
    int section_year;             /* the year a heading above names
                                     ("75 YEARS AGO", "THIS WEEK IN 1896"),
                                     for the sections under it; 0 none */
    int title_year;               /* the one year the title names, for
                                     the month headings of a review
                                     ("2031: the year that was"); 0 none */
    int section_mon_y, section_mon_m; /* the month a heading above names
                                     ("JANUARY"), for the bare days under
                                     it ("on the 15th"); 0 none */
    int frame_year;               /* a year that opens the sentence before
                                     a comma ("In 1956, ..."); 0 if none */
    int then;                     /* the sentence has dated something in
                                     a year before the reference's */
    int quotes;                   /* the sentence has a quotation mark; -1
                                     before its first fact asks */
    int mon_y, mon_m, mon_d;      /* year, month (and day, or 0) of its
                                     last dated month or day, 0 when none */
    struct caldate prev_mon;      /* the same of the last sentence before
                                     that dated one, in the paragraph
                                     prev_para; y 0 when none */
    int prev_para;
    size_t floating;              /* 1 + index in out of the last fact
                                     when tense alone placed it (a month or
                                     day with no year anywhere), else 0 */
    int order;                    /* day-first forms minus month-first */
    size_t places[2];             /* northern, southern places named */
    int    labor_may;             /* "Labor Day" too is May 1 there */
    int    labour_m, labour_d;    /* "Labour Day" of the story's country
                                     when not the first Monday of
                                     September; 0 when none */
    int    labour_nth;            /* ... or the labour_m-th month's
                                     labour_nth-th Monday (New Zealand,
                                     Australia's states); 0 when none */
    int    republic_m, republic_d; /* Republic Day of the story's
                                     country; 0 when it keeps none */
    int    national_m, national_d; /* National Day of the story's
                                     country; 0 when it keeps none */
    int    indep_m, indep_d;      /* Independence Day of the story's
                                     country; 0 when it names none */
    int    fiscal;                /* the story counts a company's fiscal
                                     years ("fiscal 2028", "FY27"): its
                                     bare quarters and halves are theirs;
                                     -1 until a quarter or half asks */
    size_t nseasons;              /* seasons (and Father's Days)
                                     resolved as northern ones */
    struct season {
        size_t idx;               /* in out */
        struct facts_expr e;
        enum facts_tense t;
        struct caldate ref;       /* the day it was told from */
    } seasons[MAX_SEASONS];
    struct ambig {
        size_t idx;               /* in out */
        struct placed pl;         /* how it was placed */
        struct caldate ref;       /* the day it was told from */
    } ambig[MAX_AMBIG];           /* dates that read either way */
    size_t nambig;
    int label_dir;                /* -1, 1: the last line labelled by a
                                     date ("Dec. 21: ...") fell before, after
                                     the reference; 0 none yet */
    struct caldate label_day;     /* that label's day, */
    int label_sentence;           /* in this sentence (-2: none) */
};


/* facts_context.c: the fact collected just before f, in f's sentence,
 * when only gap's text stands between them ("Last year" "'s "
 * "Christmas Day"); NULL otherwise. */
struct fact *facts_fact_before(const struct scan *sc, const struct fact *f,
                               const char *gap);

/* facts_resolve.c: whether s[0..len) has a figure ("May 31, 1987",
 * not "Groundhog Day"). */
int facts_has_figure(const char *s, size_t len);

/* facts_prep.c: the tense a word before the date at a gives on its
 * own ("since", "until", "adjourned to"), or FACTS_TENSE_NONE. */
enum facts_tense facts_prep_tense(const char *text,
                                  const struct facts_tok *toks, size_t n,
                                  size_t a);

/* facts_match_tense.c: the tense match m is read in (*skip set when a
 * future-only match is not said of the future); the days from the
 * reference to e's first day under tense t (INT64_MIN when it cannot be
 * placed); whether m labels its line (1 + the index of the label's
 * closing mark, n when none; 0 when it is no label). */
enum facts_tense facts_match_tense(const struct scan *sc, const char *text,
                                   const struct facts_tok *toks, size_t n,
                                   const struct facts_match *m,
                                   const struct facts_expr *e, int *skip);
int64_t facts_days_ahead(const struct scan *sc, const struct facts_expr *e,
                         enum facts_tense t);
size_t  facts_date_label(const struct facts_tok *toks, size_t n,
                         const struct facts_match *m);

/* facts_context.c: what the sentence said before a match (the year of
 * its clause, its frame) and what a fact tells the sentences after it. */
int  facts_last_fact_ends(const struct scan *sc, size_t end);
int  facts_last_weekday(const char *s, size_t len);
void facts_anchor_year(const struct scan *sc, const char *text,
                       const struct facts_tok *toks, size_t n,
                       const struct facts_match *m, enum facts_tense t,
                       size_t at, struct facts_expr *e);
void facts_note_context(struct scan *sc, const char *text,
                        const struct facts_tok *toks, size_t n,
                        const struct facts_match *m, struct fact *f,
                        const struct placed *pl, size_t base);

/* facts_same.c: the value of "the same quarter last year", from the
 * period of its kind named before it (a year before or after it). */
void facts_same_period(const struct scan *sc, const struct facts_match *m,
                       struct fact *f);

/* facts_resolve.c: decide whether match m is a fact and resolve its
 * value into f (how, into pl). Returns 1 when it is, 0 when not, -1 when
 * none of its tokens may start another (a dateline). */
int  facts_resolve(const struct scan *sc, const char *text,
                   const struct facts_tok *toks, size_t n,
                   const struct facts_match *m, struct fact *f,
                   struct placed *pl);

#endif
