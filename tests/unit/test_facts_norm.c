/* SPDX-License-Identifier: MIT */
/* test_facts_norm.c - facts_norm, the pure resolver, one test per anchor. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "facts_norm.h"

/* 2023-03-21 is a Tuesday in ISO week 12. */
static const struct caldate REF = {2023, 3, 21};

static void
check(struct facts_expr e, enum facts_tense t, const char *want)
{
    char v[16];

    assert_int_equal(facts_norm(&e, REF, t, v), 0);
    assert_string_equal(v, want);
}

static void
test_absolute(void **state)
{
    (void)state;
    check((struct facts_expr){.gran = FACTS_DAY, .y = 2020, .m = 2, .d = 29},
          FACTS_TENSE_NONE, "2020-02-29");
    check((struct facts_expr){.gran = FACTS_MONTH, .y = 2022, .m = 2},
          FACTS_TENSE_NONE, "2022-02");
    check((struct facts_expr){.gran = FACTS_QUARTER, .y = 2022, .part = 3},
          FACTS_TENSE_NONE, "2022-Q3");
    check((struct facts_expr){.gran = FACTS_HALF, .y = 2024, .part = 1},
          FACTS_TENSE_NONE, "2024-H1");
    check((struct facts_expr){.gran = FACTS_SEASON, .y = 2020, .part = 1},
          FACTS_TENSE_NONE, "2020-SP");
    check((struct facts_expr){.gran = FACTS_YEAR, .y = 2014},
          FACTS_TENSE_NONE, "2014");
    check((struct facts_expr){.gran = FACTS_DECADE, .y = 199},
          FACTS_TENSE_NONE, "199");
    check((struct facts_expr){.gran = FACTS_CENTURY, .y = 18},
          FACTS_TENSE_NONE, "18");
}

static void
test_tensed(void **state)
{
    struct facts_expr dec30 = {.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                               .m = 12, .d = 30};
    struct facts_expr feb = {.gran = FACTS_MONTH, .anchor = FACTS_TENSED,
                             .m = 2};
    struct facts_expr fri = {.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                             .wd = 5};
    struct facts_expr tue = {.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                             .wd = 2};

    (void)state;
    check(dec30, FACTS_TENSE_PAST, "2022-12-30");
    check(dec30, FACTS_TENSE_FUTURE, "2023-12-30");
    check(dec30, FACTS_TENSE_NONE, "2022-12-30");       /* nearer */
    check(feb, FACTS_TENSE_PAST, "2023-02");
    check(feb, FACTS_TENSE_FUTURE, "2024-02");
    check(fri, FACTS_TENSE_PAST, "2023-03-17");
    check(fri, FACTS_TENSE_FUTURE, "2023-03-24");
    check(tue, FACTS_TENSE_PAST, "2023-03-21");         /* its own day */
    check(tue, FACTS_TENSE_FUTURE, "2023-03-21");
}

static void
test_relative(void **state)
{
    (void)state;
    check((struct facts_expr){.gran = FACTS_WEEK, .anchor = FACTS_REL,
                              .n = 1}, FACTS_TENSE_NONE, "2023-W13");
    check((struct facts_expr){.gran = FACTS_WEEK, .anchor = FACTS_REL,
                              .n = 0, .weekend = 1}, FACTS_TENSE_NONE,
          "2023-W12-WE");
    check((struct facts_expr){.gran = FACTS_MONTH, .anchor = FACTS_REL,
                              .n = -3}, FACTS_TENSE_NONE, "2022-12");
    check((struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_REL,
                              .n = 11}, FACTS_TENSE_NONE, "2023-04-01");
    check((struct facts_expr){.gran = FACTS_QUARTER, .anchor = FACTS_REL,
                              .n = -1}, FACTS_TENSE_NONE, "2022-Q4");
}

static void
test_this_prev_next(void **state)
{
    (void)state;
    check((struct facts_expr){.gran = FACTS_SEASON, .anchor = FACTS_THIS,
                              .part = FACTS_SPRING}, FACTS_TENSE_NONE,
          "2023-SP");
    check((struct facts_expr){.gran = FACTS_SEASON, .anchor = FACTS_PREV,
                              .part = FACTS_SUMMER}, FACTS_TENSE_NONE,
          "2022-SU");
    check((struct facts_expr){.gran = FACTS_MONTH, .anchor = FACTS_PREV,
                              .m = 3}, FACTS_TENSE_NONE, "2022-03");
    check((struct facts_expr){.gran = FACTS_MONTH, .anchor = FACTS_NEXT,
                              .m = 3}, FACTS_TENSE_NONE, "2024-03");
    check((struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_PREV,
                              .wd = 2}, FACTS_TENSE_NONE, "2023-03-14");
    check((struct facts_expr){.gran = FACTS_QUARTER, .anchor = FACTS_THIS,
                              .part = 3, .n = -1}, FACTS_TENSE_NONE,
          "2022-Q3");
}

/* Southern seasons, said on 21 March 2023 (early autumn there): the
 * summer just gone began in December 2022, the next spring is September
 * 2023's, the coming winter June 2023's. */
static void
test_southern_seasons(void **state)
{
    (void)state;
    check((struct facts_expr){.gran = FACTS_SEASON, .anchor = FACTS_PREV,
                              .part = FACTS_SUMMER, .south = 1},
          FACTS_TENSE_NONE, "2022-SU");
    check((struct facts_expr){.gran = FACTS_SEASON, .anchor = FACTS_NEXT,
                              .part = FACTS_SPRING, .south = 1},
          FACTS_TENSE_NONE, "2023-SP");
    check((struct facts_expr){.gran = FACTS_SEASON, .anchor = FACTS_TENSED,
                              .part = FACTS_WINTER, .south = 1},
          FACTS_TENSE_FUTURE, "2023-WI");
    check((struct facts_expr){.gran = FACTS_SEASON, .anchor = FACTS_THIS,
                              .part = FACTS_AUTUMN, .south = 1},
          FACTS_TENSE_NONE, "2023-FA");
    check((struct facts_expr){.gran = FACTS_SEASON, .y = 2020,
                              .part = FACTS_SUMMER, .south = 1},
          FACTS_TENSE_NONE, "2020-SU");
    /* the north, for contrast: next spring is 2024's */
    check((struct facts_expr){.gran = FACTS_SEASON, .anchor = FACTS_NEXT,
                              .part = FACTS_SPRING}, FACTS_TENSE_NONE,
          "2024-SP");
}

/* The week of a given day, with its year. */
static void
test_week_of_a_day(void **state)
{
    (void)state;
    check((struct facts_expr){.gran = FACTS_WEEK, .anchor = FACTS_ABS,
                              .y = 2021, .m = 3, .d = 21}, FACTS_TENSE_NONE,
          "2021-W11");
}

static void
test_weeks_cross_years(void **state)
{
    struct facts_expr last = {.gran = FACTS_WEEK, .anchor = FACTS_REL,
                              .n = -1};
    struct caldate jan5 = {2026, 1, 5};
    char v[16];

    (void)state;
    assert_int_equal(facts_norm(&last, jan5, FACTS_TENSE_NONE, v), 0);
    assert_string_equal(v, "2026-W01");
}

static void
test_rejects(void **state)
{
    struct facts_expr bad[] = {
        {.gran = FACTS_DAY, .y = 2023, .m = 2, .d = 30},
        {.gran = FACTS_MONTH, .m = 13},
        {.gran = FACTS_QUARTER, .anchor = FACTS_TENSED, .part = 5},
        {.gran = FACTS_HALF, .anchor = FACTS_TENSED, .part = 3},
        {.gran = FACTS_YEAR, .anchor = FACTS_REL, .n = 9000},
        {.gran = (enum facts_gran)42},
    };
    size_t i;
    char v[16];

    (void)state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(facts_norm(&bad[i], REF, FACTS_TENSE_NONE, v), -1);
        assert_string_equal(v, "");
    }
}

/* Movable holidays: Easter by the anonymous Gregorian algorithm, the US
 * ones by their rule, checked against published calendars. */
static void
test_holidays(void **state)
{
    static const struct {
        int hol, y;
        struct caldate want;
    } v[] = {
        {FACTS_HOL_EASTER, 2000, {2000, 4, 23}},
        {FACTS_HOL_EASTER, 2019, {2019, 4, 21}},
        {FACTS_HOL_EASTER, 2024, {2024, 3, 31}},
        {FACTS_HOL_EASTER, 2038, {2038, 4, 25}},
        {FACTS_HOL_EASTER, 2285, {2285, 3, 22}},
        {FACTS_HOL_THANKS, 2024, {2024, 11, 28}},
        {FACTS_HOL_LABOR, 2019, {2019, 9, 2}},
        {FACTS_HOL_MEMORIAL, 2024, {2024, 5, 27}},
        {FACTS_HOL_MEMORIAL, 2021, {2021, 5, 31}},
        {FACTS_HOL_MOTHER, 2024, {2024, 5, 12}},
        {FACTS_HOL_FATHER, 2023, {2023, 6, 18}},
        {FACTS_HOL_ELECTION, 2024, {2024, 11, 5}},
        {FACTS_HOL_ELECTION, 2022, {2022, 11, 8}},     /* Nov. 1 a Tuesday */
        {FACTS_HOL_ELECTION, 2020, {2020, 11, 3}},
    };
    struct facts_expr e = {.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                           .hol = FACTS_HOL_EASTER, .d = -2};
    size_t i;

    (void)state;
    for (i = 0; i < sizeof v / sizeof v[0]; i++)
        assert_int_equal(facts_holiday(v[i].hol, v[i].y),
                         cal_to_days(v[i].want));
    assert_true(facts_holiday(0, 2024) == INT64_MIN);
    assert_true(facts_holiday(FACTS_HOL_EASTER, 1200) == INT64_MIN);
    check(e, FACTS_TENSE_FUTURE, "2023-04-07");     /* Good Friday */
    check(e, FACTS_TENSE_PAST, "2023-04-07");       /* 17 days ahead */
    e.hol = FACTS_HOL_THANKS;
    e.d = 1;                                        /* Black Friday */
    check(e, FACTS_TENSE_PAST, "2022-11-25");
    check(e, FACTS_TENSE_FUTURE, "2023-11-24");
    /* "the first Tuesday in November", "the last Monday of February" */
    e = (struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                            .hol = FACTS_HOL_NTH, .m = 11, .wd = 2,
                            .part = 1};
    check(e, FACTS_TENSE_FUTURE, "2023-11-07");
    check(e, FACTS_TENSE_PAST, "2022-11-01");
    e.anchor = FACTS_ABS;
    e.y = 2024;
    check(e, FACTS_TENSE_NONE, "2024-11-05");
    e = (struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_ABS, .y = 2024,
                            .hol = FACTS_HOL_NTH, .m = 2, .wd = 1, .part = 5};
    check(e, FACTS_TENSE_NONE, "2024-02-26");
    e.part = 6;                                     /* no sixth Monday */
    assert_int_equal(facts_norm(&e, REF, FACTS_TENSE_NONE, (char[16]){0}), -1);
}

/* A day alone ("on the 24th") is placed among the reference's month and
 * its neighbours by tense; a date just ahead wins over one almost a year
 * back even in a past clause. */
static void
test_day_and_near(void **state)
{
    (void)state;
    check((struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                              .d = 24}, FACTS_TENSE_FUTURE, "2023-03-24");
    check((struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                              .d = 24}, FACTS_TENSE_PAST, "2023-02-24");
    check((struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                              .d = 2}, FACTS_TENSE_FUTURE, "2023-04-02");
    check((struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                              .m = 4, .d = 5}, FACTS_TENSE_PAST,
          "2023-04-05");
    check((struct facts_expr){.gran = FACTS_DAY, .anchor = FACTS_TENSED,
                              .m = 6, .d = 5}, FACTS_TENSE_PAST,
          "2022-06-05");
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_absolute),
        cmocka_unit_test(test_tensed),
        cmocka_unit_test(test_relative),
        cmocka_unit_test(test_this_prev_next),
        cmocka_unit_test(test_weeks_cross_years),
        cmocka_unit_test(test_rejects),
        cmocka_unit_test(test_holidays),
        cmocka_unit_test(test_day_and_near),
        cmocka_unit_test(test_southern_seasons),
        cmocka_unit_test(test_week_of_a_day),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
