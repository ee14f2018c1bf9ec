/* SPDX-License-Identifier: MIT */
/* parse_int.h - the line table shared by the parse_*.c stages (private). */
#ifndef FW_PARSE_INT_H
#define FW_PARSE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse.h"

enum pline_kind {
    PL_BODY = 0,       /* story text */
    PL_BLANK,          /* empty or whitespace only */
    PL_HEADER,         /* a feed header line, consumed */
    PL_TITLE,          /* the title line */
    PL_DROP            /* web-page residue or a photo caption */
};

/* One input line, trimmed of surrounding white space. */
struct pline {
    size_t off;        /* into the text */
    size_t len;
    enum pline_kind kind;
    bool   rest;       /* the rest of a line that began with a header */
    size_t words;      /* as parse_count_words, set by parse_boiler */
    bool   gaps;       /* may hold a tab or a run of blanks (set by
                          parse_boiler; true until then) */
    unsigned char cls; /* parse_boiler's verdict, private to it */
    bool   asks;       /* parse_boiler: has words that ask or sell */
    unsigned char next_dropped;  /* parse_boiler: scratch */
};

#define PCTX_LOCAL 64      /* lines held without an allocation */

struct pctx {
    const char   *text;
    struct pline *lines;   /* local, or owned by parse_document */
    size_t        nlines;
    struct pline  local[PCTX_LOCAL];
};

/* parse_header.c */
/* Consume leading header lines (" date 2023-03-21 ...", "Date: ...",
 * "Published: ...", "Title: ..."); fills doc->date, doc->date_source and,
 * from a "Title:" line, doc->title. Returns 0 or -1 (out of memory). */
int  parse_header(struct pctx *c, struct parse_doc *doc);

/* parse_boiler.c */
/* Mark web-page residue and captions PL_DROP; returns how many lines. */
int  parse_boiler(struct pctx *c);
/* 1 when the line reads as a photo caption or credit. */
int  parse_is_caption(const char *s, size_t len);
/* The same, when the line's word count is known already. */
int  parse_caption_words(const char *s, size_t len, size_t words);

/* parse_lexicon.c */
#define LEX_PRON   0x01    /* first or second person: we, our, you, me */
#define LEX_APPEAL 0x02    /* support, donate, subscribe, newsletter, ... */
#define LEX_HARD   0x04    /* an appeal word even without a pronoun */
#define LEX_REPORT 0x08    /* said, told, according: a reporter's line */
#define LEX_PREFIX 0x10    /* internal: the entry is a stem */
#define LEX_YOU    0x20    /* second person: you, your (also LEX_PRON) */
/* What one line's words say, counted outside quotation marks. */
struct lex_feat {
    size_t words;      /* as parse_count_words */
    int pron, you, appeal, hard, report;  /* words with each LEX_* flag */
    int money;         /* "$4", "£3", "€2" */
    int quotes;        /* quotation marks */
    bool gaps;         /* may hold a tab, CR or two blanks in a row */
};
/* LEX_* flags of the lower-case word w[0..n), 0 for most words. */
int  parse_lex_word(const char *w, size_t n);
/* Read one line's words into *f in a single pass. */
void parse_lex_line(const char *s, size_t len, struct lex_feat *f);
/* 0 when the word table is sorted and its filter tables agree; for tests. */
int  parse_lex_check(void);
/* 1 when the whole line is a button or furniture label ("Read more"). */
int  parse_lex_label(const char *s, size_t len);
/* 1 when the line opens like furniture ("Sign up", "Dear readers"). */
int  parse_lex_prefix(const char *s, size_t len);

/* parse_title.c */
/* Pick the title line if there is one; returns 0 or -1 (out of memory). */
int  parse_title(struct pctx *c, struct parse_doc *doc);

/* parse_dateline.c */
/* Strip a dateline from the first body line into doc->dateline, taking its
 * date when it has a year and no header gave one. Returns 0 or -1. */
int  parse_dateline(struct pctx *c, struct parse_doc *doc);
/* Whether the line s[0..len) opens with a dateline ("PORT AUREL,
 * Solmara - "). */
int  parse_opens_dateline(const char *s, size_t len);

/* parse_body.c */
/* Join the body lines into doc->body, paragraphs one blank line apart,
 * and count the words. Returns 0 or -1. */
int  parse_body(const struct pctx *c, struct parse_doc *doc);

/* parse_sentence.c */
/* Split doc->body into doc->sentences. Returns 0 or -1. */
int  parse_sentences(struct parse_doc *doc);
/* 0 when the word lists' filter tables agree with them; for tests. */
int  parse_sentence_check(void);

/* parse_mask.c */
/* One bit per byte of a block of up to 64 bytes (bit i for byte i). */
struct pmask {
    uint64_t space;    /* ' ', '\t', '\n', '\r' */
    uint64_t ctl;      /* '\t', '\n', '\r' */
    uint64_t alpha;    /* ASCII letters */
    uint64_t word;     /* ASCII letters and digits, and bytes >= 0x80 */
    uint64_t conn;     /* '-' and '\'' */
    uint64_t rare;     /* '"', '$', 0xe2, 0xa3, 0xac: quotes, ’, money */
};
/* Classify p[0..n); bytes from n to 64 read as spaces. */
void parse_mask64(const unsigned char *p, size_t n, struct pmask *m);
/* Words (as parse_count_words) counted block by block from the masks. */
struct pcount {
    size_t words;
    uint64_t carry;    /* a run of neither blank nor word byte that began
                          after a blank goes on into the next block */
    uint64_t sp;       /* 1: the byte before the block is a blank, or the
                          text starts there */
};
#define PCOUNT_START {0, 0, 1}
/* Count the words that end in, or run on from, the block m. */
void parse_count_block(struct pcount *c, const struct pmask *m);

/* Set bits of x; plain C, as the build may not assume POPCNT. */
static inline unsigned
parse_ones(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555u;
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
    return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* parse_util.c */
/* Small byte-class helpers shared by the stages. */
static inline int
parse_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
/* 1 when the line ends a sentence: . ! ? or … with closing quotes after. */
int  parse_ends_sentence(const char *s, size_t len);
/* Count of white-space separated words that hold a letter or digit. */
size_t parse_count_words(const char *s, size_t len);
/* The same, but it may stop counting once past most: "more than most
 * words?" costs a block or two of a long paragraph, not all of it. */
size_t parse_count_words_upto(const char *s, size_t len, size_t most);
/* The first separator of a line's fields in s: " | ", " · ", " • ", and
 * " / " when slash; its length in *n. NULL when there is none. */
const char *parse_field_sep(const char *s, size_t len, bool slash,
                            size_t *n);

#endif
