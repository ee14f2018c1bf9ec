/* SPDX-License-Identifier: MIT */
/* facts_key.c - rank facts by where they stand and how near the article's date they fall. */
#include <stdlib.h>
#include <string.h>

#include "facts_key.h"

/* Sentences in the lead: the first, and the second when the first is short
 * (a dateline fragment or a one-clause opener). */
static int
lead_sentences(const struct parse_doc *doc)
{
    if (doc->nsentences == 0)
        return 0;
    return doc->sentences[0].len < 120 && doc->nsentences > 1 ? 2 : 1;
}

/* Day number of the start of a fact's value, or INT64_MIN for values that
 * are not a day or week. */
static int
days_from(const struct fact *f, struct caldate ref, int64_t *days)
{
    struct caldate c;

    if (f->gran == FACTS_DAY && cal_parse_iso(f->value, 10, &c) == 0) {
        *days = cal_to_days(c) - cal_to_days(ref);
        return 1;
    }
    return 0;
}

/* Compare a value with the reference's own period of the same granularity:
 * -1 before it, 0 the same, 1 after. Values compare as strings because
 * TIMEX3 values of one granularity sort like their dates. */
static int
period_cmp(const struct fact *f, struct caldate ref)
{
    char r[16];
    int c;

    cal_format(ref, r);
    c = strncmp(f->value, r, strlen(f->value) < 10 ? 4 : 10);
    if (c == 0 && f->gran == FACTS_MONTH)
        c = strncmp(f->value, r, 7);
    return c < 0 ? -1 : c > 0;
}

/* How strongly the value itself suggests news: recent days and weeks and
 * coming periods yes, past months, years and decades no. */
static int
value_score(const struct fact *f, struct caldate ref)
{
    int64_t d;

    if (days_from(f, ref, &d))
        return d >= -7 && d <= 14 ? 2 : d > 0 ? 1 : -1;
    if (f->gran == FACTS_WEEK)
        return 2;
    if (f->gran >= FACTS_DECADE)
        return -3;
    return period_cmp(f, ref) >= 0 ? 1 : -2;
}

static int
pos_score(const struct parse_doc *doc, const struct fact *f)
{
    if (f->sentence < 0 || f->sentence < lead_sentences(doc))
        return 4;
    (void)doc;
    return f->sentence < 6 ? 1 : 0;
}

static int
repeat(const struct facts_list *l, size_t k)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        if (i != k && l->v[i].key && strcmp(l->v[i].value, l->v[k].value) == 0)
            return 1;
    return 0;
}

/* Mark facts scoring at least min, in text order, up to max keys. */
static int
mark(const struct parse_doc *doc, struct caldate ref, struct facts_list *l,
     int min, int nkey, int max)
{
    size_t i;

    for (i = 0; i < l->n && nkey < max; i++) {
        struct fact *f = &l->v[i];
        if (f->key || repeat(l, i))
            continue;
        if (pos_score(doc, f) + value_score(f, ref) >= min) {
            f->key = true;
            nkey++;
        }
    }
    return nkey;
}

void
facts_key_mark(const struct parse_doc *doc, struct caldate ref,
               struct facts_list *l)
{
    int nkey = mark(doc, ref, l, 5, 0, FACTS_MAX_KEY);

    /* A lead without a dated fact often states the event in general terms
     * and dates it in the next sentences. */
    if (nkey < 2)
        mark(doc, ref, l, 3, nkey, 3);
}
