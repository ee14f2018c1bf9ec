/* SPDX-License-Identifier: MIT */
/* test_article.c - unit tests for the one-pass summary writer: escapes, file names, extra members. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "article.h"

#define MTIME 1679270400LL * 1000000000LL     /* 2023-03-20 */

static struct article *
make(const char *text)
{
    char err[256];
    struct article *a = article_new(text, strlen(text), MTIME, err, sizeof err);

    assert_non_null(a);
    return a;
}

static json_t *
write_and_load(const struct article *a, const char *path, const json_t *extra,
    char **out)
{
    struct article_meta m = {path, 100, MTIME, true, NULL};
    size_t len;
    char *s = article_json(a, &m, 42, "new", extra, &len);
    json_t *j;

    assert_non_null(s);
    assert_int_equal(strlen(s), len);
    j = json_loads(s, 0, NULL);
    assert_non_null(j);
    if (out)
        *out = s;
    else
        free(s);
    return j;
}

/* Quotes, backslashes and tabs at every offset against the 8-byte words
 * the writer scans: the text reads back the same, and the bytes are what
 * jansson itself would have written. */
static void
test_escapes_round_trip_and_match_jansson(void **state)
{
    char text[512], *mine, *theirs;
    int shift;

    (void)state;
    for (shift = 0; shift < 16; shift++) {
        snprintf(text, sizeof text, "Title line\n\n%.*sThe mayor said "
            "\"we\\they\tvote\" on Monday, and a back\\slash followed.\n",
            shift, "abcdefghijklmnop");
        struct article *a = make(text);
        json_t *j = write_and_load(a, "a.txt", NULL, &mine);

        assert_non_null(strchr(a->doc.body, '"'));
        assert_non_null(strchr(a->doc.body, '\\'));
        assert_string_equal(json_string_value(json_object_get(j, "text")),
            a->doc.body);
        theirs = json_dumps(j, JSON_COMPACT);
        assert_string_equal(mine, theirs);
        assert_int_equal(json_integer_value(json_object_get(j, "seq")), 42);
        free(theirs);
        free(mine);
        json_decref(j);
        article_free(a);
    }
}

static void
test_a_name_that_is_not_utf8_is_percent_escaped(void **state)
{
    struct article *a = make("A story.\n");
    json_t *j = write_and_load(a, "dir/\xff%a.txt", NULL, NULL);

    (void)state;
    assert_string_equal(json_string_value(json_object_get(
        json_object_get(j, "source"), "path")), "dir/%FF%25a.txt");
    json_decref(j);
    article_free(a);
}

/* A UTF-8 name that reads as an escaped one has its '%' escaped too, so
 * it never publishes the path of the name it reads as; a plain '%'
 * stays. */
static void
test_a_name_that_reads_as_escaped_is_escaped(void **state)
{
    static const char *const cases[][2] = {
        {"bad%FF%25.txt", "bad%25FF%2525.txt"},
        {"100%.txt", "100%.txt"},
        {"50% off%2.txt", "50% off%2.txt"},
        {"caf\xc3\xa9%c3.txt", "caf\xc3\xa9%25c3.txt"},
    };
    size_t i;

    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct article *a = make("A story.\n");
        json_t *j = write_and_load(a, cases[i][0], NULL, NULL);
        assert_string_equal(json_string_value(json_object_get(
            json_object_get(j, "source"), "path")), cases[i][1]);
        json_decref(j);
        article_free(a);
    }
}

/* The daemon's own members come after the facts and before the text. */
static void
test_extra_members_are_spliced_in_order(void **state)
{
    struct article *a = make("The council will vote on Friday.\n");
    json_t *extra = json_pack("{s:s, s:[]}", "source_id", "site-1",
        "near_duplicates");
    json_t *j = write_and_load(a, "b.txt", extra, NULL);
    const char *key, *order[16];
    json_t *v;
    size_t n = 0;

    (void)state;
    json_object_foreach(j, key, v)
        if (n < 16)
            order[n++] = key;
    assert_true(n >= 4);
    assert_string_equal(order[n - 1], "text");
    assert_string_equal(order[n - 2], "near_duplicates");
    assert_string_equal(order[n - 3], "source_id");
    assert_string_equal(order[n - 4], "facts");
    assert_int_equal(json_array_size(json_object_get(j, "facts")), 1);
    json_decref(extra);
    json_decref(j);
    article_free(a);
}

/* article_facts_json is the array the message carries. */
static void
test_facts_json_is_the_messages_array(void **state)
{
    struct article *a = make("The council met on Tuesday and will vote on "
        "Friday.\n");
    json_t *j = write_and_load(a, "c.txt", NULL, NULL);
    json_t *f = article_facts_json(a);

    (void)state;
    assert_non_null(f);
    assert_true(json_array_size(f) >= 2);
    assert_true(json_equal(f, json_object_get(j, "facts")));
    json_decref(f);
    json_decref(j);
    article_free(a);
}

/* A file that is one long run of dates (a table, a dump) gives at most
 * FACTS_LIMIT facts, each with a bounded window of its "sentence": the
 * summary grows with the file, not with its square. */
static void
test_a_run_of_dates_stays_small(void **state)
{
    size_t i, n = 20000, len;
    char *text = malloc(n * 10 + 2);
    struct article *a;
    json_t *j, *facts, *f;
    const char *ctx;

    (void)state;
    assert_non_null(text);
    for (i = 0; i < n; i++)
        memcpy(text + i * 10, "on Monday ", 10);
    memcpy(text + n * 10, ".", 2);
    a = make(text);
    j = write_and_load(a, "run.txt", NULL, NULL);
    facts = json_object_get(j, "facts");
    assert_int_equal(json_array_size(facts), FACTS_LIMIT);
    json_array_foreach(facts, i, f) {
        ctx = json_string_value(json_object_get(f, "sentence"));
        len = strlen(ctx);
        assert_true(len <= 330);
        assert_non_null(strstr(ctx, "on Monday"));
    }
    /* the window is cut between words and says so */
    ctx = json_string_value(json_object_get(json_array_get(facts, 500),
                                            "sentence"));
    assert_memory_equal(ctx, "\xe2\x80\xa6on Monday", 12);
    json_decref(j);
    article_free(a);
    free(text);
}

/* Nothing to summarise is an error, the same in the daemon and --once. */
static void
test_empty_and_blank_text_are_errors(void **state)
{
    char err[128];

    (void)state;
    assert_null(article_new("", 0, MTIME, err, sizeof err));
    assert_non_null(strstr(err, "empty file"));
    assert_null(article_new(" \t\r\n \n", 6, MTIME, err, sizeof err));
    assert_non_null(strstr(err, "only white space"));
}

/* document.format: how the file was read. */
static void
test_document_format(void **state)
{
    static const char *const cases[][3] = {
        {"Plain text, as <b> is named in prose.\n", "text", NULL},
        {"<h1>Bridge reopens</h1>\n<p>It reopened on Monday.</p>\n",
         "html", "Bridge reopens"},
    };
    size_t i;

    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct article *a = make(cases[i][0]);
        json_t *j = write_and_load(a, "a", NULL, NULL);
        json_t *doc = json_object_get(j, "document");

        assert_string_equal(json_string_value(json_object_get(doc,
            "format")), cases[i][1]);
        if (cases[i][2] != NULL)
            assert_string_equal(json_string_value(json_object_get(doc,
                "title")), cases[i][2]);
        json_decref(j);
        article_free(a);
    }
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escapes_round_trip_and_match_jansson),
        cmocka_unit_test(test_a_name_that_is_not_utf8_is_percent_escaped),
        cmocka_unit_test(test_a_name_that_reads_as_escaped_is_escaped),
        cmocka_unit_test(test_extra_members_are_spliced_in_order),
        cmocka_unit_test(test_facts_json_is_the_messages_array),
        cmocka_unit_test(test_a_run_of_dates_stays_small),
        cmocka_unit_test(test_empty_and_blank_text_are_errors),
        cmocka_unit_test(test_document_format),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
