/* SPDX-License-Identifier: MIT */
/* parse.h - split decoded article text into header, title, dateline, body and sentences. */
#ifndef FW_PARSE_H
#define FW_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "caldate.h"

enum parse_date_source {
    PARSE_DATE_NONE = 0,   /* no date in the text: the caller uses the mtime */
    PARSE_DATE_HEADER,     /* " date 2023-03-21", "Date: ...", "Published: ..." */
    PARSE_DATE_DATELINE    /* "WASHINGTON, March 4 (Reuters) -" */
};

/* A sentence is a byte range of doc->body. */
struct parse_sentence {
    size_t off;            /* into body */
    size_t len;
    int    para;           /* paragraph index, 0-based */
};

struct parse_doc {
    char   *title;         /* owned or NULL */
    char   *dateline;      /* owned or NULL: the place, e.g. "MOSCOW" */
    char   *body;          /* owned, NUL-terminated: the cleaned story text;
                              header, title, dateline and boilerplate removed;
                              paragraphs separated by exactly one blank line */
    size_t  body_len;
    struct parse_sentence *sentences;  /* owned array, in order */
    size_t  nsentences;
    size_t  npara;
    size_t  words;         /* words in body */
    struct caldate date;   /* valid when date_source != PARSE_DATE_NONE */
    enum parse_date_source date_source;
    bool    date_loose;    /* the date is a stamp line's with no key word:
                              parse_doc_date drops it when it falls after
                              the file's own date */
    int     boilerplate_lines;  /* lines dropped as web-page residue */
    char    dateline_agency[16];   /* the agency a dateline names ("AAP"),
                                      "" for none or a longer name */
    struct caldate dateline_date;  /* what the dateline said: m, d > 0 when
                                      it gave a date, y = 0 when no year
                                      (then date_source is not DATELINE;
                                      parse_doc_date supplies the year) */
};

/* Parse decoded UTF-8 text (borrowed; text[len] must be NUL) into *doc.
 * Pure. Returns 0, or -1 when memory ran out (doc is then freed).
 * The caller frees doc with parse_free(). */
int  parse_document(const char *text, size_t len, struct parse_doc *doc);
/* Free what parse_document allocated; safe on a zeroed struct. */
void parse_free(struct parse_doc *doc);
/* Number of bytes of the lead: the first one or two sentences of the body
 * (two when the first is short), measured from the start of body. */
size_t parse_lead_len(const struct parse_doc *doc);
/* The article's own date into *out: the header's (but not a stamp line's
 * with no key word that falls after ref); else the dateline's,
 * its year (when it gave none) the latest that puts it no more than two
 * days after ref; else ref itself (the file's mtime date). Pure. Returns
 * where the date came from. */
enum parse_date_source parse_doc_date(const struct parse_doc *doc,
                                      struct caldate ref,
                                      struct caldate *out);
/* A dateline opening s[0..len), as an item of a news-in-brief column
 * has one ("BERLIN, Nov. 5 (AP) -", "CAPE TOWN, Sunday."): 0 when there
 * is none; 1 when it gives no date (*out = ref); 2 when it does, *out
 * its day (a year it leaves out as parse_doc_date supplies one against
 * ref); 3 when it gives a weekday, *out the latest such day on or before
 * ref; *end where the dateline ends. Pure. */
int parse_item_date(const char *s, size_t len, struct caldate ref,
                    struct caldate *out, size_t *end);
/* The day a dateline's date (given; y = 0 when it gave no year) names,
 * told against ref as parse_item_date does: 1 with *out, else 0 and
 * *out = ref. Pure. */
int parse_dateline_day(struct caldate given, struct caldate ref,
                       struct caldate *out);
/* Name of a date source: "header", "dateline" or "mtime" (for NONE). */
const char *parse_date_source_name(enum parse_date_source s);

/* Read a written-out date at the start of s[0..len): ISO 8601
 * ("2023-03-04", "2023-03-04T10:00:00Z"), RFC 2822 ("Sat, 04 Mar 2023
 * 10:00:00 +0000"), English ("March 4, 2023", "4 March 2023", "Mar. 4
 * 2023", with an optional weekday in front) or numbers ("21.03.2023" day
 * first; "03/21/2023", "21-03-2023" only when the order shows). Pure. Returns the bytes used
 * (> 0) and fills *out, or 0 when s holds no full, valid date there. */
size_t parse_date_text(const char *s, size_t len, struct caldate *out);

/* Length of a day and month with no year at the start of s ("16 Feb",
 * "Oct. 9", "Tue 3 March"), 0 for anything else. Pure. */
size_t parse_yearless_date(const char *s, size_t len);

/* A page's time stamp, as parse_stamp_text reads it: a date alone
 * ("9 February 2025"), one with a weekday, a clock time or "by NAME"
 * (marked), or one after a key word that says which date it is. */
enum parse_stamp {
    PARSE_STAMP_NONE = 0,
    PARSE_STAMP_PLAIN,       /* "February 9, 2025" */
    PARSE_STAMP_MARKED,      /* "Sun 9 Feb 2025 14.32 GMT", "May 2, 2024 by
                                admin" */
    PARSE_STAMP_UPDATED,     /* "Updated 3:45 PM EST, Sun February 9, 2025" */
    PARSE_STAMP_PUBLISHED    /* "Published", "Posted on", "Date" */
};

/* Length of a stamp's key word at the start of s ("Published ",
 * "Last updated:"), 0 when there is none; *published tells a first
 * publication ("Published", "Posted", "Date") from an update. Pure. */
size_t parse_stamp_key(const char *s, size_t len, bool *published);

/* Read a line that is a page's time stamp and nothing else: a date as
 * parse_date_text reads it, maybe after a key word or a clock time, and
 * with only clock times, zones ("GMT+8"), "by NAME" or a short update
 * note ("Updated 2 hours ago") after it. Pure. Returns its
 * kind, PARSE_STAMP_NONE when it is no stamp; fills *out when it is
 * one. */
enum parse_stamp parse_stamp_text(const char *s, size_t len,
                                  struct caldate *out);

#endif
