/* SPDX-License-Identifier: MIT */
/* watch.c - recursive inotify watch of one folder: scan, events, renames, overflow, odd files. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "factwatchd.h"
#include "watch_int.h"

static char *
join(const char *dir, const char *name)
{
    char *p;

    if (dir[0] == '\0')
        return strdup(name);
    return asprintf(&p, "%s/%s", dir, name) < 0 ? NULL : p;
}

int
watch_glob_match(const char *globs, const char *name)
{
    char buf[1024], *save = NULL, *g;

    snprintf(buf, sizeof buf, "%s", globs);
    for (g = strtok_r(buf, " \t,", &save); g; g = strtok_r(NULL, " \t,", &save))
        if (fnmatch(g, name, 0) == 0)
            return 1;
    return 0;
}

int
watch_wanted(const struct watch *w, const char *name)
{
    return watch_glob_match(w->include, name) && !watch_glob_match(w->exclude, name);
}

struct watch *
watch_open(const char *root, const char *include, const char *exclude,
    const struct watch_ops *ops, void *ctx)
{
    struct watch *w = calloc(1, sizeof *w);

    if (w == NULL)
        return NULL;
    w->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    w->tfd = loop_timer_new();
    w->fd = epoll_create1(EPOLL_CLOEXEC);
    if (w->ifd < 0 || w->tfd < 0 || w->fd < 0 ||
        epoll_ctl(w->fd, EPOLL_CTL_ADD, w->ifd,
            &(struct epoll_event){.events = EPOLLIN}) < 0 ||
        epoll_ctl(w->fd, EPOLL_CTL_ADD, w->tfd,
            &(struct epoll_event){.events = EPOLLIN}) < 0) {
        fw_log(LOG_ERR, "watch: cannot set up inotify: %s", strerror(errno));
        watch_close(w);
        return NULL;
    }
    w->settle_ms = 2000;
    w->root = strdup(root);
    w->include = strdup(include);
    w->exclude = strdup(exclude);
    w->ops = ops;
    w->ctx = ctx;
    if (!w->root || !w->include || !w->exclude) {
        watch_close(w);
        return NULL;
    }
    return w;
}

void
watch_close(struct watch *w)
{
    size_t i;
    int m;

    if (w == NULL)
        return;
    if (w->fd >= 0)
        close(w->fd);
    if (w->ifd >= 0)
        close(w->ifd);
    if (w->tfd >= 0)
        close(w->tfd);
    for (i = 0; i < w->nwd; i++)
        free(w->bywd[i]);
    watch_settle_free(w);
    for (m = 0; m < w->nmoves; m++)
        free(w->moves[m].rel);
    for (i = 0; i < w->nclosed; i++)
        free(w->closed[i]);
    free(w->closed);
    free(w->bywd);
    free(w->root);
    free(w->include);
    free(w->exclude);
    free(w);
}

int
watch_fd(const struct watch *w)
{
    return w->fd;
}

void
watch_retry(struct watch *w, const char *rel)
{
    watch_settle_touch(w, rel, w->settle_ms);
}

void
watch_set_settle(struct watch *w, int settle_ms, int rescan_s,
    size_t max_watches)
{
    w->settle_ms = settle_ms;
    w->rescan_s = rescan_s;
    w->max_watches = max_watches;
}

bool
watch_degraded(const struct watch *w)
{
    return w->degraded;
}

size_t
watch_count(const struct watch *w)
{
    return w->count;
}

void
watch_fault(struct watch *w, const char *rel, const char *fmt, ...)
{
    char why[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    fw_log(LOG_ERR, "watch: %s", why);
    if (w->ops->fault)
        w->ops->fault(w->ctx, rel, why);
}

static int
remember(struct watch *w, int wd, const char *rel)
{
    char *copy = strdup(rel);

    if (copy == NULL)
        return -1;
    if ((size_t)wd >= w->nwd) {
        size_t n = (size_t)wd * 2 + 16;
        char **p = realloc(w->bywd, n * sizeof *p);
        if (p == NULL) {
            free(copy);
            return -1;
        }
        memset(p + w->nwd, 0, (n - w->nwd) * sizeof *p);
        w->bywd = p;
        w->nwd = n;
    }
    if (w->bywd[wd] == NULL)
        w->count++;
    free(w->bywd[wd]);
    w->bywd[wd] = copy;
    return 0;
}

static int
add_watch(struct watch *w, const char *rel)
{
    char path[PATH_MAX];
    int wd;

    snprintf(path, sizeof path, "%s%s%s", w->root, rel[0] ? "/" : "", rel);
    if (w->max_watches && w->count >= w->max_watches) {
        wd = -1;
        errno = ENOSPC;             /* our own limit (max_watches) */
    } else {
        /* the root may be a symlink the user named (/srv/news ->
         * /mnt/feeds); below it, links are never followed */
        wd = inotify_add_watch(w->ifd, path, rel[0] ? WATCH_MASK :
            WATCH_MASK & ~(uint32_t)IN_DONT_FOLLOW);
    }
    if (wd < 0) {
        int e = errno;
        if (e == ENOSPC && !w->degraded)
            watch_fault(w, rel, "inotify watch limit reached path=%s: "
                "raise the sysctl fs.inotify.max_user_watches (or "
                "max_watches); folders without a watch are covered by a "
                "rescan every %d s", path, w->rescan_s ? w->rescan_s : 60);
        if (e == ENOSPC) {
            w->degraded = true;
            watch_timer_arm(w);
        }
        else if (e != ENOENT && e != ENOTDIR &&
                 !(rel[0] && (e == EACCES || e == EPERM)))
            /* a subfolder we may not read is said by the scan, once
             * (ops->unreadable), not at every rescan */
            watch_fault(w, rel, "cannot watch path=%s: %s", path,
                strerror(e));
        return -1;
    }
    return remember(w, wd, rel);
}

/* Symlinks are never followed (they may lead out of the folder); FIFOs,
 * sockets and devices are never opened (they would block or worse). */
static void
reject(struct watch *w, const char *rel, const struct stat *st)
{
    const char *what = S_ISLNK(st->st_mode) ? "a symbolic link" :
        S_ISFIFO(st->st_mode) ? "a FIFO" : S_ISSOCK(st->st_mode) ?
        "a socket" : "a device or other special file";
    char why[96];

    snprintf(why, sizeof why, "not a regular file (%s): not read", what);
    if (w->ops->rejected)
        w->ops->rejected(w->ctx, rel, st, why);
}

/* A subfolder a scan could not read: reported the first time only, and
 * rescanned when its attributes change (a chmod). Its index in
 * w->closed, or -1. */
static ssize_t
closed_at(const struct watch *w, const char *rel)
{
    size_t i;

    for (i = 0; i < w->nclosed; i++)
        if (strcmp(w->closed[i], rel) == 0)
            return (ssize_t)i;
    return -1;
}

/* Note rel as closed; true when it was not already. */
static bool
remember_closed(struct watch *w, const char *rel)
{
    char **p;

    if (closed_at(w, rel) >= 0)
        return false;
    if ((p = realloc(w->closed, (w->nclosed + 1) * sizeof *p)) == NULL)
        return true;
    w->closed = p;
    if ((w->closed[w->nclosed] = strdup(rel)) != NULL)
        w->nclosed++;
    return true;
}

/* Drop rel from the closed set; true when it was there. */
static bool
forget_closed(struct watch *w, const char *rel)
{
    ssize_t i = closed_at(w, rel);

    if (i < 0)
        return false;
    free(w->closed[i]);
    w->closed[i] = w->closed[--w->nclosed];
    return true;
}

/* A path under the root too long to name in one system call: said, not
 * skipped in silence. */
static bool
too_long(struct watch *w, const char *rel, const char *name)
{
    if (strlen(w->root) + strlen(rel) + strlen(name) + 2 < PATH_MAX)
        return false;
    if (w->ops->rejected)
        w->ops->rejected(w->ctx, rel, NULL, "a name under this folder "
            "makes a path longer than PATH_MAX (4096 bytes): not read");
    return true;
}

/* Report one directory entry found by a scan. */
static int
scan_entry(struct watch *w, int dfd, const char *rel, const char *name)
{
    struct stat st;
    char *child;

    if (too_long(w, rel, name))
        return 0;
    if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
        /* gone since readdir (its delete event follows), or a folder
         * that can be listed but not searched (chmod a-x) */
        return errno == ENOENT ? 0 : -1;
    if (S_ISDIR(st.st_mode)) {
        if (watch_glob_match(w->exclude, name))
            return 0;
        if ((child = join(rel, name)) != NULL)
            watch_scan(w, child);
        free(child);
    } else if (watch_wanted(w, name) && (child = join(rel, name)) != NULL) {
        if (S_ISREG(st.st_mode))
            w->ops->file(w->ctx, child, &st);
        else
            reject(w, child, &st);
        free(child);
    }
    return 0;
}

/* A folder the scan could not read: the ops keep what is known under it
 * (and report it the first time). The root's failure fails the scan. */
static int
closed_folder(struct watch *w, const char *rel, int err)
{
    if (rel[0] == '\0')
        return -1;
    if (w->ops->unreadable)
        w->ops->unreadable(w->ctx, rel, strerror(err),
            remember_closed(w, rel));
    return 0;
}

int
watch_scan(struct watch *w, const char *rel)
{
    char path[PATH_MAX];
    struct dirent *de;
    DIR *d;

    /* The watch goes on first: a file created after it raises an event,
     * one created before it is found by the readdir below, and one in
     * between is seen twice, which the state makes harmless. */
    if (add_watch(w, rel) < 0 && rel[0] == '\0') {
        watch_detach(w);
        return -1;
    }
    snprintf(path, sizeof path, "%s%s%s", w->root, rel[0] ? "/" : "", rel);
    d = opendir(path);
    if (d == NULL) {
        int e = errno;

        if (e == ENOENT || e == ENOTDIR)
            return rel[0] == '\0' ? -1 : 0;
        if (!rel[0])
            watch_fault(w, rel, "cannot scan path=%s: %s", path,
                strerror(e));
        else if (closed_at(w, rel) < 0)
            fw_log(LOG_ERR, "watch: cannot scan path=%s: %s", path,
                strerror(e));
        return closed_folder(w, rel, e);
    }
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        if (scan_entry(w, dirfd(d), rel, de->d_name) < 0) {
            int e = errno;
            closedir(d);
            return closed_folder(w, rel, e);
        }
    }
    closedir(d);
    if (w->nclosed)
        forget_closed(w, rel);      /* readable again */
    return 0;
}

/* Forget every watch at or below prefix (a folder that left the tree). */
void
watch_forget_below(struct watch *w, const char *prefix)
{
    size_t i, n = strlen(prefix);

    for (i = 0; i < w->nwd; i++) {
        const char *r = w->bywd[i];
        if (r && !strncmp(r, prefix, n) && (r[n] == '\0' || r[n] == '/')) {
            inotify_rm_watch(w->ifd, (int)i);
            free(w->bywd[i]);
            w->bywd[i] = NULL;
            w->count--;
        }
    }
}

/* Rename the paths at or below from in v[0..n) to lie below to. */
static void
rename_paths(char **v, size_t n, const char *from, const char *to)
{
    size_t i, len = strlen(from);
    char *p;

    for (i = 0; i < n; i++) {
        const char *r = v[i];
        if (r && !strncmp(r, from, len) && (r[len] == '\0' || r[len] == '/') &&
            asprintf(&p, "%s%s", to, r + len) >= 0) {
            free(v[i]);
            v[i] = p;
        }
    }
}

/* A folder renamed inside the tree keeps its watches, and an unreadable
 * one stays known as such: rename their paths. */
static void
rename_below(struct watch *w, const char *from, const char *to)
{
    rename_paths(w->bywd, w->nwd, from, to);
    rename_paths(w->closed, w->nclosed, from, to);
}

static void
moved_from(struct watch *w, const struct inotify_event *ev, char *rel)
{
    struct move *m;

    if (w->nmoves == MAX_MOVES) {   /* flush the oldest as a removal */
        watch_settle_move(w, w->moves[0].rel, NULL);
        w->ops->removed(w->ctx, w->moves[0].rel, w->moves[0].is_dir);
        free(w->moves[0].rel);
        memmove(w->moves, w->moves + 1, (MAX_MOVES - 1) * sizeof *m);
        w->nmoves--;
    }
    m = &w->moves[w->nmoves++];
    m->cookie = ev->cookie;
    m->is_dir = ev->mask & IN_ISDIR;
    m->rel = rel;   /* taken */
}

static struct move *
find_move(struct watch *w, uint32_t cookie)
{
    int i;

    for (i = 0; i < w->nmoves; i++)
        if (w->moves[i].cookie == cookie)
            return &w->moves[i];
    return NULL;
}

static void
drop_move(struct watch *w, struct move *m)
{
    free(m->rel);
    *m = w->moves[--w->nmoves];
}

static const char *
base_name(const char *rel)
{
    const char *s = strrchr(rel, '/');

    return s ? s + 1 : rel;
}

/* Is rel (or a folder above it) a MOVED_FROM whose pair is unread? */
static bool
move_pending(const struct watch *w, const char *rel)
{
    int i;

    for (i = 0; i < w->nmoves; i++) {
        size_t n = strlen(w->moves[i].rel);
        if (strncmp(rel, w->moves[i].rel, n) == 0 &&
            (rel[n] == '\0' || rel[n] == '/'))
            return true;
    }
    return false;
}

/* A file arrived under a name: report it when it is a wanted regular file. */
void
watch_file_arrived(struct watch *w, const char *rel)
{
    char path[PATH_MAX];
    struct stat st;

    if (!watch_wanted(w, base_name(rel)))
        return;
    watch_settle_cancel(w, rel);
    snprintf(path, sizeof path, "%s/%s", w->root, rel);
    if (lstat(path, &st) < 0) {
        /* gone: a delete event has said so already, or the name was
         * renamed away (to x.txt~) and nothing came back in its place;
         * one renamed whose MOVED_TO is still to be read is no removal */
        if (errno == ENOENT && !move_pending(w, rel))
            w->ops->removed(w->ctx, rel, false);
        return;
    }
    if (S_ISREG(st.st_mode))
        w->ops->file(w->ctx, rel, &st);
    else if (!S_ISDIR(st.st_mode))
        reject(w, rel, &st);
}

/* Is rel, now, a regular file (or gone: its events tell)? */
static bool
regular_at(const struct watch *w, const char *rel)
{
    char path[PATH_MAX];
    struct stat st;

    snprintf(path, sizeof path, "%s/%s", w->root, rel);
    return lstat(path, &st) < 0 || S_ISREG(st.st_mode);
}

/* A folder renamed inside the tree. Into an excluded name it left the
 * tree; out of one it is new to it. Otherwise its watches and quiet
 * periods follow it, and then it is scanned under its new name: a folder
 * created and renamed before its IN_CREATE was read has no watch yet, or
 * was renamed while its first scan read it under the old name (a
 * staging folder filled and renamed into place). What was known is
 * unchanged and publishes nothing; the move costs a pass over the
 * folder's rows anyway. */
static void
folder_moved(struct watch *w, const char *from, const char *to)
{
    bool was = !watch_glob_match(w->exclude, base_name(from));
    bool is = !watch_glob_match(w->exclude, base_name(to));

    if (!is) {
        watch_settle_move(w, from, NULL);
        watch_forget_below(w, from);
        if (was)
            w->ops->removed(w->ctx, from, true);
        return;
    }
    if (was) {
        rename_below(w, from, to);
        watch_settle_move(w, from, to);
        w->ops->moved(w->ctx, from, to, true);
    }
    watch_scan(w, to);
}

static void
moved_to(struct watch *w, const struct inotify_event *ev, const char *rel)
{
    struct move *m = find_move(w, ev->cookie);
    bool is_dir = ev->mask & IN_ISDIR;

    if (m == NULL) {                        /* came from outside */
        if (is_dir && !watch_glob_match(w->exclude, base_name(rel)))
            watch_scan(w, rel);
        else if (!is_dir)
            watch_file_arrived(w, rel);
        return;
    }
    if (is_dir)
        folder_moved(w, m->rel, rel);
    else {
        bool was = watch_wanted(w, base_name(m->rel));
        bool is = watch_wanted(w, base_name(rel));
        if (was && is && regular_at(w, rel)) {
            /* a write not read yet is read under the new name: moved,
             * then changed */
            watch_settle_move(w, m->rel, rel);
            w->ops->moved(w->ctx, m->rel, rel, false);
            drop_move(w, m);
            return;
        }
        watch_settle_move(w, m->rel, NULL);
        if (is)         /* a temp file renamed into place, a symlink, a FIFO */
            watch_file_arrived(w, rel);
        else if (was)   /* "x.txt" to "x.txt~": an editor that writes a new
                           x.txt makes it changed; else it is removed
                           after the quiet period (watch_file_arrived) */
            watch_settle_touch(w, m->rel, w->settle_ms);
    }
    drop_move(w, m);
}

/* MOVED_FROMs still unpaired after the queue was read dry left the tree. */
static void
flush_moves(struct watch *w)
{
    while (w->nmoves > 0) {
        struct move *m = &w->moves[0];
        watch_settle_move(w, m->rel, NULL);
        if (m->is_dir)
            watch_forget_below(w, m->rel);
        if (m->is_dir || watch_wanted(w, base_name(m->rel)))
            w->ops->removed(w->ctx, m->rel, m->is_dir);
        drop_move(w, m);
    }
}

static void
self_event(struct watch *w, const struct inotify_event *ev)
{
    const char *rel = w->bywd[ev->wd];

    if (rel[0] == '\0' && (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF))) {
        watch_fault(w, "", "watched folder removed or renamed path=%s: "
            "waiting for it to come back", w->root);
        watch_detach(w);
        return;
    }
    if (ev->mask & IN_IGNORED) {
        free(w->bywd[ev->wd]);
        w->bywd[ev->wd] = NULL;
        w->count--;
    }
}

static void
dir_event(struct watch *w, const struct inotify_event *ev, const char *rel)
{
    if (watch_glob_match(w->exclude, ev->name))
        return;                     /* an excluded folder is never read */
    /* a chmod may have made readable a folder a scan could not read */
    if ((ev->mask & IN_CREATE) ||
        ((ev->mask & IN_ATTRIB) && forget_closed(w, rel)))
        watch_scan(w, rel);
    else if (ev->mask & IN_DELETE)
        w->ops->removed(w->ctx, rel, true);
}

/* A close is handled at the end of the batch, not at once: a rewrite
 * whose IN_MODIFY is further down the same batch turns it back into a
 * quiet period, so a file being rewritten in place is not read half-way.
 * IN_CREATE starts a quiet period too: a hard link or a file created by
 * a writer that never closes gets no IN_CLOSE_WRITE. */
static void
file_event(struct watch *w, const struct inotify_event *ev, const char *rel)
{
    if (!watch_wanted(w, ev->name))
        return;                     /* an excluded file is never published */
    if (ev->mask & IN_CLOSE_WRITE)
        watch_settle_touch(w, rel, 0);
    else if (ev->mask & (IN_MODIFY | IN_CREATE))
        watch_settle_touch(w, rel, w->settle_ms);
    else if (ev->mask & IN_ATTRIB)      /* a chmod may let it be read */
        watch_settle_start(w, rel, w->settle_ms);
    else if (ev->mask & IN_DELETE) {
        watch_settle_cancel(w, rel);
        w->ops->removed(w->ctx, rel, false);
    }
    if ((ev->mask & IN_CREATE) && !(ev->mask & IN_CLOSE_WRITE)) {
        char path[PATH_MAX];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", w->root, rel);
        if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
            watch_settle_cancel(w, rel);
            reject(w, rel, &st);
        }
    }
}

static void
dispatch(struct watch *w, const struct inotify_event *ev)
{
    char *rel;

    log_debug("watch: event mask=%#x wd=%d name=%s", ev->mask, ev->wd,
        ev->len ? ev->name : "");
    if (ev->mask & IN_Q_OVERFLOW) {
        fw_log(LOG_WARNING, "watch: inotify queue overflowed path=%s: "
            "rescanning", w->root);
        w->ops->overflow(w->ctx);
        return;
    }
    if (ev->wd < 0 || (size_t)ev->wd >= w->nwd || w->bywd[ev->wd] == NULL)
        return;
    if (ev->len == 0) {
        if (ev->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF))
            self_event(w, ev);
        return;
    }
    if ((rel = join(w->bywd[ev->wd], ev->name)) == NULL)
        return;
    if (ev->mask & IN_MOVED_FROM) {
        moved_from(w, ev, rel);     /* takes rel; its quiet period waits */
        return;
    }
    if (ev->mask & IN_MOVED_TO)
        moved_to(w, ev, rel);
    else if (ev->mask & IN_ISDIR)
        dir_event(w, ev, rel);
    else
        file_event(w, ev, rel);
    free(rel);
}

/* Read for at most WATCH_BUDGET_MS (see watch_int.h); the fd stays
 * readable and the loop calls again. Renames are paired only once the
 * queue is dry, so a MOVED_FROM read at the end of one call still meets
 * its MOVED_TO at the start of the next. True when the queue is dry. */
static bool
read_events(struct watch *w)
{
    char buf[WATCH_BUF] __attribute__((aligned(__alignof__(struct inotify_event))));
    int64_t end = watch_now_ms() + WATCH_BUDGET_MS;
    ssize_t n;
    char *p;

    do {
        n = read(w->ifd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                fw_log(LOG_ERR, "watch: read inotify: %s", strerror(errno));
            return true;
        }
        for (p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            dispatch(w, ev);
            p += sizeof *ev + ev->len;
        }
    } while (watch_now_ms() < end);
    return false;
}

void
watch_handle(struct watch *w)
{
    if (read_events(w))
        flush_moves(w);
    loop_timer_ack(w->tfd);
    watch_timer_run(w);
    w->ops->batch_done(w->ctx);
}
