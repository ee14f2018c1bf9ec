/* SPDX-License-Identifier: MIT */
/* parse.c - run the parse stages over one decoded article. */
#include <stdlib.h>
#include <string.h>

#include "parse_int.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define LEAD_SHORT 80      /* a first sentence shorter than this (bytes)
                              takes the second one into the lead */

/* Room for one more line: the lines start in c->local and move to the
 * heap, doubling, when a text has more. */
static int
grow_lines(struct pctx *c, size_t *cap)
{
    struct pline *v;

    if (c->nlines < *cap)
        return 0;
    if (c->lines == c->local) {
        v = malloc(2 * *cap * sizeof(*v));
        if (v != NULL)
            memcpy(v, c->local, c->nlines * sizeof(*v));
    } else {
        v = realloc(c->lines, 2 * *cap * sizeof(*v));
    }
    if (v == NULL)
        return -1;
    c->lines = v;
    *cap *= 2;
    return 0;
}

/* Add the line text[i..j), trimmed; a blank one is marked PL_BLANK. */
static int
add_line(struct pctx *c, size_t *cap, size_t i, size_t j)
{
    const char *text = c->text;
    size_t s, e;
    struct pline *l;

    for (s = i; s < j && parse_is_space((unsigned char)text[s]); s++)
        ;
    for (e = j; e > s && parse_is_space((unsigned char)text[e - 1]); e--)
        ;
    if (grow_lines(c, cap) < 0)
        return -1;
    l = &c->lines[c->nlines++];
    memset(l, 0, sizeof(*l));
    l->off = s;
    l->len = e - s;
    l->kind = e > s ? PL_BODY : PL_BLANK;
    l->gaps = true;
    return 0;
}

/* Cut text into lines at every '\n', found 16 bytes at a time in one
 * pass rather than by a call per line. */
static int
split_lines(const char *text, size_t len, struct pctx *c)
{
    size_t i = 0, k = 0, cap = PCTX_LOCAL;

    c->text = text;
    c->lines = c->local;
    c->nlines = 0;
#if defined(__SSE2__)
    for (; k + 16 <= len; k += 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(text + k));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_cmpeq_epi8(x, _mm_set1_epi8('\n')));
        for (; m != 0; m &= m - 1) {
            size_t j = k + (unsigned)__builtin_ctz(m);
            if (add_line(c, &cap, i, j) < 0)
                return -1;
            i = j + 1;
        }
    }
#endif
    for (; k < len; k++)
        if (text[k] == '\n') {
            if (add_line(c, &cap, i, k) < 0)
                return -1;
            i = k + 1;
        }
    return add_line(c, &cap, i, len);
}

static void
free_lines(struct pctx *c)
{
    if (c->lines != c->local)
        free(c->lines);
}

int
parse_document(const char *text, size_t len, struct parse_doc *doc)
{
    struct pctx c;
    int n;

    memset(doc, 0, sizeof(*doc));
    if (split_lines(text, len, &c) < 0) {
        free_lines(&c);
        return -1;
    }
    if (parse_header(&c, doc) < 0 || (n = parse_boiler(&c)) < 0)
        goto fail;
    doc->boilerplate_lines = n;
    if (parse_title(&c, doc) < 0 || parse_dateline(&c, doc) < 0 ||
        parse_body(&c, doc) < 0 || parse_sentences(doc) < 0)
        goto fail;
    free_lines(&c);
    return 0;
fail:
    free_lines(&c);
    parse_free(doc);
    return -1;
}

void
parse_free(struct parse_doc *doc)
{
    if (doc == NULL)
        return;
    free(doc->title);
    free(doc->dateline);
    free(doc->body);
    free(doc->sentences);
    memset(doc, 0, sizeof(*doc));
}

size_t
parse_lead_len(const struct parse_doc *doc)
{
    const struct parse_sentence *s = doc->sentences;

    if (doc->nsentences == 0)
        return 0;
    if (s[0].len < LEAD_SHORT && doc->nsentences > 1)
        return s[1].off + s[1].len;
    return s[0].off + s[0].len;
}

const char *
parse_date_source_name(enum parse_date_source s)
{
    switch (s) {
    case PARSE_DATE_HEADER:
        return "header";
    case PARSE_DATE_DATELINE:
        return "dateline";
    default:
        return "mtime";
    }
}
