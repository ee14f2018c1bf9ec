/* SPDX-License-Identifier: MIT */
/* facts_norm.c - place a recognised expression on the calendar as a TIMEX3 value. */
#include <stdint.h>
#include <string.h>

#include "facts_norm.h"

/* Units of gran in one year, for the grans that repeat yearly. */
static int
per_year(enum facts_gran g)
{
    switch (g) {
    case FACTS_MONTH:   return 12;
    case FACTS_SEASON:  return 4;
    case FACTS_QUARTER: return 4;
    case FACTS_HALF:    return 2;
    default:            return 1;
    }
}

/* Season of a date; January and February belong to the winter that began
 * the December before. Returns the ordinal y*4 + season-1. */
static int64_t
season_ord(struct caldate c)
{
    if (c.m <= 2)
        return (int64_t)(c.y - 1) * 4 + (FACTS_WINTER - 1);
    if (c.m == 12)
        return (int64_t)c.y * 4 + (FACTS_WINTER - 1);
    return (int64_t)c.y * 4 + (c.m - 3) / 3;
}

/* Week ordinal: weeks since the Monday 1970-01-05 (day 4), exact because
 * the Monday's day number minus 4 is a multiple of 7. */
static int64_t
week_ord(struct caldate r)
{
    int64_t monday = cal_to_days(r) - (cal_weekday(r) - 1);

    return (monday - 4) / 7;
}

/* Week ordinal of ISO week w of year y (week 1 holds January 4th), or
 * INT64_MIN when y has no such week. */
static int64_t
iso_week_ord(int y, int w)
{
    struct caldate jan4 = {y, 1, 4}, dec28 = {y, 12, 28};
    int iy;

    if (w > cal_iso_week(dec28, &iy))
        return INT64_MIN;
    return week_ord(jan4) + w - 1;
}

/* Ordinal of the reference date in units of g (days for DAY, the Monday's
 * day number / 7 for WEEK, y*12+m-1 for MONTH, ...). */
static int64_t
ref_ord(struct caldate r, enum facts_gran g)
{
    switch (g) {
    case FACTS_DAY:     return cal_to_days(r);
    case FACTS_WEEK:    return week_ord(r);
    case FACTS_MONTH:   return (int64_t)r.y * 12 + r.m - 1;
    case FACTS_SEASON:  return season_ord(r);
    case FACTS_QUARTER: return (int64_t)r.y * 4 + (r.m - 1) / 3;
    case FACTS_HALF:    return (int64_t)r.y * 2 + (r.m - 1) / 6;
    case FACTS_YEAR:    return r.y;
    case FACTS_DECADE:  return r.y / 10;
    case FACTS_CENTURY: return r.y / 100;
    }
    return 0;
}

/* Ordinal of e's named part (month, season, ...) in year y. */
static int64_t
part_ord(const struct facts_expr *e, int y)
{
    if (e->gran == FACTS_MONTH)
        return (int64_t)y * 12 + e->m - 1;
    return (int64_t)y * per_year(e->gran) + e->part - 1;
}

/* Day n (1..5) of weekday wd in month m of year y; n 5: the last. */
static int64_t
nth_weekday(int y, int m, int wd, int n)
{
    struct caldate c = {y, m, 1};
    int64_t first = cal_to_days(c), d;

    d = first + (wd - cal_weekday(c) + 7) % 7 + (int64_t)(n - 1) * 7;
    if (n == 5) {
        c = (struct caldate){m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1};
        for (d = cal_to_days(c) - 1; cal_weekday(cal_from_days(d)) != wd;
             d--)
            ;
    }
    return d;
}

/* Day ordinal of month/day in year y, or INT64_MIN when not a date. */
static int64_t
md_ord(const struct facts_expr *e, int y)
{
    struct caldate c = {y, e->m, e->d};

    if (e->hol == FACTS_HOL_NTH)
        return nth_weekday(y, e->m, e->wd, e->part);
    if (e->hol) {
        int64_t h = facts_holiday(e->hol, y);
        return h == INT64_MIN ? h : h + e->d;
    }
    if (!cal_valid(y, e->m, e->d))
        return INT64_MIN;
    return cal_to_days(c);
}

/* Orthodox Easter: Meeus's Julian algorithm, moved to the Gregorian
 * calendar (13 days from 1900 to 2099). */
static int64_t
orthodox_easter(int y)
{
    int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30,
        e = (2 * a + 4 * b - d + 34) % 7;
    struct caldate julian = {y, (d + e + 114) / 31, (d + e + 114) % 31 + 1};

    return cal_to_days(julian) + y / 100 - y / 400 - 2;
}

/* A feast of the moon's calendars in year y, from the table. */
static int64_t
feast(int f, int y)
{
    unsigned v;

    if (y < FACTS_FEAST_FIRST || y >= FACTS_FEAST_FIRST + FACTS_FEAST_YEARS)
        return INT64_MIN;
    v = facts_feast_tab[y - FACTS_FEAST_FIRST][f];
    return cal_to_days((struct caldate){y, (int)(v / 32), (int)(v % 32)});
}

int64_t
facts_holiday(int hol, int y)
{
    int a, b, c, d, e, f, g, h, i, k, l, m;
    struct caldate day;

    if (y < 1583 || y > 9998)
        return INT64_MIN;
    switch (hol) {
    case FACTS_HOL_EASTER:
        /* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
        a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
        f = (b + 8) / 25, g = (b - f + 1) / 3;
        h = (19 * a + b - d - g + 15) % 30;
        i = c / 4, k = c % 4;
        l = (32 + 2 * e + 2 * i - h - k) % 7;
        m = (a + 11 * h + 22 * l) / 451;
        day = (struct caldate){y, (h + l - 7 * m + 114) / 31,
                               (h + l - 7 * m + 114) % 31 + 1};
        return cal_to_days(day);
    case FACTS_HOL_THANKS:   /* the last Thursday until 1938 */
        return nth_weekday(y, 11, 4, y < 1939 ? 5 : 4);
    case FACTS_HOL_LABOR:    return nth_weekday(y, 9, 1, 1);
    case FACTS_HOL_MEMORIAL: return nth_weekday(y, 5, 1, 5);
    case FACTS_HOL_MOTHER:   return nth_weekday(y, 5, 7, 2);
    case FACTS_HOL_FATHER:   return nth_weekday(y, 6, 7, 3);
    case FACTS_HOL_COLUMBUS: return nth_weekday(y, 10, 1, 2);
    case FACTS_HOL_PRESIDENTS: return nth_weekday(y, 2, 1, 3);
    case FACTS_HOL_ELECTION: return nth_weekday(y, 11, 1, 1) + 1;
    case FACTS_HOL_BRIGID:
        day = (struct caldate){y, 2, 1};
        return cal_weekday(day) == 5 ? cal_to_days(day) :
            nth_weekday(y, 2, 1, 1);
    case FACTS_HOL_VICTORIA:
        day = (struct caldate){y, 5, 24};
        return cal_to_days(day) - (cal_weekday(day) + 6) % 7;
    case FACTS_HOL_ORTHODOX:
        return orthodox_easter(y);
    default:
        return hol >= FACTS_HOL_FEAST && hol < FACTS_HOL_FEAST_END ?
            feast(hol - FACTS_HOL_FEAST, y) : INT64_MIN;
    }
}

static int64_t
cand(const struct facts_expr *e, int y)
{
    return e->gran == FACTS_DAY ? md_ord(e, y) : part_ord(e, y);
}

static int64_t
dist(int64_t a, int64_t b)
{
    return a > b ? a - b : b - a;
}

/* A day this far ahead of the reference at most is read as coming even in
 * a past clause ("fixed January 25 as the record date", said on January
 * 14), when the past reading is at least NEAR_BACK days back. */
#define NEAR_AHEAD 31
#define NEAR_BACK  180

/* Pick among three candidates (c[1] in the reference's own year or month)
 * by anchor and tense: past means the latest on or before the reference,
 * future the earliest on or after it, otherwise the nearest (c[1] on a
 * tie). */
static int64_t
pick(const struct facts_expr *e, const int64_t c[3], int64_t cur,
     enum facts_tense t)
{
    int64_t best = INT64_MIN;
    int i;

    for (i = 0; i < 3; i++) {
        int64_t v = c[i];
        if (v == INT64_MIN)
            continue;
        if (e->anchor == FACTS_PREV || (e->anchor == FACTS_TENSED &&
                                        t == FACTS_TENSE_PAST)) {
            if (v < cur || (v == cur && e->anchor == FACTS_TENSED))
                best = v;
        } else if (e->anchor == FACTS_NEXT ||
                   t == FACTS_TENSE_FUTURE) {
            if ((v > cur || (v == cur && e->anchor == FACTS_TENSED)) &&
                best == INT64_MIN)
                best = v;
        } else if (best == INT64_MIN || dist(v, cur) < dist(best, cur) ||
                   (dist(v, cur) == dist(best, cur) && i == 1)) {
            best = v;
        }
    }
    if (e->gran == FACTS_DAY && e->anchor == FACTS_TENSED &&
        t == FACTS_TENSE_PAST && (best == INT64_MIN || best < cur - NEAR_BACK))
        for (i = 0; i < 3; i++)
            if (c[i] != INT64_MIN && c[i] > cur && c[i] <= cur + NEAR_AHEAD)
                return c[i];
    return best;
}

/* Candidates in years ref-1, ref, ref+1. */
static int64_t
yearly(const struct facts_expr *e, int64_t cur, int ry, enum facts_tense t)
{
    int64_t c[3], best;
    int i;

    /* A winter takes the year it begins in (season_ord): in January and
     * February "this winter" is the one that began the December before,
     * and "last winter" the one before that. */
    if (e->gran == FACTS_SEASON && e->part == FACTS_WINTER)
        ry = (int)(cur / 4);
    /* Said in spring, "this winter" is the one just ended ("snowfall this
     * winter stands at 14 inches", in March) unless it looks ahead. */
    if (e->gran == FACTS_SEASON && e->part == FACTS_WINTER &&
        e->anchor == FACTS_THIS && e->n == 0 && cur % 4 == FACTS_SPRING - 1 &&
        t != FACTS_TENSE_FUTURE)
        ry--;
    /* "will reopen this spring", said in October: the coming one; said
     * in June, the spring just ended is still "this spring". */
    if (e->anchor == FACTS_THIS && e->gran == FACTS_SEASON && e->n == 0 &&
        t == FACTS_TENSE_FUTURE && cand(e, ry) < cur - 1)
        return cand(e, ry + 1);
    if (e->anchor == FACTS_THIS)
        return cand(e, ry + e->n);
    for (i = 0; i < 3; i++)
        c[i] = cand(e, ry - 1 + i);
    best = pick(e, c, cur, t);
    /* "next summer", said in the spring: not the one about to begin,
     * which is "this summer", but the one after it (said in December,
     * "next spring" is the coming one, of the next year; the southern
     * hemisphere's "next summer", said in a New Zealand September, is
     * the coming one) */
    if (e->gran == FACTS_SEASON && e->anchor == FACTS_NEXT && e->n <= 1 &&
        !e->south && best == cur + 1 && best / per_year(e->gran) == ry)
        best += per_year(e->gran);
    /* "two summers ago": the last one, then a year further back */
    if (e->anchor == FACTS_PREV && e->n < 0 && best != INT64_MIN)
        best += (int64_t)(e->n + 1) * per_year(e->gran);
    return best;
}

/* Day d of the month k months from the reference's, or INT64_MIN. */
static int64_t
month_day(struct caldate ref, int k, int d)
{
    int mo = ref.m - 1 + k, y = ref.y;

    y += mo >= 0 ? mo / 12 : (mo - 11) / 12;
    mo = ((mo % 12) + 12) % 12 + 1;
    return cal_valid(y, mo, d) ? cal_to_days((struct caldate){y, mo, d}) :
        INT64_MIN;
}

/* "on the 24th": that day of the reference's month, the one before or the
 * one after. In the present ("the fourth round is on the 25th") it is the
 * one to come, as a schedule's is. */
static int64_t
monthly(const struct facts_expr *e, struct caldate ref, int64_t cur,
        enum facts_tense t)
{
    int64_t c[3];
    int i;

    for (i = 0; i < 3; i++)
        c[i] = month_day(ref, i - 1, e->d);
    return pick(e, c, cur, t == FACTS_TENSE_PRESENT ? FACTS_TENSE_FUTURE : t);
}

/* Day ordinal of a named weekday relative to the reference day. */
static int64_t
weekday_day(const struct facts_expr *e, struct caldate ref,
            enum facts_tense t)
{
    int64_t r = cal_to_days(ref), week;
    int rw = cal_weekday(ref);
    int back = (rw - e->wd + 7) % 7;

    switch (e->anchor) {
    case FACTS_PREV:
        return r - (back ? back : 7);
    case FACTS_NEXT:        /* n 1: "Thursday week", a week after next */
        return r + (back ? 7 - back : 7) + 7 * e->n;
    case FACTS_THIS:        /* n -1: "Tuesday last week"; "will hear it
                               this Thursday" said on a Saturday is the
                               coming one */
        week = r - (rw - 1) + (e->wd - 1) + 7 * e->n;
        return e->n == 0 && t == FACTS_TENSE_FUTURE && week < r ?
            week + 7 : week;
    default:
        break;
    }
    if (back == 0 || t == FACTS_TENSE_PAST)
        return r - back;
    if (t == FACTS_TENSE_FUTURE || t == FACTS_TENSE_PRESENT || back > 3)
        return r + 7 - back;
    return r - back;
}

/* "Monday the 27th": the months around the reference whose day d falls
 * on that weekday, the nearest fitting the tense; the weekday alone when
 * none does within two months ("Friday the 13th" in a year that has
 * none near). */
static int64_t
weekday_mday(const struct facts_expr *e, struct caldate ref, int64_t cur,
             enum facts_tense t)
{
    struct facts_expr w = *e;
    int64_t c[3] = {INT64_MIN, INT64_MIN, INT64_MIN}, v, best;
    int k, hits = 0;

    for (k = -2; k <= 2 && hits < 3; k++) {
        v = month_day(ref, k, e->d);
        if (v != INT64_MIN && cal_weekday(cal_from_days(v)) == e->wd)
            c[hits++] = v;
    }
    if (hits == 1)
        return c[0];
    if (hits > 1 && (best = pick(e, c, cur, t)) != INT64_MIN)
        return best;
    w.d = 0;
    return weekday_day(&w, ref, t);
}

/* "Thursday, April 9" without a year: the year, of the three around the
 * reference, whose April 9 is a Thursday; by tense and distance as a bare
 * date when two are or none is. */
static int64_t
named_date(const struct facts_expr *e, struct caldate ref, int64_t cur,
           enum facts_tense t)
{
    struct facts_expr d = *e;
    int64_t c[3], hit = INT64_MIN;
    int i, hits = 0;

    d.wd = 0;
    if (e->anchor == FACTS_ABS)
        return md_ord(&d, e->y);
    for (i = 0; i < 3; i++) {
        c[i] = md_ord(&d, ref.y - 1 + i);
        if (c[i] != INT64_MIN && cal_weekday(cal_from_days(c[i])) == e->wd) {
            hit = c[i];
            hits++;
        }
    }
    return hits == 1 ? hit : pick(&d, c, cur, t);
}

/* Week ordinal of "the weekend" placed by tense. */
static int64_t
weekend_week(struct caldate ref, int64_t cur, enum facts_tense t)
{
    int rw = cal_weekday(ref);

    if (rw >= 6)
        return cur;
    if (t == FACTS_TENSE_PAST || (t == FACTS_TENSE_NONE && rw <= 3))
        return cur - 1;
    return cur;
}

static int64_t resolve(const struct facts_expr *e, struct caldate ref,
                       enum facts_tense t);

/* "the weekend of Jan. 16-17", "the week of Christmas": the week of that
 * day, placed as the day. */
static int64_t
week_of_day(const struct facts_expr *e, struct caldate ref,
            enum facts_tense t)
{
    struct facts_expr d = *e;
    int64_t day;

    d.gran = FACTS_DAY;
    d.weekend = 0;
    day = resolve(&d, ref, t);
    return day == INT64_MIN ? day : week_ord(cal_from_days(day));
}

static int64_t
resolve(const struct facts_expr *e, struct caldate ref, enum facts_tense t)
{
    int64_t cur = ref_ord(ref, e->gran);

    if (e->anchor == FACTS_REL)
        return cur + e->n;
    if (e->gran == FACTS_DAY && e->wd && e->m && e->d)
        return named_date(e, ref, cur, t);
    if (e->gran == FACTS_DAY && e->wd && e->d && !e->m && !e->hol)
        return weekday_mday(e, ref, cur, t);
    if (e->gran == FACTS_DAY && e->wd && !e->hol)
        return weekday_day(e, ref, t);
    if (e->gran == FACTS_WEEK && ((e->m && e->d) || e->hol))
        return week_of_day(e, ref, t);  /* "the week of May 8", "the week
                                           of the October bank holiday" */
    if (e->gran == FACTS_WEEK && e->anchor == FACTS_ABS)
        return iso_week_ord(e->y, e->part);
    if (e->gran == FACTS_WEEK && e->anchor == FACTS_THIS && e->part)
        return iso_week_ord(ref.y + e->n, e->part);     /* "in week 38" */
    if (e->gran == FACTS_WEEK)
        return e->anchor == FACTS_PREV ? cur - 1 :
            e->anchor == FACTS_NEXT ? cur + 1 :
            e->anchor == FACTS_THIS ? cur : weekend_week(ref, cur, t);
    if (e->anchor == FACTS_ABS) {
        if (e->gran == FACTS_DAY)
            return md_ord(e, e->y);
        if (e->gran >= FACTS_YEAR)
            return e->y;
        return part_ord(e, e->y);
    }
    if (e->gran >= FACTS_YEAR)
        return cur + (e->anchor == FACTS_THIS ? e->n : 0);
    if (e->gran == FACTS_DAY && e->m == 0 && !e->hol &&
        e->anchor == FACTS_THIS)
        return month_day(ref, e->n, e->d);     /* "the 20th of next month" */
    if (e->gran == FACTS_DAY && e->m == 0 && !e->hol)
        return monthly(e, ref, cur, t);
    return yearly(e, cur, ref.y, t);
}

/* Write n as exactly w digits at p; returns the end. */
static char *
digits(char *p, int n, int w)
{
    int i;

    for (i = w - 1; i >= 0; i--, n /= 10)
        p[i] = (char)('0' + n % 10);
    return p + w;
}

static int
format_week(int64_t w, int weekend, char value[16])
{
    struct caldate thu = cal_from_days(w * 7 + 4 + 3);
    int iy, wk = cal_iso_week(thu, &iy);
    char *v = value;

    if (iy < 1 || iy > 9999)
        return -1;
    v = digits(v, iy, 4);
    *v++ = '-';
    *v++ = 'W';
    v = digits(v, wk, 2);
    if (weekend)
        memcpy(v, "-WE", 3), v += 3;
    *v = '\0';
    return 0;
}

/* The year part: four digits, three for a decade (199), two for a century
 * (18). */
static char *
format_year(enum facts_gran g, int y, char *v)
{
    if (g == FACTS_DECADE)
        return y <= 999 ? digits(v, y, 3) : NULL;
    if (g == FACTS_CENTURY)
        return y <= 99 ? digits(v, y, 2) : NULL;
    return digits(v, y, 4);
}

static int
format(enum facts_gran g, int64_t o, int weekend, char value[16])
{
    static const char season[4][2] = {"SP", "SU", "FA", "WI"};
    int64_t k = per_year(g), y = o >= 0 ? o / k : -1;
    int p = (int)(o - y * k);
    struct caldate c = {0, 0, 0};
    char *v;

    if (g == FACTS_WEEK)
        return format_week(o, weekend, value);
    if (g == FACTS_DAY) {
        c = cal_from_days(o);
        y = c.y;
    }
    if (y < 1 || y > 9999 || !(v = format_year(g, (int)y, value)))
        return -1;
    if (g == FACTS_DAY || g == FACTS_MONTH || g == FACTS_SEASON ||
        g == FACTS_QUARTER || g == FACTS_HALF)
        *v++ = '-';
    switch (g) {
    case FACTS_DAY:
        v = digits(v, c.m, 2);
        *v++ = '-';
        v = digits(v, c.d, 2);
        break;
    case FACTS_MONTH:   v = digits(v, p + 1, 2); break;
    case FACTS_SEASON:  memcpy(v, season[p], 2), v += 2; break;
    case FACTS_QUARTER: *v++ = 'Q', *v++ = (char)('1' + p); break;
    case FACTS_HALF:    *v++ = 'H', *v++ = (char)('1' + p); break;
    default:            break;
    }
    *v = '\0';
    return 0;
}

/* Fields must be in range before any arithmetic touches them. */
static int
sane(const struct facts_expr *e)
{
    if (e->hol == FACTS_HOL_NTH)
        return (e->gran == FACTS_DAY || e->gran == FACTS_WEEK) &&
            e->m >= 1 && e->m <= 12 &&
            e->wd >= 1 && e->wd <= 7 && e->part >= 1 && e->part <= 5 &&
            e->d == 0 && e->anchor != FACTS_REL && e->y >= 0 && e->y <= 9999;
    if (e->hol)
        return (e->gran == FACTS_DAY || e->gran == FACTS_WEEK) && e->hol > 0 &&
            e->hol < FACTS_HOL_NTH && e->d >= -60 && e->d <= 60 &&
            e->anchor != FACTS_REL && e->y >= 0 && e->y <= 9999;
    if (e->m < 0 || e->m > 12 || e->d < 0 || e->d > 31 || e->wd < 0 ||
        e->wd > 7 || e->part < 0 ||
        e->part > (e->gran == FACTS_WEEK ? 53 : 4) || e->y < 0 || e->y > 9999 ||
        e->n < -10000 || e->n > 10000 || (unsigned)e->gran > FACTS_CENTURY)
        return 0;
    if (e->anchor == FACTS_REL)
        return 1;
    if (e->gran == FACTS_DAY)
        return e->wd ? 1 : e->d >= 1;
    if (e->gran == FACTS_MONTH)
        return e->m >= 1;
    if (e->gran == FACTS_WEEK && e->anchor == FACTS_ABS)
        return (e->part >= 1 || (e->m >= 1 && e->d >= 1)) && e->y >= 1;
    if (e->gran >= FACTS_SEASON && e->gran <= FACTS_HALF)
        return e->part >= 1 && e->part <= per_year(e->gran);
    return 1;
}

/* A southern season begins when the northern one across the year from
 * it does (spring with autumn, summer with winter), so it is resolved as
 * that one and named back. */
static int
south_season(const struct facts_expr *e, struct caldate ref,
             enum facts_tense t, char value[16])
{
    static const char *const codes = "SPFASUWIFASPWISU";
    struct facts_expr n = *e;
    size_t k;

    n.south = -1;                       /* resolved as northern */
    if (n.part)
        n.part = (n.part + 1) % 4 + 1;
    if (facts_norm(&n, ref, t, value) < 0)
        return -1;
    for (k = 0; k < 16; k += 4)
        if (!memcmp(value + 5, codes + k, 2)) {
            memcpy(value + 5, codes + k + 2, 2);
            break;
        }
    return 0;
}

int
facts_norm(const struct facts_expr *e, struct caldate ref,
           enum facts_tense t, char value[16])
{
    int64_t o;

    if (e->south > 0 && e->gran == FACTS_SEASON)
        return south_season(e, ref, t, value);
    value[0] = '\0';
    if (!sane(e) || !cal_valid(ref.y, ref.m, ref.d) || ref.y < 2 ||
        ref.y > 9998)
        return -1;
    o = resolve(e, ref, t);
    if (o == INT64_MIN)
        return -1;
    if (format(e->gran, o, e->weekend, value) < 0) {
        value[0] = '\0';
        return -1;
    }
    return 0;
}
