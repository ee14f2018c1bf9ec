/* SPDX-License-Identifier: MIT */
/* article_json.c - write an article's summary message as compact JSON in one pass. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "message.h"

/* A growing output buffer; oom sticks once an allocation failed. Building
 * a jansson tree and dumping it cost 60 us of an article's 120: every
 * string was checked and escaped code point by code point, every member
 * hashed. The text is UTF-8 already (decode_text's contract), so runs
 * without '"', '\\' or control bytes are copied whole. */
struct jw {
    char   *p;
    size_t  len, cap;
    bool    oom;
};

static bool
jw_room(struct jw *w, size_t n)
{
    size_t cap;
    char *p;

    if (w->oom)
        return false;
    if (w->len + n + 1 <= w->cap)
        return true;
    cap = w->cap ? w->cap : 4096;
    while (cap < w->len + n + 1)
        cap *= 2;
    if ((p = realloc(w->p, cap)) == NULL) {
        w->oom = true;
        return false;
    }
    w->p = p;
    w->cap = cap;
    return true;
}

static void
jw_put(struct jw *w, const char *s, size_t n)
{
    if (jw_room(w, n)) {
        memcpy(w->p + w->len, s, n);
        w->len += n;
    }
}

#define JW_LIT(w, s) jw_put((w), (s), sizeof(s) - 1)

/* Whether any of the 8 bytes in x is a control byte, '"' or '\\' (the
 * classic has-zero-byte and has-less-than word tricks; exact as a yes/no). */
static bool
word_needs_escape(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, highs = ones * 0x80;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');

    return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
        ((b - ones) & ~b)) & highs;
}

/* c written as jansson writes it inside a string (o has room for 6). */
static char *
escape_byte(char *o, unsigned char c)
{
    static const char hex[] = "0123456789ABCDEF";

    if (c >= 0x20 && c != '"' && c != '\\') {
        *o++ = (char)c;
        return o;
    }
    *o++ = '\\';
    switch (c) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '\b': *o++ = 'b'; break;
    case '\f': *o++ = 'f'; break;
    case '\n': *o++ = 'n'; break;
    case '\r': *o++ = 'r'; break;
    case '\t': *o++ = 't'; break;
    default:
        memcpy(o, "u00", 3);
        o[3] = hex[c >> 4];
        o[4] = hex[c & 15];
        o += 5;
    }
    return o;
}

/* s[0..n) as a quoted JSON string, escaped as jansson does (short forms,
 * else \u00XX), so messages read the same whoever wrote them. Clean words
 * of eight bytes are copied as they are tested; a word with something to
 * escape goes byte by byte. */
static void
jw_str(struct jw *w, const char *s, size_t n)
{
    size_t i = 0, stop;
    uint64_t x;
    char *o;

    if (!jw_room(w, n * 6 + 2))
        return;
    o = w->p + w->len;
    *o++ = '"';
    while (i < n) {
        while (i + 8 <= n) {
            memcpy(&x, s + i, 8);
            if (word_needs_escape(x))
                break;
            memcpy(o, &x, 8);
            o += 8;
            i += 8;
        }
        for (stop = i + 8 < n ? i + 8 : n; i < stop; i++)
            o = escape_byte(o, (unsigned char)s[i]);
    }
    *o++ = '"';
    w->len = (size_t)(o - w->p);
}

static void
jw_cstr(struct jw *w, const char *s)
{
    if (s)
        jw_str(w, s, strlen(s));
    else
        JW_LIT(w, "null");
}

static void
jw_int(struct jw *w, int64_t v)
{
    char buf[24];

    jw_put(w, buf, (size_t)snprintf(buf, sizeof buf, "%" PRId64, v));
}

static void
jw_bool(struct jw *w, bool v)
{
    if (v)
        JW_LIT(w, "true");
    else
        JW_LIT(w, "false");
}

static void
write_source(struct jw *w, const struct article_meta *m)
{
    char mtime[32], *fixed = NULL;
    const char *path = article_path_text(m->path, &fixed);

    if (path == NULL) {
        w->oom = true;
        return;
    }
    article_rfc3339(m->mtime_ns, mtime, sizeof mtime);
    JW_LIT(w, ",\"source\":{\"path\":");
    jw_cstr(w, path);
    JW_LIT(w, ",\"size\":");
    jw_int(w, m->size);
    JW_LIT(w, ",\"mtime\":");
    jw_cstr(w, mtime);
    if (m->host && m->host[0]) {
        JW_LIT(w, ",\"host\":");
        jw_cstr(w, m->host);
    }
    JW_LIT(w, "}");
    free(fixed);
}

static void
write_fingerprint(struct jw *w, const struct fprint *fp)
{
    char sha[65], raw[65], sim[17];

    fprint_hex(fp->sha256, sha);
    fprint_hex(fp->sha256_raw, raw);
    fprint_simhash_hex(fp->simhash, sim);
    JW_LIT(w, ",\"fingerprint\":{\"sha256\":\"");
    jw_put(w, sha, 64);
    JW_LIT(w, "\",\"sha256_raw\":\"");
    jw_put(w, raw, 64);
    JW_LIT(w, "\",\"simhash\":\"");
    jw_put(w, sim, 16);
    JW_LIT(w, "\"}");
}

static void
write_document(struct jw *w, const struct article *a)
{
    char date[11];

    cal_format(a->date, date);
    JW_LIT(w, ",\"document\":{\"title\":");
    jw_cstr(w, a->doc.title);
    JW_LIT(w, ",\"date\":");
    jw_cstr(w, date);
    JW_LIT(w, ",\"date_source\":");
    jw_cstr(w, a->date_source);
    JW_LIT(w, ",\"words\":");
    jw_int(w, (int64_t)a->doc.words);
    JW_LIT(w, ",\"encoding\":");
    jw_cstr(w, a->dec.encoding);
    JW_LIT(w, ",\"format\":");
    jw_cstr(w, a->dec.html ? "html" : "text");
    JW_LIT(w, ",\"repaired\":");
    jw_bool(w, a->dec.repaired);
    JW_LIT(w, ",\"boilerplate_lines\":");
    jw_int(w, a->doc.boilerplate_lines);
    JW_LIT(w, ",\"dateline\":");
    jw_cstr(w, a->doc.dateline);
    JW_LIT(w, "}");
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

/* A fact's context: its sentence, or, when the sentence is longer than
 * CONTEXT_MAX bytes (a table or a list with no full stop can make one
 * line of a file a single "sentence"), a window of it around the
 * expression, cut between words and marked with an ellipsis. Without the
 * window every fact copies the whole run, and the summary grows with the
 * square of the file. */
#define CONTEXT_MAX 320

static void
jw_context(struct jw *w, const char *ctx, size_t clen, const struct fact *f)
{
    char buf[CONTEXT_MAX + 8];
    size_t a, b, n = 0;

    if (clen <= CONTEXT_MAX) {
        jw_str(w, ctx, clen);
        return;
    }
    if (f->len > CONTEXT_MAX / 2) {
        jw_str(w, ctx + f->off, f->len);
        return;
    }
    a = f->off > (CONTEXT_MAX - f->len) / 2 ?
        f->off - (CONTEXT_MAX - f->len) / 2 : 0;
    b = a + CONTEXT_MAX < clen ? a + CONTEXT_MAX : clen;
    if (b == clen)
        a = clen - CONTEXT_MAX;
    while (a > 0 && a < f->off && ctx[a - 1] != ' ')
        a++;                    /* to the start of a word */
    while (b < clen && b > f->off + f->len && ctx[b] != ' ')
        b--;                    /* to the end of one */
    while (a > 0 && ((unsigned char)ctx[a] & 0xc0) == 0x80)
        a++;                    /* never inside a UTF-8 sequence */
    while (b < clen && ((unsigned char)ctx[b] & 0xc0) == 0x80)
        b--;
    if (a > 0) {
        memcpy(buf, "\xe2\x80\xa6", 3);
        n = 3;
    }
    memcpy(buf + n, ctx + a, b - a);
    n += b - a;
    if (b < clen) {
        memcpy(buf + n, "\xe2\x80\xa6", 3);
        n += 3;
    }
    jw_str(w, buf, n);
}

/* The facts as a JSON array (no leading comma or key). */
static void
write_facts(struct jw *w, const struct article *a)
{
    size_t i, clen;
    bool first = true;

    JW_LIT(w, "[");
    for (i = 0; i < a->facts.n; i++) {
        const struct fact *f = &a->facts.v[i];
        const char *ctx = fact_context(a, f, &clen);

        if (f->off + f->len > clen)
            continue;   /* cannot happen with a correct extractor */
        if (!first)
            JW_LIT(w, ",");
        first = false;
        JW_LIT(w, "{\"expression\":");
        jw_str(w, ctx + f->off, f->len);
        JW_LIT(w, ",\"date\":");
        jw_cstr(w, f->value);
        JW_LIT(w, ",\"granularity\":");
        jw_cstr(w, facts_gran_name(f->gran));
        JW_LIT(w, ",\"sentence\":");
        jw_context(w, ctx, clen, f);
        JW_LIT(w, ",\"key\":");
        jw_bool(w, f->key);
        JW_LIT(w, "}");
    }
    JW_LIT(w, "]");
}

/* extra's members, in order, each after a comma (jansson writes them:
 * they are few and small). */
static void
write_extra(struct jw *w, const json_t *extra)
{
    char *s;
    size_t n;

    if (extra == NULL || json_object_size(extra) == 0)
        return;
    if ((s = json_dumps(extra, JSON_COMPACT)) == NULL) {
        w->oom = true;
        return;
    }
    n = strlen(s);              /* "{...}": splice the inside */
    JW_LIT(w, ",");
    jw_put(w, s + 1, n - 2);
    free(s);
}

char *
article_json(const struct article *a, const struct article_meta *m,
    int64_t seq, const char *event, const json_t *extra, size_t *len)
{
    struct jw w = {0};
    char now[32];

    article_now(now, sizeof now);
    jw_room(&w, a->doc.body_len * 3 + 1024);
    JW_LIT(&w, "{\"schema\":\"" FW_SCHEMA_SUMMARY "\",\"seq\":");
    jw_int(&w, seq);
    JW_LIT(&w, ",\"event\":");
    jw_cstr(&w, event);
    JW_LIT(&w, ",\"published_at\":");
    jw_cstr(&w, now);
    write_source(&w, m);
    write_fingerprint(&w, &a->fp);
    write_document(&w, a);
    JW_LIT(&w, ",\"lead\":");
    jw_str(&w, a->doc.body, parse_lead_len(&a->doc));
    JW_LIT(&w, ",\"facts\":");
    write_facts(&w, a);
    write_extra(&w, extra);
    if (m->include_text) {
        JW_LIT(&w, ",\"text\":");
        jw_str(&w, a->doc.body, a->doc.body_len);
    }
    JW_LIT(&w, "}");
    if (w.oom) {
        free(w.p);
        return NULL;
    }
    w.p[w.len] = '\0';
    if (len)
        *len = w.len;
    return w.p;
}

json_t *
article_facts_json(const struct article *a)
{
    struct jw w = {0};
    json_t *j = NULL;

    write_facts(&w, a);
    if (!w.oom)
        j = json_loadb(w.p, w.len, 0, NULL);
    free(w.p);
    return j;
}
