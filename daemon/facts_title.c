/* SPDX-License-Identifier: MIT */
/* facts_title.c - dates that belong to a name or a title, not to the story. */
#include <stddef.h>
#include <string.h>

#include "facts_scan.h"

/* "Midnight In May", "Three Days On Monday": a capitalised preposition
 * inside a sentence belongs to a title-cased name. A line in capitals
 * ("WHAT OPENS IN JANUARY") is shouted, not title-cased. */
int
facts_title_prep(const struct facts_tok *toks, size_t n, size_t a)
{
    size_t p = a;

    if (!rec_lex(toks, n, p, LX_PREP) && p > 0 &&
        rec_lex(toks, n, p - 1, LX_PREP))
        p--;
    return rec_lex(toks, n, p, LX_PREP) && (toks[p].flags & FT_CAP) &&
        p > 0 && toks[p - 1].kind == FT_WORD &&
        !((toks[p].flags & FT_UPPER) && (toks[p - 1].flags & FT_UPPER));
}

#define QUOTE_REACH 80      /* bytes a quoted title spans on either side */
#define TITLE_WORDS 8

/* Where the quotation around off opens, or -1 when off is in none: an
 * odd count of straight quotes before it, or an opening curly one with no
 * closing one after it. memchr: most sentences have no quote at all. */
static ptrdiff_t
quote_open(const char *s, size_t off)
{
    const char *p = s, *end = s + off, *q;
    size_t straight = 0;
    ptrdiff_t last = -1;

    while ((q = memchr(p, '"', (size_t)(end - p))) != NULL) {
        straight++;
        last = q - s;
        p = q + 1;
    }
    if (straight % 2 == 0) {
        last = -1;
        for (p = s; (q = memchr(p, 0xe2, (size_t)(end - p))) != NULL;
             p = q + 1)
            if (end - q > 2 && (unsigned char)q[1] == 0x80 &&
                ((unsigned char)q[2] == 0x9c || (unsigned char)q[2] == 0x9d))
                last = (unsigned char)q[2] == 0x9c ? q + 2 - s : -1;
    }
    return last >= 0 && off - (size_t)last <= QUOTE_REACH ? last : -1;
}

/* A straight or an opening curly quotation mark in s[0..len)? memchr,
 * as memmem's set-up costs more than these short sentences. */
int
facts_has_quote(const char *s, size_t len)
{
    const char *p = s, *end = s + len, *q;

    if (memchr(s, '"', len) != NULL)
        return 1;
    for (; (q = memchr(p, 0xe2, (size_t)(end - p))) != NULL; p = q + 1)
        if (end - q > 2 && (unsigned char)q[1] == 0x80 &&
            (unsigned char)q[2] == 0x9c)
            return 1;
    return 0;
}

/* "Two Weeks in August", "Midnight, 1969": a date inside a short quoted
 * span whose words of four letters or more are all capitalised is part of
 * a title. Quoted speech has lower-case words. [off, end) is the fact. */
int
facts_quoted_title(const char *s, size_t len, size_t off, size_t end)
{
    ptrdiff_t open = quote_open(s, off);
    size_t i, j, words = 0, caps = 0, stop;

    if (open < 0)
        return 0;
    stop = end + QUOTE_REACH < len ? end + QUOTE_REACH : len;
    for (i = end; i < stop && s[i] != '"' && !(i + 2 < len &&
         (unsigned char)s[i] == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
         (unsigned char)s[i + 2] == 0x9d); i++)
        ;
    if (i == stop)
        return 0;
    stop = i;
    for (i = (size_t)open + 1; i < stop; i = j) {
        for (j = i; j < stop && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'); j++)
            ;
        if (j == i) {
            j++;
            continue;
        }
        words++;
        if (j - i >= 4 && (i < off || i >= end)) {
            if (s[i] >= 'a')
                return 0;
            caps++;
        }
    }
    return caps > 0 && words <= TITLE_WORDS;
}

/* The quote mark that ends s before offset at (straight or curly, single
 * or double), or 0 when none does. */
static int
quote_before(const char *s, size_t at)
{
    const unsigned char *u = (const unsigned char *)s;

    if (at >= 1 && (s[at - 1] == '"' || s[at - 1] == '\''))
        return 1;
    return at >= 3 && u[at - 3] == 0xe2 && u[at - 2] == 0x80 &&
        (u[at - 1] == 0x9c || u[at - 1] == 0x98);
}

/* The quote mark that opens s at offset at, or 0 when none does. */
static int
quote_at(const char *s, size_t len, size_t at)
{
    const unsigned char *u = (const unsigned char *)s;

    if (at < len && (s[at] == '"' || s[at] == '\''))
        return 1;
    return at + 2 < len && u[at] == 0xe2 && u[at + 1] == 0x80 &&
        (u[at + 2] == 0x9d || u[at + 2] == 0x99);
}

int
facts_quoted_year(const char *s, size_t len, size_t off, size_t end)
{
    size_t k;

    if (end - off != 4 || !quote_before(s, off))
        return 0;
    for (k = off; k < end; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    if (end < len && (s[end] == ',' || s[end] == '.'))
        end++;          /* the film "1999," */
    return quote_at(s, len, end);
}
