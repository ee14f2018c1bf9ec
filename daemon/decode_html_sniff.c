/* SPDX-License-Identifier: MIT */
/* decode_html_sniff.c - tell an HTML page or fragment from plain text that mentions a tag, cheaply. */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "decode.h"

#define SNIFF_WINDOW 4096  /* bytes looked at to call a text HTML */
#define SNIFF_TAGS 3       /* known tags standing at a line's start */

/* Tags that mark a text as HTML when they stand at a line's start:
 * block and inline tags, and what a page's head holds. */
static const char *const sniff_tags[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "main", "header", "footer", "aside", "figure",
    "figcaption", "table", "ul", "ol", "li", "tr", "td", "br", "span",
    "a", "img", "meta", "link", "title", "script", "style", "nav", "b",
    "i", "em", "strong", "time", "pre", "form", "iframe", "noscript",
    "html", "head", "body",    /* from SNIFF_PAGE on: a whole page */
};
#define SNIFF_PAGE (sizeof sniff_tags / sizeof sniff_tags[0] - 3)

/* The known tag whose name starts at s[0..n) (after '<' or "</"): its
 * index in sniff_tags, or -1. The name must end the tag's name. */
static int
sniff_tag(const char *s, size_t n)
{
    size_t i, k;

    for (i = 0; i < sizeof sniff_tags / sizeof sniff_tags[0]; i++) {
        k = strlen(sniff_tags[i]);
        if (k < n && strncasecmp(s, sniff_tags[i], k) == 0 &&
            (s[k] == '>' || s[k] == ' ' || s[k] == '/' || s[k] == '\t' ||
             s[k] == '\n'))
            return (int)i;
    }
    return -1;
}

/* Whether the '<' at s[i] stands at the start of a line or right after
 * another tag's '>', as in markup; a tag named in prose ("the <b> tag")
 * follows a word. */
static bool
standing(const char *s, size_t i)
{
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
        i--;
    return i == 0 || s[i - 1] == '\n' || s[i - 1] == '>';
}

/* Skip white space and a byte-order mark at the start. */
static size_t
lead_space(const char *s, size_t n)
{
    size_t i = 0;

    if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                     s[i] == '\r'))
        i++;
    return i;
}

bool
decode_html_sniff(const char *s, size_t n)
{
    size_t i, w = n < SNIFF_WINDOW ? n : SNIFF_WINDOW, start;
    const char *p;
    int k, stand = 0, closed = 0;

    if ((p = memchr(s, '<', w)) == NULL)
        return false;   /* the common case: plain text, one memchr */
    start = lead_space(s, w);
    if (w - start >= 14 &&
        strncasecmp(s + start, "<!doctype html", 14) == 0)
        return true;
    for (i = (size_t)(p - s); i + 1 < w; i++) {
        if (s[i] != '<')
            continue;
        if (s[i + 1] == '/') {
            closed += sniff_tag(s + i + 2, w - i - 2) >= 0;
            continue;
        }
        if ((k = sniff_tag(s + i + 1, w - i - 1)) < 0 || !standing(s, i))
            continue;
        /* <html>, <head>, <body> on a line of their own: a page */
        if ((size_t)k >= SNIFF_PAGE || ++stand >= SNIFF_TAGS)
            return true;
    }
    /* "<p>One paragraph.</p>": opens with a tag that is closed later */
    return stand > 0 && closed > 0 && s[start] == '<' &&
        sniff_tag(s + start + 1, w - start - 1) >= 0;
}
