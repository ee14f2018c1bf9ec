/* SPDX-License-Identifier: MIT */
/* factwatch-sub.c - the sample subscriber: print factwatchd's messages, readable or as JSON lines. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <zmq.h>

#include "fwnats.h"
#include "fwsub.h"
#include "message.h"

/* Exit codes, a contract for scripts (also in --help). */
enum {
    EXIT_DONE = 0,      /* --count reached, or stopped by a signal */
    EXIT_TIMEOUT = 1,   /* --timeout passed before --count */
    EXIT_ZMQ = 2,       /* a ZeroMQ error, or the snapshot was refused */
    EXIT_NOREPLY = 3,   /* no snapshot reply */
    EXIT_REFUSED = 4,   /* the server refused our CURVE key */
    EXIT_NATS = 5,      /* --nats: the server or the stream failed */
    EXIT_USAGE = 100,
    EXIT_SYSTEM = 111,  /* the --resume file cannot be read or written */
};

static const char usage_text[] =
"usage: factwatch-sub [--connect ENDPOINT] [--topic PREFIX]... [--json]\n"
"                     [--count N] [--timeout S]\n"
"                     [--snapshot] [--snapshot-connect ENDPOINT]\n"
"                     [--prefix PATH] [--since SEQ] [--resume FILE]\n"
"                     [--curve-server-key FILE --curve-secret FILE]\n"
"       factwatch-sub --nats URL [--stream NAME] [--subject PREFIX]\n"
"                     [--from-seq N | --from-time T] [--json] [--count N]\n"
"                     [--timeout S]\n"
"\n"
"Subscribe to factwatchd and print each message; or, with --nats, read\n"
"the durable JetStream stream (factwatchd --nats, factwatch-nats) from its\n"
"start, a stream sequence or a time, then follow it.\n"
"\n"
"  -c, --connect ENDPOINT  the daemon's PUB endpoint (" FW_DEFAULT_BIND ")\n"
"  -t, --topic PREFIX      topics to receive, repeatable (default: all)\n"
"  -j, --json              one JSON message per line, ready for jq\n"
"  -n, --count N           exit after N article messages, snapshot ones\n"
"                          included\n"
"  -T, --timeout S         exit 1 when nothing arrives for S seconds\n"
"  -s, --snapshot          first the current summary of every article (and\n"
"                          removals as tombstones), then live messages\n"
"      --snapshot-connect ENDPOINT  the daemon's snapshot endpoint (next to\n"
"                          --connect: port + 1, or PATH.snapshot for ipc)\n"
"      --prefix PATH       only articles whose path (or, moved, the path\n"
"                          before) starts so, in the snapshot and live\n"
"      --since SEQ         snapshot only what changed after SEQ (implies\n"
"                          --snapshot)\n"
"      --resume FILE       keep the last seq seen (and its state epoch) in\n"
"                          FILE and start from it next time (implies\n"
"                          --snapshot)\n"
"      --curve-server-key FILE  the daemon's public key (NAME.pub): CURVE\n"
"      --curve-secret FILE our secret key (NAME.key, from factwatch-keygen)\n"
"  -u, --nats URL          read the JetStream stream at URL instead\n"
"      --stream NAME       its name (FACTWATCH)\n"
"      --subject PREFIX    its subjects are PREFIX.TOPIC (factwatch)\n"
"      --from-seq N        from the stream's sequence N (1)\n"
"      --from-time T       from time T (2026-11-25T10:00:00Z, or a date:\n"
"                          its midnight UTC)\n"
"  -h, --help              this help\n"
"\n"
"A jump in seq is a gap: reported on stderr and counted; with --snapshot\n"
"the missing messages are fetched from the snapshot endpoint. A new state\n"
"epoch (the daemon's state was replaced, seq starts over) is reported too;\n"
"with --snapshot the whole new state is fetched.\n"
"\n"
"Exit status: 0 done (--count reached, or a signal), 1 --timeout passed,\n"
"2 ZeroMQ error or snapshot refused, 3 no snapshot reply, 4 CURVE key\n"
"refused, 5 NATS error, 100 bad usage, 111 the --resume file failed.\n";

struct sub_opts {
    struct fwsub_opts f;
    bool        json;
    long        count;
    double      timeout;
    const char *resume;
    const char *nats, *stream, *subject;
    struct fwnats_from from;
};

static atomic_int stop;     /* lock-free: safe in a signal handler */

static void
on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

static void
usage_error(const char *msg)
{
    if (msg)
        fprintf(stderr, "factwatch-sub: %s\n", msg);
    fputs(usage_text, stderr);
    exit(EXIT_USAGE);
}

static long long
number(const char *v, const char *what)
{
    long long n;

    if (fwsub_number(v, &n) < 0) {
        fprintf(stderr, "factwatch-sub: %s: not a number: %s\n", what, v);
        exit(EXIT_USAGE);
    }
    return n;
}

static void
parse_opts(int argc, char **argv, struct sub_opts *o)
{
    enum { O_SNAPCONN = 0x100, O_SINCE, O_RESUME, O_PREFIX, O_CSERVER,
        O_CSECRET, O_STREAM, O_SUBJECT, O_FROMSEQ, O_FROMTIME };
    static const struct option longs[] = {
        {"connect", required_argument, NULL, 'c'},
        {"topic", required_argument, NULL, 't'},
        {"json", no_argument, NULL, 'j'},
        {"count", required_argument, NULL, 'n'},
        {"timeout", required_argument, NULL, 'T'},
        {"snapshot", no_argument, NULL, 's'},
        {"snapshot-connect", required_argument, NULL, O_SNAPCONN},
        {"since", required_argument, NULL, O_SINCE},
        {"resume", required_argument, NULL, O_RESUME},
        {"prefix", required_argument, NULL, O_PREFIX},
        {"curve-server-key", required_argument, NULL, O_CSERVER},
        {"curve-secret", required_argument, NULL, O_CSECRET},
        {"nats", required_argument, NULL, 'u'},
        {"stream", required_argument, NULL, O_STREAM},
        {"subject", required_argument, NULL, O_SUBJECT},
        {"from-seq", required_argument, NULL, O_FROMSEQ},
        {"from-time", required_argument, NULL, O_FROMTIME},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int ch;

    memset(o, 0, sizeof *o);
    o->f.prog = "factwatch-sub";
    o->f.connect = FW_DEFAULT_BIND;
    o->stream = "FACTWATCH";
    o->subject = "factwatch";
    o->from.seq = 1;
    while ((ch = getopt_long(argc, argv, "c:t:jn:T:shu:", longs, NULL)) != -1) {
        switch (ch) {
        case 'c': o->f.connect = optarg; break;
        case 't':
            if (o->f.ntopics == FWSUB_MAX_TOPICS)
                usage_error("too many --topic prefixes");
            o->f.topics[o->f.ntopics++] = optarg;
            break;
        case 'j': o->json = true; break;
        case 'n': o->count = (long)number(optarg, "--count"); break;
        case 'T':
            if (fwsub_seconds(optarg, &o->timeout) < 0)
                usage_error("--timeout needs seconds");
            break;
        case 's': o->f.snapshot = true; break;
        case O_SNAPCONN: o->f.snapshot_connect = optarg; break;
        case O_SINCE:
            o->f.since = number(optarg, "--since");
            o->f.snapshot = true;
            break;
        case O_RESUME: o->resume = optarg; o->f.snapshot = true; break;
        case O_PREFIX: o->f.prefix = optarg; break;
        case O_CSERVER: o->f.curve_server = optarg; break;
        case O_CSECRET: o->f.curve_secret = optarg; break;
        case 'u': o->nats = optarg; break;
        case O_STREAM: o->stream = optarg; break;
        case O_SUBJECT: o->subject = optarg; break;
        case O_FROMSEQ:
            if ((o->from.seq = (uint64_t)number(optarg, "--from-seq")) < 1)
                usage_error("--from-seq starts at 1");
            break;
        case O_FROMTIME:
            if (fwnats_parse_time(optarg, &o->from.time_ns) < 0)
                usage_error("--from-time needs a time: 2026-11-25T10:00:00Z");
            break;
        case 'h': fputs(usage_text, stdout); exit(EXIT_DONE);
        default: usage_error(NULL);
        }
    }
    if (optind != argc)
        usage_error("unexpected argument");
    if (o->timeout > 0)
        o->f.snapshot_wait_ms = (long)(o->timeout * 1000);
    if (!o->f.curve_server != !o->f.curve_secret)
        usage_error("--curve-server-key and --curve-secret go together");
    if (o->nats && (o->f.snapshot || o->f.prefix || o->f.ntopics))
        usage_error("--nats reads the stream: no --snapshot, --since, "
            "--resume, --prefix or --topic with it");
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
}

/* Print one message; 1 when it counts towards --count. */
static int
show(const struct sub_opts *o, const struct fwsub_msg *m)
{
    if (m->end) {
        if (!o->json)
            printf("== snapshot up to seq %" PRId64 " (%lld articles)\n",
                m->seq, (long long)json_integer_value(
                    json_object_get(m->json, "count")));
    } else if (o->json) {
        fwrite(m->body, 1, m->len, stdout);
        putchar('\n');
    } else {
        print_readable(m->topic, m->json);
    }
    fflush(stdout);
    return !m->end && strncmp(m->topic, "article.", 8) == 0;
}

static void
say(const char *line)
{
    fprintf(stderr, "factwatch-sub: %s\n", line);
}

/* One message of the stream, printed as a live one would be. */
static int
print_stored(void *arg, const char *topic, const char *body, size_t len)
{
    const struct sub_opts *o = arg;
    json_t *m;

    if (o->json) {
        fwrite(body, 1, len, stdout);
        putchar('\n');
    } else if ((m = json_loadb(body, len, 0, NULL)) != NULL) {
        print_readable(topic, m);
        json_decref(m);
    } else
        fprintf(stderr, "factwatch-sub: not JSON on %s\n", topic);
    fflush(stdout);
    return 0;
}

/* --nats: the stream from o->from, then what comes; --timeout is a
 * quiet stream, as it is a quiet daemon without --nats. */
static int
run_nats(struct sub_opts *o)
{
    struct fwnats n = {.api = fwnats_linked(), .url = o->nats,
        .stream = o->stream, .subject = o->subject, .dup_window_s = 600,
        .stop = &stop, .say = say};
    natsStatus s = fwnats_open(&n);
    long got = -1;

    if (s != NATS_OK)
        fprintf(stderr, "factwatch-sub: cannot connect to %s: %s\n",
            o->nats, natsStatus_GetText(s));
    else
        got = fwnats_replay(&n, &o->from, o->count, o->timeout > 0 ?
            (long)(o->timeout * 1000) : 0, print_stored, o);
    fwnats_close(&n);
    nats_Close();
    if (got < 0)
        return EXIT_NATS;
    return stop || (o->count > 0 && got >= o->count) ? EXIT_DONE :
        EXIT_TIMEOUT;
}

static int
exit_code(int rc, struct fwsub *s)
{
    switch (rc) {
    case FWSUB_TIMEOUT: return stop ? EXIT_DONE : EXIT_TIMEOUT;
    case FWSUB_NOREPLY:
        fprintf(stderr, "factwatch-sub: no reply from the snapshot "
            "endpoint\n");
        return EXIT_NOREPLY;
    case FWSUB_REFUSED:
        fprintf(stderr, "factwatch-sub: the server refused our CURVE key\n");
        return EXIT_REFUSED;
    default:
        fprintf(stderr, "factwatch-sub: %s\n", *fwsub_error(s) ?
            fwsub_error(s) : zmq_strerror(errno));
        return EXIT_ZMQ;
    }
}

static int
run(struct sub_opts *o, struct fwsub *s)
{
    struct fwsub_msg m;
    long got = 0;
    int rc = 1;

    while (!stop && (o->count == 0 || got < o->count)) {
        rc = fwsub_next(s, &m, o->timeout > 0 ? (long)(o->timeout * 1000)
            : -1);
        if (rc <= 0)
            break;
        got += show(o, &m);
        if (o->resume && fwsub_resume_due(s) &&
            fwsub_resume_save(s, o->resume) < 0) {
            fprintf(stderr, "factwatch-sub: cannot write %s: %s\n",
                o->resume, strerror(errno));
            return EXIT_SYSTEM;
        }
    }
    if (o->resume && fwsub_resume_save(s, o->resume) < 0) {
        fprintf(stderr, "factwatch-sub: cannot write %s: %s\n", o->resume,
            strerror(errno));
        return EXIT_SYSTEM;
    }
    if (fwsub_gaps(s))
        fprintf(stderr, "factwatch-sub: %" PRIu64 " gaps\n", fwsub_gaps(s));
    return rc > 0 || stop ? EXIT_DONE : exit_code(rc, s);
}

int
main(int argc, char **argv)
{
    struct sub_opts o;
    struct fwsub *s;
    char err[512], epoch[FWSUB_EPOCH_MAX + 1];
    void *ctx;
    int rc;

    parse_opts(argc, argv, &o);
    if (o.nats) {
        signal(SIGINT, on_signal);
        signal(SIGTERM, on_signal);
        return run_nats(&o);
    }
    if (o.resume && fwsub_resume_read(o.resume, &o.f.since, epoch,
            sizeof epoch) < 0) {
        fprintf(stderr, "factwatch-sub: cannot read %s\n", o.resume);
        return EXIT_SYSTEM;
    }
    o.f.epoch = o.resume ? epoch : NULL;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    ctx = zmq_ctx_new();
    if ((s = fwsub_open(ctx, &o.f, err, sizeof err)) == NULL) {
        fprintf(stderr, "factwatch-sub: %s\n", err);
        zmq_ctx_term(ctx);
        return EXIT_ZMQ;
    }
    rc = run(&o, s);
    fwsub_close(s);
    zmq_ctx_term(ctx);
    return rc;
}
