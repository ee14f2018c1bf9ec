/* SPDX-License-Identifier: MIT */
/* parse_util.c - byte-class helpers shared by the parse stages. */
#include <stdint.h>
#include <string.h>

#include "parse_int.h"

/* Length of a closing quote or bracket that ends at s[len], or 0. */
static size_t
closer_before(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;

    if (len >= 1 && (u[len - 1] == '"' || u[len - 1] == '\'' ||
                     u[len - 1] == ')' || u[len - 1] == ']'))
        return 1;
    /* ’ U+2019 and ” U+201D: E2 80 99 / E2 80 9D; » U+00BB: C2 BB */
    if (len >= 3 && u[len - 3] == 0xe2 && u[len - 2] == 0x80 &&
        (u[len - 1] == 0x99 || u[len - 1] == 0x9d))
        return 3;
    if (len >= 2 && u[len - 2] == 0xc2 && u[len - 1] == 0xbb)
        return 2;
    return 0;
}

int
parse_ends_sentence(const char *s, size_t len)
{
    size_t k;
    const unsigned char *u = (const unsigned char *)s;

    while (len > 0 && parse_is_space(u[len - 1]))
        len--;
    while ((k = closer_before(s, len)) > 0)
        len -= k;
    if (len == 0)
        return 0;
    if (u[len - 1] == '.' || u[len - 1] == '!' || u[len - 1] == '?')
        return 1;
    /* … U+2026 */
    return len >= 3 && u[len - 3] == 0xe2 && u[len - 2] == 0x80 &&
           u[len - 1] == 0xa6;
}

size_t
parse_count_words(const char *s, size_t len)
{
    return parse_count_words_upto(s, len, SIZE_MAX);
}

size_t
parse_count_words_upto(const char *s, size_t len, size_t most)
{
    struct pcount c = PCOUNT_START;
    struct pmask m;
    size_t base;

    for (base = 0; base < len && c.words <= most; base += 64) {
        parse_mask64((const unsigned char *)s + base,
                     len - base < 64 ? len - base : 64, &m);
        parse_count_block(&c, &m);
    }
    return c.words;
}

const char *
parse_field_sep(const char *s, size_t len, bool slash, size_t *n)
{
    static const char *const seps[] = {" | ", " \xc2\xb7 ",
                                       " \xe2\x80\xa2 ", " / "};
    const char *best = NULL, *p;
    size_t k, nk = sizeof seps / sizeof *seps - !slash;

    for (k = 0; k < nk; k++) {
        p = memmem(s, len, seps[k], strlen(seps[k]));
        if (p != NULL && (best == NULL || p < best)) {
            best = p;
            *n = strlen(seps[k]);
        }
    }
    return best;
}
