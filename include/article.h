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
    bool        include_text;   /* append the cleaned text */
    const char *host;     /* the machine the daemon runs on; NULL: none */
};

/* Run decode → parse → facts → fingerprint over raw (borrowed). Pure.
 * Returns a new article the caller frees with article_free(), or NULL with
 * a reason in err (not text, empty or only white space, out of
 * memory). */
struct article *article_new(const char *raw, size_t len, int64_t mtime_ns,
                            char *err, size_t errlen);
/* The summary message as compact JSON: the envelope (schema, seq, event,
 * published_at = now), the summary of a, the members of extra (borrowed,
 * may be NULL) in order, then a's cleaned text when m->include_text.
 * Returns a new string the caller frees (its length in *len), or NULL
 * when out of memory. */
char *article_json(const struct article *a, const struct article_meta *m,
                   int64_t seq, const char *event, const json_t *extra,
                   size_t *len);
/* a's facts as the JSON array article_json writes. A new reference or
 * NULL. */
json_t *article_facts_json(const struct article *a);
/* A message's envelope (schema, seq, event, published_at = now) followed
 * by the fields of body (borrowed, may be NULL) that the envelope does not
 * set itself. A new reference or NULL. */
json_t *article_message(int64_t seq, const char *event, json_t *body);
/* A file name fit for JSON: rel itself when it is UTF-8; otherwise a copy,
 * in *owned (the caller frees it), with each byte of a broken sequence and
 * each '%' written as %XX. NULL when out of memory. */
const char *article_path_text(const char *rel, char **owned);
/* article_path_text as a JSON string. NULL: no memory. */
json_t *article_path_json(const char *rel);
/* Release an article; NULL is a no-op. */
void article_free(struct article *a);
/* RFC 3339 UTC ("2023-03-20T09:00:00Z") of a time in ns into buf (>= 32). */
void article_rfc3339(int64_t ns, char *buf, size_t len);
/* The current time as article_rfc3339 writes it. */
void article_now(char *buf, size_t len);

#endif
