/* SPDX-License-Identifier: MIT */
/* parse_boiler.c - drop web-page residue: banners, appeals, buttons. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse_int.h"

#define SHORT_WORDS 8      /* a line this short without a full stop is a label
                              or a subheading */
#define CAPTION_WORDS 35   /* a labelled caption is no longer */
#define RUN_WORDS 4        /* lines in a run of menu items are this short */
#define RUN_MIN 3          /* adjacent label lines that make a menu */
#define APPEAL_MAX_WORDS 80
#define MENU_SEPS 3        /* " | " separators that make a menu bar */
#define MENU_MAX_WORDS 20
#define CRUMB_WORDS 5      /* "Culture > What's On": a path, not a headline */
#define STAMP_MAX_WORDS 14 /* "Updated 4 March 2023 at 10:00 GMT", "Still
                              current at: 2 March 2033 | Last updated:
                              01/03/2033 Latest update: Summary" */
#define STAMP_LINK_WORDS 25 /* a headline and its date in parentheses */
#define BUTTON_LINE 60     /* bytes of a line that one button marks */
#define WEAK_PRON_WORDS 25 /* longer, "we" alone does not make a line weak */
#define STORY_YOU_WORDS 50 /* longer, nor "you" with no appeal or money */

enum bclass {
    BC_NONE = 0,   /* story */
    BC_SHORT,      /* a label or a subheading: decided by its neighbours */
    BC_WEAK,       /* first or second person, or a lead-in */
    BC_STRONG,     /* residue on its own */
    BC_CAPTION,    /* a photo caption or credit */
    BC_DROP        /* decided: dropped */
};

/* Is the whole line, less bullets and trailing punctuation, a UI label? */
static int
ui_line(const char *s, size_t len)
{
    while (len > 0 && strchr(" .:!?>|", s[len - 1]) != NULL)
        len--;
    while (len > 0 && strchr(" >|-*", s[0]) != NULL) {
        s++;
        len--;
    }
    return len > 0 && len <= 32 && parse_lex_label(s, len);
}

static int
has_letter(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
            return 1;
    return 0;
}

static int
has_digit(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 1;
    return 0;
}

/* "Menu | Search | Sign In", "News · Business": items of one or two
 * words between separators (a headline's "Opinion | Why rents rose" has
 * a long one). */
static int
short_items(const char *s, size_t len, size_t words)
{
    const char *sep;
    size_t n = 0, flen, i, item;
    int fields = 0;

    if (words > 8 || has_digit(s, len))
        return 0;       /* "Day 1 | Tue 2031-11-11 | Plenary Hall": data */
    do {
        sep = parse_field_sep(s, len, false, &n);
        flen = sep ? (size_t)(sep - s) : len;
        for (i = item = 0; i < flen; i++)     /* runs of non-blanks */
            item += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
        if (item == 0 || item > 2)
            return 0;
        fields++;
        if (sep) {
            len -= flen + n;
            s = sep + n;
        }
    } while (sep);
    return fields > 1;
}

/* No lower-case ASCII letter: a section label ("SOURCE / ECONOMY"). */
static int
shouting(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (s[i] >= 'a' && s[i] <= 'z')
            return 0;
    return 1;
}

/* A menu bar, "News | Sport | What's On | Subscribe", or a breadcrumb
 * trail, "Home > World > Europe", "News » Politics » Scotland", "SOURCE /
 * ECONOMY". */
static int
menu_line(const char *s, size_t len, size_t words)
{
    size_t i, seps = 0, crumbs = 0;

    if (words > MENU_MAX_WORDS)
        return 0;
    for (i = 0; i + 2 < len; i++) {
        seps += s[i] == ' ' && (s[i + 1] == '|' ||
                                (s[i + 1] == '/' && s[i + 2] == ' '));
        crumbs += s[i] == ' ' && ((s[i + 1] == '>' && s[i + 2] == ' ') ||
                                  (i + 3 < len && s[i + 1] == '\xc2' &&
                                   s[i + 2] == '\xbb' && s[i + 3] == ' ') ||
                                  (i + 4 < len && s[i + 1] == '\xe2' &&
                                   s[i + 2] == '\x80' && s[i + 3] == '\xba' &&
                                   s[i + 4] == ' '));   /* " › " */
    }
    /* one crumb in a line of a few words ("Culture › What's On") is a
     * section's path too: a headline has no " > " */
    return seps >= MENU_SEPS || crumbs >= 2 ||
        (crumbs == 1 && (words <= CRUMB_WORDS ||
                         (len > 5 && strncasecmp(s, "home ", 5) == 0))) ||
        ((seps >= 1 || crumbs >= 1) && words <= 4 && shouting(s, len)) ||
        short_items(s, len, words);
}

/* A page's time stamp: "Updated 26 February 2019", "Published: March 4,
 * 2023 10:00 GMT", "Posted by Anagha on 20/08/2011 at 8:05 PM". At the top the header stage takes its date; anywhere
 * else it is furniture. */
static int
stamp_line(const char *s, size_t len, size_t words)
{
    struct caldate d;
    bool published;
    size_t k;

    if (words > STAMP_MAX_WORDS)
        return 0;
    k = parse_stamp_key(s, len, &published);
    if (k > 0 && len - k > 3 && strncasecmp(s + k, "by ", 3) == 0) {
        const char *on = memmem(s + k, len - k, " on ", 4);

        if (on == NULL || on - (s + k) > 40)
            return 0;
        k = (size_t)(on + 4 - s);   /* "Posted by Anagha K. on 20/08/2011" */
    }
    return k > 0 && (parse_date_text(s + k, len - k, &d) > 0 ||
                     parse_stamp_text(s, len, &d) != PARSE_STAMP_NONE);
}

/* Buttons as a scraper renders them: "[Accept] [Reject]", or one on a
 * short line. One in a long line is an editor's insert in a quote ("go
 * [home] and start again"). */
static int
button_line(const char *s, size_t len)
{
    const char *o = s, *e = s + len, *c;
    int n = 0;

    while ((o = memchr(o, '[', (size_t)(e - o))) != NULL &&
           (c = memchr(o, ']', (size_t)(e - o))) != NULL) {
        n += c - o > 1 && c - o <= 25 &&
            parse_lex_label(o + 1, (size_t)(c - o - 1));
        o = c;
    }
    return n >= 2 || (n == 1 && len <= BUTTON_LINE);
}

/* No ASCII letter or digit in a few bytes: "×", "•", "▶". */
static int
symbol_line(const char *s, size_t len)
{
    size_t i;

    if (len > 4)
        return 0;
    for (i = 0; i < len; i++)
        if ((unsigned char)s[i] < 0x80 &&
            (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
             (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

/* "14/02/04", "5.7.03", "04/07/2016": three groups of one or two
 * digits, the last maybe a year of four. */
static int
short_numeric_date(const char *s, size_t n)
{
    size_t i = 0, groups = 0, digits;

    while (i < n) {
        for (digits = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            digits++;
        if (digits < 1 || (digits > 2 && !(digits == 4 && groups == 2)))
            return 0;
        groups++;
        if (i < n && s[i] != '/' && s[i] != '.')
            return 0;
        i += i < n;
    }
    return groups == 3 && s[n - 1] != '/' && s[n - 1] != '.';
}

/* A day and month with a year of two figures: "18 Jul 08". */
static int
short_year_date(const char *s, size_t n)
{
    char buf[32];
    struct caldate d;

    if (n < 8 || n + 2 > sizeof buf || s[n - 3] != ' ' || s[n - 2] < '0' ||
        s[n - 2] > '9' || s[n - 1] < '0' || s[n - 1] > '9')
        return 0;
    memcpy(buf, s, n - 2);              /* read as "18 Jul 2008" */
    memcpy(buf + n - 2, "20", 2);
    memcpy(buf + n, s + n - 2, 2);
    return parse_date_text(buf, n + 2, &d) == n + 2;
}

/* The date that ends s[0..len) after a blank: "... arrivals 14/02/04". */
static int
ends_in_date(const char *s, size_t len)
{
    const char *sp;
    struct caldate d;
    size_t n;

    while (len > 0 && s[len - 1] == ' ')
        len--;
    if ((sp = memrchr(s, ' ', len)) == NULL)
        return 0;
    n = (size_t)(s + len - (sp + 1));
    return n >= 6 && (parse_date_text(sp + 1, n, &d) == n ||
                      short_numeric_date(sp + 1, n));
}

/* A link to another story with its date, as "Related" lists give them:
 * "Pilots vote for a strike mandate (Aug 19, 2016)", "FG declares
 * two-day break for Eid-el-Fitr (04/07/2016)", "Malta asks EU partners
 * to share boat arrivals 14/02/04 | Europe", "Bolivia floods: 40 dead
 * (25 Feb)": the year is the reader's when the list is this year's. */
static int
dated_link(const char *s, size_t len, size_t words)
{
    const char *open, *bar;
    struct caldate d;
    size_t n;

    if (len < 12 || words > STAMP_LINK_WORDS)
        return 0;
    if ((bar = memrchr(s, '|', len)) != NULL && bar > s &&
        parse_count_words(bar + 1, (size_t)(s + len - bar - 1)) <= 3)
        return ends_in_date(s, (size_t)(bar - s));
    if (s[len - 1] != ')')      /* "Man charged after robbery 24/08/2046" */
        return ends_in_date(s, len);
    if ((open = memrchr(s, '(', len)) == NULL || open == s)
        return 0;
    n = (size_t)(s + len - 1 - (open + 1));
    return parse_date_text(open + 1, n, &d) == n ||
        short_numeric_date(open + 1, n) ||      /* "(04/07/2016)" */
        short_year_date(open + 1, n) ||         /* "(18 Jul 08)" */
        parse_yearless_date(open + 1, n) == n;  /* "(Oct. 9)" */
}

/* A note on where and when the story first ran: "This report by The
 * Canadian Press was first published July 21, 2062.", "This article was
 * originally published on ...", "This story is republished from ...". */
static int
publication_note(const char *s, size_t len, size_t words)
{
    static const char *const what[] = {"This report ", "This article ",
        "This story ", "This piece "};
    size_t k;

    if (words > 25)
        return 0;
    for (k = 0; k < sizeof what / sizeof *what; k++)
        if (len > strlen(what[k]) && !strncmp(s, what[k], strlen(what[k])))
            return memmem(s, len, "published", 9) != NULL;
    return 0;
}

/* Class of one line of the text; sets its words and gaps. */
/* A transcript's speaker label opens s: a name in capitals (hyphens,
 * stops and apostrophes allowed), a colon, a blank and more words; not
 * a page's label ("READ MORE:", "WATCH:"). */
static int
speaker_label(const char *s, size_t len)
{
    size_t i = 0, letters = 0;

    while (i < len && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == ' ' ||
                       s[i] == '-' || s[i] == '.' || s[i] == '\'')) {
        letters += s[i] >= 'A' && s[i] <= 'Z';
        i++;
    }
    return letters >= 2 && i + 2 < len && s[i] == ':' && s[i + 1] == ' ' &&
        i <= 40 && !parse_lex_label(s, i);
}

/* "Tidepool began in 2016 as a weekend fork ... Thank you to the 38
 * people who contributed": a paragraph whose first sentence tells the
 * story (six words or more, none of them a pronoun, an appeal or money)
 * and only thanks after it closes the story; an appeal opens with its
 * ask or its "we", or asks after its story ("The Gazette has covered
 * this city for 150 years. ... you can give before December 31"). The
 * caller has seen no hard ask and no money in the whole line. Without
 * thanks, only the story's first sentence is asked for ("... the
 * Biennale opens tomorrow. If you are among the visitors, here is where
 * to start": a paragraph of the story that turns to its reader). */
static int
opens_with_story(const char *s, size_t len, int need_thanks)
{
    struct lex_feat f;
    size_t i, k;

    for (i = 1; i + 2 < len; i++)
        if (s[i] == '.' && s[i + 1] == ' ' && s[i + 2] >= 'A' &&
            s[i + 2] <= 'Z')
            break;
    if (i + 2 >= len)
        return 0;
    parse_lex_line(s, i + 1, &f);
    if (f.words < 6 || f.pron + f.you + f.appeal + f.money > 0)
        return 0;
    if (!need_thanks)
        return 1;
    for (k = i + 2; k + 5 <= len; k++)      /* what follows thanks */
        if (strncasecmp(s + k, "thank", 5) == 0)
            break;
    return k + 5 <= len && !memmem(s + i, len - i, " give", 5);
}

static enum bclass
classify(const char *text, struct pline *l)
{
    const char *s = text + l->off;
    size_t len = l->len;
    struct lex_feat f;
    bool story;

    if (symbol_line(s, len) || ui_line(s, len) || button_line(s, len)) {
        l->words = parse_count_words(s, len);
        return BC_STRONG;
    }
    parse_lex_line(s, len, &f);
    l->words = f.words;
    l->gaps = f.gaps;
    l->asks = f.hard + f.appeal + f.money > 0;
    story = !f.report && f.you > 0 && f.hard == 0 && f.money == 0 &&
        opens_with_story(s, len, 1);   /* asked only where !f.report */
    /* "PRESIDENT OKONKWO-REYES: Thank you, Dolores. Graduates, your
     * diplomas ...": a speaker's words in a transcript speak to their
     * audience, not to the page's reader */
    if (!f.hard && !f.money && f.words > 6 && speaker_label(s, len))
        return BC_NONE;
    if (menu_line(s, len, f.words) || stamp_line(s, len, f.words) ||
        publication_note(s, len, f.words))
        return BC_STRONG;
    if ((f.words <= 25 && parse_lex_prefix(s, len)) ||
        (len > 11 && strncasecmp(s, "categories:", 11) == 0))
        return BC_STRONG;   /* a wiki's "Categories: 1956 births | ..." */
    if (parse_caption_words(s, len, f.words))
        return BC_CAPTION;
    /* An appeal speaks to the reader ("your support"), or is short
     * ("Support us"): "we asked the council for help" in a first-person
     * story is neither. A short one, or one that asks outright ("donate",
     * "subscribe"), is residue on its own; a longer one only beside other
     * residue, as a letter or notice speaks to its reader all through. */
    if (!f.report && f.words <= APPEAL_MAX_WORDS) {
        if ((f.hard > 0 && f.words <= 12) ||
            (f.pron > 0 && f.words <= 6 && f.appeal + f.money > 0))
            return BC_STRONG;
        if (f.you > 0 && f.appeal + f.money > 0 && !story)
            return f.hard > 0 ? BC_STRONG : BC_WEAK;
    }
    /* "we" or "our" in a paragraph of more than 25 words that does not
     * speak to the reader ("you") or of money is the paper or a speaker
     * in the story ("Here is our pick of the week", "the records our
     * funders require"), not residue; nor is a paragraph of more than 50
     * that says "you" once and asks for nothing ("The fire started
     * yesterday ... We will bring you updates throughout the day"), nor
     * a shorter one that asks for nothing and opens with a story
     * sentence ("... the Biennale opens tomorrow. If you are among the
     * visitors, here is where to start") */
    if (!f.report && f.pron > 0 &&
        (f.words <= WEAK_PRON_WORDS || f.money > 0 ||
         (f.you > 0 && !story &&
          (f.words <= STORY_YOU_WORDS || f.appeal > 0) &&
          !(f.appeal + f.hard == 0 && opens_with_story(s, len, 0)))))
        return BC_WEAK;
    if (s[len - 1] == ':' && f.words <= 12)
        return BC_WEAK;     /* "A message from the editors:" */
    if (f.words <= SHORT_WORDS && s[len - 1] != '.')
        return BC_SHORT;
    return BC_NONE;
}

/* A table's row: two cells or more with a figure, apart by a tab or a
 * run of blanks ("Tue 01/01/2030     Wed 02/01/2030"); a menu bar has
 * at most one ("Live  Euro 2024  Results"). */
static int
table_row(const char *s, size_t len)
{
    size_t i = 0, cells = 0;

    while (i < len) {
        size_t j = i;
        int digit = 0;
        while (j < len && s[j] != '\t' &&
               !(s[j] == ' ' && j + 1 < len && s[j + 1] == ' ')) {
            digit |= s[j] >= '0' && s[j] <= '9';
            j++;
        }
        cells += digit;
        while (j < len && (s[j] == ' ' || s[j] == '\t'))
            j++;
        i = j;
    }
    return cells >= 2;
}

/* A fact-box row, "June 3: consultation opens" or "Monthly change: +1.7%":
 * a label, a separator and a value, with a figure in the label or
 * opening the value; or a table's row (table_row). A timeline or a
 * table is the story's own; a menu's items have no such shape ("Live:
 * Election 2024"). */
static int
data_line(const char *s, size_t len, bool gaps)
{
    static const char *const seps[] = {": ", " - ", " \u2013 ", " \u2014 "};
    const char *sep, *v;
    size_t k, n;

    if (gaps && table_row(s, len))
        return 1;
    /* "Labour 24", "Turnout 31%": a name and its figure, a result's row */
    for (k = len; k > 0 && ((s[k - 1] >= '0' && s[k - 1] <= '9') ||
                            s[k - 1] == '%' || s[k - 1] == ','); k--)
        ;
    if (k < len && k > 1 && s[k - 1] == ' ' && s[len - 1] != ',' &&
        has_letter(s, k))
        return 1;

    for (k = 0; k < sizeof(seps) / sizeof(*seps); k++) {
        n = strlen(seps[k]);
        sep = memmem(s, len, seps[k], n);
        if (sep == NULL || sep == s || sep + n >= s + len)
            continue;
        v = sep + n;
        if (has_digit(s, (size_t)(sep - s)) || has_digit(v, 1) ||
            *v == '+' || *v == '-' || *v == '$' || (unsigned char)*v >= 0x80)
            return 1;
    }
    return 0;
}

static int
content(const struct pctx *c, size_t i)
{
    return c->lines[i].kind == PL_BODY;
}

/* Adjacent label lines ("Once", "Monthly", "Continue") make a menu. */
static void
mark_runs(struct pctx *c)
{
    size_t i = 0, j;

    while (i < c->nlines) {
        for (j = i; j < c->nlines && content(c, j) &&
                    (c->lines[j].cls == BC_SHORT || c->lines[j].cls == BC_STRONG) &&
                    c->lines[j].words <= RUN_WORDS &&
                    !data_line(c->text + c->lines[j].off, c->lines[j].len,
                               c->lines[j].gaps) &&
                    !parse_ends_sentence(c->text + c->lines[j].off,
                                         c->lines[j].len); j++)
            ;
        if (j - i >= RUN_MIN)
            for (; i < j; i++)
                c->lines[i].cls = BC_STRONG;
        i = j + 1;
    }
}

/* A headline that speaks to the reader ("Here's what to do if you
 * haven't filed yet") in the page's first block: five words or more,
 * no full stop at its end, nothing asked or sold. */
static int
weak_headline(const struct pctx *c, size_t k, int first_block)
{
    const struct pline *l = &c->lines[k];

    return first_block && !l->asks && l->words >= 5 &&
        c->text[l->off + l->len - 1] != '.' &&
        !parse_ends_sentence(c->text + l->off, l->len);
}

/* A letter's salutation on a line of its own ("Hi there,", "Dear
 * Shareholder,", "Hello all,"): the message begins under it. Not "Dear
 * reader,", which opens a paper's appeal. */
static int
salutation(const char *s, size_t len, size_t words)
{
    static const char *const w[] = {"hi ", "hello ", "dear ", "hey "};
    size_t k, n;

    if (words > 5 || len < 4 || s[len - 1] != ',' ||
        memmem(s, len, "eader", 5) != NULL ||
        memmem(s, len, "riend", 5) != NULL ||
        memmem(s, len, "upporter", 8) != NULL ||
        memmem(s, len, "ember", 5) != NULL)
        return 0;       /* an appeal's "Dear friend," "Dear members," */
    for (k = 0; k < sizeof w / sizeof *w; k++)
        if (len > (n = strlen(w[k])) && strncasecmp(s, w[k], n) == 0)
            return 1;
    return 0;
}

/* Weak lines go with the strong ones around them: a block of residue with
 * no story line inside is dropped whole when it is mostly strong, or at
 * least a third strong where it opens or closes the page. */
static void
mark_blocks(struct pctx *c, size_t first, size_t last)
{
    size_t i = first, j, k;
    int strong, weak;

    while (i <= last) {
        strong = weak = 0;
        /* a byline, a stamp, or a salutation under nothing but
         * furniture ("View in browser") ends a block: the story begins
         * under it, and a notice that speaks to its reader there stays
         * (an appeal's "Hello friends," under "A note from our editor:"
         * does not) */
        for (j = i; j <= last && c->lines[j].kind != PL_HEADER &&
             (!content(c, j) || c->lines[j].cls != BC_NONE) &&
             !(weak == 0 && content(c, j) &&
               salutation(c->text + c->lines[j].off, c->lines[j].len,
                          c->lines[j].words)); j++) {
            strong += content(c, j) && c->lines[j].cls == BC_STRONG;
            weak += content(c, j) && c->lines[j].cls == BC_WEAK;
        }
        /* Weak lines go only with a block that is mostly strong: a
         * first-person column with a "Share this" line under it stays. */
        if (strong > 0 && (strong >= weak ||
                           ((i == first || j > last) && 2 * strong >= weak)))
            for (k = i; k < j; k++)
                if (content(c, k) && c->lines[k].cls == BC_WEAK &&
                    !weak_headline(c, k, i == first))
                    c->lines[k].cls = BC_DROP;
        i = j + 1;
    }
}

static int
dropped(enum bclass b)
{
    return b == BC_STRONG || b == BC_DROP || b == BC_CAPTION;
}

/* A headline among a page's residue: the first short line of five words
 * or more before the story begins, or one that stands over a byline or a
 * time stamp (header lines by now). A menu's labels are shorter and
 * stand over nothing. */
static int
headline(const struct pctx *c, size_t i, int first)
{
    size_t j = i + 1;

    if (first && c->lines[i].words >= 5)
        return 1;
    while (j < c->nlines && c->lines[j].kind == PL_BLANK)
        j++;
    return j < c->nlines && c->lines[j].kind == PL_HEADER;
}

/* A short line between dropped lines is a label; next to story it is a
 * subheading and stays, and so does a headline. Neighbours skip short
 * lines and captions; no neighbour after counts as dropped, none before
 * as story. Two passes, so a page of ten thousand short lines costs no
 * more than its length. */
static void
mark_sandwiched(struct pctx *c)
{
    size_t i;
    int prev = 0, nd = 1, first = 1;

    for (i = c->nlines; i-- > 0;) {
        c->lines[i].next_dropped = (unsigned char)nd;
        if (content(c, i) && c->lines[i].cls != BC_SHORT && c->lines[i].cls != BC_CAPTION)
            nd = dropped(c->lines[i].cls);
    }
    for (i = 0; i < c->nlines; i++) {
        if (!content(c, i) || c->lines[i].cls == BC_CAPTION)
            continue;
        if (c->lines[i].cls != BC_SHORT) {
            prev = dropped(c->lines[i].cls);
            first = first && prev;
        } else if (prev && c->lines[i].next_dropped && !headline(c, i, first)) {
            c->lines[i].cls = BC_DROP;
        }
        first = first && c->lines[i].cls != BC_SHORT;
    }
}

/* A heading over links to other stories: "Related Stories", "Read
 * more", "More from Business", "See also". */
static int
links_heading(const char *s, size_t len, size_t words)
{
    static const char *const w[] = {"related", "read more", "more from",
        "more news", "more on", "see also", "most read", "recommended",
        "latest"};
    size_t k, n;

    if (words > 4)
        return 0;
    for (n = 0; n < len; n++) {
        char c = (char)(s[n] | 0x20);
        if (c < 'l' || c > 's' || (n > 0 && ((s[n - 1] | 0x20) >= 'a' &&
                                             (s[n - 1] | 0x20) <= 'z')))
            continue;   /* each phrase starts a word, with l, m, r or s */
        for (k = 0; k < sizeof w / sizeof *w; k++)
            if (w[k][0] == c && n + strlen(w[k]) <= len &&
                strncasecmp(s + n, w[k], strlen(w[k])) == 0)
                return 1;
    }
    return 0;
}

/* A ranked link under "Most read": "1 Ten national parks that are free
 * to visit this summer", a rank and a headline with no full stop. */
static int
ranked_link(const char *s, size_t len, size_t words)
{
    size_t i = 0;

    while (i < len && i < 2 && s[i] >= '0' && s[i] <= '9')
        i++;
    return i > 0 && i + 1 < len && (s[i] == ' ' || s[i] == '.') &&
        words <= STAMP_LINK_WORDS && !parse_ends_sentence(s, len);
}

/* Under such a heading, the run of lines that end in a parenthesised
 * date are links: "Pilots vote for a strike mandate (Aug 19, 2016)", and
 * so are ranked headlines. A line like that in the story, with no
 * heading over it, stays. */
static void
mark_related_links(struct pctx *c)
{
    size_t i, j;

    for (i = 0; i < c->nlines; i++) {
        if (!content(c, i) || !links_heading(c->text + c->lines[i].off,
                                             c->lines[i].len,
                                             c->lines[i].words))
            continue;
        for (j = i + 1; j < c->nlines && (c->lines[j].kind == PL_BLANK ||
             (content(c, j) && (dated_link(c->text + c->lines[j].off,
                                           c->lines[j].len,
                                           c->lines[j].words) ||
                                ranked_link(c->text + c->lines[j].off,
                                            c->lines[j].len,
                                            c->lines[j].words)))); j++)
            if (content(c, j))
                c->lines[i].cls = c->lines[j].cls = BC_STRONG;
    }
}

/* A reference list's heading, as wiki pages and papers end: "References",
 * "References[edit]", "Bibliography", "Works cited:". */
static int
references_heading(const char *s, size_t len)
{
    static const char *const w[] = {"references", "bibliography",
        "works cited", "citations", "footnotes", "sources"};
    size_t k;

    if (len > 6 && memcmp(s + len - 6, "[edit]", 6) == 0)
        len -= 6;
    if (len > 0 && s[len - 1] == ':')
        len--;
    for (k = 0; k < sizeof w / sizeof *w; k++)
        if (strlen(w[k]) == len && strncasecmp(s, w[k], len) == 0)
            return 1;
    return 0;
}

/* A citation: numbered ("1. Hallam, R. (1981). ...", "[2] ...", "^ ..."),
 * saying when it was retrieved, archived or accessed, or with its year
 * before a closing bracket ("Northern Stonewares (London, 2006)"). */
static int
citation_line(const char *s, size_t len)
{
    size_t i = 0;

    if (memmem(s, len, "Retrieved ", 10) || memmem(s, len, "Archived from", 13) ||
        memmem(s, len, "Accessed ", 9) || s[0] == '^' ||
        (len > 1 && s[0] == '[' && s[1] >= '0' && s[1] <= '9'))
        return 1;
    while (i < len && i < 3 && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i > 0 && i + 1 < len && s[i] == '.' && s[i + 1] == ' ')
        return 1;
    for (i = 4; i < len; i++)
        if (s[i] == ')' && strspn(s + i - 4, "0123456789") == 4)
            return 1;
    return 0;
}

/* Under a reference list's heading whose first line is a citation, the
 * lines up to a blank one that a citation does not follow: their dates
 * (published, retrieved, archived) are no facts of the page. */
static void
mark_references(struct pctx *c)
{
    size_t i, j;
    int blank;

    for (i = 0; i < c->nlines; i++) {
        if (!content(c, i) || !references_heading(c->text + c->lines[i].off,
                                                  c->lines[i].len))
            continue;
        for (j = i + 1; j < c->nlines && c->lines[j].kind == PL_BLANK; j++)
            ;
        if (j == c->nlines || !content(c, j) ||
            !citation_line(c->text + c->lines[j].off, c->lines[j].len))
            continue;
        c->lines[i].cls = BC_STRONG;
        for (blank = 0; j < c->nlines; j++) {
            if (c->lines[j].kind == PL_BLANK) {
                blank = 1;
                continue;
            }
            if (!content(c, j) || (blank && !citation_line(c->text +
                                                           c->lines[j].off,
                                                           c->lines[j].len)))
                break;
            c->lines[j].cls = BC_STRONG;
            blank = 0;
        }
        i = j;
    }
}

/* A comment section's heading: "Comments", "Comments (4)", "12
 * comments", "Join the conversation", "Guestbook". */
static int
comments_heading(const char *s, size_t len, size_t words)
{
    static const char *const w[] = {"comments", "comment",
        "join the conversation", "reader comments", "show comments",
        "discussion", "guestbook", "guest book"};
    size_t k, n;

    if (words > 3)
        return 0;
    while (len > 0 && (s[len - 1] == ')' || s[len - 1] == ':' ||
                       (s[len - 1] >= '0' && s[len - 1] <= '9') ||
                       s[len - 1] == '(' || s[len - 1] == ' '))
        len--;          /* "Comments (4)" */
    while (len > 0 && ((*s >= '0' && *s <= '9') || *s == ' '))
        s++, len--;     /* "12 comments" */
    if (len == 0)
        return 0;
    for (k = 0; k < sizeof w / sizeof *w; k++)
        if (w[k][0] == (*s | 0x20) && (n = strlen(w[k])) == len &&
            strncasecmp(s, w[k], n) == 0)
            return 1;
    return 0;
}

/* The furniture of a comment thread: "Reply", "Reply · Like (12)",
 * "Sort by: Newest | Oldest", or a commenter's name and time stamp
 * ("BookwormBrenda · 14/09/2024 09:12", "Coach Pete - 5/29/2019:"). */
static int
thread_line(const char *s, size_t len)
{
    struct caldate d;
    const char *dot;

    if ((len >= 5 && strncasecmp(s, "reply", 5) == 0) ||
        (len >= 8 && strncasecmp(s, "sort by:", 8) == 0))
        return 1;
    size_t k;

    dot = memmem(s, len, " \xc2\xb7 ", 4);
    if (dot != NULL)
        return (size_t)(dot - s) <= 40 &&
            parse_date_text(dot + 4, len - (size_t)(dot + 4 - s), &d) > 0;
    /* "Coach Pete - 5/29/2019: Proud of you": a short name, a dash and
     * a date with a colon after it */
    dot = memmem(s, len, " - ", 3);
    if (dot == NULL || dot - s > 30)
        return 0;
    k = (size_t)(dot + 3 - s);
    k += parse_date_text(s + k, len - k, &d);
    return k > (size_t)(dot + 3 - s) && k < len && s[k] == ':';
}

/* Below a comments heading, when the next lines are a thread's
 * furniture, the rest of the page is readers' comments: their dates are
 * no facts of the story. */
static void
mark_comments(struct pctx *c)
{
    size_t i, j, seen;

    for (i = 0; i < c->nlines; i++) {
        if (!content(c, i) || !comments_heading(c->text + c->lines[i].off,
                                                c->lines[i].len,
                                                c->lines[i].words))
            continue;
        for (j = i + 1, seen = 0; j < c->nlines && seen < 4; j++)
            if (content(c, j) && (seen++, thread_line(c->text +
                                                      c->lines[j].off,
                                                      c->lines[j].len)))
                break;
        if (j == c->nlines || seen == 4)
            continue;
        for (j = i; j < c->nlines; j++)
            if (content(c, j))
                c->lines[j].cls = BC_STRONG;
        return;
    }
}

/* "Image caption," alone on its line, as a scrape renders a caption's
 * label: the line after it is the caption. */
static void
mark_labelled_captions(struct pctx *c)
{
    size_t i, j;
    const char *s;

    for (i = 0; i < c->nlines; i++) {
        s = c->text + c->lines[i].off;
        if (!content(c, i) || c->lines[i].cls != BC_CAPTION ||
            c->lines[i].words > 2 ||
            strchr(",:", s[c->lines[i].len - 1]) == NULL)
            continue;
        for (j = i + 1; j < c->nlines && c->lines[j].kind == PL_BLANK; j++)
            ;
        if (j < c->nlines && content(c, j) &&
            c->lines[j].words <= CAPTION_WORDS)
            c->lines[j].cls = BC_CAPTION;
    }
}

/* A page's first line that only its words made residue ("Food bank
 * appeals for donations before winter", "Charity asks public to
 * donate"): five to fifteen words and no sentence is its headline, not
 * an appeal. Furniture by its form (a label, a button, a menu, a stamp,
 * an opening like "Sign up") stays residue. */
static int
appeal_headline(const char *text, const struct pline *l)
{
    const char *s = text + l->off;

    return l->cls == BC_STRONG && l->words >= 5 && l->words <= 15 &&
        !parse_ends_sentence(s, l->len) && !symbol_line(s, l->len) &&
        !ui_line(s, l->len) && !button_line(s, l->len) &&
        !menu_line(s, l->len, l->words) && !stamp_line(s, l->len, l->words) &&
        !parse_lex_prefix(s, l->len);
}

int
parse_boiler(struct pctx *c)
{
    size_t i, first = c->nlines, last = 0;
    int n = 0;

    for (i = 0; i < c->nlines; i++) {
        if (!content(c, i))
            continue;
        c->lines[i].cls = (unsigned char)classify(c->text, &c->lines[i]);
        first = first < i ? first : i;
        last = i;
    }
    if (first < c->nlines && appeal_headline(c->text, &c->lines[first]))
        c->lines[first].cls = BC_NONE;
    mark_labelled_captions(c);
    mark_related_links(c);
    mark_references(c);
    mark_comments(c);
    mark_runs(c);
    if (first < c->nlines)
        mark_blocks(c, first, last);
    mark_sandwiched(c);
    for (i = 0; i < c->nlines; i++)
        if (content(c, i) && dropped(c->lines[i].cls)) {
            c->lines[i].kind = PL_DROP;
            n++;
        }
    return n;
}
