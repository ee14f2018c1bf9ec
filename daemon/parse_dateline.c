/* SPDX-License-Identifier: MIT */
/* parse_dateline.c - take "WASHINGTON, March 4 (Reuters) -" off the story. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse_int.h"

#define PLACE_MAX_WORDS 4
#define AGENCY_MAX 40
#define DATELINE_SLACK 2   /* days a dateline may lie after the mtime */
#define DATELINE_LINES 4   /* body lines searched for a dateline */
#define STORY_WORDS 30     /* a longer line is the story's first paragraph */

struct dline {
    size_t place;      /* bytes of the place name */
    int upper;         /* the place is written in capitals */
    int m, d, y;       /* date, y = 0 when it gave none */
    int agency;        /* "(Reuters)" */
    int weekday;       /* "Kisumu, Friday -": a weekday (1..7) for its
                          date */
    size_t agency_at, agency_len;  /* its name, when it gave one */
    int slash;         /* "/TASS/.": no dash follows */
    int colon;         /* "Madras, March 11: The ...": a colon ends it */
};

static int
is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static int
is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

static int
is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* A non-ASCII byte that is not part of general punctuation (U+2000..). */
static int
high_letter(const unsigned char *s, size_t len, size_t j)
{
    if (s[j] < 0x80)
        return 0;
    return !(s[j] == 0xe2 && j + 1 < len && s[j + 1] >= 0x80 &&
             s[j + 1] <= 0x81);
}

/* One place word at s[i]: letters (any script), '.', '-', '\''. Returns
 * the end, and clears *upper when it holds a lower-case ASCII letter. */
static size_t
place_word(const unsigned char *s, size_t len, size_t i, int *upper)
{
    size_t j = i;

    if (j >= len || !(is_upper(s[j]) || high_letter(s, len, j)))
        return i;
    while (j < len && (is_upper(s[j]) || is_lower(s[j]) ||
                       high_letter(s, len, j) || s[j] == '.' ||
                       s[j] == '-' || s[j] == '\'')) {
        if (is_lower(s[j]))
            *upper = 0;
        j++;
    }
    return j;
}

/* A lower-case word inside a place's name ("Newcastle upon Tyne",
 * "Frankfurt am Main", "Isle of Man") at s[i], followed by a blank and a
 * capital: the index of that capital, or i when there is none. */
static size_t
place_connector(const unsigned char *s, size_t len, size_t i)
{
    static const char *const w[] = {"upon", "on", "of", "am", "de", "la",
        "le", "sur", "en", "del", "da", "do"};
    size_t k, n;

    for (k = 0; k < sizeof w / sizeof *w; k++) {
        n = strlen(w[k]);
        if (i + n + 1 < len && memcmp(s + i, w[k], n) == 0 &&
            s[i + n] == ' ' && is_upper(s[i + n + 1]))
            return i + n + 1;
    }
    return i;
}

/* The place: up to PLACE_MAX_WORDS words, stopping before a month name. */
static size_t
scan_place(const unsigned char *s, size_t len, struct dline *dl)
{
    size_t i = 0, j, words = 0;
    int region = 0;     /* past the comma after a place in capitals */

    dl->upper = 1;
    while (words < PLACE_MAX_WORDS) {
        int up = 1;
        if (words > 0 && !dl->upper)
            i = place_connector(s, len, i);
        j = place_word(s, len, i, &up);
        if (j == i || (words > 0 &&
                       (cal_month_from_name((const char *)s + i,
                                            j - i - (s[j - 1] == '.')) ||
                        (j - i >= 6 &&
                         cal_weekday_from_name((const char *)s + i,
                                               j - i - (s[j - 1] == '.'))))))
            break;      /* "WASHINGTON, March 4", "TOKYO, Jan. 2",
                           "CAPE TOWN, Sunday." */
        if (!up && !region)     /* "HALIFAX, Nova Scotia -": the place */
            dl->upper = 0;      /* in capitals, its region as written */
        words++;
        dl->place = j;
        i = j;
        if (i + 1 < len && s[i] == ' ' && s[i + 1] != '(')
            i++;
        else if (i + 2 < len && s[i] == ',' && s[i + 1] == ' ' && dl->upper)
            i += 2, region = 1;
        else
            break;
    }
    return dl->place;
}

/* Read a number at s[*i]; returns it or -1. */
static int
number(const unsigned char *s, size_t len, size_t *i)
{
    int v = 0, n = 0;

    while (*i < len && is_digit(s[*i]) && n < 5) {
        v = v * 10 + (s[(*i)++] - '0');
        n++;
    }
    return n > 0 ? v : -1;
}

/* "st", "nd", "rd", "th" at s (two bytes there). */
static int
ordinal_suffix(const unsigned char *s)
{
    return (s[0] == 's' && s[1] == 't') || (s[0] == 'n' && s[1] == 'd') ||
        (s[0] == 'r' && s[1] == 'd') || (s[0] == 't' && s[1] == 'h');
}

/* "March 4", "March 4, 2023", "4 March 2023" at s[i]: the end, or i
 * when there is no date there. */
static size_t
date_at(const unsigned char *s, size_t len, size_t i, struct dline *dl)
{
    size_t j = i, w;
    int m = 0, d = -1;

    for (w = j; w < len && (is_upper(s[w]) || is_lower(s[w])); w++)
        ;
    if (w > j && (m = cal_month_from_name((const char *)s + j, w - j))) {
        j = w + (w < len && s[w] == '.');
        j += j < len && s[j] == ' ';
        d = number(s, len, &j);
    } else if ((d = number(s, len, &j)) > 0) {
        if (j + 2 < len && ordinal_suffix(s + j) && s[j + 2] == ' ')
            j += 2;     /* "ABU DHABI, 7th July, 2013 (WAM) --" */
        if (j < len && s[j] == ' ') {
            for (w = ++j; w < len && (is_upper(s[w]) || is_lower(s[w])); w++)
                ;
            m = cal_month_from_name((const char *)s + j, w - j);
            j = w;
        }
    }
    if (m == 0 || d < 1 || d > 31)
        return i;
    dl->m = m;
    dl->d = d;
    w = j + (j < len && s[j] == ',');
    if (w + 5 <= len && s[w] == ' ' && is_digit(s[w + 1])) {
        size_t k = w + 1;
        int y = number(s, len, &k);
        if (k - w == 5) {
            dl->y = y;
            j = k;
        }
    }
    return j;
}

/* ", March 4", ", March 4, 2023", ", 4 March 2023" after the place;
 * ", Friday" as the Kenya News Agency dates its stories. */
static size_t
scan_date(const unsigned char *s, size_t len, size_t i, struct dline *dl)
{
    size_t j, w;

    if (i + 1 >= len || s[i] != ',' || s[i + 1] != ' ')
        return i;
    j = date_at(s, len, i + 2, dl);
    if (j != i + 2)
        return j;
    for (w = j; w < len && (is_upper(s[w]) || is_lower(s[w])); w++)
        ;
    if (w > j && is_upper(s[j]) &&
        cal_weekday_from_name((const char *)s + j, w - j) > 0 &&
        w - j >= 6) {
        dl->weekday = cal_weekday_from_name((const char *)s + j, w - j);
        return w;
    }
    return i;
}

/* "SAN DIEGO--(BUSINESS WIRE)--Feb. 26, 2031--": Business Wire's form,
 * agency and date between double hyphens with no blanks. Fills *dl and
 * returns the end of the dateline, or 0. */
static size_t
wire_dateline(const unsigned char *s, size_t len, struct dline *dl)
{
    const unsigned char *p = memmem(s, len < 64 ? len : 64, "--(", 3);
    size_t at, k, j;

    if (p == NULL || (at = (size_t)(p - s)) < 2)
        return 0;
    memset(dl, 0, sizeof(*dl));
    if (scan_place(s, at, dl) != at || !dl->upper)
        return 0;
    for (k = at + 3; k < len && k - at < AGENCY_MAX && s[k] != ')'; k++)
        ;
    if (k + 3 >= len || s[k] != ')' || s[k + 1] != '-' || s[k + 2] != '-')
        return 0;
    j = date_at(s, len, k + 3, dl);
    if (j == k + 3 || dl->m == 0 || j + 2 > len || s[j] != '-' ||
        s[j + 1] != '-')
        return 0;
    for (j += 2; j < len && s[j] == ' '; j++)
        ;
    dl->agency = 1;
    return j < len ? j : 0;
}

/* ". /TASS/.", "/APO Group/": an agency between slashes, which ends the
 * dateline with no dash after it. Returns the end, or 0. */
static size_t
slash_agency(const unsigned char *s, size_t len, size_t i)
{
    size_t j = i + (i < len && s[i] == '.'), k;
    int words = 0;

    j += j < len && s[j] == ' ';
    if (j >= len || s[j] != '/' || j + 1 >= len || !is_upper(s[j + 1]))
        return 0;
    for (k = j + 1; k < len && k - j < AGENCY_MAX && s[k] != '/' &&
                    s[k] != '\n'; k++) {
        if (s[k] == ':' || (s[k] == ' ' && ++words > 2))
            return 0;   /* "Apple /Nasdaq: AAPL/", "Israel/Gaza: what we
                           know so far /" */
    }
    if (k >= len || s[k] != '/')
        return 0;
    k++;
    k += k < len && s[k] == '.';
    return k;
}

/* " (Reuters)" */
static size_t
scan_agency(const unsigned char *s, size_t len, size_t i, struct dline *dl)
{
    size_t j = i + (i < len && s[i] == ' '), k;

    if ((dl->upper || dl->m > 0) && (k = slash_agency(s, len, i)) != 0) {
        dl->agency = 1;
        dl->slash = 1;
        return k;
    }
    if (j >= len || s[j] != '(')
        return i;
    for (k = j + 1; k < len && k - j < AGENCY_MAX && s[k] != ')'; k++)
        if (s[k] == '(')
            return i;
    if (k >= len || s[k] != ')' || k == j + 1)
        return i;
    dl->agency = 1;
    dl->agency_at = j + 1;
    dl->agency_len = k - j - 1;
    return k + 1;
}

/* " – ", " — ", " - ", " -- " and the spaces after; 0 when absent. */
static size_t
scan_dash(const unsigned char *s, size_t len, size_t i)
{
    size_t j = i;

    while (j < len && s[j] == ' ')
        j++;
    if (j + 3 <= len && s[j] == 0xe2 && s[j + 1] == 0x80 &&
        (s[j + 2] == 0x93 || s[j + 2] == 0x94))
        j += 3;
    else if (j < len && s[j] == '-')
        j += (j + 1 < len && s[j + 1] == '-') ? 2 : 1;
    else
        return 0;
    if (j >= len || s[j] != ' ')
        return 0;
    while (j < len && s[j] == ' ')
        j++;
    return j < len ? j : 0;
}

/* "New York CNN —": a place in mixed case whose last word is a news
 * agency's name. Moves it out of the place. */
static const char *const agencies[] = {"CNN", "AP", "AFP", "UPI", "BBC",
    "ANI", "PTI", "IANS", "AAP", "DPA", "EFE", "ANSA", "TASS", "CNA",
    "NHK", "KYODO", "XINHUA", "YONHAP", "BERNAMA", "REUTERS", "NPR",
    "ABC", "CBS", "NBC", "CBC", "RTE", "SABC", "PA", "Kyodo", "Xinhua",
    "Yonhap", "Bernama", "Reuters", "WAM", "IRNA", "Antara", "VNA", "CMC",
    "NAN", "KNA", "PNA", "APA", "GNA", "IPS"};

/* Whether s[w..w+n) is an agency's name. */
static int
is_agency(const unsigned char *s, size_t w, size_t n)
{
    size_t k;

    for (k = 0; k < sizeof agencies / sizeof *agencies; k++)
        if (strlen(agencies[k]) == n && memcmp(s + w, agencies[k], n) == 0)
            return 1;
    return 0;
}

static void
agency_word(const unsigned char *s, struct dline *dl)
{
    size_t w = dl->place;

    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (w < 2 || !is_agency(s, w, dl->place - w))
        return;         /* "Manchester United FC -" is the subject */
    dl->agency = 1;
    dl->agency_at = w;
    dl->agency_len = dl->place - w;
    dl->place = w - 1;
}

/* "TOKYO, May 8 Kyodo - ", "CASTRIES, St Lucia, Feb 25, CMC - ": an
 * agency's name between the date (a comma after it or not) and the
 * dash. Returns the end of the dateline, or 0. */
static size_t
agency_after_date(const unsigned char *s, size_t len, size_t i,
                  struct dline *dl)
{
    size_t w = i + (i < len && s[i] == ','), e;

    if (w >= len || s[w] != ' ')
        return 0;
    for (e = ++w; e < len && (is_upper(s[e]) || is_lower(s[e])); e++)
        ;
    if (e == w || !is_agency(s, w, e - w))
        return 0;
    dl->agency = 1;
    dl->agency_at = w;
    dl->agency_len = e - w;
    return scan_dash(s, len, e);
}

/* "NEW DELHI, March 3 (PTI) Officials met", "(ANI): The": Indian
 * agencies put no dash after their name; the story starts with a
 * capital after a blank or a colon. The end, or 0. */
static size_t
story_after_agency(const unsigned char *s, size_t len, size_t i)
{
    size_t j = i;

    if (j < len && s[j] == ':')
        j++;
    while (j < len && s[j] == ' ')
        j++;
    return j > i && j < len && s[j] >= 'A' && s[j] <= 'Z' ? j : 0;
}

/* Read a dateline at the start of s: fills *dl and returns the length
 * to strip, 0 when there is none. */
static size_t
read_dateline(const unsigned char *s, size_t len, struct dline *dl)
{
    size_t i, end;

    if ((end = wire_dateline(s, len, dl)) > 0)
        return end;
    memset(dl, 0, sizeof(*dl));
    if (scan_place(s, len, dl) == 0)
        return 0;
    i = scan_agency(s, len, scan_date(s, len, dl->place, dl), dl);
    end = scan_dash(s, len, i);
    if (end == 0 && dl->slash) {        /* "MOSCOW, May 8. /TASS/. The" */
        for (end = i; end < len && s[end] == ' '; end++)
            ;
        end = end < len && end > i ? end : 0;
    }
    if (end == 0 && dl->m > 0 && !dl->agency && i + 2 < len &&
        s[i] == ':' && s[i + 1] == ' ' && s[dl->place] == ',' &&
        !cal_month_from_name((const char *)s, dl->place) &&
        !cal_weekday_from_name((const char *)s, dl->place)) {
        end = i + 2;    /* "Madras, March 11: The Corporation ...", not
                           a programme's "Monday, February 14: Talks" */
        dl->colon = 1;
    }
    if (end == 0 && dl->m > 0 && !dl->agency)
        end = agency_after_date(s, len, i, dl);
    if (end == 0 && dl->m > 0 && dl->agency)
        end = story_after_agency(s, len, i);
    if (end == 0 && dl->weekday && dl->upper && i + 1 == len && s[i] == '.')
        end = len;      /* "CAPE TOWN, Sunday." on a line of its own */
    if (end > 0 && !dl->upper && dl->m == 0 && !dl->agency)
        agency_word(s, dl);
    if (end == 0 || !(dl->upper || dl->m > 0 || dl->agency || dl->weekday))
        return 0;
    if (dl->upper && dl->place < 2)
        return 0;
    return end;
}

int
parse_opens_dateline(const char *s, size_t len)
{
    struct dline dl;

    return read_dateline((const unsigned char *)s, len, &dl) > 0;
}

/* The line that opens with the dateline: the first of the story, or,
 * where a page left short lines above it (a masthead's tagline, the
 * headline again), one of the next few that carries a date or an
 * agency ("LISBON, March 14 (Reuters) -"). NULL when there is none. */
static struct pline *
find_dateline(struct pctx *c, struct dline *dl, size_t *end)
{
    size_t i, seen = 0;
    struct pline *l;

    for (i = 0; i < c->nlines && seen < DATELINE_LINES; i++) {
        l = &c->lines[i];
        if (l->kind != PL_BODY)
            continue;
        *end = read_dateline((const unsigned char *)c->text + l->off, l->len,
                             dl);
        if (*end > 0 && (seen == 0 || dl->m > 0 || dl->agency) &&
            !(dl->colon && !dl->upper))
            return l;   /* the story's own opens in capitals: "NEW DELHI,
                           March 11:", not a preview's "Paris, July 26:" */
        if (parse_count_words_upto(c->text + l->off, l->len, STORY_WORDS) >
            STORY_WORDS)
            return NULL;        /* the story has begun */
        seen++;
    }
    return NULL;
}

int
parse_dateline(struct pctx *c, struct parse_doc *doc)
{
    size_t end = 0;
    struct pline *l;
    struct dline dl;
    const unsigned char *s;

    if ((l = find_dateline(c, &dl, &end)) == NULL)
        return 0;
    s = (const unsigned char *)c->text + l->off;
    doc->dateline = strndup((const char *)s, dl.place);
    if (doc->dateline == NULL)
        return -1;
    doc->dateline_date.y = dl.y;
    doc->dateline_date.m = dl.m;
    doc->dateline_date.d = dl.d;
    if (dl.agency_len > 0 && dl.agency_len < sizeof doc->dateline_agency)
        memcpy(doc->dateline_agency, s + dl.agency_at, dl.agency_len);
    if (dl.y > 0 && doc->date_source == PARSE_DATE_NONE &&
        cal_valid(dl.y, dl.m, dl.d)) {
        doc->date.y = dl.y;
        doc->date.m = dl.m;
        doc->date.d = dl.d;
        doc->date_source = PARSE_DATE_DATELINE;
    }
    l->off += end;
    l->len -= end;
    l->words = parse_count_words(c->text + l->off, l->len);
    return 0;
}

/* A dateline without a year ("TOKYO, Jan. 2") takes the latest year that
 * puts it no later than DATELINE_SLACK days after the reference (the file
 * is saved after the story is filed), so a Dec. 31 story saved on Jan. 1
 * stays in the old year; failing that, the nearest. 1 with *out, 0 when
 * dl gives no day. */
static int
dateline_year(struct caldate dl, struct caldate ref, struct caldate *out)
{
    struct caldate c;
    int64_t r, d, best = INT64_MAX;
    int y, found = 0;

    if (dl.m < 1 || dl.m > 12 || dl.d < 1 || dl.d > 31)
        return 0;
    r = cal_to_days(ref);
    for (y = ref.y + 1; y >= ref.y - 4 && !found; y--) {
        if (!cal_valid(y, dl.m, dl.d))
            continue;   /* Feb. 29 outside a leap year */
        c.y = y;
        c.m = dl.m;
        c.d = dl.d;
        d = cal_to_days(c) - r;
        if (d <= DATELINE_SLACK) {
            *out = c;
            found = 1;
        } else if (d < best) {
            best = d;
            *out = c;
        }
    }
    return found || best != INT64_MAX;
}

enum parse_date_source
parse_doc_date(const struct parse_doc *doc, struct caldate ref,
               struct caldate *out)
{
    if (doc->date_source != PARSE_DATE_NONE &&
        !(doc->date_loose &&
          cal_to_days(doc->date) > cal_to_days(ref) + 1)) {
        *out = doc->date;
        return doc->date_source;
    }
    *out = ref;
    return dateline_year(doc->dateline_date, ref, out) ?
        PARSE_DATE_DATELINE : PARSE_DATE_NONE;
}

int
parse_item_date(const char *s, size_t len, struct caldate ref,
                struct caldate *out, size_t *end)
{
    struct dline dl;
    struct caldate given;
    int64_t back;

    *out = ref;
    if ((*end = read_dateline((const unsigned char *)s, len, &dl)) == 0)
        return 0;
    if (dl.m == 0 && dl.weekday) {      /* the latest such day: filed */
        back = (cal_weekday(ref) - dl.weekday + 7) % 7;
        *out = cal_from_days(cal_to_days(ref) - back);
        return 3;
    }
    given = (struct caldate){dl.y, dl.m, dl.d};
    return 1 + parse_dateline_day(given, ref, out);
}

int
parse_dateline_day(struct caldate given, struct caldate ref,
                   struct caldate *out)
{
    *out = ref;
    if (given.y > 0 && cal_valid(given.y, given.m, given.d)) {
        *out = given;
        return 1;
    }
    return dateline_year(given, ref, out);
}
