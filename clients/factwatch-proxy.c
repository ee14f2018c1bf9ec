/* SPDX-License-Identifier: MIT */
/* factwatch-proxy.c - fan many factwatchd PUB sockets into one endpoint with zmq_proxy (XSUB to XPUB). */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zmq.h>

#include "curve.h"
#include "endpoint.h"
#include "fwsub.h"

#define MAX_EPS 32

/*
 * Daemons publish into the XSUB side (factwatchd --connect ENDPOINT, or
 * --xsub-connect here to a daemon's own bind); subscribers connect to the
 * XPUB side and their subscriptions travel upstream. Messages pass through
 * untouched: each carries its daemon's source_id and a seq counted per
 * source, so a subscriber tracks gaps per source (factwatch-sub does).
 *
 * With --curve-secret both bound sides are CURVE servers and a ZAP thread
 * admits the keys in --curve-clients (daemons and subscribers alike),
 * reading the folder at each handshake, so a key added or removed counts
 * from the next connection. --curve-upstream-key makes --xsub-connect a
 * CURVE client of daemons that are CURVE servers.
 */
enum { EXIT_DONE = 0, EXIT_ZMQ = 2, EXIT_USAGE = 100 };

static const char usage_text[] =
"usage: factwatch-proxy [--xsub-bind ENDPOINT]... [--xsub-connect ENDPOINT]...\n"
"                       --xpub-bind ENDPOINT... [--hwm N]\n"
"\n"
"Forward the messages of many factwatchd daemons to one endpoint.\n"
"\n"
"  -i, --xsub-bind ENDPOINT     daemons publish here (factwatchd --connect)\n"
"  -I, --xsub-connect ENDPOINT  or: connect to a daemon's PUB endpoint\n"
"  -o, --xpub-bind ENDPOINT     subscribers connect here\n"
"      --hwm N                  messages queued per peer (100000; 0: no\n"
"                               limit)\n"
"      --curve-secret FILE      CURVE on both bound sides, with our key\n"
"      --curve-clients DIR      admit only the keys in DIR/*.pub\n"
"      --curve-upstream-key F   the daemons' public key, for --xsub-connect\n"
"      --insecure               allow binding a TCP address other than\n"
"                               loopback without CURVE (anyone who can\n"
"                               connect reads, or publishes, everything)\n"
"  -h, --help                   this help\n"
"\n"
"Each option is repeatable. Exit status: 0 stopped by a signal,\n"
"2 a ZeroMQ error (an endpoint could not be bound), 100 bad usage.\n";

struct eps {
    const char *v[MAX_EPS];
    int         n;
};

static void
add(struct eps *e, const char *ep)
{
    if (e->n == MAX_EPS) {
        fprintf(stderr, "factwatch-proxy: at most %d endpoints each\n",
            MAX_EPS);
        exit(EXIT_USAGE);
    }
    e->v[e->n++] = ep;
}

/* --hwm, whole: atoi took "10k" for 10 and "lots" for 0, which ZeroMQ
 * reads as no limit at all. */
static int
hwm_value(const char *v)
{
    long long n;

    if (fwsub_number(v, &n) < 0 || n > INT_MAX) {
        fprintf(stderr, "factwatch-proxy: --hwm: not a number of messages: "
            "%s\n", v);
        exit(EXIT_USAGE);
    }
    return (int)n;
}

/* As factwatchd: plain text only on loopback and ipc unless --insecure.
 * 0, or -1 said. */
static int
check_exposure(const struct eps *e, bool curve, bool insecure)
{
    int i;

    for (i = 0; i < e->n && !curve && !insecure; i++)
        if (!endpoint_is_local(e->v[i])) {
            fprintf(stderr, "factwatch-proxy: will not bind %s without "
                "CURVE: give --curve-secret and --curve-clients, or "
                "--insecure\n", e->v[i]);
            return -1;
        }
    return 0;
}

static int
attach(void *sock, const struct eps *e, int bind)
{
    int i;

    for (i = 0; i < e->n; i++) {
        if ((bind ? zmq_bind(sock, e->v[i]) : zmq_connect(sock, e->v[i])) <
                0) {
            fprintf(stderr, "factwatch-proxy: cannot %s %s: %s\n",
                bind ? "bind" : "connect to", e->v[i], zmq_strerror(errno));
            return -1;
        }
    }
    return 0;
}

/* 1 when the 32-byte key is one of dir's NAME.pub files. */
static int
admitted(const char *dir, const void *key)
{
    char path[8192], z85[CURVE_Z85_LEN + 1], err[512];
    uint8_t bin[32];
    struct dirent *e;
    DIR *d = opendir(dir);
    int ok = 0;

    while (d && !ok && (e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".pub") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        ok = curve_read_key(path, z85, err, sizeof err) == 0 &&
            zmq_z85_decode(bin, z85) && memcmp(bin, key, 32) == 0;
    }
    if (d)
        closedir(d);
    return ok;
}

/* RFC 27: version, request id, domain, address, routing id, mechanism,
 * credentials in; version, request id, status, text, user, metadata out. */
static void *
zap_thread(void *arg)
{
    const char *dir = ((void **)arg)[1];
    void *sock = ((void **)arg)[0];
    zmq_msg_t f[8];
    int n, i, ok;

    for (;;) {
        for (n = 0; n < 8; n++) {
            zmq_msg_init(&f[n]);
            if (zmq_msg_recv(&f[n], sock, 0) < 0) {
                zmq_msg_close(&f[n]);
                if (errno == ETERM) {
                    for (i = 0; i < n; i++)
                        zmq_msg_close(&f[i]);
                    zmq_close(sock);
                    return NULL;
                }
                break;
            }
            if (!zmq_msg_more(&f[n])) {
                n++;
                break;
            }
        }
        ok = n == 7 && zmq_msg_size(&f[5]) == 5 &&
            memcmp(zmq_msg_data(&f[5]), "CURVE", 5) == 0 &&
            zmq_msg_size(&f[6]) == 32 && admitted(dir, zmq_msg_data(&f[6]));
        if (n >= 2) {
            if (!ok)
                fprintf(stderr, "factwatch-proxy: refused a key\n");
            zmq_send(sock, "1.0", 3, ZMQ_SNDMORE);
            zmq_msg_send(&f[1], sock, ZMQ_SNDMORE);
            zmq_send(sock, ok ? "200" : "400", 3, ZMQ_SNDMORE);
            zmq_send(sock, ok ? "OK" : "key not admitted", ok ? 2 : 16,
                ZMQ_SNDMORE);
            zmq_send(sock, "", 0, ZMQ_SNDMORE);
            zmq_send(sock, "", 0, 0);
        }
        for (i = 0; i < n; i++)
            zmq_msg_close(&f[i]);
    }
}

/* The ZAP handler first: a CURVE socket bound without one admits all. */
static int
start_zap(void *ctx, const char *dir, void **arg)
{
    pthread_t t;

    arg[1] = (void *)dir;
    if ((arg[0] = zmq_socket(ctx, ZMQ_REP)) == NULL ||
        zmq_bind(arg[0], "inproc://zeromq.zap.01") < 0 ||
        pthread_create(&t, NULL, zap_thread, arg) != 0) {
        fprintf(stderr, "factwatch-proxy: cannot start ZAP: %s\n",
            zmq_strerror(errno));
        return -1;
    }
    pthread_detach(t);
    return 0;
}

/* Both bound sides are CURVE servers: call before binding. */
static int
curve_setup(void *xsub, void *xpub, const char *secret)
{
    char err[512];

    if (secret && (curve_server(xsub, secret, err, sizeof err) < 0 ||
            curve_server(xpub, secret, err, sizeof err) < 0)) {
        fprintf(stderr, "factwatch-proxy: %s\n", err);
        return -1;
    }
    return 0;
}

/* After the XSUB binds and before it connects: options count per
 * endpoint, so the same socket is then a client of CURVE daemons. */
static int
curve_upstream(void *xsub, const char *upstream, const char *secret)
{
    char err[512];

    if (upstream && curve_client(xsub, upstream, secret, err,
            sizeof err) < 0) {
        fprintf(stderr, "factwatch-proxy: %s\n", err);
        return -1;
    }
    return 0;
}

static void
on_signal(int sig)
{
    (void)sig;      /* zmq_proxy returns with EINTR */
}

int
main(int argc, char **argv)
{
    static const struct option longs[] = {
        {"xsub-bind", required_argument, NULL, 'i'},
        {"xsub-connect", required_argument, NULL, 'I'},
        {"xpub-bind", required_argument, NULL, 'o'},
        {"hwm", required_argument, NULL, 'H'},
        {"curve-secret", required_argument, NULL, 'K'},
        {"curve-clients", required_argument, NULL, 'A'},
        {"curve-upstream-key", required_argument, NULL, 'U'},
        {"insecure", no_argument, NULL, 'N'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    struct eps in = {{0}, 0}, in_conn = {{0}, 0}, out = {{0}, 0};
    int ch, hwm = 100000, rc, linger = 0;
    const char *secret = NULL, *allow = NULL, *upstream = NULL;
    bool insecure = false;
    void *zap[2] = {NULL, NULL};
    void *ctx, *xsub, *xpub;
    struct sigaction sa;

    while ((ch = getopt_long(argc, argv, "i:I:o:h", longs, NULL)) != -1) {
        switch (ch) {
        case 'i': add(&in, optarg); break;
        case 'I': add(&in_conn, optarg); break;
        case 'o': add(&out, optarg); break;
        case 'H': hwm = hwm_value(optarg); break;
        case 'K': secret = optarg; break;
        case 'A': allow = optarg; break;
        case 'U': upstream = optarg; break;
        case 'N': insecure = true; break;
        case 'h': fputs(usage_text, stdout); return EXIT_DONE;
        default: fputs(usage_text, stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc || out.n == 0 || in.n + in_conn.n == 0 ||
        !secret != !allow || (upstream && !secret)) {
        fputs(usage_text, stderr);
        return EXIT_USAGE;
    }
    if (check_exposure(&in, secret != NULL, insecure) < 0 ||
        check_exposure(&out, secret != NULL, insecure) < 0)
        return EXIT_USAGE;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    ctx = zmq_ctx_new();
    if (allow && start_zap(ctx, allow, zap) < 0)
        return EXIT_ZMQ;
    xsub = zmq_socket(ctx, ZMQ_XSUB);
    xpub = zmq_socket(ctx, ZMQ_XPUB);
    zmq_setsockopt(xsub, ZMQ_RCVHWM, &hwm, sizeof hwm);
    zmq_setsockopt(xpub, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(xsub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(xpub, ZMQ_LINGER, &linger, sizeof linger);
    rc = EXIT_ZMQ;
    if (curve_setup(xsub, xpub, secret) == 0 && attach(xsub, &in, 1) == 0 &&
        curve_upstream(xsub, upstream, secret) == 0 &&
        attach(xsub, &in_conn, 0) == 0 && attach(xpub, &out, 1) == 0) {
        fprintf(stderr, "factwatch-proxy: forwarding\n");
        zmq_proxy(xsub, xpub, NULL);    /* until a signal */
        rc = errno == EINTR || errno == ETERM ? EXIT_DONE : EXIT_ZMQ;
    }
    zmq_close(xsub);
    zmq_close(xpub);
    zmq_ctx_term(ctx);
    return rc;
}
