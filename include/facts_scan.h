/* SPDX-License-Identifier: MIT */
/* facts_scan.h - tokens, lexicon, tense cues and the recogniser behind facts.c and the files that place its matches. */
#ifndef FW_FACTS_SCAN_H
#define FW_FACTS_SCAN_H

#include <stddef.h>
#include <stdint.h>

#include "facts_norm.h"

enum facts_tok_kind {
    FT_WORD = 0,   /* [A-Za-z]+ */
    FT_NUM,        /* digits, maybe "1,500", "3.5", "21st", "1990s" */
    FT_PUNCT,      /* one ASCII punctuation byte */
    FT_OTHER       /* one non-ASCII UTF-8 sequence (curly quote, dash, ...) */
};

/* Token flags. */
#define FT_CAP      0x01   /* word starts with an upper-case letter */
#define FT_UPPER    0x02   /* word is all upper case (headline style) */
#define FT_SPACE    0x04   /* whitespace precedes the token */
#define FT_GROUPED  0x08   /* number has a thousands comma or a decimal point */
#define FT_ORD      0x10   /* number ends in st/nd/rd/th */
#define FT_PLURAL   0x20   /* number ends in s ("1990s") */
#define FT_HEAD     0x40   /* can head an expression: a number, a month, ... */

/* val of an FT_OTHER en or em dash. */
#define FT_DASH     1

/* Word classes from the lexicon. */
enum facts_lex {
    LX_NONE = 0,
    LX_MONTH,      /* val 1..12; abbreviation when len <= 4 */
    LX_WEEKDAY,    /* val 1..7 */
    LX_RELDAY,     /* yesterday -1, today 0, tomorrow 1, tonight 0 */
    LX_UNIT,       /* val facts_gran; plural in sub */
    LX_SEASON,     /* val season 1..4 */
    LX_DEICTIC,    /* this 0, last -1, next 1, coming 1, previous -1 */
    LX_AGO,
    LX_EDGE,       /* early/late/mid/...: val 1 early, 2 mid, 3 late */
    LX_PART,       /* end, beginning, start, middle, rest */
    LX_DAYPART,    /* morning, afternoon, evening, night */
    LX_NUMWORD,    /* one..hundred, a/an (1); the decades "Noughties"
                      (-40), "Twenties" .. "Nineties" (-42..-49) */
    LX_ORDWORD,    /* first..fourth: val 1..4 */
    LX_PREP,       /* on, in, at, by, since, until, ... */
    LX_THE,
    LX_OF,
    LX_APPROX,     /* over, about, nearly, almost, some, around, roughly,
                      just, than */
    LX_SET,        /* every, each */
    LX_FOR,        /* duration marker */
    LX_FUT,        /* will, shall, ll, would; modals could, should, might,
                      must, can; val 1: likely, unlikely, possible */
    LX_FUTTO,      /* plans/set/going... when "to" follows; val 1: always
                      (expected, scheduled); val 2: unless "to" follows
                      (due) */
    LX_PAST,       /* said, met, irregular past forms */
    LX_AUXPAST,    /* was, were, had, did */
    LX_BE,         /* be, been, being: the auxiliary before decides */
    LX_PERF,       /* has, have: read as present ("has organised a party
                      on Saturday" is ahead; news dates past acts with the
                      simple past) */
    LX_PRES,       /* is, are, am, says */
    LX_SCHED,      /* opens, ends, begins...: the present news uses for what
                      is scheduled, so future; val bit 1: a base form
                      (host, play), which "did" or "not" before undoes;
                      bit 2: a verb only in lower case and not before
                      "to" ("falls", not "Niagara Falls"; "close", not
                      "April Close" or "came close to") */
    LX_TO,
    LX_BIZ,        /* profit, revenue, earnings...: quarters are fiscal */
    LX_SPORT,      /* points, scored, innings...: quarters are of a game */
    LX_AND,        /* and, or, to, through: ranges and lists */
    LX_YEARWORD,   /* fiscal, FY: a year follows */
    LX_LATER,      /* earlier / later */
    LX_NOW,        /* now: "from now" */
    LX_THAT,       /* that: a new clause with its own verb */
    LX_NOT,        /* not, never, the t of n't */
    LX_IDNOUN,     /* room, flight, page: a number after is a label */
    LX_HOLIDAY,    /* Christmas 1, Halloween 2, Valentine('s Day) 3,
                      Boxing (Day) 4, Easter 5, Thanksgiving 6, Labor
                      (Day) 7, Memorial (Day) 8, Mother('s Day) 9,
                      Father('s Day) 10, Columbus 11, Presidents 12,
                      Bastille 13, Veterans|Remembrance|Armistice 14,
                      Canada 15, Australia 16, Anzac 17, Waitangi 18,
                      Juneteenth 19, (St) Patrick('s Day) 20, Hogmanay
                      21, Pentecost 22, Mardi (Gras) 23, Bonfire (Night)
                      24, Pancake (Day) 25, Ascension (Day) 26,
                      Bloomsday 27, (Guy) Fawkes (Night) 28, Burns
                      (Night) 29; 100 a feast of another calendar
                      (Diwali, Eid), dated by a weekday beside it */
    LX_QTY,        /* people, percent, troops: a number before is a count */
    LX_PRON,       /* we, they, you: a bare verb after is the present */
    LX_HABIT,      /* usually, typically: the clause tells a habit */
    LX_STREET,     /* Road, Street, Avenue: a number before is an address */
    LX_EVENT,      /* Election, Expo, Census: a year after names it */
    LX_PLACE       /* Sydney, Britain: where a story is, for its seasons
                      (1 southern, 0 northern, 2 southern after "South":
                      Africa, African) */
};

struct facts_tok {
    uint32_t off;      /* byte offset in the text */
    uint32_t len;
    uint8_t  kind;     /* enum facts_tok_kind */
    uint8_t  flags;    /* FT_* */
    uint8_t  lex;      /* enum facts_lex (words only) */
    int8_t   val;      /* lexicon value; the byte of FT_PUNCT; for FT_OTHER
                          '\'' (curly apostrophe), '"', FT_DASH or 0 */
    int32_t  num;      /* numeric value of FT_NUM (digits before any comma), or
                          -1 when too large */
    uint8_t  ndig;     /* digits in the leading digit run of FT_NUM */
    uint8_t  tense;    /* cue this word gives: enum facts_tense */
};

/* Split text[0..len) into toks (room for cap tokens, cap <= 65536; len +
 * 1 always suffices). Pure; returns the number of tokens. The indices of
 * the FT_HEAD tokens go to heads (room for cap), in order, and their
 * number to *nheads. */
size_t facts_tokenize(const char *text, size_t len, struct facts_tok *toks,
                      size_t cap, uint16_t *heads, size_t *nheads);

/* Bits of an LX_UNIT value above its granularity. */
#define FACTS_UNIT_GRAN(v) ((v) & 0x0f) /* the facts_gran of a unit's value */
#define FACTS_UNIT_PL 0x10     /* plural */
#define FACTS_UNIT_WE 0x20     /* weekend */
#define FACTS_UNIT_X2 0x40     /* two of the unit: a fortnight */

/* The lexicon's hash table (facts_lex_tab.c, generated by
 * tests/tools/gen_facts_lex.py): a word's key is its first eight letters,
 * lower-cased and packed little-endian (facts_lex_key); the top half of
 * key * FACTS_LEX_MULT picks the first slot, probed linearly. A slot holds
 * the key, the length, the entry index + 1 (0: empty) and what a token
 * takes from the entry, so a hit reads nothing else. Words of
 * FACTS_LEX_MAXLEN letters or more are never in it. */
#define FACTS_LEX_SLOTS  2048
#define FACTS_LEX_MULT   0x9e3779b97f4a7c15ull
#define FACTS_LEX_MAXLEN 14
struct facts_lex_slot {
    uint64_t key;
    uint16_t idx;
    uint8_t  len;
    uint8_t  lex;      /* enum facts_lex */
    int8_t   val;
    uint8_t  tense;    /* FACTS_LEX_TENSE of lex and val */
    uint8_t  head;     /* FT_HEAD when the class can head an expression */
};
extern const struct facts_lex_slot facts_lex_slots[FACTS_LEX_SLOTS];
/* One bit per word of the lexicon at bits 12..23 of that hash: a word
 * whose bit is clear is not in the table. */
extern const uint64_t facts_lex_bloom[64];

/* LX_PAST value of a past that is also its verb's base form ("beat"):
 * no past after a modal, "to" or "did" (facts_scan.c). */
#define FACTS_BASE_PAST 9

/* Tense cue of a class; sport words whose value is past are past verbs. */
#define FACTS_LEX_TENSE(lex, val) \
    ((lex) == LX_PAST || (lex) == LX_AUXPAST ? FACTS_TENSE_PAST : \
     (lex) == LX_PERF || (lex) == LX_PRES ? FACTS_TENSE_PRESENT : \
     (lex) == LX_FUT || (lex) == LX_SCHED ? FACTS_TENSE_FUTURE : \
     (lex) == LX_SPORT && (int)(val) == (int)FACTS_TENSE_PAST ? \
     FACTS_TENSE_PAST : \
     FACTS_TENSE_NONE)
/* FT_HEAD for the classes that can head an expression (the recogniser
 * looks only there), else 0; of the number words, those a year read
 * aloud opens ("nineteen sixty-eight", "two thousand and six"). */
#define FACTS_LEX_HEAD(lex, val) \
    ((lex) == LX_MONTH || (lex) == LX_WEEKDAY || (lex) == LX_RELDAY || \
     (lex) == LX_DEICTIC || (lex) == LX_UNIT || (lex) == LX_SEASON || \
     (lex) == LX_ORDWORD || (lex) == LX_HOLIDAY || (lex) == LX_PLACE || \
     ((lex) == LX_NUMWORD && ((val) == 2 || ((val) >= 18 && (val) <= 20) || \
                              (val) <= -40)) ? \
     FT_HEAD : 0)

/* Key of a word in any case: its first eight letters lower-cased and
 * packed little-endian. (The tokenizer builds it while scanning.) */
uint64_t facts_lex_key(const char *w, size_t len);

/* Entries of the lexicon the table does not find (0 unless it is stale). */
size_t facts_lex_missing(void);

/* 1 when the letters of w past the eighth match those of entry idx (a
 * slot's idx) in any case. */
int facts_lex_tail(const char *w, size_t len, unsigned idx);

/* The slot of the word w[0..len) (any case) whose facts_lex_key is key,
 * or NULL when the lexicon has no such word. The slot compares the packed
 * first eight letters and the length in one go; only words longer than
 * eight letters compare their tail. Inline: the tokenizer asks once a
 * word. */
static inline const struct facts_lex_slot *
facts_lex_find(const char *w, size_t len, uint64_t key)
{
    uint32_t h = (uint32_t)((key * FACTS_LEX_MULT) >> 32);
    size_t k = h & (FACTS_LEX_SLOTS - 1), b = (h >> 12) & 4095;
    const struct facts_lex_slot *sl;

    /* Most words are not in the lexicon; the 512-byte filter stays in the
     * first-level cache and turns them away before the table is read. */
    if (!(facts_lex_bloom[b / 64] >> (b % 64) & 1) || len >= FACTS_LEX_MAXLEN)
        return NULL;
    for (sl = &facts_lex_slots[k]; sl->idx; sl = &facts_lex_slots[k]) {
        if (sl->key == key && sl->len == len &&
            (len <= 8 || facts_lex_tail(w, len, sl->idx)))
            return sl;
        k = (k + 1) & (FACTS_LEX_SLOTS - 1);
    }
    return NULL;
}

/* 1 when s[0..len), which ends in "eed", is a past form: "agreed",
 * "disagreed", "freed", "decreed", "guaranteed" (not "greed", "creed"). */
int facts_eed_past(const char *s, size_t len);

/* Classify the word s[0..len) (any case, len >= 1) whose facts_lex_key
 * is key: lex, val, tense and FT_HEAD into t, whose flags hold FT_CAP. */
static inline void
facts_lex_word(const char *s, size_t len, uint64_t key, struct facts_tok *t)
{
    const struct facts_lex_slot *e = facts_lex_find(s, len, key);

    if (e) {
        t->lex = e->lex;
        t->val = e->val;
        t->tense = e->tense;
        t->flags |= e->head;
        return;
    }
    t->lex = LX_NONE;
    t->val = 0;
    t->tense = FACTS_TENSE_NONE;
    if (len == 1 && (s[0] == 'Q' || s[0] == 'H'))
        t->flags |= FT_HEAD;        /* "Q3 2022", "H1 2024" */
    /* Regular past forms ("announced"); "-eed" words (need, proceed) are
     * not, but for agreed, freed, decreed and guaranteed; nor capitalised
     * ones (names such as "Ahmed"). */
    if (!(t->flags & FT_CAP) && len >= 4 && (s[len - 1] | 0x20) == 'd' &&
        (s[len - 2] | 0x20) == 'e' &&
        ((s[len - 3] | 0x20) != 'e' || facts_eed_past(s, len)))
        t->tense = FACTS_TENSE_PAST;
}

/* 1 when the two bytes at s are an ordinal suffix: st, nd, rd, th. */
int facts_ord_suffix(const char *s);

/* Tense of the clause around tokens [a, b) of text: the nearest cue
 * before it in its clause, else the nearest after it. */
enum facts_tense facts_tense_at(const char *text,
                                const struct facts_tok *toks, size_t n,
                                size_t a, size_t b);
/* The same from the cues before it only; FACTS_TENSE_NONE when none. */
enum facts_tense facts_tense_before(const char *text,
                                    const struct facts_tok *toks, size_t n,
                                    size_t a, size_t b);
/* The first token of a clock time just before token a, with the "on"
 * or "at" around it ("6 a.m.", "10:00 on", "9pm on", "noon"), or a when
 * there is none: a time of day says nothing of tense. */
size_t facts_clock_before(const char *text, const struct facts_tok *toks,
                          size_t n, size_t a);
/* 1 when an infinitive ("to keep", "to complete") stands between token
 * a and the nearest tense cue before it in its clause: what the date
 * belongs to is the infinitive's purpose, not the past verb's act. */
int facts_infinitive_before(const char *text, const struct facts_tok *toks,
                            size_t n, size_t a);
/* 1 when that infinitive follows a past verb of agreeing or deciding
 * ("agreed to meet again on Wednesday"): a plan, not a past act. */
int facts_agreed_before(const char *text, const struct facts_tok *toks,
                        size_t n, size_t a);
/* From the cues after token b up to a word that opens another clause
 * ("after", "as", "when"...); FACTS_TENSE_NONE when none. */
enum facts_tense facts_tense_after(const char *text,
                                   const struct facts_tok *toks, size_t n,
                                   size_t b);
/* The tense of a "when" clause that follows the date ending at b after a
 * comma ("on Friday, when Maison Verlaine presents ..."): a cue among
 * its first words, or the future for a name's verb in -s;
 * FACTS_TENSE_NONE when there is none. */
enum facts_tense facts_when_tense(const char *text,
                                  const struct facts_tok *toks, size_t n,
                                  size_t b);
/* A quotation mark: straight, or a curly double quote. */
int facts_quote_mark(const struct facts_tok *t);
/* A lower-case word the lexicon does not know, of four letters or more,
 * in -s but not -ss, -us or -is: a verb's third person ("publishes"). */
int facts_verb_in_s(const char *text, const struct facts_tok *t);
/* The word token t is longer than 4 and ends in "ing": a participle or a
 * noun made from a verb. */
int facts_ends_ing(const char *text, const struct facts_tok *t);

/* One recognised expression: tokens [a, b) of the sentence. */
struct facts_match {
    size_t a, b;
    struct facts_expr e;
    int    need_tense;  /* 1 when facts_norm needs the tense */
    int    future_only; /* "in two months": a fact only in a future clause */
    int    results;     /* "second-quarter results": a period reported on,
                           so past even in a future clause */
    int    order;       /* 1 day written before month ("21 March",
                           "21/3/2023"), -1 month first ("March 21",
                           "3/21/2023"), 0 neither */
    int    ambiguous;   /* "4/11/2024": day and month could swap */
    int    short_year;  /* e.y came from "'98": its century is the one
                           that puts it nearest before the reference
                           (facts_resolve.c) */
    int    stamp;       /* "14/12/25 18:02", "11-11-2019, 07:48 PM": a
                           post's or a message's time stamp, no fact; what
                           follows is told from its day (facts.c) */
    int    year_word;   /* "12 April next year": 2 + the year's offset
                           from the reference's (last 1, this 2, next 3);
                           0 when no year word follows */
    int    on_this_day; /* "on this day in 1961": that year, the
                           reference's month and day (facts_context.c) */
    int    new_year;    /* "until the new year": next year, said late in
                           a year only (facts_resolve.c) */
    int    hol_back;    /* "on Independence Day two years ago": the
                           holiday that many years before the reference's
                           year; 0 otherwise */
    int    years_back;  /* "two years ago this week|month|today": the
                           reference's own week, month or day (e.gran)
                           that many years back; 0 otherwise */
    int    beside;      /* a day's name no table holds, dated by the date
                           beside it: 1 after it ("Children's Day, May
                           5"), 2 before it ("May 5, Children's Day"),
                           whose value it takes (facts.c) */
    int    same;        /* "the same quarter last year": the kind of
                           period (facts_same.c); 0 otherwise */
};

/* facts_rec.c and facts_rel.c: pattern helpers over tokens [0, n). */
int  rec_punct(const struct facts_tok *toks, size_t n, size_t i, char c);
int  rec_lex(const struct facts_tok *toks, size_t n, size_t i, int lex);
/* Token i is the lower-case word w (compared case-insensitively).
 * Inline: w is nearly always a literal, so its length is a constant and
 * a token of another length is turned away before any letter is read. */
static inline int
rec_word(const char *text, const struct facts_tok *toks, size_t n, size_t i,
         const char *w)
{
    const char *t;
    size_t k, len = __builtin_strlen(w);

    if (i >= n || toks[i].kind != FT_WORD || toks[i].len != len)
        return 0;
    t = text + toks[i].off;
    for (k = 0; k < len; k++)
        if ((t[k] | 0x20) != w[k])
            return 0;
    return 1;
}
/* Token i is one of the nw lower-case words w. */
int  rec_word_in(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i, const char *const *w, size_t nw);
#define REC_WORD_IN(text, toks, n, i, w) \
    rec_word_in(text, toks, n, i, w, sizeof(w) / sizeof((w)[0]))
/* No whitespace before token i. */
int  rec_joined(const struct facts_tok *toks, size_t n, size_t i);
/* Token j is a dash, "-" or an en dash, joined to both sides ("March
 * 3-5", "July-September"). */
int  rec_joined_dash(const struct facts_tok *toks, size_t n, size_t j);
/* Token j is a capitalised word the lexicon does not know, not all
 * capitals: a name goes on there ("the Easter Rising", "April Smith"). */
int  rec_name_word(const struct facts_tok *toks, size_t n, size_t j);
/* Token i is an apostrophe, straight or curly; one joined to the word
 * before: "week's", "year's". */
int  rec_apos(const struct facts_tok *toks, size_t n, size_t i);
int  rec_possessive(const struct facts_tok *toks, size_t n, size_t i);
/* "next year", "last year", "this year" at j ("last year's profit" is
 * no year of the date before it). */
int  rec_year_word_at(const struct facts_tok *toks, size_t n, size_t j);
/* Token j names a traded commodity or a futures contract ("corn",
 * "crude", "contract", "delivery"): a month before it is a contract's
 * ("March corn", "the December contract"). */
int  rec_contract_word(const char *text, const struct facts_tok *toks,
                       size_t n, size_t j);
/* Token j names a traded commodity ("corn", "crude", "copper"). */
int  rec_commodity_word(const char *text, const struct facts_tok *toks,
                        size_t n, size_t j);
/* A bare four-digit year at i; a day of the month at i; a month name. */
int  rec_year(const struct facts_tok *toks, size_t n, size_t i);
/* "'98" at i (the apostrophe): 1998, or 0. */
int  rec_short_year(const struct facts_tok *toks, size_t n, size_t i);
int  rec_mday(const struct facts_tok *toks, size_t n, size_t i);
/* A clock time at i: "18:02", "3:30" ("June 3: talks open" is a day). */
int  rec_clock_at(const struct facts_tok *toks, size_t n, size_t i);
/* Token i is a possessive determiner that owns what follows: "its",
 * "their", "his", "her", "our" ("its May forecast", "its next
 * decision"). */
int  rec_owner(const char *text, const struct facts_tok *toks, size_t n,
               size_t i);
int  rec_month_name(const struct facts_tok *toks, size_t n, size_t i);
/* "21 March[ 2023]", "the 21st of March" at i. */
int  rec_day_month(const struct facts_tok *toks, size_t n, size_t i,
                   struct facts_match *m);
/* facts_list.c: days listed under one month. */
void rec_list_year(const char *text, const struct facts_tok *toks, size_t n,
                   struct facts_match *m);
int  rec_listed_day(const char *text, const struct facts_tok *toks, size_t n,
                    size_t i, struct facts_match *m);
/* A year-less quarter (half when half) of the sentence toks[0..n) is a
 * period of the calendar, not of a game. */
int  rec_money_period(const char *text, const struct facts_tok *toks,
                      size_t n, int half);
/* A game's score at i: "21-14", "3-1", "a 12-point loss". */
int  rec_game_score(const struct facts_tok *toks, size_t n, size_t i);
/* A day of a month at j, either way round ("April 9", "9 April"), into
 * m; 1 when there is one. */
int  rec_day_at(const char *text, const struct facts_tok *toks, size_t n,
                size_t j, struct facts_match *m);
/* Extend m over ", 2023" after a day; 1 when a year was there. */
int  rec_year_after(const struct facts_tok *toks, size_t n,
                    struct facts_match *m);
/* Extend a day of no month over "of next|last|this month" ("the 20th of
 * next month": anchor FACTS_THIS, n the month offset); 1 when it did. */
int  rec_month_word_after(const struct facts_tok *toks, size_t n,
                          struct facts_match *m);
/* Extend a month, a day, a season or a holiday without a year over
 * "next|last|this year" (a holiday after "on" also over "two years
 * ago"). */
void rec_year_word(const char *text, const struct facts_tok *toks, size_t n,
                   struct facts_match *m);
/* "the same period|quarter|month|weekend [of] last|next year": extend
 * a year a year from the reference over its "the same ..." and note the
 * kind of period in m->same (facts_same.c). */
void rec_same_period(const char *text, const struct facts_tok *toks,
                     size_t n, struct facts_match *m);
/* Extend m over a following "morning", "night", ... */
void rec_daypart(const char *text, const struct facts_tok *toks, size_t n,
                 struct facts_match *m);
/* Relative heads: yesterday, this/last/next, units, seasons, ordinals. */
int  rec_relative(const char *text, const struct facts_tok *toks, size_t n,
                  size_t i, struct facts_match *m);
/* Extend m left over "on", "in", "early", "later", "the end of". */
void rec_extend_left(const char *text, const struct facts_tok *toks,
                     size_t n, struct facts_match *m);
/* facts_num.c: a number at i heads "21/03/2023", "5.3.2024", "by
 * 27/10", "21 March", "the 1990s", "the 24th", "2014". */
int  rec_num(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, struct facts_match *m);
/* The month a letter's word at j after a day names, as 2 + its offset
 * from the reference's: "inst." this month (2), "ult." last (1), "prox."
 * next (3); 0 for none. */
int  rec_letter_month(const char *text, const struct facts_tok *toks,
                      size_t n, size_t j);
/* facts_holiday.c: "Christmas", "Labor Day", "New Year's Eve" (i the
 * holiday word, or the unit of "New Year's"); "Earth Day", "St George's
 * Day", "MLK Day" (i the capitalised "Day"); the day a capitalised word
 * names before weekday i ("Good Friday"; 1, or -1 for a name that is no
 * date, "Super Tuesday"; 0 when none). */
int  rec_holiday(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i, struct facts_match *m);
int  rec_name_day(const char *text, const struct facts_tok *toks, size_t n,
                  size_t i, struct facts_match *m);
int  rec_named_day(const char *text, const struct facts_tok *toks, size_t n,
                   size_t i, struct facts_match *m);
/* facts_holiday.c: "the October bank holiday", "the spring bank
 * holiday" (i the month or season). */
int  rec_bank_holiday(const char *text, const struct facts_tok *toks,
                      size_t n, size_t i, struct facts_match *m);
/* facts_holiday.c: "the Mid-Autumn Festival" (i its "Autumn"; 1, -1 for
 * the festival named, not dated, 0 when none). */
int  rec_mid_autumn(const char *text, const struct facts_tok *toks,
                    size_t n, size_t i, struct facts_match *m);

/* Recognise the expression whose head is token i (a month, weekday, number,
 * trigger word). Returns 1 and fills *m when one is there, else 0. The text
 * is that the tokens index. Pure. */
int facts_recognise(const char *text, const struct facts_tok *toks, size_t n,
                    size_t i, struct facts_match *m);

/* facts_custom.c: days said of a custom or given as a name. */
/* Canada's holiday named so before token a of its sentence ("Canada -
 * Thanksgiving Day", "Canadians sit down to Thanksgiving"). */
int  facts_canada_before(const char *text, const struct facts_tok *toks,
                         size_t a);
/* A habit after a list of months or days from token j ("in January,
 * April and July of each year"). */
int  facts_each_year_after(const struct facts_tok *toks, size_t n, size_t j);
/* A year's rule told in the present before token a ("its fiscal year
 * runs from October 1 to September 30"). */
int  facts_year_rule_before(const char *text, const struct facts_tok *toks,
                            size_t n, size_t a);
/* The months a habit runs in ("every Thursday from May to October",
 * "every year from April 6"), before token a; day: the date has a day,
 * which a weekly habit starts from ("every Sunday from July 2"). */
int  facts_every_from(const char *text, const struct facts_tok *toks,
                      size_t n, size_t a, int day);
/* A month or weekday later in a list a set word opens ("every March
 * and September", "every Monday and Thursday", "every Thursday in July
 * and August"), before token a. */
int  facts_every_list(const char *text, const struct facts_tok *toks,
                      size_t n, size_t a);
/* A day's name given to a day at token a ("marked as World Diabetes
 * Day", "calls the anniversary \"Victory Day\""). */
int  facts_named_as(const char *text, const struct facts_tok *toks, size_t n,
                    size_t a);
/* A weekday that starts a name ("The Sunday Times", "Monday Night
 * Football"); m is the weekday's match. */
int  facts_weekday_name(const struct facts_tok *toks, size_t n,
                        const struct facts_match *m);

/* facts_num.c: 1 + the index of a weekday just before token i, maybe
 * with a comma between ("Fri 27/10", "Tue, 09/08"), or 0 when there is
 * none. */
size_t rec_weekday_before(const struct facts_tok *toks, size_t n, size_t i);
/* facts_num.c: a year read aloud ("in nineteen sixty-eight", "two
 * thousand and six") at the number word i. */
int    rec_spoken_year(const char *text, const struct facts_tok *toks,
                       size_t n, size_t i, struct facts_match *m);

/* facts_rel.c: "a mild February", "after a hot, dry summer", "a good
 * November": the index of the "a" before the weather or judging words
 * before the season or month at i (not before a noun it qualifies: "a
 * summer window"), or i when there are none. */
size_t rec_weather_adj(const char *text, const struct facts_tok *toks,
                       size_t n, size_t i);

/* facts_section.c: the lines that set the day what follows is told
 * from; i is a sentence of doc, v[first..n) the facts found in it. */
/* Sentence i is a heading: a paragraph of its own, short, in capitals
 * and with no full stop ("THIS WEEK IN 1896", "75 YEARS AGO", "FROM THE
 * SOCIETY"). */
int facts_heading_line(const struct parse_doc *doc, size_t i);
/* A live page's entries under the times they were posted ("1640",
 * "1515", "1145"): two headings or more of four figures that read as a
 * 24-hour time, one of them before 15:00, which no year is taken for. */
int facts_clock_headings(const struct parse_doc *doc);
/* Sentence i is such a heading. */
int facts_clock_heading(const struct parse_doc *doc, size_t i);
/* The year a heading names among v[first..n): "IN 1896", "75 YEARS
 * AGO" (a year's value); 0 when it names none. */
int facts_heading_year(const struct fact *v, size_t first, size_t n);
/* Sentence i opens a paragraph. */
int facts_opens_para(const struct parse_doc *doc, size_t i);
/* The date the paragraph sentence i opens is told from: a news-in-brief
 * column's items each have their own dateline ("BERLIN, Nov. 5 (AP) -"),
 * and an item's headline is told from its dateline below; an undated
 * dateline is the article's (ref), and so is one that names a weekday
 * ("AUCKLAND, Tuesday."); other paragraphs keep the date before (cur).
 * *own: where a weekday's dateline that names the article's own day
 * ends, its words no fact ("CAPE TOWN, Sunday."); else 0. */
struct caldate facts_item_ref(const struct parse_doc *doc, size_t i,
                              struct caldate ref, struct caldate cur,
                              size_t *own);
/* A line that heads a section with the date of its day: the date with
 * its year ends it, alone or after a label in capitals ("100 YEARS AGO:
 * Sept. 21, 1944"), or opens it before a dash or a colon and a heading
 * with no other date (a news log's "14/3/98 - SPRING TOUR CONFIRMED!!!",
 * not a life's span "October 9, 1952 - June 2"). That date into
 * *d, the index in v of its fact into *used; 0 when line i is no such
 * heading. */
int facts_section_day(const struct parse_doc *doc, size_t i,
                      const struct fact *v, size_t first, size_t n,
                      struct caldate *d, size_t *used);
/* Line i is a post's relative stamp: it ends in "ago" and opens with a
 * figure or parts its fields with "·" or "|" ("2 DAYS AGO", "Deb Okafor ·
 * Hartley Park · 2 days ago", "Kev M · 1 hr ago"); not "Edited 2h ago",
 * which keeps the post's day, nor "75 YEARS AGO", a looking-back
 * column's heading. Its words are told from the article's date. */
int facts_ago_line(const struct parse_doc *doc, size_t i);
/* The day of the stamp line i (facts_ago_line), its last fact, into
 * *d; 0 when it names none ("14 hrs ago": the article's day). */
int facts_ago_stamp(const struct parse_doc *doc, size_t i,
                    const struct fact *v, size_t first, size_t n,
                    struct caldate *d);
/* The day f labels in s[0..len) as an update's ("UPDATE, Monday 18
 * June: Official results went up this morning", "Update, 18 November:
 * ..."): what follows it is told from that day. 1 with it in *d, else
 * 0. */
int facts_update_label(const char *s, size_t len, const struct fact *f,
                       struct caldate *d);
/* A heading in capitals ("THIS YEAR", "FROM THE SOCIETY"), labelled
 * in capitals ("50 YEARS AGO: Sept. 22, 1994") or counting years back
 * ("75 YEARS AGO - from the Clarion of 8 March 1958"): it is told from
 * the article's own date again, and so is what it heads when it names a
 * date and does not date it; a story's headline in capitals in a dated
 * section ("TRAMWAY TO MYLAPORE") leaves what follows in that section. */
int facts_caps_heading(const struct parse_doc *doc, size_t i);
/* Sentence i is a line that heads what follows: short, with no full
 * stop, alone on its line. */
int facts_heading_shape(const struct parse_doc *doc, size_t i);

/* facts_country.c */
/* The country the story names most (its dateline three times) and the
 * month and day of its Independence Day in *m, *d; 0 when it names none
 * whose day is fixed. */
int  facts_country_day(const struct parse_doc *doc, int *m, int *d);
/* Republic Day in the country the story names most: 1 with *m, *d, 0
 * when that country keeps none by that name. */
int  facts_country_republic(const struct parse_doc *doc, int *m, int *d);
/* National Day in the country, of those that keep one by that name, the
 * story names most: 1 with *m, *d, 0 when it names none of them. */
int  facts_country_national(const struct parse_doc *doc, int *m, int *d);
/* Labour Day in the country the story names most: 1 with *m, *d (*m 0:
 * the United States' rule, the first Monday of September), 0 when it
 * names none. */
int  facts_country_labour(const struct parse_doc *doc, int *m, int *d);
/* Labour Day by a Monday rule where the story is of New Zealand or an
 * Australian state: 1 with its month *m and which Monday *nth of it (New
 * Zealand's the fourth of October, Victoria's the second of March ...),
 * 0 when the story is of none of them. */
int  facts_country_labour_monday(const struct parse_doc *doc, int *m,
                                 int *nth);
/* 1 when the story is of a country that spells it "Labor Day" and keeps
 * it on May 1 (the Philippines). */
int  facts_country_labor_may(const struct parse_doc *doc);
/* Whether the story is about Canada: its names three times at least and
 * twice as often as the United States' (its Thanksgiving is the second
 * Monday of October). */
int  facts_country_canadian(const struct parse_doc *doc);
/* Whether the story names South Africa or its cities twice at least. */
int  facts_country_south_africa(const struct parse_doc *doc);
/* ... and more often than Australia, New Zealand and their cities. */
int  facts_country_south_african_story(const struct parse_doc *doc);
/* Whether the story is of a country that writes the day before the
 * month in figures: any the story names most but the United States and
 * the Philippines. */
int  facts_country_day_first(const struct parse_doc *doc);
/* Whether the story is of Ireland or Scotland, whose August bank
 * holiday is the first Monday: their names twice at least and more often
 * than England's and Wales's. */
int  facts_country_first_august(const struct parse_doc *doc);
/* Whether the story is of a country whose Easter is the Orthodox one
 * (Greece, Cyprus, Russia, Serbia, Romania, ...): their names three
 * times at least and twice as often as the United States'; 0 at once
 * when the body names no Easter. */
int  facts_country_orthodox(const struct parse_doc *doc);
/* 1 when an Australian or New Zealand wire filed the story. */
int  facts_country_southern_wire(const struct parse_doc *doc);

/* facts_title.c */
/* A capitalised preposition inside a sentence at or just before token a
 * ("Midnight In May"): the date belongs to a title-cased name. */
int  facts_title_prep(const struct facts_tok *toks, size_t n, size_t a);
/* A straight or an opening curly quotation mark in s[0..len)? */
int  facts_has_quote(const char *s, size_t len);
/* The fact at [off, end) of sentence s[0..len) lies inside a short,
 * title-cased quotation ("Two Weeks in August"). */
int  facts_quoted_title(const char *s, size_t len, size_t off, size_t end);
/* A year alone in quotes, the title of a work ("'1999' sinks", the film
 * "1999,"): the year at s[off..end) with a quote mark right before it and
 * after it (a comma or stop between allowed). */
int  facts_quoted_year(const char *s, size_t len, size_t off, size_t end);

#endif
