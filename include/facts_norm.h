/* SPDX-License-Identifier: MIT */
/* facts_norm.h - resolve a recognised temporal expression to a TIMEX3 value. */
#ifndef FW_FACTS_NORM_H
#define FW_FACTS_NORM_H

#include <stdint.h>

#include "caldate.h"
#include "facts.h"

/* Tense of the clause around an expression, as far as cheap cues tell. */
enum facts_tense {
    FACTS_TENSE_NONE = 0,
    FACTS_TENSE_PAST,
    FACTS_TENSE_PRESENT,
    FACTS_TENSE_FUTURE
};

/* How an expression is placed on the calendar. */
enum facts_anchor {
    FACTS_ABS = 0,   /* the fields alone give the value ("March 21, 2023") */
    FACTS_TENSED,    /* year or week missing: placed by tense ("on Friday") */
    FACTS_REL,       /* n units of gran from the reference ("last week") */
    FACTS_THIS,      /* in the reference's year + n, or its week for a
                        weekday ("this spring", "Q3 of last year"); for a
                        day with no month, in its month + n ("the 20th
                        of next month") */
    FACTS_PREV,      /* latest strictly before the reference ("last June") */
    FACTS_NEXT       /* earliest strictly after the reference ("next June") */
};

/* Semantic form of one expression. Fields not used by gran are 0. */
struct facts_expr {
    enum facts_gran   gran;
    enum facts_anchor anchor;
    int  y;        /* year; for DECADE 199 (the 1990s), CENTURY 18 */
    int  m;        /* month 1..12 */
    int  d;        /* day of month 1..31 */
    int  wd;       /* weekday 1..7 (Monday = 1) for a named weekday */
    int  part;     /* season 1..4 (SP SU FA WI), quarter 1..4, half 1..2;
                      ISO week 1..53 of year y for gran WEEK, anchor ABS */
    int  n;        /* FACTS_REL: offset in units of gran (ago = negative);
                      FACTS_THIS: offset in years; FACTS_PREV with a
                      season: -k for "k summers ago" */
    int  weekend;  /* gran WEEK: the weekend of that week */
    int  south;    /* gran SEASON: the southern hemisphere's seasons
                      (spring from September, summer from December,
                      taking the year it begins in); -1 while facts_norm
                      resolves one as the northern season across */
    int  hol;      /* gran DAY: a holiday computed per year (FACTS_HOL_*),
                      with d its offset in days ("Good Friday": Easter
                      - 2); 0 when m and d name the day, or d alone
                      with m 0: a day of the reference's month or a
                      neighbour, placed by tense ("on the 24th") */
};

/* Holidays whose date moves from year to year. */
enum facts_hol {
    FACTS_HOL_NONE = 0,
    FACTS_HOL_EASTER,      /* Western Easter Sunday */
    FACTS_HOL_THANKS,      /* US Thanksgiving: fourth Thursday of November */
    FACTS_HOL_LABOR,       /* US Labor Day: first Monday of September */
    FACTS_HOL_MEMORIAL,    /* US Memorial Day: last Monday of May */
    FACTS_HOL_MOTHER,      /* US Mother's Day: second Sunday of May */
    FACTS_HOL_FATHER,      /* Father's Day: third Sunday of June */
    FACTS_HOL_COLUMBUS,    /* US Columbus Day: second Monday of October */
    FACTS_HOL_PRESIDENTS,  /* US Presidents' Day: third Monday of February */
    FACTS_HOL_ELECTION,    /* US Election Day: the Tuesday after the first
                              Monday of November */
    FACTS_HOL_VICTORIA,    /* Canada's Victoria Day: the Monday before
                              May 25 */
    FACTS_HOL_BRIGID,      /* Ireland's St Brigid's Day bank holiday: the
                              first Monday of February, or the 1st when it
                              is a Friday */
    FACTS_HOL_INDEPENDENCE, /* Independence Day: the day of the country
                              the story is about (facts_country.c), set
                              before normalising; none alone */
    FACTS_HOL_REPUBLIC,    /* Republic Day: the day of the country the
                              story is about, India's January 26 and a
                              few others (facts_country.c); none alone */
    FACTS_HOL_NATIONAL,    /* National Day: the day of the country the
                              story is about among those that keep one
                              by that name (facts_country.c); none alone */
    FACTS_HOL_SOUTH_AFRICA, /* South Africa's Freedom, Youth and Human
                              Rights Days (m, d given): only in a story
                              of South Africa, none elsewhere */
    FACTS_HOL_FAMILY,      /* Family Day: Canada's third Monday of
                              February, South Africa's Easter Monday, set
                              by the story's country; none elsewhere */
    FACTS_HOL_ORTHODOX,    /* Orthodox Easter: the Julian calendar's */
    FACTS_HOL_FEAST,       /* + enum facts_feast: a day set by the moon,
                              read from facts_feast_tab */
    FACTS_HOL_FEAST_END = FACTS_HOL_FEAST + 8,
    FACTS_HOL_NTH          /* weekday wd number part (5: the last) of month
                              m: "the first Tuesday in November" */
};

/* Feasts set by the moon, in the columns of facts_feast_tab
 * (facts_feast_tab.c, written by tests/tools/gen_feasts.py, which says
 * how each is computed). */
enum facts_feast {
    FACTS_FEAST_LUNAR_NY,   /* Lunar (Chinese) New Year, China's time */
    FACTS_FEAST_TET,        /* the same in Vietnam's time */
    FACTS_FEAST_MID_AUTUMN,
    FACTS_FEAST_DIWALI,
    FACTS_FEAST_HOLI,
    FACTS_FEAST_NOWRUZ,
    FACTS_FEAST_ROSH_HASHANAH,
    FACTS_FEAST_YOM_KIPPUR,
    FACTS_FEASTS
};
#define FACTS_FEAST_FIRST 1900  /* the table's first year */
#define FACTS_FEAST_YEARS 201   /* 1900-2100 */
/* month * 32 + day of each feast, per year from FACTS_FEAST_FIRST */
extern const unsigned short facts_feast_tab[FACTS_FEAST_YEARS][FACTS_FEASTS];

/* Seasons in TIMEX3 order of a year. */
#define FACTS_SPRING 1
#define FACTS_SUMMER 2
#define FACTS_AUTUMN 3
#define FACTS_WINTER 4

/* Write the TIMEX3 value of e, resolved against ref under tense t, into
 * value (16 bytes, NUL-terminated). Pure; returns 0, or -1 when e names no
 * real date (February 30, year out of 1..9999), leaving value empty. */
int facts_norm(const struct facts_expr *e, struct caldate ref,
               enum facts_tense t, char value[16]);

/* Day number (cal_to_days) of holiday hol in year y, or INT64_MIN when
 * hol is unknown or y out of range. Pure. */
int64_t facts_holiday(int hol, int y);

#endif
