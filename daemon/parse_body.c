/* SPDX-License-Identifier: MIT */
/* parse_body.c - join the story lines into paragraphs a blank line apart. */
#include <stdlib.h>
#include <string.h>

#include "parse_int.h"

#define WRAP_MIN 40        /* a hard-wrapped line is at least this long ... */
#define WRAP_MAX 100       /* ... and at most this long */

/* Does line a run on into line b (hard-wrapped text)? A line that ends a
 * sentence, or any line of a file that puts one paragraph on each line,
 * starts a new paragraph. */
static int
runs_on(const char *text, const struct pline *a, const struct pline *b)
{
    unsigned char last = (unsigned char)text[a->off + a->len - 1];
    unsigned char next = (unsigned char)text[b->off];

    if (parse_ends_sentence(text + a->off, a->len) || last == ':')
        return 0;
    if (next >= 'a' && next <= 'z')
        return 1;
    if (a->len < 80 && strncmp(text + a->off, "By ", 3) == 0)
        return 0;       /* a byline over its story: "By Ishaan Kulkarni
                           and Meher Shaikh, Class 5B" */
    return a->len >= WRAP_MIN && a->len <= WRAP_MAX && last != '"';
}

/* Lines from i on with no blank between them, each opening in upper
 * case, the last ending no sentence: a list ("Key points:" and its
 * points, a box of facts), one item a line, not a wrapped paragraph
 * (whose last line ends its last sentence). */
static int
list_block(const struct pctx *c, size_t i)
{
    const struct pline *l = NULL;
    size_t j;

    for (j = i; j < c->nlines && c->lines[j].kind == PL_BODY &&
                c->lines[j].len > 0; j++) {
        l = &c->lines[j];
        if (!(c->text[l->off] >= 'A' && c->text[l->off] <= 'Z'))
            return 0;
    }
    return j >= i + 2 && !parse_ends_sentence(c->text + l->off, l->len);
}

/* Append s[0..n) to out, collapsing runs of blanks into one space. Most
 * lines hold neither a tab nor two spaces (!gaps): those are one memcpy. */
static size_t
put_line(char *out, const char *s, size_t n, bool gaps)
{
    size_t i, o = 0;

    if (!gaps) {
        memcpy(out, s, n);
        return n;
    }
    for (i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\t') {
            if (o > 0 && out[o - 1] == ' ')
                continue;
            out[o++] = ' ';
        } else {
            out[o++] = s[i];
        }
    }
    return o;
}

int
parse_body(const struct pctx *c, struct parse_doc *doc)
{
    size_t i, total = 0, o = 0;
    const struct pline *prev = NULL;
    int list = 0;
    char *b;

    for (i = 0; i < c->nlines; i++)
        total += c->lines[i].len + 2;
    b = malloc(total + 1);
    if (b == NULL)
        return -1;
    doc->npara = 0;
    doc->words = 0;
    for (i = 0; i < c->nlines; i++) {
        const struct pline *l = &c->lines[i];
        if (l->kind != PL_BODY || l->len == 0) {
            prev = NULL;
            continue;
        }
        if (prev == NULL)
            list = list_block(c, i);
        if (prev != NULL && !list && runs_on(c->text, prev, l)) {
            b[o++] = ' ';
        } else {
            if (o > 0) {
                b[o++] = '\n';
                b[o++] = '\n';
            }
            doc->npara++;
        }
        o += put_line(b + o, c->text + l->off, l->len, l->gaps);
        doc->words += l->words;
        prev = l;
    }
    b[o] = '\0';
    doc->body = b;
    doc->body_len = o;
    return 0;
}
