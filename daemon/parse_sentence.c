/* SPDX-License-Identifier: MIT */
/* parse_sentence.c - split paragraphs into sentences, minding abbreviations. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdint.h>

#include "parse_int.h"

struct sword {
    const char *s;
    size_t n;
};

#define W(s) {s, sizeof(s) - 1}

/* Abbreviations that never end a sentence: titles before a name (and
 * "St.", "Ste.", "Mt." before a place). */
static const struct sword titles[] = {
    W("mr"), W("mrs"), W("ms"), W("dr"), W("prof"), W("st"), W("gen"),
    W("sen"), W("rep"), W("gov"), W("lt"), W("col"), W("capt"), W("sgt"),
    W("maj"), W("adm"), W("jr"), W("sr"), W("mt"), W("ft"), W("rev"),
    W("hon"), W("pres"), W("supt"), W("det"), W("insp"), W("cmdr"), W("gens"),
    W("sens"), W("reps"), W("messrs"), W("mme"), W("mlle"), W("brig"),
    W("cpl"), W("pvt"), W("amb"), W("ste"), W("fr"),
};

/* Abbreviations that end a sentence only before a typical opening word. */
static const struct sword abbrevs[] = {
    W("jan"), W("feb"), W("mar"), W("apr"), W("jun"), W("jul"), W("aug"),
    W("sep"), W("sept"), W("oct"), W("nov"), W("dec"), W("no"), W("nos"),
    W("vol"), W("inc"), W("ltd"), W("co"), W("corp"), W("bros"), W("vs"),
    W("etc"), W("approx"), W("est"), W("dept"), W("univ"), W("ave"),
    W("blvd"), W("rd"), W("fig"), W("pp"), W("ca"), W("cf"), W("al"), W("op"),
    W("jnr"), W("snr"), W("plc"), W("govt"), W("ext"), W("tel"), W("nr"),
    W("exp"),
};

/* Capitalised words that usually open a sentence. */
static const struct sword openers[] = {
    W("the"), W("he"), W("she"), W("it"), W("they"), W("we"), W("i"),
    W("but"), W("and"), W("in"), W("on"), W("at"), W("a"), W("an"), W("this"),
    W("that"), W("these"), W("those"), W("his"), W("her"), W("their"),
    W("its"), W("there"), W("after"), W("when"), W("while"), W("if"), W("as"),
    W("according"), W("however"), W("for"), W("to"), W("with"), W("some"),
    W("many"), W("both"),
};

/* Month names that follow a German ordinal day: "am 1. März". */
static const struct sword de_months[] = {
    W("januar"), W("februar"), W("m\xc3\xa4rz"), W("april"), W("mai"),
    W("juni"), W("juli"), W("august"), W("september"), W("oktober"),
    W("november"), W("dezember"),
};

#define N(list) (sizeof(list) / sizeof(*(list)))
#define ABBR_HIGH 6        /* bytes of a non-Latin word that a full stop
                              marks as abbreviated ("น." in Thai) */

/* Per list and first letter: bit n set when an entry of n bytes begins
 * with it. Most words fail this test and skip the scan. Regenerate when
 * a list changes; parse_sentence_check (run by test_parse) finds one
 * that lags behind. */
enum { titles_at, abbrevs_at, openers_at, de_months_at };
static const uint32_t list_lens[][26] = {
    [titles_at] = {
        0x8, 0x10, 0x18, 0xc, 0x0, 0x4, 0x18, 0x8, 0x10, 0x4, 0x0, 0x4, 0x5c,
        0x0, 0x0, 0x18, 0x0, 0x18, 0x1c, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    },
    [abbrevs_at] = {
        0x4c, 0x10, 0x14, 0x18, 0x8, 0x8, 0x10, 0x0, 0x8, 0x8, 0x0, 0x8, 0x8,
        0xc, 0xc, 0xc, 0x0, 0x4, 0x18, 0x8, 0x10, 0xc, 0x0, 0x0, 0x0, 0x0,
    },
    [openers_at] = {
        0x22e, 0x18, 0x0, 0x0, 0x0, 0x8, 0x0, 0x8c, 0xe, 0x0, 0x0, 0x0, 0x10,
        0x0, 0x4, 0x0, 0x0, 0x0, 0x18, 0x3c, 0x0, 0x0, 0x34, 0x0, 0x0, 0x0,
    },
    [de_months_at] = {
        0x60, 0x0, 0x0, 0x100, 0x0, 0x80, 0x0, 0x0, 0x0, 0x50, 0x0, 0x0, 0x28,
        0x100, 0x80, 0x0, 0x0, 0x0, 0x200, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
    },
};

static int
word_in(const char *w, size_t n, const struct sword *list, size_t count,
        const uint32_t *lens)
{
    size_t k;
    unsigned char c;

    if (n == 0 || n > 31)
        return 0;
    c = (unsigned char)(w[0] | 0x20);
    if (c < 'a' || c > 'z' || !((lens[c - 'a'] >> n) & 1))
        return 0;
    for (k = 0; k < count; k++)
        if (list[k].n == n && list[k].s[0] == (w[0] | 0x20) &&
            strncasecmp(w, list[k].s, n) == 0)
            return 1;
    return 0;
}

/* Is w[0..n) in the named list? */
#define IN(w, n, list) \
    word_in((const char *)(w), n, list, N(list), list_lens[list##_at])

/* 0 when lens agrees with list: lower-case first letters, n < 32. */
static int
check_lens(const struct sword *list, size_t count, const uint32_t *lens)
{
    uint32_t want[26] = {0};
    size_t k;

    for (k = 0; k < count; k++) {
        if (list[k].s[0] < 'a' || list[k].s[0] > 'z' || list[k].n > 31 ||
            list[k].n != strlen(list[k].s))
            return -1;
        want[list[k].s[0] - 'a'] |= (uint32_t)1 << list[k].n;
    }
    return memcmp(want, lens, sizeof(want)) == 0 ? 0 : -1;
}

int
parse_sentence_check(void)
{
    return check_lens(titles, N(titles), list_lens[titles_at]) |
           check_lens(abbrevs, N(abbrevs), list_lens[abbrevs_at]) |
           check_lens(openers, N(openers), list_lens[openers_at]) |
           check_lens(de_months, N(de_months), list_lens[de_months_at]);
}

static int
alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Bytes of a closing quote or bracket at s[j], or 0. */
static size_t
closer_at(const unsigned char *s, size_t j, size_t end)
{
    if (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']')
        return 1;
    if (j + 2 < end && s[j] == 0xe2 && s[j + 1] == 0x80 &&
        (s[j + 2] == 0x99 || s[j + 2] == 0x9d))
        return 3;
    if (j + 1 < end && s[j] == 0xc2 && s[j + 1] == 0xbb)
        return 2;
    return 0;
}

/* Can a sentence start at s[k]: a capital, digit, opening quote or bracket,
 * or a letter of another script? */
static int
opens_sentence(const unsigned char *s, size_t k, size_t end)
{
    if (k >= end)
        return 0;
    if ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9') ||
        s[k] == '"' || s[k] == '\'' || s[k] == '(' || s[k] == '[')
        return 1;
    if (k + 2 < end && s[k] == 0xe2 && s[k + 1] == 0x80)
        return s[k + 2] == 0x9c || s[k + 2] == 0x98 ||
               s[k + 2] == 0x9e;                        /* “ ‘ „ */
    return s[k] >= 0xc2;
}

/* "1. März": a day number of one or two digits before a month name. */
static int
ordinal_day(const unsigned char *s, size_t start, size_t i, size_t k,
            size_t end)
{
    size_t w = i, nw;

    while (w > start && s[w - 1] >= '0' && s[w - 1] <= '9')
        w--;
    if (i - w < 1 || i - w > 2 || (w > start && s[w - 1] != ' '))
        return 0;
    for (nw = k; nw < end && (alpha(s[nw]) || s[nw] >= 0x80); nw++)
        ;
    return cal_month_from_name((const char *)s + k, nw - k) > 0 ||
           IN(s + k, nw - k, de_months);
}

/* May the full stop at s[i] end a sentence whose next word starts at s[k]?
 * Looks at the word before it: initials, titles and abbreviations. */
static int
stop_ends(const unsigned char *s, size_t start, size_t i, size_t k,
          size_t end)
{
    size_t w = i, nw;
    int dotted = 0;

    while (w > start && (alpha(s[w - 1]) || s[w - 1] == '.')) {
        dotted |= s[w - 1] == '.';
        w--;
    }
    if (w == i && i > start && s[i - 1] >= 0x80) {
        while (w > start && s[w - 1] >= 0x80)
            w--;
        return i - w > ABBR_HIGH;
    }
    if (w == i && ordinal_day(s, start, i, k, end))
        return 0;
    if (i - w == 1 && s[w] >= 'A' && s[w] <= 'Z')
        return 0;                       /* an initial: "J. K. Rowling" */
    if (IN(s + w, i - w, titles))
        return 0;
    if (!dotted && !IN(s + w, i - w, abbrevs))
        return 1;
    /* "U.S.", "a.m.", "Dec.": a sentence only if a usual opener follows. */
    for (nw = k; nw < end && alpha(s[nw]); nw++)
        ;
    return IN(s + k, nw - k, openers);
}

/* End of the sentence that starts at s[from] in paragraph s[..end). */
static size_t
sentence_end(const unsigned char *s, size_t from, size_t end)
{
    size_t i, j, k, c;

    for (i = from;; i++) {
        int stop;
        /* The body is NUL-terminated: let strcspn skip to a candidate. */
        i += strcspn((const char *)s + i, ".!?\n" "\xe2");
        if (i >= end)
            return end;
        stop = s[i] == '.';
        if (s[i] == '.' || s[i] == '!' || s[i] == '?')
            j = i + 1;
        else if (i + 2 < end && s[i] == 0xe2 && s[i + 1] == 0x80 &&
                 s[i + 2] == 0xa6)
            j = i + 3;                  /* … */
        else
            continue;
        while (j < end && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
            j++;
        while (j < end && (c = closer_at(s, j, end)) > 0)
            j += c;
        if (j >= end)
            return end;
        if (s[j] != ' ')
            continue;                   /* "3.5", "U.S.-China" */
        for (k = j; k < end && s[k] == ' '; k++)
            ;
        if (!opens_sentence(s, k, end))
            continue;
        if (stop && j == i + 1 && !stop_ends(s, from, i, k, end))
            continue;
        return j;
    }
}

#define LOCAL_SENTENCES 128  /* sentences held on the stack while
                                 splitting: most texts have fewer */

/* The sentences found so far: in local, then on the heap when more. */
struct slist {
    struct parse_sentence *v;
    size_t n, cap;
    struct parse_sentence local[LOCAL_SENTENCES];
};

static int
push(struct slist *l, size_t off, size_t len, int para)
{
    struct parse_sentence *v;

    if (l->n == l->cap) {
        v = malloc(2 * l->cap * sizeof(*v));
        if (v == NULL)
            return -1;
        memcpy(v, l->v, l->n * sizeof(*v));
        if (l->v != l->local)
            free(l->v);
        l->v = v;
        l->cap *= 2;
    }
    l->v[l->n].off = off;
    l->v[l->n].len = len;
    l->v[l->n].para = para;
    l->n++;
    return 0;
}

/* Hand the list to doc in one allocation of the right size. */
static int
keep(struct slist *l, struct parse_doc *doc)
{
    if (l->n == 0)
        return 0;
    if (l->v == l->local) {
        doc->sentences = malloc(l->n * sizeof(*l->v));
        if (doc->sentences == NULL)
            return -1;
        memcpy(doc->sentences, l->v, l->n * sizeof(*l->v));
    } else {
        doc->sentences = l->v;
    }
    doc->nsentences = l->n;
    return 0;
}

/* Sentences of the paragraph s[pos..end) into l. */
static int
split_para(const unsigned char *s, size_t pos, size_t end, int para,
           struct slist *l)
{
    size_t e;

    while (pos < end) {
        while (pos < end && s[pos] == ' ')
            pos++;
        if (pos == end)
            break;
        e = sentence_end(s, pos, end);
        while (e > pos && s[e - 1] == ' ')
            e--;
        if (push(l, pos, e - pos, para) < 0)
            return -1;
        pos = e;
    }
    return 0;
}

int
parse_sentences(struct parse_doc *doc)
{
    const unsigned char *s = (const unsigned char *)doc->body;
    size_t pos = 0, end, n = doc->body_len;
    int para = 0, rc = 0;
    struct slist l;

    l.v = l.local;
    l.n = 0;
    l.cap = LOCAL_SENTENCES;
    while (rc == 0 && pos < n) {
        const char *nl = memchr(s + pos, '\n', n - pos);
        end = nl ? (size_t)(nl - (const char *)s) : n;
        rc = split_para(s, pos, end, para, &l);
        para++;
        pos = end;
        while (pos < n && s[pos] == '\n')
            pos++;
    }
    if (rc == 0 && keep(&l, doc) == 0)
        return 0;
    if (l.v != l.local)
        free(l.v);
    return -1;
}
