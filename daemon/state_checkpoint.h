/* SPDX-License-Identifier: MIT */
/* state_checkpoint.h - the state's WAL checkpointer thread (used by state.c only). */
#ifndef FW_STATE_CHECKPOINT_H
#define FW_STATE_CHECKPOINT_H

#include <sqlite3.h>

struct checkpointer;

/* Open a second connection to the database at path and checkpoint it on
 * a thread whenever a commit on writer leaves 1,000 pages or more in the
 * WAL (writer's automatic checkpoints stop). NULL on failure (logged):
 * the caller keeps SQLite's automatic checkpoints. */
struct checkpointer *checkpointer_start(const char *path, sqlite3 *writer);
/* Stop the thread and close its connection; NULL is a no-op. */
void checkpointer_stop(struct checkpointer *c, sqlite3 *writer);

#endif
