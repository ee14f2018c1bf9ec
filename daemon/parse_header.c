/* SPDX-License-Identifier: MIT */
/* parse_header.c - consume the header lines that feeds put above a story. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse_int.h"

#define HEADER_SCAN 8      /* non-blank lines searched for header lines */
#define BYLINE_WORDS 6
#define STORY_WORDS 20     /* a longer line is a paragraph of the story */

enum hkey { HK_NONE = 0, HK_DATE, HK_UPDATED, HK_TITLE, HK_META };

/* Where a stamp line stands: the first line, right under a byline, or
 * elsewhere in the header. */
enum { STAMP_FIRST, STAMP_UNDER_BYLINE, STAMP_OTHER };

static const struct {
    const char *name;
    enum hkey key;
} header_keys[] = {
    {"date", HK_DATE}, {"published", HK_DATE}, {"posted", HK_DATE},
    {"pubdate", HK_DATE}, {"dateline", HK_DATE},
    {"updated", HK_UPDATED}, {"last updated", HK_UPDATED},
    {"modified", HK_UPDATED}, {"title", HK_TITLE}, {"headline", HK_TITLE},
    {"author", HK_META}, {"by", HK_META}, {"byline", HK_META},
    {"source", HK_META}, {"url", HK_META}, {"link", HK_META},
    {"tags", HK_META}, {"category", HK_META}, {"language", HK_META},
};

static enum hkey
key_of(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < sizeof(header_keys) / sizeof(header_keys[0]); i++)
        if (strlen(header_keys[i].name) == len &&
            strncasecmp(header_keys[i].name, s, len) == 0)
            return header_keys[i].key;
    return HK_NONE;
}

static int
is_alpha(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Length of a key name at s: letters and inner single spaces. */
static size_t
key_len(const char *s, size_t len)
{
    size_t i = 0;

    while (i < len && i < 16 &&
           (is_alpha(s[i]) || (s[i] == ' ' && i > 0 && i + 1 < len &&
                               is_alpha(s[i + 1]))))
        i++;
    return i;
}

/* Offer date d from a header of key k: the first one wins, and a first
 * publication date beats an update. Returns whether it was taken. */
static bool
take_date(struct parse_doc *doc, enum hkey k, struct caldate d, bool *primary)
{
    if (doc->date_source != PARSE_DATE_NONE && (k != HK_DATE || *primary))
        return false;
    doc->date = d;
    doc->date_source = PARSE_DATE_HEADER;
    doc->date_loose = false;
    *primary = (k == HK_DATE);
    return true;
}

static int
take_title(struct parse_doc *doc, const char *v, size_t n)
{
    while (n > 0 && parse_is_space((unsigned char)*v)) {
        v++;
        n--;
    }
    if (doc->title != NULL || n == 0)
        return 0;
    doc->title = strndup(v, n);
    return doc->title == NULL ? -1 : 0;
}

/* "Key: value" line. Returns 1 when consumed, 0 when not a header, -1. */
static int
colon_line(struct pline *l, const char *s, struct parse_doc *doc,
           bool *primary)
{
    size_t k = key_len(s, l->len);
    enum hkey key;
    struct caldate d;

    if (k == 0 || k >= l->len || s[k] != ':')
        return 0;
    key = key_of(s, k);
    if (key == HK_NONE)
        return 0;
    if (key == HK_DATE || key == HK_UPDATED) {
        if (parse_date_text(s + k + 1, l->len - k - 1, &d) == 0)
            return 0;   /* "Updated: the council said" is prose */
        take_date(doc, key, d, primary);
    } else if (key == HK_TITLE &&
               take_title(doc, s + k + 1, l->len - k - 1) < 0) {
        return -1;
    }
    l->kind = PL_HEADER;
    return 1;
}

/* " date 2023-03-21 MOSCOW - ..." on line 1: a bare date key, an ISO date,
 * and the story continuing on the same line. Returns 1 when found. */
static int
inline_line(struct pline *l, const char *s, struct parse_doc *doc,
            bool *primary)
{
    size_t k = key_len(s, l->len), n;
    enum hkey key;
    struct caldate d;

    if (k == 0 || k >= l->len || s[k] != ' ')
        return 0;
    key = key_of(s, k);
    if (key != HK_DATE && key != HK_UPDATED)
        return 0;
    n = parse_date_text(s + k, l->len - k, &d);
    if (n == 0 || (s[k + n - 1] < '0' || s[k + n - 1] > '9'))
        return 0;
    take_date(doc, key, d, primary);
    n += k;
    while (n < l->len && parse_is_space((unsigned char)s[n]))
        n++;
    l->off += n;
    l->len -= n;
    l->kind = l->len == 0 ? PL_HEADER : PL_BODY;
    l->rest = true;
    return 1;
}

/* "By Jane Doe and Li Wei": By, then up to BYLINE_WORDS capitalised
 * names (and "and", commas), nothing that ends a sentence. */
static int
byline(const char *s, size_t len)
{
    size_t i = 3, words = 0;

    if (len < 5 || strncmp(s, "By ", 3) != 0)
        return 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != ' ')
            j++;
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] >= 0x80 ||
              (j - i == 3 && strncmp(s + i, "and", 3) == 0)) ||
            ++words > BYLINE_WORDS)
            return 0;
        i = j + 1;
    }
    return words > 0 && (!parse_ends_sentence(s, len) || s[len - 1] == '.');
}

/* A page's time stamp on a line of its own before the story: a dated
 * key ("Updated 26 February 2019"), a date with a weekday, a clock or
 * "by NAME" ("Sunday 9 February 2025", "Sun 9 Feb 2025 14.32 GMT"), or a
 * bare date under a byline or beside one ("By Tom Adair | February 9,
 * 2025"). A bare date elsewhere may head a timeline ("March 11, 2011"),
 * and on the first line any but a keyed one may be a headline ("July 20,
 * 1969"). Returns 1 when the line is a stamp and its date was offered to
 * the document. */
static int
stamp_header(struct pline *l, const char *s, struct parse_doc *doc,
             int at, bool *primary)
{
    const char *bar;
    enum parse_stamp r = PARSE_STAMP_NONE;
    struct caldate d;
    size_t i, run = 0;

    for (i = 0; i < l->len && run < 4; i++)     /* every stamp has a year */
        run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
    if (run < 4)
        return 0;
    bar = memmem(s, l->len, " | ", 3);

    if (bar != NULL) {
        size_t a = (size_t)(bar - s), b = l->len - a - 3;
        if (byline(s, a))
            r = parse_stamp_text(bar + 3, b, &d);
        else if (byline(bar + 3, b))
            r = parse_stamp_text(s, a, &d);
        if (r == PARSE_STAMP_PLAIN)
            r = PARSE_STAMP_MARKED;     /* the byline marks it */
    } else {
        r = parse_stamp_text(s, l->len, &d);
    }
    if (r == PARSE_STAMP_NONE || (at == STAMP_FIRST && r < PARSE_STAMP_UPDATED) ||
        (r == PARSE_STAMP_PLAIN && at != STAMP_UNDER_BYLINE))
        return 0;
    if (take_date(doc, r == PARSE_STAMP_PUBLISHED ? HK_DATE : HK_UPDATED, d,
                  primary))
        doc->date_loose = r < PARSE_STAMP_UPDATED;
    l->kind = PL_HEADER;
    return 1;
}

int
parse_header(struct pctx *c, struct parse_doc *doc)
{
    size_t i, seen = 0;
    bool primary = false, story = false, after_byline = false;
    int r;

    for (i = 0; i < c->nlines && seen < HEADER_SCAN; i++) {
        struct pline *l = &c->lines[i];
        const char *s = c->text + l->off;

        if (l->kind != PL_BODY)
            continue;
        seen++;
        r = colon_line(l, s, doc, &primary);
        if (r < 0)
            return -1;
        if (r == 0 && seen == 1 && inline_line(l, s, doc, &primary))
            break;      /* the rest of that line is the story */
        if (r == 0 && byline(s, l->len)) {
            l->kind = PL_HEADER;
            after_byline = true;
            continue;
        }
        /* a paragraph: the story has begun, and a stamp after it is
         * the page's furniture, not its date */
        story = story || parse_count_words(s, l->len) > STORY_WORDS;
        if (r == 0 && !story)
            stamp_header(l, s, doc, seen == 1 ? STAMP_FIRST :
                         after_byline ? STAMP_UNDER_BYLINE : STAMP_OTHER,
                         &primary);
        after_byline = false;
    }
    return 0;
}
