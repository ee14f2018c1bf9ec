/* SPDX-License-Identifier: MIT */
/* facts.h - find dated facts (temporal expressions) and normalise them to TIMEX3. */
#ifndef FW_FACTS_H
#define FW_FACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "caldate.h"
#include "parse.h"

/* Most facts a summary marks as key. */
#define FACTS_MAX_KEY 5
/* Most facts one article gives: the first ones in text order. A news
 * story has tens; a file of thousands is a table or a dump, and its
 * summary must stay small. */
#define FACTS_LIMIT 1000

enum facts_gran {
    FACTS_DAY = 0,
    FACTS_WEEK,
    FACTS_MONTH,
    FACTS_SEASON,
    FACTS_QUARTER,
    FACTS_HALF,
    FACTS_YEAR,
    FACTS_DECADE,
    FACTS_CENTURY
};

struct fact {
    int    sentence;      /* index into doc->sentences, or -1 for the title */
    size_t off;           /* byte offset in the sentence (or title) */
    size_t len;           /* expression's length in bytes */
    char   value[16];     /* TIMEX3 value: "2023-03-20", "2023-W12", "2023-SP",
                             "2023-Q1", "2023-H1", "199", "18", ... */
    enum facts_gran gran;
    bool   key;
};

struct facts_list {
    struct fact *v;       /* owned array */
    size_t n;
    size_t cap;
};

/* Extract the dated facts of doc (borrowed), resolved against ref (the
 * article's own date), in text order (title first), at most FACTS_LIMIT.
 * Pure. Returns the number
 * of facts (>= 0), or -1 when memory ran out. The caller frees out with
 * facts_free(). */
int  facts_extract(const struct parse_doc *doc, struct caldate ref,
                   struct facts_list *out);
/* Free the list; safe on a zeroed struct. */
void facts_free(struct facts_list *l);
/* "day", "week", ... for a granularity. */
const char *facts_gran_name(enum facts_gran g);

#endif
