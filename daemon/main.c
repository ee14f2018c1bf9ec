/* SPDX-License-Identifier: MIT */
/* main.c - factwatchd: options, start-up order, the event sources, shutdown. */
#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <zmq.h>

#include "daemon.h"
#include "endpoint.h"
#include "factwatchd.h"
#include "ingest.h"
#include "message.h"
#include "nats_feed.h"


static const char usage_text[] =
"usage: factwatchd [-v] [--config FILE] [--watch DIR] [--bind ENDPOINT]...\n"
"                  [--state DIR] [--reset-state]\n"
"       factwatchd [--config FILE] --once PATH...\n"
"\n"
"Watch a folder of news articles and publish a JSON summary of each new,\n"
"changed, moved or removed article on a ZeroMQ PUB socket.\n"
"\n"
"  -w, --watch DIR       folder to watch, subfolders included (articles)\n"
"  -b, --bind ENDPOINT   PUB endpoint, repeatable (" FW_DEFAULT_BIND ")\n"
"  -s, --state DIR       state folder, created when missing (state)\n"
"  -c, --config FILE     key = value settings; the command line wins\n"
"      --reset-state     move a refused state file aside and start afresh\n"
"      --snapshot-bind ENDPOINT  snapshot ROUTER for late joiners (next to\n"
"                        the first --bind: port + 1; none to turn it off)\n"
"      --connect ENDPOINT  also publish into a proxy's XSUB (factwatch-proxy)\n"
"      --source-id NAME  names this daemon in every message (HOST:STATE)\n"
"      --curve-secret FILE  CURVE: the server's secret key (factwatch-keygen)\n"
"      --curve-clients DIR  CURVE: admit only the keys in DIR/*.pub\n"
"      --connect-server-key FILE  CURVE to the --connect endpoints: their\n"
"                        public key; ours is the --curve-secret pair\n"
"      --nats URL        also publish every article message into NATS\n"
"                        JetStream, exactly once (nats://HOST:4222)\n"
"      --insecure        allow binding a non-loopback TCP address without\n"
"                        CURVE (anyone who can connect reads everything)\n"
"      --once PATH...    summarise files or folders (- is stdin) to stdout\n"
"  -v, --verbose         debug logging (log_level = debug)\n"
"  -h, --help            this help\n"
"  -V, --version         the version\n";

static void
usage(void)
{
    fputs(usage_text, stdout);
    exit(0);
}

/* Only before READY=1: through fw_log, so journald sees priority 3. */
static void
die(int status, const char *fmt, const char *arg)
{
    char msg[1024];

    snprintf(msg, sizeof msg, fmt, arg);
    fw_log(LOG_ERR, "%s", msg);
    exit(status);
}

static void
fatal(const char *fmt, const char *arg)
{
    die(1, fmt, arg);
}

/* A command line that makes no sense: exit 100, as --help's does. */
static void
bad_usage(const char *fmt, const char *arg)
{
    die(100, fmt, arg);
}

/* A configuration that cannot work (a file that does not parse, a value
 * out of range, an endpoint refused): exit 100 too, which the unit's
 * RestartPreventExitStatus= spares a restart that would not mend it. */
static void
bad_config(const char *fmt, const char *arg)
{
    die(100, fmt, arg);
}

struct options {
    char *config;
    struct cfg_args args;       /* --watch, --bind, -v...: over the file */
    char *connects;             /* owned: the --connect list joined, or NULL */
    int   nbinds, verbose;
    bool  once, reset, insecure;
};

/* Long options that set a configuration key of the same meaning. */
static const char *const key_options[] = {
    "snapshot_bind", "connect", "source_id", "curve_secret", "curve_clients",
    "connect_server_key", "nats_url"
};
#define OPT_KEY 0x100

/* getopt's complaint, said through fw_log rather than by getopt: under
 * systemd it is why the service failed, and journald files a bare
 * stderr line at info. */
static void
bad_option(int ch, char **argv)
{
    char opt[3] = {'-', (char)optopt, '\0'};
    const char *arg = argv[optind - 1];

    if (ch == ':')
        bad_usage("option %s needs a value (see --help)", arg);
    /* "-vx" names x in optopt; "--help=3" names --help's 'h' */
    bad_usage("invalid option %s (see --help)",
        optopt && strncmp(arg, "--", 2) != 0 ? opt : arg);
}

static const struct option long_options[] = {
    {"watch", required_argument, NULL, 'w'},
    {"bind", required_argument, NULL, 'b'},
    {"state", required_argument, NULL, 's'},
    {"config", required_argument, NULL, 'c'},
    {"once", no_argument, NULL, 'o'},
    {"reset-state", no_argument, NULL, 'R'},
    {"verbose", no_argument, NULL, 'v'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {"snapshot-bind", required_argument, NULL, OPT_KEY + 0},
    {"connect", required_argument, NULL, OPT_KEY + 1},
    {"source-id", required_argument, NULL, OPT_KEY + 2},
    {"curve-secret", required_argument, NULL, OPT_KEY + 3},
    {"curve-clients", required_argument, NULL, OPT_KEY + 4},
    {"connect-server-key", required_argument, NULL, OPT_KEY + 5},
    {"nats", required_argument, NULL, OPT_KEY + 6},
    {"insecure", no_argument, NULL, 'I'},
    {NULL, 0, NULL, 0}};

/* "--watch=" or "-w ''": an empty value names no folder, endpoint or
 * file, so it is bad usage like a missing one (it failed later, exit 1:
 * "empty value for watch", or ": No such file or directory" for
 * --config). The file may leave a key empty for its default or off; the
 * command line leaves the option out. */
static void
check_value(int ch)
{
    const struct option *o = long_options;

    while (o->name && o->val != ch)
        o++;
    if (o->name && o->has_arg == required_argument && optarg[0] == '\0')
        bad_usage("option --%s needs a value, not an empty one (see "
            "--help)", o->name);
}

/* One setting from the command line. An option given again replaces its
 * value, but --bind is repeatable and a second --connect joins the
 * first's list (the key takes a space-separated list, as the file gives
 * it; o->connects owns the joined string, freed when main returns). */
static void
add_arg(struct options *o, const char *key, const char *value)
{
    struct cfg_args *a = &o->args;
    char *joined;
    int i;

    for (i = 0; strcmp(key, "bind") != 0 && i < a->n; i++) {
        if (strcmp(a->key[i], key) != 0)
            continue;
        if (strcmp(key, "connect") == 0) {
            if (asprintf(&joined, "%s %s", a->value[i], value) < 0)
                bad_usage("%s", "out of memory");
            free(o->connects);
            value = o->connects = joined;
        }
        a->value[i] = value;
        return;
    }
    if (a->n == FW_MAX_ARGS)
        bad_usage("%s", "too many options");
    a->key[a->n] = key;
    a->value[a->n++] = value;
}

static void
parse_options(int argc, char **argv, struct options *o)
{
    int ch;

    memset(o, 0, sizeof *o);
    opterr = 0;
    while ((ch = getopt_long(argc, argv, ":w:b:s:c:vhV", long_options,
            NULL)) != -1) {
        check_value(ch);
        if (ch >= OPT_KEY) {
            add_arg(o, key_options[ch - OPT_KEY], optarg);
            continue;
        }
        switch (ch) {
        case 'w': add_arg(o, "watch", optarg); break;
        case 's': add_arg(o, "state", optarg); break;
        case 'c': o->config = optarg; break;
        case 'o': o->once = true; break;
        case 'R': o->reset = true; break;
        case 'I': o->insecure = true; break;
        case 'v': o->verbose++; break;
        case 'h': usage(); break;
        case 'V': printf("factwatchd %s\n", FW_VERSION); exit(0);
        case 'b':
            if (o->nbinds++ == FW_MAX_BINDS)
                bad_usage("at most %s --bind endpoints", "8");
            add_arg(o, "bind", optarg);
            break;
        default: bad_option(ch, argv);
        }
    }
    if (o->verbose)
        add_arg(o, "log_level", "debug");
    if (o->once && optind == argc)
        bad_usage("%s", "--once needs at least one path (- for stdin)");
    if (!o->once && optind != argc)
        bad_usage("unexpected argument '%s' (see --help)", argv[optind]);
}

/* An endpoint that libzmq would refuse, or take for another. */
static void
check_endpoint(const char *ep)
{
    char why[96], msg[512];

    if (endpoint_check(ep, why, sizeof why) == 0)
        return;
    snprintf(msg, sizeof msg, "%s: %s", ep, why);
    bad_config("invalid endpoint %s", msg);
}

/* Check each space-separated endpoint in list; true when every one stays
 * on this machine. */
static bool
check_local_list(const char *list)
{
    char buf[1024], *ep, *save = NULL;
    bool local = true;

    snprintf(buf, sizeof buf, "%s", list);
    for (ep = strtok_r(buf, " \t", &save); ep;
         ep = strtok_r(NULL, " \t", &save)) {
        check_endpoint(ep);
        local = local && endpoint_is_local(ep);
    }
    return local;
}

/* Every endpoint must read as one first: a typo ("foo://bar") is no
 * loopback either, and was refused "without CURVE". Then plain TCP
 * beyond this machine needs CURVE, or saying --insecure. */
static void
check_exposure(const struct fw_config *c, bool insecure)
{
    bool connects_local = check_local_list(c->connects);
    int i;

    for (i = 0; i < c->nbinds; i++)
        check_endpoint(c->binds[i]);
    if (c->snapshot_bind[0] && strcmp(c->snapshot_bind, "none") != 0)
        check_endpoint(c->snapshot_bind);

    for (i = 0; !insecure && !c->curve_secret[0] && i < c->nbinds; i++)
        if (!endpoint_is_local(c->binds[i]))
            bad_config("will not bind %s without CURVE: give --curve-secret "
                "and --curve-clients, or --insecure", c->binds[i]);
    if (!insecure && !c->curve_secret[0] && c->snapshot_bind[0] &&
        strcmp(c->snapshot_bind, "none") != 0 &&
        !endpoint_is_local(c->snapshot_bind))
        bad_config("will not bind %s without CURVE (or --insecure)",
            c->snapshot_bind);
    if (!insecure && !c->connect_server_key[0] && !connects_local)
        bad_config("will not publish to %s without CURVE: give "
            "--connect-server-key, or --insecure", c->connects);
    if (c->connect_server_key[0] && !c->curve_secret[0])
        bad_config("%s",
            "--connect-server-key needs --curve-secret (our key)");
    if (c->curve_secret[0] && !c->curve_clients[0] && !insecure)
        bad_config("%s", "--curve-secret without --curve-clients admits "
            "anyone who knows the server key; give both, or --insecure");
}

/* Configuration file first, then the command line over it (reload.c
 * does the same). */
static void
configure(struct fw_config *c, const struct options *o)
{
    char err[512];

    cfg_defaults(c);
    if (o->config && cfg_load(c, o->config, err, sizeof err) < 0)
        bad_config("%s", err);
    if (cfg_set_args(c, &o->args, err, sizeof err) < 0)
        bad_config("%s", err);
    if (c->nbinds == 0 && cfg_set(c, "bind", FW_DEFAULT_BIND, err,
            sizeof err) < 0)
        bad_config("%s", err);
    if (!o->once) {
        cfg_source_id_default(c);
        check_exposure(c, o->insecure);
    }
}

static int64_t
now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void
publish_status(struct daemon *d)
{
    struct ingest *in = d->ingest;
    int64_t known = state_count_live(d->state);
    json_t *m = json_pack("{s:s, s:s, s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:I}",
        "schema", FW_SCHEMA_STATUS, "event", "status", "version", FW_VERSION,
        "uptime_s", (json_int_t)((now_ns() - d->started_ns) / 1000000000),
        "articles_known", (json_int_t)known,
        "published", (json_int_t)in->published,
        "errors", (json_int_t)in->errors,
        "overflows", (json_int_t)in->overflows,
        "dropped", (json_int_t)pub_dropped(d->pub),
        "last_seq", (json_int_t)state_last_seq(d->state));

    if (m) {
        json_object_set_new(m, "snapshots_served", json_integer(d->snapshot ?
            (json_int_t)snapshot_served(d->snapshot) : 0));
        json_object_set_new(m, "folders_watched",
            json_integer((json_int_t)watch_count(d->watch)));
        json_object_set_new(m, "watch_degraded",
            json_boolean(watch_degraded(d->watch)));
        pub_send(d->pub, FW_TOPIC_STATUS, m);
        json_decref(m);
    }
    notify_status("%lld articles known, %llu published, %llu failed",
        (long long)known, (unsigned long long)in->published,
        (unsigned long long)in->errors);
}

static void
on_inotify(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;

    (void)events;
    watch_handle(d->watch);
}

/* The startup delay is over: subscribers have had time to reconnect. */
static void
on_startup(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;
    int rc;

    (void)events;
    loop_timer_ack(src->fd);
    ingest_resend_pending(d->ingest);
    d->ingest->progress = true;     /* before READY=1, say how far it is */
    rc = ingest_reconcile(d->ingest);
    d->ingest->progress = false;
    if (rc < 0)
        fw_log(LOG_ERR, "main: cannot scan the watched folder path=%s",
            d->cfg.watch_dir);
    else if (rc > 0)
        return;         /* stopped by SIGTERM: the loop reads it next */
    if (loop_add(d->loop, &d->inotify, EPOLLIN) < 0)
        fw_log(LOG_ERR, "main: epoll add inotify: %s", strerror(errno));
    state_expire(d->state, d->cfg.removed_keep_days);
    d->ready = true;
    fw_log(LOG_INFO, "main: ready, watching path=%s (%zu folders, "
        "%lld articles known, seq %lld)", d->cfg.watch_dir,
        watch_count(d->watch), (long long)state_count_live(d->state),
        (long long)state_last_seq(d->state));
    notify_ready();
    publish_status(d);
}

static void
on_watchdog(struct loop_source *src, uint32_t events)
{
    (void)events;
    loop_timer_ack(src->fd);
    notify_watchdog();
}

static void
on_status(struct loop_source *src, uint32_t events)
{
    (void)events;
    loop_timer_ack(src->fd);
    publish_status(src->ctx);
}

static void
on_grace(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;

    (void)events;
    loop_timer_ack(src->fd);
    ingest_delivered(d->ingest);
}

static void
on_retry(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;

    (void)events;
    loop_timer_ack(src->fd);
    if (d->ready)           /* before, the start-up merge is still to come */
        ingest_retry(d->ingest);
}

/* Tombstones older than removed_keep_days go, hourly, not only at start:
 * a daemon that runs for months keeps its state to that size. */
#define EXPIRE_MS (3600 * 1000LL)

static void
on_expire(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;

    (void)events;
    loop_timer_ack(src->fd);
    if (d->ready)
        state_expire(d->state, d->cfg.removed_keep_days);
}

static void
on_rescan(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;

    (void)events;
    loop_timer_ack(src->fd);
    if (d->ready)
        ingest_reconcile(d->ingest);
}

/*
 * A key left the allow folder. CURVE checks a key at the handshake only,
 * so a client admitted before would read on: cut every connection of the
 * PUB and snapshot sockets (ZeroMQ closes a listener's connections with
 * it) and bind again. Clients reconnect within ZeroMQ's reconnect
 * interval and are checked anew; a gap they see on the way is repaired as
 * any other. The old listener closes in ZeroMQ's I/O thread, so binding
 * the same address can fail with EADDRINUSE for a moment: on_rebind
 * tries every REBIND_MS, REBIND_TRIES times.
 */
#define REBIND_MS    20
#define REBIND_TRIES 250

static void
on_rebind(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;

    (void)events;
    loop_timer_ack(src->fd);
    if (pub_bind(d->pub, &d->cfg) == 0 &&
        (d->snapshot == NULL || snapshot_bind(d->snapshot) == 0)) {
        fw_log(LOG_NOTICE, "main: a CURVE key was removed: every client "
            "was disconnected to be checked again");
        return;
    }
    if (errno == EADDRINUSE && ++d->rebind_tries < REBIND_TRIES)
        loop_timer_arm(src->fd, REBIND_MS, 0);
    else if (errno == EADDRINUSE)
        fw_log(LOG_ERR, "main: cannot bind again after a CURVE key was "
            "removed: the address stays in use");
}

static void
cut_connections(struct daemon *d)
{
    pub_unbind(d->pub, &d->cfg);
    if (d->snapshot)
        snapshot_unbind(d->snapshot);
    d->rebind_tries = 0;
    loop_timer_arm(d->rebind.fd, REBIND_MS, 0);
}

static void
reload(struct daemon *d)
{
    notify_reloading();
    reload_config(d);
    if (d->zap && zap_reload(d->zap) > 0)
        cut_connections(d);
    if (d->ready) {             /* before, READY=1 waits for the first scan */
        notify_ready();
        publish_status(d);
    }
}

static void
on_signal(struct loop_source *src, uint32_t events)
{
    struct daemon *d = src->ctx;
    struct signalfd_siginfo si;

    (void)events;
    while (read(src->fd, &si, sizeof si) == sizeof si) {
        if (si.ssi_signo == SIGHUP) {
            reload(d);
        } else if (si.ssi_signo == SIGUSR1) {
            publish_status(d);          /* on request: kill -USR1 */
        } else {
            fw_log(LOG_INFO, "main: signal %u, stopping", si.ssi_signo);
            notify_stopping();
            loop_stop(d->loop);
        }
    }
}

static int
add_timer(struct daemon *d, struct loop_source *src, loop_handler *fn,
    int64_t ms, int64_t interval_ms)
{
    src->fd = loop_timer_new();
    src->handler = fn;
    src->ctx = d;
    if (src->fd < 0 || loop_timer_arm(src->fd, ms, interval_ms) < 0 ||
        loop_add(d->loop, src, EPOLLIN) < 0)
        return -1;
    return 0;
}

/* Blocked from the first instruction on, so a SIGTERM during start-up
 * waits for the signalfd instead of killing us half-way. */
static void
block_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGHUP);
    sigaddset(set, SIGUSR1);
    sigprocmask(SIG_BLOCK, set, NULL);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGIO, SIG_IGN);         /* fileio.c's leases never break */
}

static int
add_signals(struct daemon *d)
{
    sigset_t set;

    block_signals(&set);
    d->sig.fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    d->sig.handler = on_signal;
    d->sig.ctx = d;
    return d->sig.fd < 0 ? -1 : loop_add(d->loop, &d->sig, EPOLLIN);
}

/* Start-up order: bind, open the state, then after startup_delay_ms add
 * the watches and scan (on_startup). fatal() is fine until READY=1. */
static void
start(struct daemon *d, bool reset)
{
    struct stat st;
    int64_t wd_ms = notify_watchdog_ms();

    /* A missing folder is not fatal: the watch waits for it to appear. */
    if (stat(d->cfg.watch_dir, &st) < 0)
        fw_log(LOG_ERR, "main: watched folder missing path=%s: waiting for "
            "it", d->cfg.watch_dir);
    else if (!S_ISDIR(st.st_mode))
        bad_config("cannot watch %s: it is a file, not a folder",
            d->cfg.watch_dir);
    if ((d->loop = loop_new()) == NULL || add_signals(d) < 0)
        fatal("%s", "cannot set up the event loop");
    if ((d->zctx = zmq_ctx_new()) == NULL)
        fatal("%s", "cannot create a ZeroMQ context");
    /* ZAP before any bind: a CURVE socket without it admits any client. */
    if (d->cfg.curve_clients[0] && (d->zap = zap_open(d->zctx, d->loop,
            d->cfg.curve_clients)) == NULL)
        fatal("%s", "cannot start the CURVE key check (see the log above)");
    /* The state first: its lock keeps a second daemon from binding (an
     * ipc:// bind would take the first one's socket file over). */
    if ((d->state = state_open(d->cfg.state_dir, reset)) == NULL)
        fatal("cannot open the state in %s (see the log above)",
            d->cfg.state_dir);
    if (d->cfg.nats_url[0] && strcmp(d->cfg.snapshot_bind, "none") == 0)
        bad_config("nats_url needs the snapshot socket to repair what the "
            "feed missed: snapshot_bind = none turns it off%s", "");
    if (cfg_state_inside_watch(&d->cfg))
        bad_config("the state folder %s is inside the watched folder: its "
            "files would be published as articles; put it elsewhere",
            d->cfg.state_dir);
    if ((d->pub = pub_open(d->zctx, &d->cfg)) == NULL)
        fatal("%s", "cannot open the PUB socket (see the log above)");
    pub_set_epoch(d->pub, state_epoch(d->state));
    if (strcmp(d->cfg.snapshot_bind, "none") != 0 && (d->snapshot =
            snapshot_open(d->zctx, d->loop, d->state, &d->cfg)) == NULL)
        fatal("%s", "cannot open the snapshot socket (see the log above)");
    if (d->cfg.nats_url[0] && (d->nats = nats_feed_start(d->zctx,
            &d->cfg)) == NULL)
        fatal("%s", "cannot start the NATS feed (see the log above)");
    if ((d->ingest = ingest_new(&d->cfg, d->state, d->pub)) == NULL ||
        (d->watch = watch_open(d->cfg.watch_dir, d->cfg.include_globs,
            d->cfg.exclude_globs, &ingest_watch_ops, d->ingest)) == NULL)
        fatal("%s", "cannot start watching (see the log above)");
    d->ingest->watch = d->watch;
    watch_set_settle(d->watch, d->cfg.settle_ms, d->cfg.rescan_interval,
        (size_t)d->cfg.max_watches);
    d->inotify = (struct loop_source){watch_fd(d->watch), on_inotify, d};
    d->grace = (struct loop_source){d->ingest->grace_fd, on_grace, d};
    d->retry = (struct loop_source){d->ingest->retry_fd, on_retry, d};
    if (loop_add(d->loop, &d->grace, EPOLLIN) < 0 ||
        loop_add(d->loop, &d->retry, EPOLLIN) < 0)
        fatal("%s", "cannot watch the delivery and retry timers");
    if (add_timer(d, &d->startup, on_startup,
            d->cfg.startup_delay_ms ? d->cfg.startup_delay_ms : 1, 0) < 0 ||
        (wd_ms && add_timer(d, &d->watchdog, on_watchdog, wd_ms, wd_ms) < 0) ||
        add_timer(d, &d->expire, on_expire, EXPIRE_MS, EXPIRE_MS) < 0 ||
        (d->zap && add_timer(d, &d->rebind, on_rebind, 0, 0) < 0) ||
        /* made when 0 too (disarmed), so a reload can turn them on */
        add_timer(d, &d->status, on_status, d->cfg.status_interval * 1000LL,
            d->cfg.status_interval * 1000LL) < 0 ||
        add_timer(d, &d->rescan, on_rescan, d->cfg.rescan_interval * 1000LL,
            d->cfg.rescan_interval * 1000LL) < 0)
        fatal("%s", "cannot create timers");
}

static void
stop(struct daemon *d)
{
    int64_t t0;

    ingest_flush(d->ingest);
    nats_feed_stop(d->nats);
    watch_close(d->watch);
    snapshot_close(d->snapshot);
    pub_close(d->pub);
    zap_close(d->zap);
    /* Returns once the sockets' queues are written out or their linger
     * is over (less a margin for the call itself). Written out, what was
     * handed over is sent; dropped at the linger (a slow subscriber), it
     * stays pending for the next start. */
    t0 = now_ns();
    zmq_ctx_term(d->zctx);
    if (now_ns() - t0 < (FW_PUB_LINGER_MS - 50) * 1000000LL)
        ingest_all_delivered(d->ingest);
    else
        fw_log(LOG_WARNING, "main: ZeroMQ did not write out its queue "
            "in %d ms: the last messages go out again at the next start",
            FW_PUB_LINGER_MS);
    ingest_free(d->ingest);
    state_close(d->state);
    loop_free(d->loop);
    cfg_free(&d->cfg);
}

int
main(int argc, char **argv)
{
    struct daemon d;
    struct options o;
    int rc;

    memset(&d, 0, sizeof d);
    /* The heap goes back to the system in malloc_trim() (ingest.c, every
     * INGEST_TRIM messages and after scans), not in free(): trimming as
     * each article's buffers were freed cost a brk, a TLB shootdown and
     * fresh page faults per article. Big files still get their own mmap. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    /* Before the configuration is read: its errors are why a service
     * failed, and journald must file them at error priority. */
    log_init(LOG_INFO, getenv("JOURNAL_STREAM") != NULL);
    parse_options(argc, argv, &o);
    if (!o.once)
        block_signals(&(sigset_t){0});
    configure(&d.cfg, &o);
    if (o.once) {
        rc = once_run(&d.cfg, argv + optind, argc - optind);
        cfg_free(&d.cfg);
        free(o.connects);
        return rc;
    }
    d.config_path = o.config;
    d.args = &o.args;
    d.started_ns = now_ns();
    log_init(d.cfg.log_level, getenv("JOURNAL_STREAM") != NULL);
    fw_log(LOG_INFO, "main: factwatchd %s starting", FW_VERSION);
    start(&d, o.reset);
    rc = loop_run(d.loop);
    stop(&d);
    free(o.connects);
    return rc < 0 ? 1 : 0;
}
