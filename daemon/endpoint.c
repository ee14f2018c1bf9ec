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

/* "tcp://HOST:PORT" with PORT 1..65535 or "*"; "ipc://PATH" and
 * "inproc://NAME" not empty; other transports are left to libzmq. */
int
endpoint_check(const char *ep, char *why, size_t whylen)
{
    const char *colon;
    char *end;
    long port;

    if (strncmp(ep, "ipc://", 6) == 0 || strncmp(ep, "inproc://", 9) == 0) {
        if (strchr(ep, '/')[2] != '\0')
            return 0;
        snprintf(why, whylen, "no path after the transport");
        return -1;
    }
    if (strncmp(ep, "tcp://", 6) != 0) {
        if (strstr(ep, "://") != NULL)
            return 0;
        snprintf(why, whylen, "not TRANSPORT://ADDRESS (tcp://, ipc://)");
        return -1;
    }
    if ((colon = strrchr(ep, ':')) == NULL || colon < ep + 6 ||
        colon == ep + 6) {
        snprintf(why, whylen, "tcp:// needs HOST:PORT");
        return -1;
    }
    if (strcmp(colon + 1, "*") == 0)
        return 0;
    port = strtol(colon + 1, &end, 10);
    if (end == colon + 1 || *end != '\0' || port < 1 || port > 65535) {
        snprintf(why, whylen, "port must be 1 to 65535");
        return -1;
    }
    return 0;
}
