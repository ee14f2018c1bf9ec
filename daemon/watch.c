/* SPDX-License-Identifier: MIT */
/* watch.c - recursive inotify watch of one folder: scan, events, renames, overflow. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "factwatchd.h"

#define WATCH_MASK (IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | \
    IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | \
    IN_EXCL_UNLINK)
#define WATCH_BUF  (64 * 1024)
#define MAX_MOVES  64

/* A MOVED_FROM waiting for the MOVED_TO with the same cookie. */
struct move {
    uint32_t cookie;
    bool     is_dir;
    char    *rel;
};

struct watch {
    int                     fd;
    char                   *root;
    char                   *include, *exclude;
    const struct watch_ops *ops;
    void                   *ctx;
    char                  **bywd;     /* wd -> folder relative to root */
    size_t                  nwd;      /* slots in bywd */
    size_t                  count;    /* live watches */
    struct move             moves[MAX_MOVES];
    int                     nmoves;
};

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
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (w->fd < 0) {
        fw_log(LOG_ERR, "watch: inotify_init1: %s", strerror(errno));
        free(w);
        return NULL;
    }
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
    close(w->fd);
    for (i = 0; i < w->nwd; i++)
        free(w->bywd[i]);
    for (m = 0; m < w->nmoves; m++)
        free(w->moves[m].rel);
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

size_t
watch_count(const struct watch *w)
{
    return w->count;
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
    wd = inotify_add_watch(w->fd, path, WATCH_MASK);
    if (wd < 0) {
        if (errno == ENOSPC)
            fw_log(LOG_ERR, "watch: inotify watch limit reached path=%s: "
                "raise the sysctl fs.inotify.max_user_watches", path);
        else if (errno != ENOENT && errno != ENOTDIR)
            fw_log(LOG_ERR, "watch: cannot watch path=%s: %s", path,
                strerror(errno));
        return -1;
    }
    return remember(w, wd, rel);
}

/* Report one directory entry found by a scan. */
static void
scan_entry(struct watch *w, int dfd, const char *rel, const char *name)
{
    struct stat st;
    char *child;

    if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
        return;     /* gone since readdir: its delete event follows */
    if (S_ISDIR(st.st_mode)) {
        if (watch_glob_match(w->exclude, name))
            return;
        if ((child = join(rel, name)) != NULL)
            watch_scan(w, child);
        free(child);
    } else if (S_ISREG(st.st_mode) && watch_wanted(w, name)) {
        if ((child = join(rel, name)) != NULL)
            w->ops->file(w->ctx, child, &st);
        free(child);
    }
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
    if (add_watch(w, rel) < 0 && rel[0] == '\0')
        return -1;
    snprintf(path, sizeof path, "%s%s%s", w->root, rel[0] ? "/" : "", rel);
    d = opendir(path);
    if (d == NULL) {
        if (errno != ENOENT && errno != ENOTDIR)
            fw_log(LOG_ERR, "watch: cannot scan path=%s: %s", path,
                strerror(errno));
        return rel[0] == '\0' ? -1 : 0;
    }
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        scan_entry(w, dirfd(d), rel, de->d_name);
    }
    closedir(d);
    return 0;
}

/* Forget every watch at or below prefix (a folder that left the tree). */
static void
forget_below(struct watch *w, const char *prefix)
{
    size_t i, n = strlen(prefix);

    for (i = 0; i < w->nwd; i++) {
        const char *r = w->bywd[i];
        if (r && !strncmp(r, prefix, n) && (r[n] == '\0' || r[n] == '/')) {
            inotify_rm_watch(w->fd, (int)i);
            free(w->bywd[i]);
            w->bywd[i] = NULL;
            w->count--;
        }
    }
}

/* A folder renamed inside the tree keeps its watches: rename their paths. */
static void
rename_below(struct watch *w, const char *from, const char *to)
{
    size_t i, n = strlen(from);
    char *p;

    for (i = 0; i < w->nwd; i++) {
        const char *r = w->bywd[i];
        if (r && !strncmp(r, from, n) && (r[n] == '\0' || r[n] == '/') &&
            asprintf(&p, "%s%s", to, r + n) >= 0) {
            free(w->bywd[i]);
            w->bywd[i] = p;
        }
    }
}

static void
moved_from(struct watch *w, const struct inotify_event *ev, char *rel)
{
    struct move *m;

    if (w->nmoves == MAX_MOVES) {   /* flush the oldest as a removal */
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

/* A file arrived under a name: report it when it is a wanted regular file. */
static void
file_arrived(struct watch *w, const char *rel)
{
    char path[PATH_MAX];
    struct stat st;

    if (!watch_wanted(w, base_name(rel)))
        return;
    snprintf(path, sizeof path, "%s/%s", w->root, rel);
    if (lstat(path, &st) == 0 && S_ISREG(st.st_mode))
        w->ops->file(w->ctx, rel, &st);
}

static void
moved_to(struct watch *w, const struct inotify_event *ev, const char *rel)
{
    struct move *m = find_move(w, ev->cookie);
    bool is_dir = ev->mask & IN_ISDIR;

    if (m == NULL) {                        /* came from outside */
        if (is_dir)
            watch_scan(w, rel);
        else
            file_arrived(w, rel);
        return;
    }
    if (is_dir) {
        rename_below(w, m->rel, rel);
        w->ops->moved(w->ctx, m->rel, rel, true);
    } else {
        bool was = watch_wanted(w, base_name(m->rel));
        bool is = watch_wanted(w, base_name(rel));
        if (was && is)
            w->ops->moved(w->ctx, m->rel, rel, false);
        else if (is)                        /* temp file renamed into place */
            file_arrived(w, rel);
        else if (was)
            w->ops->removed(w->ctx, m->rel, false);
    }
    drop_move(w, m);
}

/* MOVED_FROMs still unpaired after the queue was read dry left the tree. */
static void
flush_moves(struct watch *w)
{
    while (w->nmoves > 0) {
        struct move *m = &w->moves[0];
        if (m->is_dir)
            forget_below(w, m->rel);
        if (m->is_dir || watch_wanted(w, base_name(m->rel)))
            w->ops->removed(w->ctx, m->rel, m->is_dir);
        drop_move(w, m);
    }
}

static void
self_event(struct watch *w, const struct inotify_event *ev)
{
    const char *rel = w->bywd[ev->wd];

    if (rel[0] == '\0')
        fw_log(LOG_ERR, "watch: watched folder removed or renamed path=%s",
            w->root);
    if (ev->mask & IN_IGNORED) {
        free(w->bywd[ev->wd]);
        w->bywd[ev->wd] = NULL;
        w->count--;
    }
}

static void
dispatch(struct watch *w, const struct inotify_event *ev)
{
    char *rel;

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
        moved_from(w, ev, rel);
        return;
    }
    if (ev->mask & IN_MOVED_TO)
        moved_to(w, ev, rel);
    else if ((ev->mask & IN_CREATE) && (ev->mask & IN_ISDIR))
        watch_scan(w, rel);
    else if (ev->mask & IN_CLOSE_WRITE)
        file_arrived(w, rel);
    else if (ev->mask & IN_DELETE) {
        if (!(ev->mask & IN_ISDIR) && !watch_wanted(w, ev->name))
            ;   /* an excluded file was never published */
        else
            w->ops->removed(w->ctx, rel, ev->mask & IN_ISDIR);
    }
    free(rel);
}

void
watch_handle(struct watch *w)
{
    char buf[WATCH_BUF] __attribute__((aligned(__alignof__(struct inotify_event))));
    ssize_t n;
    char *p;

    /* One read returns many records of varying length (each carries a
     * name): walk them all, and read until the queue is dry. */
    for (;;) {
        n = read(w->fd, buf, sizeof buf);
        if (n <= 0) {
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                fw_log(LOG_ERR, "watch: read inotify: %s", strerror(errno));
            break;
        }
        for (p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)p;
            dispatch(w, ev);
            p += sizeof *ev + ev->len;
        }
    }
    flush_moves(w);
    w->ops->batch_done(w->ctx);
}
