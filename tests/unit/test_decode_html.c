/* SPDX-License-Identifier: MIT */
/* test_decode_html.c - unit tests for reading HTML pages and fragments as text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "decode.h"
#include "parse.h"

#define FIXTURES "tests/fixtures/text/"

/* s through decode_html_text, which must read it; the caller frees. */
static char *
html(const char *s)
{
    char *out = NULL;
    size_t len = 0;

    assert_int_equal(decode_html_text(s, strlen(s), &out, &len), 0);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    return out;
}

#define assert_has(hay, needle) assert_non_null(strstr((hay), (needle)))
#define assert_lacks(hay, needle) assert_null(strstr((hay), (needle)))

static void
test_sniff_documents_and_fragments(void **state)
{
    static const char *const yes[] = {
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\xef\xbb\xbf  <!doctype HTML>\n<title>t</title>",
        "<html>\n<head><title>t</title></head>",
        "<?xml version=\"1.0\"?>\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<meta charset=\"utf-8\">\n<body>\nText\n</body>",
        "<p>One paragraph.</p>",
        "<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>",
        "<div class=\"story\"><p>First.</p><p>Second.</p></div>",
        "Headline\n<p>First.</p>\n<p>Second.</p>\n<p>Third.</p>",
    };
    static const char *const no[] = {
        "",
        "Plain text with no markup at all.\n",
        "The editor wrapped the word in <b> and </b> tags to make it bold, "
        "and <i> for italics, as every <p> opens a paragraph.",
        "From: The Leith Letter <hello@leithletter.example>\nSubject: News",
        "If a < b and c > d then the index rose <5% in March.",
        "<3 the new park, say residents.",
        "Title: Budget\n\nUse <br> for a line break, said the guide.",
    };
    size_t i;

    (void)state;
    for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
        assert_true(decode_html_sniff(yes[i], strlen(yes[i])));
    for (i = 0; i < sizeof no / sizeof no[0]; i++)
        assert_false(decode_html_sniff(no[i], strlen(no[i])));
}

static void
test_document_title_and_date(void **state)
{
    char *t;

    (void)state;
    t = html("<!DOCTYPE html><html><head>"
             "<title>Council approves budget | The Gazette</title>"
             "<meta property=\"og:title\" content=\" Council  approves\n"
             "budget \">"
             "<meta property=\"article:published_time\" "
             "content=\"2024-03-03T10:15:00+01:00\">"
             "<meta name=\"date\" content=\"2020-01-01\">"
             "</head><body><h1>Council approves budget</h1>"
             "<p>The council approved the budget on Tuesday.</p>"
             "</body></html>");
    assert_string_equal(t, "Title: Council approves budget\n"
                        "Date: 2024-03-03T10:15:00+01:00\n\n"
                        "The council approved the budget on Tuesday.");
    free(t);
    /* no og:title: the <h1> that <title> holds, without the site's name */
    t = html("<html><head><title>Rail strike called off - The Gazette"
             "</title></head><body><h1>Rail strike called off</h1>"
             "<time datetime=\"2024-05-02\">May 2</time>"
             "<p>Unions called off the strike.</p></body></html>");
    assert_true(strncmp(t, "Title: Rail strike called off\n"
                        "Date: 2024-05-02\n\n", 48) == 0);
    assert_lacks(t + 48, "Rail strike called off");
    free(t);
    /* an <h1> that is the site's logo loses to <title> */
    t = html("<html><head><title>Rail strike called off</title></head>"
             "<body><h1>The Gazette</h1><p>Unions called off the "
             "strike.</p></body></html>");
    assert_true(strncmp(t, "Title: Rail strike called off\n\n", 31) == 0);
    free(t);
}

static void
test_date_sources(void **state)
{
    char *t;

    (void)state;
    /* JSON-LD beats a plain date meta and the first <time> */
    t = html("<html><head><script type=\"application/ld+json\">"
             "{\"@type\":\"NewsArticle\",\"datePublished\" : "
             "\"2023-11-05T08:00:00Z\"}</script>"
             "<meta name=\"pubdate\" content=\"2023-11-06\"></head>"
             "<body><time datetime=\"2023-11-07\">x</time>"
             "<p>Text.</p></body></html>");
    assert_has(t, "Date: 2023-11-05T08:00:00Z\n");
    assert_lacks(t, "NewsArticle");
    free(t);
    /* itemprop on a <time> */
    t = html("<html><body><p>By Ann <time itemprop=\"datePublished\" "
             "datetime=\"2022-02-02\">Feb 2</time></p></body></html>");
    assert_has(t, "Date: 2022-02-02\n");
    free(t);
    /* not ISO 8601: left to the text's own stamp lines */
    t = html("<html><head><meta name=\"date\" content=\"Tuesday\">"
             "<meta name=\"pubdate\" content=\"03/04/2024\"></head>"
             "<body><p>Text.</p></body></html>");
    assert_lacks(t, "Date:");
    free(t);
    /* the story's <time> before a sidebar's */
    t = html("<html><body><aside><time datetime=\"2020-01-01\">old"
             "</time></aside><article><h1>Head</h1><time datetime="
             "\"2024-06-01\">June 1</time><p>" "Story text here. Story "
             "text here. Story text here. Story text here.</p></article>"
             "</body></html>");
    assert_has(t, "Date: 2024-06-01\n");
    free(t);
}

static void
test_hidden_parts_dropped(void **state)
{
    char *t;

    (void)state;
    t = html("<html><head><style>p { color: red }</style></head><body>"
             "<script>var x = \"<p>not text</p>\";</script>"
             "<noscript>Enable JavaScript</noscript>"
             "<nav><a href=\"/\">Home</a></nav>"
             "<template><p>Template</p></template>"
             "<svg><text>Chart</text></svg>"
             "<iframe src=\"ad.html\">Frame</iframe>"
             "<form action=\"/s\"><input name=q><button>Search</button>"
             "<select><option>One</option></select></form>"
             "<p hidden>Hidden</p><span aria-hidden=\"true\">Icon</span>"
             "<p>Visible text.</p></body></html>");
    assert_string_equal(t, "Visible text.");
    free(t);
}

static void
test_block_structure(void **state)
{
    char *t;

    (void)state;
    t = html("<div><h2>Sub head</h2><p>First <b>bold</b> "
             "<a href=\"#\">link</a>, and<i>joined</i>.</p>"
             "<p>Line one<br>line two<br><br>new paragraph</p>"
             "<ul><li>Item one</li><li>Item <em>two</em></li></ul>"
             "<table><tr><td>A</td><td>B</td></tr><tr><th>C</th>"
             "<td>D</td></tr></table>"
             "<blockquote>Quoted.</blockquote><figure><img src=x>"
             "<figcaption>Caption.</figcaption></figure>"
             "<pre>code  kept\n  indented</pre></div>");
    assert_string_equal(t, "Sub head\n\n"
                        "First bold link, andjoined.\n\n"
                        "Line one\nline two\n\nnew paragraph\n\n"
                        "Item one\nItem two\n\n"
                        "A B\nC D\n\n"
                        "Quoted.\n\n"
                        "code  kept\n  indented\n\n"
                        "Caption.");
    free(t);
}

static void
test_entities(void **state)
{
    char *t;

    (void)state;
    t = html("<p>Mayor&#8217;s plan for trams &amp; buses: &pound;2&nbsp;m "
             "&ndash; &lt;script&gt; is text here &amp;amp; &bogus;</p>");
    assert_string_equal(t, "Mayor\u2019s plan for trams & buses: "
                        "\u00a32\u00a0m \u2013 <script> is text here "
                        "&amp; &bogus;");
    free(t);
}

static void
test_malformed_page(void **state)
{
    char *t;

    (void)state;
    t = html("<html><body><div><p>Unclosed paragraph<p>Second <b>bold "
             "<i>both</b> italic</i></div></div></span>"
             "<p class=unquoted>Third &amp</p><td>Cell<tr>Row"
             "<p>Tail <!-- a comment --> end</p>"
             "<p id='open>Lost to the quote</p><");
    assert_has(t, "Unclosed paragraph\n\nSecond bold both italic");
    assert_has(t, "Third &");
    assert_has(t, "Tail end");
    assert_lacks(t, "comment");
    assert_lacks(t, "<p");
    free(t);
}

/* Lines a scraper wrote above the markup keep their lines, so that its
 * header lines stay header lines. */
static void
test_text_above_markup(void **state)
{
    char *t;

    (void)state;
    t = html("Title: Council approves budget\nDate: 2024-03-03\n"
             "URL: https://example.com/a\n\n"
             "<p>The council approved it.</p>\n<p>Roads get more.</p>\n");
    assert_string_equal(t, "Title: Council approves budget\n"
                        "Date: 2024-03-03\nURL: https://example.com/a\n\n"
                        "The council approved it.\n\nRoads get more.");
    free(t);
    /* the page's own header lines come first */
    t = html("Source: wire\n<html><head><title>Rail strike off</title>"
             "</head><body><p>Unions agreed.</p></body></html>");
    assert_string_equal(t, "Title: Rail strike off\nSource: wire\n\n"
                        "Unions agreed.");
    free(t);
    /* markup among the lines above: all of it is the page's */
    t = html("Intro in <b>bold</b>\nand more\n<p>One.</p>\n");
    assert_string_equal(t, "Intro in bold and more\n\nOne.");
    free(t);
    /* the references above the markup are read as libxml2 reads the
     * page's */
    t = html("Season 7 starts March&nbsp;15 &mdash; here&rsquo;s how\n\n"
             "<b>Maintenance</b>\n");
    assert_string_equal(t, "Season 7 starts March\xc2\xa0" "15 "
                        "\xe2\x80\x94 here\xe2\x80\x99s how\n\n"
                        "Maintenance");
    free(t);
}

/* A plain article that talks about tags stays exactly as it was. */
static void
test_plain_text_untouched(void **state)
{
    static const char text[] =
        "Web standards body revises HTML\n\n"
        "GENEVA - The consortium said on Monday that the <b> and <i> "
        "tags stay, and that <blink> is gone for good.\n\n"
        "Writers should use <em> & <strong>, it said.\n";
    struct decoded d;
    char err[128];

    (void)state;
    assert_int_equal(decode_text(text, strlen(text), &d, err, sizeof err),
                     0);
    assert_false(d.html);
    assert_string_equal(d.text, text);
    decode_free(&d);
}

/* Through decode_text: flagged, NFKC'd, and any encoding decode knows. */
static void
test_decode_text_reads_html(void **state)
{
    /* Windows-1252 bytes under a <meta charset> that says otherwise */
    static const char cp1252[] = "<html><head><meta charset=\"koi8-r\">"
        "<title>Caf\xe9 closes</title></head><body><p>The caf\xe9 "
        "closed \x93" "for good\x94" ".</p></body></html>";
    static const char utf16[] = "\xff\xfe<\0p\0>\0H\0i\0.\0<\0/\0p\0>\0";
    struct decoded d;
    char err[128];

    (void)state;
    assert_int_equal(decode_text(cp1252, strlen(cp1252), &d, err,
                                 sizeof err), 0);
    assert_true(d.html);
    assert_string_equal(d.encoding, "windows-1252");
    assert_string_equal(d.text, "Title: Caf\u00e9 closes\n\n"
                        "The caf\u00e9 closed \u201cfor good\u201d.");
    decode_free(&d);
    assert_int_equal(decode_text(utf16, sizeof utf16 - 1, &d, err,
                                 sizeof err), 0);
    assert_true(d.html);
    assert_string_equal(d.text, "Hi.");
    decode_free(&d);
}

static const char story[] =
    "<!DOCTYPE html><html><head><title>Harbour bridge to reopen</title>"
    "<meta property=\"article:published_time\" content=\"2024-05-14\">"
    "</head><body><header><a href=\"/\">The Gazette</a><nav><ul>"
    "<li>News</li><li>Sport</li></ul></nav></header>"
    "<article><h1>Harbour bridge to reopen</h1>"
    "<p class=\"byline\">By Ada Lyle</p>"
    "<p>The city council approved a plan on Tuesday to rebuild the "
    "Harbour Bridge, which has been closed to lorries since last "
    "summer.</p><p>Work will begin on June 3 and the bridge is expected "
    "to reopen in the first half of 2026, the council said. The "
    "original crossing opened in 1887 and was last strengthened in the "
    "1990s, long before the traffic of today.</p></article>"
    "<footer><p>Copyright 2024 The Gazette. All rights reserved.</p>"
    "</footer></body></html>";

/* Only the <article>: the site's header, menu and footer go. */
static void
test_article_preferred(void **state)
{
    char *t;

    (void)state;
    t = html(story);
    assert_true(strncmp(t, "Title: Harbour bridge to reopen\n"
                        "Date: 2024-05-14\n\nBy Ada Lyle\n\n"
                        "The city council", 67) == 0);
    assert_lacks(t, "Copyright");
    assert_lacks(t, "Sport");
    assert_lacks(t, "The Gazette");
    free(t);
}

/* A teaser <article> in a sidebar is not the story. */
static void
test_small_article_not_the_story(void **state)
{
    char *t;

    (void)state;
    t = html("<html><body><div><p>The whole story is here, in a long "
             "paragraph of its own that goes on for a while. It has more "
             "to say than the teaser beside it, by far, and it goes on "
             "saying it.</p></div><aside><article>Teaser</article>"
             "</aside></body></html>");
    assert_has(t, "The whole story");
    assert_has(t, "Teaser");
    free(t);
}

/* ASP.NET wraps the whole page in one <form>; a search form goes. */
static void
test_page_wide_form_kept(void **state)
{
    char *t;

    (void)state;
    t = html("<html><body><form id=\"aspnetForm\"><form><input>Search"
             "</form><p>One.</p><p>Two.</p><p>Three.</p></form>"
             "</body></html>");
    assert_has(t, "One.\n\nTwo.\n\nThree.");
    free(t);
}

/* The pipeline reads what decode made: title, date, a text without
 * markup. */
static void
test_through_parse(void **state)
{
    struct decoded d;
    struct parse_doc doc;
    char err[128];

    (void)state;
    assert_int_equal(decode_text(story, strlen(story), &d, err, sizeof err),
                     0);
    assert_int_equal(parse_document(d.text, d.len, &doc), 0);
    assert_string_equal(doc.title, "Harbour bridge to reopen");
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_int_equal(doc.date.y, 2024);
    assert_int_equal(doc.date.m, 5);
    assert_int_equal(doc.date.d, 14);
    assert_lacks(doc.body, "<");
    assert_has(doc.body, "approved a plan on Tuesday");
    parse_free(&doc);
    decode_free(&d);
}

/* A long title is cut between characters. */
static void
test_long_title_cut(void **state)
{
    char page[2048], *t, *nl;
    size_t i, n;

    (void)state;
    n = (size_t)snprintf(page, sizeof page, "<html><head><title>");
    for (i = 0; i < 200; i++)
        n += (size_t)snprintf(page + n, sizeof page - n, "\u00e9");
    snprintf(page + n, sizeof page - n, "</title></head><p>x</p>");
    t = html(page);
    nl = strchr(t, '\n');
    assert_non_null(nl);
    assert_int_equal(nl - t, 7 + 300);
    free(t);
}

static double
now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 200,000 nested elements, forms nested in forms and 4 MB of paragraphs:
 * no crash, and done in time (libxml2 stops at depth 256; our walks use
 * no stack; a form's look for paragraphs is bounded). */
static void
test_deep_and_huge(void **state)
{
    static const char *const open[] = {"<div>", "<b>", "<li>", "<td>"};
    size_t i, k, n, cap = 4u << 20;
    char *page = malloc(cap + 64), *t;
    double t0;

    (void)state;
    assert_non_null(page);
    for (k = 0; k < sizeof open / sizeof open[0]; k++) {
        for (n = 0, i = 0; i < 200000; i++, n += strlen(open[k]))
            memcpy(page + n, open[k], strlen(open[k]));
        memcpy(page + n, "deep", 5);
        t0 = now();
        free(html(page));
        assert_true(now() - t0 < 5.0);
    }
    /* forms in forms, their paragraphs at the bottom */
    for (n = 0, i = 0; i < 127; i++, n += 11)
        memcpy(page + n, "<div><form>", 11);
    for (; n + 80 < cap; n += 23)
        memcpy(page + n, "<span>word word</span> ", 23);
    memcpy(page + n, "<p>a</p><p>b</p><p>c</p>", 25);
    t0 = now();
    free(html(page));
    assert_true(now() - t0 < 5.0);
    for (n = 0; n + 40 < cap; n += 37)
        memcpy(page + n, "<p>Paragraph of text, on and on.</p>\n", 37);
    page[n] = '\0';
    t0 = now();
    t = html(page);
    assert_true(now() - t0 < 10.0);
    assert_true(strncmp(t, "Paragraph of text, on and on.\n\nParagraph", 40)
                == 0);
    free(t);
    free(page);
}

/* Our fixture: a saved page with its scripts, menu and footer. */
static void
test_fixture_page(void **state)
{
    FILE *f = fopen(FIXTURES "page.html", "rb");
    char raw[16384], err[128];
    struct decoded d;
    size_t len;

    (void)state;
    assert_non_null(f);
    len = fread(raw, 1, sizeof raw, f);
    fclose(f);
    assert_int_equal(decode_text(raw, len, &d, err, sizeof err), 0);
    assert_true(d.html);
    assert_lacks(d.text, "<");
    assert_lacks(d.text, "gtag");
    assert_has(d.text, "Title: ");
    assert_has(d.text, "Date: ");
    decode_free(&d);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sniff_documents_and_fragments),
        cmocka_unit_test(test_document_title_and_date),
        cmocka_unit_test(test_date_sources),
        cmocka_unit_test(test_hidden_parts_dropped),
        cmocka_unit_test(test_block_structure),
        cmocka_unit_test(test_entities),
        cmocka_unit_test(test_malformed_page),
        cmocka_unit_test(test_text_above_markup),
        cmocka_unit_test(test_plain_text_untouched),
        cmocka_unit_test(test_decode_text_reads_html),
        cmocka_unit_test(test_article_preferred),
        cmocka_unit_test(test_small_article_not_the_story),
        cmocka_unit_test(test_page_wide_form_kept),
        cmocka_unit_test(test_through_parse),
        cmocka_unit_test(test_long_title_cut),
        cmocka_unit_test(test_deep_and_huge),
        cmocka_unit_test(test_fixture_page),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
