/* SPDX-License-Identifier: MIT */
/* factwatchd.h - the daemon's structs and prototypes, module by module. */
#ifndef FW_FACTWATCHD_H
#define FW_FACTWATCHD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <syslog.h>

#include <jansson.h>

#define FW_VERSION "0.1.0"
#define FW_MAX_BINDS 8
#define FW_MAX_NEAR  16     /* near_duplicates listed per summary */
#define FW_PUB_LINGER_MS 500 /* a stop waits this long for queued messages */

/* log.c */
void log_init(int level, bool journal);
void log_set_level(int level);
int  log_level(void);
void fw_log(int prio, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#define log_debug(...) \
    do { if (log_level() >= LOG_DEBUG) fw_log(LOG_DEBUG, __VA_ARGS__); } while (0)

/* config.c */
struct fw_config {
    char   *watch_dir;
    char   *state_dir;
    char   *binds[FW_MAX_BINDS];
    int     nbinds;
    char   *include_globs;      /* space-separated fnmatch patterns */
    char   *exclude_globs;
    int64_t max_size;           /* bytes; larger files are an error */
    int     startup_delay_ms;
    int     settle_ms;
    int     hwm;                /* ZMQ_SNDHWM, messages per subscriber */
    int     rescan_interval;    /* seconds; 0 = only on overflow */
    int     max_watches;        /* our own cap on inotify watches; 0 = none */
    int     status_interval;    /* seconds; 0 = off */
    int     snapshot_stall;     /* seconds a snapshot client may read
                                   nothing before its job is dropped */
    int     removed_keep_days;
    int     log_level;          /* LOG_ERR .. LOG_DEBUG */
    bool    include_text;
    /* Late joiners, CURVE and fan-in (snapshot.c, zap.c): fixed arrays,
     * so a struct copy copies them and cfg_free has nothing to free. */
    char    snapshot_bind[256];  /* "" = next to the first bind; "none" */
    char    connects[1024];      /* space-separated endpoints to publish to */
    char    source_id[256];      /* names this daemon in every message */
    bool    source_id_set;       /* given, not cfg_source_id_default's */
    char    curve_secret[4096];  /* the server's secret key file; "" = off */
    char    curve_clients[4096]; /* folder of admitted NAME.pub files */
    char    connect_server_key[4096]; /* the proxy's NAME.pub: CURVE on
                                       * connects, as client curve_secret */
    /* JetStream (nats_feed.c): "" = off */
    char    nats_url[1024];
    char    nats_subject[128];   /* subjects are SUBJECT.TOPIC */
    char    nats_stream[128];    /* created when missing */
};
void cfg_defaults(struct fw_config *c);
/* Set one key from a string value; -1 with a message in err when invalid. */
int  cfg_set(struct fw_config *c, const char *key, const char *value,
             char *err, size_t errlen);
/* Read an ini file into c; -1 with "path:line: reason" in err. */
int  cfg_load(struct fw_config *c, const char *path, char *err, size_t errlen);
/* The same for text in memory (NUL-terminated): tests and the fuzzer. */
int  cfg_load_string(struct fw_config *c, const char *text, char *err,
                     size_t errlen);
void cfg_free(struct fw_config *c);
/* 1 when the state folder is the watched folder or inside it (both must
 * exist): its files would be published as articles. */
int  cfg_state_inside_watch(const struct fw_config *c);
/* Unless source_id was given, make it HOST:STATE (the state folder's
 * absolute path): seq counts per state, and two daemons on one host must
 * not share a name. */
void cfg_source_id_default(struct fw_config *c);
/* Deep copy of src into dst (the caller frees it); -1 when out of memory. */
int  cfg_copy(struct fw_config *dst, const struct fw_config *src);
/* Settings given on the command line, as key = value (borrowed strings).
 * They are set over the file's at start and again at every reload, so
 * the command line wins both times. */
#define FW_MAX_ARGS 24
struct cfg_args {
    const char *key[FW_MAX_ARGS], *value[FW_MAX_ARGS];
    int         n;
};
/* Set a's keys over c; the first "bind" replaces c's endpoints. 0, or -1
 * with a message in err. */
int  cfg_set_args(struct fw_config *c, const struct cfg_args *a, char *err,
                  size_t errlen);

/* loop.c */
struct loop_source;
typedef void loop_handler(struct loop_source *src, uint32_t events);
struct loop_source {
    int           fd;
    loop_handler *handler;
    void         *ctx;
};
struct loop;
struct loop *loop_new(void);
void loop_free(struct loop *l);
int  loop_add(struct loop *l, struct loop_source *src, uint32_t events);
void loop_del(struct loop *l, struct loop_source *src);
/* Run until loop_stop(); returns 0, or -1 when epoll_wait failed. */
int  loop_run(struct loop *l);
void loop_stop(struct loop *l);
/* A non-blocking timerfd; -1 on error. */
int  loop_timer_new(void);
/* Arm fd to fire after ms, then every interval_ms (0 = once; ms 0 disarms). */
int  loop_timer_arm(int fd, int64_t ms, int64_t interval_ms);
/* Read a timerfd's expiry count (clears it). */
uint64_t loop_timer_ack(int fd);

/* publish.c */
struct pub;
/* Bind c->binds, connect c->connects, with CURVE when c->curve_secret. */
struct pub *pub_open(void *zctx, const struct fw_config *c);
void pub_close(struct pub *p);
/* Send topic + JSON text as is (source_id must be in it already); 0, or
 * -1 when dropped (counted). */
int  pub_send_raw(struct pub *p, const char *topic, const char *body,
                  size_t len);
/* The name this daemon gives itself in every message ("" for none). */
const char *pub_source_id(const struct pub *p);
/* The state's epoch, copied into every message from now on. */
void pub_set_epoch(struct pub *p, const char *epoch);
/* Add source_id and epoch to msg unless it has them: every message says
 * whose seq it carries, and from which state. */
void pub_stamp(const struct pub *p, json_t *msg);
/* Send topic + JSON without blocking; returns 0, or -1 when dropped. */
int  pub_send(struct pub *p, const char *topic, json_t *msg);
/* Publish an error message about path (may be NULL). */
void pub_error(struct pub *p, const char *path, const char *reason);
/* The error message pub_error sends, as text (malloc'd), or NULL. */
char *pub_error_text(const struct pub *p, const char *path,
                     const char *reason);
/* Close the binds, and the connections made through them (ZeroMQ closes
 * a listener's connections with it); pub_bind binds them again: 0, or -1
 * with errno, EADDRINUSE while an old listener is still closing in
 * ZeroMQ's I/O thread (logged only when it is another error). */
void pub_unbind(struct pub *p, const struct fw_config *c);
int  pub_bind(struct pub *p, const struct fw_config *c);
uint64_t pub_dropped(const struct pub *p);
uint64_t pub_sent(const struct pub *p);

/* watch.c */
struct stat;
/* pathtree.c: tsearch trees of records whose first member is their
 * path (char *). The comparison; the records at or below prefix (the
 * path itself or under it as a folder), up to cap into hit, counted. */
int    pathtree_cmp(const void *a, const void *b);
size_t pathtree_below(const void *root, const char *prefix, void **hit,
                      size_t cap);

struct watch_ops {
    /* A regular file appeared or was written and closed. */
    void (*file)(void *ctx, const char *rel, const struct stat *st);
    /* A file, or a folder with everything under it, left the tree. */
    void (*removed)(void *ctx, const char *rel, bool is_dir);
    /* A file or folder was renamed inside the tree. */
    void (*moved)(void *ctx, const char *from, const char *to, bool is_dir);
    /* The kernel queue overflowed: events were lost, rescan everything. */
    void (*overflow)(void *ctx);
    /* Merge the whole folder with what is known: the root came back, or
     * the periodic rescan of folders without a watch is due. */
    void (*rescan)(void *ctx);
    /* The end of one batch of events (commit and send here). */
    void (*batch_done)(void *ctx);
    /* A name that is not a regular file (symlink, FIFO, ...), never read;
     * st as lstat() saw it, NULL when there is none. What was published
     * under the name is gone. */
    void (*rejected)(void *ctx, const char *rel, const struct stat *st,
                     const char *why);
    /* A folder under the root that a scan could not read (permissions,
     * I/O): what is known under it is not known to be gone. first: not
     * reported since it was last readable. */
    void (*unreadable)(void *ctx, const char *rel, const char *why,
                       bool first);
    /* The watch itself is in trouble (the folder went away, the watch
     * limit, a folder that cannot be watched): said, already logged. */
    void (*fault)(void *ctx, const char *rel, const char *why);
};
struct watch;
/* Watch root (a folder) recursively; nothing is read until watch_scan(). */
struct watch *watch_open(const char *root, const char *include,
                         const char *exclude, const struct watch_ops *ops,
                         void *ctx);
void watch_close(struct watch *w);
int  watch_fd(const struct watch *w);
/* Add watches under rel ("" for the root) and report every file found
 * through ops->file; watches come before reading, so no file slips by. */
int  watch_scan(struct watch *w, const char *rel);
/* Read the inotify fd dry and dispatch its events. */
void watch_handle(struct watch *w);
/* 1 when name matches one of the space-separated fnmatch globs. */
int  watch_glob_match(const char *globs, const char *name);
/* 1 when the base name passes the include and exclude globs. */
int  watch_wanted(const struct watch *w, const char *name);
size_t watch_count(const struct watch *w);
/* Quiet period for files modified without a close; the rescan period
 * used when folders could not be watched and rescan_interval is 0 (60 s
 * then); our own cap on watches (0: only the kernel's). */
void watch_set_settle(struct watch *w, int settle_ms, int rescan_s,
                      size_t max_watches);
/* Look at rel again after a quiet period (it changed while being read). */
void watch_retry(struct watch *w, const char *rel);
/* True when some folders have no watch (limit reached). */
bool watch_degraded(const struct watch *w);

/* fileio.c */
/* A file's mtime in nanoseconds since the epoch, clamped to what 64 bits
 * hold (1677 to 2262) rather than wrapped. */
int64_t fileio_mtime_ns(const struct stat *st);
/* Read a whole regular file (not following symlinks, not blocking on a
 * FIFO, at most max_size bytes) into a new NUL-terminated *buf the caller
 * frees; -1 with the reason in err, and errno EAGAIN when the file
 * changed while being read or a writer modified it within quiet_ms (0:
 * no such check) and still has it open (look again later), ENOENT when
 * it is gone. */
int  fileio_read(const char *path, int64_t max_size, int quiet_ms,
                 char **buf, size_t *len, struct stat *st, char *err,
                 size_t errlen);

/* state.c */
struct state_row {
    int64_t  dev, ino, size, mtime_ns;
    char     sha256[65];
    char     sha256_raw[65];
    uint64_t simhash;
    int64_t  seq;
    bool     removed;        /* a tombstone */
    char    *message;        /* owned by the row: the last message's JSON */
};
struct state;
/* Open or create DIR/factwatch.db; refuses a corrupt or foreign file
 * (logged) unless reset, which moves it aside and starts afresh. */
struct state *state_open(const char *dir, bool reset);
void    state_close(struct state *s);
/* 1 and *row filled (free row->message) when path is known, 0 when not,
 * -1 on a database error (logged). */
int     state_get(struct state *s, const char *path, struct state_row *row);
/* Store a row and its message (pending until state_sent() covers its
 * seq); 0 or -1. */
int     state_put(struct state *s, const char *path,
                  const struct state_row *row, const char *topic,
                  const char *message);
/* Record a new size and mtime for an unchanged article. */
int     state_touch(struct state *s, const char *path,
                    const struct state_row *row);
int     state_delete(struct state *s, const char *path);
int     state_begin(struct state *s);
int     state_commit(struct state *s);
/* Mark the pending messages with seq <= upto as delivered: ZeroMQ has
 * had time to write them out (see ingest.c, INGEST_GRACE_MS). */
int     state_sent(struct state *s, int64_t upto);
int64_t state_last_seq(struct state *s);
/* This state's epoch (16 hex digits, borrowed): made with the state and
 * kept across restarts, new after --reset-state or a deleted folder, when
 * seq may start over. */
const char *state_epoch(const struct state *s);
/* The next seq, persisted with the current transaction (begun if none). */
int64_t state_next_seq(struct state *s);
/* Call fn for every pending message in seq order; 0, or -1 when they
 * cannot be read (logged). */
int     state_each_pending(struct state *s,
                           void (*fn)(void *ctx, int64_t seq,
                                      const char *topic, const char *message),
                           void *ctx);
/* Call fn for every live article below folder prefix (NULL: all),
 * ordered by path (byte order); stops at and returns fn's non-zero. */
int     state_each_live(struct state *s, const char *prefix,
                        int (*fn)(void *ctx, const char *path,
                                  const struct state_row *row), void *ctx);
/* Call fn with every other live path of the file dev/ino (its hard
 * links); stops at and returns fn's non-zero. */
int     state_each_link(struct state *s, int64_t dev, int64_t ino,
                        const char *path,
                        int (*fn)(void *ctx, const char *path), void *ctx);
/* Call fn with the SimHash of every live article. */
int     state_each_simhash(struct state *s,
                           void (*fn)(void *ctx, const char *path,
                                      uint64_t simhash), void *ctx);
/* Drop tombstones older than days. */
int     state_expire(struct state *s, int days);
int64_t state_count_live(struct state *s);
void    state_row_free(struct state_row *row);

/* state.c: the database file, for snapshot readers. */
const char *state_path(const struct state *s);

/* state_snapshot.c */
struct state_snap;
/* A consistent view of the state as of now, on its own read-only
 * connection, so the daemon keeps committing while a slow client reads:
 * the rows whose seq is above since and whose path starts with prefix
 * ("" for all), in seq order. A since above the view's last seq means
 * the state was replaced: every row then, and state_snap_reset() is
 * true. NULL on error (logged). */
struct state_snap *state_snap_open(const struct state *s, const char *prefix,
                                   int64_t since);
void    state_snap_close(struct state_snap *q);
/* The last seq committed in the view. */
int64_t state_snap_seq(const struct state_snap *q);
bool    state_snap_reset(const struct state_snap *q);
/* 1 with the next row's topic and message (borrowed until the next
 * call), 0 at the end, -1 on a database error (logged). */
int     state_snap_next(struct state_snap *q, const char **topic,
                        const char **message, int64_t *seq);

/* snapshot.c */
struct snapshot;
/* Bind the snapshot ROUTER at c->snapshot_bind ("": next to the first
 * bind, see endpoint.h) and serve it from the loop; the
 * state and config are borrowed. NULL on error (logged). */
struct snapshot *snapshot_open(void *zctx, struct loop *l, struct state *st,
                               const struct fw_config *c);
void     snapshot_close(struct snapshot *sn);
/* As pub_unbind and pub_bind, for the snapshot endpoint. */
void     snapshot_unbind(struct snapshot *sn);
int      snapshot_bind(struct snapshot *sn);
uint64_t snapshot_served(const struct snapshot *sn);

/* zap.c */
struct zap;
/* The ZAP handler at inproc://zeromq.zap.01, admitting the CURVE keys in
 * dir (*.pub); open it before any socket binds. NULL on error (logged). */
struct zap *zap_open(void *zctx, struct loop *l, const char *dir);
void zap_close(struct zap *z);
/* Read the folder again (SIGHUP): 1 when a key admitted before is gone
 * (connections it made must be cut: CURVE checks keys at the handshake
 * only), 0 when not, -1 on error, the old list kept. */
int  zap_reload(struct zap *z);

/* notify.c */
int64_t notify_watchdog_ms(void);
void notify_ready(void);
void notify_watchdog(void);
void notify_status(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The first scan's progress: STATUS= with EXTEND_TIMEOUT_USEC= (30 s). */
void notify_progress(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
void notify_stopping(void);
void notify_reloading(void);

/* reload.c */
struct daemon;
/* SIGHUP: read the --config file again and apply it without dropping
 * subscribers; 0 when applied, -1 when refused (logged, and published on
 * the error topic) and the running settings stay. */
int  reload_config(struct daemon *d);

/* once.c */
/* Summarise paths (files, folders, "-" for stdin) to stdout, one JSON
 * object per line; returns the exit code. */
int  once_run(const struct fw_config *cfg, char *const *paths, int npaths);

#endif
