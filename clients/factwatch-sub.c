/* SPDX-License-Identifier: MIT */
/* factwatch-sub.c - the sample subscriber: print factwatchd's messages, readable or as JSON lines. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <zmq.h>

#include "message.h"

#define MAX_TOPICS 16

/* Exit codes: 0 done (or --count reached), 1 timeout before --count,
 * 2 a ZeroMQ error, 100 bad usage. */
enum { EXIT_DONE = 0, EXIT_TIMEOUT = 1, EXIT_ZMQ = 2, EXIT_USAGE = 100 };

static const char usage_text[] =
"usage: factwatch-sub [--connect ENDPOINT] [--topic PREFIX]... [--json]\n"
"                     [--count N] [--timeout S]\n"
"\n"
"Subscribe to factwatchd and print each message.\n"
"\n"
"  -c, --connect ENDPOINT  the daemon's PUB endpoint (" FW_DEFAULT_BIND ")\n"
"  -t, --topic PREFIX      topics to receive, repeatable (default: all)\n"
"  -j, --json              one JSON message per line, ready for jq\n"
"  -n, --count N           exit after N article messages\n"
"  -T, --timeout S         exit 1 when nothing arrives for S seconds\n"
"  -h, --help              this help\n";

struct sub_opts {
    const char *connect;
    const char *topics[MAX_TOPICS];
    int         ntopics;
    bool        json;
    long        count;
    double      timeout;
};

static volatile sig_atomic_t stop;

static void
on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

static void
parse_opts(int argc, char **argv, struct sub_opts *o)
{
    static const struct option longs[] = {
        {"connect", required_argument, NULL, 'c'},
        {"topic", required_argument, NULL, 't'},
        {"json", no_argument, NULL, 'j'},
        {"count", required_argument, NULL, 'n'},
        {"timeout", required_argument, NULL, 'T'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int ch;

    memset(o, 0, sizeof *o);
    o->connect = FW_DEFAULT_BIND;
    while ((ch = getopt_long(argc, argv, "c:t:jn:T:h", longs, NULL)) != -1) {
        switch (ch) {
        case 'c': o->connect = optarg; break;
        case 't':
            if (o->ntopics == MAX_TOPICS) {
                fprintf(stderr, "factwatch-sub: at most %d topics\n",
                    MAX_TOPICS);
                exit(EXIT_USAGE);
            }
            o->topics[o->ntopics++] = optarg;
            break;
        case 'j': o->json = true; break;
        case 'n': o->count = strtol(optarg, NULL, 10); break;
        case 'T': o->timeout = strtod(optarg, NULL); break;
        case 'h': fputs(usage_text, stdout); exit(EXIT_DONE);
        default: fputs(usage_text, stderr); exit(EXIT_USAGE);
        }
    }
    if (optind != argc) {
        fputs(usage_text, stderr);
        exit(EXIT_USAGE);
    }
}

static const char *
str(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));

    return s ? s : "";
}

/* path, date, title; then one line per fact: date, expression, sentence. */
static void
print_readable(const char *topic, json_t *m)
{
    json_t *src = json_object_get(m, "source"), *doc, *facts, *f;
    size_t i;

    if (strncmp(topic, "article.", 8) != 0) {
        printf("[%s] %s%s%s\n", topic, str(m, "path"),
            *str(m, "path") ? ": " : "", str(m, "reason"));
        return;
    }
    doc = json_object_get(m, "document");
    printf("#%lld %-8s %s  %s  %s\n",
        (long long)json_integer_value(json_object_get(m, "seq")),
        str(m, "event"), str(src, "path"), str(doc, "date"),
        json_is_string(json_object_get(doc, "title")) ?
        str(doc, "title") : "(no title)");
    if (*str(m, "previous_path"))
        printf("    moved from %s\n", str(m, "previous_path"));
    facts = json_object_get(m, "facts");
    json_array_foreach(facts, i, f)
        printf("    %c %-10s %-24s %s\n",
            json_is_true(json_object_get(f, "key")) ? '*' : ' ',
            str(f, "date"), str(f, "expression"), str(f, "sentence"));
    fflush(stdout);
}

/* Receive one two-frame message; 1 when one arrived, 0 on timeout or
 * signal, -1 on a ZeroMQ error. */
static int
recv_message(void *sock, char *topic, size_t tlen, zmq_msg_t *body,
    long timeout_ms)
{
    zmq_pollitem_t item = {sock, 0, ZMQ_POLLIN, 0};
    int n, more;
    size_t more_len = sizeof more;

    n = zmq_poll(&item, 1, timeout_ms);
    if (n <= 0)
        return (n < 0 && errno != EINTR) ? -1 : 0;
    n = zmq_recv(sock, topic, tlen - 1, 0);
    if (n < 0)
        return errno == EINTR ? 0 : -1;
    topic[(size_t)n < tlen - 1 ? (size_t)n : tlen - 1] = '\0';
    zmq_getsockopt(sock, ZMQ_RCVMORE, &more, &more_len);
    if (!more)
        return 0;               /* not ours: skip a one-frame message */
    return zmq_msg_recv(body, sock, 0) < 0 ? -1 : 1;
}

static void *
open_sub(void *ctx, const struct sub_opts *o)
{
    void *sock = zmq_socket(ctx, ZMQ_SUB);
    int i;

    if (sock == NULL || zmq_connect(sock, o->connect) < 0) {
        fprintf(stderr, "factwatch-sub: cannot connect to %s: %s\n",
            o->connect, zmq_strerror(errno));
        return NULL;
    }
    if (o->ntopics == 0)
        zmq_setsockopt(sock, ZMQ_SUBSCRIBE, "", 0);
    for (i = 0; i < o->ntopics; i++)
        zmq_setsockopt(sock, ZMQ_SUBSCRIBE, o->topics[i],
            strlen(o->topics[i]));
    return sock;
}

static int
handle(const struct sub_opts *o, const char *topic, zmq_msg_t *body)
{
    json_error_t jerr;
    json_t *m = json_loadb(zmq_msg_data(body), zmq_msg_size(body), 0, &jerr);

    if (m == NULL) {
        fprintf(stderr, "factwatch-sub: bad JSON on topic %s: %s\n", topic,
            jerr.text);
        return 0;
    }
    if (o->json) {
        fwrite(zmq_msg_data(body), 1, zmq_msg_size(body), stdout);
        putchar('\n');
        fflush(stdout);
    } else {
        print_readable(topic, m);
    }
    json_decref(m);
    return strncmp(topic, "article.", 8) == 0;
}

int
main(int argc, char **argv)
{
    struct sub_opts o;
    char topic[256];
    long got = 0;
    int rc = EXIT_DONE, n;
    void *ctx, *sock;

    parse_opts(argc, argv, &o);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    ctx = zmq_ctx_new();
    if ((sock = open_sub(ctx, &o)) == NULL)
        return EXIT_ZMQ;
    while (!stop && (o.count == 0 || got < o.count)) {
        zmq_msg_t body;
        zmq_msg_init(&body);
        n = recv_message(sock, topic, sizeof topic, &body,
            o.timeout > 0 ? (long)(o.timeout * 1000) : -1);
        if (n > 0)
            got += handle(&o, topic, &body);
        zmq_msg_close(&body);
        if (n < 0) {
            fprintf(stderr, "factwatch-sub: receive: %s\n",
                zmq_strerror(errno));
            rc = EXIT_ZMQ;
            break;
        }
        if (n == 0 && !stop && o.timeout > 0) {
            rc = EXIT_TIMEOUT;
            break;
        }
    }
    zmq_close(sock);
    zmq_ctx_term(ctx);
    return rc;
}
