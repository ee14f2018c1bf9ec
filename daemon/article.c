/* SPDX-License-Identifier: MIT */
/* article.c - run the pure pipeline over one file's bytes; envelopes and file names for messages. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "message.h"

/* Nothing but white space (or nothing at all). */
static int
blank(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' &&
            s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

struct article *
article_new(const char *raw, size_t len, int64_t mtime_ns, char *err,
    size_t errlen)
{
    struct article *a = calloc(1, sizeof *a);

    if (a == NULL)
        goto oom;
    if (decode_text(raw, len, &a->dec, err, errlen) < 0) {
        free(a);
        return NULL;
    }
    if (blank(a->dec.text, a->dec.len)) {
        snprintf(err, errlen, len ? "no text, only white space: nothing "
            "to summarise" : "empty file: nothing to summarise");
        article_free(a);
        return NULL;
    }
    if (parse_document(a->dec.text, a->dec.len, &a->doc) < 0)
        goto oom;
    {
        /* A header's date wins; a dateline's month and day take their year
         * from the mtime; else the mtime itself (UTC). */
        time_t secs = (time_t)(mtime_ns / 1000000000);
        if (mtime_ns < 0 && mtime_ns % 1000000000)
            secs--;
        a->date_source = parse_date_source_name(parse_doc_date(&a->doc,
            cal_from_time(secs), &a->date));
    }
    if (facts_extract(&a->doc, a->date, &a->facts) < 0)
        goto oom;
    if (fprint_compute(a->dec.text, a->dec.len, raw, len, &a->fp) < 0) {
        snprintf(err, errlen, "sha-256 failed in libcrypto");
        article_free(a);
        return NULL;
    }
    return a;
oom:
    snprintf(err, errlen, "out of memory");
    article_free(a);
    return NULL;
}

void
article_free(struct article *a)
{
    if (a == NULL)
        return;
    facts_free(&a->facts);
    parse_free(&a->doc);
    decode_free(&a->dec);
    free(a);
}

void
article_rfc3339(int64_t ns, char *buf, size_t len)
{
    time_t secs = (time_t)(ns / 1000000000);
    struct tm tm;

    if (ns < 0 && ns % 1000000000)
        secs--;
    gmtime_r(&secs, &tm);
    strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void
article_now(char *buf, size_t len)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    article_rfc3339((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec, buf, len);
}

json_t *
article_message(int64_t seq, const char *event, json_t *body)
{
    char now[32];
    json_t *m;

    article_now(now, sizeof now);
    m = json_pack("{s:s, s:I, s:s, s:s}", "schema", FW_SCHEMA_SUMMARY,
        "seq", (json_int_t)seq, "event", event, "published_at", now);
    if (m && body && json_object_update_missing(m, body) < 0) {
        json_decref(m);
        return NULL;
    }
    return m;
}

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when invalid. */
static size_t
utf8_seq(const unsigned char *s)
{
    size_t n, i;
    uint32_t c;

    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xc2 && s[0] <= 0xdf)
        n = 2, c = s[0] & 0x1f;
    else if (s[0] >= 0xe0 && s[0] <= 0xef)
        n = 3, c = s[0] & 0x0f;
    else if (s[0] >= 0xf0 && s[0] <= 0xf4)
        n = 4, c = s[0] & 0x07;
    else
        return 0;
    for (i = 1; i < n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        c = c << 6 | (s[i] & 0x3f);
    }
    if ((n == 3 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
        (n == 4 && (c < 0x10000 || c > 0x10ffff)))
        return 0;
    return n;
}

/* A '%' that reads as the start of an escape: before two hex digits. */
static int
escape_like(const unsigned char *p)
{
    return p[0] == '%' && isxdigit(p[1]) && isxdigit(p[2]);
}

const char *
article_path_text(const char *rel, char **owned)
{
    const unsigned char *p = (const unsigned char *)rel;
    size_t i, n, len = strlen(rel), bad = 0, pct = 0;
    char *o;

    *owned = NULL;
    for (i = 0; i < len; i += n ? n : 1) {
        bad += (n = utf8_seq(p + i)) == 0;
        pct += escape_like(p + i);
    }
    if (bad == 0 && pct == 0)
        return rel;
    /* Every byte of a broken sequence becomes %XX, and so does every '%'
     * of a name that is not UTF-8 or that reads as an escape ("a%41"),
     * so percent-decoding gives the name back and two names never
     * publish one path (docs: RELIABILITY.md). */
    if ((*owned = o = malloc(len * 3 + 1)) == NULL)
        return NULL;
    for (i = 0; i < len; i += n) {
        n = utf8_seq(p + i);
        if (n == 0 || (p[i] == '%' && (bad || escape_like(p + i)))) {
            o += sprintf(o, "%%%02X", p[i]);
            n = 1;
        } else {
            memcpy(o, p + i, n);
            o += n;
        }
    }
    *o = '\0';
    return *owned;
}

json_t *
article_path_json(const char *rel)
{
    char *owned;
    const char *text = article_path_text(rel, &owned);
    json_t *j = text ? json_string(text) : NULL;

    free(owned);
    return j;
}
