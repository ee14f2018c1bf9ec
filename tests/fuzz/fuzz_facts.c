/* SPDX-License-Identifier: MIT */
/* fuzz_facts.c - libFuzzer target for the date normaliser and the fact recogniser. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "facts_norm.h"

/* Read a little-endian int from the input, or 0 past its end. */
static int
take(const uint8_t **p, size_t *n, int bytes)
{
    int v = 0, i;

    for (i = 0; i < bytes && *n > 0; i++, (*p)++, (*n)--)
        v |= (int)(**p) << (8 * i);
    return bytes == 2 ? (int16_t)v : v;
}

/* The first 17 or 18 bytes build an expression, a reference date and a tense for
 * facts_norm; what remains is an article whose first line is the title and
 * whose other lines are sentences. */
static void
fuzz_norm(const uint8_t **p, size_t *n, struct caldate *ref)
{
    struct facts_expr e = {0};
    char v[16];
    int t;

    e.gran = (enum facts_gran)(take(p, n, 1) % 9);
    e.anchor = (enum facts_anchor)(take(p, n, 1) % 6);
    e.y = take(p, n, 2);
    e.m = take(p, n, 1) % 14;
    e.d = take(p, n, 1) % 33;
    e.wd = take(p, n, 1) % 8;
    e.part = take(p, n, 1) % 5;
    e.n = take(p, n, 2);
    e.weekend = take(p, n, 1) & 1;
    e.hol = take(p, n, 1) % 8;          /* 7: none such, must be refused */
    if (e.hol)
        e.d = (int8_t)take(p, n, 1);    /* an offset, maybe out of range */
    t = take(p, n, 1) % 4;
    ref->y = 1 + (take(p, n, 2) & 0x7fff) % 9999;
    ref->m = 1 + take(p, n, 1) % 12;
    ref->d = 1 + take(p, n, 1) % 28;
    if (facts_norm(&e, *ref, (enum facts_tense)t, v) == 0 &&
        (v[0] == '\0' || strlen(v) > 12))
        abort();
}

static void
fuzz_extract(const uint8_t *p, size_t n, struct caldate ref)
{
    struct parse_doc doc = {0};
    struct parse_sentence s[64];
    struct facts_list l;
    char *text = malloc(n + 1);
    size_t i, start, nl;

    if (!text)
        return;
    memcpy(text, p, n);
    text[n] = '\0';
    nl = strcspn(text, "\n");
    doc.title = strndup(text, nl);
    doc.body = text;
    doc.body_len = n;
    for (start = nl < n ? nl + 1 : n, i = start; i <= n && doc.nsentences < 64;
         i++) {
        if (i == n || text[i] == '\n') {
            s[doc.nsentences++] = (struct parse_sentence){start, i - start, 0};
            start = i + 1;
        }
    }
    doc.sentences = s;
    if (doc.title && facts_extract(&doc, ref, &l) >= 0) {
        for (i = 0; i < l.n; i++) {
            const struct fact *f = &l.v[i];
            size_t max = f->sentence < 0 ? strlen(doc.title) :
                s[f->sentence].len;
            if (f->len == 0 || f->off + f->len > max || !f->value[0])
                abort();
        }
        facts_free(&l);
    }
    free(doc.title);
    free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct caldate ref = {2023, 3, 21};

    fuzz_norm(&data, &size, &ref);
    if (!cal_valid(ref.y, ref.m, ref.d))
        ref = (struct caldate){2023, 3, 21};
    fuzz_extract(data, size, ref);
    return 0;
}
