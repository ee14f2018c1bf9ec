/* SPDX-License-Identifier: MIT */
/* facts_section.c - the lines that say what day the text under them is told from: headings, news-in-brief datelines, post stamps. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "facts_scan.h"

int
facts_heading_line(const struct parse_doc *doc, size_t i)
{
    const struct parse_sentence *s = &doc->sentences[i];
    const char *t = doc->body + s->off;
    size_t k, letters = 0;

    if (s->len == 0 || s->len > 40 || t[s->len - 1] == '.' ||
        (i > 0 && doc->sentences[i - 1].para == s->para) ||
        (i + 1 < doc->nsentences && doc->sentences[i + 1].para == s->para))
        return 0;
    if (s->len == 4 && strspn(t, "0123456789") == 4)
        return 1;       /* "2050" over a year of a decade's review */
    for (k = 0; k < s->len; k++) {
        if (t[k] >= 'a' && t[k] <= 'z')
            return 0;
        letters += t[k] >= 'A' && t[k] <= 'Z';
    }
    return letters >= 3;
}

/* Sentence i is a heading of four figures that read as a 24-hour clock
 * time ("1145"); its value, or -1. */
static int
hhmm_heading(const struct parse_doc *doc, size_t i)
{
    const char *t = doc->body + doc->sentences[i].off;
    int v;

    if (doc->sentences[i].len != 4 || strspn(t, "0123456789") < 4 ||
        !facts_heading_line(doc, i))
        return -1;
    v = atoi(t);
    return v / 100 < 24 && v % 100 < 60 ? v : -1;
}

int
facts_clock_headings(const struct parse_doc *doc)
{
    size_t i, clocks = 0;
    int early = 0, v;

    for (i = 0; i < doc->nsentences; i++)
        if ((v = hhmm_heading(doc, i)) >= 0) {
            clocks++;
            early |= v < 1500;
        }
    return clocks >= 2 && early;
}

int
facts_clock_heading(const struct parse_doc *doc, size_t i)
{
    return hhmm_heading(doc, i) >= 0;
}

int
facts_heading_year(const struct fact *v, size_t first, size_t n)
{
    size_t k;

    for (k = first; k < n; k++)
        if (v[k].gran == FACTS_YEAR && strlen(v[k].value) == 4)
            return atoi(v[k].value);
    return 0;
}

int
facts_opens_para(const struct parse_doc *doc, size_t i)
{
    return i == 0 || doc->sentences[i - 1].para != doc->sentences[i].para;
}

/* Whether s[0..len) may open with a dateline, the cheap test before
 * parse_item_date: a first word in capitals ("BERLIN", "SAN DIEGO") or
 * one a comma follows ("Kisumu, Friday -"). Most paragraphs open with
 * "The" or a name and are passed over. */
static int
may_open_dateline(const char *s, size_t len)
{
    size_t k = 0;
    int lower = 0;

    while (k < len && ((s[k] >= 'A' && s[k] <= 'Z') ||
                       (s[k] >= 'a' && s[k] <= 'z') ||
                       (unsigned char)s[k] >= 0x80)) {
        lower |= s[k] >= 'a' && s[k] <= 'z';
        k++;
    }
    return k > 0 && s[0] >= 'A' && s[0] <= 'Z' &&
        ((!lower && k >= 2) || (k < len && s[k] == ','));
}

/* A paragraph of one short sentence with no stop: an item's headline. */
static int
headline_para(const struct parse_doc *doc, size_t i)
{
    const struct parse_sentence *s = &doc->sentences[i];

    return s->len > 0 && s->len <= 120 && doc->body[s->off + s->len - 1] !=
        '.' && (i + 1 == doc->nsentences ||
                doc->sentences[i + 1].para != s->para);
}

/* Days before the reference an item's dateline may lie: a brief filed
 * within the month (not a preview's "Paris, July 26: the Games open",
 * which parse_item_date reads as last July). */
#define ITEM_BACK 31

struct caldate
facts_item_ref(const struct parse_doc *doc, size_t i, struct caldate ref,
               struct caldate cur, size_t *own)
{
    const struct parse_sentence *s = &doc->sentences[i];
    struct caldate d;
    size_t end;
    int kind;

    *own = 0;
    if (may_open_dateline(doc->body + s->off, s->len) &&
        (kind = parse_item_date(doc->body + s->off, s->len, ref, &d,
                                &end)) != 0 &&
        !(kind == 2 && cal_to_days(ref) - cal_to_days(d) > ITEM_BACK)) {
        if (kind == 3 && cal_to_days(d) == cal_to_days(ref))
            *own = end;         /* "CAPE TOWN, Sunday.": the article's day */
        return kind == 3 ? ref : d;     /* a weekday's telegram may be
                                           followed by the paper's own
                                           news: the article's day */
    }
    if (i == 0 && doc->dateline && parse_dateline_day(doc->dateline_date,
                                                      ref, &d))
        return d;       /* the first item's, parse took it off */
    if (headline_para(doc, i) && i + 1 < doc->nsentences &&
        may_open_dateline(doc->body + doc->sentences[i + 1].off,
                          doc->sentences[i + 1].len) &&
        parse_item_date(doc->body + doc->sentences[i + 1].off,
                        doc->sentences[i + 1].len, ref, &d, &end) == 2)
        return d;       /* the headline's paragraph is one sentence */
    return cur;
}

int
facts_heading_shape(const struct parse_doc *doc, size_t i)
{
    const struct parse_sentence *s = &doc->sentences[i];
    const char *t = doc->body + s->off;

    return s->len > 0 && s->len <= 60 && t[s->len - 1] != '.' &&
        (s->off == 0 || t[-1] == '\n') &&
        (s->off + s->len >= doc->body_len || t[s->len] == '\n');
}

/* s[0..len) has a lower-case ASCII letter. */
static int
has_lower(const char *s, size_t len)
{
    size_t k;

    for (k = 0; k < len; k++)
        if (s[k] >= 'a' && s[k] <= 'z')
            return 1;
    return 0;
}

/* The fact f, in text t, ends in its year: "Sept. 21, 1944",
 * "14/3/98". */
static int
ends_in_year(const char *t, const struct fact *f)
{
    const char *e = t + f->off + f->len;

    return f->len >= 6 && e[-1] >= '0' && e[-1] <= '9' && e[-2] >= '0' &&
        e[-2] <= '9' && (e[-3] == '/' || e[-3] == '.' || e[-3] == '-' ||
                         (e[-3] >= '0' && e[-3] <= '9' && e[-4] >= '0' &&
                          e[-4] <= '9'));
}

/* An archive column's heading before the issue it quotes: "100 YEARS
 * AGO - from the Clarion of Saturday, 11 March 1933". */
static int
years_ago_before(const char *t, size_t len)
{
    const char *p = memmem(t, len, " YEARS AGO", 10);

    if (p == NULL && (p = memmem(t, len, " years ago", 10)) != NULL &&
        memchr(t, ' ', (size_t)(p - t)) != NULL)
        return 0;       /* "100 years ago - from ...", not a caption's
                           "Crowds at the opening 50 years ago, on ..." */
    return p != NULL && p > t &&
        (p + 10 == t + len || p[10] == ' ' || p[10] == ':' || p[10] == ',');
}

int
facts_section_day(const struct parse_doc *doc, size_t i,
                  const struct fact *v, size_t first, size_t n,
                  struct caldate *d, size_t *used)
{
    const struct parse_sentence *s = &doc->sentences[i];
    const char *t = doc->body + s->off;
    const struct fact *f = n > first ? &v[n - 1] : NULL;
    const struct fact *o = n > first ? &v[first] : NULL;
    const char *after;

    if (!facts_heading_shape(doc, i) || f == NULL)
        return 0;
    if (f->gran == FACTS_DAY && f->off + f->len == s->len &&
        ends_in_year(t, f) &&
        (f->off == 0 || (f->off >= 2 && t[f->off - 1] == ' ' &&
                         t[f->off - 2] == ':' && !has_lower(t, f->off)) ||
         years_ago_before(t, f->off))) {
        *used = n - 1;
        return cal_parse_iso(f->value, 10, d) == 0;
    }
    *used = first;
    after = t + o->off + o->len;
    return o->off == 0 && n == first + 1 &&  /* not a life's span,
                                                "October 9, 1952 - June 2" */
        o->gran == FACTS_DAY && ends_in_year(t, o) &&
        o->len + 3 < s->len && (!strncmp(after, " - ", 3) ||
                                !strncmp(after, ": ", 2) ||
                                !strncmp(after, " \xe2\x80\x93 ", 5)) &&
        cal_parse_iso(o->value, 10, d) == 0;
}

int
facts_ago_line(const struct parse_doc *doc, size_t i)
{
    const struct parse_sentence *s = &doc->sentences[i];
    const char *t = doc->body + s->off;

    return facts_heading_shape(doc, i) && s->len > 4 &&
        strncasecmp(t + s->len - 4, " ago", 4) == 0 &&
        ((t[0] >= '0' && t[0] <= '9') || memchr(t, '|', s->len) ||
         memmem(t, s->len, "\xc2\xb7", 2)) &&
        !memmem(t, s->len, "YEAR", 4) && !memmem(t, s->len, "year", 4);
}

int
facts_ago_stamp(const struct parse_doc *doc, size_t i, const struct fact *v,
                size_t first, size_t n, struct caldate *d)
{
    const struct fact *f = n > first ? &v[n - 1] : NULL;

    return f && f->gran == FACTS_DAY &&
        f->off + f->len == doc->sentences[i].len &&
        cal_parse_iso(f->value, 10, d) == 0;
}

int
facts_caps_heading(const struct parse_doc *doc, size_t i)
{
    const char *t = doc->body + doc->sentences[i].off;
    const char *colon = memchr(t, ':', doc->sentences[i].len);

    return facts_heading_shape(doc, i) &&
        (!has_lower(t, colon ? (size_t)(colon - t) : doc->sentences[i].len) ||
         years_ago_before(t, doc->sentences[i].len));
}

int
facts_update_label(const char *s, size_t len, const struct fact *f,
                   struct caldate *d)
{
    size_t k = 6, end = f->off + f->len;

    if (f->gran != FACTS_DAY || len < 8 || strncasecmp(s, "update", 6) != 0)
        return 0;
    k += s[k] == 'd' || s[k] == 'D';                    /* "Updated" */
    while (k < f->off && strchr(" ,:-(", s[k]))
        k++;
    if (k + 3 <= f->off && strncasecmp(s + k, "on ", 3) == 0)
        k += 3;
    return k == f->off && end < len && (s[end] == ':' || s[end] == ')' ||
                                        (s[end] == ' ' && end + 1 < len &&
                                         s[end + 1] == '-')) &&
        cal_parse_iso(f->value, 10, d) == 0;
}
