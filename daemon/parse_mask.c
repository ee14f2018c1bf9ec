/* SPDX-License-Identifier: MIT */
/* parse_mask.c - classify up to 64 bytes at once into one bit per byte. */
#include <string.h>

#include "parse_int.h"

#if defined(__SSE2__)
#include <emmintrin.h>

/* Bits of the 16 bytes at p into m, shifted to byte k of the block;
 * inline, so the four calls keep m in registers. */
static inline __attribute__((always_inline)) void
mask16(const unsigned char *p, unsigned k, struct pmask *m)
{
    const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    const __m128i lo = _mm_or_si128(x, _mm_set1_epi8(0x20));
    __m128i sp, ctl, alpha, digit, word, conn, rare;

#define EQ(c) _mm_cmpeq_epi8(x, _mm_set1_epi8((char)(c)))
#define BITS(v) ((uint64_t)(unsigned)_mm_movemask_epi8(v) << k)
    ctl = _mm_or_si128(EQ('\t'), _mm_or_si128(EQ('\n'), EQ('\r')));
    sp = _mm_or_si128(ctl, EQ(' '));
    alpha = _mm_and_si128(_mm_cmpgt_epi8(lo, _mm_set1_epi8('a' - 1)),
                          _mm_cmplt_epi8(lo, _mm_set1_epi8('z' + 1)));
    digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                          _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    /* Bytes >= 0x80 are negative as signed bytes. */
    word = _mm_or_si128(_mm_or_si128(alpha, digit),
                        _mm_cmplt_epi8(x, _mm_setzero_si128()));
    conn = _mm_or_si128(EQ('-'), EQ('\''));
    rare = _mm_or_si128(_mm_or_si128(EQ('"'), EQ('$')),
                        _mm_or_si128(EQ(0xe2), _mm_or_si128(EQ(0xa3),
                                                            EQ(0xac))));
    m->space |= BITS(sp);
    m->ctl |= BITS(ctl);
    m->alpha |= BITS(alpha);
    m->word |= BITS(word);
    m->conn |= BITS(conn);
    m->rare |= BITS(rare);
#undef EQ
#undef BITS
}

static void
mask64(const unsigned char *p, struct pmask *m)
{
    memset(m, 0, sizeof(*m));
    mask16(p, 0, m);
    mask16(p + 16, 16, m);
    mask16(p + 32, 32, m);
    mask16(p + 48, 48, m);
}

#else

static void
mask64(const unsigned char *p, struct pmask *m)
{
    unsigned i;

    memset(m, 0, sizeof(*m));
    for (i = 0; i < 64; i++) {
        unsigned char c = p[i], lo = c | 0x20;
        uint64_t b = (uint64_t)1 << i;
        int alpha = lo >= 'a' && lo <= 'z', digit = c >= '0' && c <= '9';
        m->space |= parse_is_space(c) ? b : 0;
        m->ctl |= parse_is_space(c) && c != ' ' ? b : 0;
        m->alpha |= alpha ? b : 0;
        m->word |= alpha || digit || c >= 0x80 ? b : 0;
        m->conn |= c == '-' || c == '\'' ? b : 0;
        m->rare |= c == '"' || c == '$' || c == 0xe2 || c == 0xa3 ||
                   c == 0xac ? b : 0;
    }
}

#endif

void
parse_mask64(const unsigned char *p, size_t n, struct pmask *m)
{
    unsigned char pad[64];

    if (n >= 64) {
        mask64(p, m);
        return;
    }
    memcpy(pad, p, n);
    memset(pad + n, ' ', 64 - n);
    mask64(pad, m);
}

/* A counted word is a run of non-blanks that holds a word byte. Adding a
 * run's first bit to the run clears it and sets the byte after it: the
 * first word byte after blanks and other bytes. */
void
parse_count_block(struct pcount *c, const struct pmask *m)
{
    uint64_t n = ~(m->space | m->word), p = (m->space << 1) | c->sp;
    uint64_t start = p & n, e;
    unsigned long long r1, r2;
    int c1, c2;

    c1 = __builtin_uaddll_overflow(n, start, &r1);
    c2 = __builtin_uaddll_overflow(r1, c->carry, &r2);
    e = r2 & ~n;
    c->words += (size_t)parse_ones(m->word & (p | e));
    c->carry = (uint64_t)(c1 | c2);
    c->sp = m->space >> 63;
}
