#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""gen_feasts.py - write daemon/facts_feast_tab.c, the days of feasts set by the moon.

usage: tests/tools/gen_feasts.py [REPO] [--check]

Lunar New Year, Tet, the Mid-Autumn Festival, Diwali, Holi, Nowruz, Rosh
Hashanah and Yom Kippur move against the Gregorian calendar; no rule of a
few lines places them, so their days for 1900-2100 are computed here, once,
and the extractor reads a table. Stdlib only:

- new and full moons by Meeus, Astronomical Algorithms, ch. 49 (about a
  minute); the Sun's apparent longitude by ch. 25 (0.01 degree, about 15
  minutes); Delta T by the Espenak-Meeus polynomials;
- Lunar New Year: the new moon (China time, UTC+8) that begins the month
  holding the principal term Yushui (330 degrees); Tet the same in
  Vietnam's time (UTC+7); the Mid-Autumn Festival the 15th day of the month
  holding the autumn equinox (180 degrees);
- Diwali (Lakshmi Puja): the new moon after the Sun enters sidereal Libra
  (Lahiri), on the day whose evening it ends in India (UTC+5:30): the day
  of the new moon when it falls after 18:00, else the day before;
- Holi: the day after the full moon of Phalguna (the lunar month in which
  the Sun enters sidereal Pisces) when that moon is full after 16:30 India
  time, else its own day (the bonfire is lit the evening before); both
  hours are fitted to the published days of 2000-2030;
- Nowruz: the day (Tehran, UTC+3:30) of the March equinox when it falls
  before noon there, else the next day;
- Rosh Hashanah: 1 Tishrei by the Hebrew calendar's arithmetic (the molad
  and its postponements); Yom Kippur nine days after it.

--check compares with python3-lunardate and python3-convertdate when they
are installed (they are not needed to generate) and with published days.
"""
import datetime as dt
import math
import os
import sys

FIRST, LAST = 1900, 2100
FEASTS = ["LUNAR_NY", "TET", "MID_AUTUMN", "DIWALI", "HOLI", "NOWRUZ",
          "ROSH_HASHANAH", "YOM_KIPPUR"]


def sind(x):
    return math.sin(math.radians(x))


def delta_t(year):
    """TT - UT in seconds (Espenak and Meeus, 1900-2150)."""
    t = year - 2000
    if year < 1920:
        u = year - 1900
        return -2.79 + 1.494119 * u - 0.0598939 * u**2 + 0.0061966 * u**3 \
            - 0.000197 * u**4
    if year < 1941:
        u = year - 1920
        return 21.20 + 0.84493 * u - 0.076100 * u**2 + 0.0020936 * u**3
    if year < 1961:
        u = year - 1950
        return 29.07 + 0.407 * u - u**2 / 233 + u**3 / 2547
    if year < 1986:
        u = year - 1975
        return 45.45 + 1.067 * u - u**2 / 260 - u**3 / 718
    if year < 2005:
        return 63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3 \
            + 0.000651814 * t**4 + 0.00002373599 * t**5
    if year < 2050:
        return 62.92 + 0.32217 * t + 0.005589 * t**2
    return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year)


def moon_phase(k):
    """JDE (TT) of the new moon (k whole) or full moon (k + 0.5), Meeus 49."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 \
        - 0.000000150 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = 2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3
    mp = 201.5643 + 385.81693528 * k + 0.0107582 * t**2 \
        + 0.00001238 * t**3 - 0.000000058 * t**4
    f = 160.7108 + 390.67050284 * k - 0.0016118 * t**2 \
        - 0.00000227 * t**3 + 0.000000011 * t**4
    om = 124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3
    full = k % 1 != 0
    c = [-0.40614, 0.17302, 0.01614, 0.01043, 0.00734, -0.00515, 0.00209] \
        if full else [-0.40720, 0.17241, 0.01608, 0.01039, 0.00739, -0.00514,
                      0.00208]
    corr = (c[0] * sind(mp) + c[1] * e * sind(m) + c[2] * sind(2 * mp)
            + c[3] * sind(2 * f) + c[4] * e * sind(mp - m)
            + c[5] * e * sind(mp + m) + c[6] * e * e * sind(2 * m)
            - 0.00111 * sind(mp - 2 * f) - 0.00057 * sind(mp + 2 * f)
            + 0.00056 * e * sind(2 * mp + m) - 0.00042 * sind(3 * mp)
            + 0.00042 * e * sind(m + 2 * f) + 0.00038 * e * sind(m - 2 * f)
            - 0.00024 * e * sind(2 * mp - m) - 0.00017 * sind(om)
            - 0.00007 * sind(mp + 2 * m) + 0.00004 * sind(2 * mp - 2 * f)
            + 0.00004 * sind(3 * m) + 0.00003 * sind(mp + m - 2 * f)
            + 0.00003 * sind(2 * mp + 2 * f) - 0.00003 * sind(mp + m + 2 * f)
            + 0.00003 * sind(mp - m + 2 * f) - 0.00002 * sind(mp - m - 2 * f)
            - 0.00002 * sind(3 * mp + m) + 0.00002 * sind(4 * mp))
    planets = [(299.77, 0.107408, 0.000325), (251.88, 0.016321, 0.000165),
               (251.83, 26.651886, 0.000164), (349.42, 36.412478, 0.000126),
               (84.66, 18.206239, 0.000110), (141.74, 53.303771, 0.000062),
               (207.14, 2.453732, 0.000060), (154.84, 7.306860, 0.000056),
               (34.52, 27.261239, 0.000047), (207.19, 0.121824, 0.000042),
               (291.34, 1.844379, 0.000040), (161.72, 24.198154, 0.000037),
               (239.56, 25.513099, 0.000035), (331.55, 3.592518, 0.000023)]
    corr += sum(a * sind(b + r * k - (0.009173 * t**2 if i == 0 else 0))
                for i, (b, r, a) in enumerate(planets))
    return jde + corr


JD_UNIX = 2440587.5


def jde_to_utc(jde):
    """A datetime (UTC) of a JDE (TT)."""
    guess = dt.datetime(1970, 1, 1) + dt.timedelta(days=jde - JD_UNIX)
    return guess - dt.timedelta(seconds=delta_t(guess.year))


def utc_to_jde(t):
    return (t - dt.datetime(1970, 1, 1)).total_seconds() / 86400 + JD_UNIX \
        + delta_t(t.year) / 86400


def sun_longitude(jde):
    """The Sun's apparent longitude in degrees (Meeus 25, low accuracy)."""
    t = (jde - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t
    c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sind(m) \
        + (0.019993 - 0.000101 * t) * sind(2 * m) + 0.000289 * sind(3 * m)
    om = 125.04 - 1934.136 * t
    return (l0 + c - 0.00569 - 0.00478 * sind(om)) % 360


def sun_reaches(lon, after):
    """The UTC datetime after `after` (within a year) when the Sun's
    longitude reaches lon, by bisection."""
    lo = utc_to_jde(after)
    hi = lo + 366

    def past(j):        # degrees beyond lon, in (-180, 180]
        return (sun_longitude(j) - lon + 180) % 360 - 180
    # step to the first day at or past lon, then bisect
    j = lo
    while not (past(j) < 0 <= past(j + 1)):
        j += 1
        if j > hi:
            raise ValueError("no crossing")
    a, b = j, j + 1
    for _ in range(40):
        mid = (a + b) / 2
        if past(mid) < 0:
            a = mid
        else:
            b = mid
    return jde_to_utc(b)


def phases_near(year, full=False):
    """New (or full) moons from October of year - 1 to February of year
    + 1, as UTC datetimes."""
    k0 = math.floor((year - 1 - 2000) * 12.3685) + 8
    return [jde_to_utc(moon_phase(k + (0.5 if full else 0)))
            for k in range(k0, k0 + 18)]


def local(t, hours):
    return t + dt.timedelta(hours=hours)


def chinese_tz(year, vietnam=False):
    """China's standard time from 1929 (Beijing's mean time before);
    Vietnam's calendar follows UTC+7 from 1968."""
    if vietnam and year >= 1968:
        return 7
    return 8 if year >= 1929 else 7 + 46.5 / 60


def chinese_month(year, offset, tz):
    """The first day of the lunar month `offset` months after month 11 of
    the year ending in `year`'s (0: month 11, 2: month 1, 9: month 8),
    skipping a leap month: month 11 holds the winter solstice, and in a
    year of 13 months the first month with no principal term is leap."""
    ws = [local(sun_reaches(270, dt.datetime(y, 11, 1)), tz).date()
          for y in (year - 1, year)]
    news = sorted({local(n, tz).date() for y in (year - 1, year)
                   for n in phases_near(y)})
    m11 = [max(d for d in news if d <= w) for w in ws]
    months = [d for d in news if m11[0] <= d < m11[1]] + [m11[1]]
    leap = None
    if len(months) == 14:
        terms = principal_terms(year, tz)
        for i in range(13):
            if not any(months[i] <= t < months[i + 1] for t in terms):
                leap = i
                break
    return months[offset + (1 if leap is not None and leap <= offset
                            else 0)]


def principal_terms(year, tz):
    """Local days of the Sun at 270, 300, ... 270 degrees from the winter
    solstice of year - 1 to that of year."""
    out, after = [], dt.datetime(year - 1, 11, 1)
    for i in range(13):
        t = sun_reaches((270 + 30 * i) % 360, after)
        out.append(local(t, tz).date())
        after = t + dt.timedelta(days=1)
    return out


def lunar_new_year(year, vietnam=False):
    return chinese_month(year, 2, chinese_tz(year, vietnam))


def mid_autumn(year):
    return chinese_month(year, 9, chinese_tz(year)) + dt.timedelta(days=14)


def ayanamsa(year):
    """Lahiri's ayanamsa in degrees, near enough for an ingress day."""
    return 23.853 + (year - 2000) * 50.29 / 3600


def diwali(year):
    ingress = sun_reaches((180 + ayanamsa(year)) % 360,
                          dt.datetime(year, 9, 1))
    nm = min(n for n in phases_near(year) if n > ingress)
    ist = local(nm, 5.5)
    return ist.date() - dt.timedelta(days=0 if ist.hour >= 18 else 1)


def holi(year):
    ingress = sun_reaches((330 + ayanamsa(year)) % 360,
                          dt.datetime(year, 1, 15))
    news = phases_near(year)
    start = max(n for n in news if n <= ingress)
    fm = min(f for f in phases_near(year, True) if f > start)
    ist = local(fm, 5.5)
    late = ist.hour * 60 + ist.minute >= 16 * 60 + 30
    return ist.date() + dt.timedelta(days=1 if late else 0)


def nowruz(year):
    eq = local(sun_reaches(0, dt.datetime(year, 2, 1)), 3.5)
    return eq.date() + dt.timedelta(days=0 if eq.hour < 12 else 1)


def hebrew_elapsed(h):
    """Days from the Hebrew epoch to the molad of Tishrei of year h, with
    the postponement for Sunday, Wednesday and Friday."""
    months = (235 * h - 234) // 19
    parts = 12084 + 13753 * months
    d = 29 * months + parts // 25920
    return d + 1 if (3 * (d + 1)) % 7 < 3 else d


def rosh_hashanah(year):
    """1 Tishrei of the Hebrew year that begins in the autumn of year
    (Reingold and Dershowitz, Calendrical Calculations)."""
    h = year + 3761
    ny0, ny1, ny2 = (hebrew_elapsed(x) for x in (h - 1, h, h + 1))
    delay = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return dt.date.fromordinal(-1373427 + ny1 + delay)


def days(year):
    rh = rosh_hashanah(year)
    return [lunar_new_year(year), lunar_new_year(year, True),
            mid_autumn(year), diwali(year), holi(year), nowruz(year), rh,
            rh + dt.timedelta(days=9)]


# Published days the rules must give (national holiday lists, almanacs).
KNOWN = {
    "DIWALI": ["2003-10-25", "2008-10-28", "2009-10-17", "2013-11-03",
               "2015-11-11", "2016-10-30", "2017-10-19", "2018-11-07",
               "2019-10-27", "2020-11-14", "2021-11-04", "2022-10-24",
               "2023-11-12", "2025-10-20", "2026-11-08"],
    "HOLI": ["2013-03-27", "2014-03-17", "2015-03-06", "2016-03-24",
             "2017-03-13", "2018-03-02", "2019-03-21", "2020-03-10",
             "2021-03-29", "2022-03-18", "2023-03-08", "2024-03-25",
             "2025-03-14", "2026-03-04"],
    "NOWRUZ": ["2016-03-20", "2017-03-21", "2018-03-21", "2019-03-21",
               "2020-03-20", "2021-03-21", "2022-03-21", "2023-03-21",
               "2024-03-20", "2030-03-21", "2031-03-21"],
    "TET": ["2005-02-09", "2007-02-17", "2024-02-10"],
}


# Where the rules and the published calendars part, knowingly: the new
# moon of 2 September 1978 fell 8 minutes after midnight in China, and
# the calendars of the time, computed with older tables, put it on the 2nd.
ACCEPTED = {("MID_AUTUMN", 1978)}


def check(table):
    bad = 0
    for name, dates in KNOWN.items():
        col = FEASTS.index(name)
        for s in dates:
            d = dt.date.fromisoformat(s)
            got = table[d.year - FIRST][col]
            if got != d:
                print("%s %d: %s, published %s" % (name, d.year, got, d))
                bad += 1
    try:
        from lunardate import LunarDate
        for y in range(FIRST, 2100):
            for col, got in ((0, LunarDate(y, 1, 1).toSolarDate()),
                             (2, LunarDate(y, 8, 15).toSolarDate())):
                if table[y - FIRST][col] != got and \
                        (FEASTS[col], y) not in ACCEPTED:
                    print("%s %d: %s, lunardate %s" %
                          (FEASTS[col], y, table[y - FIRST][col], got))
                    bad += 1
    except ImportError:
        print("python3-lunardate not installed: Chinese calendar not checked")
    try:
        from convertdate import hebrew
        for y in range(FIRST, LAST + 1):
            got = dt.date(*hebrew.to_gregorian(y + 3761, 7, 1))
            if table[y - FIRST][6] != got:
                print("ROSH_HASHANAH %d: %s, convertdate %s" %
                      (y, table[y - FIRST][6], got))
                bad += 1
    except ImportError:
        print("python3-convertdate not installed: Hebrew calendar not checked")
    try:
        from convertdate import persian
        for y in range(1926, LAST + 1):
            got = dt.date(*persian.to_gregorian(y - 621, 1, 1))
            if table[y - FIRST][5] != got:
                print("NOWRUZ %d: %s, convertdate %s" %
                      (y, table[y - FIRST][5], got))
                bad += 1
    except ImportError:
        pass
    print("%d differences" % bad)
    return bad


def write(repo, table):
    lines = ["/* SPDX-License-Identifier: MIT */",
             "/* facts_feast_tab.c - days of feasts set by the moon, %d-%d. */"
             % (FIRST, LAST),
             "/* Written by tests/tools/gen_feasts.py: do not edit. */",
             '#include "facts_norm.h"', "",
             "/* month * 32 + day, per year from FACTS_FEAST_FIRST, in the",
             " * order of enum facts_feast. */",
             "const unsigned short facts_feast_tab[FACTS_FEAST_YEARS]"
             "[FACTS_FEASTS] = {"]
    for y, row in enumerate(table):
        cells = ", ".join("%d" % (d.month * 32 + d.day) for d in row)
        lines.append("    {%s},%s" % (cells, "  /* %d */" % (FIRST + y)
                                      if y % 10 == 0 else ""))
    lines.append("};")
    path = os.path.join(repo, "daemon", "facts_feast_tab.c")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    repo = args[0] if args else os.path.join(os.path.dirname(__file__),
                                             "..", "..")
    table = [days(y) for y in range(FIRST, LAST + 1)]
    if "--check" in sys.argv:
        sys.exit(1 if check(table) else 0)
    write(repo, table)


if __name__ == "__main__":
    main()
