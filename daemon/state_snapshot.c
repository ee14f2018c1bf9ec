/* SPDX-License-Identifier: MIT */
/* state_snapshot.c - consistent read-only views of the state for snapshot clients. */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "factwatchd.h"

/*
 * Each view is its own connection holding one read transaction. In WAL mode
 * that is a snapshot: the daemon's connection goes on committing, the view
 * keeps seeing the rows and the meta.last_seq of the moment it began, so
 * the seq sent at the end of a snapshot is exactly the last one it covers,
 * however many slices it is sent in. Every published message was committed
 * first (ingest.c), so nothing published is missing from a view taken after
 * it; a committed message not yet sent has seq <= the view's, and the client
 * drops it when it arrives live.
 */
#define SQL_SNAP_BEGIN  "BEGIN"
#define SQL_SNAP_SEQ    "SELECT value FROM meta WHERE key = 'last_seq'"
#define SQL_SNAP_EXPIRED \
    "SELECT value FROM meta WHERE key = 'expired_seq'"
#define SQL_SNAP_ROWS \
    "SELECT topic, message, seq FROM articles WHERE seq > ?1 " \
    "AND (?2 = '' OR substr(path, 1, length(?2)) = ?2) ORDER BY seq"

struct state_snap {
    sqlite3      *db;
    sqlite3_stmt *rows;
    int64_t       seq;
    int64_t       last_sent;  /* seq of the row last returned */
    bool          reset;
};

static struct state_snap *
fail(struct state_snap *q, const char *path, const char *what)
{
    fw_log(LOG_ERR, "state: snapshot %s failed path=%s: %s", what, path,
        q->db ? sqlite3_errmsg(q->db) : "out of memory");
    state_snap_close(q);
    return NULL;
}

/* A value of meta (sql selects it) into *seq, 0 when it is not there. */
static int
meta_seq(sqlite3 *db, const char *sql, int64_t *seq)
{
    sqlite3_stmt *st;
    int rc;

    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return -1;
    rc = sqlite3_step(st);
    *seq = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

struct state_snap *
state_snap_open(const struct state *s, const char *prefix, int64_t since)
{
    const char *path = state_path(s);
    struct state_snap *q = calloc(1, sizeof *q);
    int64_t expired = 0;

    if (q == NULL)
        return NULL;
    if (sqlite3_open_v2(path, &q->db, SQLITE_OPEN_READONLY |
            SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
        return fail(q, path, "open");
    sqlite3_busy_timeout(q->db, 5000);
    /* The first SELECT inside BEGIN starts the read transaction. */
    if (sqlite3_exec(q->db, SQL_SNAP_BEGIN, NULL, NULL, NULL) != SQLITE_OK ||
        meta_seq(q->db, SQL_SNAP_SEQ, &q->seq) < 0 ||
        meta_seq(q->db, SQL_SNAP_EXPIRED, &expired) < 0)
        return fail(q, path, "begin");
    /* The client saw a state we no longer have (--reset-state), or
     * removals after its seq have expired (removed_keep_days): only the
     * whole state tells it what is gone. */
    if (since > q->seq || (since > 0 && since < expired)) {
        q->reset = true;
        since = 0;
    }
    if (sqlite3_prepare_v2(q->db, SQL_SNAP_ROWS, -1, &q->rows, NULL) !=
            SQLITE_OK)
        return fail(q, path, "query");
    sqlite3_bind_int64(q->rows, 1, since);
    sqlite3_bind_text(q->rows, 2, prefix ? prefix : "", -1, SQLITE_TRANSIENT);
    return q;
}

void
state_snap_close(struct state_snap *q)
{
    if (q == NULL)
        return;
    sqlite3_finalize(q->rows);
    if (q->db)
        sqlite3_exec(q->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(q->db);
    free(q);
}

int64_t
state_snap_seq(const struct state_snap *q)
{
    return q->seq;
}

bool
state_snap_reset(const struct state_snap *q)
{
    return q->reset;
}

int
state_snap_next(struct state_snap *q, const char **topic,
    const char **message, int64_t *seq)
{
    int rc;

    /* A move's message is stored under its new path and as the old path's
     * tombstone, with one seq: send it once. */
    do
        rc = sqlite3_step(q->rows);
    while (rc == SQLITE_ROW && q->last_sent > 0 &&
        sqlite3_column_int64(q->rows, 2) == q->last_sent);
    if (rc == SQLITE_DONE)
        return 0;
    if (rc != SQLITE_ROW) {
        fw_log(LOG_ERR, "state: snapshot read failed: %s",
            sqlite3_errmsg(q->db));
        return -1;
    }
    *topic = (const char *)sqlite3_column_text(q->rows, 0);
    *message = (const char *)sqlite3_column_text(q->rows, 1);
    *seq = q->last_sent = sqlite3_column_int64(q->rows, 2);
    return *topic && *message ? 1 : -1;
}
