/* SPDX-License-Identifier: MIT */
/* parse_header.c - consume the header lines that feeds put above a story. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse_int.h"

#define HEADER_SCAN 8      /* non-blank lines searched for header lines */
#define HEADER_LINES 40    /* ... counting no menu items, up to this line */
#define MENU_ITEM_WORDS 2  /* "World", "Breakingviews", "Sign in" */
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
    {"modified", HK_UPDATED}, {"last modified", HK_UPDATED},
    {"issued", HK_DATE}, {"originally published", HK_DATE},
    {"title", HK_TITLE}, {"headline", HK_TITLE},
    {"author", HK_META}, {"by", HK_META}, {"byline", HK_META},
    {"source", HK_META}, {"url", HK_META}, {"link", HK_META},
    {"tags", HK_META}, {"category", HK_META}, {"language", HK_META},
    /* an e-mail saved as text: its subject is the headline */
    {"subject", HK_TITLE}, {"from", HK_META}, {"to", HK_META},
    {"cc", HK_META}, {"reply to", HK_META}, {"sender", HK_META},
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

    while (i < len && i < 24 &&
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

/* "EMBARGOED UNTIL 00:01 GMT THURSDAY 6 MARCH 2025", "Embargo: 6 March
 * 2025": a press release's embargo, which lifts when the story may run,
 * so it dates the story as a publication stamp does. Returns 1 when
 * consumed. */
static int
embargo_line(struct pline *l, const char *s, struct parse_doc *doc,
             bool *primary)
{
    static const char *const keys[] = {"embargoed until", "embargoed to",
        "embargoed till", "under embargo until", "embargo:",
        "embargo until", "not for publication before"};
    struct caldate d;
    size_t k, n;

    for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        n = strlen(keys[k]);
        if (l->len > n && strncasecmp(s, keys[k], n) == 0)
            break;
    }
    if (k == sizeof keys / sizeof keys[0])
        return 0;
    /* the date may follow a clock time, a zone and a weekday: try each
     * of the next few words */
    for (k = 0; n < l->len && k < 6; k++) {
        while (n < l->len && s[n] == ' ')
            n++;
        if (parse_date_text(s + n, l->len - n, &d) > 0)
            break;
        while (n < l->len && s[n] != ' ')
            n++;
    }
    if (n >= l->len || k == 6)
        return 0;
    take_date(doc, HK_DATE, d, primary);
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

/* "Ng Wei Ling, Transport Correspondent", "By Harriet Osei, legal
 * correspondent": maybe "By", a name in capitals, a comma and a title
 * of a few words that ends in a reporter's role. */
static int
role_byline(const char *s, size_t len)
{
    static const char *const roles[] = {"correspondent", "reporter",
        "editor", "writer", "columnist", "chief"};
    const char *comma = memchr(s, ',', len), *last;
    size_t i = strncmp(s, "By ", 3) == 0 ? 3 : 0, k, words = 0;

    if (comma == NULL || comma <= s + i || len > 80)
        return 0;
    for (; s + i < comma; i++)  /* the name: every word capitalised */
        if ((i == 0 || s[i - 1] == ' ') && !((s[i] >= 'A' && s[i] <= 'Z') ||
                                             (unsigned char)s[i] >= 0x80))
            return 0;
    for (; i < len; i++)
        words += s[i] == ' ';
    for (last = s + len; last > comma && last[-1] != ' '; last--)
        ;
    for (k = 0; words <= 5 && k < sizeof roles / sizeof roles[0]; k++)
        if ((size_t)(s + len - last) == strlen(roles[k]) &&
            !strncasecmp(last, roles[k], strlen(roles[k])))
            return 1;
    return 0;
}

/* The fields of a meta line, parted as parse_field_sep parts them ("By
 * Tom Adair | February 9, 2025"), at most META_FIELDS of them. */
#define META_FIELDS 6
struct fields {
    const char *s;      /* what is left of the line */
    size_t      len;
    int         n;      /* fields given so far */
    bool        more;   /* a field is left after the last one given */
};

/* The next field into *f, *flen; false when none is left. */
static bool
next_field(struct fields *w, const char **f, size_t *flen)
{
    const char *sep;
    size_t n = 0;

    if (w->s == NULL)
        return false;
    sep = parse_field_sep(w->s, w->len, true, &n);
    *f = w->s;
    *flen = sep != NULL ? (size_t)(sep - w->s) : w->len;
    if (sep == NULL || ++w->n >= META_FIELDS) {
        w->more = sep != NULL;
        w->s = NULL;
    } else {
        w->len -= *flen + n;
        w->s = sep + n;
    }
    return true;
}

/* "By Tom Adair | February 9, 2025", "Jane Doe · Mar 21, 2023 · 4 min
 * read": the first stamp among the fields (a publication's over an
 * update's), each other field a stamp, a byline or a few words. */
static enum parse_stamp
meta_line(const char *s, size_t len, struct caldate *d)
{
    enum parse_stamp r = PARSE_STAMP_NONE, f;
    struct fields w = {s, len, 0, false};
    struct caldate fd;
    const char *fs;
    size_t flen;
    bool published;

    while (next_field(&w, &fs, &flen)) {
        f = parse_stamp_text(fs, flen, &fd);
        /* "Updated 12 March 2024 | First published 1 March 2024": the
         * first publication dates the story */
        if (f != PARSE_STAMP_NONE && (r == PARSE_STAMP_NONE ||
            (f == PARSE_STAMP_PUBLISHED && r == PARSE_STAMP_UPDATED))) {
            r = f;
            *d = fd;
        } else if (f == PARSE_STAMP_NONE && !byline(fs, flen) &&
                   !role_byline(fs, flen) &&
                   !parse_stamp_key(fs, flen, &published) &&
                   (parse_count_words(fs, flen) > 4 ||
                    parse_ends_sentence(fs, flen))) {
            return PARSE_STAMP_NONE;    /* a keyed field is furniture
                                           too: "Last Updated: 2 hours
                                           ago" */
        }
    }
    if (w.more)
        return PARSE_STAMP_NONE;
    return r == PARSE_STAMP_PLAIN ? PARSE_STAMP_MARKED : r;
}

/* A short line that is a date, with or without its year ("March 12",
 * "12 March", "March 11, 2011"): how a timeline heads its entries. */
static int
date_heading(const char *s, size_t len)
{
    struct caldate d;
    size_t a = 0, b;

    if (len > 40 || parse_count_words(s, len) > 5)
        return 0;
    if (parse_stamp_text(s, len, &d) != PARSE_STAMP_NONE)
        return 1;
    while (a < len && (is_alpha(s[a]) || (s[a] >= '0' && s[a] <= '9')))
        a++;
    for (b = a; b < len && (s[b] == ' ' || s[b] == '.' || s[b] == ','); b++)
        ;
    if (a == 0 || b == a || b >= len)
        return 0;
    if (cal_month_from_name(s, a) > 0)
        return s[b] >= '0' && s[b] <= '9';
    if (a > 2 || !(s[0] >= '0' && s[0] <= '9'))
        return 0;
    for (a = b; a < len && is_alpha(s[a]); a++)
        ;
    return cal_month_from_name(s + b, a - b) > 0;
}

/* No other line heads a dated entry: a bare date there is the page's
 * stamp, not a timeline's or a diary's heading (its first or its last). */
static int
lone_date(const struct pctx *c, size_t i)
{
    size_t j;

    for (j = 0; j < c->nlines; j++)
        if (j != i && c->lines[j].kind == PL_BODY &&
            date_heading(c->text + c->lines[j].off, c->lines[j].len))
            return 0;
    return 1;
}

/* The next line a headline: short, no sentence, over the story (a
 * first line "Monday 4 March 2024" over "Talks resume" is the page's
 * stamp; "July 20, 1969" alone on top may be a headline itself). */
static int
headline_next(const struct pctx *c, size_t i)
{
    const struct pline *l;

    while (++i < c->nlines && c->lines[i].kind != PL_BODY)
        ;
    if (i >= c->nlines)
        return 0;
    l = &c->lines[i];
    return parse_count_words(c->text + l->off, l->len) <= 15 &&
        !parse_ends_sentence(c->text + l->off, l->len);
}

/* Whether a field of s opens with a stamp's key word ("By Megan Ortiz |
 * Posted Oct. 13 at 4:12 p.m."): the page may leave out the year there. */
static bool
keyed_field(const char *s, size_t len)
{
    struct fields w = {s, len, 0, false};
    const char *fs;
    size_t flen;

    while (next_field(&w, &fs, &flen))
        if (parse_stamp_key(fs, flen, &(bool){false}))
            return true;
    return false;
}

/* A page's time stamp on a line of its own before the story: a dated
 * key ("Updated 26 February 2019"), a date with a weekday, a clock or
 * "by NAME" ("Sunday 9 February 2025", "Sun 9 Feb 2025 14.32 GMT"), a
 * date among a meta line's fields ("By Tom Adair | February 9, 2025"),
 * or a bare date under a byline or the headline. On the first line any
 * but a keyed one may be a headline ("July 20, 1969"), and a bare date
 * followed by other dated lines heads a timeline ("March 11, 2011").
 * Returns 1 when the line is a stamp and its date was offered to the
 * document. */
static int
stamp_header(const struct pctx *c, size_t li, struct parse_doc *doc,
             int at, bool *primary)
{
    const struct pline *l = &c->lines[li];
    const char *s = c->text + l->off;
    enum parse_stamp r;
    struct caldate d;
    size_t i, run = 0, n;

    for (i = 0; i < l->len && run < 4; i++)     /* every stamp has a year */
        run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
    if (run < 4 && !keyed_field(s, l->len))
        return 0;       /* but a keyed one: "Posted 16 Feb, 09:40" */
    r = parse_field_sep(s, l->len, true, &n) != NULL ? meta_line(s, l->len, &d) :
        parse_stamp_text(s, l->len, &d);
    /* a date heading with others beside it heads a diary's or a
     * timeline's entries ("Tuesday 28 May 2024", "Wednesday 29 May") */
    if (r == PARSE_STAMP_NONE ||
        (at == STAMP_FIRST && r < PARSE_STAMP_UPDATED &&
         !(r == PARSE_STAMP_MARKED && headline_next(c, li))) ||
        (r < PARSE_STAMP_UPDATED && at != STAMP_UNDER_BYLINE &&
         date_heading(s, l->len) && !lone_date(c, li)))
        return 0;
    if (d.y > 0 &&      /* "Posted 03/10/2033": furniture, no date */
        take_date(doc, r == PARSE_STAMP_PUBLISHED ? HK_DATE : HK_UPDATED, d,
                  primary))
        doc->date_loose = r < PARSE_STAMP_UPDATED;
    c->lines[li].kind = PL_HEADER;
    return 1;
}

/* A page's stamp under a standfirst long enough to pass for the story
 * ("First published on Sun 8 Feb 2015 22.30 GMT", "Mon 9 Feb 2015 07.00
 * GMT"): furniture, dropped from the text, though too late to date it.
 * A keyed stamp, or one with a clock; a dated heading of a diary
 * ("Tuesday 28 May 2024") stays. */
static int
late_stamp(const char *s, size_t len)
{
    struct caldate d;
    enum parse_stamp r;
    size_t i;

    if (len > 80 || (r = parse_stamp_text(s, len, &d)) == PARSE_STAMP_NONE)
        return 0;
    if (r >= PARSE_STAMP_UPDATED)
        return 1;
    for (i = 0; r == PARSE_STAMP_MARKED && i + 3 < len; i++)
        if (s[i] >= '0' && s[i] <= '9' && (s[i + 1] == ':' ||
            s[i + 1] == '.') && s[i + 2] >= '0' && s[i + 2] <= '9' &&
            s[i + 3] >= '0' && s[i + 3] <= '9')
            return 1;
    return 0;
}

/* "Date: Saturday 8 June 2024" over "Time: 10am" or "Venue: ...": an
 * event's box in the story, not the page's date. */
static int
event_box(const struct pctx *c, size_t i)
{
    static const char *const keys[] = {"Time:", "Times:", "Venue:",
        "Where:", "Location:", "Place:", "Tickets:", "Cost:"};
    size_t j, k;

    for (j = i + 1; j < c->nlines && c->lines[j].kind == PL_BLANK; j++)
        ;
    if (j >= c->nlines)
        return 0;
    for (k = 0; k < sizeof keys / sizeof *keys; k++)
        if (c->lines[j].len > strlen(keys[k]) &&
            strncasecmp(c->text + c->lines[j].off, keys[k],
                        strlen(keys[k])) == 0)
            return 1;
    return 0;
}

/* "you" or "your" in the line: a notice or an appeal to the reader.
 * (A search, not the lexicon's pass over every word: this runs on the
 * first paragraph of every article.) */
static int
speaks_to_reader(const char *s, size_t len)
{
    const char *p = s, *end = s + len;

    while ((p = memchr(p, 'o', (size_t)(end - p))) != NULL) {
        if (p > s && p + 1 < end && p[1] == 'u' && (p[-1] | 0x20) == 'y' &&
            (p - 1 == s || !is_alpha(p[-2])) &&
            (p + 2 == end || !is_alpha(p[2]) ||
             (p[2] == 'r' && (p + 3 == end ||
                              !is_alpha(p[3])))))
            return 1;
        p++;
    }
    return 0;
}

/* A cookie or consent notice within a line or two of line i: a date
 * there ("Last updated: 12 January 2023") is the notice's, not the
 * story's. */
static int
near_cookie(const struct pctx *c, size_t i)
{
    size_t j = i > 2 ? i - 2 : 0;

    for (; j < c->nlines && j <= i + 2; j++)
        if (j != i && c->lines[j].kind == PL_BODY &&
            (memmem(c->text + c->lines[j].off, c->lines[j].len, "cookie", 6) ||
             memmem(c->text + c->lines[j].off, c->lines[j].len, "Cookie", 6)))
            return 1;
    return 0;
}

/* Does the header region (the first HEADER_LINES lines) mention cookies
 * at all? One search, so most pages pay nothing for near_cookie. */
static bool
cookies_on_top(const struct pctx *c)
{
    size_t last = c->nlines < HEADER_LINES ? c->nlines : HEADER_LINES;

    if (last == 0)
        return false;
    return memmem(c->text, c->lines[last - 1].off + c->lines[last - 1].len,
                  "ookie", 5) != NULL;
}

int
parse_header(struct pctx *c, struct parse_doc *doc)
{
    size_t i, seen = 0, nth = 0, words;
    bool primary = false, story = false, after_byline = false, cookie;
    bool cookies = cookies_on_top(c);
    int r;

    for (i = 0; i < c->nlines && i < HEADER_LINES && seen < HEADER_SCAN;
         i++) {
        struct pline *l = &c->lines[i];
        const char *s = c->text + l->off;

        if (l->kind != PL_BODY)
            continue;
        nth++;
        words = parse_count_words_upto(s, l->len, STORY_WORDS);
        seen += words > MENU_ITEM_WORDS;    /* menu items use up no scan */
        if (event_box(c, i)) {
            story = story || (words > STORY_WORDS && !speaks_to_reader(s,
                                                                   l->len));
            continue;
        }
        /* the first line's "Published:" is the page's date even over a
         * cookie notice; a date inside the notice ("Your privacy
         * choices / Last updated: ...") is the notice's */
        cookie = cookies && near_cookie(c, i);
        r = !cookie || nth == 1 ? colon_line(l, s, doc, &primary) : 0;
        if (r < 0)
            return -1;
        if (r == 0 && cookie) {
            story = story || (words > STORY_WORDS && !speaks_to_reader(s,
                                                                   l->len));
            continue;
        }
        if (r == 0 && embargo_line(l, s, doc, &primary))
            continue;
        if (r == 0 && nth == 1 && inline_line(l, s, doc, &primary))
            break;      /* the rest of that line is the story */
        if (r == 0 && (byline(s, l->len) || role_byline(s, l->len))) {
            l->kind = PL_HEADER;
            after_byline = true;
            continue;
        }
        /* a paragraph: the story has begun, and a stamp after it is
         * the page's furniture, not its date (a notice that speaks to
         * the reader, "We use cookies... you can", is no story) */
        story = story || (words > STORY_WORDS && !speaks_to_reader(s,
                                                                   l->len));
        if (r == 0 && !story)
            stamp_header(c, i, doc, nth == 1 ? STAMP_FIRST :
                         after_byline ? STAMP_UNDER_BYLINE : STAMP_OTHER,
                         &primary);
        else if (r == 0 && late_stamp(s, l->len))
            l->kind = PL_DROP;
        after_byline = false;
    }
    return 0;
}
