/* SPDX-License-Identifier: MIT */
/* fprint.c - SHA-256 of text and bytes, and a 64-bit SimHash over word 3-gram shingles. */
#include <string.h>

#include <openssl/evp.h>
#include <xxhash.h>

#include "fprint.h"

#define SHINGLE 3           /* words per shingle */
#define WORD_MAX 64         /* longer words are hashed by their first bytes */

static int
sha256(const void *p, size_t len, uint8_t out[32])
{
    unsigned int n = 0;

    if (!EVP_Digest(p, len, out, &n, EVP_sha256(), NULL) || n != 32)
        return -1;
    return 0;
}

static int
is_word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Hash of the word starting at text[*i], lower-cased; advances *i past it. */
static uint64_t
word_hash(const char *text, size_t len, size_t *i)
{
    char buf[WORD_MAX];
    size_t n = 0;

    while (*i < len && is_word_byte((unsigned char)text[*i])) {
        unsigned char c = (unsigned char)text[*i];
        if (n < WORD_MAX)
            buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        (*i)++;
    }
    return XXH3_64bits(buf, n);
}

static uint64_t
simhash(const char *text, size_t len)
{
    int32_t weight[64] = {0};
    uint64_t window[SHINGLE] = {0}, h = 0;
    size_t i = 0, words = 0;
    int b;

    while (i < len) {
        if (!is_word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        window[words % SHINGLE] = word_hash(text, len, &i);
        if (++words < SHINGLE)
            continue;
        {
            /* Order matters in a shingle: hash the words oldest first. */
            uint64_t w[SHINGLE];
            for (b = 0; b < SHINGLE; b++)
                w[b] = window[(words + b) % SHINGLE];
            uint64_t s = XXH3_64bits(w, sizeof w);
            for (b = 0; b < 64; b++)
                weight[b] += (s >> b & 1) ? 1 : -1;
        }
    }
    if (words > 0 && words < SHINGLE) /* too short for one shingle */
        return XXH3_64bits(window, sizeof window);
    for (b = 0; b < 64; b++)
        if (weight[b] > 0)
            h |= (uint64_t)1 << b;
    return h;
}

int
fprint_compute(const char *text, size_t len, const char *raw, size_t rawlen,
    struct fprint *fp)
{
    memset(fp, 0, sizeof *fp);
    if (sha256(text, len, fp->sha256) < 0 ||
        sha256(raw, rawlen, fp->sha256_raw) < 0)
        return -1;
    fp->simhash = simhash(text, len);
    return 0;
}

int
fprint_distance(uint64_t a, uint64_t b)
{
    return __builtin_popcountll(a ^ b);
}

void
fprint_hex(const uint8_t sha[32], char *buf)
{
    static const char hex[] = "0123456789abcdef";
    int i;

    for (i = 0; i < 32; i++) {
        buf[2 * i] = hex[sha[i] >> 4];
        buf[2 * i + 1] = hex[sha[i] & 15];
    }
    buf[64] = '\0';
}

void
fprint_simhash_hex(uint64_t h, char *buf)
{
    static const char hex[] = "0123456789abcdef";
    int i;

    for (i = 15; i >= 0; i--, h >>= 4)
        buf[i] = hex[h & 15];
    buf[16] = '\0';
}
