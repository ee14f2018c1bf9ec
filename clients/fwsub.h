/* SPDX-License-Identifier: MIT */
/* fwsub.h - the subscriber half of the Clone pattern: snapshot, then live, gaps found and repaired. */
#ifndef FW_FWSUB_H
#define FW_FWSUB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#define FWSUB_MAX_TOPICS  16
#define FWSUB_MAX_SOURCES 64
#define FWSUB_EPOCH_MAX   64    /* characters of a state epoch kept */

/* What fwsub_next() returns besides a message (>= 1). */
enum {
    FWSUB_ERROR   = -1,     /* ZeroMQ failed; see fwsub_error() */
    FWSUB_TIMEOUT = 0,      /* nothing within the timeout, or a signal */
    FWSUB_REFUSED = -2,     /* the server refused our CURVE key */
    FWSUB_NOREPLY = -3,     /* no snapshot reply within the timeout */
};

struct fwsub_opts {
    const char *prog;               /* prefix of stderr lines */
    void      (*say)(const char *line);    /* NULL: lines go to stderr */
    const char *connect;            /* the PUB (or proxy XPUB) endpoint */
    const char *snapshot_connect;   /* NULL: next to connect (endpoint.h) */
    const char *topics[FWSUB_MAX_TOPICS];  /* prefixes; none = all */
    int         ntopics;
    bool        snapshot;           /* state first, then live */
    const char *prefix;             /* snapshot only under this path prefix */
    int64_t     since;              /* snapshot of what came after this seq */
    const char *epoch;              /* ... of this state epoch (a resume
                                       file's); NULL or "": unknown */
    const char *curve_server;       /* the server's NAME.pub, or NULL */
    const char *curve_secret;       /* our NAME.key */
    long        snapshot_wait_ms;   /* for a snapshot reply; 0 = 10 s */
    int         rcvhwm;             /* live messages queued; 0 = no limit */
};

/* One message; everything in it is owned by the fwsub and valid until the
 * next fwsub_next(). */
struct fwsub_msg {
    char        topic[128];
    const char *body;       /* the JSON frame as received (or spliced) */
    size_t      len;
    json_t     *json;       /* body parsed */
    int64_t     seq;        /* 0 for messages without one */
    const char *source;     /* source_id, "" when the daemon sends none */
    const char *epoch;      /* its state epoch, "" when it sends none */
    bool        snapshot;   /* part of a snapshot reply */
    bool        end;        /* the snapshot.end message (seq = its seq) */
};

struct fwsub;
/* Connect (nothing is received yet); NULL with the reason in err. */
struct fwsub *fwsub_open(void *zctx, const struct fwsub_opts *o, char *err,
                         size_t errlen);
void     fwsub_close(struct fwsub *s);
/* The next message in order, wanted by the topic prefixes: 1, or one of
 * the FWSUB_ values above. Messages at or below the seq already applied
 * for their source are dropped; a jump is a gap, reported on stderr,
 * counted, and with opts.snapshot repaired by asking for a snapshot since
 * the last seq applied. A new epoch for a source (its state was replaced:
 * seq starts over) is reported too, and the source starts over: from
 * seq 0, or with opts.snapshot from a whole new snapshot. */
int      fwsub_next(struct fwsub *s, struct fwsub_msg *m, long timeout_ms);
/* Gaps seen (each jump counts once). */
uint64_t fwsub_gaps(const struct fwsub *s);
/* The last seq applied from the first source, and its epoch ("" when
 * unknown): what --resume keeps. */
int64_t  fwsub_position(const struct fwsub *s);
const char *fwsub_epoch(const struct fwsub *s);
const char *fwsub_error(const struct fwsub *s);

/* Option values, parsed whole: a decimal number >= 0, or seconds >= 0
 * (decimals allowed); 0, or -1 for anything else ("10m", "-1", "1x",
 * ""), which atoll and atof would have taken for a number. */
int      fwsub_number(const char *v, long long *n);
int      fwsub_seconds(const char *v, double *s);

/* Write s's position and epoch to path when they moved since the last
 * save (or since opts.since and opts.epoch); 0, or -1 with errno. */
int      fwsub_resume_save(struct fwsub *s, const char *path);
/* No message waits: the next fwsub_next() would block. */
bool     fwsub_idle(struct fwsub *s);
/* Time to save the resume point: it moved, and nothing waits or the last
 * save is FWSUB_SAVE_MS old. A durable save costs two fsyncs, so a burst
 * is kept once at its end and once a second while it lasts, not once a
 * message; a crash repeats the messages after the last save (never loses
 * them), at most a second's worth under any load. Callers save once more
 * at the end. */
#define FWSUB_SAVE_MS 1000
bool     fwsub_resume_due(struct fwsub *s);

/* fwsub_resume.c */
/* A resume file is one line, "SEQ EPOCH" ("SEQ" alone from versions
 * before epochs, or when the daemon sends none). Read it into *seq and
 * epoch (elen bytes): 0, with seq 0 and epoch "" when it does not exist
 * yet; -1 when it cannot be read. */
int      fwsub_resume_read(const char *path, int64_t *seq, char *epoch,
                           size_t elen);
/* Replace the file with seq and epoch, durably (a temporary, fsync,
 * rename, fsync of the folder): after a power cut it holds the old point
 * or the new one. 0, or -1 with errno. */
int      fwsub_resume_write(const char *path, int64_t seq, const char *epoch);

#endif
