/* SPDX-License-Identifier: MIT */
/* ingest_scan.c - reconcile the folder with the state: what was added, changed, moved or removed meanwhile. */
#include <malloc.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "factwatchd.h"
#include "ingest.h"

/* Flush every so many files, so a large scan neither holds one huge
 * transaction nor queues every message in memory. */
#define SCAN_BATCH 1000

/* The first scan runs before READY=1 and can take minutes; until then
 * systemctl status said nothing. STATUS= is one datagram to systemd, at
 * most once a second; the coarse clock costs a few ns a file. */
#define PROGRESS_MS 1000

struct ingest_seen {
    char       *rel;
    struct stat st;
    bool        used;       /* in the state too */
    bool        unchanged;  /* ... with the same size, mtime and inode */
};

/* Time for the next STATUS= line of a scan that says its progress? */
static bool
progress_due(struct ingest *in)
{
    struct timespec ts;
    int64_t ms;

    if (!in->progress)
        return false;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    ms = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
    if (in->progress_ms && ms - in->progress_ms < PROGRESS_MS)
        return false;
    in->progress_ms = ms;
    return true;
}

void
ingest_seen_add(struct ingest *in, const char *rel, const struct stat *st)
{
    if (progress_due(in))
        notify_progress("scanning: %zu files found", in->nseen);
    if (in->nseen == in->capseen) {
        size_t n = in->capseen ? in->capseen * 2 : 256;
        struct ingest_seen *p = realloc(in->seen, n * sizeof *p);
        if (p == NULL)
            return;     /* the next periodic or overflow rescan finds it */
        in->seen = p;
        in->capseen = n;
    }
    if ((in->seen[in->nseen].rel = strdup(rel)) == NULL)
        return;
    in->seen[in->nseen].st = *st;
    in->seen[in->nseen].used = false;
    in->seen[in->nseen].unchanged = false;
    in->nseen++;
}

static int
by_path(const void *a, const void *b)
{
    return strcmp(((const struct ingest_seen *)a)->rel,
        ((const struct ingest_seen *)b)->rel);
}

/* Live state rows whose path is not on disk any more. */
struct missing {
    char            *path;
    int64_t          dev;
    struct state_row row;     /* size, inode and mtime; no message */
    bool             used;
};

struct merge {
    struct ingest  *in;
    size_t          next;       /* first seen entry not yet merged */
    struct missing *miss;
    size_t          nmiss, capmiss;
    struct missing **byino;     /* miss by device and inode; NULL: scan */
};

static int
add_missing(struct merge *m, const char *path, const struct state_row *row)
{
    if (m->nmiss == m->capmiss) {
        size_t n = m->capmiss ? m->capmiss * 2 : 64;
        struct missing *p = realloc(m->miss, n * sizeof *p);
        if (p == NULL)
            return -1;
        m->miss = p;
        m->capmiss = n;
    }
    m->miss[m->nmiss] = (struct missing){strdup(path), row->dev, *row,
        false};
    m->miss[m->nmiss].row.message = NULL;     /* borrowed from the walk */
    return m->miss[m->nmiss++].path ? 0 : -1;
}

/* Is path under a folder the scan could not read? */
static bool
kept(const struct ingest *in, const char *path)
{
    size_t i, n;

    for (i = 0; i < in->nkept; i++) {
        n = strlen(in->kept[i]);
        if (!strncmp(path, in->kept[i], n) && path[n] == '/')
            return true;
    }
    return false;
}

/* Both lists are in byte order: walk them like a merge join. */
static int
merge_row(void *ctx, const char *path, const struct state_row *row)
{
    struct merge *m = ctx;
    struct ingest *in = m->in;
    int c = 1;

    if (in->nkept && kept(in, path))
        return 0;       /* unreadable, not gone */
    while (m->next < in->nseen &&
        (c = strcmp(in->seen[m->next].rel, path)) < 0)
        m->next++;      /* on disk, not in state: handled after the walk */
    if (m->next < in->nseen && c == 0) {
        struct ingest_seen *x = &in->seen[m->next++];
        x->used = true;
        /* Unchanged by size, mtime and inode: nothing to read or look up
         * again (a restart over 100,000 articles is mostly this). */
        x->unchanged = ingest_same_file(row, &x->st);
        return 0;       /* on both: compared after the walk */
    }
    return add_missing(m, path, row);
}

static int
cmp_inode(int64_t dev, int64_t ino, const struct missing *x)
{
    if (dev != x->dev)
        return dev < x->dev ? -1 : 1;
    if (ino != x->row.ino)
        return ino < x->row.ino ? -1 : 1;
    return 0;
}

/* Rows sharing an inode (hard links) keep their path order: miss is in
 * path order, so the pointers break the tie. */
static int
by_inode(const void *a, const void *b)
{
    const struct missing *x = *(struct missing *const *)a;
    const struct missing *y = *(struct missing *const *)b;
    int c = cmp_inode(x->dev, x->row.ino, y);

    return c ? c : (x > y) - (x < y);
}

/* Matching new files against missing rows one by one was O(new x missing):
 * a folder of 20,000 renamed while the daemon was down took up to 4e8
 * compares. The rows are sorted by device and inode once, then binary
 * searched. */
static void
index_missing(struct merge *m)
{
    size_t i;

    if (m->nmiss == 0 ||
        (m->byino = malloc(m->nmiss * sizeof *m->byino)) == NULL)
        return;                 /* find_moved scans instead */
    for (i = 0; i < m->nmiss; i++)
        m->byino[i] = &m->miss[i];
    qsort(m->byino, m->nmiss, sizeof *m->byino, by_inode);
}

static struct missing *
find_moved(struct merge *m, const struct stat *st)
{
    int64_t dev = (int64_t)st->st_dev, ino = (int64_t)st->st_ino;
    size_t lo = 0, hi = m->nmiss, i;

    if (m->byino == NULL) {
        for (i = 0; i < m->nmiss; i++)
            if (!m->miss[i].used && m->miss[i].dev == dev &&
                ingest_same_file(&m->miss[i].row, st))
                return &m->miss[i];
        return NULL;
    }
    while (lo < hi) {           /* the first row at or after (dev, ino) */
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_inode(dev, ino, m->byino[mid]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (i = lo; i < m->nmiss && cmp_inode(dev, ino, m->byino[i]) == 0; i++)
        if (!m->byino[i]->used && ingest_same_file(&m->byino[i]->row, st))
            return m->byino[i];
    return NULL;
}

/* SIGTERM or SIGINT waiting (they are blocked, read through a signalfd
 * by the loop): a long scan stops between batches so the daemon exits
 * promptly; the loop then reads the signal as usual. */
static bool
stop_pending(void)
{
    sigset_t set;

    return sigpending(&set) == 0 &&
        (sigismember(&set, SIGTERM) == 1 || sigismember(&set, SIGINT) == 1);
}

/* Files the merge left to read: new, changed or moved. */
static size_t
count_to_read(const struct ingest *in)
{
    size_t i, n = 0;

    for (i = 0; i < in->nseen; i++)
        n += !in->seen[i].unchanged;
    return n;
}

/* Publish what the merge found; false when a signal stopped it. */
static bool
apply(struct merge *m)
{
    struct ingest *in = m->in;
    size_t i, done = 0, read = 0, toread = count_to_read(in);
    struct missing *x;

    for (i = 0; i < in->nseen; i++, done++) {
        struct ingest_seen *s = &in->seen[i];
        if (s->unchanged)
            continue;
        if (progress_due(in))
            notify_progress("scanning: %zu of %zu files read", read, toread);
        read++;
        if (!s->used && (x = find_moved(m, &s->st)) != NULL) {
            x->used = true;
            ingest_moved(in, x->path, s->rel, false);
        } else {
            ingest_file(in, s->rel, &s->st);
        }
        if (done % SCAN_BATCH == SCAN_BATCH - 1) {
            ingest_flush(in);
            notify_watchdog();  /* a long first scan must not look hung */
            if (stop_pending()) {
                fw_log(LOG_INFO, "ingest: scan stopped by a signal after "
                    "%zu files: the next start goes on", done + 1);
                ingest_flush(in);
                return false;   /* what is committed stays; no removals */
            }
        }
    }
    for (i = 0; i < m->nmiss; i++)
        if (!m->miss[i].used)
            ingest_removed(in, m->miss[i].path, false);
    ingest_flush(in);
    /* A large scan leaves the heap full of freed article buffers; give
     * them back (RSS after ingesting 10,000 articles: 37 -> 17 MiB). */
    if (done >= SCAN_BATCH)
        malloc_trim(0);
    return true;
}

int
ingest_reconcile(struct ingest *in)
{
    struct merge m = {.in = in};
    size_t i;
    int rc;

    ingest_flush(in);
    in->scanning = true;
    if (progress_due(in))
        notify_progress("scanning: 0 files found");
    rc = watch_scan(in->watch, "");
    in->scanning = false;
    if (in->nseen)          /* qsort(NULL, 0, ...) is undefined */
        qsort(in->seen, in->nseen, sizeof *in->seen, by_path);
    if (rc == 0 && state_each_live(in->st, NULL, merge_row, &m) == 0) {
        index_missing(&m);
        if (!apply(&m))
            rc = 1;
    } else
        rc = -1;
    for (i = 0; i < in->nseen; i++)
        free(in->seen[i].rel);
    for (i = 0; i < m.nmiss; i++)
        free(m.miss[i].path);
    free(m.miss);
    free(m.byino);
    free(in->seen);
    in->seen = NULL;
    in->nseen = in->capseen = 0;
    for (i = 0; i < in->nkept; i++)
        free(in->kept[i]);
    free(in->kept);
    in->kept = NULL;
    in->nkept = 0;
    return rc;
}
