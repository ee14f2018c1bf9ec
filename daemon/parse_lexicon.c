/* SPDX-License-Identifier: MIT */
/* parse_lexicon.c - the words and labels that mark web-page residue. */
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
    {"you", 3, LEX_PRON},
    {"you'll", 6, LEX_PRON},
    {"you're", 6, LEX_PRON},
    {"you've", 6, LEX_PRON},
    {"your", 4, LEX_PRON},
    {"yours", 5, LEX_PRON},
    {"yourself", 8, LEX_PRON},
};

/* Per first letter: bit n set when some entry has n bytes, the shortest
 * stem (255: none), and the second letters entries have. Most words fail
 * one of these tests and cost a few loads instead of a search. Regenerate both whenever words[] changes
 * (test_parse looks every entry up). */
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
    L("sign in to"), L("log in to"),
};

/* Does entry e begin w[0..n)? Returns <0, 0 or >0 like memcmp over the
 * shorter length, and 0 in *exact unless the lengths match too. */
static int
cmp_word(const struct lex_word *e, const char *w, size_t n)
{
    size_t m = e->n < n ? e->n : n;
    int c = memcmp(e->s, w, m);

    if (c != 0)
        return c;
    return (int)e->n - (int)n;
}

int
parse_lex_word(const char *w, size_t n)
{
    size_t lo = 0, hi = N(words), mid, k;
    int flags = 0;

    if (n == 0 || w[0] < 'a' || w[0] > 'z' ||
        (!(n < 32 && ((lens_of[w[0] - 'a'] >> n) & 1)) &&
         n <= stem_min[w[0] - 'a']) ||
        (n > 1 && w[1] >= 'a' && w[1] <= 'z' &&
         !((second_of[w[0] - 'a'] >> (w[1] - 'a')) & 1)))
        return 0;
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

    for (k = 0; k < N(prefixes); k++)
        if (prefixes[k].n <= len &&
            strncasecmp(prefixes[k].s, s, prefixes[k].n) == 0)
            return 1;
    return 0;
}
