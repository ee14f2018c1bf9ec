/* SPDX-License-Identifier: MIT */
/* watch_timer.c - the watch's own clock: settle quiet periods, re-attaching a lost folder, degraded rescans. */
#include <dirent.h>
#include <errno.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>

#include "factwatchd.h"
#include "watch_int.h"

#define REATTACH_MS 1000        /* how often a lost root is looked for */

static int64_t earliest(struct watch *w);

int64_t
watch_now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
free_settle(void *p)
{
    struct settle *s = p;

    free(s->rel);
    free(s);
}

void
watch_settle_touch(struct watch *w, const char *rel, int quiet_ms)
{
    struct settle key = {(char *)rel, 0}, *s, **slot;

    slot = tfind(&key, &w->settles, pathtree_cmp);
    if (slot == NULL) {
        if ((s = malloc(sizeof *s)) == NULL || (s->rel = strdup(rel)) == NULL) {
            free(s);
            return;     /* a rescan still finds the file */
        }
        if ((slot = tsearch(s, &w->settles, pathtree_cmp)) == NULL) {
            free(s->rel);
            free(s);
            return;
        }
        w->nsettles++;
    }
    (*slot)->due_ms = watch_now_ms() + quiet_ms;
    if (quiet_ms > 0)
        watch_timer_arm(w);
}

void
watch_settle_start(struct watch *w, const char *rel, int quiet_ms)
{
    struct settle key = {(char *)rel, 0};

    if (w->nsettles == 0 || tfind(&key, &w->settles, pathtree_cmp) == NULL)
        watch_settle_touch(w, rel, quiet_ms);
}

void
watch_settle_cancel(struct watch *w, const char *rel)
{
    struct settle key = {(char *)rel, 0}, **slot, *s;

    if (w->nsettles == 0 || (slot = tfind(&key, &w->settles, pathtree_cmp)) == NULL)
        return;
    s = *slot;
    tdelete(&key, &w->settles, pathtree_cmp);
    free(s->rel);
    free(s);
    w->nsettles--;
}

/* Put s back under rel (taken), keeping the earlier deadline when a
 * quiet period already runs under that name. */
static void
settle_reinsert(struct watch *w, struct settle *s, char *rel)
{
    struct settle **slot;

    free(s->rel);
    s->rel = rel;
    if ((slot = tsearch(s, &w->settles, pathtree_cmp)) == NULL) {
        free_settle(s);                     /* a rescan still finds it */
        return;
    }
    if (*slot != s) {
        if (s->due_ms < (*slot)->due_ms)
            (*slot)->due_ms = s->due_ms;
        free_settle(s);
        return;
    }
    w->nsettles++;
}

void
watch_settle_move(struct watch *w, const char *from, const char *to)
{
    struct settle **hit;
    size_t i, n;
    char *rel;

    if (w->nsettles == 0 ||
        (hit = malloc(w->nsettles * sizeof *hit)) == NULL)
        return;
    n = pathtree_below(w->settles, from, (void **)hit, w->nsettles);
    for (i = 0; i < n; i++) {
        tdelete(hit[i], &w->settles, pathtree_cmp);
        w->nsettles--;
        if (to == NULL ||
            asprintf(&rel, "%s%s", to, hit[i]->rel + strlen(from)) < 0)
            free_settle(hit[i]);
        else
            settle_reinsert(w, hit[i], rel);
    }
    free(hit);
    watch_timer_arm(w);
}

void
watch_settle_free(struct watch *w)
{
    tdestroy(w->settles, free_settle);
    w->settles = NULL;
    w->nsettles = 0;
}

void
watch_timer_arm(struct watch *w)
{
    int64_t now = watch_now_ms(), due = INT64_MAX;

    if (w->nsettles)
        due = earliest(w);
    if (w->detached)
        due = now + REATTACH_MS;
    if (w->degraded && w->rescan_s == 0) {
        if (w->next_rescan_ms == 0)
            w->next_rescan_ms = now + 60000;
        if (w->next_rescan_ms < due)
            due = w->next_rescan_ms;
    }
    if (due == INT64_MAX)
        loop_timer_arm(w->tfd, 0, 0);
    else
        loop_timer_arm(w->tfd, due > now ? due - now : 1, 0);
}

/* twalk has no context pointer: the walk's state lives here, which is
 * safe in our one thread. */
static struct {
    int64_t         now, min;
    struct settle **due;
    size_t          ndue, cap;
} walk;

static void
visit(const void *node, VISIT v, int depth)
{
    struct settle *s = *(struct settle *const *)node;

    (void)depth;
    if (v != postorder && v != leaf)
        return;
    if (s->due_ms < walk.min)
        walk.min = s->due_ms;
    if (s->due_ms <= walk.now && walk.ndue < walk.cap)
        walk.due[walk.ndue++] = s;
}

static int64_t
earliest(struct watch *w)
{
    walk.now = INT64_MIN;
    walk.min = INT64_MAX;
    walk.ndue = walk.cap = 0;
    twalk(w->settles, visit);
    return walk.min;
}

/* Publish every file whose quiet period is over, in path order. */
static void
run_settles(struct watch *w, int64_t now)
{
    size_t i;
    char *rel;

    walk.now = now;
    walk.min = INT64_MAX;
    walk.ndue = 0;
    walk.cap = w->nsettles;
    if ((walk.due = malloc(walk.cap * sizeof *walk.due)) == NULL)
        return;
    twalk(w->settles, visit);
    for (i = 0; i < walk.ndue; i++) {
        if ((rel = strdup(walk.due[i]->rel)) == NULL)
            continue;
        watch_settle_cancel(w, rel);
        watch_file_arrived(w, rel);
        free(rel);
    }
    free(walk.due);
    walk.due = NULL;
}

/* The root is back: watch it again and compare it with the state. */
static void
try_reattach(struct watch *w)
{
    struct stat st;
    DIR *d;

    if (stat(w->root, &st) < 0 || !S_ISDIR(st.st_mode))
        return;
    if ((d = opendir(w->root)) == NULL) {
        if (!w->unreadable)         /* once, not every second */
            watch_fault(w, "", "watched folder path=%s cannot be read: "
                "%s; waiting until it can", w->root, strerror(errno));
        w->unreadable = true;
        return;
    }
    closedir(d);
    w->unreadable = false;
    fw_log(LOG_NOTICE, "watch: watched folder is back path=%s: rescanning",
        w->root);
    w->detached = false;
    w->ops->rescan(w->ctx);         /* a full rescan adds the watches */
}

void
watch_timer_run(struct watch *w)
{
    int64_t now = watch_now_ms();

    if (!w->detached)       /* its files come back with the folder */
        run_settles(w, now);
    if (w->detached)
        try_reattach(w);
    if (w->degraded && w->rescan_s == 0 && w->next_rescan_ms &&
        now >= w->next_rescan_ms) {
        w->next_rescan_ms = now + 60000;
        w->ops->rescan(w->ctx);
    }
    watch_timer_arm(w);
}

void
watch_detach(struct watch *w)
{
    size_t i;

    if (w->detached)
        return;
    for (i = 0; i < w->nwd; i++)
        if (w->bywd[i]) {
            inotify_rm_watch(w->ifd, (int)i);
            free(w->bywd[i]);
            w->bywd[i] = NULL;
        }
    w->count = 0;
    w->detached = true;
    watch_timer_arm(w);
}
