/* SPDX-License-Identifier: MIT */
/* fprint_index.c - banded SimHash index: near-duplicate lookup without comparing every pair. */
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "fprint.h"

/* Six bands of 11 or 10 bits. Two hashes within FPRINT_NEAR bits differ
 * in at most one bit of some band (pigeonhole: 6 bands x 2 bits > 10), so
 * a lookup scans, in each band, the bucket of the query's key and of the
 * 10 or 11 keys one bit from it: 70 buckets of about n/2048 entries.
 * A bucket is one array of 8-byte slots, each an entry's id (24 bits) and
 * 40 bits of its hash from outside the band: more than 10 of those 40
 * differing rules the entry out unread (all but 0.1% of unrelated ones),
 * so a scan is a run of loads from one array. Linked chains through the
 * entries (four 16-bit bands, radius 2: 548 buckets) spent a lookup on
 * cache misses, 10% of a 10,000-article burst whose SimHashes cluster as
 * syndicated copies do. Entry 0 is never used: 0 is NIL. */
#define BANDS   6
#define NIL     0
#define ID_BITS 24                         /* 16.7 million entries */
#define ID_MASK ((1u << ID_BITS) - 1)

static const unsigned band_shift[BANDS] = {0, 11, 22, 33, 44, 54};
static const unsigned band_bits[BANDS]  = {11, 11, 11, 11, 10, 10};
#define BUCKETS_PER_BAND (1u << 11)

_Static_assert(BANDS * 2 > FPRINT_NEAR, "pigeonhole: radius 1 per band");

struct bucket {
    uint64_t *slot;                        /* owned: part << ID_BITS | id */
    uint32_t  n, cap;
};

struct entry {
    char    *path;                         /* owned; NULL when the slot is free */
    uint64_t simhash;
    uint64_t pathhash;
};

struct fprint_index {
    struct entry  *e;                      /* e[0] unused: NIL */
    int32_t        ne, cape;
    int32_t       *freelist;               /* free entry slots */
    int32_t        nfree;
    struct bucket *bucket;                 /* [BANDS][BUCKETS_PER_BAND] */
    int32_t       *table;                  /* path hash -> entry, linear probing */
    uint32_t       tcap;                   /* power of two */
    uint32_t       live;
};

static unsigned
band(uint64_t h, int b)
{
    return (unsigned)(h >> band_shift[b]) & ((1u << band_bits[b]) - 1);
}

/* 40 bits of h from outside band b (the slot's high bits, the rest 0):
 * the distance between two of them is a lower bound of the whole one. */
static uint64_t
part(uint64_t h, int b)
{
    unsigned r = (band_shift[b] + band_bits[b]) & 63;  /* the last band: 0 */

    return (r ? h >> r | h << (64 - r) : h) << ID_BITS;
}

static struct bucket *
bucket_of(const struct fprint_index *ix, int b, unsigned key)
{
    return &ix->bucket[(size_t)b * BUCKETS_PER_BAND + key];
}

struct fprint_index *
fprint_index_new(void)
{
    struct fprint_index *ix = calloc(1, sizeof *ix);

    if (ix == NULL)
        return NULL;
    ix->ne = 1;
    ix->tcap = 1024;
    ix->bucket = calloc((size_t)BANDS * BUCKETS_PER_BAND, sizeof *ix->bucket);
    ix->table = calloc(ix->tcap, sizeof *ix->table);
    if (ix->bucket == NULL || ix->table == NULL) {
        free(ix->bucket);
        free(ix->table);
        free(ix);
        return NULL;
    }
    return ix;
}

void
fprint_index_free(struct fprint_index *ix)
{
    size_t i;

    if (ix == NULL)
        return;
    for (i = 1; i < (size_t)ix->ne; i++)
        free(ix->e[i].path);
    for (i = 0; i < (size_t)BANDS * BUCKETS_PER_BAND; i++)
        free(ix->bucket[i].slot);
    free(ix->e);
    free(ix->freelist);
    free(ix->bucket);
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

/* Grows by half: the slots are most of the index's memory. */
static int
bucket_add(struct bucket *k, uint64_t bits, int32_t id)
{
    if (k->n == k->cap) {
        uint32_t n = k->cap < 4 ? 4 : k->cap + k->cap / 2;
        uint64_t *p = realloc(k->slot, n * sizeof *p);
        if (p == NULL)
            return -1;
        k->slot = p;
        k->cap = n;
    }
    k->slot[k->n++] = bits | (uint32_t)id;
    return 0;
}

/* The last slot takes the removed one's place: order does not matter. */
static void
bucket_remove(struct bucket *k, int32_t id)
{
    uint32_t i;

    for (i = 0; i < k->n; i++)
        if ((int32_t)(k->slot[i] & ID_MASK) == id) {
            k->slot[i] = k->slot[--k->n];
            return;
        }
}

static void
unlink_bands(struct fprint_index *ix, int32_t id, int nbands)
{
    uint64_t h = ix->e[id].simhash;
    int b;

    for (b = 0; b < nbands; b++)
        bucket_remove(bucket_of(ix, b, band(h, b)), id);
}

/* 0, or -1 (out of memory) with the entry in no band. */
static int
link_bands(struct fprint_index *ix, int32_t id)
{
    uint64_t h = ix->e[id].simhash;
    int b;

    for (b = 0; b < BANDS; b++)
        if (bucket_add(bucket_of(ix, b, band(h, b)), part(h, b), id) < 0) {
            unlink_bands(ix, id, b);
            return -1;
        }
    return 0;
}

static int32_t
new_entry(struct fprint_index *ix)
{
    if (ix->nfree > 0)
        return ix->freelist[--ix->nfree];
    if (ix->ne > (int32_t)ID_MASK)
        return NIL;                        /* a slot has no room for more */
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


/* Forget entry id, found at table slot s. */
static void
drop(struct fprint_index *ix, int32_t id, uint32_t s)
{
    table_remove(ix, s);
    free(ix->e[id].path);
    ix->e[id].path = NULL;
    ix->freelist[ix->nfree++] = id;
    ix->live--;
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
        unlink_bands(ix, id, BANDS);
        ix->e[id].simhash = simhash;
        if (link_bands(ix, id) < 0) {
            drop(ix, id, s);               /* in no band: forget it whole */
            return -1;
        }
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
    ix->live++;
    if (link_bands(ix, id) < 0) {
        drop(ix, id, s);
        return -1;
    }
    return 0;
}

void
fprint_index_del(struct fprint_index *ix, const char *path)
{
    uint64_t ph = XXH3_64bits(path, strlen(path));
    uint32_t s = slot_of(ix, path, ph);
    int32_t id = ix->table[s];

    if (id == NIL)
        return;
    unlink_bands(ix, id, BANDS);
    drop(ix, id, s);
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

/* A scan is mostly popcounts: built twice, and the loader picks the one
 * with the CPU's POPCNT instruction where there is one (the build does
 * not assume it; without, __builtin_popcountll is a library call). */
__attribute__((target_clones("popcnt", "default"))) static void
scan(const struct fprint_index *ix, struct query *q, int b, unsigned key)
{
    const struct bucket *k = bucket_of(ix, b, key);
    uint64_t qp = part(q->simhash, b);
    uint32_t i;
    int d;

    for (i = 0; i < k->n; i++) {
        const struct entry *e;
        if (__builtin_popcountll((k->slot[i] ^ qp) & ~(uint64_t)ID_MASK) >
            FPRINT_NEAR)
            continue;
        e = &ix->e[k->slot[i] & ID_MASK];
        d = __builtin_popcountll(e->simhash ^ q->simhash);
        if (d <= FPRINT_NEAR && (q->self == NULL || strcmp(e->path, q->self)))
            insert_sorted(q->out, &q->n, q->max, e->path, d);
    }
}

size_t
fprint_index_near(const struct fprint_index *ix, uint64_t simhash,
    const char *self, struct fprint_match *out, size_t max)
{
    struct query q = {simhash, self, out, 0, max};
    unsigned key, i;
    int b;

    for (b = 0; b < BANDS; b++) {
        key = band(simhash, b);
        scan(ix, &q, b, key);
        for (i = 0; i < band_bits[b]; i++)
            scan(ix, &q, b, key ^ (1u << i));
    }
    return q.n;
}
