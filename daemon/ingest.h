/* SPDX-License-Identifier: MIT */
/* ingest.h - from watch events to committed state and published messages. */
#ifndef FW_INGEST_H
#define FW_INGEST_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>

#include "factwatchd.h"

struct ingest_seen;

struct ingest {
    const struct fw_config *cfg;     /* borrowed */
    struct state           *st;      /* borrowed */
    struct pub             *pub;     /* borrowed */
    struct watch           *watch;   /* borrowed; set after watch_open */
    struct outmsg          *out;     /* messages waiting for the commit */
    size_t                  nout, capout;
    struct fprint_index    *near;    /* owned: SimHashes of live articles */
    char                    host[256]; /* source.host of every message */
    struct ingest_seen     *seen;    /* files found by a reconcile scan */
    size_t                  nseen, capseen;
    char                  **kept;    /* folders a reconcile could not read */
    size_t                  nkept;
    void                   *failed;  /* tsearch tree: files reported as no
                                        article (ingest_failed.c) */
    size_t                  nfailed;
    bool                    scanning;
    bool                    progress;    /* STATUS= while this scan runs */
    int64_t                 progress_ms; /* when it last said; 0 never */
    bool                    linking;     /* publishing a file's other names */
    uint64_t                published, errors, overflows;
    size_t                  since_trim;  /* messages since malloc_trim */
    int                     grace_fd;    /* owned timerfd: see INGEST_GRACE_MS */
    int                     retry_fd;    /* owned timerfd: merge again after
                                            a failed commit */
    int                     retry_ms;    /* the next retry's delay */
    bool                    retry_armed; /* retry_fd will fire */
    int64_t                 handed;      /* last seq handed to ZeroMQ */
    int64_t                 marking;     /* seq the armed timer marks; 0 idle */
    int64_t                 marked;      /* last seq state_sent() recorded */
    int64_t                 unsent;      /* lowest seq never handed over; 0 */
};

/* What the watch calls: the ingest_* handlers below. */
extern const struct watch_ops ingest_watch_ops;

struct ingest *ingest_new(const struct fw_config *cfg, struct state *st,
                          struct pub *pub);
void ingest_free(struct ingest *in);
/* Watch callbacks (see struct watch_ops). */
void ingest_file(void *ctx, const char *rel, const struct stat *st);
void ingest_removed(void *ctx, const char *rel, bool is_dir);
void ingest_moved(void *ctx, const char *from, const char *to, bool is_dir);
void ingest_overflow(void *ctx);
void ingest_rescan(void *ctx);
void ingest_batch_done(void *ctx);
/* Compare the whole folder with the state and publish the differences:
 * at start, after an overflow, when the root comes back, on the periodic
 * rescan and after a failed commit. With in->progress, STATUS= says how
 * far it is, once a second. 0 done, 1 stopped between batches by
 * a pending SIGTERM or SIGINT, -1 when the folder cannot be scanned. */
int  ingest_reconcile(struct ingest *in);
/* ingest_failed.c: has rel been reported as no article looking as st
 * does now? Note that it was, forget it (gone, or an article now). */
bool ingest_failed_again(const struct ingest *in, const char *rel,
                         const struct stat *st);
void ingest_failed_note(struct ingest *in, const char *rel,
                        const struct stat *st);
void ingest_failed_forget(struct ingest *in, const char *rel);
void ingest_failed_forget_below(struct ingest *in, const char *prefix);
void ingest_failed_free(struct ingest *in);
/* Send what crashed runs committed but never handed to ZeroMQ. */
void ingest_resend_pending(struct ingest *in);
/* Commit the state and send the queued messages. */
void ingest_flush(struct ingest *in);
/* retry_fd fired: merge the folder with the state again, which
 * publishes what a failed commit held back. */
void ingest_retry(struct ingest *in);
/* grace_fd fired: mark what ZeroMQ has had time to write out as sent. */
void ingest_delivered(struct ingest *in);
/* ZeroMQ wrote its queues out (a clean stop): mark everything this run
 * handed over as sent; before the start-up resend that is nothing. */
void ingest_all_delivered(struct ingest *in);
void ingest_error(struct ingest *in, const char *path, const char *reason);
/* True when st has the size, inode and mtime the row was summarised at:
 * the file is taken as unchanged and not read again. */
bool ingest_same_file(const struct state_row *row, const struct stat *st);
/* ingest_scan.c: remember a file a reconcile scan found. */
void ingest_seen_add(struct ingest *in, const char *rel, const struct stat *st);

#endif
