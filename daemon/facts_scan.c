/* SPDX-License-Identifier: MIT */
/* facts_scan.c - single-pass byte-class tokenizer for the fact recogniser. */
#include <string.h>

#include "facts_scan.h"

enum { C_SPACE = 1, C_LOWER, C_UPPER, C_DIGIT, C_PUNCT, C_HIGH };

/* Byte classes; control bytes other than whitespace count as punctuation. */
static const uint8_t cls[256] = {
    [0 ... 8] = C_PUNCT, ['\t'] = C_SPACE, ['\n'] = C_SPACE,
    ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE,
    [14 ... 31] = C_PUNCT, [' '] = C_SPACE, ['!' ... '/'] = C_PUNCT,
    ['0' ... '9'] = C_DIGIT, [':' ... '@'] = C_PUNCT,
    ['A' ... 'Z'] = C_UPPER, ['[' ... '`'] = C_PUNCT,
    ['a' ... 'z'] = C_LOWER, ['{' ... 127] = C_PUNCT,
    [128 ... 255] = C_HIGH,
};

static int
is_alpha(uint8_t c)
{
    return cls[c] == C_LOWER || cls[c] == C_UPPER;
}

#define ONES  0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* Eight bytes at p as one little-endian word (memcpy compiles to a load). */
static uint64_t
load8(const char *p)
{
    uint64_t w;

    memcpy(&w, p, 8);
    return w;
}

/* High bit set in each byte of w that is an ASCII letter: (b | 0x20) in
 * 'a'..'z' with b below 0x80. Masking to 7 bits first keeps the adds from
 * carrying into the next byte. */
static uint64_t
alpha_bytes(uint64_t w)
{
    uint64_t x = (w | 0x20 * ONES) & 0x7f * ONES;
    uint64_t ge_a = x + (0x80 - 'a') * ONES;
    uint64_t gt_z = x + (0x80 - 'z' - 1) * ONES;

    return ge_a & ~gt_z & ~w & HIGHS;
}

/* The end of a word of eight letters or more (or one that runs to the
 * end of the text) from j, with its key and lower-case bits completed. */
static size_t
scan_long_word(const char *s, size_t i, size_t j, size_t len, uint64_t *key,
               uint64_t *lower)
{
    uint8_t c;

    while (j + 8 <= len) {
        uint64_t w = load8(s + j), stop = ~alpha_bytes(w) & HIGHS;
        size_t k = stop ? (size_t)__builtin_ctzll(stop) / 8 : 8;
        uint64_t keep = k == 8 ? ~0ull : (1ull << (8 * k)) - 1;
        if (j == i)
            *key = (w | 0x20 * ONES) & keep;
        *lower |= w & 0x20 * ONES & keep;
        j += k;
        if (k < 8)
            return j;
    }
    while (j < len && ((c = cls[(uint8_t)s[j]]) == C_LOWER || c == C_UPPER)) {
        if (j - i < 8)
            *key |= (uint64_t)(uint8_t)(s[j] | 0x20) << (8 * (j - i));
        *lower |= c == C_LOWER;
        j++;
    }
    return j;
}

/* A word: its extent, case flags, lexicon key and class. A word of fewer
 * than eight letters with eight bytes of text from its start is read in
 * one load; the key is its letters with the case bit set. */
static size_t
scan_word(const char *s, size_t i, size_t len, struct facts_tok *t)
{
    uint64_t key = 0, lower = 0, stop = 0, w = 0;
    size_t j;

    if (i + 8 <= len) {
        w = load8(s + i);
        stop = ~alpha_bytes(w) & HIGHS;
    }
    if (stop) {
        size_t k = (size_t)__builtin_ctzll(stop) / 8;
        uint64_t keep = (1ull << (8 * k)) - 1;    /* k is 1..7 */
        key = (w | 0x20 * ONES) & keep;
        lower = w & 0x20 * ONES & keep;
        j = i + k;
    } else {
        j = scan_long_word(s, i, i, len, &key, &lower);
    }
    t->kind = FT_WORD;
    t->flags |= (uint8_t)((~(uint8_t)s[i] >> 5) & FT_CAP);
    if (!lower && j - i > 1)
        t->flags |= FT_UPPER;
    facts_lex_word(s + i, j - i, key, t);
    if (t->lex == LX_WEEKDAY && j - i == 3 && !(t->flags & FT_CAP) &&
        key == ('s' | 'a' << 8 | 't' << 16)) {
        t->lex = LX_PAST;       /* "they sat their exams in June": the
                                   past of "sit", not Sat(urday) */
        t->val = FACTS_TENSE_PAST;      /* as the lexicon's LX_PAST */
        t->tense = FACTS_TENSE_PAST;
        t->flags &= (uint8_t)~FT_HEAD;
    }
    if (t->lex == LX_DAYPART && i >= 3 && s[i - 1] == '-' &&
        (s[i - 2] | 0x20) == 'o' && (s[i - 3] | 0x20) == 't' &&
        (i == 3 || !is_alpha((uint8_t)s[i - 4])))
        t->flags |= FT_HEAD;    /* "to-night", as older papers wrote it */
    if (t->lex == LX_SCHED && (t->val & 2) &&
        (t->flags & (FT_CAP | FT_UPPER))) {
        t->lex = LX_NONE;       /* "Niagara Falls", "April Close" */
        t->tense = FACTS_TENSE_NONE;
    }
    /* "coal-fired", "long-awaited", "higher-than-expected", "naked-eye":
     * compounds are adjectives, not verbs; "the pro-am" a noun. */
    if (t->tense && ((i > 0 && s[i - 1] == '-') ||
                     (j + 1 < len && s[j] == '-' && is_alpha((uint8_t)s[j + 1]) &&
                      t->lex == LX_NONE)) &&
        (t->lex == LX_NONE || t->lex == LX_PAST || t->lex == LX_FUTTO ||
         t->lex == LX_SCHED || t->lex == LX_PRES)) {
        t->tense = FACTS_TENSE_NONE;
        t->lex = LX_NONE;
    }
    return j;
}

/* Digits, then thousands groups (",ddd") or a decimal part, then an ordinal
 * or plural suffix when no letter follows it. */
static size_t
scan_num(const char *s, size_t i, size_t len, struct facts_tok *t)
{
    size_t j = i;
    int64_t v = 0;

    while (j < len && cls[(uint8_t)s[j]] == C_DIGIT) {
        if (v >= 0 && v <= 100000000)
            v = v * 10 + (s[j] - '0');
        else
            v = -1;             /* too long for a date: stays -1 */
        j++;
    }
    /* "@user2023", "IMG_1212": part of a name or a handle, no number */
    if (i > 0 && (s[i - 1] == '_' || s[i - 1] == '@' ||
                  (s[i - 1] >= 'a' && s[i - 1] <= 'z')))
        v = -1;
    /* "the A2029", "B1234": a road's number; not "FY2024" (a fiscal
     * year) */
    if (j - i == 4 && i > 0 && s[i - 1] >= 'A' && s[i - 1] <= 'Z' &&
        (i == 1 || !is_alpha((uint8_t)s[i - 2])))
        v = -1;
    t->kind = FT_NUM;
    t->num = (int32_t)v;
    t->ndig = (uint8_t)(j - i > 255 ? 255 : j - i);
    while (j + 1 < len && (s[j] == ',' || s[j] == '.') &&
           cls[(uint8_t)s[j + 1]] == C_DIGIT) {
        t->flags |= FT_GROUPED;
        for (j++; j < len && cls[(uint8_t)s[j]] == C_DIGIT; j++)
            ;
    }
    if (j < len && is_alpha((uint8_t)s[j])) {
        size_t k = j;
        while (k < len && is_alpha((uint8_t)s[k]))
            k++;
        if (k - j == 2 && facts_ord_suffix(s + j)) {
            t->flags |= FT_ORD;
            j = k;
        } else if (k - j == 1 && (s[j] == 's' || s[j] == 'S')) {
            t->flags |= FT_PLURAL;
            j = k;
        }
    }
    return j;
}

/* One UTF-8 sequence (or one stray byte) as a token of its own. */
static size_t
scan_high(const char *s, size_t i, size_t len)
{
    uint8_t c = (uint8_t)s[i];
    size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1, j = i + 1;

    while (j < len && j < i + n && ((uint8_t)s[j] & 0xc0) == 0x80)
        j++;
    return j;
}

/* The punctuation a few UTF-8 sequences stand for: dashes, the right
 * single quote used as an apostrophe, curly double quotes. */
static int8_t
high_class(const char *s, size_t n)
{
    if (n != 3 || (uint8_t)s[0] != 0xe2 || (uint8_t)s[1] != 0x80)
        return 0;
    switch ((uint8_t)s[2]) {
    case 0x93: case 0x94: return FT_DASH;
    case 0x98: case 0x99: return '\'';
    case 0x9c: case 0x9d: return '"';
    default:              return 0;
    }
}

/* End of a Unicode space at i (no-break, thin, narrow no-break: "21\u00a0
 * March"), or 0 when there is none. */
static size_t
unicode_space(const char *s, size_t i, size_t len)
{
    const uint8_t *u = (const uint8_t *)s + i;

    if (i + 1 < len && u[0] == 0xc2 && u[1] == 0xa0)
        return i + 2;
    if (i + 2 < len && u[0] == 0xe2 && u[1] == 0x80 &&
        ((u[2] >= 0x80 && u[2] <= 0x8a) || u[2] == 0xaf))
        return i + 3;
    return 0;
}

/* A past that is also its base form ("beat") after a modal, "to" or
 * "did" (token p): the base form, no past ("hope to beat", "did beat"). */
static void
base_after(struct facts_tok *t, const struct facts_tok *p)
{
    if (p->lex == LX_FUT || p->lex == LX_TO || p->lex == LX_AUXPAST) {
        t->lex = LX_NONE;
        t->tense = FACTS_TENSE_NONE;
    }
}

size_t
facts_tokenize(const char *s, size_t len, struct facts_tok *toks, size_t cap,
               uint16_t *heads, size_t *nheads)
{
    size_t i = 0, n = 0, nh = 0;
    uint8_t space = FT_SPACE;

    while (i < len && n < cap) {
        uint8_t c = cls[(uint8_t)s[i]];
        struct facts_tok *t = &toks[n];
        size_t j;

        if (c == C_SPACE || (c == C_HIGH && (j = unicode_space(s, i, len)))) {
            space = FT_SPACE;
            i = c == C_SPACE ? i + 1 : j;
            continue;
        }
        *t = (struct facts_tok){.off = (uint32_t)i, .flags = space};
        if (c == C_LOWER || c == C_UPPER) {
            j = scan_word(s, i, len, t);
            if (t->lex == LX_PAST && t->val == FACTS_BASE_PAST && n > 0)
                base_after(t, &toks[n - 1]);
        } else if (c == C_DIGIT) {
            j = scan_num(s, i, len, t);
            t->flags |= FT_HEAD;
        } else if (c == C_HIGH) {
            t->kind = FT_OTHER;
            j = scan_high(s, i, len);
            t->val = high_class(s + i, j - i);
        } else {
            t->kind = FT_PUNCT;
            t->val = (int8_t)s[i];
            j = i + 1;
        }
        t->len = (uint32_t)(j - i);
        heads[nh] = (uint16_t)n;
        nh += (t->flags & FT_HEAD) != 0;
        n++;
        space = 0;
        i = j;
    }
    *nheads = nh;
    return n;
}
