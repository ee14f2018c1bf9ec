/* SPDX-License-Identifier: MIT */
/* nats_feed.h - --nats: every article message into NATS JetStream, exactly once, off the event loop. */
#ifndef FW_NATS_FEED_H
#define FW_NATS_FEED_H

#include <stddef.h>

#include "factwatchd.h"

/* The in-process endpoints the feed reads the daemon's own messages and
 * snapshots from (no CURVE: inproc never leaves the process). */
#define FW_NATS_PUB_EP  "inproc://factwatch-pub"
#define FW_NATS_SNAP_EP "inproc://factwatch-snapshot"
/* Messages the feed's queue holds while NATS is away, besides the PUB
 * socket's high_water_mark for it; past both ZeroMQ drops for the feed,
 * which sees the gap and reads what it missed from the state once NATS
 * is back (fwsub.c), so nothing is lost either way. */
#define FW_NATS_BUFFER 10000

struct fwnats_api;
/* libnats, loaded with dlopen(); NULL with the reason in err. */
const struct fwnats_api *nats_lib_load(char *err, size_t errlen);

struct nats_feed;
/* Start the feed's thread (it connects to c->nats_url, in the background
 * when the server is not up yet); NULL with the reason logged. The PUB
 * and snapshot sockets must be bound at the FW_NATS_ endpoints first. */
struct nats_feed *nats_feed_start(void *zctx, const struct fw_config *c);
/* Stop the thread and keep its resume point; before zmq_ctx_term(). */
void nats_feed_stop(struct nats_feed *f);

#endif
