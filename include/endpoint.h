/* SPDX-License-Identifier: MIT */
/* endpoint.h - ZeroMQ endpoint helpers shared by factwatchd and its clients. */
#ifndef FW_ENDPOINT_H
#define FW_ENDPOINT_H

#include <stdbool.h>
#include <stddef.h>

/* The snapshot endpoint that goes with a PUB endpoint: tcp://HOST:PORT
 * gives tcp://HOST:PORT+1, ipc://PATH gives ipc://PATH.snapshot. Writes
 * it into out; 0, or -1 when pub has no such neighbour (inproc, a
 * wildcard port, too long). */
int  endpoint_snapshot(const char *pub, char *out, size_t outlen);
/* true for ipc://, inproc:// and tcp:// to a 127.x.y.z address, localhost,
 * [::1] or lo, the host compared whole. */
bool endpoint_is_local(const char *ep);
/* 0 when ep reads as an endpoint of a transport libzmq knows
 * ("tcp://HOST:PORT" with a port of 1 to 65535 or "*", "ipc://PATH", ...),
 * else -1 with the reason in why (at most 80 bytes): libzmq takes
 * "tcp://127.0.0.1:99999" and binds a port of its own. */
int  endpoint_check(const char *ep, char *why, size_t whylen);

#endif
