/* SPDX-License-Identifier: MIT */
/* parse_caption.c - recognise photo captions and credits left by a scrape. */
#include <string.h>
#include <strings.h>

#include "parse_int.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define CAPTION_MAX_WORDS 35
#define CREDIT_MAX_WORDS 5
#define CAPTION_MAX_BYTES 600  /* longer is never CAPTION_MAX_WORDS words
                                  of sane length: skip the count */

struct cue {
    const char *s;
    size_t n;
};

#define CUE(s) {s, sizeof(s) - 1}

/* Each starts with ',' or '(', which has_cue relies on. */
static const struct cue position_cues[] = {
    CUE(", left,"), CUE(", right,"), CUE(", center,"), CUE(", centre,"),
    CUE("(left)"), CUE("(right)"), CUE("(center)"), CUE("(centre)"),
    CUE("(l)"), CUE("(r)"), CUE(", left."), CUE(", right."),
    CUE(", from left"), CUE("(from left"),
};

/* Line openings of a caption or credit. */
static const struct cue caption_starts[] = {
    CUE("photo:"), CUE("photograph:"), CUE("photos:"), CUE("image:"),
    CUE("picture:"), CUE("pictured:"), CUE("credit:"), CUE("illustration:"),
    CUE("image source"), CUE("image caption"), CUE("photo by "),
    CUE("(photo"), CUE("file photo"),
};

static const struct cue credit_words[] = {
    CUE("photo"), CUE("photograph"), CUE("image"), CUE("credit"),
    CUE("courtesy"), CUE("getty"), CUE("afp"), CUE("ap"), CUE("reuters"),
    CUE("epa"), CUE("tass"), CUE("sputnik"), CUE("xinhua"),
    CUE("shutterstock"), CUE("twitter"), CUE("facebook"), CUE("instagram"),
    CUE("youtube"), CUE("handout"), CUE("file"), CUE("via"), CUE("pool"),
    CUE("ria"), CUE("anadolu"), CUE("bloomberg"), CUE("wikimedia"),
    CUE("telegram"),
};

static int
starts_like_caption(const char *s, size_t len)
{
    size_t k;

    for (k = 0; k < sizeof(caption_starts) / sizeof(*caption_starts); k++)
        if (len >= caption_starts[k].n &&
            caption_starts[k].s[0] == (char)(s[0] | 0x20) &&
            strncasecmp(s, caption_starts[k].s, caption_starts[k].n) == 0)
            return 1;
    return 0;
}

/* Does p begin with the lower-case cue c of n bytes, in any case? Most
 * commas fail at the second or third byte, so this stays inline. */
static int
cue_at(const char *p, const char *c, size_t n)
{
    size_t k;

    for (k = 0; k < n; k++)
        if ((char)(p[k] >= 'A' && p[k] <= 'Z' ? p[k] | 0x20 : p[k]) != c[k])
            return 0;
    return 1;
}

/* Does a position cue begin at p, which holds ',' or '('? */
static int
cue_from(const char *p, const char *end)
{
    size_t k;

    for (k = 0; k < sizeof(position_cues) / sizeof(*position_cues); k++)
        if (position_cues[k].s[0] == *p &&
            (size_t)(end - p) >= position_cues[k].n &&
            cue_at(p, position_cues[k].s, position_cues[k].n))
            return 1;
    return 0;
}

/* Does any position cue occur in s[0..len)? Only ',' and '(' are tried
 * as starts, found 16 bytes at a time, so a long line costs one pass. */
static int
has_cue(const char *s, size_t len)
{
    const char *end = s + len;
    size_t i = 0;

#if defined(__SSE2__)
    for (; i + 16 <= len; i += 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8('('))));
        for (; m != 0; m &= m - 1)
            if (cue_from(s + i + (unsigned)__builtin_ctz(m), end))
                return 1;
    }
#endif
    for (; i < len; i++)
        if ((s[i] == ',' || s[i] == '(') && cue_from(s + i, end))
            return 1;
    return 0;
}

/* A word that looks like a domain name: "kremlin.ru", "example.com". */
static int
is_domain(const char *w, size_t n)
{
    const char *dot = memchr(w, '.', n);
    size_t tld;

    if (dot == NULL || dot == w)
        return 0;
    tld = n - (size_t)(dot - w) - 1;
    return tld >= 2 && tld <= 6 && ((dot[1] | 0x20) >= 'a') &&
           ((dot[1] | 0x20) <= 'z');
}

/* Does the credit segment s[0..len) name an agency, site or photo word? */
static int
credit_segment(const char *s, size_t len)
{
    size_t i = 0, j, k;

    if (parse_count_words(s, len) > CREDIT_MAX_WORDS)
        return 0;
    while (i < len) {
        while (i < len && (parse_is_space((unsigned char)s[i]) ||
                           s[i] == '/' || s[i] == '(' || s[i] == ')'))
            i++;
        for (j = i; j < len && !parse_is_space((unsigned char)s[j]) &&
                    s[j] != '/' && s[j] != '(' && s[j] != ')'; j++)
            ;
        if (j > i && is_domain(s + i, j - i))
            return 1;
        for (k = 0; j > i && k < sizeof(credit_words) / sizeof(*credit_words);
             k++)
            if (credit_words[k].n == j - i &&
                strncasecmp(credit_words[k].s, s + i, j - i) == 0)
                return 1;
        i = j;
    }
    return 0;
}

/* Start of the segment after the last " | ", " / " or ". ". */
static const char *
last_segment(const char *s, size_t len)
{
    size_t i;

    for (i = len; i-- > 1;) {
        if ((s[i] == '|' || s[i] == '/') && s[i - 1] == ' ')
            return s + i + 1;
        if (s[i] == ' ' && s[i - 1] == '.')
            return s + i;
    }
    return NULL;
}

int
parse_is_caption(const char *s, size_t len)
{
    return len > 0 && len <= CAPTION_MAX_BYTES &&
           parse_caption_words(s, len, parse_count_words(s, len));
}

int
parse_caption_words(const char *s, size_t len, size_t words)
{
    const char *seg;

    if (len == 0 || words > CAPTION_MAX_WORDS)
        return 0;
    if (starts_like_caption(s, len))
        return 1;
    if (parse_ends_sentence(s, len) && s[len - 1] != '.')
        return 0;   /* ends with ?, ! or a quote: a line of prose */
    if (has_cue(s, len))
        return 1;
    if (s[len - 1] == '.')
        return 0;   /* credits carry no full stop: "TASS / kremlin.ru" */
    seg = last_segment(s, len);
    return seg != NULL && credit_segment(seg, len - (size_t)(seg - s));
}
