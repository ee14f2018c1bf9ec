/* SPDX-License-Identifier: MIT */
/* caldate.c - proleptic Gregorian calendar arithmetic (days_from_civil and friends). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "caldate.h"

/* Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date. */
int64_t
cal_to_days(struct caldate c)
{
    int64_t y = c.y - (c.m <= 2);
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (c.m + (c.m > 2 ? -3 : 9)) + 2) / 5 + c.d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

    return era * 146097 + doe - 719468;
}

struct caldate
cal_from_days(int64_t z)
{
    struct caldate c;
    int64_t era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    c.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    c.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    c.y = (int)(yoe + era * 400 + (c.m <= 2));
    return c;
}

int
cal_weekday(struct caldate c)
{
    int64_t z = cal_to_days(c);         /* 1970-01-01 was a Thursday (4) */
    int64_t w = (z % 7 + 7 + 3) % 7;    /* 0 = Monday */

    return (int)w + 1;
}

static int
is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
cal_month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (m < 1 || m > 12)
        return 0;
    return days[m - 1] + (m == 2 && is_leap(y));
}

int
cal_valid(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
        d <= cal_month_days(y, m);
}

struct caldate
cal_add_days(struct caldate c, int64_t n)
{
    return cal_from_days(cal_to_days(c) + n);
}

int
cal_iso_week(struct caldate c, int *iso_year)
{
    /* The ISO week belongs to the year that holds its Thursday. */
    struct caldate thu = cal_add_days(c, 4 - cal_weekday(c));
    struct caldate jan1 = {thu.y, 1, 1};
    int64_t doy = cal_to_days(thu) - cal_to_days(jan1);

    if (iso_year)
        *iso_year = thu.y;
    return (int)(doy / 7) + 1;
}

struct caldate
cal_from_time(time_t t)
{
    int64_t days = (int64_t)t / 86400;

    if ((int64_t)t % 86400 < 0)
        days--;
    return cal_from_days(days);
}

/* Case-insensitive comparison of s[0..len) with the start of name; the
 * prefix must be at least min bytes long. */
static int
name_prefix(const char *s, size_t len, const char *name, size_t min)
{
    size_t n = strlen(name), i;

    if (len < min || len > n)
        return 0;
    for (i = 0; i < len; i++)
        if (tolower((unsigned char)s[i]) != name[i])
            return 0;
    return 1;
}

int
cal_month_from_name(const char *s, size_t len)
{
    static const char *names[12] = {"january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november",
        "december"};
    int m;

    if (len == 4 && name_prefix(s, len, "sept", 4))
        return 9;
    for (m = 0; m < 12; m++) {
        size_t n = strlen(names[m]);
        /* Whole name, or exactly the three-letter abbreviation. */
        if ((len == n || len == 3) && name_prefix(s, len, names[m], 3))
            return m + 1;
    }
    return 0;
}

int
cal_weekday_from_name(const char *s, size_t len)
{
    static const char *names[7] = {"monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday"};
    static const char *abbr4[7] = {NULL, "tues", "wednes", "thur", NULL, NULL,
        NULL};
    int w;

    for (w = 0; w < 7; w++) {
        size_t n = strlen(names[w]);
        if ((len == n || len == 3) && name_prefix(s, len, names[w], 3))
            return w + 1;
        if (abbr4[w] && len == 4 && name_prefix(s, len, abbr4[w], 4))
            return w + 1;
        if (w == 3 && len == 5 && name_prefix(s, len, "thurs", 5))
            return 4;
    }
    return 0;
}

int
cal_parse_iso(const char *s, size_t len, struct caldate *out)
{
    int i, y = 0, m, d;

    if (len != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return -1;
    for (i = 0; i < 4; i++)
        y = y * 10 + (s[i] - '0');
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    if (!cal_valid(y, m, d))
        return -1;
    out->y = y;
    out->m = m;
    out->d = d;
    return 0;
}

void
cal_format(struct caldate c, char *buf)
{
    unsigned y = (unsigned)c.y % 10000, m = (unsigned)c.m % 100,
        d = (unsigned)c.d % 100;

    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = '\0';
}
