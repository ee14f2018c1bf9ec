/* SPDX-License-Identifier: MIT */
/* endpoint.c - derive the snapshot endpoint from the PUB one, tell loopback from the network. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "endpoint.h"

int
endpoint_snapshot(const char *pub, char *out, size_t outlen)
{
    const char *colon;
    char *end;
    long port;
    int n;

    if (strncmp(pub, "ipc://", 6) == 0) {
        n = snprintf(out, outlen, "%s.snapshot", pub);
        return n < 0 || (size_t)n >= outlen ? -1 : 0;
    }
    if (strncmp(pub, "tcp://", 6) != 0 || (colon = strrchr(pub, ':')) == NULL
        || colon < pub + 6)
        return -1;
    port = strtol(colon + 1, &end, 10);
    if (end == colon + 1 || *end != '\0' || port <= 0 || port >= 65535)
        return -1;
    n = snprintf(out, outlen, "%.*s:%ld", (int)(colon - pub), pub, port + 1);
    return n < 0 || (size_t)n >= outlen ? -1 : 0;
}

bool
endpoint_is_local(const char *ep)
{
    static const char *const local[] = {
        "tcp://127.", "tcp://localhost:", "tcp://[::1]:", "tcp://lo:",
        "ipc://", "inproc://"};
    size_t i;

    for (i = 0; i < sizeof local / sizeof local[0]; i++)
        if (strncmp(ep, local[i], strlen(local[i])) == 0)
            return true;
    return false;
}
