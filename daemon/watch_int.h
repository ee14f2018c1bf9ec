/* SPDX-License-Identifier: MIT */
/* watch_int.h - the watch module's private state, shared by watch.c and watch_timer.c. */
#ifndef FW_WATCH_INT_H
#define FW_WATCH_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/inotify.h>

#define WATCH_MASK (IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | \
    IN_DELETE | IN_CREATE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | \
    IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)
/* One wakeup reads 4 KiB buffers (a hundred-odd events) until the queue is
 * dry or WATCH_BUDGET_MS have gone by, so a signal or a timer waits for
 * at most that much work, however long the kernel queue is. Each event
 * may summarise an article (~0.3 ms), so a budget in events would not do:
 * eight 64 KiB buffers made SIGTERM wait 2 s in the middle of a burst. */
#define WATCH_BUDGET_MS 20
#define WATCH_BUF  4096
#define MAX_MOVES  64

/* A MOVED_FROM waiting for the MOVED_TO with the same cookie. */
struct move {
    uint32_t cookie;
    bool     is_dir;
    char    *rel;
};

/* A file modified but not closed: published when it has been quiet for
 * settle_ms (mmap writers, some network filesystems never close). */
struct settle {
    char    *rel;         /* owned; first: the tree's key (pathtree.c) */
    int64_t  due_ms;      /* CLOCK_MONOTONIC */
};

struct watch {
    int                     fd;       /* epoll over ifd and tfd: one fd for the loop */
    int                     ifd;      /* inotify */
    int                     tfd;      /* timerfd: settle deadlines, re-attach polls */
    bool                    detached; /* the root is gone: polling for it */
    bool                    unreadable; /* ... it is back but cannot be
                                           read (said once) */
    char                  **closed;   /* subfolders a scan could not read */
    size_t                  nclosed;
    bool                    degraded; /* some folders could not be watched */
    int                     settle_ms;
    int                     rescan_s; /* degraded-mode rescan period */
    int64_t                 next_rescan_ms;
    size_t                  max_watches;  /* 0: no limit of our own */
    void                   *settles;  /* tsearch tree of struct settle */
    size_t                  nsettles;
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


/* watch_timer.c */
int64_t watch_now_ms(void);
/* A modify event: (re)start rel's quiet period; a close (quiet_ms 0)
 * makes it due at the end of this batch of events, unless a later event
 * in the batch shows a new write. */
void watch_settle_touch(struct watch *w, const char *rel, int quiet_ms);
/* The same only when rel has no quiet period running: a chmod or utime
 * after a close must not put off the read the close made due. */
void watch_settle_start(struct watch *w, const char *rel, int quiet_ms);
void watch_settle_free(struct watch *w);
/* A close, delete or rename: rel needs no quiet period any more. */
void watch_settle_cancel(struct watch *w, const char *rel);
/* Quiet periods at or below from follow a rename to to, or end when the
 * path left the tree (to NULL): a file written and then renamed, or in
 * a folder renamed, before it was read is read under its new name. */
void watch_settle_move(struct watch *w, const char *from, const char *to);
/* The timer fired or time passed: publish settled files, poll for a lost
 * root, run degraded-mode rescans; re-arms the timer. */
void watch_timer_run(struct watch *w);
/* Arm the timer for the earliest thing due. */
void watch_timer_arm(struct watch *w);
/* The root went away: drop every watch and poll for it. */
void watch_detach(struct watch *w);
/* watch.c */
void watch_file_arrived(struct watch *w, const char *rel);
/* Log an error about rel ("" the root) and tell the ops (ops->fault). */
void watch_fault(struct watch *w, const char *rel, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void watch_forget_below(struct watch *w, const char *prefix);

#endif
