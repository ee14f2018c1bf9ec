/* SPDX-License-Identifier: MIT */
/* factwatch-nats.c - bridge factwatchd into a NATS JetStream stream, exactly once; or replay the stream. */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zmq.h>

#include "fwnats.h"
#include "fwsub.h"
#include "message.h"

/*
 * Exactly once, end to end: the bridge subscribes with a snapshot since its
 * resume point (fwsub.c: nothing missed, nothing twice, gaps repaired),
 * publishes each article message with Nats-Msg-Id = source_id:epoch:seq,
 * waits for JetStream's ack, and only then moves its resume point (seq and
 * epoch: the point of a replaced state asks for everything). A crash of
 * the bridge or of the server between publish and ack means the message
 * is sent again, and JetStream drops the copy because it has seen the id
 * within the stream's duplicate window. Status and error messages carry
 * no seq and are not bridged.
 */
enum { EXIT_DONE = 0, EXIT_TIMEOUT = 1, EXIT_ZMQ = 2, EXIT_NOREPLY = 3,
    EXIT_REFUSED = 4, EXIT_NATS = 5, EXIT_USAGE = 100, EXIT_SYSTEM = 111 };


static const char usage_text[] =
"usage: factwatch-nats [--connect ENDPOINT] [--snapshot-connect ENDPOINT]\n"
"                      [--nats URL] [--stream NAME] [--subject PREFIX]\n"
"                      [--resume FILE] [--dup-window S] [--count N]\n"
"                      [--timeout S] [--curve-server-key F --curve-secret F]\n"
"       factwatch-nats --replay [--nats URL] [--stream NAME] [--from-seq N]\n"
"                      [--from-time T] [--count N] [--timeout S]\n"
"       factwatch-nats --info [--nats URL] [--stream NAME]\n"
"\n"
"Bridge: publish every article message of factwatchd into a JetStream\n"
"stream, exactly once (Nats-Msg-Id = source_id:epoch:seq), moving the\n"
"resume point only after JetStream acknowledged. Replay: print the stream's\n"
"messages as JSON lines. Info: print the stream's message count.\n"
"\n"
"  -c, --connect ENDPOINT    the daemon's PUB endpoint (" FW_DEFAULT_BIND ")\n"
"      --snapshot-connect EP its snapshot endpoint (next to --connect)\n"
"  -u, --nats URL            the NATS server (nats://127.0.0.1:4222)\n"
"  -S, --stream NAME         the stream, created when missing (FACTWATCH)\n"
"      --subject PREFIX      subjects are PREFIX.TOPIC (factwatch)\n"
"  -r, --resume FILE         the last seq acknowledged, kept across runs\n"
"      --dup-window S        the stream's duplicate window (600 seconds)\n"
"      --from-seq N          replay from the stream's sequence N (1)\n"
"      --from-time T         replay from time T (2026-11-25T10:00:00Z, or\n"
"                            a date: its midnight UTC)\n"
"  -n, --count N             exit after N messages bridged or replayed\n"
"  -T, --timeout S           bridge: exit 1 when nothing arrives for S\n"
"                            seconds; replay: stop when the stream is quiet\n"
"                            for S seconds (caught up: exit 0, or 1 when\n"
"                            --count was not reached)\n"
"      --curve-server-key F, --curve-secret F   CURVE, as factwatch-sub\n"
"  -h, --help                this help\n"
"\n"
"Exit status: 0 done (a replay that caught up too), 1 timeout, 2 ZeroMQ\n"
"error, 3 no snapshot reply, 4 CURVE key refused, 5 NATS error, 100 bad\n"
"usage, 111 --resume failed.\n";

struct opts {
    struct fwsub_opts f;
    const char *nats, *stream, *subject, *resume;
    int64_t     dup_window_s, from_seq, from_time_ns;
    long        count;
    double      timeout;
    bool        replay, info;
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
        fprintf(stderr, "factwatch-nats: %s\n", msg);
    fputs(usage_text, stderr);
    exit(EXIT_USAGE);
}

/* A number option, whole: atoll took "10m" for a 10 s duplicate window. */
static long long
number(const char *v, const char *why)
{
    long long n;

    return fwsub_number(v, &n) == 0 ? n : (usage_error(why), 0);
}

static void
parse_opts(int argc, char **argv, struct opts *o)
{
    enum { O_SNAP = 0x100, O_SUBJ, O_DUP, O_FROM, O_FROMT, O_CSERVER,
        O_CSECRET, O_REPLAY, O_INFO };
    static const struct option longs[] = {
        {"connect", required_argument, NULL, 'c'},
        {"snapshot-connect", required_argument, NULL, O_SNAP},
        {"nats", required_argument, NULL, 'u'},
        {"stream", required_argument, NULL, 'S'},
        {"subject", required_argument, NULL, O_SUBJ},
        {"resume", required_argument, NULL, 'r'},
        {"dup-window", required_argument, NULL, O_DUP},
        {"from-seq", required_argument, NULL, O_FROM},
        {"from-time", required_argument, NULL, O_FROMT},
        {"count", required_argument, NULL, 'n'},
        {"timeout", required_argument, NULL, 'T'},
        {"curve-server-key", required_argument, NULL, O_CSERVER},
        {"curve-secret", required_argument, NULL, O_CSECRET},
        {"replay", no_argument, NULL, O_REPLAY},
        {"info", no_argument, NULL, O_INFO},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int ch;

    memset(o, 0, sizeof *o);
    o->f.prog = "factwatch-nats";
    o->f.connect = FW_DEFAULT_BIND;
    o->f.snapshot = true;
    o->nats = "nats://127.0.0.1:4222";
    o->stream = "FACTWATCH";
    o->subject = "factwatch";
    o->dup_window_s = 600;
    o->from_seq = 1;
    while ((ch = getopt_long(argc, argv, "c:u:S:r:n:T:h", longs, NULL)) != -1) {
        switch (ch) {
        case 'c': o->f.connect = optarg; break;
        case O_SNAP: o->f.snapshot_connect = optarg; break;
        case 'u': o->nats = optarg; break;
        case 'S': o->stream = optarg; break;
        case O_SUBJ: o->subject = optarg; break;
        case 'r': o->resume = optarg; break;
        case O_DUP:
            o->dup_window_s = number(optarg, "--dup-window needs seconds");
            break;
        case O_FROM:
            o->from_seq = number(optarg, "--from-seq needs a number");
            break;
        case O_FROMT:
            if (fwnats_parse_time(optarg, &o->from_time_ns) < 0)
                usage_error("--from-time needs a time: 2026-11-25T10:00:00Z");
            break;
        case 'n':
            o->count = (long)number(optarg, "--count needs a number");
            break;
        case 'T':
            if (fwsub_seconds(optarg, &o->timeout) < 0)
                usage_error("--timeout needs seconds");
            break;
        case O_CSERVER: o->f.curve_server = optarg; break;
        case O_CSECRET: o->f.curve_secret = optarg; break;
        case O_REPLAY: o->replay = true; break;
        case O_INFO: o->info = true; break;
        case 'h': fputs(usage_text, stdout); exit(EXIT_DONE);
        default: usage_error(NULL);
        }
    }
    if (optind != argc || o->dup_window_s <= 0 || o->from_seq < 1)
        usage_error(NULL);
    if (!o->f.curve_server != !o->f.curve_secret)
        usage_error("--curve-server-key and --curve-secret go together");
    if (o->timeout > 0)
        o->f.snapshot_wait_ms = (long)(o->timeout * 1000);
}

static void
say(const char *line)
{
    fprintf(stderr, "factwatch-nats: %s\n", line);
}

static void
nats_init(struct fwnats *n, const struct opts *o)
{
    memset(n, 0, sizeof *n);
    n->api = fwnats_linked();
    n->url = o->nats;
    n->stream = o->stream;
    n->subject = o->subject;
    n->dup_window_s = o->dup_window_s;
    n->stop = &stop;
    n->say = say;
}

static int
fwsub_exit(int rc, struct fwsub *s)
{
    if (rc == FWSUB_TIMEOUT)
        return stop ? EXIT_DONE : EXIT_TIMEOUT;
    if (rc == FWSUB_NOREPLY)
        return EXIT_NOREPLY;
    if (rc == FWSUB_REFUSED)
        return EXIT_REFUSED;
    fprintf(stderr, "factwatch-nats: %s\n", fwsub_error(s));
    return EXIT_ZMQ;
}

static int
bridge(struct opts *o, struct fwnats *nats, struct fwsub *s)
{
    struct fwsub_msg m;
    long n = 0;
    uint64_t dups = 0;
    int rc = 1;
    bool acked = true;      /* a stop mid-publish: that one was not */

    while (!stop && (o->count == 0 || n < o->count)) {
        rc = fwsub_next(s, &m, o->timeout > 0 ? (long)(o->timeout * 1000) :
            -1);
        if (rc <= 0)
            break;
        if (!m.end && m.seq > 0 && strncmp(m.topic, "article.", 8) == 0) {
            if (fwnats_publish(nats, &m, &dups) < 0) {
                acked = false;
                break;
            }
            n++;
        }
        if (o->resume && fwsub_resume_due(s) &&
            fwsub_resume_save(s, o->resume) < 0) {
            fprintf(stderr, "factwatch-nats: cannot write %s: %s\n",
                o->resume, strerror(errno));
            return EXIT_SYSTEM;
        }
    }
    if (acked && o->resume && fwsub_resume_save(s, o->resume) < 0) {
        fprintf(stderr, "factwatch-nats: cannot write %s: %s\n", o->resume,
            strerror(errno));
        return EXIT_SYSTEM;
    }
    fprintf(stderr, "factwatch-nats: bridged %ld messages (%" PRIu64
        " already in the stream), resume point %" PRId64 "\n", n, dups,
        fwsub_position(s));
    return rc > 0 || stop ? EXIT_DONE : fwsub_exit(rc, s);
}

/* A replay's --timeout means the stream has been quiet that long: all it
 * held is out, which is what a replay is for (0), unlike a bridge's,
 * where silence means the daemon sent nothing. Only a --count that the
 * stream could not fill is a timeout (1). */
static int
replay_exit(const struct opts *o, long n)
{
    if (o->count == 0 || n >= o->count || stop)
        return EXIT_DONE;
    fprintf(stderr, "factwatch-nats: replayed %ld of --count %ld before the "
        "stream was quiet for %g s\n", n, o->count, o->timeout);
    return EXIT_TIMEOUT;
}

static int
print_line(void *arg, const char *topic, const char *body, size_t len)
{
    (void)arg;
    (void)topic;
    fwrite(body, 1, len, stdout);
    putchar('\n');
    return 0;
}

static int
replay(const struct opts *o, struct fwnats *nats)
{
    struct fwnats_from from = {(uint64_t)o->from_seq, o->from_time_ns};
    long n = fwnats_replay(nats, &from, o->count,
        o->timeout > 0 ? (long)(o->timeout * 1000) : 0, print_line, NULL);

    fflush(stdout);
    return n < 0 ? EXIT_NATS : replay_exit(o, n);
}

static int
info(const struct opts *o, struct fwnats *nats)
{
    jsStreamInfo *si = NULL;
    jsErrCode jerr = 0;
    natsStatus s = nats->api->js_GetStreamInfo(&si, nats->js, o->stream, NULL,
        &jerr);

    if (s != NATS_OK) {
        fprintf(stderr, "factwatch-nats: stream info: %s (%d)\n",
            natsStatus_GetText(s), (int)jerr);
        return EXIT_NATS;
    }
    printf("{\"stream\":\"%s\",\"messages\":%" PRIu64 ",\"first_seq\":%"
        PRIu64 ",\"last_seq\":%" PRIu64 "}\n", o->stream, si->State.Msgs,
        si->State.FirstSeq, si->State.LastSeq);
    jsStreamInfo_Destroy(si);
    return EXIT_DONE;
}

static int
run_bridge(struct opts *o, struct fwnats *nats)
{
    struct fwsub *s;
    char err[512], epoch[FWSUB_EPOCH_MAX + 1];
    void *ctx;
    int rc;

    if (o->resume && fwsub_resume_read(o->resume, &o->f.since, epoch,
            sizeof epoch) < 0) {
        fprintf(stderr, "factwatch-nats: cannot read %s\n", o->resume);
        return EXIT_SYSTEM;
    }
    o->f.epoch = o->resume ? epoch : NULL;
    if (fwnats_ensure_stream(nats) < 0)
        return EXIT_NATS;
    ctx = zmq_ctx_new();
    if ((s = fwsub_open(ctx, &o->f, err, sizeof err)) == NULL) {
        fprintf(stderr, "factwatch-nats: %s\n", err);
        zmq_ctx_term(ctx);
        return EXIT_ZMQ;
    }
    rc = bridge(o, nats, s);
    fwsub_close(s);
    zmq_ctx_term(ctx);
    return rc;
}

int
main(int argc, char **argv)
{
    struct opts o;
    struct fwnats nats;
    natsStatus s;
    int rc;

    parse_opts(argc, argv, &o);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    nats_init(&nats, &o);
    if ((s = fwnats_open(&nats)) != NATS_OK) {
        fprintf(stderr, "factwatch-nats: cannot connect to NATS: %s\n",
            natsStatus_GetText(s));
        fwnats_close(&nats);
        return EXIT_NATS;
    }
    rc = o.info ? info(&o, &nats) : o.replay ? replay(&o, &nats) :
        run_bridge(&o, &nats);
    fwnats_close(&nats);
    nats_Close();
    return rc;
}
