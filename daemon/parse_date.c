/* SPDX-License-Identifier: MIT */
/* parse_date.c - read the written-out dates that feed headers carry. */
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
static size_t
english_date(const char *s, size_t len, struct caldate *out)
{
    struct dtok a, b, y;
    size_t i = 0;
    int m, d;

    if (next_tok(s, len, &i, &a) < 0)
        return 0;
    if (a.num < 0 && cal_weekday_from_name(a.s, a.len) > 0 &&
        next_tok(s, len, &i, &a) < 0)
        return 0;
    if (a.num < 0) {
        m = cal_month_from_name(a.s, a.len);
        d = day_of(s, len, &i, &b);
    } else {
        d = (a.num >= 1 && a.num <= 31) ? a.num : -1;
        if (i + 2 <= len && is_alpha(s[i]) && is_alpha(s[i + 1]) &&
            (i + 2 == len || !is_alpha(s[i + 2])))
            i += 2;         /* "4th March" */
        m = next_tok(s, len, &i, &b) == 0 && b.num < 0 ?
            cal_month_from_name(b.s, b.len) : 0;
    }
    if (m == 0 || d < 0 || next_tok(s, len, &i, &y) < 0 || y.len != 4 ||
        !cal_valid(y.num, m, d))
        return 0;
    out->y = y.num;
    out->m = m;
    out->d = d;
    return y.end;
}

size_t
parse_date_text(const char *s, size_t len, struct caldate *out)
{
    size_t skip = 0, n;

    while (skip < len && (s[skip] == ' ' || s[skip] == '\t'))
        skip++;
    s += skip;
    len -= skip;
    if (len >= 10 && is_digit(s[0]) && is_digit(s[3]) &&
        (s[4] == '-' || s[4] == '/')) {
        n = iso_date(s, len, out);
        return n > 0 ? n + skip : 0;
    }
    n = english_date(s, len, out);
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

    for (i = 0; i < n; i++) {
        upper += s[i] >= 'A' && s[i] <= 'Z';
        digits += is_digit(s[i]) || s[i] == ':' || s[i] == '.' ||
            s[i] == '+' || s[i] == '(' || s[i] == ')';
    }
    if (digits == n || (upper == n && n >= 2 && n <= 5) ||
        (n == 1 && (s[0] == '|' || s[0] == '-')))
        return 1;
    while (n > 0 && s[n - 1] == '.')
        n--;
    for (i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
            return 1;
    return 0;
}

/* What may follow a stamp's date: clock times and zones, then perhaps
 * "by" and a short name ("by admin", "by Jane Doe"). */
static int
stamp_tail(const char *s, size_t len)
{
    size_t i = 0, j, words = 0, by = 0;

    while (i < len) {
        while (i < len && (s[i] == ' ' || s[i] == ','))
            i++;
        for (j = i; j < len && s[j] != ' ' && s[j] != ','; j++)
            ;
        if (j == i)
            break;
        if (by)
            by++;
        else if (j - i == 2 && strncasecmp(s + i, "by", 2) == 0)
            by = 1;
        else if (!time_word(s + i, j - i))
            return 0;
        if (++words > 10 || by > 5)
            return 0;
        i = j;
    }
    return by != 1;
}

int
parse_stamp_text(const char *s, size_t len, struct caldate *out)
{
    static const char *const keys[] = {"first published", "last updated",
        "published", "updated", "posted", "date"};
    size_t i = 0, k, n, comma;
    int keyed = 0;

    for (k = 0; k < sizeof keys / sizeof *keys && !keyed; k++) {
        n = strlen(keys[k]);
        if (len > n && strncasecmp(s, keys[k], n) == 0 &&
            (s[n] == ' ' || s[n] == ':')) {
            i = n + 1;
            keyed = 1;
        }
    }
    while (i < len && s[i] == ' ')
        i++;
    if (keyed && len - i > 3 && strncasecmp(s + i, "on ", 3) == 0)
        i += 3;
    /* "Updated 3:45 PM EST, Sun February 9, 2025": a time first */
    if (i < len && is_digit(s[i]) && (n = parse_date_text(s + i, len - i,
                                                          out)) == 0) {
        for (comma = i; comma < len && comma < i + 24 && s[comma] != ',';
             comma++)
            ;
        if (comma < len && s[comma] == ',' &&
            stamp_tail(s + i, comma - i))
            i = comma + 1;
    }
    n = parse_date_text(s + i, len - i, out);
    if (n == 0 || !stamp_tail(s + i + n, len - i - n))
        return 0;
    return keyed ? 2 : 1;
}
