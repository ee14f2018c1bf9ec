/* SPDX-License-Identifier: MIT */
/* state.c - what factwatchd has published, per path, in SQLite (WAL). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "factwatchd.h"
#include "state_checkpoint.h"
#include "state_sql.h"

struct state {
    sqlite3      *db;
    char         *path;
    sqlite3_stmt *get, *put, *touch, *del, *setseq, *sent;
    struct checkpointer *ckpt;   /* NULL: SQLite checkpoints in commits */
    int64_t       last_seq;
    char          epoch[17];     /* meta's epoch, as 16 hex digits */
    bool          in_txn;
    int           lock_fd;       /* holds the folder's lock, or -1 */
};

static int
db_fail(struct state *s, const char *what)
{
    fw_log(LOG_ERR, "state: %s failed path=%s: %s", what, s->path,
        sqlite3_errmsg(s->db));
    return -1;
}

static int
exec(struct state *s, const char *sql)
{
    char *msg = NULL;

    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fw_log(LOG_ERR, "state: sql failed path=%s: %s", s->path,
            msg ? msg : "?");
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int64_t
query_int(struct state *s, const char *sql, int64_t dflt)
{
    sqlite3_stmt *st;
    int64_t v = dflt;

    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return dflt;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* A file we did not create, or one SQLite cannot read, must not be taken
 * for an empty state: that would republish every article silently. */
static int
check_identity(struct state *s)
{
    int64_t app, ver, tables;

    if (sqlite3_exec(s->db, "PRAGMA schema_version", NULL, NULL, NULL) !=
        SQLITE_OK) {
        fw_log(LOG_ERR, "state: cannot read the state file path=%s: %s; "
            "refusing to start rather than republish every article; "
            "use --reset-state to rebuild it", s->path, sqlite3_errmsg(s->db));
        return -1;
    }
    app = query_int(s, "PRAGMA application_id", -1);
    ver = query_int(s, "PRAGMA user_version", -1);
    tables = query_int(s, "SELECT count(*) FROM sqlite_master", -1);
    if (app == 0 && tables == 0)
        return 0;           /* new file */
    if (app != STATE_APP_ID) {
        fw_log(LOG_ERR, "state: not a factwatch state file path=%s "
            "(application_id %lld); use --reset-state to replace it",
            s->path, (long long)app);
        return -1;
    }
    if (ver > STATE_VERSION) {
        fw_log(LOG_ERR, "state: written by a newer factwatchd path=%s "
            "(version %lld)", s->path, (long long)ver);
        return -1;
    }
    /* No PRAGMA quick_check: it reads every page, 5 s for 100,000
     * articles before READY. A damaged page inside a sound file fails
     * with SQLITE_CORRUPT when read, and that is logged with the path. */
    return 0;
}

static int
prepare_all(struct state *s)
{
    char sql[64];

    if (sqlite3_prepare_v2(s->db, SQL_GET, -1, &s->get, NULL) ||
        sqlite3_prepare_v2(s->db, SQL_PUT, -1, &s->put, NULL) ||
        sqlite3_prepare_v2(s->db, SQL_TOUCH, -1, &s->touch, NULL) ||
        sqlite3_prepare_v2(s->db, SQL_DELETE, -1, &s->del, NULL) ||
        sqlite3_prepare_v2(s->db, SQL_SET_SEQ, -1, &s->setseq, NULL) ||
        sqlite3_prepare_v2(s->db, SQL_SENT, -1, &s->sent, NULL))
        return db_fail(s, "prepare");
    snprintf(sql, sizeof sql, "PRAGMA application_id=%d;", STATE_APP_ID);
    if (exec(s, sql) < 0)
        return -1;
    snprintf(sql, sizeof sql, "PRAGMA user_version=%d;", STATE_VERSION);
    return exec(s, sql);
}

/* Move a refused state file aside (never delete what a user may want). */
static void
move_aside(const char *path)
{
    char old[4096], base[4096];
    const char *sfx[] = {"", "-wal", "-shm"};
    struct stat st;
    size_t i;
    int n = 0;

    /* never over an earlier one: .old, then .old.1, .old.2, ... */
    snprintf(base, sizeof base, "%s.old", path);
    while (stat(base, &st) == 0 && n < 1000)
        snprintf(base, sizeof base, "%s.old.%d", path, ++n);
    for (i = 0; i < 3; i++) {
        char from[4096];
        snprintf(from, sizeof from, "%s%s", path, sfx[i]);
        snprintf(old, sizeof old, "%s%s", base, sfx[i]);
        if (rename(from, old) == 0 && i == 0)
            fw_log(LOG_WARNING, "state: moved old state aside path=%s", old);
    }
}

/* Take dir's lock file (factwatchd.lock, holding the owner's pid): two
 * daemons on one state would hand out the same seq to different
 * articles. Returns its descriptor, or -1 (logged). */
static int
lock_folder(const char *dir)
{
    char path[4096], pid[32];
    ssize_t n;
    int fd;

    snprintf(path, sizeof path, "%s/factwatchd.lock", dir);
    if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0640)) < 0) {
        fw_log(LOG_ERR, "state: cannot open the lock file path=%s: %s", path,
            strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
        int e = errno;

        if (e == EWOULDBLOCK) {
            n = pread(fd, pid, sizeof pid - 1, 0);
            pid[n > 0 ? n : 0] = '\0';
            pid[strcspn(pid, "\n")] = '\0';
            fw_log(LOG_ERR, "state: folder path=%s is in use by another "
                "factwatchd (pid %s): one daemon per state folder", dir,
                pid[0] ? pid : "unknown");
        } else {
            fw_log(LOG_ERR, "state: cannot lock path=%s: %s", path,
                strerror(e));
        }
        close(fd);
        return -1;
    }
    n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) < 0 || pwrite(fd, pid, (size_t)n, 0) != n)
        fw_log(LOG_WARNING, "state: cannot write the pid to path=%s: %s",
            path, strerror(errno));
    return fd;
}

/* The last seq of the state file at path, read before --reset-state
 * moves it aside; 0 when it cannot be read (then logged). */
static int64_t
old_last_seq(const char *path)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int64_t v = -1;
    struct stat sb;

    if (stat(path, &sb) < 0)
        return 0;               /* nothing to carry */
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, SQL_LAST_SEQ, -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (v < 0)
        fw_log(LOG_WARNING, "state: cannot read the last seq of path=%s: "
            "seq starts again at 1, and subscribers past it must start over",
            path);
    return v < 0 ? 0 : v;
}

/* After --reset-state, seq goes on from the old state's: a subscriber or
 * a JetStream bridge that saw seq N takes the articles published again
 * as new ones (N+1, ...), never as repeats of seqs it has; one that asks
 * for what came after an old seq gets the whole state (reset), as the
 * old state's removals are gone with it. */
static int
carry_seq(struct state *s, int64_t seq)
{
    char sql[256];

    if (seq <= s->last_seq)
        return 0;
    snprintf(sql, sizeof sql, "BEGIN; UPDATE meta SET value = %lld WHERE "
        "key IN ('last_seq', 'sent_seq'); INSERT OR REPLACE INTO meta VALUES "
        "('expired_seq', %lld); COMMIT;", (long long)seq, (long long)seq + 1);
    if (exec(s, sql) < 0) {
        exec(s, "ROLLBACK");
        return -1;
    }
    s->last_seq = seq;
    fw_log(LOG_NOTICE, "state: new state goes on from seq %lld",
        (long long)seq);
    return 0;
}

/* A new epoch: 63 random bits (time and pid if the kernel has none to
 * give), never 0, which is how an older state without one reads. */
static int64_t
new_epoch(void)
{
    uint64_t v = 0;

    if (getrandom(&v, sizeof v, GRND_NONBLOCK) != (ssize_t)sizeof v)
        v = (uint64_t)time(NULL) << 20 ^ (uint64_t)getpid();
    v &= INT64_MAX;
    return v ? (int64_t)v : 1;
}

/* Read the state's epoch, making one when there is none: a new state, or
 * one written before epochs (its subscribers see a new epoch once). seq
 * restarts with a new state (a deleted folder, or --reset-state of a file
 * it could not read); the epoch is how a subscriber tells a seq it holds
 * from the same seq of another state. */
static int
load_epoch(struct state *s)
{
    char sql[128];
    int64_t v = query_int(s, SQL_EPOCH, 0);

    if (v <= 0) {
        snprintf(sql, sizeof sql, SQL_SET_EPOCH, (long long)new_epoch());
        if (exec(s, sql) < 0)
            return -1;
        if ((v = query_int(s, SQL_EPOCH, 0)) <= 0)
            return db_fail(s, "epoch");
    }
    snprintf(s->epoch, sizeof s->epoch, "%016llx", (unsigned long long)v);
    return 0;
}

struct state *
state_open(const char *dir, bool reset)
{
    int64_t carried = 0;
    struct state *s = calloc(1, sizeof *s);

    if (s == NULL)
        return NULL;
    s->lock_fd = -1;
    if (mkdir(dir, 0750) < 0 && errno != EEXIST) {
        fw_log(LOG_ERR, "state: cannot create folder path=%s: %s", dir,
            strerror(errno));
        free(s);
        return NULL;
    }
    if ((s->lock_fd = lock_folder(dir)) < 0) {
        free(s);
        return NULL;
    }
    if (asprintf(&s->path, "%s/factwatch.db", dir) < 0) {
        close(s->lock_fd);
        free(s);
        return NULL;
    }
    if (reset) {
        carried = old_last_seq(s->path);
        move_aside(s->path);
    }
    if (sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE |
            SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        db_fail(s, "open");
        goto fail;
    }
    if (check_identity(s) < 0 || exec(s, SQL_PRAGMAS) < 0 ||
        exec(s, SQL_SCHEMA) < 0 || (query_int(s, SQL_HAS_SENT, 0) == 0 &&
            exec(s, SQL_MIGRATE_SENT) < 0) || prepare_all(s) < 0)
        goto fail;
    s->last_seq = query_int(s, SQL_LAST_SEQ, 0);
    if (load_epoch(s) < 0 || carry_seq(s, carried) < 0)
        goto fail;
    s->ckpt = checkpointer_start(s->path, s->db);
    return s;
fail:
    state_close(s);
    return NULL;
}

void
state_close(struct state *s)
{
    if (s == NULL)
        return;
    if (s->in_txn)
        state_commit(s);
    checkpointer_stop(s->ckpt, s->db);
    sqlite3_finalize(s->get);
    sqlite3_finalize(s->put);
    sqlite3_finalize(s->touch);
    sqlite3_finalize(s->del);
    sqlite3_finalize(s->setseq);
    sqlite3_finalize(s->sent);
    sqlite3_close(s->db);
    if (s->lock_fd >= 0)
        close(s->lock_fd);      /* releases the folder */
    free(s->path);
    free(s);
}

void
state_row_free(struct state_row *row)
{
    free(row->message);
    row->message = NULL;
}

static void
copy_text(char *dst, size_t n, sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);

    snprintf(dst, n, "%s", t ? (const char *)t : "");
}

int
state_get(struct state *s, const char *path, struct state_row *row)
{
    int rc;

    memset(row, 0, sizeof *row);
    sqlite3_bind_text(s->get, 1, path, -1, SQLITE_STATIC);
    rc = sqlite3_step(s->get);
    if (rc == SQLITE_ROW) {
        const unsigned char *m;
        row->dev = sqlite3_column_int64(s->get, 0);
        row->ino = sqlite3_column_int64(s->get, 1);
        row->size = sqlite3_column_int64(s->get, 2);
        row->mtime_ns = sqlite3_column_int64(s->get, 3);
        copy_text(row->sha256, sizeof row->sha256, s->get, 4);
        copy_text(row->sha256_raw, sizeof row->sha256_raw, s->get, 5);
        row->simhash = (uint64_t)sqlite3_column_int64(s->get, 6);
        row->seq = sqlite3_column_int64(s->get, 7);
        row->removed = sqlite3_column_int(s->get, 8);
        m = sqlite3_column_text(s->get, 9);
        row->message = m ? strdup((const char *)m) : NULL;
        rc = 1;
    } else {
        rc = rc == SQLITE_DONE ? 0 : db_fail(s, "lookup");
    }
    sqlite3_reset(s->get);
    return rc;
}

/* ?1 path, ?2..?5 dev, ino, size, mtime_ns: shared by SQL_PUT and
 * SQL_TOUCH. */
static void
bind_identity(sqlite3_stmt *st, const char *path, const struct state_row *row)
{
    sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, row->dev);
    sqlite3_bind_int64(st, 3, row->ino);
    sqlite3_bind_int64(st, 4, row->size);
    sqlite3_bind_int64(st, 5, row->mtime_ns);
}

int
state_put(struct state *s, const char *path, const struct state_row *row,
    const char *topic, const char *message)
{
    sqlite3_stmt *st = s->put;
    int rc;

    bind_identity(st, path, row);
    sqlite3_bind_text(st, 6, row->sha256, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, row->sha256_raw, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 8, (int64_t)row->simhash);
    sqlite3_bind_int64(st, 9, row->seq);
    if (row->removed)
        sqlite3_bind_int64(st, 10, (int64_t)time(NULL));
    else
        sqlite3_bind_null(st, 10);
    sqlite3_bind_text(st, 11, topic, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 12, message, -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : db_fail(s, "store");
}

int
state_touch(struct state *s, const char *path, const struct state_row *row)
{
    sqlite3_stmt *st = s->touch;
    int rc;

    bind_identity(st, path, row);
    rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : db_fail(s, "touch");
}

int
state_delete(struct state *s, const char *path)
{
    int rc;

    sqlite3_bind_text(s->del, 1, path, -1, SQLITE_STATIC);
    rc = sqlite3_step(s->del);
    sqlite3_reset(s->del);
    return rc == SQLITE_DONE ? 0 : db_fail(s, "delete");
}

int
state_begin(struct state *s)
{
    /* An error inside a transaction (disk full, I/O) may have rolled it
     * back: then open a new one rather than write row by row. */
    if (s->in_txn && !sqlite3_get_autocommit(s->db))
        return 0;
    s->in_txn = false;
    if (exec(s, "BEGIN IMMEDIATE") < 0)
        return -1;
    s->in_txn = true;
    return 0;
}

int
state_commit(struct state *s)
{
    if (!s->in_txn)
        return 0;
    s->in_txn = false;
    if (exec(s, "COMMIT") == 0)
        return 0;
    if (!sqlite3_get_autocommit(s->db))
        exec(s, "ROLLBACK");        /* e.g. SQLITE_BUSY: not left open */
    /* The batch's seqs were never stored: hand them out again, so the
     * stream has no gap (rows SQLite stored on its own after rolling
     * back are in the count) */
    s->last_seq = query_int(s, SQL_LAST_SEQ, s->last_seq);
    return -1;
}

int
state_sent(struct state *s, int64_t upto)
{
    int rc;

    sqlite3_bind_int64(s->sent, 1, upto);
    rc = sqlite3_step(s->sent);
    sqlite3_reset(s->sent);
    return rc == SQLITE_DONE ? 0 : db_fail(s, "sent");
}

int64_t
state_last_seq(struct state *s)
{
    return s->last_seq;
}

const char *
state_epoch(const struct state *s)
{
    return s->epoch;
}

int64_t
state_next_seq(struct state *s)
{
    int rc;

    /* In the batch's transaction: on its own it was a commit of its own,
     * a third of the WAL writes for an article dropped in alone. */
    if (state_begin(s) < 0)
        return -1;
    sqlite3_bind_int64(s->setseq, 1, s->last_seq + 1);
    rc = sqlite3_step(s->setseq);
    sqlite3_reset(s->setseq);
    if (rc != SQLITE_DONE) {
        db_fail(s, "seq");
        return -1;
    }
    return ++s->last_seq;
}

int
state_each_pending(struct state *s, void (*fn)(void *, int64_t, const char *,
    const char *), void *ctx)
{
    sqlite3_stmt *st;
    int rc;

    if (sqlite3_prepare_v2(s->db, SQL_PENDING, -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "pending");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        fn(ctx, sqlite3_column_int64(st, 0),
            (const char *)sqlite3_column_text(st, 1),
            (const char *)sqlite3_column_text(st, 2));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_fail(s, "pending");
}

int
state_each_live(struct state *s, const char *prefix, int (*fn)(void *,
    const char *, const struct state_row *), void *ctx)
{
    sqlite3_stmt *st;
    struct state_row row;
    int rc = 0;

    if (sqlite3_prepare_v2(s->db, SQL_LIVE, -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "list");
    if (prefix) {
        size_t n = strlen(prefix);
        char *lo = malloc(n + 2), *hi = malloc(n + 2);
        if (lo && hi) {
            snprintf(lo, n + 2, "%s/", prefix);
            snprintf(hi, n + 2, "%s0", prefix);   /* '0' follows '/' */
            sqlite3_bind_text(st, 1, lo, -1, free);
            sqlite3_bind_text(st, 2, hi, -1, free);
        } else {
            free(lo);
            free(hi);
            sqlite3_finalize(st);
            return -1;
        }
    }
    memset(&row, 0, sizeof row);
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW) {
        row.dev = sqlite3_column_int64(st, 1);
        row.ino = sqlite3_column_int64(st, 2);
        row.size = sqlite3_column_int64(st, 3);
        row.mtime_ns = sqlite3_column_int64(st, 4);
        rc = fn(ctx, (const char *)sqlite3_column_text(st, 0), &row);
    }
    sqlite3_finalize(st);
    return rc;
}

int
state_each_link(struct state *s, int64_t dev, int64_t ino, const char *path,
    int (*fn)(void *, const char *), void *ctx)
{
    sqlite3_stmt *st;
    int rc = 0;

    if (sqlite3_prepare_v2(s->db, SQL_LINKS, -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "links");
    sqlite3_bind_int64(st, 1, dev);
    sqlite3_bind_int64(st, 2, ino);
    sqlite3_bind_text(st, 3, path, -1, SQLITE_STATIC);
    while (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
        rc = fn(ctx, (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return rc;
}

/* Run sql, which takes the expiry's cut-off as ?1. */
static int
expire_step(struct state *s, const char *sql, int64_t cutoff)
{
    sqlite3_stmt *st;
    int rc;

    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "expire");
    sqlite3_bind_int64(st, 1, cutoff);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? 0 : db_fail(s, "expire");
}

int
state_expire(struct state *s, int days)
{
    int64_t cutoff = (int64_t)time(NULL) - (int64_t)days * 86400;

    /* the mark first: were the delete to go without it, a client
     * resuming from before would never learn of those removals */
    if (expire_step(s, SQL_EXPIRE_MARK, cutoff) < 0)
        return -1;
    return expire_step(s, SQL_EXPIRE, cutoff);
}

const char *
state_path(const struct state *s)
{
    return s->path;
}

int64_t
state_count_live(struct state *s)
{
    return query_int(s, SQL_COUNT_LIVE, 0);
}

int
state_each_simhash(struct state *s, void (*fn)(void *, const char *,
    uint64_t), void *ctx)
{
    sqlite3_stmt *st;

    if (sqlite3_prepare_v2(s->db, SQL_SIMHASHES, -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, "simhashes");
    while (sqlite3_step(st) == SQLITE_ROW)
        fn(ctx, (const char *)sqlite3_column_text(st, 0),
            (uint64_t)sqlite3_column_int64(st, 1));
    sqlite3_finalize(st);
    return 0;
}
