/* SPDX-License-Identifier: MIT */
/* factwatch-proxy.c - fan many factwatchd PUB sockets into one endpoint with zmq_proxy (XSUB to XPUB). */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zmq.h>

#define MAX_EPS 32

/*
 * Daemons publish into the XSUB side (factwatchd --connect ENDPOINT, or
 * --xsub-connect here to a daemon's own bind); subscribers connect to the
 * XPUB side and their subscriptions travel upstream. Messages pass through
 * untouched: each carries its daemon's source_id and a seq counted per
 * source, so a subscriber tracks gaps per source (factwatch-sub does).
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
"      --hwm N                  messages queued per peer (100000)\n"
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
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    struct eps in = {{0}, 0}, in_conn = {{0}, 0}, out = {{0}, 0};
    int ch, hwm = 100000, rc, linger = 0;
    void *ctx, *xsub, *xpub;
    struct sigaction sa;

    while ((ch = getopt_long(argc, argv, "i:I:o:h", longs, NULL)) != -1) {
        switch (ch) {
        case 'i': add(&in, optarg); break;
        case 'I': add(&in_conn, optarg); break;
        case 'o': add(&out, optarg); break;
        case 'H': hwm = atoi(optarg); break;
        case 'h': fputs(usage_text, stdout); return EXIT_DONE;
        default: fputs(usage_text, stderr); return EXIT_USAGE;
        }
    }
    if (optind != argc || out.n == 0 || in.n + in_conn.n == 0) {
        fputs(usage_text, stderr);
        return EXIT_USAGE;
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    ctx = zmq_ctx_new();
    xsub = zmq_socket(ctx, ZMQ_XSUB);
    xpub = zmq_socket(ctx, ZMQ_XPUB);
    zmq_setsockopt(xsub, ZMQ_RCVHWM, &hwm, sizeof hwm);
    zmq_setsockopt(xpub, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(xsub, ZMQ_LINGER, &linger, sizeof linger);
    zmq_setsockopt(xpub, ZMQ_LINGER, &linger, sizeof linger);
    rc = EXIT_ZMQ;
    if (attach(xsub, &in, 1) == 0 && attach(xsub, &in_conn, 0) == 0 &&
        attach(xpub, &out, 1) == 0) {
        fprintf(stderr, "factwatch-proxy: forwarding\n");
        zmq_proxy(xsub, xpub, NULL);    /* until a signal */
        rc = errno == EINTR || errno == ETERM ? EXIT_DONE : EXIT_ZMQ;
    }
    zmq_close(xsub);
    zmq_close(xpub);
    zmq_ctx_term(ctx);
    return rc;
}
