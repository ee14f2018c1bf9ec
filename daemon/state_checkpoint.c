/* SPDX-License-Identifier: MIT */
/* state_checkpoint.c - copy the state's WAL into the database on a thread of its own, off the event loop. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "factwatchd.h"

/* SQLite's automatic checkpoint runs inside the commit that crosses 1,000
 * WAL pages: the loop then copied 4 MB and waited for an fsync, a stall
 * of several ms every hundred articles (the p99 of drop-to-receive). The
 * writer's WAL hook now only raises a flag; this thread, on a connection
 * of its own, runs a PASSIVE checkpoint, which never blocks the writer. */
#define CHECKPOINT_PAGES 1000
/* A thread that falls behind a long burst must not let the WAL grow
 * without bound: past this the writer checkpoints inline, as SQLite's
 * automatic checkpoint did. */
#define CHECKPOINT_INLINE_PAGES 8000

struct checkpointer {
    sqlite3        *db;
    pthread_t       thread;
    pthread_mutex_t mu;
    pthread_cond_t  cv;
    bool            due, stop;
};

static int
on_wal(void *ctx, sqlite3 *db, const char *name, int pages)
{
    struct checkpointer *c = ctx;

    if (pages >= CHECKPOINT_INLINE_PAGES) {
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL,
            NULL);
        return SQLITE_OK;
    }
    if (pages >= CHECKPOINT_PAGES) {
        pthread_mutex_lock(&c->mu);
        c->due = true;
        pthread_cond_signal(&c->cv);
        pthread_mutex_unlock(&c->mu);
    }
    return SQLITE_OK;
}

static void *
run(void *arg)
{
    struct checkpointer *c = arg;

    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->due && !c->stop)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->stop)
            break;
        c->due = false;
        pthread_mutex_unlock(&c->mu);
        /* SQLITE_BUSY (a reader holds old frames) just means: next time. */
        sqlite3_wal_checkpoint_v2(c->db, NULL, SQLITE_CHECKPOINT_PASSIVE,
            NULL, NULL);
        pthread_mutex_lock(&c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

struct checkpointer *
checkpointer_start(const char *path, sqlite3 *writer)
{
    struct checkpointer *c = calloc(1, sizeof *c);

    if (c == NULL)
        return NULL;
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->cv, NULL);
    if (sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READWRITE |
            SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
        sqlite3_exec(c->db, "PRAGMA synchronous=NORMAL", NULL, NULL,
            NULL) != SQLITE_OK ||
        pthread_create(&c->thread, NULL, run, c) != 0) {
        fw_log(LOG_ERR, "state: checkpoint thread: %s",
            c->db ? sqlite3_errmsg(c->db) : "out of memory");
        sqlite3_close(c->db);
        free(c);
        return NULL;
    }
    sqlite3_wal_hook(writer, on_wal, c);
    return c;
}

void
checkpointer_stop(struct checkpointer *c, sqlite3 *writer)
{
    if (c == NULL)
        return;
    sqlite3_wal_hook(writer, NULL, NULL);
    pthread_mutex_lock(&c->mu);
    c->stop = true;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->thread, NULL);
    sqlite3_close(c->db);
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    free(c);
}
