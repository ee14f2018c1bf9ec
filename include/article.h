/* SPDX-License-Identifier: MIT */
/* article.h - the pure text pipeline: raw bytes in, one article summary out. */
#ifndef FW_ARTICLE_H
#define FW_ARTICLE_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include <jansson.h>

#include "caldate.h"
#include "decode.h"
#include "facts.h"
#include "fprint.h"
#include "parse.h"

/* Everything derived from one file; article_free() releases it all. */
struct article {
    struct decoded    dec;
    struct parse_doc  doc;
    struct facts_list facts;
    struct fprint     fp;
    struct caldate    date;         /* the article's own date */
    const char       *date_source;  /* "header", "dateline" or "mtime" */
};

/* What the pipeline knows of the file besides its bytes (all borrowed). */
struct article_meta {
    const char *path;     /* relative to the watched folder */
    int64_t     size;
    int64_t     mtime_ns; /* modification time, ns since the epoch (UTC) */
    bool        include_text;   /* read by the caller of article_dumps */
};

/* Run decode → parse → facts → fingerprint over raw (borrowed). Pure.
 * Returns a new article the caller frees with article_free(), or NULL with
 * a reason in err (not text, out of memory). */
struct article *article_new(const char *raw, size_t len, int64_t mtime_ns,
                            char *err, size_t errlen);
/* The summary object (without seq, event and published_at, which the
 * publisher adds, and without text, which article_dumps adds). Returns a
 * new reference, or NULL when out of memory. */
json_t *article_summary(const struct article *a, const struct article_meta *m);
/* A message: the envelope (schema, seq, event, published_at = now) followed
 * by the fields of body (borrowed, may be NULL) that the envelope does not
 * set itself. A new reference or NULL. */
json_t *article_message(int64_t seq, const char *event, json_t *body);
/* A file name as a JSON string: as is when it is UTF-8; otherwise each
 * byte of a broken sequence and each '%' written as %XX. NULL: no memory. */
json_t *article_path_json(const char *rel);
/* A message as compact JSON text, with a's cleaned text appended as the
 * "text" field when include_text (a may be NULL: nothing appended).
 * Returns a new string the caller frees (its length in *len), or NULL. */
char *article_dumps(json_t *msg, const struct article *a, bool include_text,
                    size_t *len);
/* Release an article; NULL is a no-op. */
void article_free(struct article *a);
/* RFC 3339 UTC ("2023-03-20T09:00:00Z") of a time in ns into buf (>= 32). */
void article_rfc3339(int64_t ns, char *buf, size_t len);

#endif
