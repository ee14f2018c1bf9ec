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
/* true for ipc://, inproc:// and tcp:// on a loopback address or name. */
bool endpoint_is_local(const char *ep);

#endif
