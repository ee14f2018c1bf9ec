/* SPDX-License-Identifier: MIT */
/* stages.c - time each stage of the pure text pipeline over a corpus held in memory. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <jansson.h>

#include "article.h"

enum stage { ST_DECODE, ST_PARSE, ST_FACTS, ST_FPRINT, ST_JSON, ST_WHOLE,
    ST_COUNT };

static const char *const stage_names[ST_COUNT] = {"decode", "parse", "facts",
    "fingerprint", "json", "whole"};

struct doc {
    char   *raw;
    size_t  len;
    char    name[256];
    int64_t mtime_ns;
};

struct corpus {
    struct doc *v;
    size_t      n;
    size_t      bytes;
};

static double
cpu_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
load_file(const char *dir, const char *name, struct doc *d)
{
    char path[4096];
    struct stat st;
    FILE *f;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    if ((f = fopen(path, "rb")) == NULL || fstat(fileno(f), &st) < 0)
        goto fail;
    d->len = (size_t)st.st_size;
    if ((d->raw = malloc(d->len + 1)) == NULL ||
        fread(d->raw, 1, d->len, f) != d->len)
        goto fail;
    d->raw[d->len] = '\0';
    d->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 +
        st.st_mtim.tv_nsec;
    snprintf(d->name, sizeof d->name, "%s", name);
    fclose(f);
    return 0;
fail:
    perror(path);
    if (f)
        fclose(f);
    return -1;
}

static int
load_corpus(const char *dir, struct corpus *c)
{
    struct dirent **ents;
    int n, i, rc = 0;

    if ((n = scandir(dir, &ents, NULL, alphasort)) < 0) {
        perror(dir);
        return -1;
    }
    c->v = calloc((size_t)n, sizeof *c->v);
    for (i = 0; i < n; i++) {
        if (c->v && rc == 0 && ents[i]->d_name[0] != '.') {
            rc = load_file(dir, ents[i]->d_name, &c->v[c->n]);
            c->bytes += c->v[c->n++].len;
        }
        free(ents[i]);
    }
    free(ents);
    return c->v == NULL ? -1 : rc;
}

/* Stage 1: raw bytes to clean UTF-8. */
static int
run_decode(const struct corpus *c, struct article *arts)
{
    char err[256];
    size_t i;

    for (i = 0; i < c->n; i++)
        if (decode_text(c->v[i].raw, c->v[i].len, &arts[i].dec, err,
                sizeof err) < 0)
            arts[i].dec.text = NULL;    /* not text: skipped below */
    return 0;
}

static int
run_parse(const struct corpus *c, struct article *arts)
{
    size_t i;

    for (i = 0; i < c->n; i++) {
        struct article *a = &arts[i];
        if (a->dec.text == NULL)
            continue;
        if (parse_document(a->dec.text, a->dec.len, &a->doc) < 0)
            return -1;
        a->date = a->doc.date_source != PARSE_DATE_NONE ? a->doc.date :
            cal_from_time((time_t)(c->v[i].mtime_ns / 1000000000));
        a->date_source = parse_date_source_name(a->doc.date_source);
    }
    return 0;
}

static int
run_facts(const struct corpus *c, struct article *arts)
{
    size_t i;

    for (i = 0; i < c->n; i++)
        if (arts[i].dec.text != NULL &&
            facts_extract(&arts[i].doc, arts[i].date, &arts[i].facts) < 0)
            return -1;
    return 0;
}

static int
run_fprint(const struct corpus *c, struct article *arts)
{
    size_t i;

    for (i = 0; i < c->n; i++)
        if (arts[i].dec.text != NULL &&
            fprint_compute(arts[i].dec.text, arts[i].dec.len, c->v[i].raw,
                c->v[i].len, &arts[i].fp) < 0)
            return -1;
    return 0;
}

/* The summary as the daemon sends it, text included. */
static int
dump_one(const struct article *a, const struct doc *d)
{
    struct article_meta meta = {d->name, (int64_t)d->len, d->mtime_ns, true,
        NULL};
    char *s = article_json(a, &meta, 1, "new", NULL, NULL);
    int rc = s ? 0 : -1;

    free(s);
    return rc;
}

static int
run_json(const struct corpus *c, struct article *arts)
{
    size_t i;

    for (i = 0; i < c->n; i++)
        if (arts[i].dec.text != NULL && dump_one(&arts[i], &c->v[i]) < 0)
            return -1;
    return 0;
}

/* The whole pipeline one article at a time, as --once runs it. */
static int
run_whole(const struct corpus *c)
{
    char err[256];
    size_t i;

    for (i = 0; i < c->n; i++) {
        struct article *a = article_new(c->v[i].raw, c->v[i].len,
            c->v[i].mtime_ns, err, sizeof err);
        if (a != NULL && dump_one(a, &c->v[i]) < 0)
            return -1;
        article_free(a);
    }
    return 0;
}

static void
free_parts(struct article *arts, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        facts_free(&arts[i].facts);
        parse_free(&arts[i].doc);
        decode_free(&arts[i].dec);
    }
    memset(arts, 0, n * sizeof *arts);
}

/* One pass of every stage; seconds of CPU per stage into t. */
static int
run_pass(const struct corpus *c, struct article *arts, double *t)
{
    int (*fn[ST_WHOLE])(const struct corpus *, struct article *) = {
        run_decode, run_parse, run_facts, run_fprint, run_json};
    double t0;
    int s;

    for (s = 0; s < ST_WHOLE; s++) {
        t0 = cpu_now();
        if (fn[s](c, arts) < 0)
            return -1;
        t[s] = cpu_now() - t0;
    }
    free_parts(arts, c->n);
    t0 = cpu_now();
    if (run_whole(c) < 0)
        return -1;
    t[ST_WHOLE] = cpu_now() - t0;
    return 0;
}

static int
cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

static void
report(const struct corpus *c, double (*t)[ST_COUNT], int reps)
{
    double v[64];
    int s, r;

    printf("{\"articles\": %zu, \"bytes\": %zu, \"reps\": %d, "
        "\"clock\": \"thread_cputime\", \"stages\": {", c->n, c->bytes, reps);
    for (s = 0; s < ST_COUNT; s++) {
        for (r = 0; r < reps; r++)
            v[r] = t[r][s];
        qsort(v, (size_t)reps, sizeof v[0], cmp_double);
        printf("%s\"%s\": {\"seconds\": %.6f, \"mb_per_s\": %.2f, "
            "\"us_per_article\": %.3f}", s ? ", " : "", stage_names[s],
            v[reps / 2], (double)c->bytes / 1e6 / v[reps / 2],
            v[reps / 2] * 1e6 / (double)c->n);
    }
    printf("}}\n");
}

int
main(int argc, char **argv)
{
    struct corpus c = {0};
    double t[64][ST_COUNT];
    struct article *arts;
    int reps = argc > 2 ? atoi(argv[2]) : 5, r;

    if (argc < 2 || reps < 1 || reps > 64) {
        fprintf(stderr, "usage: stages DIR [REPS (1..64, 5)]\n");
        return 100;
    }
    if (load_corpus(argv[1], &c) < 0 || c.n == 0)
        return 111;
    if ((arts = calloc(c.n, sizeof *arts)) == NULL)
        return 111;
    for (r = 0; r < reps; r++)
        if (run_pass(&c, arts, t[r]) < 0) {
            fprintf(stderr, "stages: out of memory\n");
            return 111;
        }
    report(&c, t, reps);
    return 0;
}
