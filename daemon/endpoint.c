/* SPDX-License-Identifier: MIT */
/* endpoint.c - derive the snapshot endpoint from the PUB one, tell loopback from the network. */
#include <arpa/inet.h>
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

/* The host is compared whole, not by its first bytes: a connect resolves
 * names ("127.example.com" can be anywhere) and takes "SOURCE;PEER"
 * ("127.0.0.1;10.0.0.5:6000" sends to 10.0.0.5). */
bool
endpoint_is_local(const char *ep)
{
    static const char *const names[] = {"localhost", "[::1]", "lo"};
    const char *colon;
    struct in_addr a;
    char host[256];
    size_t i, n;

    if (strncmp(ep, "ipc://", 6) == 0 || strncmp(ep, "inproc://", 9) == 0)
        return true;
    if (strncmp(ep, "tcp://", 6) != 0 || (colon = strrchr(ep + 6, ':')) ==
        NULL || (n = (size_t)(colon - (ep + 6))) >= sizeof host)
        return false;
    memcpy(host, ep + 6, n);
    host[n] = '\0';
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(host, names[i]) == 0)
            return true;
    return inet_pton(AF_INET, host, &a) == 1 &&
        (ntohl(a.s_addr) >> 24) == 127;
}

/* The transports libzmq offers a PUB or ROUTER socket (zmq_bind(3); udp://
 * is RADIO and DISH only); one this libzmq was built without fails at the
 * bind, with its own message. Any other "NAME://" is a typo, and must not
 * reach the CURVE check: "foo://bar" is not on this machine either, and
 * was refused "without CURVE". */
static bool
known_transport(const char *ep, size_t n)
{
    static const char *const names[] = {"tcp", "ipc", "inproc", "ws", "wss",
        "pgm", "epgm", "tipc", "vmci", "norm"};
    size_t i;

    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && strncmp(ep, names[i], n) == 0)
            return true;
    return false;
}

/* "tcp://HOST:PORT" with PORT 1..65535 or "*"; for the other known
 * transports an address after "://", the rest left to libzmq. */
int
endpoint_check(const char *ep, char *why, size_t whylen)
{
    const char *sep = strstr(ep, "://"), *colon;
    char *end;
    long port;

    if (sep == NULL || sep == ep) {
        snprintf(why, whylen, "not TRANSPORT://ADDRESS (tcp://, ipc://)");
        return -1;
    }
    if (!known_transport(ep, (size_t)(sep - ep))) {
        snprintf(why, whylen, "unknown transport %.*s:// (tcp://, ipc://, "
            "inproc://, ws://, ...)", (int)(sep - ep < 16 ? sep - ep : 16),
            ep);
        return -1;
    }
    if (sep[3] == '\0') {
        snprintf(why, whylen, "no address after the transport");
        return -1;
    }
    if (strncmp(ep, "tcp://", 6) != 0)
        return 0;
    if ((colon = strrchr(ep, ':')) == NULL || colon <= ep + 6) {
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
