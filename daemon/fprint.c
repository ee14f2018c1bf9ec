/* SPDX-License-Identifier: MIT */
/* fprint.c - SHA-256 of text and bytes, and a 64-bit SimHash over word 3-gram shingles. */
#include <string.h>

/* SHA256_Init() and friends are deprecated since OpenSSL 3.0 but kept:
 * sha256() below says why, and falls back to EVP where they are gone. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/evp.h>
#include <openssl/sha.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#define XXH_INLINE_ALL      /* the shingle hash is 24 bytes: a call costs more */
#include <xxhash.h>

#include "fprint.h"

#define SHINGLE 3           /* words per shingle */

/* A word's hash is FNV-style over its folded bytes, then mix64. The state
 * after each byte of text: in a word, the hash so far; after any other
 * byte, WORD_SEED, the state a word starts from. */
#define WORD_SEED  0x9e3779b97f4a7c15ULL
#define WORD_PRIME 0x100000001b3ULL

/* Word bytes are ASCII letters and digits, and every byte of a non-ASCII
 * character; FOLD lower-cases ASCII letters and maps other bytes to 0. */
#define FOLD(b) ((b) >= 'A' && (b) <= 'Z' ? (b) + 32 : \
    ((b) >= '0' && (b) <= '9') || ((b) >= 'a' && (b) <= 'z') || (b) >= 0x80 ? \
    (b) : 0)
#define T4(f, b)  f(b), f(b + 1), f(b + 2), f(b + 3)
#define T16(f, b) T4(f, b), T4(f, b + 4), T4(f, b + 8), T4(f, b + 12)
#define T64(f, b) T16(f, b), T16(f, b + 16), T16(f, b + 32), T16(f, b + 48)
#define T256(f)   {T64(f, 0), T64(f, 64), T64(f, 128), T64(f, 192)}

#ifndef __SSE2__
static const unsigned char fold[256] = T256(FOLD);
#endif

/* Through libcrypto's low-level interface where the library still has
 * it: the same SHA-extension code as EVP, without the provider tables EVP
 * builds at its first digest (2.2 MiB of the daemon's RSS) or the fetch
 * on every call (2.8 KB: 1.67 against 1.95 µs). */
static int
sha256(const void *p, size_t len, uint8_t out[32])
{
#ifndef OPENSSL_NO_DEPRECATED_3_0
    SHA256_CTX c;

    return SHA256_Init(&c) == 1 && SHA256_Update(&c, p, len) == 1 &&
        SHA256_Final(out, &c) == 1 ? 0 : -1;
#else
    return EVP_Digest(p, len, out, NULL, EVP_sha256(), NULL) == 1 ? 0 : -1;
#endif
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

#ifdef __SSE2__
/* For the 64 bytes at t: each one FOLDed into f, and bit i of the result
 * set where byte i is a word byte. 16 bytes a compare, signed, so bytes
 * from 0x80 are the negative ones. */
static uint64_t
fold64(const unsigned char *t, unsigned char *f)
{
    const __m128i zero = _mm_setzero_si128(), lower = _mm_set1_epi8(0x20);
    const __m128i d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1);
    const __m128i la = _mm_set1_epi8('a' - 1), lz = _mm_set1_epi8('z' + 1);
    uint64_t m = 0;
    __m128i x, l, alpha, w;
    int k;

    for (k = 0; k < 4; k++) {
        x = _mm_loadu_si128((const __m128i *)(const void *)(t + 16 * k));
        l = _mm_or_si128(x, lower);
        alpha = _mm_and_si128(_mm_cmpgt_epi8(l, la), _mm_cmplt_epi8(l, lz));
        w = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, zero), alpha),
            _mm_and_si128(_mm_cmpgt_epi8(x, d0), _mm_cmplt_epi8(x, d9)));
        _mm_storeu_si128((__m128i *)(void *)(f + 16 * k), _mm_and_si128(w,
            _mm_or_si128(x, _mm_and_si128(alpha, lower))));
        m |= (uint64_t)(uint16_t)_mm_movemask_epi8(w) << (16 * k);
    }
    return m;
}
#else
/* The same as the SSE2 one, a byte at a time. */
static uint64_t
fold64(const unsigned char *t, unsigned char *f)
{
    uint64_t m = 0;
    int i;

    for (i = 0; i < 64; i++) {
        f[i] = fold[t[i]];
        m |= (uint64_t)(f[i] != 0) << i;
    }
    return m;
}
#endif

/* f[i] = FOLD(t[i]) and bit i of m[i / 64] set where t[i] is a word byte,
 * for i < n; bit n too when more text follows and starts with a word
 * byte. Fills m[0, n / 64 + 2). */
static void
word_bits(const unsigned char *t, size_t n, int more, unsigned char *f,
    uint64_t *m)
{
    unsigned char tail[64] = {0}, ftail[64], next[64] = {0};
    size_t i;

    m[n / 64] = m[n / 64 + 1] = 0;
    for (i = 0; i + 64 <= n; i += 64)
        m[i / 64] = fold64(t + i, f + i);
    if (i < n) {            /* the rest, from a copy padded with gaps */
        memcpy(tail, t + i, n - i);
        m[i / 64] = fold64(tail, ftail) & ((1ULL << (n - i)) - 1);
        memcpy(f + i, ftail, n - i);
    }
    if (more) {             /* then n % 64 == 0 */
        next[0] = t[n];
        m[n / 64] |= fold64(next, ftail) & 1;
    }
}

#define LANE   64           /* bytes per lane of word_states' kernel */
#define LANES  8            /* lanes run side by side */
#define BLOCK  1024         /* text bytes per round; a multiple of 64 */

/* The state after a byte that folds to f: the FNV step in a word,
 * WORD_SEED after any other byte, with no branch (a cmov). */
static uint64_t
word_state(uint64_t h, unsigned char f)
{
    uint64_t x = (h ^ f) * WORD_PRIME;

#ifdef __GNUC__
    __asm__("" : "+r"(x));  /* computed either way: a cmov, not a branch */
#endif
    return f ? x : WORD_SEED;
}

/* One step of eight lanes LANE apart: byte i of each, from states h0-h7
 * (written out: as an array they would live in memory). */
#define LANES_STEP(f, st, i) do { \
        (st)[i] = h0 = word_state(h0, (f)[i]); \
        (st)[(i) + LANE] = h1 = word_state(h1, (f)[(i) + LANE]); \
        (st)[(i) + 2 * LANE] = h2 = word_state(h2, (f)[(i) + 2 * LANE]); \
        (st)[(i) + 3 * LANE] = h3 = word_state(h3, (f)[(i) + 3 * LANE]); \
        (st)[(i) + 4 * LANE] = h4 = word_state(h4, (f)[(i) + 4 * LANE]); \
        (st)[(i) + 5 * LANE] = h5 = word_state(h5, (f)[(i) + 5 * LANE]); \
        (st)[(i) + 6 * LANE] = h6 = word_state(h6, (f)[(i) + 6 * LANE]); \
        (st)[(i) + 7 * LANE] = h7 = word_state(h7, (f)[(i) + 7 * LANE]); \
    } while (0)

/* States for LANES * LANE folded bytes f, each lane starting as if after
 * a gap. One multiply per byte is a long chain; eight chains side by side
 * and no branches keep the core busy (a loop per word mispredicts at each
 * end). */
static void
lanes_run(const unsigned char *f, uint64_t *st)
{
    uint64_t h0, h1, h2, h3, h4, h5, h6, h7;
    size_t i;

    h0 = h1 = h2 = h3 = h4 = h5 = h6 = h7 = WORD_SEED;
    for (i = 0; i < LANE; i++)
        LANES_STEP(f, st, i);
}

/* How many word bytes in a row from p, by the word bits m; 64 at most. */
static size_t
run_len(const uint64_t *m, size_t p)
{
    uint64_t x = m[p / 64] >> (p % 64);

    if (p % 64)
        x |= m[p / 64 + 1] << (64 - p % 64);
    return ~x ? (size_t)__builtin_ctzll(~x) : 64;
}

/* Continue the word running into f[p] from the state before it, where a
 * lane started it afresh. Nothing to do after a gap (state WORD_SEED). */
static void
lane_fix(const unsigned char *f, size_t n, size_t p, uint64_t h, uint64_t *st)
{
    if (h == WORD_SEED)
        return;
    for (; p < n && f[p]; p++)
        st[p] = h = word_state(h, f[p]);
}

/* Fix the lanes of the run at off, each from the state before it, side
 * by side for as many bytes as the longest word a lane starts inside:
 * stepping on past a word's end only recomputes right states. A word
 * that fills a lane makes the next lane's start state wrong until fixed:
 * then the lanes are fixed one after another. */
static void
lanes_fix(const unsigned char *f, size_t n, size_t off, uint64_t prev,
    const uint64_t *m, uint64_t *st)
{
    uint64_t h[LANES], h0, h1, h2, h3, h4, h5, h6, h7;
    size_t k, j, p, r, most = 0;

    for (k = 0; k < LANES; k++) {
        p = off + k * LANE;
        h[k] = p > 0 ? st[p - 1] : prev;
        r = h[k] == WORD_SEED ? 0 : run_len(m, p);
        most = r > most ? r : most;
    }
    if (most >= LANE) {
        for (k = 0; k < LANES; k++) {
            p = off + k * LANE;
            lane_fix(f, n, p, p > 0 ? st[p - 1] : prev, st);
        }
        return;
    }
    h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3];
    h4 = h[4], h5 = h[5], h6 = h[6], h7 = h[7];
    for (j = 0; j < most; j++)
        LANES_STEP(f + off, st + off, j);
}

/* st[i] = the state after the byte that folds to f[i], for i < n; prev
 * is the state before f[0]; m the word bits. The last run of lanes may
 * overlap the one before: it recomputes the same states. */
static void
word_states(const unsigned char *f, size_t n, uint64_t prev,
    const uint64_t *m, uint64_t *st)
{
    size_t off = 0, i;

    if (n < LANES * LANE) {
        for (i = 0; i < n; i++)
            st[i] = prev = word_state(prev, f[i]);
        return;
    }
    for (;;) {
        if (off + LANES * LANE > n)
            off = n - LANES * LANE;
        lanes_run(f + off, st + off);
        lanes_fix(f, n, off, prev, m, st);
        if ((off += LANES * LANE) >= n)
            return;
    }
}

/* Bits set in x, by adding in ever wider fields (without -mpopcnt,
 * which the build does not assume, __builtin_popcountll is a call). */
static int
ones(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (int)((x * 0x0101010101010101ull) >> 56);
}

#define ENDS_AHEAD 16       /* word ends taken a group with no branch */

/* The states after the words that end in a block of n bytes, from its
 * word bits m and states st, into out (n / 2 + ENDS_AHEAD room), in
 * order. Bit n of m says whether a word runs on into the next block (then
 * n % 64 == 0). A group of 64 bytes takes its first ENDS_AHEAD ends
 * unconditionally (those past its last land beyond the count, overwritten
 * or unused): a loop to the last end mispredicts its exit nearly every
 * group. */
static size_t
word_ends(size_t n, const uint64_t *m, const uint64_t *st, uint64_t *out)
{
    uint64_t end;
    const uint64_t *s;
    size_t g, j, c, k = 0;

    for (g = 0; g * 64 < n; g++, out += c, k += c) {
        end = m[g] & ~(m[g] >> 1 | m[g + 1] << 63);
        s = st + g * 64;
        c = (size_t)ones(end);
        for (j = 0; j < ENDS_AHEAD; j++, end &= end - 1)
            out[j] = s[__builtin_ctzll(end | 1ULL << 63)];
        for (; end; end &= end - 1)
            out[j++] = s[__builtin_ctzll(end)];
    }
    return k;
}

/* 64 bit-position counters, bit-sliced: plane k holds bit k of all 64,
 * so adding a hash is bitwise logic over the planes, not 64 increments.
 * Hashes go in two at a time (a vector of two; GCC's vector extension is
 * SSE2 on x86-64, plain words elsewhere) through a carry-save adder tree
 * into eight planes of pairs, lo: up to 255 hashes a half. Those sums are
 * then added into the 40 planes, hi. */
#define PLANES 40
#define LO_MAX 240          /* pairs in lo before a flush: under 256 */

typedef uint64_t u64x2 __attribute__((vector_size(16)));

struct bitcount {
    u64x2    lo[8];
    size_t   in_lo;         /* pairs added into lo */
    uint64_t hi[PLANES];
    uint64_t n;             /* hashes added */
};

/* Add the eight-plane sum lo (at most 255) into hi: a full adder a
 * plane, the carry rippling up through the rest. */
static void
planes_add(uint64_t hi[PLANES], const uint64_t lo[8])
{
    uint64_t carry = 0, a, b;
    int k;

    for (k = 0; k < PLANES; k++) {
        a = hi[k];
        b = k < 8 ? lo[k] : 0;
        hi[k] = a ^ b ^ carry;
        carry = (a & b) | (carry & (a ^ b));
    }
}

/* Move both halves of lo into hi; lo is then zero. */
static void
bitcount_flush(struct bitcount *bc)
{
    uint64_t a[8], b[8];
    int k;

    for (k = 0; k < 8; k++) {
        a[k] = bc->lo[k][0];
        b[k] = bc->lo[k][1];
    }
    planes_add(bc->hi, a);
    planes_add(bc->hi, b);
    memset(bc->lo, 0, sizeof bc->lo);
    bc->in_lo = 0;
}

/* A carry-save adder: a + b + c as the two planes hi (weight 2) and lo. */
#define CSA(hi, lo, a, b, c) do { \
        u64x2 u_ = (a) ^ (b); \
        (hi) = ((a) & (b)) | (u_ & (c)); \
        (lo) = u_ ^ (c); \
    } while (0)

/* One bit of a ripple: plane p takes x, x becomes the carry out. */
#define HALF_ADD(p, x) do { u64x2 c_ = (p) & (x); (p) ^= (x); (x) = c_; } while (0)

/* Ripple x into the planes p[k], k from 'from' to 7. */
#define RIPPLE(p, x, from) do { \
        switch (from) { \
        case 0: HALF_ADD((p)[0], x); /* fall through */ \
        case 1: HALF_ADD((p)[1], x); /* fall through */ \
        case 2: HALF_ADD((p)[2], x); /* fall through */ \
        case 3: HALF_ADD((p)[3], x); /* fall through */ \
        default: HALF_ADD((p)[4], x); HALF_ADD((p)[5], x); \
            HALF_ADD((p)[6], x); HALF_ADD((p)[7], x); \
        } \
    } while (0)

static u64x2
load2(const uint64_t *v)
{
    u64x2 x;

    memcpy(&x, v, sizeof x);
    return x;
}

/* Into planes 0-2 of p, 16 hashes from v: 8 pairs through a Harley-Seal
 * tree of 7 adders; returns their carry of weight 8. */
static u64x2
add16(u64x2 p[8], const uint64_t *v)
{
    u64x2 t2a, t2b, t4a, t4b, t8;

    CSA(t2a, p[0], p[0], load2(v), load2(v + 2));
    CSA(t2b, p[0], p[0], load2(v + 4), load2(v + 6));
    CSA(t4a, p[1], p[1], t2a, t2b);
    CSA(t2a, p[0], p[0], load2(v + 8), load2(v + 10));
    CSA(t2b, p[0], p[0], load2(v + 12), load2(v + 14));
    CSA(t4b, p[1], p[1], t2a, t2b);
    CSA(t8, p[2], p[2], t4a, t4b);
    return t8;
}

/* Into the planes p, 32 hashes from v: two trees of 16, their carries
 * added into plane 3, its carry of weight 16 rippling on into 4-7. */
static void
add32(u64x2 p[8], const uint64_t *v)
{
    u64x2 t8a = add16(p, v), t8b = add16(p, v + 16), t16;

    CSA(t16, p[3], p[3], t8a, t8b);
    RIPPLE(p, t16, 4);
}

/* Add the n hashes at v into bc. */
static void
bitcount_add(struct bitcount *bc, const uint64_t *v, size_t n)
{
    u64x2 p[8], x;
    size_t i = 0;

    bc->n += n;
    memcpy(p, bc->lo, sizeof p);
    while (i < n) {
        if (bc->in_lo + 16 > LO_MAX) {
            memcpy(bc->lo, p, sizeof p);
            bitcount_flush(bc);
            memset(p, 0, sizeof p);
        }
        if (i + 32 <= n) {
            add32(p, v + i);
            i += 32;
            bc->in_lo += 16;
            continue;
        }
        for (; i < n; i += 2) {         /* the rest a pair at a time */
            x = (u64x2){v[i], i + 1 < n ? v[i + 1] : 0};
            RIPPLE(p, x, 0);
        }
        bc->in_lo += 16;                /* at most 16 pairs */
    }
    memcpy(bc->lo, p, sizeof p);
}

/* Bit b set where more than half of the added hashes had bit b set: a
 * bit-sliced compare of each counter against n / 2, top plane first. */
static uint64_t
bitcount_majority(struct bitcount *bc)
{
    uint64_t half = bc->n / 2, gt = 0, eq = ~0ULL;
    int k;

    bitcount_flush(bc);
    if (half >> PLANES != 0)
        return 0;
    for (k = PLANES - 1; k >= 0; k--) {
        if (half >> k & 1) {
            eq &= bc->hi[k];
        } else {
            gt |= eq & bc->hi[k];
            eq &= ~bc->hi[k];
        }
    }
    return gt;
}

/* Hashes of the shingles ending at w[2], ..., w[n + 1] into out; the
 * first from (words + 1) on, as a text's first two words end none. */
static size_t
shingle_hashes(const uint64_t *w, size_t n, size_t words, uint64_t *out)
{
    size_t j = words >= SHINGLE - 1 ? 0 : SHINGLE - 1 - words, k = 0;

    for (; j < n; j++)      /* order matters within a shingle */
        out[k++] = shingle_hash(w[j], w[j + 1], w[j + 2]);
    return k;
}

static uint64_t
simhash(const char *text, size_t len)
{
    const unsigned char *t = (const unsigned char *)text;
    struct bitcount bc;
    uint64_t st[BLOCK], m[BLOCK / 64 + 2], prev = WORD_SEED;
    unsigned char f[BLOCK];
    /* the last two words, then the new ones */
    uint64_t w[SHINGLE - 1 + BLOCK / 2 + ENDS_AHEAD];
    size_t pos, n, k, i, words = 0;

    memset(&bc, 0, sizeof bc);
    memset(w, 0, sizeof w);
    for (pos = 0; pos < len; pos += n) {
        n = len - pos < BLOCK ? len - pos : BLOCK;
        word_bits(t + pos, n, pos + n < len, f, m);
        word_states(f, n, prev, m, st);
        prev = st[n - 1];
        k = word_ends(n, m, st, w + SHINGLE - 1);
        for (i = SHINGLE - 1; i < SHINGLE - 1 + k; i++)
            w[i] = mix64(w[i]);
        /* The states are spent: their room takes the shingle hashes. */
        bitcount_add(&bc, st, shingle_hashes(w, k, words, st));
        words += k;
        w[0] = w[k];
        w[1] = w[k + 1];
    }
    if (words > 0 && words < SHINGLE)   /* too short for one shingle */
        return shingle_hash(0, w[0], w[1]);
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

/* Bits that differ (counted by ones(): a libgcc call was 5% of a burst). */
int
fprint_distance(uint64_t a, uint64_t b)
{
    return ones(a ^ b);
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
