/* SPDX-License-Identifier: MIT */
/* daemon.h - the running daemon: every source and module, handed to the handlers. */
#ifndef FW_DAEMON_H
#define FW_DAEMON_H

#include <stdbool.h>
#include <stdint.h>

#include "factwatchd.h"

struct daemon {
    struct fw_config   cfg;
    const char        *config_path;
    const struct cfg_args *args;     /* the command line's settings */
    struct loop       *loop;
    void              *zctx;
    struct pub        *pub;
    struct snapshot   *snapshot;     /* NULL with snapshot_bind = none */
    struct zap        *zap;          /* NULL without curve_clients */
    struct state      *state;
    struct ingest     *ingest;
    struct watch      *watch;
    struct nats_feed  *nats;         /* NULL without nats_url */
    struct loop_source sig, inotify, startup, watchdog, status, rescan, grace,
                       retry, expire, rebind;
    int                rebind_tries; /* after a CURVE key was removed */
    int64_t            started_ns;
    bool               ready;
};

#endif
