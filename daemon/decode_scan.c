/* SPDX-License-Identifier: MIT */
/* decode_scan.c - check UTF-8 and find the bytes that need work, quickly. */
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "decode.h"

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
size_t
decode_utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];

    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return (n >= 2 && (s[1] & 0xc0) == 0x80) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
            return 0;
        if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f))
            return 0;
        return 3;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
            (s[3] & 0xc0) != 0x80)
            return 0;
        if ((c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
            return 0;
        return 4;
    }
    return 0;
}

/* Offset of the first invalid UTF-8 byte, or n when all of s is valid.
 * Eight ASCII bytes at a time: most articles are mostly ASCII. */
size_t
decode_utf8_first_invalid(const unsigned char *s, size_t n)
{
    size_t i = 0, k;

    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        k = decode_utf8_seq(s + i, n - i);
        if (k == 0)
            return i;
        i += k;
    }
    return n;
}

/* Offset of the first byte at or after i that is not plain: a byte above
 * 0x7f or a C0 control other than tab and LF. n when there is none. */
static size_t
next_unplain(const unsigned char *s, size_t i, size_t n)
{
#ifdef __SSE2__
    const __m128i sp = _mm_set1_epi8(0x20), lf = _mm_set1_epi8('\n'),
                  tab = _mm_set1_epi8('\t');

    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        /* Signed compare: bytes above 0x7f are negative, so below 0x20. */
        __m128i low = _mm_cmplt_epi8(v, sp);
        __m128i ok = _mm_or_si128(_mm_cmpeq_epi8(v, lf),
                                  _mm_cmpeq_epi8(v, tab));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(ok, low));
        if (m != 0)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i < n; i++)
        if (s[i] >= 0x80 || (s[i] < 0x20 && s[i] != '\n' && s[i] != '\t'))
            return i;
    return n;
}

unsigned
decode_scan(const char *raw, size_t n)
{
    const unsigned char *s = (const unsigned char *)raw;
    unsigned found = 0;
    size_t i = 0, k;

    while ((i = next_unplain(s, i, n)) < n) {
        if (s[i] < 0x80)
            return found | DECODE_SCAN_CONTROL;
        k = decode_utf8_seq(s + i, n - i);
        if (k == 0)
            return found | DECODE_SCAN_INVALID;
        found |= DECODE_SCAN_HIGH;
        i += k;
    }
    return found;
}
