/* SPDX-License-Identifier: MIT */
/* facts.c - run the recogniser over a parsed article and collect its dated facts. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "facts_int.h"
#include "facts_key.h"

const char *
facts_gran_name(enum facts_gran g)
{
    static const char *const names[] = {"day", "week", "month", "season",
        "quarter", "half", "year", "decade", "century"};

    if ((unsigned)g >= sizeof names / sizeof names[0])
        return "day";
    return names[g];
}

void
facts_free(struct facts_list *l)
{
    if (!l)
        return;
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

/* Tokens scanned at a time: a sentence longer than this (a page without
 * punctuation) is scanned in windows that overlap by WINDOW_OVERLAP
 * tokens, so memory stays at 80 KB whatever the input. */
#define WINDOW         4096
#define WINDOW_OVERLAP 32

/* Tokens kept on the stack (10 KB): enough for all but the longest
 * sentences, which take a heap buffer instead. */
#define STACK_TOKS 512

static int
push(struct collect *l, const struct fact *f)
{
    if (l->n >= FACTS_LIMIT)
        return 0;               /* a table or a dump: the first ones */
    if (l->n == l->cap) {
        size_t cap = l->cap * 2;
        struct fact *v = l->v == l->stack ? malloc(cap * sizeof *v) :
            realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        if (l->v == l->stack)
            memcpy(v, l->stack, l->n * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = *f;
    return 0;
}

/* Hand the collected facts to out (an exact-size copy of the stack, or
 * the heap array itself). Returns 0, or -1 when memory ran out. */
static int
collect_take(struct collect *l, struct facts_list *out)
{
    if (l->v != l->stack) {
        out->v = l->v;
    } else if (l->n) {
        out->v = malloc(l->n * sizeof *out->v);
        if (!out->v)
            return -1;
        memcpy(out->v, l->stack, l->n * sizeof *out->v);
    }
    out->n = l->n;
    out->cap = l->v != l->stack ? l->cap : l->n;
    l->v = l->stack;
    l->n = 0;
    return 0;
}

/* Free what the collection owns. */
static void
collect_free(struct collect *l)
{
    if (l->v != l->stack)
        free(l->v);
    l->v = l->stack;
    l->n = 0;
}

/* The last of the nh head indices from k on that is below b, or k when
 * none is: the loop's next head is then the first at or past b. */
static size_t
skip(const uint16_t *heads, size_t k, size_t nh, size_t b)
{
    while (k + 1 < nh && heads[k + 1] < b)
        k++;
    return k;
}

/* A southern place word at i that does not place the story there: a
 * North American namesake ("North Sydney", "Sydney, N.S.", "Perth,
 * Ont.", "Melbourne, Fla."), a name made from it or a place far away. */
static int
not_there(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    if (i > 0 && rec_word(text, toks, n, i - 1, "north"))
        return 1;
    /* "Christchurch Park", "Sydney Road", "A/Sydney" (a flu strain), "as
     * far away as New Zealand" */
    if ((i + 1 < n && toks[i + 1].kind == FT_WORD &&
         (toks[i + 1].flags & FT_CAP) && toks[i + 1].lex != LX_PLACE &&
         toks[i + 1].lex != LX_MONTH && toks[i + 1].lex != LX_WEEKDAY) ||
        (i > 0 && rec_punct(toks, n, i - 1, '/') && rec_joined(toks, n, i)) ||
        (i > 1 && rec_word(text, toks, n, i - 1, "new") &&
         rec_word(text, toks, n, i - 2, "as")) ||
        (i > 0 && rec_word(text, toks, n, i - 1, "as")))
        return 1;
    return rec_punct(toks, n, i + 1, ',') && i + 3 < n &&
        toks[i + 2].kind == FT_WORD && (toks[i + 2].flags & FT_CAP) &&
        toks[i + 2].len <= 5 && rec_punct(toks, n, i + 3, '.') &&
        rec_joined(toks, n, i + 3);
}

/* A place the story names (capitalised): "Africa" counts only after
 * "South", "Cape" only in "Western Cape" or "Cape Town" (not "Cape
 * Canaveral"); "Australia", "Canada", "Anzac" and "Waitangi" are
 * holidays' words too. */
static void
count_place(struct scan *sc, const char *text, const struct facts_tok *toks,
            size_t n, size_t i)
{
    static const char *const capes[] = {"western", "eastern", "northern"};
    int v = toks[i].val, town;

    if (!(toks[i].flags & (FT_CAP | FT_UPPER)))
        return;
    town = v == 3 && rec_word(text, toks, n, i + 1, "town");
    if (v != 0 && !town && not_there(text, toks, n, i))
        return;         /* (not_there takes "Town" for "Sydney Road") */
    if (v == 2 && !(i > 0 && rec_word(text, toks, n, i - 1, "south")))
        return;
    if (v == 3 && !(i > 0 && REC_WORD_IN(text, toks, n, i - 1, capes)) &&
        !town)
        return;
    sc->places[v != 0]++;
}

/* Whether value (a year, decade or century, maybe with more after it)
 * lies wholly before year y. */
static int
before_year(const char *value, int y)
{
    size_t nd = 0;
    int v = 0;

    while (nd < 4 && value[nd] >= '0' && value[nd] <= '9')
        v = v * 10 + (value[nd++] - '0');
    if (nd == 3)
        v = v * 10 + 9;         /* the 1990s: up to 1999 */
    else if (nd == 2)
        v = v * 100 + 99;       /* the 19th century: up to 1899 */
    else if (nd != 4)
        return 0;
    return v < y;
}

/* "had 12 members in 1949 and has 32 today", "moved there in the 1990s,
 * and 210,000 live there today": "today" after a verb of state set
 * against an earlier year of the same sentence is nowadays, no date
 * ("since 2008, and today it becomes law" is the day). */
static const char *const state_verbs[] = {"has", "have", "live", "lives",
    "remain", "remains", "stand", "stands", "number", "numbers", "employs",
    "employ", "exist", "exists", "hold", "holds", "are"};

/* "Today, Long Pond Bay has a football field", "Today we are scattered
 * across four countries": a sentence that opens with "Today" and says
 * what is, with a verb of state that no participle follows ("Today the
 * park has reopened", "Today we are announcing" are the day's news). */
static int
today_opens_state(const char *text, const struct facts_tok *toks, size_t n,
                  const struct facts_match *m)
{
    size_t i;

    if (m->a != 0)
        return 0;
    for (i = m->b; i < n && i < m->b + 6; i++) {
        if (toks[i].kind == FT_PUNCT && toks[i].val != ',')
            return 0;
        if (REC_WORD_IN(text, toks, n, i, state_verbs)) {
            const struct facts_tok *v = i + 1 < n ? &toks[i + 1] : NULL;
            int are = rec_word(text, toks, n, i, "are");
            /* "has reopened" is a perfect, "are scattered" a state */
            return v && !(v->kind == FT_WORD &&
                ((!are && v->tense == FACTS_TENSE_PAST) || (v->len > 4 &&
                 !memcmp(text + v->off + v->len - 3, "ing", 3))));
        }
    }
    return 0;
}

static int
nowadays(const struct scan *sc, const char *text, const struct facts_tok *toks,
         size_t n, const struct facts_match *m)
{
    size_t i;

    if (m->b != m->a + 1 || !rec_word(text, toks, n, m->a, "today"))
        return 0;
    if (!sc->then)
        return today_opens_state(text, toks, n, m);
    for (i = m->a; i-- > 0 && i + 3 >= m->a;)
        if (REC_WORD_IN(text, toks, n, i, state_verbs) &&
            !rec_word(text, toks, n, i, "are"))
            return 1;
    return 0;
}

/* A year that names a plan or a term: "Budget 2037", "Kenya Vision
 * 2030", "School Year 2047-2048" (a title's capitals, the year right
 * after): no date, as the gold sets read them. */
static int
plan_name_year(const char *text, const struct facts_tok *toks, size_t n,
               const struct facts_match *m)
{
    static const char *const plans[] = {"budget", "vision", "agenda"};
    static const char *const terms[] = {"school", "academic", "financial"};
    size_t a = m->a;

    if (m->e.gran != FACTS_YEAR || a == 0 || !(toks[a - 1].flags & FT_CAP))
        return 0;
    return REC_WORD_IN(text, toks, n, a - 1, plans) ||
        (a > 1 && rec_word(text, toks, n, a - 1, "year") &&
         (toks[a - 2].flags & FT_CAP) && REC_WORD_IN(text, toks, n, a - 2,
                                                     terms));
}

/* A forum member's profile field: "Join Date: Sep 2019", "Joined: March
 * 2012", "Member since 2009": no date of what is told. */
static int
profile_field(const char *text, const struct facts_tok *toks, size_t n,
              const struct facts_match *m)
{
    int colon = m->a > 0 && rec_punct(toks, n, m->a - 1, ':');
    size_t a = m->a - (size_t)colon, k;

    if (a > 0 && rec_word(text, toks, n, a - 1, "joined"))
        k = a - 1;
    else if (a > 1 && (rec_word(text, toks, n, a - 1, "date") ||
                       rec_word(text, toks, n, a - 1, "since")) &&
             (rec_word(text, toks, n, a - 2, "join") ||
              rec_word(text, toks, n, a - 2, "member")))
        k = a - 2;
    else
        return 0;
    return colon || (toks[k].flags & FT_CAP);   /* not "had joined May" */
}

/* "if an election were held tomorrow": a day in the pollster's unreal
 * condition is no date (what "was to be held tomorrow" is, and so is the
 * day of "if you were born today"). */
static int
counterfactual(const char *text, const struct facts_tok *toks, size_t n,
               const struct facts_match *m)
{
    size_t i;

    if (m->e.anchor != FACTS_REL || m->e.gran != FACTS_DAY)
        return 0;
    for (i = m->a; i-- > 0 && i + 8 >= m->a;) {
        if (toks[i].kind == FT_PUNCT)
            return 0;
        if (rec_word(text, toks, n, i, "were") &&
            (rec_word(text, toks, n, i + 1, "held") ||
             rec_word(text, toks, n, i + 1, "called")))
            while (i-- > 0 && i + 8 >= m->a && toks[i].kind == FT_WORD)
                if (rec_word(text, toks, n, i, "if"))
                    return 1;
    }
    return 0;
}

/* "Best Before 14/11/2034": a date written all in figures with its year
 * is no part of a title-cased name, whatever capital precedes it. */
static int
full_numeric_date(const struct facts_tok *toks, size_t n,
                  const struct facts_match *m)
{
    size_t i = m->a;

    while (i < m->b && toks[i].kind != FT_NUM)
        i++;
    return m->e.anchor == FACTS_ABS && m->e.gran == FACTS_DAY && m->e.y &&
        i < m->b && i + 1 < n && toks[i + 1].kind == FT_PUNCT &&
        (toks[i + 1].val == '/' || toks[i + 1].val == '-' ||
         toks[i + 1].val == '.');
}

static int day_first(const struct parse_doc *doc, int order);

/* Days from ref to the nearest day of month m, day d that falls on
 * weekday wd (a year either side); INT64_MAX when none does. */
static int64_t
weekday_fit(struct caldate ref, int m, int d, int wd)
{
    int64_t best = INT64_MAX, r = cal_to_days(ref), x;
    int y;

    for (y = ref.y - 1; y <= ref.y + 1; y++) {
        struct caldate c = {y, m, d};
        if (!cal_valid(y, m, d) || cal_weekday(c) != wd)
            continue;
        x = cal_to_days(c) - r;
        x = x < 0 ? -x : x;
        best = x < best ? x : best;
    }
    return best;
}

/* "Sat 2/11", "Thursday 3/10": figures that read either way take the
 * reading whose weekday is nearest the reference. */
static void
weekday_order(const struct scan *sc, struct facts_match *m)
{
    int tmp;

    if (weekday_fit(sc->ref, m->e.d, m->e.m, m->e.wd) <
        weekday_fit(sc->ref, m->e.m, m->e.d, m->e.wd)) {
        tmp = m->e.m;
        m->e.m = m->e.d;
        m->e.d = tmp;
    }
    m->ambiguous = 0;
}

/* Days from the article's date back to d, a stamp's reading: a stamp
 * is on or before the day the article was saved (a day of slack for
 * time zones), so one after it is far. */
static int64_t
stamp_distance(const struct scan *sc, struct caldate d)
{
    int64_t back = cal_to_days(sc->dct) - cal_to_days(d);

    return back >= -1 ? back : INT64_MAX / 2 - back;
}

/* Whether the fact at index k of what is collected reads either way
 * ("9/3/98"). */
static int
either_way(const struct scan *sc, size_t k)
{
    size_t j;

    for (j = 0; j < sc->nambig; j++)
        if (sc->ambig[j].idx == k)
            return 1;
    return 0;
}

/* Of d and d with day and month swapped, the one nearest on or before
 * the article's date: a news log's dated heading, as a stamp. */
static struct caldate
nearer_before(const struct scan *sc, struct caldate d)
{
    struct caldate s = {d.y, d.d, d.m};

    return cal_valid(s.y, s.m, s.d) &&
        stamp_distance(sc, s) < stamp_distance(sc, d) ? s : d;
}

/* A post's or a message's stamp ("Terrace_Tony · 14/12/25 18:02",
 * "08/11/38, 9:30 pm - Mummy: ..."): what follows it is told from its
 * day. Which way round figures that could be either go: as a weekday
 * before them says ("Thursday 10/06/2027 07:15"), else the reading
 * nearest before the article's date. */
static void
stamp_day(struct scan *sc, const struct facts_tok *toks, size_t n,
          const struct facts_match *m)
{
    struct caldate d = {m->e.y, m->e.m, m->e.d};
    struct caldate swapped = {m->e.y, m->e.d, m->e.m};
    size_t w = rec_weekday_before(toks, n, m->a);
    int wd = w ? toks[w - 1].val : 0;

    sc->order += m->order;
    if (m->ambiguous && wd)
        d = cal_valid(swapped.y, swapped.m, swapped.d) &&
            cal_weekday(swapped) == wd && cal_weekday(d) != wd ? swapped : d;
    else if (m->ambiguous)
        d = nearer_before(sc, d);
    if (cal_valid(d.y, d.m, d.d))
        sc->ref = d;
}

/* Where match m ends in the sentence's text (base: where the window of
 * toks starts). */
static size_t
match_end(size_t base, const struct facts_tok *toks,
          const struct facts_match *m)
{
    return base + toks[m->b - 1].off + toks[m->b - 1].len;
}

/* A budget named within a few words of the fiscal year at p in s ("the
 * CSB, whose budget for fiscal 2036 begins Oct. 1", "the city's fiscal
 * 2029 budget"): a government's year, not a company's. */
static int
budget_near(const char *s, const char *p)
{
    const char *a = p - s > 40 ? p - 40 : s;
    size_t end = strnlen(p, 40);

    return memmem(a, (size_t)(p - a) + end, "budget", 6) != NULL;
}

/* Whether s counts fiscal years by their number, as a company whose
 * year is not the calendar's does: "fiscal 2028", "FY27", "1H FY46". A
 * government's "fiscal year ends on Sept. 30" or "budget for fiscal
 * 2036" is no such count. */
static int
fiscal_years_in(const char *s)
{
    const char *p;

    for (p = s; s && (p = strstr(p, "iscal ")) != NULL; p += 6)
        if (p > s && (p[-1] == 'f' || p[-1] == 'F') &&
            p[6] >= '1' && p[6] <= '2' && p[7] >= '0' && p[7] <= '9' &&
            !budget_near(s, p))
            return 1;
    for (p = s; s && (p = strstr(p, "FY")) != NULL; p += 2)
        if ((p == s || p[-1] == ' ' || p[-1] == '(') &&
            p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9')
            return 1;
    return 0;
}

/* "Last year's Christmas Day", "this year's Mandela Day": the year that
 * owns the day after it is part of the day's expression, no fact of its
 * own; f, the day, takes its words and its place. */
static void
take_owner_year(struct scan *sc, struct fact *f)
{
    const struct fact *p = facts_fact_before(sc, f, "'s ");

    if (p == NULL)
        p = facts_fact_before(sc, f, "\xe2\x80\x99s ");
    if (p == NULL || p->gran != FACTS_YEAR || f->gran != FACTS_DAY ||
        strncmp(p->value, f->value, 4) != 0 ||
        (sc->nambig && sc->ambig[sc->nambig - 1].idx + 1 >= sc->out->n) ||
        (sc->nseasons &&
         sc->seasons[sc->nseasons - 1].idx + 1 >= sc->out->n))
        return;         /* no index noted for either may move */
    f->len += f->off - p->off;
    f->off = p->off;
    sc->out->n--;
}

/* "It's Thursday the 27th of May", "Today is Monday, 4 March": a speaker
 * saying what day it is, up to two months before the article's date (a
 * podcast's recording, a diary's entry), tells what the sentences after
 * it are told from. 1 with that day in *d. */
static int
today_is(const struct scan *sc, const struct fact *f, struct caldate *d)
{
    static const char *const say[] = {"it's ", "it\xe2\x80\x99s ",
        "it is ", "today is "};
    size_t k, n, at;
    int64_t back;

    if (f->gran != FACTS_DAY || f->off < 5 || sc->text[f->off - 1] != ' ' ||
        (sc->text[f->off - 2] | 0x20) != 's')
        return 0;       /* each form ends in "s " */
    for (k = 0; k < sizeof say / sizeof *say; k++) {
        n = strlen(say[k]);
        if (f->off < n || strncasecmp(sc->text + f->off - n, say[k], n) != 0)
            continue;
        at = f->off - n;
        if (at > 0 && !(at >= 2 && strchr(".,:!", sc->text[at - 2]) &&
                        sc->text[at - 1] == ' '))
            return 0;
        if (!facts_has_figure(sc->text + f->off, f->len) ||
            cal_parse_iso(f->value, 10, d) != 0)
            return 0;   /* not "it's Groundhog Day (all over again)" */
        back = cal_to_days(sc->dct) - cal_to_days(*d);
        return back > 0 && back <= 62;
    }
    return 0;
}

/* Whether s[0..len) has a run of three figures or more: a year. */
static int
has_year_figures(const char *s, size_t len)
{
    size_t i, run = 0;

    for (i = 0; i < len; i++) {
        run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
        if (run >= 3)
            return 1;
    }
    return 0;
}

/* "to Dec. 3 in 2020", "on March 3 in 2019", "The earliest was Oct. 28,
 * in 1880": a year right after a day or month that states none is its
 * year, whatever its clause or tense gave it. f is the year. */
static void
year_after_day(struct scan *sc, const struct fact *f)
{
    struct fact *p;
    struct caldate d;
    char v[sizeof p->value];
    int comma;

    if (f->gran != FACTS_YEAR || strlen(f->value) != 4 || sc->out->n == 0)
        return;
    p = &sc->out->v[sc->out->n - 1];
    comma = p->sentence == f->sentence && p->off + p->len < sc->len &&
        sc->text[p->off + p->len] == ',';
    if (p->sentence != f->sentence ||
        f->off != p->off + p->len + 1 + (size_t)comma ||
        memcmp(sc->text + p->off + p->len + comma, " in ", 4) != 0 ||
        (p->gran != FACTS_DAY && p->gran != FACTS_MONTH) ||
        has_year_figures(sc->text + p->off, p->len))
        return;         /* f's words are "in 2020"; p's offsets are into
                           this sentence only once it is this sentence's */
    memcpy(v, p->value, sizeof v);
    memcpy(v, f->value, 4);
    if (p->gran == FACTS_MONTH || cal_parse_iso(v, 10, &d) == 0)
        memcpy(p->value, v, sizeof v);  /* not "Feb. 29 in 2021" */
}

/* "between Jan. 1 and Dec. 31, 2048", "start on Feb. 6 and end in Perth
 * on Feb. 20, 2042": a month and day stated with no year before a day of
 * the same sentence stated with one, joined by "and", "to", "until" or
 * "through" with no other date between, is of that year when its own
 * reading fell after that day, or when that year puts it within a season
 * before it (not "run from April 1 through Oct. 31, 2016", a contract of
 * years, said in 2012). f is the day with the year. */
static void
year_of_pair_end(struct scan *sc, const struct fact *f)
{
    static const char *const joins[] = {" and ", " to ", " until ",
        " through "};
    struct fact *p;
    struct caldate d, e;
    char v[sizeof p->value];
    size_t k, gap;
    int64_t own, end, moved;

    if (f->gran != FACTS_DAY || sc->out->n == 0 ||
        !has_year_figures(sc->text + f->off, f->len) ||
        cal_parse_iso(f->value, 10, &e) != 0)
        return;
    p = &sc->out->v[sc->out->n - 1];
    if (p->sentence != f->sentence || p->gran != FACTS_DAY ||
        f->off < p->off + p->len || (gap = f->off - (p->off + p->len)) > 32 ||
        has_year_figures(sc->text + p->off, p->len) ||
        !facts_has_figure(sc->text + p->off, p->len))
        return;         /* (a weekday: "adopted Thursday runs through") */
    for (k = 0; k < sizeof joins / sizeof *joins; k++)
        if (memmem(sc->text + p->off + p->len, gap, joins[k],
                   strlen(joins[k])))
            break;
    if (k == sizeof joins / sizeof *joins)
        return;
    if (cal_parse_iso(p->value, 10, &d) != 0)
        return;
    own = cal_to_days(d);
    end = cal_to_days(e);
    memcpy(v, p->value, sizeof v);
    memcpy(v, f->value, 4);
    if (cal_parse_iso(v, 10, &d) != 0)
        return;
    moved = cal_to_days(d);
    if (moved <= end && (own > end || end - moved <= 92))
        memcpy(p->value, v, sizeof v);
}

/* "Children's Day, May 5", "on May 5, Children's Day": a day's name no
 * table holds has the value of the date beside it, however the two were
 * placed (the date after it comes next in its sentence). */
static void
beside_date(struct scan *sc, const struct facts_match *m, struct fact *f)
{
    struct fact *p = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;

    if (m->beside == 2 && p && p->sentence == f->sentence)
        memcpy(f->value, p->value, sizeof f->value);
    if (sc->beside && !m->beside &&
        sc->out->v[sc->beside - 1].sentence == f->sentence &&
        sc->beside == sc->out->n)
        memcpy(sc->out->v[sc->beside - 1].value, f->value, sizeof f->value);
    sc->beside = m->beside == 1 ? sc->out->n + 1 : 0;
}

/* Keep fact f (match m over toks[0..n) of text, placed as pl) unless it
 * is a date in a title the sentence names, and note what it tells the
 * sentences after it. Returns 1 when kept, 0 when not, -1 when memory
 * ran out. */
static int
keep_fact(struct scan *sc, const char *text, const struct facts_tok *toks,
          size_t n, const struct facts_match *m, struct fact *f,
          const struct placed *pl, size_t base)
{
    struct caldate day;

    f->off = base + toks[m->a].off;
    f->len = base + toks[m->b - 1].off + toks[m->b - 1].len - f->off;
    if (sc->sentence >= 0 && sc->quotes < 0)
        sc->quotes = facts_has_quote(sc->text, sc->len);
    if ((sc->sentence >= 0 && ((facts_title_prep(toks, n, m->a) &&
                                !full_numeric_date(toks, n, m)) ||
         (sc->quotes && facts_quoted_title(sc->text, sc->len, f->off,
                                           f->off + f->len)))) ||
        (f->gran == FACTS_YEAR && facts_quoted_year(sc->text, sc->len, f->off,
                                                    f->off + f->len)))
        return 0;
    sc->order += m->order;
    if (m->ambiguous && sc->nambig < MAX_AMBIG)
        sc->ambig[sc->nambig++] = (struct ambig){sc->out->n, *pl, sc->ref};
    facts_same_period(sc, m, f);
    beside_date(sc, m, f);
    facts_note_context(sc, text, toks, n, m, f, pl, base);
    take_owner_year(sc, f);
    year_after_day(sc, f);
    year_of_pair_end(sc, f);
    if (push(sc->out, f) < 0)
        return -1;
    sc->then |= before_year(f->value, sc->ref.y);
    sc->floating = pl->floating ? sc->out->n : 0;
    if (sc->sentence >= 0 && facts_update_label(sc->text, sc->len, f, &day))
        sc->ref = day;          /* "UPDATE, Monday 18 June: ..." */
    else if (sc->sentence >= 0 && today_is(sc, f, &day))
        sc->ref = sc->section = day;
    return 1;
}

/* Recognise, resolve and append the facts of one sentence. Returns 0, or
 * -1 when memory ran out. */
static int
scan_text(struct scan *sc)
{
    struct facts_tok *toks = sc->toks;
    size_t base = 0, done = sc->skip;   /* done: end of the last fact in
                                           text */

    for (;;) {
        const char *text = sc->text + base;
        size_t nh, n = facts_tokenize(text, sc->len - base, toks, sc->cap,
                                      sc->heads, &nh), k, i;
        size_t end = n == sc->cap ? n - WINDOW_OVERLAP : n;
        struct facts_match m;
        struct fact f;
        struct placed pl;
        int r;

        for (k = 0; k < nh && (i = sc->heads[k]) < end; k++) {
            if (sc->out->n >= FACTS_LIMIT)
                return 0;       /* a table or a dump: enough */
            if (toks[i].lex == LX_PLACE) {
                count_place(sc, text, toks, n, i);
                continue;
            }
            if (toks[i].lex == LX_HOLIDAY && (toks[i].flags & FT_CAP) &&
                toks[i].val >= HOL_CANADA && toks[i].val <= HOL_WAITANGI)
                sc->places[toks[i].val != HOL_CANADA]++;
            if (base + toks[i].off < done ||
                !facts_recognise(text, toks, n, i, &m) ||
                nowadays(sc, text, toks, n, &m) ||
                counterfactual(text, toks, n, &m))
                continue;
            while (base + toks[m.a].off < done)
                m.a++;
            if (profile_field(text, toks, n, &m) ||
                plan_name_year(text, toks, n, &m)) {
                if (rec_joined_dash(toks, n, m.b) && rec_year(toks, n, m.b + 1))
                    m.b += 2;   /* "School Year 2047-2048" */
                done = match_end(base, toks, &m);
                k = skip(sc->heads, k, nh, m.b);
                continue;
            }
            if (m.ambiguous && m.e.wd)
                weekday_order(sc, &m);
            if (sc->fiscal < 0 && (m.e.gran == FACTS_QUARTER ||
                                   m.e.gran == FACTS_HALF))
                sc->fiscal = fiscal_years_in(sc->doc->title) ||
                    fiscal_years_in(sc->doc->body);
            if (sc->orthodox < 0 && m.e.hol == FACTS_HOL_EASTER)
                sc->orthodox = facts_country_orthodox(sc->doc);
            if (m.stamp) {
                if (sc->sentence >= 0)      /* a title's dates no post */
                    stamp_day(sc, toks, n, &m);
                done = match_end(base, toks, &m);
                k = skip(sc->heads, k, nh, m.b);
                continue;
            }
            if ((r = facts_resolve(sc, text, toks, n, &m, &f, &pl)) <= 0) {
                if (r < 0)
                    k = skip(sc->heads, k, nh, m.b);
                continue;
            }
            if ((r = keep_fact(sc, text, toks, n, &m, &f, &pl, base)) < 0)
                return -1;
            if (r)
                done = f.off + f.len;
            k = skip(sc->heads, k, nh, m.b);
        }
        if (n < sc->cap)
            return 0;
        base += toks[end].off;
    }
}

/* Whether an article writes the day first: its other dates vote
 * (order), else a pound sign or British spellings in the body tip it,
 * else the country it is about. */
static int
day_first(const struct parse_doc *doc, int order)
{
    static const char *const uk[] = {"\xc2\xa3", "colour", "centre",
        "organis", "programme", "favour", "neighbour", "labour", "travell",
        "metre", "licence", "defence", "realis", "recognis"};
    size_t k;

    if (order)
        return order > 0;
    for (k = 0; k < sizeof uk / sizeof uk[0]; k++)
        if (memmem(doc->body, doc->body_len, uk[k], strlen(uk[k])))
            return 1;
    return facts_country_day_first(doc);
}

/* "2024-04-11" to "2024-11-04". */
static void swap_day_month(char *v);

/* Read ambiguous date a day first, as the article writes: swap the day
 * and month of its value, or, when tense alone placed it (no year
 * written), place the swapped day again ("(1/5)" ahead in April is this
 * 1 May, not the 1 May of the year of 5 January to come). */
static void
read_day_first(const struct ambig *a, char *v)
{
    struct facts_expr e = a->pl.e;
    int d = e.d;
    char w[16];

    if (a->pl.floating && e.gran == FACTS_DAY && e.m && e.d && e.d <= 12) {
        e.d = e.m;
        e.m = d;
        if (facts_norm(&e, a->ref, a->pl.t, w) == 0) {
            memcpy(v, w, sizeof w);
            return;
        }
    }
    swap_day_month(v);
}

static void
swap_day_month(char *v)
{
    char a = v[5], b = v[6];

    if (strlen(v) != 10)
        return;
    v[5] = v[8], v[6] = v[9];
    v[8] = a, v[9] = b;
}

/* The story's seasons are the southern hemisphere's when its dateline
 * names a southern place, or its title and text name southern places
 * more often than northern ones (once is enough: a story from Sydney
 * may name it once; requiring two lost more than it won): then the seasons
 * resolved as northern ones are resolved again (the places are counted
 * as the scan meets them, so a season in the title waits for them). */
static void
southern_seasons(struct scan *sc, const struct parse_doc *doc)
{
    size_t i, n, nh, text_south = sc->places[1];
    int south_africa = -1;      /* asked when a Father's Day needs it */

    if (doc->dateline) {
        n = facts_tokenize(doc->dateline, strlen(doc->dateline), sc->toks,
                           sc->cap, sc->heads, &nh);
        for (i = 0; i < nh; i++)
            if (sc->toks[sc->heads[i]].lex == LX_PLACE)
                count_place(sc, doc->dateline, sc->toks, n, sc->heads[i]);
    }
    if (sc->places[1] == text_south &&          /* no southern dateline */
        !facts_country_southern_wire(doc) &&    /* nor wire */
        (text_south == 0 || text_south <= sc->places[0]))
        return;
    for (i = 0; i < sc->nseasons; i++) {
        struct season *z = &sc->seasons[i];
        char v[16], was[16];
        if (z->e.hol == FACTS_HOL_FATHER && south_africa < 0)
            south_africa = facts_country_south_african_story(doc);
        if (z->e.hol == FACTS_HOL_FATHER && south_africa)
            continue;   /* South Africa keeps June's, as the north does */
        if (z->e.hol == FACTS_HOL_FATHER) {
            /* Australia's and New Zealand's: September's first Sunday */
            z->e.hol = FACTS_HOL_NTH;
            z->e.m = 9;
            z->e.wd = 7;
            z->e.part = 1;
            z->e.d = 0;
        } else {
            z->e.south = 1;
        }
        if (facts_norm(&z->e, z->ref, z->t, v) != 0)
            continue;
        memcpy(was, sc->out->v[z->idx].value, sizeof was);
        memcpy(sc->out->v[z->idx].value, v, sizeof v);
        /* "Father's Day on Sunday": the weekday beside it followed it */
        if (z->e.hol && z->idx + 1 < sc->out->n &&
            sc->out->v[z->idx + 1].sentence == sc->out->v[z->idx].sentence &&
            strcmp(sc->out->v[z->idx + 1].value, was) == 0)
            memcpy(sc->out->v[z->idx + 1].value, v, sizeof v);
    }
}

/* Tokens the buffer needs: one per byte of the longest sentence at most
 * (a sentence of len bytes has at most len tokens), and never more than a
 * window. */
static size_t
window(const struct parse_doc *doc)
{
    size_t i, max = doc->title ? strlen(doc->title) : 0;

    for (i = 0; i < doc->nsentences && max < WINDOW; i++)
        if (doc->sentences[i].len > max)
            max = doc->sentences[i].len;
    return max + 1 < WINDOW ? (max + 1 > WINDOW_OVERLAP * 2 ? max + 1 :
                               WINDOW_OVERLAP * 2) : WINDOW;
}

/* The days whose date is the story's country's, looked up only when
 * the article names them: the bit 1 << k of country_days[k]. */
enum { DAY_INDEPENDENCE, DAY_REPUBLIC, DAY_NATIONAL, DAY_LABOUR, DAY_LABOR };
static const char *const country_days[] = {"Independence", "Republic",
    "National", "Labour", "Labor"};

/* Which of country_days s names before " Day", in one pass over it. */
static unsigned
days_named_in(const char *s)
{
    const char *p = s;
    unsigned named = 0;
    size_t k, n;

    while (s && (p = strstr(p, " Day")) != NULL) {
        for (k = 0; k < sizeof country_days / sizeof *country_days; k++) {
            n = strlen(country_days[k]);
            if ((size_t)(p - s) >= n && !memcmp(p - n, country_days[k], n))
                named |= 1u << k;
        }
        p += 4;
    }
    return named;
}

/* Which of country_days the article's title or body names. */
static unsigned
days_named(const struct parse_doc *doc)
{
    return days_named_in(doc->title) | days_named_in(doc->body);
}

/* The weekday a fact's expression ends with ("Saturday", "on Friday"),
 * or 0; text is the fact's sentence's. */
static int
fact_weekday(const char *text, const struct fact *f)
{
    return facts_last_weekday(text + f->off, f->len);
}

/* Whether the headline says its own tense right before the fact at off:
 * "to" or "will" and a verb in lower case ("rookie Ruiz to start Sunday",
 * "Council will vote on Monday"; not "Trump flies to Paris Sunday"). */
static int
headline_future(const char *title, size_t off)
{
    size_t e = off, w;
    int words = 0, verb = 0;

    while (e > 0 && words < 3) {
        while (e > 0 && title[e - 1] == ' ')
            e--;
        for (w = e; w > 0 && title[w - 1] != ' '; w--)
            ;
        if (e == w)
            return 0;
        if (words == 1 && verb &&
            ((e - w == 2 && !strncasecmp(title + w, "to", 2)) ||
             (e - w == 4 && !strncasecmp(title + w, "will", 4))))
            return 1;
        if (!(words == 0 && e - w == 2 && !strncasecmp(title + w, "on", 2))) {
            verb = words == 0 && title[w] >= 'a' && title[w] <= 'z';
            words++;
        }
        e = w;
    }
    return 0;
}

/* "Farmers market opens Saturday" over "The market opens for the season
 * Saturday": a headline's bare weekday is read with no tense (a headline
 * tells past events in the present), so the lead's reading of the same
 * weekday, from a full sentence, is the headline's too, unless the
 * headline says its own future (headline_future). The lead is one of the
 * first three sentences: a column's credit lines ("By Marguerite Lane",
 * "Lakeshore Features Syndicate") may stand before it. */
static void
title_weekdays(const struct parse_doc *doc, struct facts_list *out)
{
    size_t i, k;

    for (i = 0; i < out->n && out->v[i].sentence < 0; i++) {
        struct fact *p = &out->v[i];
        int wd = p->gran == FACTS_DAY ? fact_weekday(doc->title, p) : 0;

        if (wd && headline_future(doc->title, p->off))
            wd = 0;
        for (k = i + 1; wd && k < out->n && out->v[k].sentence <= 2; k++) {
            const struct fact *q = &out->v[k];
            if (q->sentence >= 0 && q->gran == FACTS_DAY &&
                q->len <= 12 && fact_weekday(doc->body +
                    doc->sentences[q->sentence].off, q) == wd) {
                memcpy(p->value, q->value, sizeof p->value);
                break;
            }
        }
    }
}

/* The dates of the days the article names whose date is its country's
 * (Independence, Republic, National, Labour Day). */
static void
country_dates(struct scan *sc, const struct parse_doc *doc)
{
    unsigned named = days_named(doc);

    if (named & 1u << DAY_INDEPENDENCE)
        facts_country_day(doc, &sc->indep_m, &sc->indep_d);
    if (named & 1u << DAY_REPUBLIC)
        facts_country_republic(doc, &sc->republic_m, &sc->republic_d);
    if (named & 1u << DAY_NATIONAL)
        facts_country_national(doc, &sc->national_m, &sc->national_d);
    if ((named & 1u << DAY_LABOUR) &&
        !facts_country_labour_monday(doc, &sc->labour_m, &sc->labour_nth))
        facts_country_labour(doc, &sc->labour_m, &sc->labour_d);
    if ((named & 1u << DAY_LABOR) && facts_country_labor_may(doc)) {
        sc->labour_m = 5;               /* the Philippines' Labor Day */
        sc->labour_d = 1;
        sc->labor_may = 1;
    }
}

enum { LINE_STAMP = 1, LINE_HEADING = 2 };

/* A heading that names no date but looks at the present: "COMMUNITY
 * CALENDAR", "COMING UP", "WHAT'S ON", "NEXT WEEK'S EVENTS"; with edge
 * set, only when the words open or close it ("Then and now", "Coming
 * up", not "Tramway plans now agreed", an old item's headline). */
static int
present_heading(const char *s, size_t len, int edge)
{
    static const char *const w[] = {"calendar", "coming up", "what's on",
        "events", "today", "next", "this week", "ahead", "diary", "now"};
    size_t k, i, n;

    for (k = 0; k < sizeof w / sizeof *w; k++)
        for (n = strlen(w[k]), i = 0; i + n <= len; i++)
            if ((i == 0 || s[i - 1] == ' ') &&
                strncasecmp(s + i, w[k], n) == 0 &&
                (i + n == len || s[i + n] == ' ' || s[i + n] == ':' ||
                 s[i + n] == '\'') &&
                (!edge || i == 0 || i + n == len))
                return 1;
    return 0;
}

/* The day sentence i is told from, set before it is scanned: the
 * article's again on a heading in capitals or a post's relative stamp
 * line, an item's own at its dateline (item_ref, in the section's
 * year; a paragraph's first line or the first under a heading). Returns LINE_STAMP for such a stamp, LINE_HEADING for such a
 * heading, else 0. */
static int
sentence_ref(struct scan *sc, const struct parse_doc *doc, size_t i,
             struct caldate ref)
{
    const struct parse_sentence *s = &doc->sentences[i];
    int caps = facts_caps_heading(doc, i) ||
        (s->len <= 40 && facts_heading_shape(doc, i) &&    /* "Then and */
         present_heading(doc->body + s->off, s->len, 1));  /* now" */
    int line = facts_ago_line(doc, i) ? LINE_STAMP : caps ? LINE_HEADING : 0;

    if (line)
        sc->ref = ref;
    sc->skip = 0;
    if (facts_opens_para(doc, i) || sc->after_caps)
        sc->ref = facts_item_ref(doc, i, sc->section, sc->ref, &sc->skip);
    sc->after_caps = caps;      /* the next sentence is under it */
    return line;
}

/* Drop the facts collected from first on, with what they noted: their
 * ambiguous orders and votes (the order before them was order) and
 * their seasons. */
static void
drop_facts(struct scan *sc, size_t first, int order)
{
    sc->out->n = first;
    while (sc->nambig && sc->ambig[sc->nambig - 1].idx >= first)
        sc->nambig--;
    while (sc->nseasons && sc->seasons[sc->nseasons - 1].idx >= first)
        sc->nseasons--;
    sc->order = order;
    sc->floating = 0;
}

/* After sentence i, whose facts are from first on (the order before it
 * was order), a line of kind line (sentence_ref): a dated heading sets
 * the day what follows is told from; a post's stamp line sets it and is
 * no fact; a heading in capitals that names no date leaves the section's
 * day, one that names one returns to the article's. */
static void
after_sentence(struct scan *sc, const struct parse_doc *doc, size_t i,
               size_t first, int order, int line)
{
    const struct collect *f = sc->out;
    struct caldate day;
    size_t used;

    if (facts_section_day(doc, i, f->v, first, f->n, &day, &used))
        sc->ref = sc->section = either_way(sc, used) ?
            nearer_before(sc, day) : day;
    else if (line == LINE_HEADING && f->n == first &&
             !present_heading(sc->text, sc->len, 0))
        sc->ref = sc->section;  /* a story's headline inside a dated
                                   section ("TRAMWAY TO MYLAPORE") */
    else if (line == LINE_HEADING && f->n == first)
        sc->ref = sc->section = sc->dct;    /* "COMMUNITY CALENDAR" */
    else if (line == LINE_HEADING)
        sc->section = sc->dct;  /* "THIS YEAR": back to the article's */
    if (line == LINE_STAMP) {
        if (!facts_ago_stamp(doc, i, f->v, first, f->n, &sc->ref))
            sc->ref = sc->dct;
        drop_facts(sc, first, order);
    }
}

/* After a heading line whose facts are from first on: a month's
 * heading ("JANUARY", "March 2031") is the month of the bare days under
 * it ("on the 15th"); any other heading ends it. */
static void
heading_month(struct scan *sc, size_t first)
{
    const struct fact *f = &sc->out->v[first];

    sc->section_mon_y = sc->section_mon_m = 0;
    if (sc->out->n == first + 1 && f->gran == FACTS_MONTH &&
        strlen(f->value) == 7) {
        sc->section_mon_y = atoi(f->value);
        sc->section_mon_m = atoi(f->value + 5);
    }
}

/* The one year of four digits the title names, when it is near the
 * article's: a review's ("2031: the year that was"), for its month
 * headings. 0 when it names none or more. */
static int
title_year(const struct collect *f, struct caldate ref)
{
    int y = 0;
    size_t k;

    for (k = 0; k < f->n; k++) {
        if (f->v[k].gran != FACTS_YEAR || strlen(f->v[k].value) != 4)
            continue;
        if (y)
            return 0;
        y = atoi(f->v[k].value);
    }
    return y >= ref.y - 1 && y <= ref.y + 1 ? y : 0;
}

/* Scan sentence i of doc, told from ref unless a line above or its own
 * dateline says otherwise. Returns 0, or -1 when memory ran out. */
static int
scan_sentence(struct scan *sc, const struct parse_doc *doc, size_t i,
              struct caldate ref)
{
    const struct parse_sentence *s = &doc->sentences[i];
    size_t first;
    int line, order, rc, y;

    if (s->off > doc->body_len || s->len > doc->body_len - s->off)
        return 0;
    sc->text = doc->body + s->off;
    sc->len = s->len;
    sc->sentence = (int)i;
    /* the month of the last sentence of the paragraph that dated one
     * (not the title's, before sentence 0) */
    if (sc->mon_y && i > 0) {
        sc->prev_mon = (struct caldate){sc->mon_y, sc->mon_m, sc->mon_d};
        sc->prev_para = doc->sentences[i - 1].para;
    }
    if (sc->prev_para != s->para)
        sc->prev_mon.y = 0;
    sc->year = sc->rel_year = sc->frame_year = sc->mon_y = sc->mon_m = 0;
    sc->mon_d = 0;
    sc->year_d = sc->year_relative = 0;
    sc->rel_year_owns = 0;
    sc->then = 0;
    sc->floating = 0;
    sc->quotes = -1;
    first = sc->out->n;
    order = sc->order;
    if (facts_clock_heading(doc, i)) {
        if (sc->clock_heads < 0)
            sc->clock_heads = facts_clock_headings(doc);
        if (sc->clock_heads) {
            sc->section_year = 0;   /* "1145": a time the entry was
                                       posted */
            return 0;
        }
    }
    line = sentence_ref(sc, doc, i, ref);
    if (facts_heading_line(doc, i)) {
        /* a month's heading ("JANUARY") under a year's ("CHRONICLE OF
         * THE YEAR 1998") is in its year, or in the year the title of a
         * review names; another heading ends it */
        if (!sc->section_year && cal_month_from_name(sc->text, sc->len))
            sc->section_year = sc->title_year;
        rc = scan_text(sc);
        if ((y = facts_heading_year(sc->out->v, first, sc->out->n)) != 0 ||
            !(cal_month_from_name(sc->text, sc->len) ||
              (sc->out->n == first + 1 &&
               sc->out->v[first].gran == FACTS_MONTH)))
            sc->section_year = y;
        heading_month(sc, first);
    } else {
        rc = scan_text(sc);
    }
    if (rc == 0)
        after_sentence(sc, doc, i, first, order, line);
    return rc;
}

int
facts_extract(const struct parse_doc *doc, struct caldate ref,
              struct facts_list *out)
{
    struct facts_tok stack[STACK_TOKS];
    uint16_t stack_heads[STACK_TOKS];
    struct collect facts;
    struct scan sc = {.doc = doc, .ref = ref, .dct = ref, .section = ref,
                      .out = &facts,
                      .label_sentence = -2};
    size_t i;
    int rc = 0;

    memset(out, 0, sizeof *out);
    facts.v = facts.stack;
    facts.n = 0;
    facts.cap = STACK_FACTS;
    sc.cap = window(doc);
    sc.toks = stack;
    sc.heads = stack_heads;
    if (sc.cap > STACK_TOKS) {
        /* one block: the tokens, then their head indices */
        sc.toks = malloc(sc.cap * (sizeof *sc.toks + sizeof *sc.heads));
        if (!sc.toks)
            return -1;
        sc.heads = (uint16_t *)(sc.toks + sc.cap);
    }
    country_dates(&sc, doc);
    sc.clock_heads = sc.orthodox = sc.fiscal = -1;  /* asked when needed */
    if (doc->title) {
        sc.text = doc->title;
        sc.len = strlen(doc->title);
        sc.sentence = -1;
        rc = scan_text(&sc);
        sc.ref = ref;
        sc.title_year = title_year(&facts, ref);
    }
    for (i = 0; rc == 0 && i < doc->nsentences &&
                facts.n < FACTS_LIMIT; i++) {
        rc = scan_sentence(&sc, doc, i, ref);
    }
    if (rc == 0 && sc.nseasons)
        southern_seasons(&sc, doc);     /* and Father's Days */
    if (sc.toks != stack)
        free(sc.toks);
    if (rc < 0 || collect_take(&facts, out) < 0) {
        collect_free(&facts);
        return -1;
    }
    if (sc.nambig && day_first(doc, sc.order))
        for (i = 0; i < sc.nambig; i++)
            if (sc.ambig[i].idx < out->n)
                read_day_first(&sc.ambig[i], out->v[sc.ambig[i].idx].value);
    title_weekdays(doc, out);
    facts_key_mark(doc, ref, out);
    return (int)out->n;
}
