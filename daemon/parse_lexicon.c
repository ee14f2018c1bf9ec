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

/* Filters derived from words[] by lex_tables() at load, so they never lag
 * behind it. Per first letter: bit n set when some entry has n bytes,
 * and the shortest stem (255: none). Per first two letters (both
 * 'a'..'z'): bit n set when some entry of n bytes begins with them, and
 * bits n..31 for a stem of n bytes; a word longer than 31 bytes reads bit
 * 31: sharper, so "this", "and" and "that" fail here. Entries whose
 * second byte is no letter ("i'm") are tested by the first alone. Most
 * words fail one of these tests and cost a few loads instead of a search. */
static uint32_t      lens_of[26];
static unsigned char stem_min[26];
static uint32_t      lens_of2[26 * 26];
/* the index of each first letter's first entry ('a' + 26 is the end) */
static unsigned char first_at[27];

/* Whole-line labels of buttons and page furniture (and the kickers over
 * a headline: "LIVE", "Analysis"), sorted bytewise. */
static const struct lex_label labels[] = {
    L("accept"), L("accept all"), L("ad"), L("advertisement"), L("analysis"),
    L("annual"), L("annually"), L("back"), L("back to top"), L("breaking"),
    L("breaking news"), L("cancel"), L("close"),
    L("comments"), L("continue"), L("cookie settings"), L("copy link"), L("decline"), L("donate"),
    L("donate now"), L("email"), L("exclusive"), L("explainer"),
    L("facebook"), L("follow us"), L("for immediate release"), L("gallery"),
    L("got it"), L("home"), L("i accept"), L("linkedin"), L("listen"), L("live"),
    L("live updates"), L("load more"),
    L("log in"), L("login"), L("manage cookies"), L("manage options"),
    L("manage preferences"), L("manage settings"),
    L("maybe later"), L("media release"), L("menu"), L("monthly"), L("more"), L("most read"),
    L("news release"), L("next"), L("no thanks"), L("not now"), L("ok"), L("once"),
    L("one time"), L("one-time"), L("opinion"), L("photos"), L("press release"), L("previous"),
    L("print"), L("privacy settings"),
    L("read more"), L("reddit"), L("register"), L("reject"), L("reject all"),
    L("related"), L("related articles"), L("related stories"),
    L("remind me later"), L("save"),
    L("scroll to continue with content"), L("search"), L("see more"), L("share"),
    L("share this"), L("share this article"), L("show more"), L("sign in"),
    L("sign up"), L("skip"), L("skip to main content"), L("sponsored"),
    L("sponsored content"), L("subscribe"), L("support local journalism"),
    L("support local news"), L("support our journalism"), L("support us"),
    L("telegram"), L("top"), L("trending"), L("tweet"),
    L("twitter"), L("video"), L("watch"), L("weekly"), L("whatsapp"), L("x"),
    L("yearly"), L("your privacy choices"),
};

/* Line openings that mark furniture whatever follows. */
static const struct lex_label prefixes[] = {
    L("read more"), L("read also"), L("also read"), L("read next"),
    L("chip in"), L("related:"), L("related article"), L("related coverage"),
    L("related content"), L("related reading"), L("related link"),
    L("see also"), L("click here"), L("sign up"),
    L("subscribe to"), L("follow us"), L("share this"), L("advertisement"),
    L("listen to this article"), L("download our app"), L("download the app"),
    L("join our"), L("become a member"), L("we use cookies"),
    L("this site uses cookies"), L("copyright"), L("\xc2\xa9"),
    L("all rights reserved"), L("dear reader"), L("dear friend"),
    L("dear subscriber"), L("dear supporter"), L("dear visitor"),
    L("dear user"), L("most read:"), L("most popular:"), L("most viewed:"),
    L("trending:"), L("trending now"),
    L("related stories"), L("skip to"), L("this page was last edited"),
    L("last edited"), L("retrieved from"), L("citation:"), L("cite this"),
    L("citable reference"),
    L("text is available under"), L("content is available under"),
    L("sign in to"), L("log in to"), L("share on"), L("tags:"),
    L("topics:"), L("click to"), L("sign up for"), L("reporting by"),
    L("additional reporting by"), L("writing by"), L("editing by"),
    L("(reporting by"), L("by signing up"), L("get the latest news"),
    L("get unlimited"), L("support independent journalism"),
    L("our standards:"), L("most watched:"), L("unsubscribe"),
    L("view this email in your browser"),
    L("view in browser"), L("forward to a friend"),
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

/* Could a word of n letters that begins with bytes c0, c1 be in words[]
 * at all? */
static inline int
maybe_word(unsigned char c0, unsigned char c1, size_t n)
{
    unsigned c;

    if (n == 0 || c0 < 'a' || c0 > 'z')
        return 0;
    c = (unsigned)(c0 - 'a');
    if (n > 1 && c1 >= 'a' && c1 <= 'z')
        return (int)((lens_of2[c * 26 + (c1 - 'a')] >> (n < 31 ? n : 31)) &
                     1);
    return (n < 32 && ((lens_of[c] >> n) & 1)) || n > stem_min[c];
}


/* memcmp(a, b, n) == 0, inline: the entries are a few bytes long and
 * most differ in their second or third. */
static inline int
same_bytes(const char *a, const char *b, size_t n)
{
    size_t k;

    for (k = 0; k < n; k++)
        if (a[k] != b[k])
            return 0;
    return 1;
}

/* w[0..n) is the past form of a giving stem: it tells what someone gave
 * ("the family who donated the mulch") and asks for nothing outright
 * ("Already subscribed?" still belongs to a page). */
static int
gave(const char *w, size_t n)
{
    static const char *const giving[] = {"donat", "contribut", "sponsor"};
    size_t i, k;

    if (n < 3 || w[n - 2] != 'e' || w[n - 1] != 'd')
        return 0;
    for (i = 0; i < N(giving); i++)
        if ((k = strlen(giving[i])) < n && same_bytes(giving[i], w, k))
            return 1;
    return 0;
}

/* Flags of the lower-case w[0..n): its own entry's, and those of the
 * stems it begins with (without LEX_HARD for what someone gave). */
static int
search_word(const char *w, size_t n)
{
    size_t k, end;
    int flags = 0;

    if (n == 0 || w[0] < 'a' || w[0] > 'z')
        return 0;
    end = first_at[w[0] - 'a' + 1];
    for (k = first_at[w[0] - 'a']; k < end; k++) {
        const struct lex_word *e = &words[k];
        if ((e->n == n || (e->n < n && (e->flags & LEX_PREFIX))) &&
            same_bytes(e->s, w, e->n))
            flags |= e->flags;
    }
    if ((flags & LEX_HARD) && gave(w, n))
        flags &= ~LEX_HARD;
    return flags & ~LEX_PREFIX;
}

int
parse_lex_word(const char *w, size_t n)
{
    return maybe_word((unsigned char)w[0], n > 1 ? (unsigned char)w[1] : 0,
                      n) ? search_word(w, n) : 0;
}

/* Fill the filters and first_at from words[] once, before main(). */
__attribute__((constructor)) static void
lex_tables(void)
{
    size_t k;
    unsigned next_letter = 0;

    memset(stem_min, 255, sizeof stem_min);
    for (k = 0; k < N(words); k++) {
        const struct lex_word *e = &words[k];
        unsigned c = (unsigned)(e->s[0] - 'a'), bit = e->n < 31 ? e->n : 31;
        bool pair = e->n > 1 && e->s[1] >= 'a' && e->s[1] <= 'z';

        if (e->n < 32)
            lens_of[c] |= (uint32_t)1 << e->n;
        if ((e->flags & LEX_PREFIX) && e->n < stem_min[c])
            stem_min[c] = e->n;
        if (pair)
            lens_of2[c * 26 + (unsigned)(e->s[1] - 'a')] |=
                (e->flags & LEX_PREFIX) ? ~(uint32_t)0 << e->n :
                (uint32_t)1 << bit;
        while (next_letter <= c)    /* a letter with no entry: empty */
            first_at[next_letter++] = (unsigned char)k;
    }
    while (next_letter <= 26)
        first_at[next_letter++] = (unsigned char)N(words);
}

/* words[] in order, lower case, each entry's length right, and each
 * found by the filters: 0, or -1 (test_parse). */
int
parse_lex_check(void)
{
    size_t k;

    _Static_assert(N(words) < 255, "first_at holds indices as bytes");
    for (k = 0; k < N(words); k++) {
        const char *w = words[k].s;
        if (w[0] < 'a' || w[0] > 'z' || words[k].n != strlen(w) ||
            (k > 0 && cmp_word(&words[k - 1], w, words[k].n) >= 0))
            return -1;
        if (search_word(w, words[k].n) == 0 && words[k].flags != LEX_PREFIX)
            return -1;
        if (!maybe_word((unsigned char)w[0], words[k].n > 1 ?
                (unsigned char)w[1] : 0, words[k].n))
            return -1;
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
    char c0;

    /* Markdown's emphasis, quote and bullet marks: "**Read more:**" */
    while (len > 1 && (*s == '*' || *s == '_' || *s == '>' ||
                       ((*s == '-' || *s == ' ') && s[1] == ' ')))
        s++, len--;
    while (len > 0 && *s == ' ')
        s++, len--;
    c0 = (char)(len > 0 && s[0] >= 'A' && s[0] <= 'Z' ? s[0] | 0x20 : s[0]);

    for (k = 0; k < N(prefixes); k++)
        if (prefixes[k].n <= len && prefixes[k].s[0] == c0 &&
            strncasecmp(prefixes[k].s, s, prefixes[k].n) == 0)
            return 1;
    return 0;
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


/* The line is read 64 bytes at a time from bit masks (parse_mask64), so
 * the cost is per block and per word, not per byte. A word is a run of
 * letters joined by '-', '\'' or ’ between letters; a counted word (as
 * parse_count_words) is a run of non-blanks that holds a letter, a digit
 * or a byte >= 0x80. What one block hands on to the next: */
struct lscan {
    const unsigned char *s;
    size_t len;
    struct lex_feat *f;
    struct pcount count;  /* its sp: the byte before the block is a
                             blank, or the line starts here */
    uint64_t alpha;    /* 1: the byte before the block is a letter */
    uint64_t wb;       /* 1: the byte before the block is in a word */
    uint64_t spill;    /* bytes of a ’ that began in the last block */
    size_t curly;      /* ’ inside words before the block */
    size_t from;       /* start of the word in progress, or SIZE_MAX */
    size_t from_curly; /* ’ before it */
    int inq;           /* inside quotation marks at the block start */
};

/* Quote marks in one block: '"' toggles, “ opens and ” closes. */
struct lquotes {
    uint64_t toggle, open, close;
};

static inline uint64_t
below(unsigned b)
{
    return b >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << b) - 1;
}

static int
is_letter(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Inside quotation marks just before bit b of the block? */
static int
inq_at(const struct lscan *st, const struct lquotes *q, unsigned b)
{
    uint64_t set = (q->open | q->close) & below(b), t = q->toggle & below(b);
    int in = st->inq;

    if ((set | t) == 0)
        return in;
    if (set != 0) {
        unsigned last = 63 - (unsigned)__builtin_clzll(set);
        in = (int)((q->open >> last) & 1);
        t &= ~below(last + 1);
    }
    return in ^ (int)(parse_ones(t) & 1);
}

/* Quote marks, ’ between letters (bits of its first byte into *cj) and
 * money ("$4", "£3", "€2") among the rare bytes of the block at base. */
static void
rare_bytes(struct lscan *st, size_t base, uint64_t rare, uint64_t *cj,
           struct lquotes *q)
{
    const unsigned char *s = st->s;
    size_t len = st->len;

    for (; rare != 0; rare &= rare - 1) {
        unsigned b = (unsigned)__builtin_ctzll(rare);
        size_t p = base + b;
        uint64_t bit = (uint64_t)1 << b;

        if (s[p] == '"') {
            q->toggle |= bit;
            st->f->quotes++;
        } else if (s[p] == 0xe2) {
            if (p + 2 >= len || s[p + 1] != 0x80)
                continue;
            if (s[p + 2] == 0x9c || s[p + 2] == 0x9d) {
                *(s[p + 2] == 0x9c ? &q->open : &q->close) |= bit;
                st->f->quotes++;
            } else if (s[p + 2] == 0x99 && p + 3 < len &&
                       is_letter(s[p + 3]) && p > 0 && is_letter(s[p - 1])) {
                *cj |= bit;
            }
        } else if (p + 1 < len && s[p + 1] >= '0' && s[p + 1] <= '9') {
            st->f->money++;
        }
    }
}

/* The word s[from..to), which passed maybe_word: look it up unless
 * quoted (before bit b of the block, or at the line end when q is NULL). */
static void
lex_word(struct lscan *st, const struct lquotes *q, unsigned b, size_t to)
{
    const unsigned char *s = st->s;
    size_t from = st->from, n;
    char w[32];

    if ((q != NULL ? inq_at(st, q, b) : st->inq) || country_us(s, from, to))
        return;
    n = take_word(s, st->len, &from, w, sizeof(w));
    count_word(w, n, st->f);
}

/* Could the word s[st->from..to) of n letters be in words[]? */
static inline int
lex_maybe(const struct lscan *st, size_t to, size_t n)
{
    const unsigned char *s = st->s + st->from;

    return maybe_word(s[0] | 0x20, st->from + 1 < to ? s[1] | 0x20 : 0, n);
}

static void
scan_block(struct lscan *st, size_t base)
{
    size_t n = st->len - base < 64 ? st->len - base : 64;
    uint64_t cj = 0, wb, starts, ends, next_alpha;
    struct lquotes q = {0, 0, 0};
    struct pmask m;

    parse_mask64(st->s + base, n, &m);
    if ((m.ctl | (m.space & ((m.space << 1) | st->count.sp))) & below((unsigned)n))
        st->f->gaps = true;
    parse_count_block(&st->count, &m);
    if (m.rare != 0)
        rare_bytes(st, base, m.rare, &cj, &q);
    next_alpha = base + 64 < st->len && is_letter(st->s[base + 64]);
    wb = m.alpha | cj | (cj << 1) | (cj << 2) | st->spill |
         (m.conn & ((m.alpha << 1) | st->alpha) &
          ((m.alpha >> 1) | (next_alpha << 63)));
    starts = wb & ~((wb << 1) | st->wb);
    ends = ~wb & ((wb << 1) | st->wb);
    st->wb = wb >> 63;
    st->alpha = m.alpha >> 63;
    st->spill = (cj >> 62) | (cj >> 63);
    for (;;) {
        unsigned b;
        size_t curly;
        if (st->from == SIZE_MAX) {
            if (starts == 0)
                break;
            b = (unsigned)__builtin_ctzll(starts);
            starts &= starts - 1;
            st->from = base + b;
            st->from_curly = cj == 0 ? st->curly :
                             st->curly + parse_ones(cj & below(b));
        }
        if (ends == 0)
            break;
        b = (unsigned)__builtin_ctzll(ends);
        ends &= ends - 1;
        curly = cj == 0 ? st->curly : st->curly + parse_ones(cj & below(b));
        if (lex_maybe(st, base + b,
                      base + b - st->from - 2 * (curly - st->from_curly)))
            lex_word(st, &q, b, base + b);
        st->from = SIZE_MAX;
    }
    st->inq = inq_at(st, &q, 64);
    st->curly += parse_ones(cj);
}

/* Words inside quotation marks are not counted, so a quoted "we need
 * your help" stays story. */
void
parse_lex_line(const char *line, size_t len, struct lex_feat *f)
{
    struct lscan st;
    size_t base;

    memset(f, 0, sizeof(*f));
    memset(&st, 0, sizeof(st));
    st.s = (const unsigned char *)line;
    st.len = len;
    st.f = f;
    st.count.sp = 1;
    st.from = SIZE_MAX;
    for (base = 0; base < len; base += 64)
        scan_block(&st, base);
    f->words = st.count.words;
    if (st.from != SIZE_MAX &&
        lex_maybe(&st, len, len - st.from - 2 * (st.curly - st.from_curly)))
        lex_word(&st, NULL, 0, len);
}
