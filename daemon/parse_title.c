/* SPDX-License-Identifier: MIT */
/* parse_title.c - decide whether the first line of a story is its title. */
#include <stdlib.h>
#include <string.h>

#include "parse_int.h"

#define TITLE_MAX_BYTES 200
#define TITLE_MAX_WORDS 25
#define MENU_LINES 2       /* dropped lines that make the residue a menu */

/* A title is short, does not close like a sentence or a lead-in (. : ; ,),
 * and is not a photo caption. words: as parse_count_words. */
static int
title_shape(const char *s, size_t len, size_t words)
{
    unsigned char last;

    if (len == 0 || len > TITLE_MAX_BYTES || words > TITLE_MAX_WORDS ||
        words == 0)
        return 0;
    last = (unsigned char)s[len - 1];
    if (last == ':' || last == ';' || last == ',' ||
        (parse_ends_sentence(s, len) && last != '?' && last != '!'))
        return 0;
    return !parse_caption_words(s, len, words);
}

/* A page's residue can leave a line above its headline (a masthead's
 * tagline over its menu). When a menu's dropped lines part line i from a line
 * that stands over a byline or a time stamp, that line is the headline
 * and i is residue. Returns the headline's index. */
static size_t
headline_under_residue(const struct pctx *c, size_t i)
{
    size_t j = i + 1, k;
    int dropped = 0;

    for (; j < c->nlines && (c->lines[j].kind == PL_BLANK ||
                             c->lines[j].kind == PL_DROP); j++)
        dropped += c->lines[j].kind == PL_DROP;
    /* a menu, not one "Share this article" under a headline that a
     * standfirst follows */
    if (dropped < MENU_LINES || j >= c->nlines ||
        c->lines[j].kind != PL_BODY)
        return i;
    for (k = j + 1; k < c->nlines && c->lines[k].kind == PL_BLANK; k++)
        ;
    return k < c->nlines && c->lines[k].kind == PL_HEADER ? j : i;
}

/* A masthead over the headline: a line of a few words with no digit,
 * which the page names again below (a photo credit "(Austral News: Tom
 * Reid)", a copyright line), right over a longer line shaped like a
 * title. Returns the headline's index, or i. */
static size_t
headline_under_masthead(const struct pctx *c, size_t i)
{
    const struct pline *l = &c->lines[i], *h;
    const char *s = c->text + l->off;
    size_t j, k, end = c->lines[c->nlines - 1].off +
        c->lines[c->nlines - 1].len;

    if (l->words == 0 || l->words > 3 || memchr(s, ' ', l->len) == NULL)
        return i;
    for (k = 0; k < l->len; k++)
        if (s[k] >= '0' && s[k] <= '9')
            return i;
    for (j = i + 1; j < c->nlines && c->lines[j].kind == PL_BLANK; j++)
        ;
    if (j >= c->nlines || c->lines[j].kind != PL_BODY)
        return i;
    h = &c->lines[j];
    if (h->words <= l->words + 2 ||
        !title_shape(c->text + h->off, h->len, h->words) ||
        memmem(c->text + h->off + h->len, end - h->off - h->len, s,
               l->len) == NULL)
        return i;
    return j;
}

#define OVER_BYLINE_LINES 14  /* how far down a byline may stand */

/* s[0..len) has figures, none of them a run of three or more (a
 * channel's number, not a year or a date). */
static int
short_figures(const char *s, size_t len)
{
    size_t i, run = 0, seen = 0;

    for (i = 0; i < len; i++) {
        run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
        seen += run > 0;
        if (run >= 3)
            return 0;
    }
    return seen > 0;
}

/* A line of page furniture over a headline: a section's or a site's name
 * of a few capitalised words ("Ireland", "National Weather Desk", "Ad
 * Feedback", "WKNB 8 NEWS"), or a ticker behind a label in capitals
 * ("BREAKING: ...", "WATCH LIVE: ..."). */
static int
furniture_over_headline(const char *s, size_t len, size_t words)
{
    size_t i = 0;

    while (i < len && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == ' '))
        i++;
    if (i >= 4 && i < len && s[i] == ':')
        return 1;
    while (i < len && ((s[i] >= 'A' && s[i] <= 'Z') || s[i] == ' ' ||
                       (s[i] >= '0' && s[i] <= '9')))
        i++;            /* i == len: capitals and figures only */
    if (words == 0 || words > 4)
        return 0;
    if (i == len && short_figures(s, len))
        return 1;       /* a station's masthead: "WKNB 8 NEWS" */
    for (i = 0; i < len; i++)
        if ((s[i] >= '0' && s[i] <= '9') ||
            ((i == 0 || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z'))
            return 0;
    return 1;
}

/* Whether line k is the byline or the time stamp under a headline: a
 * header line, or a dropped one that opens with a stamp's key ("Posted 3
 * hours ago"). */
static int
byline_or_stamp(const struct pctx *c, size_t k)
{
    const struct pline *l = &c->lines[k];
    bool published;

    return l->kind == PL_HEADER || (l->kind == PL_DROP &&
        parse_stamp_key(c->text + l->off, l->len, &published) > 0);
}

/* A line shaped like a headline at j, of five words or more. */
static int
headline_line(const struct pctx *c, size_t j)
{
    const struct pline *l = &c->lines[j];

    return l->kind == PL_BODY && l->words >= 5 &&
        title_shape(c->text + l->off, l->len, l->words);
}

/* "Leeds & West Yorkshire" over a stamp at k over the headline, and the
 * headline over a share bar: a section's page of 2012. A short headline
 * over a stamp and a standfirst keeps its place (nothing dropped follows
 * the standfirst). Returns the headline's index, or i. */
static size_t
headline_under_stamp(const struct pctx *c, size_t i, size_t k)
{
    size_t j, m;

    if (!furniture_over_headline(c->text + c->lines[i].off, c->lines[i].len,
                                 c->lines[i].words))
        return i;
    for (j = k + 1; j < c->nlines && (c->lines[j].kind == PL_BLANK ||
                                      byline_or_stamp(c, j)); j++)
        ;
    if (j >= c->nlines || !headline_line(c, j))
        return i;
    for (m = j + 1; m < c->nlines && c->lines[m].kind == PL_BLANK; m++)
        ;
    return m < c->nlines && c->lines[m].kind == PL_DROP ? j : i;
}

/* Every body line from i up to j is furniture over a headline. */
static int
furniture_from(const struct pctx *c, size_t i, size_t j)
{
    size_t m;

    for (m = i; m < j; m++)
        if (c->lines[m].kind == PL_BODY &&
            !furniture_over_headline(c->text + c->lines[m].off,
                                     c->lines[m].len, c->lines[m].words))
            return 0;
    return 1;
}

/* A page whose headline stands under a site's name, a section's or a
 * ticker: the line right over the first byline or stamp is the headline
 * when every line from i to it is such furniture. Returns its index. */
static size_t
headline_over_byline(const struct pctx *c, size_t i)
{
    size_t k, j;

    for (k = i + 1; k < c->nlines && k <= i + OVER_BYLINE_LINES &&
                    !byline_or_stamp(c, k); k++)
        ;
    if (k >= c->nlines || k > i + OVER_BYLINE_LINES)
        return i;
    for (j = k; j > i && c->lines[j - 1].kind == PL_BLANK; j--)
        ;
    if (j == i + 1)
        return headline_under_stamp(c, i, k);
    if (j-- <= i + 1 || !headline_line(c, j))
        return i;
    if (furniture_from(c, i, j))
        return j;
    /* ... or over a standfirst over the byline ("Record 2.1 million
     * voters cast ballots" / "Elections Canada says ..." / "Marie-Claude
     * Dufresne · Posted: ...") */
    for (k = j; k > i && c->lines[k - 1].kind == PL_BLANK; k--)
        ;
    return k-- > i + 1 && headline_line(c, k) && furniture_from(c, i, k) ?
        k : i;
}

/* "# Rail strike called off": a Markdown heading's marks, and the
 * blank after them, are no part of the title. Their length. */
static size_t
markdown_hashes(const char *s, size_t len)
{
    size_t i = 0;

    while (i < len && i < 6 && s[i] == '#')
        i++;
    return i > 0 && i < len && s[i] == ' ' ? i + 1 : 0;
}

int
parse_title(struct pctx *c, struct parse_doc *doc)
{
    size_t i, j, hashes;
    struct pline *l;

    if (doc->title != NULL)
        return 0;       /* a "Title:" header said so */
    for (i = 0; i < c->nlines && c->lines[i].kind != PL_BODY; i++)
        ;
    if (i == c->nlines)
        return 0;
    if ((j = headline_over_byline(c, i)) != i) {
        for (; i < j; i++)
            if (c->lines[i].kind == PL_BODY) {
                c->lines[i].kind = PL_DROP;
                doc->boilerplate_lines++;
            }
    } else if ((j = headline_under_residue(c, i)) != i ||
               (j = headline_under_masthead(c, i)) != i) {
        c->lines[i].kind = PL_DROP;
        doc->boilerplate_lines++;
        i = j;
    }
    l = &c->lines[i];
    for (j = i + 1; j < c->nlines && c->lines[j].kind != PL_BODY; j++)
        ;
    /* An inline header's line continues with the story ("... MOSCOW –
     * Chinese President ..."), unless what follows it is a title standing
     * alone above a blank line or over the dateline that opens the story
     * (" date 2011-01-04 Coalition deadline set\nPORT AUREL - The"). */
    if (l->rest && (j == i + 1 || c->lines[i + 1].kind != PL_BLANK) &&
        !(j == i + 1 && j < c->nlines &&
          parse_opens_dateline(c->text + c->lines[j].off, c->lines[j].len)))
        return 0;
    if (j == c->nlines || !title_shape(c->text + l->off, l->len, l->words))
        return 0;   /* a lone line is the story, not its title */
    if (j == i + 1 && c->text[c->lines[j].off] >= 'a' &&
        c->text[c->lines[j].off] <= 'z')
        return 0;   /* hard-wrapped: the sentence runs on */
    hashes = markdown_hashes(c->text + l->off, l->len);
    doc->title = strndup(c->text + l->off + hashes, l->len - hashes);
    if (doc->title == NULL)
        return -1;
    l->kind = PL_TITLE;
    return 0;
}
