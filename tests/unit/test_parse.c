/* SPDX-License-Identifier: MIT */
/* test_parse.c - unit tests for headers, titles, datelines and sentences. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>
#include <jansson.h>

#include "decode.h"
#include "parse.h"
#include "../../daemon/parse_int.h"

#define FIXTURES "tests/fixtures/text/"
#define SEEDS "../shared/seeds/"

/* Decode and parse a file; returns -1 when it is not there. */
static int
load(const char *path, struct decoded *d, struct parse_doc *doc)
{
    FILE *f = fopen(path, "rb");
    char buf[65536], err[128];
    size_t n;

    if (f == NULL)
        return -1;
    n = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    assert_int_equal(decode_text(buf, n, d, err, sizeof(err)), 0);
    assert_int_equal(parse_document(d->text, d->len, doc), 0);
    return 0;
}

static void
fixture(const char *name, struct decoded *d, struct parse_doc *doc)
{
    char path[256];

    snprintf(path, sizeof(path), FIXTURES "%s", name);
    assert_int_equal(load(path, d, doc), 0);
}

static void
parse_str(const char *s, struct parse_doc *doc)
{
    assert_int_equal(parse_document(s, strlen(s), doc), 0);
}

static void
done(struct decoded *d, struct parse_doc *doc)
{
    parse_free(doc);
    decode_free(d);
}

static void
assert_date(struct caldate c, int y, int m, int d)
{
    assert_int_equal(c.y, y);
    assert_int_equal(c.m, m);
    assert_int_equal(c.d, d);
}

/* Sentence i of doc equals want. */
static void
assert_sentence(const struct parse_doc *doc, size_t i, const char *want)
{
    assert_true(i < doc->nsentences);
    assert_int_equal(doc->sentences[i].len, strlen(want));
    assert_memory_equal(doc->body + doc->sentences[i].off, want,
                        strlen(want));
}

static void
test_date_text_forms(void **state)
{
    static const struct {
        const char *s;
        int y, m, d;
    } ok[] = {
        {"2023-03-04", 2023, 3, 4},
        {"2023-03-04T10:00:00Z", 2023, 3, 4},
        {"2023/03/04 10:00", 2023, 3, 4},
        {"Sat, 04 Mar 2023 10:00:00 +0000", 2023, 3, 4},
        {"March 4, 2023", 2023, 3, 4},
        {"Mar. 4 2023", 2023, 3, 4},
        {"4 March 2023", 2023, 3, 4},
        {"4th March, 2023", 2023, 3, 4},
        {"Saturday, March 4, 2023, 9:15 am", 2023, 3, 4},
        {"  Sept. 15, 2021", 2021, 9, 15},
        {"21.03.2023 14:32", 2023, 3, 21},     /* dots: day first */
        {"03/21/2023", 2023, 3, 21},           /* the order shows */
        {"21/03/2023", 2023, 3, 21},
        {"4-4-2023", 2023, 4, 4},
    };
    static const char *const bad[] = {
        "", "February 30, 2023", "March 2023", "2023-13-01", "20230304",
        "March 4", "the council said", "4 Marchy 2023",
        "03/04/2023", "31.02.2023", "1/2/20231", "21.03.23",
    };
    struct caldate c;
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        assert_true(parse_date_text(ok[i].s, strlen(ok[i].s), &c) > 0);
        assert_date(c, ok[i].y, ok[i].m, ok[i].d);
    }
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        assert_int_equal(parse_date_text(bad[i], strlen(bad[i]), &c), 0);
}

static void
test_inline_header(void **state)
{
    struct decoded d;
    struct parse_doc doc;

    (void)state;
    fixture("inline_header.txt", &d, &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2024, 5, 2);
    assert_null(doc.title);
    assert_string_equal(doc.dateline, "LISBON");
    assert_true(strncmp(doc.body, "The city's tram operator said", 29) == 0);
    assert_int_equal(doc.npara, 3);
    assert_int_equal(doc.boilerplate_lines, 0);
    done(&d, &doc);
}

/* A page's time stamp on a line of its own above the story gives the
 * date; the same line after a paragraph, or prose that opens with a
 * date, does not. */
static void
test_stamp_lines(void **state)
{
    static const char *const stamps[] = {
        "Sunday 9 February 2025", "Sun 9 Feb 2025 14.32 GMT",
        "Updated 3:45 PM EST, Sun February 9, 2025",
        "Published 3:45 p.m. ET Feb. 9, 2025 | Updated 4:10 p.m. ET",
        "February 9, 2025 at 3:45 p.m. EST", "By Tom Adair | February 9, 2025",
        "Posted on February 9, 2025 by admin", "2025-02-09 14:32",
        "February 9, 2025 5:04 PM GMT+8 Updated 2 hours ago",
        "2025-02-09T14:32:00Z", "Published 09.02.2025 14:32",
        "Tom Adair \u00b7 Feb 9, 2025 \u00b7 4 min read",
        "February 9, 2025 / 5:04 PM / Updated 2 years ago",
        "Issued on: 09.02.2025 - 14:32",
        "PUBLISHED: 14:32 GMT, 9 February 2025 | UPDATED: 16:01 GMT, "
        "9 February 2025",
        "Last Modified: Sun, Feb 9 2025 11:32 AM", "9 February 2025",
        "Posted Sun 9 Feb 2025 at 5:38am, updated Sun 9 Feb 2025 at 2:14pm",
    };
    struct parse_doc doc;
    char buf[256];
    size_t i;

    (void)state;
    for (i = 0; i < sizeof stamps / sizeof *stamps; i++) {
        snprintf(buf, sizeof buf, "Rovers stun leaders\n\n%s\n\n"
                 "Rovers beat the leaders on Saturday.\n", stamps[i]);
        parse_str(buf, &doc);
        assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
        assert_date(doc.date, 2025, 2, 9);
        assert_true(strncmp(doc.body, "Rovers beat", 11) == 0);
        parse_free(&doc);
    }
    parse_str("Rovers stun leaders\n\nFebruary 9, 2025 marks a turning "
              "point.\n\nRovers won.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    /* a count before the date is no clock: a column's heading */
    parse_str("Rovers stun leaders\n\n100 YEARS AGO: Feb. 9, 1925\n\n"
              "Rovers won.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    assert_non_null(strstr(doc.body, "100 YEARS AGO"));
    parse_free(&doc);
    /* a bare date followed by other dated lines heads a timeline */
    parse_str("Timeline: how the crisis unfolded\n\nMarch 11, 2011\n\n"
              "An earthquake struck.\n\nMarch 12\n\nA reactor exploded."
              "\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    /* an order nobody can tell is no date */
    parse_str("Rovers stun leaders\n\nPosted on 03/04/2025\n\n"
              "Rovers won.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    parse_str("Rovers stun leaders\n\nBy Tom Adair\nFebruary 9, 2025\n\n"
              "Rovers won.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_true(doc.date_loose);
    parse_free(&doc);
    parse_str("Rovers stun leaders\n\nJanuary 6, 2021 by the numbers\n\n"
              "Rovers won.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    /* a first publication beats an update; a key makes it no loose one */
    parse_str("Rovers stun leaders\n\nUpdated February 9, 2025\n"
              "Published: February 1, 2025\n\nRovers won.\n", &doc);
    assert_date(doc.date, 2025, 2, 1);
    assert_false(doc.date_loose);
    parse_free(&doc);
    parse_str("July 20, 1969\n\nThe lunar module landed that evening, and "
              "millions watched it live on television around the world.\n",
              &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    parse_str("Rovers stun leaders\n\nRovers beat the leaders on Saturday to "
              "reach the semi-finals of the county cup for the first time "
              "since the club was founded.\n\nUpdated 3 March 2019\n",
              &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    /* under a standfirst long enough to pass for the story, a stamp
     * with a key or a clock is furniture: too late to date the page,
     * and no text of the story */
    parse_str("Rovers stun leaders\n\nThe club's young side beat the "
              "leaders in front of a record crowd and now face a first "
              "semi-final in forty years\n\nFirst published on Sun 9 Feb "
              "2025 22.30 GMT\n\nRovers won.\n", &doc);
    assert_null(strstr(doc.body, "published"));
    assert_non_null(strstr(doc.body, "Rovers won."));
    parse_free(&doc);
}

/* A stamp line with no key word that falls after the file's own date is
 * no publication date. */
static void
test_loose_stamp_after_file(void **state)
{
    struct parse_doc doc;
    struct caldate out, ref = {2024, 6, 29};

    (void)state;
    parse_str("Rovers stun leaders\n\nThursday 4 July 2024\n\n"
              "Rovers won.\n", &doc);
    assert_int_equal(parse_doc_date(&doc, ref, &out), PARSE_DATE_NONE);
    assert_date(out, 2024, 6, 29);
    parse_free(&doc);
    parse_str("Rovers stun leaders\n\nThursday 27 June 2024\n\n"
              "Rovers won.\n", &doc);
    assert_int_equal(parse_doc_date(&doc, ref, &out), PARSE_DATE_HEADER);
    assert_date(out, 2024, 6, 27);
    parse_free(&doc);
}

/* Dates that belong to a cookie notice, an event's box or a diary's
 * headings do not date the page (QA pass on reading). */
static void
test_dates_that_are_not_the_pages(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Your privacy choices\nLast updated: 12 January 2023\n"
              "We and our partners use cookies to store information on "
              "your device. You can manage your choices at any time.\n"
              "I accept\n\nHarbour town votes to ban cruise ships\n\n"
              "Councillors voted on Monday to ban cruise ships.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    /* ... but a page's "Published:" line above a cookie banner is its */
    parse_str("Published: 13 March 2015\nMenu | Home | UK | World\n"
              "This site uses cookies. Find out more | OK, got it\n\n"
              "Key dates before the election\n\nBritain goes to the polls "
              "on May 7, and the parties have eight weeks left.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2015, 3, 13);
    parse_free(&doc);
    parse_str("Village fete returns\n\nThe fete will return this summer, "
              "organisers said on Tuesday.\n\nDate: Saturday 8 June 2024\n"
              "Time: 10am to 4pm\nVenue: The Green\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    parse_str("Election campaign diary\n\nThe campaign entered its final "
              "week on Monday.\n\nTuesday 28 May 2024\nThe prime minister "
              "visited Derby.\n\nWednesday 29 May 2024\nThe opposition "
              "leader spoke in Manchester.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    assert_non_null(strstr(doc.body, "Wednesday 29 May 2024"));
    parse_free(&doc);
    /* a Markdown heading's marks are no part of the title */
    parse_str("# Rail strike called off\n\nThe strike was called off on "
              "Monday night, the union said.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Rail strike called off");
    parse_free(&doc);
    /* a headline that an appeal's words would make residue */
    parse_str("Food bank appeals for donations before winter\n\nThe food "
              "bank said on Wednesday its shelves were empty.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title,
                        "Food bank appeals for donations before winter");
    parse_free(&doc);
    /* a marked stamp over the headline dates the page; a plain date on
     * top may be the headline itself */
    parse_str("Monday 4 March 2024\nTalks resume\n\nOfficials met on "
              "Monday.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2024, 3, 4);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Talks resume");
    parse_free(&doc);
    parse_str("July 20, 1969\nThe Eagle has landed\n\nMen walked on the "
              "moon.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    /* a page's first publication dates it, before or after its update */
    parse_str("Talks resume\nUpdated 12 March 2024 | First published 1 March "
              "2024\n\nOfficials met on Friday.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2024, 3, 1);
    parse_free(&doc);
    parse_str("Talks resume\nFirst published on Fri 1 Mar 2024 10.00 GMT, "
              "last modified on Tue 12 Mar 2024 09.00 GMT\n\nOfficials met "
              "on Friday.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2024, 3, 1);
    parse_free(&doc);
    /* an e-mail saved as text: its headers are headers, its subject the
     * headline */
    parse_str("From: \"Newsdesk\" <news@example.org>\nTo: editors@example."
              "org\nSubject: Port strike ends after three weeks\nDate: Fri, "
              "8 Mar 2024 17:45:12 +0100\n\nROTTERDAM \u2013 Dock workers "
              "voted on Thursday to end the strike.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Port strike ends after three weeks");
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_non_null(doc.dateline);
    assert_null(strstr(doc.body, "editors@"));
    parse_free(&doc);
    /* a results list under the sentence that introduces it is story */
    parse_str("Council election results\n\nResults of Thursday's council "
              "election, announced on Friday:\nLabour 24\nConservative 12\n"
              "Liberal Democrat 8\nGreen 3\nTurnout was 31%, down from 35% "
              "in 2019.\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 0);
    assert_non_null(strstr(doc.body, "announced on Friday"));
    assert_non_null(strstr(doc.body, "Liberal Democrat 8"));
    parse_free(&doc);
    /* a section's path with one crumb is no headline; the paper's own
     * one-sentence lead in the first person is story */
    parse_str("Skip to main content\nNews | Sport | Culture | Jobs\n"
              "Culture \u203a What's On\n"
              "What's on in Dublin: Bloomsday on Thursday and a swim\n"
              "Share: Facebook | X | WhatsApp | Email\n\n"
              "Our pick of the best things to do in and around the city "
              "this weekend and next week, with Bloomsday on Thursday and "
              "Father's Day on the Sunday after it.\n\nFRIDAY 10 JUNE\n"
              "Tonight the festival opens.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title,
                        "What's on in Dublin: Bloomsday on Thursday and a swim");
    assert_non_null(strstr(doc.body, "Our pick of the best"));
    parse_free(&doc);
    /* consent buttons and ad furniture are no headline; an Indian
     * agency's dateline has no dash */
    parse_str("I accept\nManage options\nScroll to continue with content\n"
              "Bridge to close for repairs\n\nNEW DELHI, March 3 (PTI) "
              "The bridge will close for two nights from Monday.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Bridge to close for repairs");
    assert_non_null(doc.dateline);
    assert_string_equal(doc.dateline, "NEW DELHI");
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    assert_int_equal(doc.dateline_date.m, 3);
    assert_string_equal(doc.dateline_agency, "PTI");
    assert_null(strstr(doc.body, "(PTI)"));
    parse_free(&doc);
    /* a byline of a name and a reporter's title, then the dateline */
    parse_str("Line delayed to 2039\n\nNg Wei Ling, Transport Correspondent"
              "\n\nSINGAPORE - The second stage of the line will open in "
              "2039, the authority said on Friday.\n", &doc);
    assert_non_null(doc.dateline);
    assert_string_equal(doc.dateline, "SINGAPORE");
    assert_null(strstr(doc.body, "Correspondent"));
    parse_free(&doc);
    /* a notice that speaks to its reader under a desk's stamp is the
     * story, not an appeal beside the page's menu */
    parse_str("Skip to content\nConnect - the staff intranet\n"
              "Home | My Work | HR & Benefits | IT Help\n"
              "Home > HR & Benefits > News\n\n"
              "Open enrollment opens Nov. 3\n\n"
              "Posted 10/21/2036 10:00 AM CT by the Benefits Team | 4 min "
              "read\n\nOpen enrollment for medical and dental coverage "
              "opens on Monday, Nov. 3. If you do not choose a plan by Nov. "
              "14, you will be placed in the default plan and your account "
              "contribution of $1,000 will stop.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Open enrollment opens Nov. 3");
    assert_non_null(strstr(doc.body, "If you do not choose a plan"));
    parse_free(&doc);
    /* keyed stamps that leave out the year, and a byline whose title is
     * written in lower case, are furniture */
    parse_str("Deposit rules\n\nPosted 16 Feb, 09:40 | By Harriet Osei, "
              "legal correspondent\n\nThe rules start on 1 April, the "
              "minister said on Monday.\n", &doc);
    assert_null(strstr(doc.body, "16 Feb"));
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
    /* ... and the key may come after the byline */
    parse_str("Hale a doubt for homecoming\n\nBy Ana Ruiz, Sports Editor | "
              "Posted Oct. 13 at 4:12 p.m.\n\nThe coach said on Tuesday "
              "that the quarterback would be assessed on Friday.\n", &doc);
    assert_null(strstr(doc.body, "Oct. 13"));
    assert_non_null(strstr(doc.body, "assessed on Friday"));
    parse_free(&doc);
    parse_str("Tender notice\n\nLast Updated: May 26 | 02:05 PM IST\n\n"
              "Bids close on June 16, the authority said on Monday.\n", &doc);
    assert_null(strstr(doc.body, "May 26"));
    parse_free(&doc);
    /* a place, its country, the date and the agency after a comma */
    parse_str("Carnival arrests down\n\nPORT OF SPAIN, Trinidad, Feb 26, "
              "CMC - Police reported fewer arrests over the two days of "
              "Carnival this year.\n", &doc);
    assert_non_null(doc.dateline);
    assert_string_equal(doc.dateline, "PORT OF SPAIN, Trinidad");
    assert_int_equal(doc.dateline_date.d, 26);
    assert_string_equal(doc.dateline_agency, "CMC");
    parse_free(&doc);
    /* the Kenya News Agency's dateline: a place and a weekday */
    parse_str("Town ready for Jamhuri Day\n\nKisumu, Friday - Preparations "
              "for Monday's celebrations are complete, officials said.\n",
              &doc);
    assert_non_null(doc.dateline);
    assert_string_equal(doc.dateline, "Kisumu");
    assert_null(strstr(doc.body, "Friday"));
    parse_free(&doc);
    /* a keyed stamp whose figures read as two dates is furniture that
     * dates nothing */
    parse_str("Cap lifted as first workers arrive\n\nPosted 03/10/2033 "
              "6:05pm\nBy Mere Hohaia\n\nThe Government has lifted the cap "
              "on the scheme, the minister announced on Friday.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    assert_null(strstr(doc.body, "03/10/2033"));
    parse_free(&doc);
    /* related links dated in figures under their heading */
    parse_str("Schools add holidays\n\nThe city announced its new school "
              "calendar on Wednesday, adding Diwali and Lunar New Year as "
              "holidays for the first time, officials told parents across "
              "the five boroughs in a letter.\n\nRelated:\nFG declares "
              "two-day break for Eid-el-Fitr (04/07/2016)\nRam sellers "
              "count losses as prices soar (26/08/2016)\n", &doc);
    assert_null(strstr(doc.body, "04/07/2016"));
    assert_null(strstr(doc.body, "Ram sellers"));
    parse_free(&doc);
    /* ... and with the date after the headline, no brackets */
    parse_str("Witnesses sought\n\nPolice are appealing for witnesses "
              "after a man was assaulted in the early hours of Sunday on a "
              "street near the city centre, officers said in a statement "
              "on Monday.\n\nMore news from Birmingham\nMan charged after "
              "robbery 24/08/2046\nWeek of action on knife crime "
              "02/09/2046\n", &doc);
    assert_null(strstr(doc.body, "24/08/2046"));
    assert_null(strstr(doc.body, "Week of action"));
    parse_free(&doc);
    /* ... and with a day and month only, as this year's lists give them */
    parse_str("Landslides cut rail line\n\nHeavy rain triggered landslides "
              "that cut the railway to the citadel on Sunday, stranding "
              "hundreds of visitors, officials said in a statement issued "
              "late in the evening.\n\nREAD MORE\nFloods: 40 dead as "
              "rivers burst banks (25 Feb)\nVisitor cap comes into force "
              "(Oct. 1)\n", &doc);
    assert_null(strstr(doc.body, "25 Feb"));
    assert_null(strstr(doc.body, "Visitor cap"));
    assert_non_null(strstr(doc.body, "on Sunday"));
    parse_free(&doc);
    /* a travel-advice page's keyed stamps, at the top and the foot */
    parse_str("Travel Advice: Peru\n\nStill current at: 02 March 2033 | "
              "Last updated: 01/03/2033\n\nTransport unions announced on "
              "Monday a nationwide strike from Friday 4 to Sunday 6 March. "
              "Bus services between cities are likely to be cancelled, and "
              "roadblocks are expected on the highway.\n\nThe trail is "
              "closed every February for maintenance.\n\n"
              "Page first published: 14/11/2019\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2033, 3, 2);
    assert_null(strstr(doc.body, "first published"));
    parse_free(&doc);
    /* a stamp with nothing like it elsewhere is still the page's */
    parse_str("Talks resume\n\nTuesday 28 May 2024\n\nOfficials met on "
              "Monday to restart talks.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    parse_free(&doc);
}

/* A wire story as a scraper saves the page: a masthead's tagline over
 * a menu, the headline, a byline, a stamp whose spans ran together
 * ("20235:12 AM GMTUpdated"), a caption, then the dateline. */
static void
test_wire_page(void **state)
{
    struct decoded d;
    struct parse_doc doc;

    (void)state;
    fixture("web_wire_page.txt", &d, &doc);
    assert_string_equal(doc.title, "Grain exporters brace for port strike "
                        "from Thursday, union says");
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2023, 3, 14);
    assert_string_equal(doc.dateline, "LISBON");
    assert_true(strncmp(doc.body, "Dock workers at three", 21) == 0);
    assert_null(strstr(doc.body, "Exclusive news"));
    assert_null(strstr(doc.body, "Updated"));
    done(&d, &doc);
}

static void
test_header_lines(void **state)
{
    struct decoded d;
    struct parse_doc doc;

    (void)state;
    /* Published beats Updated; the title follows the header block. */
    fixture("header_rfc2822.txt", &d, &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2024, 5, 7);
    assert_string_equal(doc.title, "Ferry fares to rise in June");
    assert_true(strncmp(doc.body, "The island ferry", 16) == 0);
    done(&d, &doc);
    fixture("header_english.txt", &d, &doc);
    assert_date(doc.date, 2023, 3, 4);
    assert_string_equal(doc.title, "Orchard growers count frost damage");
    assert_true(strncmp(doc.body, "Apple growers", 13) == 0);
    done(&d, &doc);
    /* After an inline header: a title above a blank line, else story. */
    parse_str(" date 2024-02-01 Tram line reopens\n\nThe tram runs again.\n",
              &doc);
    assert_string_equal(doc.title, "Tram line reopens");
    assert_date(doc.date, 2024, 2, 1);
    parse_free(&doc);
    parse_str(" date 2024-02-01 Tram line reopens\nThe tram runs again.\n",
              &doc);
    assert_null(doc.title);
    parse_free(&doc);
    /* A byline is no title. */
    parse_str("By Jane Doe and Li Wei\n\nThe port reopened on Monday.\n",
              &doc);
    assert_null(doc.title);
    assert_string_equal(doc.body, "The port reopened on Monday.");
    parse_free(&doc);
    /* A "Date" that is prose is no header. */
    parse_str("Updated: the council said more later.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    assert_string_equal(doc.body, "Updated: the council said more later.");
    parse_free(&doc);
}

static void
test_datelines(void **state)
{
    struct decoded d;
    struct parse_doc doc;
    struct caldate out, ref = {2025, 1, 1};

    (void)state;
    fixture("dateline_reuters.txt", &d, &doc);
    assert_string_equal(doc.dateline, "OSLO");
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    assert_date(doc.dateline_date, 0, 6, 3);
    assert_true(strncmp(doc.body, "Norway's largest", 16) == 0);
    assert_int_equal(parse_doc_date(&doc, ref, &out), PARSE_DATE_DATELINE);
    assert_date(out, 2024, 6, 3);
    done(&d, &doc);
    fixture("dateline_year.txt", &d, &doc);
    assert_string_equal(doc.dateline, "NAIROBI");
    assert_int_equal(doc.date_source, PARSE_DATE_DATELINE);
    assert_date(doc.date, 2024, 2, 9);
    assert_true(strncmp(doc.body, "Kenya's central bank", 20) == 0);
    done(&d, &doc);
    /* a byline over its story is no line the story runs on from */
    parse_str("School news\n\nCLASS 5B VISITS THE PALACE\nBy Ishaan Kulkarni "
              "and Meher Shaikh, Class 5B\nOn 15th January, our class went "
              "to the palace.\n", &doc);
    assert_null(strstr(doc.body, "Class 5B On 15th"));
    parse_free(&doc);
    /* a preview's "Paris, July 26:" is no dateline of the story */
    parse_str("Games preview\n\nParis, July 26: the Olympic Games open on "
              "the Seine.\n", &doc);
    assert_null(doc.dateline);
    assert_non_null(strstr(doc.body, "Paris, July 26:"));
    parse_free(&doc);
    /* An item's dateline with a colon ("Madras, March 11: The ..."); a
     * programme's day ("Monday, February 14: Talks") is none. */
    {
        size_t end;
        const char *item = "Madras, March 11: The council met.";
        const char *prog = "Monday, February 14: Talks and a banquet.";

        assert_int_equal(parse_item_date(item, strlen(item),
                                         (struct caldate){1938, 3, 12},
                                         &out, &end), 2);
        assert_date(out, 1938, 3, 11);
        assert_string_equal(item + end, "The council met.");
        assert_int_equal(parse_item_date(prog, strlen(prog), ref, &out,
                                         &end), 0);
    }
    /* Year boundary: a Dec. 31 story saved on Jan. 1. */
    parse_str("SYDNEY, Dec. 31 (AP) — Fires burned.\n", &doc);
    ref.y = 2021;
    assert_int_equal(parse_doc_date(&doc, ref, &out), PARSE_DATE_DATELINE);
    assert_date(out, 2020, 12, 31);
    parse_free(&doc);
    /* a place in capitals, then its state or country as written */
    parse_str("HALIFAX, Nova Scotia (AP) \xe2\x80\x94 The ferry sailed.\n",
              &doc);
    assert_string_equal(doc.dateline, "HALIFAX, Nova Scotia");
    assert_true(strncmp(doc.body, "The ferry sailed.", 17) == 0);
    parse_free(&doc);
    /* an inline header's headline over the dateline is the title */
    parse_str(" date 2011-01-04 Coalition deadline set for Friday\n"
              "PORT AUREL, Solmara - The president set a deadline.\n", &doc);
    assert_string_equal(doc.title, "Coalition deadline set for Friday");
    assert_string_equal(doc.dateline, "PORT AUREL, Solmara");
    assert_true(strncmp(doc.body, "The president", 13) == 0);
    parse_free(&doc);
    /* an inline header's line that ends the file has no next line to
     * look at (the fuzzer found the read past the lines) */
    parse_str(" date 2011-01-04 Coalition deadline set for Friday", &doc);
    assert_null(doc.title);
    parse_free(&doc);
    /* Mixed case needs a date or an agency; a dash alone is prose. */
    parse_str("Lisbon - the city said so.\n", &doc);
    assert_null(doc.dateline);
    assert_int_equal(parse_doc_date(&doc, ref, &out), PARSE_DATE_NONE);
    assert_date(out, 2021, 1, 1);
    parse_free(&doc);
    /* an agency credited in capitals after the place, no parentheses */
    parse_str("New York CNN \xe2\x80\x94 Stocks rose.\n", &doc);
    assert_non_null(doc.dateline);
    assert_string_equal(doc.dateline, "New York");
    assert_true(strncmp(doc.body, "Stocks rose.", 12) == 0);
    parse_free(&doc);
    parse_str("Big Data - the hype is over.\n", &doc);
    assert_null(doc.dateline);
    parse_free(&doc);
    parse_str("Manchester United FC \xe2\x80\x94 the most successful club "
              "\xe2\x80\x94 sacked its manager on Monday.\n", &doc);
    assert_null(doc.dateline);      /* capitals, but no agency's name */
    parse_free(&doc);
    /* Business Wire's form: agency and date between double hyphens; a
     * hyphenated place is not one */
    parse_str("SAN DIEGO--(BUSINESS WIRE)--Feb. 26, 2031--Helixa Inc. "
              "today announced results.\n", &doc);
    assert_string_equal(doc.dateline, "SAN DIEGO");
    assert_int_equal(doc.date_source, PARSE_DATE_DATELINE);
    assert_date(doc.date, 2031, 2, 26);
    assert_true(strncmp(doc.body, "Helixa Inc. today", 17) == 0);
    parse_free(&doc);
    parse_str("WINSTON-SALEM--(Business Wire)--The bank said so.\n", &doc);
    assert_null(doc.dateline);
    parse_free(&doc);
    /* state and regional agencies' forms */
    parse_str("MOSCOW, May 8. /TASS/. Troops rehearsed.\n", &doc);
    assert_string_equal(doc.dateline, "MOSCOW");
    assert_date(doc.dateline_date, 0, 5, 8);
    assert_true(strncmp(doc.body, "Troops rehearsed.", 17) == 0);
    parse_free(&doc);
    parse_str("TOKYO, May 8 Kyodo - Profit rose.\n", &doc);
    assert_string_equal(doc.dateline, "TOKYO");
    assert_true(strncmp(doc.body, "Profit rose.", 12) == 0);
    parse_free(&doc);
    parse_str("NAIROBI, Kenya, June 3, 2033/APO Group/ -- A fund lent.\n",
              &doc);
    assert_string_equal(doc.dateline, "NAIROBI, Kenya");
    assert_int_equal(doc.date_source, PARSE_DATE_DATELINE);
    assert_date(doc.date, 2033, 6, 3);
    parse_free(&doc);
    parse_str("Apple /Nasdaq: AAPL/ said on Tuesday it would buy back "
              "shares.\n", &doc);
    assert_null(doc.dateline);      /* slashes, but no dateline's shape */
    parse_free(&doc);
    parse_str("ABU DHABI, 7th July, 2013 (WAM) -- The panel met.\n", &doc);
    assert_string_equal(doc.dateline, "ABU DHABI");
    assert_date(doc.date, 2013, 7, 7);
    assert_true(strncmp(doc.body, "The panel met.", 14) == 0);
    parse_free(&doc);
}

static void
test_titles(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Bridge to reopen in May\n\nThe bridge will reopen.\n", &doc);
    assert_string_equal(doc.title, "Bridge to reopen in May");
    assert_string_equal(doc.body, "The bridge will reopen.");
    parse_free(&doc);
    parse_str("The bridge will reopen.\nIt was shut in May.\n", &doc);
    assert_null(doc.title);
    parse_free(&doc);
    parse_str("Only one short line\n", &doc);
    assert_null(doc.title);
    assert_string_equal(doc.body, "Only one short line");
    parse_free(&doc);
    parse_str("Mayor Ruiz at the opening. Photo: Getty Images\n\n"
              "The bridge reopened.\n", &doc);
    assert_null(doc.title);
    assert_int_equal(doc.boilerplate_lines, 1);
    parse_free(&doc);
    /* a site's name over its headline, named again in a credit */
    parse_str("Harbour Gazette\nBridge to reopen in May after two years of "
              "repairs\nBy Ann Lee\n\nThe bridge will reopen.\n\n"
              "(Harbour Gazette: Ann Lee)\n", &doc);
    assert_string_equal(doc.title, "Bridge to reopen in May after two years "
                        "of repairs");
    parse_free(&doc);
    /* a list of points, one a line, is no wrapped paragraph */
    parse_str("Fire danger raised\n\nKey points:\nCatastrophic fire "
              "danger has been declared for two districts on Sunday\n"
              "Adelaide is forecast to reach 44C on Saturday\n\n"
              "Crews are ready.\n", &doc);
    assert_non_null(strstr(doc.body, "on Sunday\n\nAdelaide"));
    parse_free(&doc);
    parse_str("Fire danger raised\n\nCatastrophic fire danger has been "
              "declared for two districts\nSouth of Adelaide on Sunday.\n",
              &doc);
    assert_non_null(strstr(doc.body, "districts South"));
    parse_free(&doc);
    /* a related link and a ranked list under "Most read" are residue */
    parse_str("Budget signed\n\nThe governor signed the budget on "
              "Friday.\n\nRelated article: How a budget gets made "
              "(06/02/2017)\nMost read\n1 Ten parks that are free to visit "
              "this summer\n2 Fireworks safety: what doctors want you to "
              "know\n", &doc);
    assert_string_equal(doc.body, "The governor signed the budget on "
                        "Friday.");
    parse_free(&doc);
    /* a section's name and a ticker over the headline, which stands
     * over the byline */
    parse_str("BREAKING: Crash closes two lanes of I-85\nIreland\n"
              "Former manager jailed for six years over theft\n"
              "By Ann Lee\n\nThe manager was jailed.\n", &doc);
    assert_string_equal(doc.title, "Former manager jailed for six years "
                        "over theft");
    assert_null(strstr(doc.body, "BREAKING"));
    parse_free(&doc);
    /* a section's name over a stamp over the headline and its share bar */
    parse_str("Leeds & West Yorkshire\n14 November 2012 Last updated at "
              "10:12 GMT\nCalder Valley line to close over Christmas for "
              "repairs\nShare this page\n\nThe line will close.\n", &doc);
    assert_string_equal(doc.title, "Calder Valley line to close over "
                        "Christmas for repairs");
    parse_free(&doc);
    /* a short headline over a standfirst and a byline stays the title */
    parse_str("Rovers stun leaders\nThe young side beat the leaders in "
              "front of a record crowd\nBy Tom Adair\n\nRovers won.\n",
              &doc);
    assert_string_equal(doc.title, "Rovers stun leaders");
    parse_free(&doc);
    /* a short headline over a standfirst stays the title */
    parse_str("Bridge to reopen\nThe harbour bridge will reopen in May "
              "after two years of repairs\n\nThe bridge will reopen.\n",
              &doc);
    assert_string_equal(doc.title, "Bridge to reopen");
    parse_free(&doc);
    /* a speaker's closing words in a transcript stay, though they speak
     * to their audience, above the page's footer */
    parse_str("Commencement address, as delivered\n\nDOLORES ASHGROVE: "
              "Thank you. I graduated in 1991 from a college a lot like this "
              "one.\n\nPRESIDENT REYES: Thank you, Dolores. Graduates, your "
              "diplomas will be mailed by June 30, and please drive carefully "
              "tonight.\n\nRelated: The Salt Marsh opens in October "
              "(04/28/2048)\n\xc2\xa9 2048 Wexley College. All rights "
              "reserved.\n", &doc);
    assert_non_null(strstr(doc.body, "mailed by June 30"));
    assert_null(strstr(doc.body, "All rights reserved"));
    parse_free(&doc);
    /* a station's masthead and a section over the headline, and a
     * standfirst between it and a byline whose update field is relative */
    parse_str("WKNB 8 NEWS\nCommunity\n\nFarmers market opens Saturday "
              "with new vendors\n\nThe market adds a second day this "
              "year, its organisers say\n\nMeg Thor \xc2\xb7 Posted: Oct "
              "06, 2029 2:15 PM ET | Last Updated: 2 hours ago\n\nThe "
              "market opens on Saturday with 64 vendors.\n", &doc);
    assert_string_equal(doc.title, "Farmers market opens Saturday with new "
                        "vendors");
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_null(strstr(doc.body, "Posted"));
    parse_free(&doc);
}

static void
test_caption_first_line(void **state)
{
    struct decoded d;
    struct parse_doc doc;

    (void)state;
    fixture("caption_first.txt", &d, &doc);
    assert_null(doc.title);
    assert_int_equal(doc.boilerplate_lines, 1);
    assert_true(strncmp(doc.body, "The new cycle lane", 18) == 0);
    /* A subheading inside the story stays, as its own sentence. */
    assert_sentence(&doc, 2, "Night buses to get real-time screens");
    done(&d, &doc);
}

static void
test_boilerplate(void **state)
{
    static const char *const gone[] = {
        "✕", "pop-ups", "March 1, 2022", "$4,500", "Donate today",
        "Independent reporting", "A note from", "Hello friends",
        "We rely on you", "supporter", "Weekly", "Monthly", "Proceed",
        "card or bank transfer", "Not now", "Ask me next week", "Share this",
    };
    struct decoded d;
    struct parse_doc doc;
    size_t i;

    (void)state;
    fixture("boiler_banner.txt", &d, &doc);
    assert_string_equal(doc.title, "Harbour pool reopens after winter repairs");
    for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++) {
        assert_null(strstr(doc.body, gone[i]));
        assert_null(strstr(doc.title, gone[i]));
    }
    assert_int_equal(doc.boilerplate_lines, 18);
    assert_int_equal(doc.npara, 3);
    assert_non_null(strstr(doc.body, "Repairs cost £310,000"));
    done(&d, &doc);
}

/* A caption's label alone on its line ("Image caption,") takes the
 * caption under it along. */
static void
test_labelled_caption(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Storm warning as gales hit\n\nImage caption,\n"
              "Trees were brought down across the county on Tuesday\n\n"
              "A warning for wind remains in place until midnight, the "
              "forecasters said.\n", &doc);
    assert_null(strstr(doc.body, "Trees were"));
    assert_true(strncmp(doc.body, "A warning", 9) == 0);
    parse_free(&doc);
}

static void
test_story_lines_stay(void **state)
{
    struct parse_doc doc;

    (void)state;
    /* A quoted appeal, "US" the country, a short subheading, a price. */
    parse_str("The mayor spoke on Monday.\n\n"
              "\"We need your help,\" the mayor told residents.\n\n"
              "Aid from the US will support us all, officials said.\n\n"
              "What comes next\n\n"
              "Repairs will cost $2 million.\n\n"
              "Our volunteers planted trees. Thank you to the Lee family, "
              "who donated the soil.\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 0);
    assert_int_equal(doc.npara, 6);
    parse_free(&doc);
    /* A table's rows are short, but they are data, not a menu. */
    parse_str("Bins are collected a day late this week, the council said.\n\n"
              "Usual day       Revised day\n"
              "Tue 01/01/2030  Wed 02/01/2030\n"
              "Wed 02/01/2030  Thu 03/01/2030\n"
              "Thu 03/01/2030  Fri 04/01/2030\n\n"
              "Please put your bins out by 7am on your revised day.\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 0);
    assert_non_null(strstr(doc.body, "Thu 03/01/2030"));
    assert_non_null(strstr(doc.body, "Please put"));
    parse_free(&doc);
    /* a headline between a page's menus and its share buttons */
    parse_str("Skip to main content\nHome > World > Europe\n\n"
              "Talks to resume next week, ministry says\n\n"
              "Share on Facebook\nShare on Twitter\n\n"
              "The minister said on Monday that talks would resume next "
              "week.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Talks to resume next week, ministry says");
    assert_int_equal(doc.boilerplate_lines, 4);
    parse_free(&doc);
    /* the paper speaking in a lead of several sentences, under a share
     * line, is story; an appeal that speaks to the reader is not */
    parse_str("Skip to content\nNews | Sport | Business | Opinion\n"
              "What's on in Durban this week: jazz and a spring festival\n"
              "Share: WhatsApp | Facebook | X | Email\n\n"
              "The jacarandas are out, the first whales have been seen off "
              "the coast, and next Sunday is Heritage Day, with the public "
              "holiday on Monday. Here is our pick of the week.\n\n"
              "MONDAY 18 SEPTEMBER\nBotanic Gardens: tree walk, 9am.\n\n"
              "We rely on readers like you. Our reporting is free because "
              "readers support it, and your gift of $5 keeps it that way "
              "for everyone who cannot pay.\nDonate now\n"
              "\u00a9 2034 Coastal Media. All rights reserved.\n", &doc);
    assert_non_null(strstr(doc.body, "The jacarandas are out"));
    assert_null(strstr(doc.body, "We rely on readers"));
    parse_free(&doc);
    /* one dropped line under a headline is no menu over a tagline */
    parse_str("Council backs new harbour bridge\nShare this article\n"
              "Work on the crossing is due to start next spring\n"
              "By Jane Doe\n\nThe council voted on Monday to approve the "
              "bridge after a long debate about its cost.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Council backs new harbour bridge");
    parse_free(&doc);
    /* a site's name over a two-line menu, then the headline over its
     * stamp ("Posted on:" with a space after the colon) */
    parse_str("Skip to Main Content\nCity of Ashby Vale, Ohio\n"
              "Home | Government | Residents | How Do I...\n"
              "Home \xe2\x80\xba News Flash \xe2\x80\xba Planning\n\n"
              "Council approves demolition of old hospital\n\n"
              "Posted on: 04/09/2031 10:15 AM\n\nThe council voted on "
              "Monday night to approve the demolition of the old "
              "hospital.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title,
                        "Council approves demolition of old hospital");
    assert_null(strstr(doc.body, "04/09/2031"));
    parse_free(&doc);
    parse_str("Home > News > Letters\n\nSchool closes early\n\n"
              "By Ann Lee\n\nShare this\n\nThe school will close at noon "
              "on Friday, the head said.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "School closes early");
    parse_free(&doc);
    /* a short menu over the headline, a related link with its date */
    parse_str("Menu | Search | Sign In\nNews \xc2\xb7 Business\n"
              "Pilots issue strike notice, flights could stop Friday\n\n"
              "Pilots served strike notice early on Tuesday, the union said "
              "in a statement.\n\nRelated Stories\nPilots vote for a strike "
              "mandate (Aug 19, 2016)\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Pilots issue strike notice, flights "
                        "could stop Friday");
    assert_null(strstr(doc.body, "Aug 19"));
    parse_free(&doc);
    /* a section path in capitals over the headline is no title */
    parse_str("SOURCE / ECONOMY\n\nExpo to open on Friday with record "
              "exhibitors\n\nThe expo opens on Friday, officials said.\n",
              &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Expo to open on Friday with record "
                        "exhibitors");
    parse_free(&doc);
    /* a live blog's badge over its headline is no title */
    parse_str("LIVE\nAirport baggage failure strands hundreds on New "
              "Year's Eve\nUpdated 3 minutes ago\n\nHundreds of passengers "
              "were stranded this morning, the airport said.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Airport baggage failure strands "
                        "hundreds on New Year's Eve");
    parse_free(&doc);
    /* ... nor a hard-wrapped story line that ends in a date */
    parse_str("Pilots strike\n\nThe last contract was\nsigned after a "
              "short strike (Aug 19, 2016)\nand ran until the end of last "
              "year, the union said.\n", &doc);
    assert_non_null(strstr(doc.body, "(Aug 19, 2016)"));
    assert_int_equal(doc.boilerplate_lines, 0);
    parse_free(&doc);
    /* ... not a table's row with figures in it */
    parse_str("The programme was published today, organisers said.\n\n"
              "Day 1 | Tue 2031-11-11 | Plenary Hall\n\nMore follows.\n",
              &doc);
    assert_non_null(strstr(doc.body, "Day 1 | Tue"));
    parse_free(&doc);
    /* ... but a menu bar with one figure is a menu */
    parse_str("Home  News  Sport\nLive  Euro 2024  Results\nWeather  Travel\n"
              "\nThe mayor spoke on Monday about the plan.\n", &doc);
    assert_null(strstr(doc.body, "Euro 2024"));
    parse_free(&doc);
}

static void
test_residue_inside_story(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Home | News | Sport | Weather | Contact\n\n"
              "The ferry resumed sailing on Monday after a week of storms.\n\n"
              "Advertisement\n\n"
              "Photo: Lena Berg for the Island Post\n\n"
              "Crews worked through the night to repair the ramp.\n\n"
              "Read more: Storm closes island schools\n\n"
              "Sign up for our morning briefing\n\n"
              "Topics: ferries, weather, islands\n\n"
              "Most popular: Harbour fares to rise on 1 May\n\n"
              "Trending: Lighthouse keeper retires after 40 years\n\n"
              "Reporting by Ana Lima; editing by Tom Reyes\n\n"
              "This report by the Island Post was first published March 4, "
              "2024.\n\n"
              "Updated 4 March 2024 at 10:00 GMT\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 11);
    assert_string_equal(doc.body, "The ferry resumed sailing on Monday after "
                        "a week of storms.\n\nCrews worked through the "
                        "night to repair the ramp.");
    parse_free(&doc);
}

static void
test_fact_box_stays(void **state)
{
    struct parse_doc doc;

    (void)state;
    /* Short "label: value" rows with figures are a timeline or a figures
     * box, not a menu; a run of bare labels beside them still is one, and
     * a "Date:" stamp is no part of the story. */
    parse_str("The council approved the bridge plan on Wednesday.\n\n"
              "KEY DATES\n"
              "June 3: consultation opens\n"
              "July 15 - consultation closes\n"
              "Early 2025: work begins\n"
              "Average cost: $4.1m\n\n"
              "Date: May 2, 2024\n"
              "Once\nMonthly\nAnnual\n\n"
              "News\nSport\nLive: Election 2024\nWeather\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 7);
    assert_non_null(strstr(doc.body, "June 3: consultation opens"));
    assert_null(strstr(doc.body, "Election 2024"));
    assert_non_null(strstr(doc.body, "July 15 - consultation closes"));
    assert_non_null(strstr(doc.body, "Average cost: $4.1m"));
    assert_null(strstr(doc.body, "Date:"));
    assert_null(strstr(doc.body, "Monthly"));
    parse_free(&doc);
}

static void
test_button_line_goes(void **state)
{
    struct parse_doc doc;

    (void)state;
    /* A consent banner with rendered buttons is residue however long it
     * is, and never the title; a bracketed reference in a story stays. */
    parse_str("Accept cookies? We and our partners use cookies to "
              "personalise ads, as our privacy notice, last updated Feb. 1, "
              "2028, explains. [Accept] [Reject]\n"
              "Tax deadline nears\n\n"
              "Returns are due on April 18, officials said [1].\n\n"
              "\"We just want to go [home] and start again,\" said one "
              "resident, who lost her shop on May 3.\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 1);
    assert_non_null(strstr(doc.body, "go [home] and"));
    assert_string_equal(doc.title, "Tax deadline nears");
    assert_non_null(strstr(doc.body, "officials said [1]."));
    parse_free(&doc);
}

static void
test_first_person_story_stays(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("We moved to the valley in 2009, when the mill still ran.\n\n"
              "Our neighbours helped us rebuild the barn after the flood, and "
              "we asked the council for help with the road.\n\n"
              "I still walk the old towpath every morning.\n\n"
              "Share this article\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 1);
    assert_int_equal(doc.npara, 3);
    parse_free(&doc);
}

static void
test_notice_to_the_reader_stays(void **state)
{
    struct parse_doc doc;

    (void)state;
    /* A customer notice speaks to its reader about payments all through:
     * without residue beside them its lines are the story. Short appeals
     * and buttons still go. */
    parse_str("Your water bill is changing\n\n"
              "We are writing to tell you that your water charges will rise "
              "from 1 April. If you pay by direct debit, your payment will go "
              "up by £4 a month.\n\n"
              "Support our journalism\n\n"
              "You can ask us for help with your bill if you are on a low "
              "income.\n\n"
              "The new charges were approved by the regulator on 3 February."
              "\n\nShare this article\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Your water bill is changing");
    assert_int_equal(doc.boilerplate_lines, 2);
    assert_int_equal(doc.npara, 3);
    assert_non_null(strstr(doc.body, "your payment will go up by £4"));
    assert_non_null(strstr(doc.body, "ask us for help with your bill"));
    parse_free(&doc);
}

/* A long live-blog entry that says "you" once and asks for nothing is
 * story, even beside the page's closing residue; a headline that speaks
 * to the reader over such residue stays and is the title. */
static void
test_reader_address_stays(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Fire on the moor\n\n"
              "Police say 40 homes have been evacuated near the moor.\n\n"
              "08:30 BST\n"
              "The fire started yesterday afternoon near the stone circle and "
              "spread overnight across about 90 hectares of heather and "
              "bracken, and crews from four stations worked through the night "
              "to hold it back from the houses on the edge of the moor above "
              "the town. We will bring you updates throughout the day.\n\n"
              "Related: Drought declared as reservoirs fall (13/07/2033)\n"
              "Most watched: Drone footage of the fire\n"
              "Sign up to our free morning newsletter\n"
              "\xc2\xa9 2033 Pennine Post Media Ltd. All rights reserved.\n",
              &doc);
    assert_non_null(strstr(doc.body, "The fire started yesterday"));
    parse_free(&doc);
    /* a story's paragraph that turns to its reader after its first
     * sentence, right under a share bar */
    parse_str("Harbour Arts: what to see this week\n\n"
              "Posted 06/06/2029 by Harbour Arts staff\n"
              "Share | Tweet | Email | Print\n\n"
              "After three days of previews for critics, the Harbour Show "
              "opens its doors to the public tomorrow, and the town's cafes "
              "expect their busiest weekend since the last show two years "
              "ago. If you are among the visitors arriving this weekend, "
              "here is where to start.\n\n"
              "The first prize went to a painter from the north coast on "
              "Thursday, and the jury said the vote was close.\n", &doc);
    assert_non_null(strstr(doc.body, "opens its doors to the public"));
    parse_free(&doc);
    parse_str("Accept cookies? We and our partners use cookies. [Accept] "
              "[Reject]\n"
              "Home | Taxes | Banking | Credit Cards | Investing\n"
              "Advertiser disclosure: We may earn a commission from links on "
              "this page.\n\n"
              "Tax Day is April 18 this year. Here's what to do if you "
              "haven't filed yet\n\n"
              "The Internal Revenue Service said the later date applies to "
              "returns for 2027, because April 15 falls on a Saturday and "
              "the Monday after it is a holiday in Washington.\n", &doc);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Tax Day is April 18 this year. Here's "
                        "what to do if you haven't filed yet");
    parse_free(&doc);
    /* a story paragraph that thanks at its end, between a list of short
     * lines and the page's footer, stays; an appeal that opens with its
     * thanks goes */
    parse_str("Gridline 7.2 released\n\n"
              "Gridline 7.2 came out this morning with a faster renderer, "
              "the maintainers said in a post.\n\n"
              "## [7.2.0] - 2031-05-06\n### Added\n- Faster renderer\n"
              "### Fixed\n- Crash on resize\n\n"
              "Gridline began in 2019 as a student project at a university in "
              "Leeds. It moved to a foundation in 2024. Thank you to the 40 "
              "people who contributed to this release.\n\n"
              "Thank you for reading. If you value our work, please "
              "consider becoming a member and support us today.\n"
              "Share this\nSign up to our newsletter\n"
              "Comments are closed. Report a bug\n", &doc);
    assert_non_null(strstr(doc.body, "Gridline began in 2019"));
    assert_null(strstr(doc.body, "If you value our work"));
    parse_free(&doc);
    /* a letter speaks to its reader under its salutation: that is the
     * message, not residue beside the "View in browser" link */
    parse_str("API v2 retires on June 30\n\nView in browser\n\nHi there,\n\n"
              "Today we are making version 3 generally available, and we "
              "are confirming the retirement of version 2. If your "
              "integration still calls v2, you need to migrate before "
              "June 30.\n\nHere is the timeline:\n\n"
              "- May 1: new keys can no longer call v2.\n", &doc);
    assert_non_null(strstr(doc.body, "you need to migrate before June 30"));
    assert_null(strstr(doc.body, "View in browser"));
    parse_free(&doc);
    /* ... but an appeal under "Dear friend,", or one that asks after a
     * story-like first sentence, is no message */
    parse_str("Council sets budget\n\nThe council set its budget on "
              "Monday.\n\nShare this:\nFacebook\nTwitter\n\n"
              "The Gazette has covered this city for 150 years. Readers "
              "like you keep our reporting going, and you can give before "
              "our campaign ends on December 31.\n\nDear friend,\n\n"
              "Independent journalism takes time and money, and we depend "
              "on readers like you.\n\nIf you value our reporting, consider "
              "supporting us before our campaign closes on December 31.\n",
              &doc);
    assert_null(strstr(doc.body, "December 31"));
    assert_null(strstr(doc.body, "we depend on readers"));
    parse_free(&doc);
    /* links dated with a year of two figures under "SEE ALSO:", and a
     * page's stamp with its clock first, are the page's */
    parse_str("Flood town remembers\n\nThe river came over the wall ten "
              "years ago today, the council said.\n\nSEE ALSO:\n"
              "Defences held as river peaks (18 Jul 08)\n"
              "Flood town's new footbridge opens (03 Sep 07)\n\n"
              "Page last updated at 11:12 BST, 29 June 2009\n", &doc);
    assert_null(strstr(doc.body, "18 Jul 08"));
    assert_null(strstr(doc.body, "03 Sep 07"));
    assert_null(strstr(doc.body, "29 June 2009"));
    assert_non_null(strstr(doc.body, "ten years ago today"));
    parse_free(&doc);
}

/* Readers' comments under a comments heading are no part of the story;
 * a heading with no thread under it is a word like any other. */
static void
test_comment_thread_goes(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Library saved by volunteers\n\n"
              "The village library will reopen on Monday, run by a group of "
              "volunteers after the council withdrew its funding in June.\n"
              "\n"
              "Comments (2)\n"
              "Sort by: Newest | Oldest\n\n"
              "BookwormBrenda \xc2\xb7 14/09/2024 09:12\n"
              "Brilliant news. I borrowed my first book there in the 70s.\n"
              "Reply \xc2\xb7 Like (12)\n\n"
              "Kirkby_Dave \xc2\xb7 14/09/2024 08:15\n"
              "Pop in on Wednesday, they are doing tea and cake.\n"
              "Reply \xc2\xb7 Like (7)\n", &doc);
    assert_non_null(strstr(doc.body, "reopen on Monday"));
    assert_null(strstr(doc.body, "Pop in on Wednesday"));
    assert_null(strstr(doc.body, "14/09/2024"));
    parse_free(&doc);
    parse_str("Planning rules change\n\n"
              "The council published new planning rules on Monday.\n\n"
              "Comments\n\n"
              "Residents may send their views to the planning office until "
              "the end of October, the council said.\n", &doc);
    assert_non_null(strstr(doc.body, "until the end of October"));
    parse_free(&doc);
    /* a trail journal's guestbook, each entry "Name - date: words" */
    parse_str("Day 55\n\n"
              "Bland to Laurel Run campsite, and a long climb in the fog "
              "before the first shelter, where I ate lunch.\n\n"
              "Hit 600 miles this afternoon, and the rain came at dusk on "
              "the ridge above the campsite.\n\n"
              "A trail angel at the road crossing had hot dogs out for the "
              "holiday and would not take a dime for them.\n\n"
              "Even the rain is better than a desk in the city, and the "
              "feet are holding up well enough.\n\n"
              "Guestbook\n"
              "Linda D. (Mom) - 5/30/2019: Box went out Tuesday. Eat a "
              "vegetable!\n"
              "Coach Pete - 5/29/2019: Proud of you, kiddo.\n", &doc);
    assert_non_null(strstr(doc.body, "600 miles"));
    assert_null(strstr(doc.body, "Box went out"));
    parse_free(&doc);
    /* a dash and a date in the story's prose are no comment's stamp */
    parse_str("Trial results\n\n"
              "The drug cut relapses by a third in the study published on "
              "Monday in the journal.\n\n"
              "Discussion\n"
              "The trial - March 4, 2023 to June 2024 - enrolled 400 "
              "patients at nine hospitals.\n"
              "A larger trial will start in the spring.\n", &doc);
    assert_non_null(strstr(doc.body, "enrolled 400"));
    assert_non_null(strstr(doc.body, "start in the spring"));
    parse_free(&doc);
}

/* A press release: the embargo dates it and is no title, "PRESS
 * RELEASE" is a label, and "Newcastle upon Tyne, 6 March 2025 -" is its
 * dateline (a place may hold "upon", "am", "of"). */
static void
test_press_release(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("EMBARGOED UNTIL 00:01 GMT THURSDAY 6 MARCH 2025\n\n"
              "PRESS RELEASE\n\n"
              "Coble Buses caps single fares at two pounds\n\n"
              "Newcastle upon Tyne, 6 March 2025 \xe2\x80\x93 Coble Buses "
              "today announced that every adult single fare will be capped "
              "from Sunday 16 March.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_HEADER);
    assert_date(doc.date, 2025, 3, 6);
    assert_non_null(doc.title);
    assert_string_equal(doc.title, "Coble Buses caps single fares at two "
                        "pounds");
    assert_non_null(doc.dateline);
    assert_string_equal(doc.dateline, "Newcastle upon Tyne");
    assert_true(strncmp(doc.body, "Coble Buses today", 17) == 0);
    assert_null(strstr(doc.body, "EMBARGOED"));
    parse_free(&doc);
    parse_str("Frankfurt am Main, 2 May 2024 - The bank said on Thursday "
              "that rates would stay on hold.\n", &doc);
    assert_non_null(doc.dateline);
    assert_string_equal(doc.dateline, "Frankfurt am Main");
    assert_int_equal(doc.date_source, PARSE_DATE_DATELINE);
    parse_free(&doc);
    parse_str("Embargo: the council will say more on Monday about the plan "
              "to close the library and the pool in the spring.\n", &doc);
    assert_int_equal(doc.date_source, PARSE_DATE_NONE);
    parse_free(&doc);
}

/* Under "See also", links dated the old way ("14/02/04 | Europe") go. */
static void
test_dated_links_with_sections(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Boats reach Lampedusa\n\n"
              "More than 400 people reached the island on Sunday.\n\n"
              "SEE ALSO:\n"
              "Malta asks EU partners to share arrivals 14/02/04 | Europe\n"
              "Libya patrols deal signed in Rome 05/07/03 | Africa\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 3);
    assert_null(strstr(doc.body, "14/02/04"));
    parse_free(&doc);
}

/* Furniture keeps its name under Markdown's marks. */
static void
test_markdown_furniture(void **state)
{
    (void)state;
    assert_true(parse_lex_prefix("**Read more:** [Zurich votes](https://x)",
                                 39));
    assert_true(parse_lex_prefix("> Related: Fares rise", 21));
    assert_true(parse_lex_prefix("- Read more: a story", 20));
    assert_false(parse_lex_prefix("**Readers** wrote in", 20));
}

static void
test_paragraphs(void **state)
{
    struct decoded d;
    struct parse_doc doc;

    (void)state;
    fixture("one_para_per_line.txt", &d, &doc);
    assert_int_equal(doc.npara, 4);
    assert_int_equal(doc.nsentences, 4);
    assert_int_equal(doc.sentences[3].para, 3);
    assert_non_null(strstr(doc.body, "flooded.\n\nIts director"));
    done(&d, &doc);
    /* Hard-wrapped lines join; blank runs collapse to one blank line. */
    parse_str("The harbour board met on Monday and agreed to\n"
              "raise mooring fees for the first time in years.\n\n\n\n"
              "Fees  will\trise in May.\n", &doc);
    assert_string_equal(doc.body, "The harbour board met on Monday and agreed "
                        "to raise mooring fees for the first time in years."
                        "\n\nFees will rise in May.");
    assert_int_equal(doc.npara, 2);
    assert_int_equal(doc.words, 23);
    parse_free(&doc);
}

static void
test_sentences(void **state)
{
    struct decoded d;
    struct parse_doc doc;

    (void)state;
    fixture("sentences.txt", &d, &doc);
    assert_int_equal(doc.nsentences, 11);
    assert_sentence(&doc, 0, "Mr. Okafor and Dr. Lind met Gen. Harlan at St. "
                    "Mary's on Dec. 30.");
    assert_sentence(&doc, 1, "The talks lasted 3.5 hours.");
    assert_sentence(&doc, 2, "J. K. Lawson, a U.S. envoy, joined them later.");
    assert_sentence(&doc, 3, "\"We are close,\" Sen. Price said.");
    assert_sentence(&doc, 4, "“We are not there yet.”");
    assert_sentence(&doc, 5, "The next round is set for Jan. 9 in Geneva.");
    assert_sentence(&doc, 6, "A subheading without a full stop");
    assert_sentence(&doc, 7, "Prices rose 2.1% in the U.S.");
    assert_sentence(&doc, 9, "Was it enough?");
    assert_int_equal(doc.sentences[6].para, 2);
    /* The first sentence is short: the lead takes the second too. */
    assert_int_equal(parse_lead_len(&doc),
                     doc.sentences[1].off + doc.sentences[1].len);
    done(&d, &doc);
    /* "Ste." and "Fr." before a name end no sentence */
    parse_str("The river will crest at Ste. Odile on Monday, Fr. Gagnon "
              "said.\n", &doc);
    assert_int_equal(doc.nsentences, 1);
    parse_free(&doc);
    parse_str("Short one. And then the second sentence of it. A third.\n",
              &doc);
    assert_int_equal(parse_lead_len(&doc), strlen("Short one. And then the "
                                                  "second sentence of it."));
    parse_free(&doc);
    parse_str("The first sentence of this story is quite long enough to "
              "make a whole lead on its own. The second is not needed.\n",
              &doc);
    assert_int_equal(parse_lead_len(&doc), doc.sentences[0].len);
    parse_free(&doc);
    /* "ext." and "tel." shorten a word: the number after them is no
     * sentence of its own. */
    parse_str("Call the desk on 555-0142, ext. 2019. Tips are kept "
              "private.\n", &doc);
    assert_int_equal(doc.nsentences, 2);
    assert_sentence(&doc, 0, "Call the desk on 555-0142, ext. 2019.");
    parse_free(&doc);
}

static void
test_empty_and_blank(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("", &doc);
    assert_string_equal(doc.body, "");
    assert_int_equal(doc.nsentences, 0);
    assert_int_equal(parse_lead_len(&doc), 0);
    parse_free(&doc);
    parse_str("\n\n   \n\t\n", &doc);
    assert_int_equal(doc.npara, 0);
    assert_null(doc.title);
    parse_free(&doc);
    parse_free(&doc);   /* safe on a zeroed struct */
    assert_string_equal(parse_date_source_name(PARSE_DATE_NONE), "mtime");
    assert_string_equal(parse_date_source_name(PARSE_DATE_DATELINE),
                        "dateline");
}

static void
test_lexicon(void **state)
{
    static const struct {
        const char *w;
        int flags;
    } cases[] = {
        {"we", LEX_PRON},
        {"you're", LEX_PRON | LEX_YOU},
        {"supporters", LEX_APPEAL},
        {"donation", LEX_APPEAL | LEX_HARD},
        {"donated", LEX_APPEAL}, {"subscribed", LEX_APPEAL | LEX_HARD},
        {"donate", LEX_APPEAL | LEX_HARD},
        {"newsletters", LEX_APPEAL | LEX_HARD},
        {"said", LEX_REPORT},
        {"according", LEX_REPORT},
        {"log", LEX_APPEAL},
        {"logistics", 0}, {"shareholders", 0}, {"following", 0},
        {"the", 0}, {"president", 0},
        {"spokespeople", 0}, {"", 0},
    };
    size_t i;

    (void)state;
    assert_int_equal(parse_lex_check(), 0);
    assert_int_equal(parse_sentence_check(), 0);
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        assert_int_equal(parse_lex_word(cases[i].w, strlen(cases[i].w)),
                         cases[i].flags);
}

/* Byte classes of a short block: the rest reads as spaces. */
static void
test_mask(void **state)
{
    struct pmask m;

    (void)state;
    parse_mask64((const unsigned char *)"a1 -\t\"$\xc2\xa3", 9, &m);
    assert_true(m.alpha == 0x1);
    assert_true(m.word == (0x3 | 0x180));
    assert_true(m.space == (0x14 | ~(uint64_t)0x1ff));
    assert_true(m.ctl == 0x10);
    assert_true(m.conn == 0x8);
    assert_true(m.rare == (0x20 | 0x40 | 0x100));
}

/* Words across 64-byte blocks: a token that holds no letter, digit or
 * byte >= 0x80 is no word, wherever the block edge falls. */
static void
test_count_words(void **state)
{
    static const char mixed[] = " -- a\tb-c \xc3\xa9 ...x";
    char line[200];

    (void)state;
    assert_int_equal(parse_count_words("", 0), 0);
    assert_int_equal(parse_count_words(mixed, sizeof(mixed) - 1), 4);
    memset(line, '-', sizeof(line));
    line[70] = 'a';                     /* one token of 200 bytes */
    assert_int_equal(parse_count_words(line, sizeof(line)), 1);
    line[63] = ' ';
    line[64] = ' ';
    line[128] = ' ';                    /* "-..." "--a--..." "--..." */
    assert_int_equal(parse_count_words(line, sizeof(line)), 1);
    line[129] = '7';
    assert_int_equal(parse_count_words(line, sizeof(line)), 2);
}

/* A line read across its 64-byte blocks: words, ’ and quotes that
 * straddle a block edge, money, and words inside quotation marks. */
static void
test_lex_line(void **state)
{
    char line[256];
    struct lex_feat f;

    (void)state;
    /* 60 bytes, then "we’ve" across bytes 60..66. */
    memset(line, 'x', 59);
    line[59] = ' ';
    strcpy(line + 60, "we\xe2\x80\x99ve given $5 \"your help\" to you");
    parse_lex_line(line, strlen(line), &f);
    assert_int_equal(f.words, 8);
    assert_int_equal(f.pron, 2);        /* we’ve, you; not the quoted */
    assert_int_equal(f.you, 1);
    assert_int_equal(f.appeal, 0);
    assert_int_equal(f.money, 1);
    assert_int_equal(f.quotes, 2);
    assert_false(f.gaps);
    parse_lex_line("US help  \xe2\x80\x9cwe\xe2\x80\x9d", 17, &f);
    assert_int_equal(f.words, 3);
    assert_int_equal(f.pron, 0);
    assert_int_equal(f.appeal, 1);
    assert_true(f.gaps);
}

/* Check one sample against its gold.jsonl entry: the title, no must_not
 * string anywhere, the date and its source (mtime from the entry), and a
 * body that does not open with a header. */
static void
check_gold(const char *dir, const json_t *g)
{
    const json_t *m, *title = json_object_get(g, "title");
    const char *mt = json_string_value(json_object_get(g, "mtime"));
    char path[512], got[11];
    struct decoded d;
    struct parse_doc doc;
    struct caldate ref, out;
    enum parse_date_source src;
    size_t i;

    snprintf(path, sizeof(path), "%s%s", dir,
             json_string_value(json_object_get(g, "file")));
    assert_int_equal(load(path, &d, &doc), 0);
    if (json_is_string(title))
        assert_string_equal(doc.title, json_string_value(title));
    else
        assert_null(doc.title);
    json_array_foreach(json_object_get(g, "must_not"), i, m) {
        assert_null(strstr(doc.body, json_string_value(m)));
        assert_true(doc.title == NULL ||
                    strstr(doc.title, json_string_value(m)) == NULL);
    }
    assert_non_null(mt);
    assert_int_equal(cal_parse_iso(mt, 10, &ref), 0);
    src = parse_doc_date(&doc, ref, &out);
    cal_format(out, got);
    assert_string_equal(parse_date_source_name(src),
                        json_string_value(json_object_get(g, "dct_source")));
    assert_string_equal(got, json_string_value(json_object_get(g, "dct")));
    assert_true(strncasecmp(doc.body, "date", 4) != 0 &&
                !(doc.body[0] >= 'a' && doc.body[0] <= 'z'));
    done(&d, &doc);
}

/* Check every entry of a gold.jsonl; returns how many, -1 without one. */
static int
run_gold(const char *gold, const char *dir)
{
    FILE *f = fopen(gold, "r");
    char line[65536];
    int n = 0;

    if (f == NULL)
        return -1;
    while (fgets(line, sizeof(line), f) != NULL) {
        json_t *g = json_loads(line, 0, NULL);
        assert_non_null(g);
        check_gold(dir, g);
        json_decref(g);
        n++;
    }
    fclose(f);
    return n;
}

/* The real-world samples, when the shared folder is there; what to expect
 * is read from its gold.jsonl, so no sample text lives in this file. */
/* A wiki page's reference list and footer are furniture; a "Notes"
 * section and a "Sources" heading over story text are not. */
static void
test_reference_lists(void **state)
{
    struct parse_doc doc;

    (void)state;
    parse_str("Harbour Light (ferry)\n\n"
              "The ferry entered service on 2 May 1961.\n\n"
              "Notes\n"
              "[note 1] Some records give the spring of 1960.\n\n"
              "References[edit]\n"
              "1. \"Ferry launched\". The Herald. Retrieved 4 June 2017.\n"
              "2. Hallam, R. Ships of the Forth (1981). p. 12.\n\n"
              "This page was last edited on 16 November 2024, at 14:02 "
              "(UTC).\n"
              "Categories: 1961 ships | Ferries of Scotland | Ships built "
              "on the River Clyde | Ships built in Glasgow | Ferries of the "
              "Firth of Clyde | Maritime incidents in 1975 | Ships of "
              "Caledonian MacBrayne\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 5);
    assert_non_null(strstr(doc.body, "spring of 1960"));
    assert_null(strstr(doc.body, "Retrieved"));
    assert_null(strstr(doc.body, "(1981)"));
    assert_null(strstr(doc.body, "last edited"));
    parse_free(&doc);
    /* an NHS page's review stamp and a report's citable reference */
    parse_str("Waiting list falls\n\n"
              "The trust's waiting list fell for a fifth month in October, "
              "and weekend theatre lists start on Saturday 17 November.\n\n"
              "Citable reference: World Health Organization (7 May 2031).\n"
              "Page last reviewed: 12 November 2029 | Next review due: 12 "
              "November 2030\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 2);
    assert_null(strstr(doc.body, "Next review due"));
    parse_free(&doc);
    parse_str("Flood defences\n\nSources\n"
              "The council said the wall would be finished in May.\n", &doc);
    assert_int_equal(doc.boilerplate_lines, 0);
    assert_non_null(strstr(doc.body, "finished in May"));
    parse_free(&doc);
}

static void
test_seeds(void **state)
{
    int n = run_gold(SEEDS "gold.jsonl", SEEDS);

    (void)state;
    if (n < 0)
        skip();
    assert_true(n > 0);
}

/* Our own annotated articles (tests/gold): titles, dates, residue. */
static void
test_gold_articles(void **state)
{
    (void)state;
    assert_true(run_gold("tests/gold/gold.jsonl", "tests/gold/articles/") > 0);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_text_forms),
        cmocka_unit_test(test_inline_header),
        cmocka_unit_test(test_header_lines),
        cmocka_unit_test(test_stamp_lines),
        cmocka_unit_test(test_loose_stamp_after_file),
        cmocka_unit_test(test_dates_that_are_not_the_pages),
        cmocka_unit_test(test_wire_page),
        cmocka_unit_test(test_labelled_caption),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_titles),
        cmocka_unit_test(test_caption_first_line),
        cmocka_unit_test(test_boilerplate),
        cmocka_unit_test(test_notice_to_the_reader_stays),
        cmocka_unit_test(test_reader_address_stays),
        cmocka_unit_test(test_comment_thread_goes),
        cmocka_unit_test(test_press_release),
        cmocka_unit_test(test_markdown_furniture),
        cmocka_unit_test(test_dated_links_with_sections),
        cmocka_unit_test(test_story_lines_stay),
        cmocka_unit_test(test_residue_inside_story),
        cmocka_unit_test(test_first_person_story_stays),
        cmocka_unit_test(test_fact_box_stays),
        cmocka_unit_test(test_button_line_goes),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_empty_and_blank),
        cmocka_unit_test(test_lexicon),
        cmocka_unit_test(test_mask),
        cmocka_unit_test(test_count_words),
        cmocka_unit_test(test_lex_line),
        cmocka_unit_test(test_reference_lists),
        cmocka_unit_test(test_seeds),
        cmocka_unit_test(test_gold_articles),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
