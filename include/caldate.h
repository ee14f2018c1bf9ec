/* SPDX-License-Identifier: MIT */
/* caldate.h - proleptic Gregorian calendar arithmetic shared by the text pipeline. */
#ifndef FW_CALDATE_H
#define FW_CALDATE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct caldate {
    int y;   /* e.g. 2023 */
    int m;   /* 1..12 */
    int d;   /* 1..31 */
};

/* Days since 1970-01-01 (negative before); pure. */
int64_t cal_to_days(struct caldate c);
/* Inverse of cal_to_days. */
struct caldate cal_from_days(int64_t days);
/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int cal_weekday(struct caldate c);
/* Days in month m of year y. */
int cal_month_days(int y, int m);
/* 1 when y/m/d is a real calendar date, else 0. */
int cal_valid(int y, int m, int d);
/* c moved by n days (n may be negative). */
struct caldate cal_add_days(struct caldate c, int64_t n);
/* ISO 8601 week of c: *iso_year gets the week-numbering year; returns 1..53. */
int cal_iso_week(struct caldate c, int *iso_year);
/* UTC calendar date of a Unix time. */
struct caldate cal_from_time(time_t t);
/* Month number 1..12 for an English month name or abbreviation ("March",
 * "Mar", "mar", "Sept"), matched case-insensitively over exactly len bytes;
 * 0 when it is none. */
int cal_month_from_name(const char *s, size_t len);
/* Weekday 1..7 (Monday = 1) for an English weekday name or abbreviation
 * ("Tuesday", "Tue", "Tues"), case-insensitive over len bytes; 0 when none. */
int cal_weekday_from_name(const char *s, size_t len);
/* Parse "YYYY-MM-DD" at s (exactly 10 bytes, must be valid); 0 or -1. */
int cal_parse_iso(const char *s, size_t len, struct caldate *out);
/* Write "YYYY-MM-DD" and a NUL into buf (at least 11 bytes). */
void cal_format(struct caldate c, char *buf);

#endif
