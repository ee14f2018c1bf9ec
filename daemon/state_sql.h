/* SPDX-License-Identifier: MIT */
/* state_sql.h - every SQL statement of the state database, by name. */
#ifndef FW_STATE_SQL_H
#define FW_STATE_SQL_H

/* 'FWCH': marks the file as ours, so a foreign SQLite file is refused. */
#define STATE_APP_ID      0x46574348
#define STATE_VERSION     2

#define SQL_PRAGMAS \
    "PRAGMA journal_mode=WAL;" \
    "PRAGMA synchronous=NORMAL;" \
    "PRAGMA foreign_keys=OFF;" \
    "PRAGMA busy_timeout=5000;"

/* removed_at NULL: a live article; otherwise a tombstone kept for
 * removed_keep_days. A row's message is pending, committed but perhaps
 * not yet delivered by ZeroMQ, while its seq is above meta's sent_seq: a
 * crash makes the next start send it again. (Version 1 kept a pending
 * flag per row; clearing it rewrote every ~8 KB row a second time, 16%
 * of a burst. The column stays, unused, so version-1 files open.) */
#define SQL_SCHEMA \
    "CREATE TABLE IF NOT EXISTS articles (" \
    "  path       TEXT PRIMARY KEY," \
    "  dev        INTEGER NOT NULL DEFAULT 0," \
    "  ino        INTEGER NOT NULL DEFAULT 0," \
    "  size       INTEGER NOT NULL DEFAULT 0," \
    "  mtime_ns   INTEGER NOT NULL DEFAULT 0," \
    "  sha256     TEXT," \
    "  sha256_raw TEXT," \
    "  simhash    INTEGER NOT NULL DEFAULT 0," \
    "  seq        INTEGER NOT NULL," \
    "  removed_at INTEGER," \
    "  pending    INTEGER NOT NULL DEFAULT 0," \
    "  topic      TEXT NOT NULL," \
    "  message    TEXT NOT NULL" \
    ") WITHOUT ROWID;" \
    "CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);" \
    /* Covers the start-up reads (SQL_LIVE, SQL_SIMHASHES), which would \
     * otherwise walk rows that carry whole stored messages. removed_at \
     * is always NULL in it, but SQLite counts an index as covering only \
     * when it holds every column the query names, the WHERE's included: \
     * without it (articles_live, dropped) each row was looked up, 0.45 s \
     * of a 10,000-article restart. */ \
    "DROP INDEX IF EXISTS articles_live;" \
    "CREATE INDEX IF NOT EXISTS articles_live2 ON articles(path, dev, ino, " \
    "  size, mtime_ns, simhash, removed_at) WHERE removed_at IS NULL;" \
    /* The other names of a hard-linked file (SQL_LINKS). */ \
    "CREATE INDEX IF NOT EXISTS articles_ino ON articles(dev, ino) " \
    "  WHERE removed_at IS NULL;" \
    /* Tombstones only: what expiry reads (SQL_EXPIRE_MARK, SQL_EXPIRE) \
     * at every start. Without it SQLite answered max(seq) by walking \
     * articles_seq and looking up every row for its removed_at: 0.8 s \
     * of a start over 100,000 articles. */ \
    "CREATE INDEX IF NOT EXISTS articles_removed ON articles(removed_at, " \
    "  seq) WHERE removed_at IS NOT NULL;" \
    "CREATE TABLE IF NOT EXISTS meta (" \
    "  key   TEXT PRIMARY KEY," \
    "  value INTEGER NOT NULL" \
    ");" \
    "INSERT OR IGNORE INTO meta VALUES ('last_seq', 0);"

#define SQL_GET \
    "SELECT dev, ino, size, mtime_ns, sha256, sha256_raw, simhash, seq, " \
    "removed_at IS NOT NULL, message FROM articles WHERE path = ?1"

#define SQL_PUT \
    "INSERT OR REPLACE INTO articles (path, dev, ino, size, mtime_ns, " \
    "sha256, sha256_raw, simhash, seq, removed_at, topic, message) " \
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"

#define SQL_TOUCH \
    "UPDATE articles SET dev = ?2, ino = ?3, size = ?4, mtime_ns = ?5 " \
    "WHERE path = ?1"

#define SQL_DELETE      "DELETE FROM articles WHERE path = ?1"
/* The state's epoch: a random number made with the state, never carried
 * over by --reset-state (state.c, state_epoch). Kept as an integer: the
 * meta column's affinity would turn an all-digit hex text into one. */
#define SQL_EPOCH       "SELECT value FROM meta WHERE key = 'epoch'"
#define SQL_SET_EPOCH   "INSERT OR IGNORE INTO meta VALUES ('epoch', %lld)"
#define SQL_LAST_SEQ    "SELECT value FROM meta WHERE key = 'last_seq'"
#define SQL_SET_SEQ     "UPDATE meta SET value = ?1 WHERE key = 'last_seq'"
/* Never past the last seq committed, never back. */
#define SQL_SENT \
    "UPDATE meta SET value = min(?1, (SELECT value FROM meta " \
    "  WHERE key = 'last_seq')) WHERE key = 'sent_seq' AND value < ?1"
/* Version 1 to 2, once, while the pending index still makes it cheap:
 * what was pending is what lies above sent_seq. */
#define SQL_HAS_SENT    "SELECT count(*) FROM meta WHERE key = 'sent_seq'"
#define SQL_MIGRATE_SENT \
    "INSERT OR IGNORE INTO meta SELECT 'sent_seq', coalesce(" \
    "  (SELECT min(seq) - 1 FROM articles WHERE pending = 1)," \
    "  (SELECT value FROM meta WHERE key = 'last_seq'));" \
    "UPDATE articles SET pending = 0 WHERE pending = 1;" \
    "DROP INDEX IF EXISTS articles_pending;"
/* A move stores its message twice (new path, old path's tombstone) under
 * one seq: send it once. */
#define SQL_PENDING \
    "SELECT seq, topic, message FROM articles " \
    "WHERE seq > (SELECT value FROM meta WHERE key = 'sent_seq') " \
    "GROUP BY seq ORDER BY seq"
/* ?1 and ?2 bound a folder's range: "dir/" <= path < "dir0". */
#define SQL_LIVE \
    "SELECT path, dev, ino, size, mtime_ns FROM articles " \
    "WHERE removed_at IS NULL AND (?1 IS NULL OR (path >= ?1 AND path < ?2)) " \
    "ORDER BY path"
/* The live names of one inode but path (hard links). */
#define SQL_LINKS \
    "SELECT path FROM articles WHERE dev = ?1 AND ino = ?2 " \
    "AND removed_at IS NULL AND path <> ?3"
/* Before tombstones go, meta's expired_seq keeps the highest seq among
 * them: a client asking for what came after an older seq gets the whole
 * state instead (state_snapshot.c). */
#define SQL_EXPIRE_MARK \
    "INSERT INTO meta SELECT 'expired_seq', coalesce(max(seq), 0) " \
    "FROM articles WHERE removed_at IS NOT NULL AND removed_at < ?1 " \
    "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)"
#define SQL_EXPIRE \
    "DELETE FROM articles WHERE removed_at IS NOT NULL AND removed_at < ?1"
#define SQL_COUNT_LIVE \
    "SELECT count(*) FROM articles WHERE removed_at IS NULL"
#define SQL_SIMHASHES \
    "SELECT path, simhash FROM articles WHERE removed_at IS NULL"

#endif
