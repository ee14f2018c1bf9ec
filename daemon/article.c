/* SPDX-License-Identifier: MIT */
/* article.c - run the pure pipeline over one file's bytes and shape its JSON summary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "message.h"

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

json_t *
article_message(int64_t seq, const char *event, json_t *body)
{
    struct timespec ts;
    char now[32];
    json_t *m;

    clock_gettime(CLOCK_REALTIME, &ts);
    article_rfc3339((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec, now,
        sizeof now);
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

json_t *
article_path_json(const char *rel)
{
    const unsigned char *p = (const unsigned char *)rel;
    size_t i, n, len = strlen(rel), bad = 0;
    char *out, *o;
    json_t *j;

    for (i = 0; i < len; i += n ? n : 1)
        bad += (n = utf8_seq(p + i)) == 0;
    if (bad == 0)
        return json_stringn(rel, len);
    /* Not UTF-8: every byte of a broken sequence, and every '%', becomes
     * %XX, so the name stays reversible (docs: RELIABILITY.md). */
    if ((out = o = malloc(len * 3 + 1)) == NULL)
        return NULL;
    for (i = 0; i < len; i += n) {
        n = utf8_seq(p + i);
        if (n == 0 || p[i] == '%') {
            o += sprintf(o, "%%%02X", p[i]);
            n = 1;
        } else {
            memcpy(o, p + i, n);
            o += n;
        }
    }
    *o = '\0';
    j = json_string(out);
    free(out);
    return j;
}

/* The text a fact sits in: the title, or its sentence of the body. */
static const char *
fact_context(const struct article *a, const struct fact *f, size_t *len)
{
    const struct parse_sentence *s;

    if (f->sentence < 0) {
        *len = a->doc.title ? strlen(a->doc.title) : 0;
        return a->doc.title ? a->doc.title : "";
    }
    s = &a->doc.sentences[f->sentence];
    *len = s->len;
    return a->doc.body + s->off;
}

static json_t *
facts_json(const struct article *a)
{
    json_t *arr = json_array();
    size_t i, clen;

    for (i = 0; arr && i < a->facts.n; i++) {
        const struct fact *f = &a->facts.v[i];
        const char *ctx = fact_context(a, f, &clen);
        json_t *o;

        if (f->off + f->len > clen)
            continue;   /* cannot happen with a correct extractor */
        o = json_pack("{s:s%, s:s, s:s, s:s%, s:b}",
            "expression", ctx + f->off, f->len, "date", f->value,
            "granularity", facts_gran_name(f->gran), "sentence", ctx, clen,
            "key", f->key);
        if (o == NULL || json_array_append_new(arr, o) < 0) {
            json_decref(arr);
            return NULL;
        }
    }
    return arr;
}

static json_t *
document_json(const struct article *a)
{
    char date[11];

    cal_format(a->date, date);
    return json_pack("{s:o, s:s, s:s, s:I, s:s, s:b, s:i, s:o}",
        "title", a->doc.title ? json_string(a->doc.title) : json_null(),
        "date", date, "date_source", a->date_source,
        "words", (json_int_t)a->doc.words, "encoding", a->dec.encoding,
        "repaired", a->dec.repaired, "boilerplate_lines",
        a->doc.boilerplate_lines, "dateline",
        a->doc.dateline ? json_string(a->doc.dateline) : json_null());
}

static json_t *
fingerprint_json(const struct fprint *fp)
{
    char sha[65], raw[65], sim[17];

    fprint_hex(fp->sha256, sha);
    fprint_hex(fp->sha256_raw, raw);
    fprint_simhash_hex(fp->simhash, sim);
    return json_pack("{s:s, s:s, s:s}", "sha256", sha, "sha256_raw", raw,
        "simhash", sim);
}

json_t *
article_summary(const struct article *a, const struct article_meta *m)
{
    char mtime[32];
    json_t *o;

    article_rfc3339(m->mtime_ns, mtime, sizeof mtime);
    o = json_pack("{s:s, s:{s:o, s:I, s:s}, s:o, s:o, s:s%, s:o}",
        "schema", FW_SCHEMA_SUMMARY,
        "source", "path", article_path_json(m->path), "size",
        (json_int_t)m->size,
        "mtime", mtime,
        "fingerprint", fingerprint_json(&a->fp),
        "document", document_json(a),
        "lead", a->doc.body, parse_lead_len(&a->doc),
        "facts", facts_json(a));
    return o;
}

/* Append s[0..n) to the buffer as the body of a JSON string. The text is
 * UTF-8 (decode_text's contract), so only '"', '\\' and control bytes
 * need escapes: runs without them are copied whole. jansson escapes code
 * point by code point and was 40% of --once over a corpus. */
static char *
escape_into(char *o, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t i = 0, run;

    while (i < n) {
        for (run = i; run < n; run++) {
            unsigned char c = (unsigned char)s[run];
            if (c < 0x20 || c == '"' || c == '\\')
                break;
        }
        memcpy(o, s + i, run - i);
        o += run - i;
        if ((i = run) == n)
            break;
        unsigned char c = (unsigned char)s[i++];
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\t': *o++ = 't'; break;
        case '\r': *o++ = 'r'; break;
        default:
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    return o;
}

char *
article_dumps(json_t *msg, const struct article *a, bool include_text,
    size_t *len)
{
    char *head = json_dumps(msg, JSON_COMPACT | JSON_PRESERVE_ORDER), *out, *o;
    size_t hl, tl;

    if (head == NULL || !include_text || a == NULL) {
        if (head && len)
            *len = strlen(head);
        return head;
    }
    hl = strlen(head);
    tl = a->doc.body_len;
    /* ,"text":" + up to 6 bytes per input byte + "} */
    if (hl < 2 || head[hl - 1] != '}' || (out = malloc(hl + 12 + 6 * tl)) ==
        NULL) {
        free(head);
        return NULL;
    }
    memcpy(out, head, hl - 1);
    o = out + hl - 1;
    o += sprintf(o, "%s\"text\":\"", hl > 2 ? "," : "");
    o = escape_into(o, a->doc.body, tl);
    *o++ = '"';
    *o++ = '}';
    *o = '\0';
    free(head);
    if (len)
        *len = (size_t)(o - out);
    return out;
}
