/* SPDX-License-Identifier: MIT */
/* fprint.c - SHA-256 of text and bytes, and a 64-bit SimHash over word 3-gram shingles. */
#include <string.h>

#include <openssl/sha.h>
#include <xxhash.h>

#include "fprint.h"

#define SHINGLE 3           /* words per shingle */

static int
sha256(const void *p, size_t len, uint8_t out[32])
{
    return SHA256(p, len, out) == NULL ? -1 : 0;
}

static int
is_word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Murmur3's finaliser: every input bit moves every output bit. */
static uint64_t
mix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* The shingle's hash: XXH3 over its three word hashes, oldest first. */
static uint64_t
shingle_hash(uint64_t a, uint64_t b, uint64_t c)
{
    const uint64_t w[3] = {a, b, c};

    return XXH3_64bits(w, sizeof w);
}

/* Hash of the word starting at text[*i], case-folded (ASCII); advances
 * *i past it. One multiply per byte, no copy. */
static uint64_t
word_hash(const char *text, size_t len, size_t *i)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL;

    while (*i < len && is_word_byte((unsigned char)text[*i])) {
        unsigned char c = (unsigned char)text[*i];
        h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 0x100000001b3ULL;
        (*i)++;
    }
    return mix64(h);
}

/* 64 bit-position counters kept bit-sliced: plane k holds bit k of every
 * counter, so adding a hash is a ripple-carry over a few planes instead
 * of 64 separate increments (about 20 times faster here). */
struct bitcount {
    uint64_t plane[40];
    uint64_t n;
};

static void
bitcount_add(struct bitcount *bc, uint64_t v)
{
    int k;

    for (k = 0; v && k < 40; k++) {
        uint64_t carry = bc->plane[k] & v;
        bc->plane[k] ^= v;
        v = carry;
    }
    bc->n++;
}

/* Bit b set where more than half of the added hashes had bit b set. */
static uint64_t
bitcount_majority(const struct bitcount *bc)
{
    uint64_t h = 0, count;
    int b, k;

    for (b = 0; b < 64; b++) {
        for (count = 0, k = 0; k < 40; k++)
            count |= (bc->plane[k] >> b & 1) << k;
        if (count * 2 > bc->n)
            h |= (uint64_t)1 << b;
    }
    return h;
}

static uint64_t
simhash(const char *text, size_t len)
{
    struct bitcount bc;
    uint64_t w0 = 0, w1 = 0, w2 = 0;
    size_t i = 0, words = 0;

    memset(&bc, 0, sizeof bc);
    while (i < len) {
        if (!is_word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        w0 = w1;
        w1 = w2;
        w2 = word_hash(text, len, &i);
        if (++words >= SHINGLE)     /* order matters within a shingle */
            bitcount_add(&bc, shingle_hash(w0, w1, w2));
    }
    if (words > 0 && words < SHINGLE)   /* too short for one shingle */
        return shingle_hash(w0, w1, w2);
    return bitcount_majority(&bc);
}

int
fprint_compute(const char *text, size_t len, const char *raw, size_t rawlen,
    struct fprint *fp)
{
    memset(fp, 0, sizeof *fp);
    if (sha256(text, len, fp->sha256) < 0)
        return -1;
    if (rawlen == len && memcmp(raw, text, len) == 0)   /* often unchanged */
        memcpy(fp->sha256_raw, fp->sha256, sizeof fp->sha256_raw);
    else if (sha256(raw, rawlen, fp->sha256_raw) < 0)
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
