/* SPDX-License-Identifier: MIT */
/* test_decode.c - unit tests for encoding sniffing, mojibake and NFKC. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>
#include <utf8proc.h>

#include "decode.h"

#define FIXTURES "tests/fixtures/text/"
#define SEEDS "../shared/seeds/"

/* Read a whole file; NULL when it is not there. Caller frees. */
static char *
slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;

    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
        fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) != NULL) {
        *len = fread(buf, 1, (size_t)n, f);
        buf[*len] = '\0';
    }
    fclose(f);
    return buf;
}

/* Decode a fixture, failing the test when it is missing or undecodable. */
static void
decode_fixture(const char *name, struct decoded *d)
{
    char path[256], err[128];
    size_t len = 0;
    char *raw;

    snprintf(path, sizeof(path), FIXTURES "%s", name);
    raw = slurp(path, &len);
    assert_non_null(raw);
    assert_int_equal(decode_text(raw, len, d, err, sizeof(err)), 0);
    free(raw);
}

static void
decode_str(const char *s, struct decoded *d)
{
    char err[128];

    assert_int_equal(decode_text(s, strlen(s), d, err, sizeof(err)), 0);
}

static void
test_ascii_is_copied(void **state)
{
    struct decoded d;

    (void)state;
    decode_str("Plain text.\nSecond line.", &d);
    assert_string_equal(d.text, "Plain text.\nSecond line.");
    assert_int_equal(d.len, 24);
    assert_string_equal(d.encoding, "utf-8");
    assert_false(d.repaired);
    decode_free(&d);
    decode_free(&d);    /* safe twice */
}

static void
test_empty_input(void **state)
{
    struct decoded d;
    char err[64];

    (void)state;
    assert_int_equal(decode_text("", 0, &d, err, sizeof(err)), 0);
    assert_string_equal(d.text, "");
    assert_int_equal(d.len, 0);
    decode_free(&d);
}

static void
test_bom_and_utf16(void **state)
{
    static const struct {
        const char *file, *enc;
    } cases[] = {
        {"utf8_bom.txt", "utf-8-bom"},
        {"utf16le.txt", "utf-16le"},
        {"utf16be.txt", "utf-16be"},
    };
    struct decoded d;
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        decode_fixture(cases[i].file, &d);
        assert_string_equal(d.encoding, cases[i].enc);
        assert_true(strncmp(d.text, "Library opens on Sunday\n\n", 25) == 0);
        assert_int_equal(strlen(d.text), d.len);
        decode_free(&d);
    }
}

static void
test_utf16_odd_length_fails(void **state)
{
    struct decoded d;
    char err[128];

    (void)state;
    assert_int_equal(decode_text("\xff\xfe" "A\0B", 5, &d, err, sizeof(err)),
                     -1);
    assert_non_null(strstr(err, "utf-16"));
    assert_null(d.text);
}

static void
test_windows_1252_fallback(void **state)
{
    struct decoded d;

    (void)state;
    decode_fixture("cp1252.txt", &d);
    assert_string_equal(d.encoding, "windows-1252");
    assert_non_null(strstr(d.text, "Café owners"));
    assert_non_null(strstr(d.text, "€200 a month – “too much”."));
    assert_non_null(strstr(d.text, "März"));
    decode_free(&d);
}

static void
test_stray_byte_in_utf8(void **state)
{
    struct decoded d;

    (void)state;
    /* Valid UTF-8 em dash and one Latin-1 byte: keep both readable. */
    decode_str("Caf\xe9 rules \xe2\x80\x94 fine", &d);
    assert_string_equal(d.text, "Café rules — fine");
    assert_string_equal(d.encoding, "windows-1252");
    decode_free(&d);
    /* Windows-1252 whose capitals and "ß" before quotes happen to make
     * valid UTF-8 pairs (DF 93, C9 92, C9 85) is Windows-1252 all
     * through */
    decode_str("\x84" "Das war kein Spa\xdf\x93, sagte er. JOS\xc9\x92S "
               "CAF\xc9\x85 \x96 offen.", &d);
    assert_string_equal(d.text, "\u201eDas war kein Spa\u00df\u201c, sagte "
                        "er. JOS\u00c9\u2019S CAF\u00c9... \u2013 offen.");
    decode_free(&d);
}

/* Character references a scraper left: decoded, and a reference that is
 * none ("AT&T", "&#0;", "&bogus;") left as it is. */
static void
test_html_references(void **state)
{
    struct decoded d;

    (void)state;
    decode_str("Mayor&#8217;s plan for trams &amp; buses: &pound;2&nbsp;m "
               "from April&nbsp;2 &ndash; AT&T, R&D, &#x1F600;, &#0;, "
               "&bogus;, co&shy;operate.", &d);
    assert_string_equal(d.text, "Mayor\u2019s plan for trams & buses: "
                        "\u00a32 m from April 2 \u2013 AT&T, R&D, "
                        "\U0001F600, &#0;, &bogus;, cooperate.");
    assert_string_equal(d.encoding, "utf-8");
    decode_free(&d);
    /* 128-159 are Windows-1252's there, as browsers read them */
    decode_str("It runs June 3&#150;5 and costs &#128;12 &#129;.", &d);
    assert_string_equal(d.text, "It runs June 3\u20135 and costs \u20ac12 "
                        "\ufffd.");
    decode_free(&d);
}

/* Invisible marks inside words and numbers go; joiners stay. */
static void
test_invisible_marks(void **state)
{
    struct decoded d;

    (void)state;
    decode_str("\u200fMarch 5, 2024\u200f: the first tram runs on "
               "1\u200b5 May; costs rose in 20\u00ad24. \u0645\u200c\u06cc",
               &d);
    assert_string_equal(d.text, "March 5, 2024: the first tram runs on 15 May; "
                        "costs rose in 2024. \u0645\u200c\u06cc");
    decode_free(&d);
}

static void
test_line_ends(void **state)
{
    struct decoded d;

    (void)state;
    decode_fixture("crlf.txt", &d);
    assert_null(strchr(d.text, '\r'));
    assert_non_null(strstr(d.text, "Monday.\nWork starts in May.\nIt will"));
    decode_free(&d);
}

static void
test_nul_in_first_block_is_binary(void **state)
{
    struct decoded d;
    char path[] = FIXTURES "binary.bin", err[128];
    size_t len = 0;
    char *raw = slurp(path, &len);

    (void)state;
    assert_non_null(raw);
    assert_int_equal(decode_text(raw, len, &d, err, sizeof(err)), -1);
    assert_string_equal(err, "binary file: nul byte at offset 7");
    assert_null(d.text);
    free(raw);
}

/* UTF-16 saved without its BOM has a NUL in every other byte: say so,
 * not "binary". */
static void
test_utf16_without_bom_is_named(void **state)
{
    static const char le[] = "H\0e\0l\0l\0o\0 \0o\0n\0 \0M\0o\0n\0";
    struct decoded d;
    char err[128];

    (void)state;
    assert_int_equal(decode_text(le, sizeof le - 1, &d, err, sizeof err), -1);
    assert_non_null(strstr(err, "UTF-16 without a byte-order mark"));
    assert_int_equal(decode_text(le + 1, sizeof le - 2, &d, err, sizeof err),
                     -1);       /* big-endian */
    assert_non_null(strstr(err, "UTF-16 without a byte-order mark"));
}

static void
test_nul_after_first_block_is_dropped(void **state)
{
    size_t n = DECODE_SNIFF_BYTES + 10;
    char *raw = malloc(n), err[128];
    struct decoded d;

    (void)state;
    memset(raw, 'a', n);
    raw[DECODE_SNIFF_BYTES + 2] = '\0';
    assert_int_equal(decode_text(raw, n, &d, err, sizeof(err)), 0);
    assert_int_equal(d.len, n - 1);
    assert_int_equal(strlen(d.text), d.len);
    decode_free(&d);
    free(raw);
}

static void
test_nfkc_letters_not_quotes(void **state)
{
    struct decoded d;

    (void)state;
    /* Mathematical bold, a ligature, NBSP and a combining accent fold;
     * typographic quotes and dashes stay. */
    decode_str("\xf0\x9d\x97\x9b\xf0\x9d\x97\xb2 \xef\xac\x81le"
               "\xc2\xa0" "cafe\xcc\x81 ‘a’ “b” – —", &d);
    assert_string_equal(d.text, "He file café ‘a’ “b” – —");
    decode_free(&d);
}

/* decode(text) must equal NFKC(text), byte for byte. */
static void
assert_honest(const char *name)
{
    char path[256];
    size_t len = 0;
    char *raw, *nfkc;
    struct decoded d;

    snprintf(path, sizeof(path), FIXTURES "%s", name);
    raw = slurp(path, &len);
    assert_non_null(raw);
    nfkc = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)raw);
    assert_non_null(nfkc);
    decode_fixture(name, &d);
    assert_false(d.repaired);
    assert_string_equal(d.text, nfkc);
    free(nfkc);
    free(raw);
    decode_free(&d);
}

static void
test_honest_text_untouched(void **state)
{
    (void)state;
    assert_honest("honest_fr.txt");
    assert_honest("honest_de.txt");
    assert_honest("honest_th.txt");
    assert_honest("mojibake_orig.txt");
}

static void
test_mojibake_fixtures(void **state)
{
    static const char *const files[] = {
        "mojibake_874.txt", "mojibake_1252.txt", "mojibake_latin1.txt",
    };
    struct decoded want, got;
    size_t i;

    (void)state;
    decode_fixture("mojibake_orig.txt", &want);
    assert_non_null(strstr(want.text, "Engineers find rust in the July"));
    for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        decode_fixture(files[i], &got);
        assert_true(got.repaired);
        assert_string_equal(got.text, want.text);
        decode_free(&got);
    }
    decode_free(&want);
}

static void
test_mojibake_short_cases(void **state)
{
    static const struct {
        const char *in, *out;
        bool repaired;
    } cases[] = {
        /* One three-byte sequence is evidence enough. */
        {"It\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s late.", "It’s late.", true},
        /* Closing quote lost its 0x9D: put back. */
        {"\xc3\xa2\xe2\x82\xac\xc5\x93Yes,\xc3\xa2\xe2\x82\xac he said.",
         "“Yes,” he said.", true},
        /* A single two-byte pair is not, unless it gives a letter. */
        {"Spa\xc3\x9f\xe2\x80\x9c and more", "Spaß“ and more", false},
        {"Z\xc3\x83\xc2\xbcrich", "Zürich", true},
        {"Z\xc3\x83\xc5\x93RICH", "ZÜRICH", true},
        /* Latin-1 reading of é, twice. */
        {"caf\xc3\x83\xc2\xa9 and r\xc3\x83\xc2\xa8gle", "café and règle",
         true},
    };
    struct decoded d;
    size_t i;

    (void)state;
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        decode_str(cases[i].in, &d);
        assert_string_equal(d.text, cases[i].out);
        assert_int_equal(d.repaired, cases[i].repaired);
        decode_free(&d);
    }
}

/* No character of the Thai block (E0 B8 xx, E0 B9 xx) in s. */
static int
has_thai(const char *s)
{
    for (; *s != '\0'; s++)
        if ((unsigned char)s[0] == 0xe0 &&
            ((unsigned char)s[1] == 0xb8 || (unsigned char)s[1] == 0xb9))
            return 1;
    return 0;
}

/* Decode one sample named by gold.jsonl: a repaired one keeps none of its
 * must_not strings and no Thai mojibake; any other is NFKC of itself.
 * Returns 1 when it was repaired. */
static int
check_seed(const json_t *g)
{
    const json_t *m;
    char path[512], err[128], *raw, *nfkc;
    struct decoded d;
    size_t len = 0, i;
    int repaired;

    snprintf(path, sizeof(path), SEEDS "%s",
             json_string_value(json_object_get(g, "file")));
    raw = slurp(path, &len);
    assert_non_null(raw);
    assert_int_equal(decode_text(raw, len, &d, err, sizeof(err)), 0);
    repaired = d.repaired;
    if (repaired) {
        assert_false(has_thai(d.text));
        json_array_foreach(json_object_get(g, "must_not"), i, m)
            assert_null(strstr(d.text, json_string_value(m)));
    } else {
        nfkc = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)raw);
        assert_string_equal(d.text, nfkc);
        free(nfkc);
    }
    decode_free(&d);
    free(raw);
    return repaired;
}

/* The quick scan finds what needs work wherever it sits, inside or past
 * a 16-byte block, and stops at bad bytes. */
static void
test_scan_flags(void **state)
{
    char buf[64];
    size_t at;

    (void)state;
    assert_int_equal(decode_scan("", 0), 0);
    assert_int_equal(decode_scan("plain\ttext\n", 11), 0);
    for (at = 0; at < 40; at++) {
        memset(buf, 'a', sizeof(buf));
        memcpy(buf + at, "\xc3\xa9", 2);
        assert_int_equal(decode_scan(buf, 48), DECODE_SCAN_HIGH);
        buf[at] = '\r';
        assert_int_equal(decode_scan(buf, 48), DECODE_SCAN_CONTROL);
        buf[at] = '\0';
        assert_int_equal(decode_scan(buf, 48), DECODE_SCAN_CONTROL);
        buf[at] = (char)0xc3;
        buf[at + 1] = 'a';
        assert_int_equal(decode_scan(buf, 48), DECODE_SCAN_INVALID);
    }
    /* A sequence cut off by the end is invalid. */
    assert_int_equal(decode_scan("ab\xe2\x80", 4), DECODE_SCAN_INVALID);
    assert_int_equal(decode_scan("\xe2\x80\x9c\x01", 4),
                     DECODE_SCAN_HIGH | DECODE_SCAN_CONTROL);
}

/* The real-world samples, when the shared folder is there; what to expect
 * is read from its gold.jsonl, so no sample text lives in this file. */
static void
test_seeds(void **state)
{
    FILE *f = fopen(SEEDS "gold.jsonl", "r");
    char line[65536];
    int repaired = 0;

    (void)state;
    if (f == NULL)
        skip();
    while (fgets(line, sizeof(line), f) != NULL) {
        json_t *g = json_loads(line, 0, NULL);
        assert_non_null(g);
        repaired += check_seed(g);
        json_decref(g);
    }
    fclose(f);
    assert_true(repaired >= 1);     /* the samples include mojibake */
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ascii_is_copied),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_bom_and_utf16),
        cmocka_unit_test(test_utf16_odd_length_fails),
        cmocka_unit_test(test_windows_1252_fallback),
        cmocka_unit_test(test_stray_byte_in_utf8),
        cmocka_unit_test(test_html_references),
        cmocka_unit_test(test_invisible_marks),
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_nul_in_first_block_is_binary),
        cmocka_unit_test(test_utf16_without_bom_is_named),
        cmocka_unit_test(test_nul_after_first_block_is_dropped),
        cmocka_unit_test(test_nfkc_letters_not_quotes),
        cmocka_unit_test(test_honest_text_untouched),
        cmocka_unit_test(test_mojibake_fixtures),
        cmocka_unit_test(test_mojibake_short_cases),
        cmocka_unit_test(test_scan_flags),
        cmocka_unit_test(test_seeds),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
