/* SPDX-License-Identifier: MIT */
/* parse_util.c - byte-class helpers shared by the parse stages. */
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

/* ASCII classes for counting words: 1 white space, 2 a letter or a digit,
 * 0 anything else; every byte of a non-ASCII character counts as 2. */
static const unsigned char word_class[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [' '] = 1,
    ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2,
    ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
    ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2,
    ['G'] = 2, ['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2,
    ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2,
    ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2,
    ['Y'] = 2, ['Z'] = 2,
    ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2,
    ['g'] = 2, ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2,
    ['m'] = 2, ['n'] = 2, ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2,
    ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2, ['w'] = 2, ['x'] = 2,
    ['y'] = 2, ['z'] = 2,
};

size_t
parse_count_words(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i, n = 0;
    int tok = 0;        /* 0 between words, 1 in a token, 2 in a word */

    for (i = 0; i < len; i++) {
        unsigned char k = u[i] >= 0x80 ? 2 : word_class[u[i]];
        if (k == 1) {
            n += tok == 2;
            tok = 0;
        } else if (k == 2 || tok == 0) {
            tok = k == 2 ? 2 : 1;
        }
    }
    return n + (tok == 2);
}
