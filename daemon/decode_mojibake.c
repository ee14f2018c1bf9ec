/* SPDX-License-Identifier: MIT */
/* decode_mojibake.c - reverse UTF-8 read through a legacy code page. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "decode.h"

/* Mojibake is UTF-8 whose bytes were each read as one character of
 * Windows-1252, ISO-8859-1 or Windows-874 (Thai) and written out again as
 * UTF-8: "“" (E2 80 9C) becomes "โ€œ" or "â€œ". Mapping every such
 * character back to its byte gives the original UTF-8 again. A byte the
 * code page leaves undefined was dropped on the way (mathematical bold
 * "𝗗" is F0 9D 97 97, and 0x9D means nothing in either code page); the
 * sequence then lacks one or two continuation bytes. They are put back
 * where the result lands in a block the text already uses, then a usual
 * block, then nearest the neighbouring letter; a byte the text shows as a
 * character was not dropped and is never guessed.
 *
 * Honest text must not be touched. French "é" maps to a lone lead byte and
 * Thai runs map to byte strings that are seldom valid UTF-8, so the repair
 * runs only when valid sequences outnumber stray bytes two to one (our
 * Thai fixture: 72 valid, 251 stray), and then only changes the valid
 * ones. A text read through pure Windows-874, which also drops 0x98..0x9F,
 * loses too much to restore reliably; the hybrid seen in the wild
 * (Windows-1252 below 0xA0, Windows-874 above) does not. */

#define RUN_MAX 256        /* mapped characters handled in one piece */
#define HISTORY 8          /* blocks remembered to resolve dropped bytes */
#define MAX_DROPPED 2      /* dropped bytes restored in one sequence */
#define NEAR_MAX 0x100     /* farther than this is not a neighbour */
#define CP1252_GAPS 5      /* the first entries of dropped_bytes */
#define PASSES 2           /* text saved wrongly twice is repaired twice */

/* Windows-1252 bytes 0x80..0x9f; 0 where the code page has no character. */
static const uint16_t cp1252_high[32] = {
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

/* Bytes a decoder may have dropped: undefined in Windows-1252 first, then
 * the ones only Windows-874 leaves undefined. */
static const unsigned char dropped_bytes[] = {
    0x9d, 0x81, 0x8d, 0x8f, 0x90, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89,
    0x8a, 0x8b, 0x8c, 0x8e, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f,
};

struct mj_run {
    unsigned char b[RUN_MAX];     /* the byte each character stood for */
    size_t off[RUN_MAX + 1];      /* each character's offset in the text */
    size_t n;
};

struct mj_state {
    size_t ok, bad;               /* valid sequences and stray bytes seen */
    size_t ok3;                   /* valid sequences of three or four bytes */
    size_t oklat;                 /* pairs that give a Latin letter */
    int32_t blocks[HISTORY];      /* recent 256-code-point blocks decoded */
    size_t nblocks;
    int32_t last;                 /* the last code point decoded */
    bool present[32];             /* bytes 0x80..0x9f the text does show,
                                     so its decoder did not drop them */
    bool cp1252;                  /* it shows one only Windows-1252 has, so
                                     only that code page's gaps can drop */
    char *out;                    /* NULL while counting */
    size_t olen;
};

uint32_t
decode_cp1252(unsigned char b)
{
    if (b < 0x80 || b >= 0xa0)
        return b;
    return cp1252_high[b - 0x80];
}

/* The byte that code point cp stands for in a legacy code page, or -1. */
static int
legacy_byte(int32_t cp)
{
    int k;

    if (cp >= 0x80 && cp <= 0xff)
        return cp;                          /* ISO-8859-1, C1 included */
    if (cp >= 0x0e01 && cp <= 0x0e3a)
        return cp - 0x0e01 + 0xa1;          /* Windows-874 Thai */
    if (cp >= 0x0e3f && cp <= 0x0e5b)
        return cp - 0x0e3f + 0xdf;
    if (cp < 0x152 || cp > 0x2122)
        return -1;                          /* outside Windows-1252's range */
    for (k = 0; k < 32; k++)
        if (cp1252_high[k] == cp)
            return 0x80 + k;
    return -1;
}

/* Decode the UTF-8 sequence at s; -1 unless it is valid and n bytes. */
static int32_t
seq_cp(const unsigned char *s, size_t n)
{
    int32_t cp;
    size_t k;

    if (decode_utf8_seq(s, n) != n)
        return -1;
    cp = s[0] & (0x7f >> n);
    for (k = 1; k < n; k++)
        cp = (cp << 6) | (s[k] & 0x3f);
    return cp;
}

/* A code point a real text would hold: assigned, not a control, not
 * private use. */
static int
plausible(int32_t cp)
{
    utf8proc_category_t cat;

    if (cp < 0x80)
        return 0;
    cat = utf8proc_category(cp);
    return cat != UTF8PROC_CATEGORY_CN && cat != UTF8PROC_CATEGORY_CC &&
           cat != UTF8PROC_CATEGORY_CO && cat != UTF8PROC_CATEGORY_CS;
}

/* Bytes in the UTF-8 sequence that lead byte b opens, or 0. */
static size_t
seq_need(unsigned char b)
{
    if (b >= 0xc2 && b <= 0xdf)
        return 2;
    if (b >= 0xe0 && b <= 0xef)
        return 3;
    if (b >= 0xf0 && b <= 0xf4)
        return 4;
    return 0;
}

static int
is_cont(unsigned char b)
{
    return (b & 0xc0) == 0x80;
}

static void
emit(struct mj_state *st, const void *p, size_t n)
{
    if (st->out != NULL)
        memcpy(st->out + st->olen, p, n);
    st->olen += n;
}

/* The first code point in r->b[from..] that decodes without help, or 0. */
static int32_t
next_clean(const struct mj_run *r, size_t from)
{
    size_t i, need;
    int32_t cp;

    for (i = from; i < r->n; i++) {
        need = seq_need(r->b[i]);
        if (need > 0 && i + need <= r->n &&
            (cp = seq_cp(r->b + i, need)) >= 0 && plausible(cp))
            return cp;
    }
    return 0;
}

/* The code point to stay near: the one before in the run, else the next
 * that decodes cleanly, else the last one in the text. */
static int32_t
neighbour(const struct mj_state *st, const struct mj_run *r, size_t from,
          int32_t local)
{
    int32_t cp;

    if (local > 0)
        return local;
    cp = next_clean(r, from);
    return cp > 0 ? cp : st->last;
}

static int
seen_block(const struct mj_state *st, int32_t cp)
{
    size_t k;

    for (k = 0; k < HISTORY && k < st->nblocks; k++)
        if (st->blocks[k] == (cp >> 8))
            return 1;
    return 0;
}

static void
remember(struct mj_state *st, int32_t cp)
{
    st->last = cp;
    if (!seen_block(st, cp))
        st->blocks[st->nblocks++ % HISTORY] = cp >> 8;
}

/* Blocks whose characters are usual in news text. */
static int
common(int32_t cp)
{
    return cp < 0x250 || (cp >= 0x370 && cp < 0x500) ||
           (cp >= 0x2000 && cp < 0x20d0) || (cp >= 0x1d400 && cp < 0x1d800);
}

/* Rank a candidate, lower is likelier: a block the text already uses, then
 * a usual block, then nearness to the neighbouring letter, then the order
 * in which bytes tend to be dropped. */
static uint64_t
score(const struct mj_state *st, int32_t cp, int32_t local, size_t rank)
{
    uint64_t near = local > 0 ? (uint64_t)labs((long)cp - local) : 0;

    /* Nearness only counts within a block: a quote after a bold letter
     * says nothing about which quote. */
    if (near > NEAR_MAX)
        near = NEAR_MAX;
    return ((uint64_t)!seen_block(st, cp) << 62) |
           ((uint64_t)!common(cp) << 60) | (near << 24) | rank;
}

/* Could the text's decoder have dropped byte b? */
static int
droppable(const struct mj_state *st, unsigned char b)
{
    if (st->present[b - 0x80])
        return 0;
    return !st->cp1252 || cp1252_high[b - 0x80] == 0;
}

/* s holds a lead byte and have continuation bytes, need - 1 - have of them
 * dropped (one or two): try every place and value for them. Returns the
 * best code point (seq filled) or -1. */
static int32_t
restore(const struct mj_state *st, const unsigned char *s, size_t need,
        size_t have, int32_t local, unsigned char *seq)
{
    /* Two lost bytes: only Windows-1252's five gaps, or the search
     * grows to 1,600 guesses per character on hostile input. */
    const size_t nd = need - 1 - have == 2 ? CP1252_GAPS
                                           : sizeof(dropped_bytes);
    size_t miss = need - 1 - have, p1, p2, x1, x2, i, j;
    unsigned char t[4];
    int32_t cp, best = -1;
    uint64_t sc, bests = 0;

    for (p1 = 1; p1 < need; p1++)
    for (p2 = miss == 2 ? p1 + 1 : need; p2 < need + (miss == 1); p2++)
    for (x1 = 0; x1 < nd; x1++)
    for (x2 = 0; x2 < (miss == 2 ? nd : 1); x2++) {
        if (!droppable(st, dropped_bytes[x1]) ||
            (miss == 2 && !droppable(st, dropped_bytes[x2])))
            continue;
        for (i = 1, j = 1, t[0] = s[0]; i < need; i++)
            t[i] = i == p1 ? dropped_bytes[x1] :
                   i == p2 ? dropped_bytes[x2] : s[j++];
        cp = seq_cp(t, need);
        if (cp < 0 || !plausible(cp) || !(common(cp) || seen_block(st, cp)))
            continue;   /* a guess must land where text usually is */
        /* Later places first: E2 80 9D lost its last byte far more often
         * than a dingbat E2 9D xx lost its middle one. */
        sc = score(st, cp, local, ((need - p1) * 32 + x1) * 32 + x2);
        if (best < 0 || sc < bests) {
            best = cp;
            bests = sc;
            memcpy(seq, t, need);
        }
    }
    return best;
}

static void
decoded(struct mj_state *st, const unsigned char *seq, size_t n, int32_t cp)
{
    emit(st, seq, n);
    remember(st, cp);
    st->ok++;
    st->ok3 += n >= 3;
    st->oklat += n == 2 && cp >= 0xc0 && cp < 0x180;
}

/* Decode one run of mapped bytes; what does not decode is kept as it was. */
static void
process_run(const char *text, const struct mj_run *r, struct mj_state *st)
{
    int32_t local = 0, cp;
    unsigned char seq[4];
    size_t i = 0, need, m;

    while (i < r->n) {
        need = seq_need(r->b[i]);
        for (m = 0; need > 0 && m + 1 < need && i + 1 + m < r->n &&
                    is_cont(r->b[i + 1 + m]); m++)
            ;
        if (need > 0 && m + 1 == need && (cp = seq_cp(r->b + i, need)) >= 0 &&
            plausible(cp)) {
            decoded(st, r->b + i, need, cp);
            local = cp;
            i += need;
        } else if (need >= 3 && m + 1 + MAX_DROPPED >= need && m + 1 < need &&
                   (m > 0 || need == 4) &&
                   (cp = restore(st, r->b + i, need, m,
                                 neighbour(st, r, i + 1 + m, local),
                                 seq)) >= 0) {
            decoded(st, seq, need, cp);
            local = cp;
            i += 1 + m;
        } else {
            emit(st, text + r->off[i], r->off[i + 1] - r->off[i]);
            st->bad++;
            i++;
        }
    }
}

static void
flush(const char *text, struct mj_run *r, struct mj_state *st)
{
    if (r->n > 0)
        process_run(text, r, st);
    r->n = 0;
}

/* Walk the text once: ASCII and characters no code page maps are copied,
 * runs of mappable characters are decoded. */
static void
scan(const char *text, size_t len, struct mj_state *st, struct mj_run *r)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0, j;
    utf8proc_ssize_t k;
    utf8proc_int32_t cp;
    int b;

    r->n = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            for (j = i; j < len && s[j] < 0x80; j++)
                ;
            flush(text, r, st);
            emit(st, text + i, j - i);
            i = j;
            continue;
        }
        k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        b = k > 0 ? legacy_byte(cp) : -1;
        if (k <= 0)
            k = 1;
        if (b < 0 || r->n == RUN_MAX)
            flush(text, r, st);
        if (b < 0) {
            emit(st, text + i, (size_t)k);
        } else {
            r->off[r->n] = i;
            r->b[r->n++] = (unsigned char)b;
            r->off[r->n] = i + (size_t)k;
        }
        i += (size_t)k;
    }
    flush(text, r, st);
}

/* Note which bytes 0x80..0x9f the text shows as characters. */
static void
observe(const char *text, size_t len, struct mj_state *st)
{
    const unsigned char *s = (const unsigned char *)text;
    utf8proc_int32_t cp;
    utf8proc_ssize_t k;
    size_t i = 0;
    int b;

    while (i < len) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
        b = k > 0 ? legacy_byte(cp) : -1;
        if (b >= 0x80 && b < 0xa0) {
            st->present[b - 0x80] = true;
            /* Windows-874 defines only 0x80, 0x85 and 0x91..0x97 here. */
            if (b != 0x80 && b != 0x85 && (b < 0x91 || b > 0x97))
                st->cp1252 = true;
        }
        i += k > 0 ? (size_t)k : 1;
    }
}

/* One pass; returns 1 when it rewrote *text, 0 when not, -1 on no memory. */
static int
repair_pass(char **text, size_t *len, struct mj_run *r)
{
    struct mj_state st;

    memset(&st, 0, sizeof(st));
    observe(*text, *len, &st);
    scan(*text, *len, &st, r);
    /* Evidence: twice as many valid sequences as stray bytes, and more
     * than one pair, unless it is three bytes or more or gives a Latin
     * letter ("Ãœ" for Ü): Thai or "Spaß“" can form one pair by chance,
     * but not of those kinds. */
    if (st.ok <= 2 * st.bad ||
        (st.ok < 2 && st.ok3 == 0 && st.oklat == 0))
        return 0;
    st.ok = st.ok3 = st.oklat = st.bad = st.nblocks = st.olen = 0;
    st.last = 0;
    st.out = malloc(*len + 1);
    if (st.out == NULL)
        return -1;
    scan(*text, *len, &st, r);
    st.out[st.olen] = '\0';
    free(*text);
    *text = st.out;
    *len = st.olen;
    return 1;
}

/* Could the character starting at s[i] stand for a continuation byte?
 * U+0080..U+00BF (C2 xx), the Windows-1252 letters and signs (C5, C6,
 * CB, E2 xx) and Thai U+0E01..U+0E1F (E0 B8 81..9F). */
static int
cont_char(const unsigned char *s, size_t i, size_t len)
{
    if (i >= len)
        return 0;
    if (s[i] == 0xc2 || s[i] == 0xc5 || s[i] == 0xc6 || s[i] == 0xcb ||
        s[i] == 0xe2)
        return 1;
    return s[i] == 0xe0 && i + 2 < len && s[i + 1] == 0xb8 &&
           s[i + 2] >= 0x81 && s[i + 2] <= 0x9f;
}

/* Is there a character that stands for a lead byte (Â..ô, C3 82..B4, or
 * Thai U+0E22..U+0E54) right before one that stands for a continuation
 * byte? Without one there is nothing to repair; most text, accented or
 * not, fails this in one cheap pass. */
bool
decode_mojibake_suspect(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text, *p;
    size_t i;

    for (p = s; (p = memchr(p, 0xc3, len - (size_t)(p - s))) != NULL; p++) {
        i = (size_t)(p - s);
        if (i + 2 < len && s[i + 1] >= 0x82 && s[i + 1] <= 0xb4 &&
            cont_char(s, i + 2, len))
            return true;
    }
    for (p = s; (p = memchr(p, 0xe0, len - (size_t)(p - s))) != NULL; p++) {
        i = (size_t)(p - s);
        if (i + 3 < len && ((s[i + 1] == 0xb8 && s[i + 2] >= 0xa2) ||
                            (s[i + 1] == 0xb9 && s[i + 2] <= 0x94)) &&
            cont_char(s, i + 3, len))
            return true;
    }
    return false;
}

int
decode_repair_mojibake(char **text, size_t *len, bool *repaired)
{
    struct mj_run *r;
    int pass, rc = 0;

    *repaired = false;
    if (!decode_mojibake_suspect(*text, *len))
        return 0;
    r = malloc(sizeof(*r));
    if (r == NULL)
        return -1;
    for (pass = 0; pass < PASSES && rc >= 0; pass++) {
        rc = repair_pass(text, len, r);
        if (rc <= 0)
            break;
        *repaired = true;
    }
    free(r);
    return rc < 0 ? -1 : 0;
}
