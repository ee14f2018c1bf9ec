/* SPDX-License-Identifier: MIT */
/* parse_date.c - read the written-out dates that feed headers carry. */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "parse.h"

struct dtok {
    const char *s;
    size_t len;
    size_t end;        /* offset just past the token */
    int num;           /* value when all digits, else -1 */
};

static int
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int
is_alpha(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Next word or number at s[*i], skipping spaces and , . separators. */
static int
next_tok(const char *s, size_t len, size_t *i, struct dtok *t)
{
    size_t j;

    while (*i < len && (s[*i] == ' ' || s[*i] == ',' || s[*i] == '.' ||
                        s[*i] == '\t'))
        (*i)++;
    j = *i;
    if (j < len && is_digit(s[j])) {
        t->num = 0;
        while (j < len && is_digit(s[j]) && j - *i < 6)
            t->num = t->num * 10 + (s[j++] - '0');
    } else {
        t->num = -1;
        while (j < len && is_alpha(s[j]))
            j++;
    }
    if (j == *i)
        return -1;
    t->s = s + *i;
    t->len = j - *i;
    *i = j;
    t->end = j;
    return 0;
}

/* Day number, allowing an English ordinal suffix ("4th"). */
static int
day_of(const char *s, size_t len, size_t *i, struct dtok *t)
{
    if (next_tok(s, len, i, t) < 0 || t->num < 1 || t->num > 31)
        return -1;
    if (*i + 2 <= len && is_alpha(s[*i]) && is_alpha(s[*i + 1]) &&
        (*i + 2 == len || !is_alpha(s[*i + 2]))) {
        *i += 2;
        t->end = *i;
    }
    return t->num;
}

static size_t
iso_date(const char *s, size_t len, struct caldate *out)
{
    char buf[10];

    if (len < 10 || (len > 10 && is_digit(s[10])))
        return 0;
    memcpy(buf, s, 10);
    if (buf[4] == '/' && buf[7] == '/')
        buf[4] = buf[7] = '-';
    return cal_parse_iso(buf, 10, out) == 0 ? 10 : 0;
}

/* "March 4, 2023" or "4 March 2023" (RFC 2822 is the second form). */
/* A day and a month from s[*i], maybe after a weekday: "March 4",
 * "4 March", "Sun 4 March", and "4th March" when ordinals is set; *i
 * moves past them. Returns 0 when there is no such pair, with *m 0 or
 * *d -1. */
static int
day_month(const char *s, size_t len, size_t *i, int ordinals, int *m,
          int *d)
{
    struct dtok a, b;

    *m = 0;
    *d = -1;
    if (next_tok(s, len, i, &a) < 0)
        return 0;
    if (a.num < 0 && cal_weekday_from_name(a.s, a.len) > 0 &&
        next_tok(s, len, i, &a) < 0)
        return 0;
    if (a.num < 0) {
        *m = cal_month_from_name(a.s, a.len);
        *d = day_of(s, len, i, &b);
    } else {
        *d = (a.num >= 1 && a.num <= 31) ? a.num : -1;
        if (ordinals && *i + 2 <= len && is_alpha(s[*i]) &&
            is_alpha(s[*i + 1]) && (*i + 2 == len || !is_alpha(s[*i + 2])))
            *i += 2;        /* "4th March" */
        *m = next_tok(s, len, i, &b) == 0 && b.num < 0 ?
            cal_month_from_name(b.s, b.len) : 0;
    }
    return *m > 0 && *d >= 1;
}

static size_t
english_date(const char *s, size_t len, struct caldate *out)
{
    struct dtok y;
    size_t i = 0;
    int m, d;

    if (!day_month(s, len, &i, 1, &m, &d) || next_tok(s, len, &i, &y) < 0)
        return 0;
    if (y.len > 4 && y.len <= 6 && y.end < len && s[y.end] == ':') {
        y.num /= y.len == 5 ? 10 : 100;     /* "20235:12 AM": a page */
        y.len = 4;                          /* glued the clock on */
        y.end = (size_t)(y.s - s) + 4;
    }
    if (y.len != 4 || !cal_valid(y.num, m, d))
        return 0;
    out->y = y.num;
    out->m = m;
    out->d = d;
    return y.end;
}

/* A stamp's date when the page leaves the year to the reader. */
size_t
parse_yearless_date(const char *s, size_t len)
{
    size_t i = 0;
    int m, d;

    return day_month(s, len, &i, 0, &m, &d) && cal_valid(2000, m, d) ? i : 0;
}

/* Up to two digits at s[*i]; -1 when there is none. */
static int
small_num(const char *s, size_t len, size_t *i)
{
    int v = 0;
    size_t j = *i;

    while (j < len && j < *i + 2 && is_digit(s[j]))
        v = v * 10 + (s[j++] - '0');
    if (j == *i || (j < len && is_digit(s[j])))
        return -1;
    *i = j;
    return v;
}

/* "a.b.yyyy", "a/b/yyyy" or "a-b-yyyy" at s, a and b of one or two
 * figures: its length, or 0. */
static size_t
figures(const char *s, size_t len, int *a, int *b, int *y, char *sep)
{
    size_t i = 0;
    int k;

    if ((*a = small_num(s, len, &i)) < 0 || i >= len)
        return 0;
    *sep = s[i++];
    if ((*sep != '.' && *sep != '/' && *sep != '-') ||
        (*b = small_num(s, len, &i)) < 0 || i >= len || s[i++] != *sep)
        return 0;
    for (*y = 0, k = 0; k < 4; k++, i++) {
        if (i >= len || !is_digit(s[i]))
            return 0;
        *y = *y * 10 + (s[i] - '0');
    }
    return i < len && is_digit(s[i]) ? 0 : i;
}

/* "21.03.2023", "03/21/2023", "21-3-2023": day first with dots (the
 * European form); with slashes or dashes only when the order shows
 * (a part over 12, or both the same), since 03/04/2023 is March in one
 * country and April in another. */
static size_t
numeric_date(const char *s, size_t len, struct caldate *out)
{
    int a, b, y;
    char sep;
    size_t i = figures(s, len, &a, &b, &y, &sep);

    if (i == 0 || (sep != '.' && a <= 12 && b <= 12 && a != b))
        return 0;
    out->y = y;
    out->m = sep == '.' || a > 12 ? b : a;
    out->d = sep == '.' || a > 12 ? a : b;
    return cal_valid(out->y, out->m, out->d) ? i : 0;
}

/* Length of "03/10/2033" at s: a date in figures that reads as a day of
 * two months (3 October or 10 March), which numeric_date refuses; 0 for
 * anything else. */
static size_t
numeric_either_way(const char *s, size_t len)
{
    int a, b, y;
    char sep;
    size_t i = figures(s, len, &a, &b, &y, &sep);

    if (i == 0 || sep == '.' || a > 12 || b > 12 || a == b ||
        !cal_valid(y, a, b) || !cal_valid(y, b, a))
        return 0;
    return i;
}

size_t
parse_date_text(const char *s, size_t len, struct caldate *out)
{
    size_t skip = 0, n;

    while (skip < len && (s[skip] == ' ' || s[skip] == '\t'))
        skip++;
    s += skip;
    len -= skip;
    if (len >= 10 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) &&
        is_digit(s[3]) && (s[4] == '-' || s[4] == '/')) {
        /* "2019-05-30", not "5/30/2019" */
        n = iso_date(s, len, out);
        return n > 0 ? n + skip : 0;
    }
    n = english_date(s, len, out);
    if (n == 0 && len > 0 && is_digit(s[0]))
        n = numeric_date(s, len, out);
    return n > 0 ? n + skip : 0;
}

/* A clock time, a zone or a joining word after a stamp's date: "14:32",
 * "3.45", "p.m.", "GMT", "AEDT", "at", "|", "-". */
static int
time_word(const char *s, size_t n)
{
    static const char *const words[] = {"am", "pm", "a.m", "p.m", "at",
                                        "hrs", "local", "time"};
    size_t i, upper = 0, digits = 0;

    /* "5:38am", "2.14pm": a clock with its half of the day glued on */
    if (n > 2 && is_digit(s[0]) && (strncasecmp(s + n - 2, "am", 2) == 0 ||
                                    strncasecmp(s + n - 2, "pm", 2) == 0))
        n -= 2;
    for (i = 0; i < n; i++) {
        upper += s[i] >= 'A' && s[i] <= 'Z';
        digits += is_digit(s[i]) || s[i] == ':' || s[i] == '.' ||
            s[i] == '+' || s[i] == '-' || s[i] == '(' || s[i] == ')';
    }
    /* a clock, a zone ("GMT", "GMT+8", "UTC+05:30"), an ISO time
     * ("T14:32:00Z") */
    if (digits == n ||
        (upper + digits == n && upper >= 1 && upper <= 5 && n >= 2) ||
        (n == 1 && (s[0] == '|' || s[0] == '-')))
        return 1;
    while (n > 0 && s[n - 1] == '.')
        n--;
    for (i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
            return 1;
    return 0;
}

/* A name after "by": one to four capitalised words, or one lower-case
 * word ("admin"); not "by the numbers". */
static int
stamp_name(const char *s, size_t len)
{
    size_t i = 0, j, words = 0, lower = 0;

    while (i < len) {
        while (i < len && s[i] == ' ')
            i++;
        for (j = i; j < len && s[j] != ' '; j++)
            ;
        if (j == i)
            break;
        words++;
        lower += !(s[i] >= 'A' && s[i] <= 'Z') &&
            !(words == 1 && j - i == 3 && !strncmp(s + i, "the", 3));
        i = j;          /* "by the Benefits Team": a desk's name */
    }
    return words >= 1 && words <= 4 && (lower == 0 || words == 1);
}

/* An update note after a stamp: a few words, no clause. */
static int
short_rest(const char *s, size_t len)
{
    size_t i, words = 0;

    for (i = 0; i < len; i++) {
        if (s[i] == ';' || s[i] == '!' || s[i] == '?')
            return 0;
        words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    }
    return words <= 10;     /* "last modified on Tue 12 Mar 2024 09.00 GMT" */
}

/* A zone with a stamp's key glued on, as a page's spans run together
 * ("GMTUpdated"): the offset of the key, 0 when it is not that. n: the
 * token's length; rest: the line's from s. */
static size_t
glued_key(const char *s, size_t n, size_t rest)
{
    size_t k = 0;

    while (k < n && s[k] >= 'A' && s[k] <= 'Z')
        k++;
    /* the key word needs the space after it: look into the rest of the
     * line (rest bytes from s), not past it */
    if (k < 3 || k == n || !time_word(s, k - 1) ||
        parse_stamp_key(s + k - 1, rest - k + 1, &(bool){false}) == 0)
        return 0;
    return k - 1;
}

/* What may follow a stamp's date: clock times and zones, then perhaps
 * "by" and a name. Sets *marked when there is any. Returns 0 when
 * something else follows. */
static int
stamp_tail(const char *s, size_t len, int *marked)
{
    size_t i = 0, j, words = 0;

    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == ','))
            i++;
        for (j = i; j < len && s[j] != ' ' && s[j] != ','; j++)
            ;
        if (j == i)
            break;
        if (j - i == 2 && strncasecmp(s + i, "by", 2) == 0) {
            *marked = 1;
            return stamp_name(s + j, len - j);
        }
        if (parse_stamp_key(s + i, len - i, &(bool){false}) > 0) {
            *marked = 1;    /* "... Updated 2 hours ago" */
            return short_rest(s + i, len - i);
        }
        if (glued_key(s + i, j - i, len - i) > 0) {
            *marked = 1;    /* "GMTUpdated 6 days ago" */
            return short_rest(s + i, len - i);
        }
        if (!time_word(s + i, j - i) || ++words > 10)
            return 0;
        *marked = 1;
        i = j;
    }
    return 1;
}

size_t
parse_stamp_key(const char *s, size_t len, bool *published)
{
    static const struct {
        const char *w;
        bool published;
    } keys[] = {{"first published", true}, {"originally published", true},
                {"page first published", true}, {"page last updated", false},
                {"page last reviewed", false},
                {"still current at", false}, {"last reviewed", false},
                {"last updated", false}, {"last modified", false},
                {"published", true}, {"updated", false}, {"modified", false},
                {"posted", true}, {"issued", true}, {"date", true}};
    size_t k, n;

    for (k = 0; k < sizeof keys / sizeof *keys; k++) {
        n = strlen(keys[k].w);
        if (len > n && strncasecmp(s, keys[k].w, n) == 0 &&
            (s[n] == ' ' || s[n] == ':')) {
            *published = keys[k].published;
            return n + 1;
        }
    }
    return 0;
}

/* "Published 6:05 a.m. ET Oct. 22, 2031": where the date starts after a
 * clock time and its zone at i with no comma between; i when none does. */
static size_t
after_clock(const char *s, size_t len, size_t i, int *marked)
{
    struct caldate d;
    size_t j = i;

    while (j < len && j < i + 2 && is_digit(s[j]))
        j++;            /* a clock: "6:05", "11.30" ("100 YEARS AGO:" is
                           a heading) */
    if (j == i || j + 2 >= len || (s[j] != ':' && s[j] != '.') ||
        !is_digit(s[j + 1]) || !is_digit(s[j + 2]))
        return i;
    for (j = i + 1; j < len && j < i + 24; j++)
        if (s[j - 1] == ' ' && s[j] != ' ' &&
            parse_date_text(s + j, len - j, &d) > 0 &&
            stamp_tail(s + i, j - i - 1, marked))
            return j;
    return i;
}

enum parse_stamp
parse_stamp_text(const char *s, size_t len, struct caldate *out)
{
    bool published = false;
    size_t key = parse_stamp_key(s, len, &published), i = key, n, comma, at;
    struct dtok w;
    int marked = 0;

    while (i < len && s[i] == ' ')
        i++;
    if (i > 0 && len - i > 3 && strncasecmp(s + i, "on", 2) == 0 &&
        (s[i + 2] == ' ' || s[i + 2] == ':'))
        i += 3;         /* "Posted on", "Issued on:" */
    while (i < len && s[i] == ' ')
        i++;
    if (i > 0 && len - i > 4 && strncasecmp(s + i, "at ", 3) == 0 &&
        is_digit(s[i + 3]))
        i += 3;         /* "Page last updated at 11:12 BST, 29 June 2009" */
    /* "Updated 3:45 PM EST, Sun February 9, 2025": a time first */
    if (i < len && is_digit(s[i]) && parse_date_text(s + i, len - i, out) == 0) {
        for (comma = i; comma < len && comma < i + 24 && s[comma] != ',';
             comma++)
            ;
        if (comma < len && s[comma] == ',' &&
            stamp_tail(s + i, comma - i, &marked))
            i = comma + 1;
        else
            i = after_clock(s, len, i, &marked);
    }
    n = parse_date_text(s + i, len - i, out);
    /* "Posted 03/10/2033 6:05pm", "01/06/2032 13:20": a keyed stamp, or
     * one with a clock, whose figures read as two dates is still a
     * stamp, though it dates nothing (y = 0) */
    if (n == 0 && (n = numeric_either_way(s + i, len - i)) > 0) {
        *out = (struct caldate){0, 0, 0};
        if (!stamp_tail(s + i + n, len - i - n, &marked) ||
            (key == 0 && !marked))
            return PARSE_STAMP_NONE;
    }
    /* "Posted 16 Feb, 09:40", "Last Updated: May 26": a keyed stamp that
     * leaves out the year dates nothing either */
    if (n == 0 && key > 0 && (n = parse_yearless_date(s + i, len - i)) > 0)
        *out = (struct caldate){0, 0, 0};
    if (n == 0 || !stamp_tail(s + i + n, len - i - n, &marked))
        return PARSE_STAMP_NONE;
    at = i;             /* a weekday in front marks a stamp too */
    if (next_tok(s, len, &at, &w) == 0 && w.num < 0 &&
        cal_weekday_from_name(w.s, w.len) > 0)
        marked = 1;
    if (key > 0)
        return published ? PARSE_STAMP_PUBLISHED : PARSE_STAMP_UPDATED;
    return marked ? PARSE_STAMP_MARKED : PARSE_STAMP_PLAIN;
}
