/* SPDX-License-Identifier: MIT */
/* fuzz_parse.c - libFuzzer target: raw bytes through decode (HTML included) and parse. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "parse.h"

/* Invariants any parse must keep; abort() makes libFuzzer report it. */
static void
check_doc(const struct parse_doc *doc)
{
    size_t i, end = 0;
    struct caldate ref = {2024, 2, 29}, out;

    if (doc->body == NULL || strlen(doc->body) != doc->body_len)
        abort();
    for (i = 0; i < doc->nsentences; i++) {
        const struct parse_sentence *s = &doc->sentences[i];
        if (s->len == 0 || s->off < end || s->off + s->len > doc->body_len ||
            (size_t)s->para >= doc->npara)
            abort();
        end = s->off + s->len;
    }
    if (parse_lead_len(doc) > doc->body_len || doc->boilerplate_lines < 0)
        abort();
    if (doc->date_source != PARSE_DATE_NONE &&
        !cal_valid(doc->date.y, doc->date.m, doc->date.d))
        abort();
    parse_doc_date(doc, ref, &out);
    if (!cal_valid(out.y, out.m, out.d))
        abort();
}

/* parse_document on the raw bytes too: it must survive text that decode
 * would never hand it (invalid UTF-8, controls). */
static void
parse_raw(const uint8_t *data, size_t size)
{
    char *t = malloc(size + 1);
    struct parse_doc doc;

    if (t == NULL)
        return;
    memcpy(t, data, size);
    t[size] = '\0';
    if (parse_document(t, strnlen(t, size), &doc) == 0) {
        check_doc(&doc);
        parse_free(&doc);
    }
    free(t);
}

/* decode_html_text on every decoded text, not only on what the sniff
 * calls HTML, so the reader meets all the fuzzer makes; its text is
 * parsed too. */
static void
html_any(const struct decoded *d)
{
    struct parse_doc doc;
    size_t len;
    char *t;

    if (decode_html_text(d->text, d->len, &t, &len) != 0)
        return;
    if (len != strlen(t))
        abort();
    if (parse_document(t, len, &doc) == 0) {
        check_doc(&doc);
        parse_free(&doc);
    }
    free(t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct decoded d;
    struct parse_doc doc;
    struct caldate c;
    char err[128];

    parse_date_text((const char *)data, size, &c);
    parse_raw(data, size);
    if (decode_text((const char *)data, size, &d, err, sizeof(err)) < 0)
        return 0;
    if (d.len != strlen(d.text))
        abort();
    if (parse_document(d.text, d.len, &doc) == 0) {
        check_doc(&doc);
        parse_free(&doc);
    }
    html_any(&d);
    decode_free(&d);
    return 0;
}
