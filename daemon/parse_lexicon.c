/* SPDX-License-Identifier: MIT */
/* parse_lexicon.c - read a line's words against the residue lexicon. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "parse_int.h"

struct lex_word {
    const char *s;
    unsigned char n;
    unsigned char flags;
};

struct lex_label {
    const char *s;
    unsigned char n;
};

#define L(s) {s, sizeof(s) - 1}
#define N(a) (sizeof(a) / sizeof(*(a)))

/* Lower-case words, sorted bytewise for a binary search. LEX_PREFIX
 * entries are stems: "donat" for donate, donation, donations. Risky
 * stems ("log", "sign", "fund", "share") match whole words only. */
static const struct lex_word words[] = {
    {"according", 9, LEX_REPORT},
    {"ad-free", 7, LEX_APPEAL | LEX_HARD},
    {"added", 5, LEX_REPORT},
    {"ads", 3, LEX_APPEAL},
    {"advert", 6, LEX_APPEAL | LEX_HARD | LEX_PREFIX},
    {"announced", 9, LEX_REPORT},
    {"click", 5, LEX_APPEAL | LEX_PREFIX},
    {"commitment", 10, LEX_APPEAL},
    {"contribut", 9, LEX_APPEAL | LEX_PREFIX},
    {"cookie", 6, LEX_APPEAL | LEX_HARD | LEX_PREFIX},
    {"donat", 5, LEX_APPEAL | LEX_HARD | LEX_PREFIX},
    {"download", 8, LEX_APPEAL | LEX_PREFIX},
    {"follow", 6, LEX_APPEAL},
    {"fund", 4, LEX_APPEAL},
    {"funding", 7, LEX_APPEAL},
    {"funds", 5, LEX_APPEAL},
    {"help", 4, LEX_APPEAL},
    {"i", 1, LEX_PRON},
    {"i'm", 3, LEX_PRON},
    {"inbox", 5, LEX_APPEAL | LEX_PREFIX},
    {"journalism", 10, LEX_APPEAL | LEX_PREFIX},
    {"log", 3, LEX_APPEAL},
    {"login", 5, LEX_APPEAL},
    {"me", 2, LEX_PRON},
    {"member", 6, LEX_APPEAL},
    {"members", 7, LEX_APPEAL},
    {"membership", 10, LEX_APPEAL | LEX_PREFIX},
    {"my", 2, LEX_PRON},
    {"newsletter", 10, LEX_APPEAL | LEX_HARD | LEX_PREFIX},
    {"our", 3, LEX_PRON},
    {"ours", 4, LEX_PRON},
    {"ourselves", 9, LEX_PRON},
    {"paiment", 7, LEX_APPEAL | LEX_PREFIX},
    {"payment", 7, LEX_APPEAL | LEX_PREFIX},
    {"paywall", 7, LEX_APPEAL | LEX_HARD | LEX_PREFIX},
    {"premium", 7, LEX_APPEAL | LEX_HARD | LEX_PREFIX},
    {"reader", 6, LEX_APPEAL},
    {"readers", 7, LEX_APPEAL},
    {"reading", 7, LEX_APPEAL},
    {"register", 8, LEX_APPEAL},
    {"reported", 8, LEX_REPORT},
    {"said", 4, LEX_REPORT},
    {"says", 4, LEX_REPORT},
    {"share", 5, LEX_APPEAL},
    {"sign", 4, LEX_APPEAL},
    {"spokesman", 9, LEX_REPORT},
    {"spokesperson", 12, LEX_REPORT},
    {"spokeswoman", 11, LEX_REPORT},
    {"sponsor", 7, LEX_APPEAL | LEX_PREFIX},
    {"stated", 6, LEX_REPORT},
    {"subscri", 7, LEX_APPEAL | LEX_HARD | LEX_PREFIX},
    {"support", 7, LEX_APPEAL | LEX_PREFIX},
    {"thank", 5, LEX_APPEAL | LEX_PREFIX},
    {"told", 4, LEX_REPORT},
    {"us", 2, LEX_PRON},
    {"we", 2, LEX_PRON},
    {"we'll", 5, LEX_PRON},
    {"we're", 5, LEX_PRON},
    {"we've", 5, LEX_PRON},
    {"you", 3, LEX_PRON | LEX_YOU},
    {"you'll", 6, LEX_PRON | LEX_YOU},
    {"you're", 6, LEX_PRON | LEX_YOU},
    {"you've", 6, LEX_PRON | LEX_YOU},
    {"your", 4, LEX_PRON | LEX_YOU},
    {"yours", 5, LEX_PRON | LEX_YOU},
    {"yourself", 8, LEX_PRON | LEX_YOU},
};

/* Per first letter: bit n set when some entry has n bytes, the shortest
 * stem (255: none), and the second letters entries have. Most words fail
 * one of these tests and cost a few loads instead of a search. Regenerate
 * them whenever words[] changes; parse_lex_check (run by test_parse)
 * finds one that lags behind. */
static const uint32_t lens_of[26] = {
    0x000002e8, 0x00000000, 0x00000660, 0x00000120, 0x00000000, 0x000000f0,
    0x00000000, 0x00000010, 0x0000002a, 0x00000400, 0x00000000, 0x00000028,
    0x000004c4, 0x00000400, 0x00000218, 0x00000080, 0x00000000, 0x000001c0,
    0x00001af0, 0x00000030, 0x00000004, 0x00000000, 0x00000024, 0x00000000,
    0x00000178, 0x00000000,
};

static const unsigned char stem_min[26] = {
    6, 255, 5, 5, 255, 255, 255, 255, 5, 10, 255, 255, 10, 10, 255, 7, 255,
    255, 7, 5, 255, 255, 255, 255, 255, 255,
};

/* Per first letter: bit k set when some entry's second letter is 'a' + k. */
static const uint32_t second_of[26] = {
    0x000200c, 0x0000000, 0x0004800, 0x0004000, 0x0000000, 0x0104000,
    0x0000000, 0x0000010, 0x0002000, 0x0004000, 0x0000000, 0x0004000,
    0x1000010, 0x0000010, 0x0100000, 0x0020001, 0x0000000, 0x0000010,
    0x0188181, 0x0004080, 0x0040000, 0x0000000, 0x0000010, 0x0000000,
    0x0004000, 0x0000000,
};

/* Whole-line labels of buttons and page furniture, sorted bytewise. */
static const struct lex_label labels[] = {
    L("accept"), L("accept all"), L("ad"), L("advertisement"), L("annual"),
    L("annually"), L("back"), L("back to top"), L("cancel"), L("close"),
    L("comments"), L("continue"), L("copy link"), L("decline"), L("donate"),
    L("donate now"), L("email"), L("facebook"), L("follow us"), L("gallery"),
    L("got it"), L("home"), L("linkedin"), L("listen"), L("load more"),
    L("log in"), L("login"), L("manage cookies"), L("manage preferences"),
    L("maybe later"), L("menu"), L("monthly"), L("more"), L("most read"),
    L("next"), L("no thanks"), L("not now"), L("ok"), L("once"),
    L("one time"), L("one-time"), L("photos"), L("previous"), L("print"),
    L("read more"), L("reddit"), L("register"), L("reject"), L("reject all"),
    L("related"), L("related articles"), L("related stories"),
    L("remind me later"), L("save"), L("search"), L("see more"), L("share"),
    L("share this"), L("share this article"), L("show more"), L("sign in"),
    L("sign up"), L("skip"), L("skip to main content"), L("sponsored"),
    L("subscribe"), L("telegram"), L("top"), L("trending"), L("tweet"),
    L("twitter"), L("video"), L("watch"), L("weekly"), L("whatsapp"), L("x"),
    L("yearly"),
};

/* Line openings that mark furniture whatever follows. */
static const struct lex_label prefixes[] = {
    L("read more"), L("read also"), L("also read"), L("read next"),
    L("related:"), L("see also"), L("click here"), L("sign up"),
    L("subscribe to"), L("follow us"), L("share this"), L("advertisement"),
    L("listen to this article"), L("download our app"), L("download the app"),
    L("join our"), L("become a member"), L("we use cookies"),
    L("this site uses cookies"), L("copyright"), L("\xc2\xa9"),
    L("all rights reserved"), L("dear reader"), L("dear friend"),
    L("dear subscriber"), L("dear supporter"), L("dear visitor"),
    L("dear user"), L("most read:"), L("related stories"), L("skip to"),
    L("sign in to"), L("log in to"), L("share on"), L("tags:"),
    L("topics:"), L("click to"), L("sign up for"), L("reporting by"),
    L("additional reporting by"), L("writing by"), L("editing by"),
};

/* memcmp order of entry e against w[0..n), inline: the words are short. */
static int
cmp_word(const struct lex_word *e, const char *w, size_t n)
{
    size_t m = e->n < n ? e->n : n, k;

    for (k = 0; k < m; k++)
        if (e->s[k] != w[k])
            return (unsigned char)e->s[k] - (unsigned char)w[k];
    return (int)e->n - (int)n;
}

/* Could w[0..n) be in words[] at all? */
static int
maybe_word(const char *w, size_t n)
{
    unsigned c;

    if (n == 0 || w[0] < 'a' || w[0] > 'z')
        return 0;
    c = (unsigned)(w[0] - 'a');
    if (!(n < 32 && ((lens_of[c] >> n) & 1)) && n <= stem_min[c])
        return 0;
    return !(n > 1 && w[1] >= 'a' && w[1] <= 'z' &&
             !((second_of[c] >> (w[1] - 'a')) & 1));
}

static int
search_word(const char *w, size_t n)
{
    size_t lo = 0, hi = N(words), mid, k;
    int flags = 0;

    while (lo < hi) {
        mid = (lo + hi) / 2;
        if (cmp_word(&words[mid], w, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < N(words) && cmp_word(&words[lo], w, n) == 0)
        flags = words[lo].flags;
    /* A stem sorts before the words it begins, after nothing but entries
     * that share its first letter. */
    for (k = lo; k-- > 0 && words[k].s[0] == w[0];)
        if ((words[k].flags & LEX_PREFIX) && words[k].n < n &&
            memcmp(words[k].s, w, words[k].n) == 0)
            flags |= words[k].flags;
    return flags & ~LEX_PREFIX;
}

int
parse_lex_word(const char *w, size_t n)
{
    return maybe_word(w, n) ? search_word(w, n) : 0;
}

int
parse_lex_check(void)
{
    size_t k;

    for (k = 0; k < N(words); k++) {
        if (k > 0 && cmp_word(&words[k - 1], words[k].s, words[k].n) >= 0)
            return -1;          /* out of order */
        if (words[k].n != strlen(words[k].s) ||
            !maybe_word(words[k].s, words[k].n))
            return -1;          /* a filter table lags behind */
    }
    return 0;
}

int
parse_lex_label(const char *s, size_t len)
{
    size_t k;

    for (k = 0; k < N(labels); k++)
        if (labels[k].n == len && strncasecmp(labels[k].s, s, len) == 0)
            return 1;
    return 0;
}

int
parse_lex_prefix(const char *s, size_t len)
{
    size_t k;
    char c0 = (char)(len > 0 && s[0] >= 'A' && s[0] <= 'Z' ? s[0] | 0x20
                                                           : s[0]);

    for (k = 0; k < N(prefixes); k++)
        if (prefixes[k].n <= len && prefixes[k].s[0] == c0 &&
            strncasecmp(prefixes[k].s, s, prefixes[k].n) == 0)
            return 1;
    return 0;
}
/* End of the word at s[i] (as take_word reads it); *n gets its length in
 * characters, ’ counting as one. */
static size_t
word_end(const unsigned char *s, size_t len, size_t i, size_t *n)
{
    size_t j = i, curly = 0;

    while (j < len) {
        if ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') {
            j++;
        } else if ((s[j] == '-' || s[j] == '\'') && j + 1 < len &&
                   (s[j + 1] | 0x20) >= 'a' && (s[j + 1] | 0x20) <= 'z') {
            j++;
        } else if (s[j] == 0xe2 && j + 3 < len && s[j + 1] == 0x80 &&
                   s[j + 2] == 0x99 && (s[j + 3] | 0x20) >= 'a' &&
                   (s[j + 3] | 0x20) <= 'z') {
            j += 3;
            curly++;
        } else {
            break;
        }
    }
    *n = j - i - 2 * curly;
    return j;
}

/* Copy the word at s[*i] lower-cased into w (ASCII letters, inner hyphens
 * and apostrophes, ’ read as '); returns its length. */
static size_t
take_word(const unsigned char *s, size_t len, size_t *i, char *w, size_t cap)
{
    size_t n = 0, j = *i;

    while (j < len) {
        unsigned char c = s[j];
        if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            if (n < cap)
                w[n++] = (char)(c | 0x20);
            j++;
        } else if ((c == '-' || c == '\'') && j + 1 < len &&
                   ((s[j + 1] | 0x20) >= 'a' && (s[j + 1] | 0x20) <= 'z')) {
            if (n < cap)
                w[n++] = (char)c;
            j++;
        } else if (c == 0xe2 && j + 3 < len && s[j + 1] == 0x80 &&
                   s[j + 2] == 0x99 && ((s[j + 3] | 0x20) >= 'a' &&
                                        (s[j + 3] | 0x20) <= 'z')) {
            if (n < cap)
                w[n++] = '\'';
            j += 3;
        } else {
            break;
        }
    }
    *i = j;
    return n;
}

static void
count_word(const char *w, size_t n, struct lex_feat *f)
{
    int fl = search_word(w, n);

    f->pron += (fl & LEX_PRON) != 0;
    f->you += (fl & LEX_YOU) != 0;
    f->appeal += (fl & LEX_APPEAL) != 0;
    f->hard += (fl & LEX_HARD) != 0;
    f->report += (fl & LEX_REPORT) != 0;
}

/* Is the word at s[from..to) written "US", the country, not "us"? */
static int
country_us(const unsigned char *s, size_t from, size_t to)
{
    return to - from == 2 && s[from] >= 'A' && s[from] <= 'Z' &&
           s[from + 1] >= 'A' && s[from + 1] <= 'Z';
}

/* Quote marks move *inq; returns the bytes of the mark at s[i], or 0. */
static size_t
quote_mark(const unsigned char *s, size_t i, size_t len, int *inq)
{
    if (s[i] == '"') {
        *inq = !*inq;
        return 1;
    }
    if (s[i] == 0xe2 && i + 2 < len && s[i + 1] == 0x80 &&
        (s[i + 2] == 0x9c || s[i + 2] == 0x9d)) {
        *inq = s[i + 2] == 0x9c;
        return 3;
    }
    return 0;
}

/* Words inside quotation marks are not counted, so a quoted "we need
 * your help" stays story. */
void
parse_lex_line(const char *line, size_t len, struct lex_feat *f)
{
    const unsigned char *s = (const unsigned char *)line;
    size_t i = 0, n, q, from;
    int inq = 0, tok = 0;       /* tok: 0 gap, 1 token, 2 word */
    char w[32];

    memset(f, 0, sizeof(*f));
    while (i < len) {
        unsigned char c = s[i];
        if (parse_is_space(c)) {
            f->words += tok == 2;
            tok = 0;
            i++;
        } else if ((q = quote_mark(s, i, len, &inq)) > 0) {
            f->quotes++;
            tok = q > 1 ? 2 : (tok ? tok : 1);  /* non-ASCII counts */
            i += q;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            from = i;
            i = word_end(s, len, i, &n);
            /* Copy and look up only words the filter lets through. */
            w[0] = (char)(c | 0x20);
            w[1] = (char)(from + 1 < i ? s[from + 1] | 0x20 : 0);
            if (!inq && maybe_word(w, n) && !country_us(s, from, i)) {
                size_t at = from;
                n = take_word(s, len, &at, w, sizeof(w));
                count_word(w, n, f);
            }
            tok = 2;
        } else {
            /* $, or the last byte of £ (C2 A3) or € (E2 82 AC) */
            if ((c == '$' || c == 0xa3 || c == 0xac) && i + 1 < len &&
                s[i + 1] >= '0' && s[i + 1] <= '9')
                f->money++;
            tok = (c >= 0x80 || (c >= '0' && c <= '9')) ? 2 : (tok ? tok : 1);
            i++;
        }
    }
    f->words += tok == 2;
}

