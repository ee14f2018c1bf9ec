/* SPDX-License-Identifier: MIT */
/* test_fprint.c - unit tests for SHA-256 and SimHash fingerprints and the banded near-duplicate index. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <xxhash.h>

#include "fprint.h"

static const char story[] =
    "The river authority opened the new flood gates on Thursday after three "
    "years of work. Engineers said the gates would protect four thousand "
    "homes from the spring tides, and the mayor thanked the crews who worked "
    "through two winters to finish the job ahead of schedule.";

static void
test_sha256_known_vector(void **state)
{
    struct fprint fp;
    char hex[65];

    (void)state;
    assert_int_equal(fprint_compute("abc", 3, "abc", 3, &fp), 0);
    fprint_hex(fp.sha256, hex);
    assert_string_equal(hex,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assert_memory_equal(fp.sha256, fp.sha256_raw, 32);
}

/* Raw bytes of the same length as the text but not equal get their own. */
static void
test_sha256_raw_differs_from_text(void **state)
{
    struct fprint fp;
    char hex[65];

    (void)state;
    assert_int_equal(fprint_compute("abc", 3, "abd", 3, &fp), 0);
    fprint_hex(fp.sha256_raw, hex);
    assert_string_equal(hex,
        "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9");
    fprint_hex(fp.sha256, hex);
    assert_string_equal(hex,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void
test_simhash_near_for_an_edit_far_for_another_story(void **state)
{
    struct fprint a, b, c;
    char edited[sizeof story + 16];
    const char other[] = "Shares in the chip maker fell sharply on Monday "
        "after it warned that demand for its processors would weaken until "
        "the end of the year, and analysts cut their forecasts again.";

    (void)state;
    snprintf(edited, sizeof edited, "%s", story);
    memcpy(strstr(edited, "four"), "five", 4);
    fprint_compute(story, strlen(story), story, strlen(story), &a);
    fprint_compute(edited, strlen(edited), edited, strlen(edited), &b);
    fprint_compute(other, strlen(other), other, strlen(other), &c);
    assert_int_equal(fprint_distance(a.simhash, a.simhash), 0);
    assert_true(fprint_distance(a.simhash, b.simhash) <= FPRINT_NEAR);
    assert_true(fprint_distance(a.simhash, c.simhash) > FPRINT_NEAR);
}

static void
test_simhash_ignores_case_and_punctuation_runs(void **state)
{
    struct fprint a, b;
    const char *x = "Flood gates open on Thursday", *y = "flood  GATES open, on thursday!";

    (void)state;
    fprint_compute(x, strlen(x), x, strlen(x), &a);
    fprint_compute(y, strlen(y), y, strlen(y), &b);
    assert_int_equal(a.simhash, b.simhash);
}

static uint64_t rnd(uint64_t *s);

/* The SimHash as first written, a byte and a counter at a time: the
 * model the fast one must match bit for bit (users keep the values). */
static uint64_t
model_mix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ h >> 33;
}

static int
model_word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static uint64_t
model_simhash(const unsigned char *t, size_t len)
{
    uint64_t w[3] = {0, 0, 0}, count[64] = {0}, h, out = 0;
    size_t i = 0, words = 0, n = 0;
    int b;

    while (i < len) {
        if (!model_word_byte(t[i])) {
            i++;
            continue;
        }
        for (h = 0x9e3779b97f4a7c15ULL; i < len && model_word_byte(t[i]); i++)
            h = (h ^ (t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i])) *
                0x100000001b3ULL;
        w[0] = w[1];
        w[1] = w[2];
        w[2] = model_mix64(h);
        if (++words >= 3)
            for (h = XXH3_64bits(w, sizeof w), n++, b = 0; b < 64; b++)
                count[b] += h >> b & 1;
    }
    if (words > 0 && words < 3)
        return XXH3_64bits(w, sizeof w);
    for (b = 0; b < 64; b++)
        if (count[b] * 2 > n)
            out |= (uint64_t)1 << b;
    return out;
}

/* Random texts of every length up to a few blocks, with words from one
 * byte to hundreds (across the fast code's lanes and blocks), mixed case,
 * digits, punctuation runs and non-ASCII bytes. */
static void
test_simhash_matches_model(void **state)
{
    static unsigned char t[5000];
    const char gap[] = " ,.;:!?-'\"()\n\t";
    uint64_t seed = 0x2545f4914f6cdd1dULL, r;
    struct fprint fp;
    size_t len, i, run;

    (void)state;
    for (len = 0; len < sizeof t; len += 1 + len / 8) {
        for (i = 0; i < len;) {
            r = rnd(&seed);     /* a word, then one gap byte */
            for (run = r % 8 ? r % 10 + 1 : r % 300 + 1; run > 0 && i < len;
                 run--) {
                r = rnd(&seed);
                t[i++] = r % 3 ? (unsigned char)"eTaO1nS9iRh\xc3\xa9z"[r % 14] :
                    (unsigned char)gap[r % (sizeof gap - 1)];
            }
            if (i < len)
                t[i++] = (unsigned char)gap[rnd(&seed) % (sizeof gap - 1)];
        }
        assert_int_equal(fprint_compute((const char *)t, len,
            (const char *)t, len, &fp), 0);
        assert_int_equal(fp.simhash, model_simhash(t, len));
    }
}

static void
test_simhash_hex(void **state)
{
    char buf[17];

    (void)state;
    fprint_simhash_hex(0x00ab00000000cd01ULL, buf);
    assert_string_equal(buf, "00ab00000000cd01");
}

static uint64_t
rnd(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* A word with exactly k of its 64 bits set, at random places. */
static uint64_t
bits_set(uint64_t *s, int k)
{
    uint64_t x = 0;

    while (__builtin_popcountll(x) < k)
        x |= 1ull << (rnd(s) % 64);
    return x;
}

/* n bits 6 apart from bit first. */
static uint64_t
spread_bits(int first, int n)
{
    uint64_t m = 0;
    int i;

    for (i = 0; i < n; i++)
        m |= 1ULL << ((first + 6 * i) % 64);
    return m;
}

/* The banded index must find exactly what a scan of every entry finds. */
static void
test_index_matches_brute_force(void **state)
{
    enum { N = 20000 };
    static uint64_t hashes[N];
    struct fprint_index *ix = fprint_index_new();
    struct fprint_match m[64];
    uint64_t seed = 88172645463325252ULL;
    char path[32];
    size_t i, q, got, want;

    (void)state;
    assert_non_null(ix);
    for (i = 0; i < N; i++) {
        /* Every tenth hash is a few bits away from an earlier one, and
         * every tenth but one exactly 8 to 11 bits away: the edge of
         * FPRINT_NEAR, where the index's pigeonhole must not miss. Every
         * tenth but two is 10 or 11 bits away with the bits spread evenly
         * (6 apart), the pattern that leaves the fewest in any one band. */
        if (i % 10 == 7)
            hashes[i] = hashes[i - 2] ^ spread_bits(i / 10 % 10,
                10 + (int)(i / 100 % 2));
        else if (i % 10 == 9)
            hashes[i] = hashes[i - 5] ^ (rnd(&seed) & rnd(&seed) &
                rnd(&seed) & rnd(&seed));
        else if (i % 10 == 8)
            hashes[i] = hashes[i - 3] ^ bits_set(&seed, 8 + (int)(i / 10 % 4));
        else
            hashes[i] = rnd(&seed);
        snprintf(path, sizeof path, "a/%zu.txt", i);
        assert_int_equal(fprint_index_put(ix, path, hashes[i]), 0);
    }
    assert_int_equal(fprint_index_size(ix), N);
    for (q = 0; q < N; q += 7) {
        snprintf(path, sizeof path, "a/%zu.txt", q);
        got = fprint_index_near(ix, hashes[q], path, m, 64);
        for (want = 0, i = 0; i < N; i++)
            want += i != q && fprint_distance(hashes[i], hashes[q]) <= FPRINT_NEAR;
        assert_int_equal(got, want);
        for (i = 1; i < got; i++)
            assert_true(m[i - 1].distance <= m[i].distance);
    }
    fprint_index_free(ix);
}

static void
test_index_put_replace_and_delete(void **state)
{
    struct fprint_index *ix = fprint_index_new();
    struct fprint_match m[4];
    int i;
    char p[16];

    (void)state;
    fprint_index_put(ix, "a.txt", 0x1234);
    fprint_index_put(ix, "b.txt", 0x1235);
    assert_int_equal(fprint_index_near(ix, 0x1234, "a.txt", m, 4), 1);
    assert_string_equal(m[0].path, "b.txt");
    assert_int_equal(m[0].distance, 1);
    fprint_index_put(ix, "b.txt", ~0x1234ULL);      /* b changed a lot */
    assert_int_equal(fprint_index_near(ix, 0x1234, "a.txt", m, 4), 0);
    fprint_index_del(ix, "b.txt");
    fprint_index_del(ix, "missing.txt");
    assert_int_equal(fprint_index_size(ix), 1);
    for (i = 0; i < 3000; i++) {                    /* grow, then empty */
        snprintf(p, sizeof p, "%d", i);
        fprint_index_put(ix, p, (uint64_t)i << 20);
    }
    for (i = 0; i < 3000; i++) {
        snprintf(p, sizeof p, "%d", i);
        fprint_index_del(ix, p);
    }
    assert_int_equal(fprint_index_size(ix), 1);
    assert_int_equal(fprint_index_near(ix, 0x1234, NULL, m, 4), 1);
    fprint_index_free(ix);
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256_known_vector),
        cmocka_unit_test(test_sha256_raw_differs_from_text),
        cmocka_unit_test(test_simhash_near_for_an_edit_far_for_another_story),
        cmocka_unit_test(test_simhash_ignores_case_and_punctuation_runs),
        cmocka_unit_test(test_simhash_matches_model),
        cmocka_unit_test(test_simhash_hex),
        cmocka_unit_test(test_index_matches_brute_force),
        cmocka_unit_test(test_index_put_replace_and_delete),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
