/* SPDX-License-Identifier: MIT */
/* decode_nfkc.c - NFKC normalisation that leaves ASCII stretches untouched. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "decode.h"

#define NFKC_OPTS (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT)
#define NFKC_STACK 512      /* code points normalised without malloc */

struct nfkc_out {
    char   *buf;
    size_t  len;
    size_t  cap;
};

static int
out_reserve(struct nfkc_out *o, size_t more)
{
    char *nb;
    size_t cap;

    if (o->len + more + 1 <= o->cap)
        return 0;
    cap = o->cap * 2;
    if (cap < o->len + more + 1)
        cap = o->len + more + 1;
    nb = realloc(o->buf, cap);
    if (nb == NULL)
        return -1;
    o->buf = nb;
    o->cap = cap;
    return 0;
}

/* Code points that carry nothing for a reader: C1 controls, a stray
 * byte-order mark, and the invisible marks pages leave inside words and
 * numbers (soft hyphen, zero-width space, word joiner, direction marks
 * and embeddings), which split "1\u200b5 May" or "20\u00ad24" for
 * everything that reads the text. Zero-width (non-)joiners stay: some
 * scripts and emoji need them. */
static int
drop_cp(utf8proc_int32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9f) || cp == 0xfeff || cp == 0xad ||
        cp == 0x200b || cp == 0x200e || cp == 0x200f || cp == 0x2060 ||
        (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Normalise s[0..n) (valid UTF-8) and append it to o. */
static int
nfkc_region(const char *s, size_t n, struct nfkc_out *o)
{
    utf8proc_int32_t stack[NFKC_STACK], *cps = stack;
    utf8proc_ssize_t k, i;

    k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                           cps, NFKC_STACK, NFKC_OPTS);
    if (k > NFKC_STACK) {
        cps = malloc((size_t)k * sizeof(*cps));
        if (cps == NULL)
            return -1;
        k = utf8proc_decompose((const utf8proc_uint8_t *)s,
                               (utf8proc_ssize_t)n, cps, k, NFKC_OPTS);
    }
    if (k >= 0)
        k = utf8proc_normalize_utf32(cps, k, NFKC_OPTS);
    if (k < 0) {        /* not UTF-8 after all: keep it as it was */
        if (cps != stack)
            free(cps);
        if (out_reserve(o, n) < 0)
            return -1;
        memcpy(o->buf + o->len, s, n);
        o->len += n;
        return 0;
    }
    if (out_reserve(o, (size_t)k * 4) < 0) {
        if (cps != stack)
            free(cps);
        return -1;
    }
    for (i = 0; i < k; i++)
        if (!drop_cp(cps[i]))
            o->len += decode_put_utf8(o->buf + o->len, (uint32_t)cps[i]);
    if (cps != stack)
        free(cps);
    return 0;
}

/* Find the next non-ASCII byte at or after i, or n. */
static size_t
next_high(const unsigned char *s, size_t i, size_t n)
{
    uint64_t w;

    while (i + 8 <= n && (memcpy(&w, s + i, 8),
                          (w & 0x8080808080808080ULL) == 0))
        i += 8;
    while (i < n && s[i] < 0x80)
        i++;
    return i;
}

/* Append s[0..n) normalised to o: ASCII stretches copied, the rest
 * through utf8proc. */
static int
nfkc_append(const unsigned char *s, size_t n, struct nfkc_out *o)
{
    size_t i = 0, j, start;

    while (i < n) {
        j = next_high(s, i, n);
        /* The ASCII letter before a combining mark belongs to its region. */
        start = (j > i && j < n && s[j - 1] > 0x20) ? j - 1 : j;
        if (out_reserve(o, start - i) < 0)
            return -1;
        memcpy(o->buf + o->len, s + i, start - i);
        o->len += start - i;
        if (start == n)
            break;
        for (i = j; i < n && s[i] >= 0x80; i++)
            ;
        if (nfkc_region((const char *)s + start, i - start, o) < 0)
            return -1;
    }
    return 0;
}

char *
decode_nfkc_copy(const char *s, size_t n, size_t *outlen)
{
    struct nfkc_out o;

    o.cap = n + n / 8 + 64;
    o.len = 0;
    o.buf = malloc(o.cap);
    if (o.buf == NULL)
        return NULL;
    if (nfkc_append((const unsigned char *)s, n, &o) < 0) {
        free(o.buf);
        return NULL;
    }
    o.buf[o.len] = '\0';
    *outlen = o.len;
    return o.buf;
}

int
decode_nfkc(char **text, size_t *len)
{
    char *buf;
    size_t n;

    if (next_high((const unsigned char *)*text, 0, *len) == *len)
        return 0;       /* pure ASCII is already NFKC */
    buf = decode_nfkc_copy(*text, *len, &n);
    if (buf == NULL)
        return -1;
    free(*text);
    *text = buf;
    *len = n;
    return 0;
}
