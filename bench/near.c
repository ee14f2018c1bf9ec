/* SPDX-License-Identifier: MIT */
/* near.c - near-duplicate lookup at 100,000 articles: the banded index against a scan of every hash, same run. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fprint.h"

/*
 * usage: near [N] [ROUNDS]   (100000, 5)
 * Two indexes of N hashes: random ones, and clustered ones (families of 10
 * near-copies within 6 bits of a family's base, as syndicated copies and
 * templated articles are). 10,000 lookups each, half of a known hash with
 * 0-3 bits flipped, half random; the baseline is what the index avoids, a
 * scan of all N hashes with a popcount each. Prints one JSON object: the
 * median over ROUNDS of the microseconds per lookup, and the ratio.
 */
#define LOOKUPS 10000
#define FAMILY 10

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t
next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static uint64_t
flip(uint64_t h, int bits)
{
    while (bits-- > 0)
        h ^= 1ULL << (next() % 64);
    return h;
}

static double
now_us(void)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int
cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

static double
median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static void
fill(uint64_t *h, int n, int clustered)
{
    uint64_t base = 0;
    int i;

    for (i = 0; i < n; i++) {
        if (!clustered)
            h[i] = next();
        else {
            if (i % FAMILY == 0)
                base = next();
            h[i] = flip(base, (int)(next() % 7));
        }
    }
}

static void
queries(const uint64_t *h, int n, uint64_t *q)
{
    int i;

    for (i = 0; i < LOOKUPS; i++)
        q[i] = i % 2 ? next() : flip(h[next() % (uint64_t)n], (int)(next() % 4));
}

/* Microseconds per lookup through the index; *found adds the matches. */
static double
indexed(const struct fprint_index *ix, const uint64_t *q, size_t *found)
{
    struct fprint_match m[32];
    double t0 = now_us();
    int i;

    for (i = 0; i < LOOKUPS; i++)
        *found += fprint_index_near(ix, q[i], NULL, m, 32);
    return (now_us() - t0) / LOOKUPS;
}

static double
scanned(const uint64_t *h, int n, const uint64_t *q, size_t *found)
{
    double t0 = now_us();
    int i, j;

    for (i = 0; i < LOOKUPS; i++)
        for (j = 0; j < n; j++)
            *found += __builtin_popcountll(h[j] ^ q[i]) <= FPRINT_NEAR;
    return (now_us() - t0) / LOOKUPS;
}

static int
run(int n, int rounds, int clustered, const char *name)
{
    uint64_t *h = malloc(sizeof *h * (size_t)n), q[LOOKUPS];
    double ix_us[32], scan_us[32];
    struct fprint_index *ix = fprint_index_new();
    size_t found_ix = 0, found_scan = 0;
    char path[32];
    int i, r;

    if (h == NULL || ix == NULL)
        return -1;
    fill(h, n, clustered);
    for (i = 0; i < n; i++) {
        snprintf(path, sizeof path, "a%06d.txt", i);
        if (fprint_index_put(ix, path, h[i]) < 0)
            return -1;
    }
    queries(h, n, q);
    for (r = 0; r < rounds; r++) {
        ix_us[r] = indexed(ix, q, &found_ix);
        scan_us[r] = scanned(h, n, q, &found_scan);
    }
    /* the two must find the same: the index is exact, not a sample */
    printf("%s\"%s\": {\"articles\": %d, \"lookups\": %d, \"index_us\": %.3f, "
        "\"scan_us\": %.3f, \"ratio\": %.1f, \"matches_per_lookup\": %.2f, "
        "\"same_matches\": %s}",
        clustered ? ", " : "", name, n, LOOKUPS, median(ix_us, rounds),
        median(scan_us, rounds), median(scan_us, rounds) /
        median(ix_us, rounds), (double)found_ix / rounds / LOOKUPS,
        found_ix == found_scan ? "true" : "false");
    fprint_index_free(ix);
    free(h);
    return 0;
}

int
main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 100000;
    int rounds = argc > 2 ? atoi(argv[2]) : 5;

    if (n < FAMILY || rounds < 1 || rounds > 32) {
        fprintf(stderr, "usage: near [N] [ROUNDS]\n");
        return 100;
    }
    printf("{\"target_us\": 1000, ");
    if (run(n, rounds, 0, "random") < 0 || run(n, rounds, 1, "clustered") < 0) {
        fprintf(stderr, "near: out of memory\n");
        return 1;
    }
    printf("}\n");
    return 0;
}
