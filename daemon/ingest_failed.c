/* SPDX-License-Identifier: MIT */
/* ingest_failed.c - files already reported as no article: not reported again until they change. */
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "factwatchd.h"
#include "ingest.h"

/* A file reported as no article (empty, binary, too large, unreadable, a
 * symlink...) and how it looked then. A rescan that finds it the same
 * says nothing again (every rescan used to publish the same error); any
 * change, a write or a chmod (ctime), tries it again. */
struct failed {
    char    *rel;                   /* owned; first: the tree's key */
    int64_t  dev, ino, size, mtime_ns, ctime_ns;
    uint32_t mode;
};

static void
free_failed(void *p)
{
    struct failed *f = p;

    free(f->rel);
    free(f);
}

/* How st looks; all zero without one (a name too long to stat). */
static void
sign(struct failed *f, const struct stat *st)
{
    f->dev = st ? (int64_t)st->st_dev : 0;
    f->ino = st ? (int64_t)st->st_ino : 0;
    f->size = st ? (int64_t)st->st_size : 0;
    f->mtime_ns = st ? fileio_mtime_ns(st) : 0;
    f->ctime_ns = st ? (int64_t)st->st_ctim.tv_sec * 1000000000 +
        st->st_ctim.tv_nsec : 0;
    f->mode = st ? (uint32_t)st->st_mode : 0;
}

bool
ingest_failed_again(const struct ingest *in, const char *rel,
    const struct stat *st)
{
    struct failed key = {.rel = (char *)rel}, now, **slot;

    if (in->nfailed == 0 ||
        (slot = tfind(&key, &in->failed, pathtree_cmp)) == NULL)
        return false;
    sign(&now, st);
    return (*slot)->dev == now.dev && (*slot)->ino == now.ino &&
        (*slot)->size == now.size && (*slot)->mtime_ns == now.mtime_ns &&
        (*slot)->ctime_ns == now.ctime_ns && (*slot)->mode == now.mode;
}

void
ingest_failed_note(struct ingest *in, const char *rel, const struct stat *st)
{
    struct failed key = {.rel = (char *)rel}, *f, **slot;

    if ((slot = tfind(&key, &in->failed, pathtree_cmp)) != NULL) {
        sign(*slot, st);
        return;
    }
    if ((f = calloc(1, sizeof *f)) == NULL ||
        (f->rel = strdup(rel)) == NULL) {
        free(f);
        return;                     /* reported again next time: harmless */
    }
    if ((slot = tsearch(f, &in->failed, pathtree_cmp)) == NULL) {
        free_failed(f);
        return;
    }
    sign(f, st);
    in->nfailed++;
}

void
ingest_failed_forget(struct ingest *in, const char *rel)
{
    struct failed key = {.rel = (char *)rel}, **slot, *f;

    if (in->nfailed == 0 ||
        (slot = tfind(&key, &in->failed, pathtree_cmp)) == NULL)
        return;
    f = *slot;
    tdelete(&key, &in->failed, pathtree_cmp);
    free_failed(f);
    in->nfailed--;
}

void
ingest_failed_forget_below(struct ingest *in, const char *prefix)
{
    struct failed **hit;
    size_t i, n;

    if (in->nfailed == 0 ||
        (hit = malloc(in->nfailed * sizeof *hit)) == NULL)
        return;
    n = pathtree_below(in->failed, prefix, (void **)hit, in->nfailed);
    for (i = 0; i < n; i++) {
        tdelete(hit[i], &in->failed, pathtree_cmp);
        free_failed(hit[i]);
        in->nfailed--;
    }
    free(hit);
}

void
ingest_failed_free(struct ingest *in)
{
    tdestroy(in->failed, free_failed);
    in->failed = NULL;
    in->nfailed = 0;
}
