/* SPDX-License-Identifier: MIT */
/* decode_entities.c - HTML character references that scrapers leave in text ("&amp;", "&#8217;"), decoded in place. */
#include <stdlib.h>
#include <string.h>

#include "decode.h"

/* The names scraped news text carries; each decodes to no more bytes
 * than its reference takes, so decoding happens in place. */
static const struct {
    const char *name;
    unsigned    cp;
} names[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xa0}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201a},
    {"ldquo", 0x201c}, {"rdquo", 0x201d}, {"bdquo", 0x201e},
    {"hellip", 0x2026}, {"bull", 0x2022}, {"middot", 0xb7},
    {"pound", 0xa3}, {"euro", 0x20ac}, {"yen", 0xa5}, {"cent", 0xa2},
    {"copy", 0xa9}, {"reg", 0xae}, {"trade", 0x2122}, {"deg", 0xb0},
    {"laquo", 0xab}, {"raquo", 0xbb}, {"shy", 0xad}, {"times", 0xd7},
    {"eacute", 0xe9}, {"egrave", 0xe8}, {"aacute", 0xe1}, {"oacute", 0xf3},
    {"uuml", 0xfc}, {"ouml", 0xf6}, {"auml", 0xe4}, {"ccedil", 0xe7},
    {"ntilde", 0xf1}, {"szlig", 0xdf},
};

/* The code point of the reference at s[0..n) (s[0] is '&'), its length
 * in *len; 0 when it is none. */
static unsigned
reference(const char *s, size_t n, size_t *len)
{
    size_t i = 1, k;
    unsigned long cp = 0;
    int base = 10, digits = 0;

    if (i < n && s[i] == '#') {
        i++;
        if (i < n && (s[i] == 'x' || s[i] == 'X')) {
            base = 16;
            i++;
        }
        for (; i < n && digits < 7; i++, digits++) {
            char c = s[i];
            int v = c >= '0' && c <= '9' ? c - '0' :
                base == 16 && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ?
                (c | 0x20) - 'a' + 10 : -1;
            if (v < 0)
                break;
            cp = cp * (unsigned long)base + (unsigned long)v;
        }
        if (digits == 0 || i >= n || s[i] != ';' || cp == 0 ||
            cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return 0;
        *len = i + 1;
        /* "&#150;", "&#146;": pages mean Windows-1252 there, as browsers
         * read them; C1 controls would vanish and join "3&#150;5" up */
        if (cp >= 0x80 && cp <= 0x9f)
            return decode_cp1252((unsigned char)cp) ?
                decode_cp1252((unsigned char)cp) : 0xfffd;
        return (unsigned)cp;
    }
    /* a name is letters and a ';' within eight bytes: "R&D" is none */
    for (k = 1; k < n && k < 9 && s[k] != ';'; k++)
        if (!((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
            return 0;
    if (k == 1 || k >= n || k >= 9)
        return 0;
    for (k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t m = strlen(names[k].name);
        if (m + 2 <= n && memcmp(s + 1, names[k].name, m) == 0 &&
            s[m + 1] == ';') {
            *len = m + 2;
            return names[k].cp;
        }
    }
    return 0;
}

int
decode_has_entities(const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    size_t len;

    while ((p = memchr(p, '&', (size_t)(end - p))) != NULL) {
        if (reference(p, (size_t)(end - p), &len))
            return 1;
        p++;
    }
    return 0;
}

size_t
decode_entities(char *s, size_t n)
{
    const char *amp = memchr(s, '&', n);
    size_t i, o, len;
    unsigned cp;

    if (amp == NULL)
        return n;               /* nothing to do: no copy of the text */
    i = o = (size_t)(amp - s);
    while (i < n) {
        if (s[i] == '&' && (cp = reference(s + i, n - i, &len)) != 0) {
            if (cp != 0xad)                     /* &shy;: none */
                o += decode_put_utf8(s + o, cp);    /* never longer */
            i += len;
            continue;
        }
        s[o++] = s[i++];
    }
    s[o] = '\0';
    return o;
}
