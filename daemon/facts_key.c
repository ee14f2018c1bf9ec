/* SPDX-License-Identifier: MIT */
/* facts_key.c - mark the facts that carry the story: where they stand, how near they fall. */
#include <string.h>
#include <strings.h>

#include "facts_key.h"
#include "facts_norm.h"

/* At most this many keys: a story has one event, rarely more than three
 * dates that carry it (gold sets give 1-4, but a fourth candidate is
 * mostly background: "this afternoon" beside the event's day). */
#define KEY_MAX 3
/* Score a fact needs to be key, and the most value_score gives. */
#define KEY_MIN   4
#define VALUE_MAX 2

/* Index of the first sentence after the lead (see parse_lead_len). */
static int
after_lead(const struct parse_doc *doc)
{
    size_t lead = parse_lead_len(doc), i;

    for (i = 0; i < doc->nsentences; i++)
        if (doc->sentences[i].off >= lead)
            return (int)i;
    return (int)doc->nsentences;
}

/* Title and lead state the story; the sentence after them often dates
 * what comes next ("the final on the 28th of May"); later ones rarely.
 * The headline's own dates are its story even when they fall in this
 * year ("Election 2026"). */
static int
pos_score(const struct fact *f, int lead_end)
{
    if (f->sentence < 0)
        return 4;
    if (f->sentence < lead_end)
        return 3;
    if (f->sentence == lead_end)
        return 2;
    return f->sentence == lead_end + 1 ? 1 : 0;
}

/* Compare a value with the reference's own period of the same
 * granularity: -1 before it, 0 the same, 1 after. TIMEX3 values of one
 * granularity sort like their dates, so the reference is formatted the
 * same way and compared as a string. */
static int
period_cmp(const struct fact *f, struct caldate ref)
{
    char r[16];
    size_t n = strlen(f->value);
    int c;

    cal_format(ref, r);
    if (f->gran == FACTS_MONTH)
        c = strncmp(f->value, r, 7);
    else
        c = strncmp(f->value, r, 4);
    if (c == 0 && f->gran != FACTS_MONTH && f->gran != FACTS_YEAR && n > 4)
        return 0;       /* a season, quarter or half of this year */
    return c < 0 ? -1 : c > 0;
}

/* The quarter or half before the reference's own. */
static int
just_ended(const struct fact *f, struct caldate ref)
{
    struct facts_expr e = {.gran = f->gran, .anchor = FACTS_REL, .n = -1};
    char prev[16];

    return facts_norm(&e, ref, FACTS_TENSE_NONE, prev) == 0 &&
        strcmp(prev, f->value) == 0;
}

/* Recent and coming days and weeks are news; past weeks, months and years
 * are background; the current year says little, the current quarter or
 * half is what a results story is about. */
static int
value_score(const struct fact *f, struct caldate ref)
{
    struct caldate c;
    int64_t d;

    if (f->gran == FACTS_DAY && cal_parse_iso(f->value, 10, &c) == 0) {
        d = cal_to_days(c) - cal_to_days(ref);
        /* the last fortnight is news when the lead tells it */
        return d >= -3 && d <= 60 ? 2 : d >= -14 ? 1 : d > 0 ? 1 : -1;
    }
    if (f->gran == FACTS_WEEK) {
        char now[16];
        struct facts_expr e = {.gran = FACTS_WEEK, .anchor = FACTS_REL};
        facts_norm(&e, ref, FACTS_TENSE_NONE, now);
        return strncmp(f->value, now, 8) >= 0 ? 2 : -2;
    }
    if (f->gran >= FACTS_DECADE)
        return -3;
    if ((f->gran == FACTS_QUARTER || f->gran == FACTS_HALF) &&
        just_ended(f, ref))
        return 2;       /* the period a results story reports */
    switch (period_cmp(f, ref)) {
    case 1:  return 1;
    case 0:  return f->gran == FACTS_YEAR ? 0 :
        f->gran == FACTS_QUARTER || f->gran == FACTS_HALF ? 2 : 1;
    default: return -2;
    }
}

static int
repeat(const struct facts_list *l, size_t k)
{
    size_t i;

    for (i = 0; i < k; i++)
        if (strcmp(l->v[i].value, l->v[k].value) == 0)
            return 1;
    return 0;
}

/* "later this year", "by the end of the month": the current period, but
 * looking ahead. */
static int
ahead(const struct parse_doc *doc, const struct fact *f)
{
    const char *s = f->sentence < 0 ? doc->title :
        doc->body + doc->sentences[f->sentence].off;
    const char *e = s + f->off;

    return (f->len > 5 && strncasecmp(e, "later", 5) == 0) ||
        (f->len > 6 && memmem(e, f->len, "end of", 6));
}

/* The sentence that opens the paragraph after the lead's: the story's
 * second paragraph, which often dates what the lead announced. -1 when
 * there is none. */
static int
next_para(const struct parse_doc *doc, int lead_end)
{
    size_t i;
    int p;

    if (lead_end < 1 || (size_t)lead_end > doc->nsentences)
        return -1;
    p = doc->sentences[lead_end - 1].para;
    for (i = (size_t)lead_end; i < doc->nsentences; i++)
        if (doc->sentences[i].para > p)
            return doc->sentences[i].para == p + 1 ? (int)i : -1;
    return -1;
}

void
facts_key_mark(const struct parse_doc *doc, struct caldate ref,
               struct facts_list *l)
{
    int lead_end = after_lead(doc), nkey = 0, next;
    size_t i;

    /* A lead without a date states the event in general terms; the
     * sentence that first dates it stands in for the lead. */
    if (l->n > 0 && l->v[0].sentence >= lead_end &&
        l->v[0].sentence <= lead_end + 2)
        lead_end = l->v[0].sentence + 1;

    next = next_para(doc, lead_end);
    for (i = 0; i < l->n && nkey < KEY_MAX && nkey < FACTS_MAX_KEY; i++) {
        struct fact *f = &l->v[i];
        int pos = pos_score(f, lead_end);
        if (f->sentence == next && pos < 2)
            pos = 2;
        if (pos + VALUE_MAX < KEY_MIN && f->sentence > next)
            break;              /* facts come in text order */
        if (pos + value_score(f, ref) + (f->gran == FACTS_YEAR &&
                                         ahead(doc, f)) >= KEY_MIN &&
            !repeat(l, i)) {
            f->key = true;
            nkey++;
        }
    }
}
