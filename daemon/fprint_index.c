/* SPDX-License-Identifier: MIT */
/* fprint_index.c - banded SimHash index: near-duplicate lookup without comparing every pair. */
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "fprint.h"

/* Four bands of 16 bits. Two hashes within FPRINT_NEAR bits differ in at
 * most RADIUS bits of some band (pigeonhole: 4 bands x 3 bits > 10), so a
 * lookup walks, in each band, the bucket of the query's key and of every
 * key within RADIUS bits of it: 4 x 137 buckets of about n/65536 entries
 * each. Eleven exact-match bands of 6 bits walked about n/6 entries, 15%
 * of the daemon's time in a 10,000-article burst. Entry 0 is never used:
 * 0 is NIL, so the bucket heads start as untouched zero pages. */
#define BANDS     4
#define BAND_BITS 16
#define BUCKETS   (1u << BAND_BITS)
#define RADIUS    2
#define NIL       0

_Static_assert(BANDS * BAND_BITS == 64, "the bands cover the hash");
_Static_assert(BANDS * (RADIUS + 1) > FPRINT_NEAR, "pigeonhole");

struct entry {
    char    *path;                         /* owned; NULL when the slot is free */
    uint64_t simhash;
    uint64_t pathhash;
    int32_t  next[BANDS], prev[BANDS];
};

struct fprint_index {
    struct entry *e;                       /* e[0] unused: NIL */
    int32_t       ne, cape;
    int32_t      *freelist;                /* free entry slots */
    int32_t       nfree;
    int32_t      *head;                    /* [BANDS][BUCKETS] */
    int32_t      *table;                   /* path hash -> entry, linear probing */
    uint32_t      tcap;                    /* power of two */
    uint32_t      live;
};

static unsigned
band(uint64_t h, int b)
{
    return (unsigned)(h >> (BAND_BITS * b)) & (BUCKETS - 1);
}

static int32_t *
head(const struct fprint_index *ix, int b, unsigned key)
{
    return &ix->head[(size_t)b * BUCKETS + key];
}

struct fprint_index *
fprint_index_new(void)
{
    struct fprint_index *ix = calloc(1, sizeof *ix);

    if (ix == NULL)
        return NULL;
    ix->ne = 1;
    ix->tcap = 1024;
    ix->head = calloc((size_t)BANDS * BUCKETS, sizeof *ix->head);
    ix->table = calloc(ix->tcap, sizeof *ix->table);
    if (ix->head == NULL || ix->table == NULL) {
        free(ix->head);
        free(ix->table);
        free(ix);
        return NULL;
    }
    return ix;
}

void
fprint_index_free(struct fprint_index *ix)
{
    int32_t i;

    if (ix == NULL)
        return;
    for (i = 1; i < ix->ne; i++)
        free(ix->e[i].path);
    free(ix->e);
    free(ix->freelist);
    free(ix->head);
    free(ix->table);
    free(ix);
}

size_t
fprint_index_size(const struct fprint_index *ix)
{
    return ix->live;
}

/* The table slot holding path, or the empty slot where it would go. */
static uint32_t
slot_of(const struct fprint_index *ix, const char *path, uint64_t ph)
{
    uint32_t i = (uint32_t)ph & (ix->tcap - 1);

    while (ix->table[i] != NIL) {
        const struct entry *e = &ix->e[ix->table[i]];
        if (e->pathhash == ph && strcmp(e->path, path) == 0)
            break;
        i = (i + 1) & (ix->tcap - 1);
    }
    return i;
}

static int
grow_table(struct fprint_index *ix)
{
    uint32_t n = ix->tcap * 2, i;
    int32_t *t = calloc(n, sizeof *t), *old = ix->table;

    if (t == NULL)
        return -1;
    ix->table = t;
    ix->tcap = n;
    for (i = 0; i < n / 2; i++)
        if (old[i] != NIL) {
            const struct entry *e = &ix->e[old[i]];
            t[slot_of(ix, e->path, e->pathhash)] = old[i];
        }
    free(old);
    return 0;
}

static void
link_bands(struct fprint_index *ix, int32_t id)
{
    struct entry *e = &ix->e[id];
    int b;

    for (b = 0; b < BANDS; b++) {
        int32_t *h = head(ix, b, band(e->simhash, b));
        e->prev[b] = NIL;
        e->next[b] = *h;
        if (*h != NIL)
            ix->e[*h].prev[b] = id;
        *h = id;
    }
}

static void
unlink_bands(struct fprint_index *ix, int32_t id)
{
    struct entry *e = &ix->e[id];
    int b;

    for (b = 0; b < BANDS; b++) {
        if (e->prev[b] != NIL)
            ix->e[e->prev[b]].next[b] = e->next[b];
        else
            *head(ix, b, band(e->simhash, b)) = e->next[b];
        if (e->next[b] != NIL)
            ix->e[e->next[b]].prev[b] = e->prev[b];
    }
}

static int32_t
new_entry(struct fprint_index *ix)
{
    if (ix->nfree > 0)
        return ix->freelist[--ix->nfree];
    if (ix->ne >= ix->cape) {
        int32_t n = ix->cape ? ix->cape * 2 : 256;
        struct entry *e = realloc(ix->e, (size_t)n * sizeof *e);
        int32_t *f = realloc(ix->freelist, (size_t)n * sizeof *f);
        if (e)
            ix->e = e;
        if (f)
            ix->freelist = f;
        if (e == NULL || f == NULL)
            return NIL;
        ix->cape = n;
    }
    return ix->ne++;
}

int
fprint_index_put(struct fprint_index *ix, const char *path, uint64_t simhash)
{
    uint64_t ph = XXH3_64bits(path, strlen(path));
    uint32_t s;
    int32_t id;

    if ((ix->live + 1) * 2 > ix->tcap && grow_table(ix) < 0)
        return -1;
    s = slot_of(ix, path, ph);
    if (ix->table[s] != NIL) {             /* known path: re-band it */
        id = ix->table[s];
        unlink_bands(ix, id);
        ix->e[id].simhash = simhash;
        link_bands(ix, id);
        return 0;
    }
    if ((id = new_entry(ix)) == NIL)
        return -1;
    if ((ix->e[id].path = strdup(path)) == NULL) {
        ix->freelist[ix->nfree++] = id;
        return -1;
    }
    ix->e[id].simhash = simhash;
    ix->e[id].pathhash = ph;
    ix->table[s] = id;
    link_bands(ix, id);
    ix->live++;
    return 0;
}

/* Linear probing deletes by shifting later members of the run back. */
static void
table_remove(struct fprint_index *ix, uint32_t i)
{
    uint32_t mask = ix->tcap - 1, j = i, home;

    ix->table[i] = NIL;
    for (;;) {
        j = (j + 1) & mask;
        if (ix->table[j] == NIL)
            return;
        home = (uint32_t)ix->e[ix->table[j]].pathhash & mask;
        /* Move j back to i unless its home lies cyclically in (i, j]. */
        if ((i < j) ? (home <= i || home > j) : (home <= i && home > j)) {
            ix->table[i] = ix->table[j];
            ix->table[j] = NIL;
            i = j;
        }
    }
}

void
fprint_index_del(struct fprint_index *ix, const char *path)
{
    uint64_t ph = XXH3_64bits(path, strlen(path));
    uint32_t s = slot_of(ix, path, ph);
    int32_t id = ix->table[s];

    if (id == NIL)
        return;
    unlink_bands(ix, id);
    table_remove(ix, s);
    free(ix->e[id].path);
    ix->e[id].path = NULL;
    ix->freelist[ix->nfree++] = id;
    ix->live--;
}

static void
insert_sorted(struct fprint_match *out, size_t *n, size_t max,
    const char *path, int d)
{
    size_t i;

    for (i = 0; i < *n; i++)
        if (out[i].path == path)
            return;                        /* found through another band */
    if (*n == max && (max == 0 || out[max - 1].distance <= d))
        return;
    i = *n < max ? (*n)++ : max - 1;
    while (i > 0 && out[i - 1].distance > d) {
        out[i] = out[i - 1];
        i--;
    }
    out[i].path = path;
    out[i].distance = d;
}

struct query {
    uint64_t             simhash;
    const char          *self;
    struct fprint_match *out;
    size_t               n, max;
};

static void
walk(const struct fprint_index *ix, struct query *q, int b, unsigned key)
{
    int32_t id;
    int d;

    for (id = *head(ix, b, key); id != NIL; id = ix->e[id].next[b]) {
        const struct entry *e = &ix->e[id];
        d = fprint_distance(e->simhash, q->simhash);
        if (d <= FPRINT_NEAR && (q->self == NULL || strcmp(e->path, q->self)))
            insert_sorted(q->out, &q->n, q->max, e->path, d);
    }
}

size_t
fprint_index_near(const struct fprint_index *ix, uint64_t simhash,
    const char *self, struct fprint_match *out, size_t max)
{
    struct query q = {simhash, self, out, 0, max};
    unsigned key, i, j;
    int b;

    _Static_assert(RADIUS == 2, "the probes below enumerate radius 2");
    for (b = 0; b < BANDS; b++) {
        key = band(simhash, b);
        walk(ix, &q, b, key);
        for (i = 0; i < BAND_BITS; i++) {
            walk(ix, &q, b, key ^ (1u << i));
            for (j = 0; j < i; j++)
                walk(ix, &q, b, key ^ (1u << i) ^ (1u << j));
        }
    }
    return q.n;
}
