/* SPDX-License-Identifier: MIT */
/* parse_util.c - byte-class helpers shared by the parse stages. */
#include <string.h>

#include "parse_int.h"

int
parse_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

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
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, n = 0;

    while (i < len) {
        int word = 0;
        while (i < len && parse_is_space(u[i]))
            i++;
        while (i < len && !parse_is_space(u[i])) {
            if (u[i] >= 0x80 || (u[i] >= '0' && u[i] <= '9') ||
                ((u[i] | 0x20) >= 'a' && (u[i] | 0x20) <= 'z'))
                word = 1;
            i++;
        }
        n += (size_t)word;
    }
    return n;
}
