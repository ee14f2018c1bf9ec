/* SPDX-License-Identifier: MIT */
/* fwsub.c - the subscriber half of the Clone pattern, shared by factwatch-sub and factwatch-nats. */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <zmq.h>

#include "curve.h"
#include "endpoint.h"
#include "fwsub.h"
#include "message.h"

/*
 * Order of events (zguide clonecli5): subscribe first, so nothing published
 * from now on is lost; wait until the SUB handshake is done, so the daemon
 * has the subscription before it takes the snapshot; ask for the snapshot;
 * read it to its end, seq S, while live messages queue in the SUB (RCVHWM
 * 0: unbounded on our side); then read live messages, dropping seq <= S.
 * A jump in seq, or a daemon.status whose last_seq is ahead of us, is a
 * gap: counted, reported, and with a snapshot repaired by asking for what
 * came after the last seq applied. Each seq belongs to its source's state
 * epoch: a message of another epoch (the daemon's state was replaced and
 * seq started over) starts that source over, and a snapshot row of
 * another epoch than the since we asked after means that since is void:
 * we ask for everything. Everything runs in the caller's thread.
 */
#define SUBSCRIBED_WAIT_MS 20   /* for the subscription to reach the PUB */

/* Keep an epoch (NULL: none) in one of our FWSUB_EPOCH_MAX + 1 arrays. */
static void
set_epoch(char *dst, const char *epoch)
{
    snprintf(dst, FWSUB_EPOCH_MAX + 1, "%s", epoch ? epoch : "");
}

/* A signal cut a wait short: fwsub_next returns FWSUB_TIMEOUT and the
 * caller's handler decides what it means. */
enum { POLL_SIGNAL = -100 };

struct source {
    char    id[128];
    int64_t last;
    char    epoch[FWSUB_EPOCH_MAX + 1];     /* last's; "" unknown */
};

struct fwsub {
    struct fwsub_opts o;
    void          *ctx;
    void          *sub, *snap, *sub_mon, *snap_mon;
    bool           track;       /* we see every article topic */
    bool           asked;       /* the first snapshot was requested */
    bool           in_snapshot; /* reading a snapshot reply */
    int64_t        snap_deadline;
    int64_t        snap_since;  /* what the last request asked after */
    int64_t        snap_last;   /* seq of its last row, snap_since before
                                   the first */
    int            snap_tries;  /* requests again after "busy" or silence */
    char           snap_source[128];    /* the snapshot endpoint's source,
                                           from its snapshot.end */
    bool           shook;       /* the SUB's handshake succeeded */
    bool           warned;      /* ... or we said it had not */
    int64_t        opened;
    struct source  src[FWSUB_MAX_SOURCES];
    int            nsrc;
    int64_t        position;
    char           epoch[FWSUB_EPOCH_MAX + 1];      /* position's */
    char           snap_epoch[FWSUB_EPOCH_MAX + 1]; /* snap_since's */
    int64_t        saved;       /* what the resume file holds */
    char           saved_epoch[FWSUB_EPOCH_MAX + 1];
    int64_t        saved_at;    /* when it was written (or opened), ms */
    uint64_t       gaps;
    zmq_msg_t      body;
    json_t        *json;
    char           err[512];
};

static int64_t
now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A line about the subscription (a gap, a retry): to the caller's say(),
 * or to stderr after the program's name. */
static void __attribute__((format(printf, 2, 3)))
note(const struct fwsub *s, const char *fmt, ...)
{
    char line[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (s->o.say)
        s->o.say(line);
    else
        fprintf(stderr, "%s: %s\n", s->o.prog, line);
}

/* A PAIR socket reporting sock's handshakes (successes and refusals). */
static void *
monitor(void *ctx, void *sock, const char *name)
{
    char ep[64];
    void *m;

    snprintf(ep, sizeof ep, "inproc://fwsub-mon-%s-%p", name, sock);
    if (zmq_socket_monitor(sock, ep, ZMQ_EVENT_HANDSHAKE_SUCCEEDED |
            ZMQ_EVENT_HANDSHAKE_FAILED_AUTH |
            ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL) < 0 ||
        (m = zmq_socket(ctx, ZMQ_PAIR)) == NULL)
        return NULL;
    if (zmq_connect(m, ep) < 0) {
        zmq_close(m);
        return NULL;
    }
    return m;
}

/* The next monitor event (0 when none), without waiting. */
static int
mon_event(void *m)
{
    zmq_msg_t f;
    uint16_t ev = 0;
    int more;

    zmq_msg_init(&f);
    if (zmq_msg_recv(&f, m, ZMQ_DONTWAIT) < 0) {
        zmq_msg_close(&f);
        return 0;
    }
    if (zmq_msg_size(&f) >= 2)
        memcpy(&ev, zmq_msg_data(&f), 2);
    more = zmq_msg_more(&f);
    while (more) {
        zmq_msg_close(&f);
        zmq_msg_init(&f);
        more = zmq_msg_recv(&f, m, 0) >= 0 && zmq_msg_more(&f);
    }
    zmq_msg_close(&f);
    return ev;
}

static bool
wanted(const struct fwsub *s, const char *topic)
{
    int i;

    if (s->o.ntopics == 0)
        return true;
    for (i = 0; i < s->o.ntopics; i++)
        if (strncmp(topic, s->o.topics[i], strlen(s->o.topics[i])) == 0)
            return true;
    return false;
}

/* --prefix holds for live messages too, as for the snapshot's rows (the
 * daemon picks those): a message is ours when its path, or the path it
 * moved from, starts with the prefix; one without a path (daemon.status)
 * always is. */
static bool
in_prefix(const struct fwsub *s, json_t *m)
{
    const char *p[3];
    size_t n, i;

    if (s->o.prefix == NULL || s->o.prefix[0] == '\0')
        return true;
    p[0] = json_string_value(json_object_get(json_object_get(m, "source"),
        "path"));
    p[1] = json_string_value(json_object_get(m, "previous_path"));
    p[2] = json_string_value(json_object_get(m, "path"));     /* error */
    if (!p[0] && !p[1] && !p[2])
        return true;
    n = strlen(s->o.prefix);
    for (i = 0; i < 3; i++)
        if (p[i] && strncmp(p[i], s->o.prefix, n) == 0)
            return true;
    return false;
}

static void *
open_socket(struct fwsub *s, void *ctx, int type)
{
    void *sock = zmq_socket(ctx, type);
    int hwm = type == ZMQ_SUB ? s->o.rcvhwm : 0, linger = 0;

    if (sock == NULL) {
        snprintf(s->err, sizeof s->err, "zmq_socket: %s",
            zmq_strerror(errno));
        return NULL;
    }
    zmq_setsockopt(sock, ZMQ_RCVHWM, &hwm, sizeof hwm);
    zmq_setsockopt(sock, ZMQ_LINGER, &linger, sizeof linger);
    if (s->o.curve_server && curve_client(sock, s->o.curve_server,
            s->o.curve_secret, s->err, sizeof s->err) < 0) {
        zmq_close(sock);
        return NULL;
    }
    return sock;
}

static int
connect_to(struct fwsub *s, void *sock, const char *ep)
{
    if (zmq_connect(sock, ep) == 0)
        return 0;
    snprintf(s->err, sizeof s->err, "cannot connect to %.300s: %s", ep,
        zmq_strerror(errno));
    return -1;
}

/* Every article topic reaches us when a prefix covers "article.". */
static void
subscribe(struct fwsub *s)
{
    int i;

    s->track = s->o.ntopics == 0 || s->o.snapshot;
    if (s->o.ntopics == 0 || s->o.snapshot) {
        zmq_setsockopt(s->sub, ZMQ_SUBSCRIBE, "", 0);
        return;
    }
    for (i = 0; i < s->o.ntopics; i++) {
        zmq_setsockopt(s->sub, ZMQ_SUBSCRIBE, s->o.topics[i],
            strlen(s->o.topics[i]));
        if (strncmp("article.", s->o.topics[i], strlen(s->o.topics[i])) == 0)
            s->track = true;
    }
}

static int
open_snapshot(struct fwsub *s, void *ctx)
{
    char ep[512];

    if (s->o.snapshot_connect)
        snprintf(ep, sizeof ep, "%s", s->o.snapshot_connect);
    else if (endpoint_snapshot(s->o.connect, ep, sizeof ep) < 0) {
        snprintf(s->err, sizeof s->err, "no snapshot endpoint next to %s; "
            "give --snapshot-connect", s->o.connect);
        return -1;
    }
    if ((s->snap = open_socket(s, ctx, ZMQ_DEALER)) == NULL ||
        (s->snap_mon = monitor(ctx, s->snap, "snap")) == NULL)
        return -1;
    return connect_to(s, s->snap, ep);
}

/* Close a socket and its monitor. Stop the monitor before closing its
 * PAIR end: an event sent to a closed PAIR blocks libzmq's I/O thread for
 * good (libzmq#3575). */
static void
close_pair(void **sock, void **mon)
{
    if (*mon) {
        zmq_socket_monitor(*sock, NULL, 0);
        zmq_close(*mon);
    }
    if (*sock)
        zmq_close(*sock);
    *sock = *mon = NULL;
}

struct fwsub *
fwsub_open(void *ctx, const struct fwsub_opts *o, char *err, size_t errlen)
{
    struct fwsub *s = calloc(1, sizeof *s);

    if (s == NULL) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    s->o = *o;
    s->ctx = ctx;
    s->opened = now_ms();
    s->saved_at = s->opened;
    set_epoch(s->epoch, o->epoch);
    set_epoch(s->snap_epoch, o->epoch);
    set_epoch(s->saved_epoch, o->epoch);
    s->saved = s->position = o->since;   /* a point not moved stays saved */
    if (s->o.snapshot_wait_ms <= 0)
        s->o.snapshot_wait_ms = 10000;
    zmq_msg_init(&s->body);
    if ((s->sub = open_socket(s, ctx, ZMQ_SUB)) == NULL ||
        (s->sub_mon = monitor(ctx, s->sub, "sub")) == NULL)
        goto fail;
    subscribe(s);
    if (connect_to(s, s->sub, o->connect) < 0 ||
        (o->snapshot && open_snapshot(s, ctx) < 0))
        goto fail;
    return s;
fail:
    snprintf(err, errlen, "%s", s->err[0] ? s->err : "cannot set up");
    fwsub_close(s);
    return NULL;
}

void
fwsub_close(struct fwsub *s)
{
    if (s == NULL)
        return;
    zmq_msg_close(&s->body);
    json_decref(s->json);
    close_pair(&s->sub, &s->sub_mon);
    close_pair(&s->snap, &s->snap_mon);
    free(s);
}

static struct source *
source(struct fwsub *s, const char *id, bool create)
{
    int i;

    for (i = 0; i < s->nsrc; i++)
        if (strcmp(s->src[i].id, id) == 0)
            return &s->src[i];
    if (!create || s->nsrc == FWSUB_MAX_SOURCES)
        return NULL;
    snprintf(s->src[s->nsrc].id, sizeof s->src[0].id, "%s", id);
    s->src[s->nsrc].last = -1;      /* unknown: the first seq is a base */
    return &s->src[s->nsrc++];
}

static int
request(struct fwsub *s, int64_t since)
{
    char num[32];
    const char *prefix = s->o.prefix ? s->o.prefix : "";

    snprintf(num, sizeof num, "%" PRId64, since < 0 ? 0 : since);
    if (zmq_send(s->snap, FW_SNAPSHOT_REQUEST, strlen(FW_SNAPSHOT_REQUEST),
            ZMQ_SNDMORE) < 0 ||
        zmq_send(s->snap, prefix, strlen(prefix), ZMQ_SNDMORE) < 0 ||
        zmq_send(s->snap, num, strlen(num), 0) < 0) {
        snprintf(s->err, sizeof s->err, "snapshot request: %s",
            zmq_strerror(errno));
        return FWSUB_ERROR;
    }
    s->in_snapshot = true;
    s->snap_deadline = now_ms() + s->o.snapshot_wait_ms;
    s->snap_since = s->snap_last = since < 0 ? 0 : since;
    return 1;
}

/* Request from a new socket, so a new routing id: a daemon that was only
 * slow finds the old one gone (and drops that job) instead of sending
 * both replies into one socket, where the rest of the first would be
 * taken for the reply to the second. 0, or FWSUB_ERROR. */
static int
request_anew(struct fwsub *s, int64_t since)
{
    close_pair(&s->snap, &s->snap_mon);
    if (open_snapshot(s, s->ctx) < 0)
        return FWSUB_ERROR;
    return request(s, since) < 0 ? FWSUB_ERROR : 0;
}

/* Ask again, after a "busy" refusal or a reply that went silent (the
 * daemon restarted mid-snapshot), from the last row received: the rows
 * come in seq order. Waits 0.2 s, doubling to 5 s; 1, or FWSUB_ERROR
 * (s->err says why) when SNAP_TRIES requests went unanswered. */
#define SNAP_TRIES 8

static int
ask_again(struct fwsub *s, const char *why)
{
    long ms = 200L << (s->snap_tries < 5 ? s->snap_tries : 5);
    int64_t since = s->snap_last;

    if (++s->snap_tries > SNAP_TRIES) {
        snprintf(s->err, sizeof s->err, "snapshot: %s, %d times", why,
            SNAP_TRIES);
        return FWSUB_ERROR;
    }
    if (ms > 5000)
        ms = 5000;
    note(s, "snapshot: %s; asking again after seq %" PRId64 " in %ld ms",
        why, since, ms);
    if (usleep((useconds_t)ms * 1000) < 0 && errno == EINTR)
        return POLL_SIGNAL;
    return request_anew(s, since);
}

/* Whether a gap of src can be repaired from our snapshot endpoint: its
 * daemon is that source (through a proxy, others are only reported). */
static bool
repairable(const struct fwsub *s, const struct source *src)
{
    return s->o.snapshot && (s->snap_source[0] == '\0' ||
                             strcmp(s->snap_source, src->id) == 0);
}

/* Before the first request: the SUB handshake must be done (so the daemon
 * holds our subscription), or refused. */
static int
first_request(struct fwsub *s)
{
    int64_t deadline = now_ms() + s->o.snapshot_wait_ms;
    zmq_pollitem_t it = {s->sub_mon, 0, ZMQ_POLLIN, 0};
    int ev;

    s->asked = true;
    /* inproc has no handshake to wait for (the daemon's own --nats feed):
     * a subscription the PUB has not taken yet costs a gap, repaired */
    if (strncmp(s->o.connect, "inproc://", 9) == 0) {
        s->shook = true;
        usleep(SUBSCRIBED_WAIT_MS * 1000);
        return request(s, s->o.since);
    }
    for (;;) {
        while ((ev = mon_event(s->sub_mon)) != 0) {
            if (ev == ZMQ_EVENT_HANDSHAKE_SUCCEEDED) {
                s->shook = true;
                usleep(SUBSCRIBED_WAIT_MS * 1000);
                return request(s, s->o.since);
            }
            if (ev == ZMQ_EVENT_HANDSHAKE_FAILED_AUTH)
                return FWSUB_REFUSED;
        }
        if (now_ms() >= deadline)
            return FWSUB_NOREPLY;
        if (zmq_poll(&it, 1, deadline - now_ms()) < 0 && errno == EINTR)
            return FWSUB_TIMEOUT;
    }
}

static bool
more(void *sock)
{
    int v = 0;
    size_t len = sizeof v;

    return zmq_getsockopt(sock, ZMQ_RCVMORE, &v, &len) == 0 && v;
}

/* Receive topic + body from sock into m; 1, 0 for a malformed message. */
static int
receive(struct fwsub *s, void *sock, struct fwsub_msg *m)
{
    json_error_t jerr;
    int n;

    memset(m, 0, sizeof *m);
    n = zmq_recv(sock, m->topic, sizeof m->topic - 1, ZMQ_DONTWAIT);
    if (n < 0)
        return errno == EAGAIN || errno == EINTR ? 0 : FWSUB_ERROR;
    m->topic[(size_t)n < sizeof m->topic ? (size_t)n : sizeof m->topic - 1]
        = '\0';
    if (!more(sock))
        return 0;           /* a one-frame message: not ours */
    zmq_msg_close(&s->body);
    zmq_msg_init(&s->body);
    if (zmq_msg_recv(&s->body, sock, 0) < 0)
        return FWSUB_ERROR;
    json_decref(s->json);
    s->json = json_loadb(zmq_msg_data(&s->body), zmq_msg_size(&s->body), 0,
        &jerr);
    if (s->json == NULL) {
        note(s, "bad JSON on topic %s: %s", m->topic, jerr.text);
        return 0;
    }
    m->body = zmq_msg_data(&s->body);
    m->len = zmq_msg_size(&s->body);
    m->json = s->json;
    m->seq = json_integer_value(json_object_get(s->json, "seq"));
    m->source = json_string_value(json_object_get(s->json, "source_id"));
    if (m->source == NULL)
        m->source = "";
    m->epoch = json_string_value(json_object_get(s->json, "epoch"));
    if (m->epoch == NULL)
        m->epoch = "";
    return 1;
}

static void
gap(struct fwsub *s, const struct source *src, int64_t got, const char *why)
{
    s->gaps++;
    note(s, "gap: source=%s after seq %" PRId64 " %s %" PRId64 "%s",
        src->id[0] ? src->id : "-", src->last, why, got,
        s->o.snapshot ? "; resyncing from the snapshot" : "");
}

/* Whether m is of another state epoch than known ("": none known yet,
 * and a message without one says nothing). */
static bool
other_epoch(const char *known, const struct fwsub_msg *m)
{
    return known[0] && m->epoch[0] && strcmp(known, m->epoch) != 0;
}

/* src's state was replaced: its seqs start over in m's epoch, from 0. */
static void
start_over(struct fwsub *s, struct source *src, const struct fwsub_msg *m,
    const char *was)
{
    note(s, "source=%s: new epoch %s (was %s): its state was replaced "
        "and seq starts over%s", m->source[0] ? m->source : "-", m->epoch,
        was, s->o.snapshot ? "; asking for its whole snapshot" : "");
    if (src) {
        src->last = 0;
        set_epoch(src->epoch, m->epoch);
    }
    if (src == NULL || src == &s->src[0] || s->nsrc == 0) {
        s->position = 0;
        set_epoch(s->epoch, m->epoch);
    }
}

/* A snapshot row or end of another epoch than the seq we asked after:
 * that seq means nothing in the new state, so ask for all of it, from a
 * new socket (the rest of this reply must go nowhere). */
static int
snapshot_over(struct fwsub *s, const struct fwsub_msg *m)
{
    char was[FWSUB_EPOCH_MAX + 1];

    set_epoch(was, s->snap_epoch);
    start_over(s, source(s, m->source, false), m, was);
    set_epoch(s->snap_epoch, m->epoch);
    return request_anew(s, 0);
}

/* A snapshot message: rows in seq order, then the end. */
static int
from_snapshot(struct fwsub *s, struct fwsub_msg *m)
{
    struct source *src;
    int i;

    m->snapshot = true;
    if (strcmp(m->topic, FW_TOPIC_SNAPSHOT_ERROR) == 0) {
        const char *why = json_string_value(json_object_get(m->json,
                                                            "reason"));
        if (why && strncmp(why, "busy", 4) == 0)
            return ask_again(s, "the daemon is busy");
        snprintf(s->err, sizeof s->err, "snapshot refused: %s", why);
        return FWSUB_ERROR;
    }
    if (s->snap_since > 0 && other_epoch(s->snap_epoch, m))
        return snapshot_over(s, m);
    if (m->epoch[0])
        set_epoch(s->snap_epoch, m->epoch);
    if (strcmp(m->topic, FW_TOPIC_SNAPSHOT_END) != 0) {
        if (s->nsrc == 0 || m->seq > s->position) {
            s->position = m->seq;
            set_epoch(s->epoch, s->snap_epoch);
        }
        s->snap_last = m->seq;
        s->snap_tries = 0;      /* it moves: the budget is for failures */
        return wanted(s, m->topic) ? 1 : 0;
    }
    s->in_snapshot = false;
    s->snap_tries = 0;
    snprintf(s->snap_source, sizeof s->snap_source, "%s", m->source);
    m->end = true;
    if (json_is_true(json_object_get(m->json, "reset"))) {
        note(s, "the daemon no longer holds everything since our seq (its "
            "state was replaced, or removals expired): starting over from "
            "seq %" PRId64, m->seq);
        for (i = 0; i < s->nsrc; i++)
            s->src[i].last = -1;
    }
    if ((src = source(s, m->source, true)) != NULL) {
        src->last = m->seq;
        set_epoch(src->epoch, s->snap_epoch);
    }
    s->position = m->seq;
    set_epoch(s->epoch, s->snap_epoch);
    return 1;
}

/* Ask for what came after src's last seq, in its epoch. */
static int
repair(struct fwsub *s, const struct source *src)
{
    set_epoch(s->snap_epoch, src->epoch);
    return request(s, src->last);
}

/* daemon.status says how far the daemon got: ahead of us is a gap at the
 * tail (nothing newer would reveal it), behind us a replaced state. */
static int
check_status(struct fwsub *s, struct fwsub_msg *m, struct source *src)
{
    json_t *v = json_object_get(m->json, "last_seq");
    int64_t last = json_integer_value(v);

    if (!json_is_integer(v) || src == NULL || src->last < 0 ||
        last == src->last)
        return 0;
    gap(s, src, last, last > src->last ? "but the daemon is at" :
        "but the daemon went back to");
    if (repairable(s, src))
        return repair(s, src);
    src->last = last;
    return 0;
}

/* m is of a new epoch for src: 1 to go on with it (from seq 0, so seq 1
 * is in order and more is a gap), 0 to drop it because the whole new
 * snapshot was asked for, < 0 to stop. */
static int
new_epoch(struct fwsub *s, struct source *src, const struct fwsub_msg *m)
{
    char was[FWSUB_EPOCH_MAX + 1];

    set_epoch(was, src->epoch);
    start_over(s, src, m, was);
    if (!repairable(s, src))
        return 1;
    set_epoch(s->snap_epoch, m->epoch);
    return request(s, 0) < 0 ? FWSUB_ERROR : 0;
}

/* A live message: 1 to deliver, 0 to drop, < 0 to stop. */
static int
from_live(struct fwsub *s, struct fwsub_msg *m)
{
    struct source *src = s->track ? source(s, m->source, true) : NULL;
    int rc;

    if (src && other_epoch(src->epoch, m) && (rc = new_epoch(s, src, m)) != 1)
        return rc;
    if (src && m->epoch[0])
        set_epoch(src->epoch, m->epoch);
    if (strcmp(m->topic, FW_TOPIC_STATUS) == 0 && s->track &&
        (rc = check_status(s, m, src)) != 0)
        return rc < 0 ? rc : 0;
    if (m->seq <= 0 || src == NULL)
        return wanted(s, m->topic) && in_prefix(s, m->json);
    if (src->last >= 0 && m->seq <= src->last)
        return 0;                   /* in the snapshot already, or twice */
    if (src->last >= 0 && m->seq > src->last + 1) {
        gap(s, src, m->seq, "came");
        if (repairable(s, src))
            return repair(s, src) < 0 ? FWSUB_ERROR : 0;
    }
    src->last = m->seq;
    if (src == &s->src[0]) {
        s->position = m->seq;
        set_epoch(s->epoch, src->epoch);
    }
    return wanted(s, m->topic) && in_prefix(s, m->json);
}

/* Wait for sock; 1 readable, 0 not within ms, POLL_SIGNAL when a signal
 * cut the wait short. A handshake the monitor reports sets *shook. */
static int
poll_one(void *sock, void *mon, long ms, bool *shook)
{
    zmq_pollitem_t it[2] = {{sock, 0, ZMQ_POLLIN, 0},
        {mon, 0, ZMQ_POLLIN, 0}};
    int n = zmq_poll(it, 2, ms), ev;

    if (n < 0)
        return errno == EINTR ? POLL_SIGNAL : FWSUB_ERROR;
    while ((ev = mon_event(mon)) != 0) {
        if (ev == ZMQ_EVENT_HANDSHAKE_FAILED_AUTH)
            return FWSUB_REFUSED;
        *shook |= ev == ZMQ_EVENT_HANDSHAKE_SUCCEEDED;
    }
    return (it[0].revents & ZMQ_POLLIN) ? 1 : 0;
}

/* A subscriber that never completes its handshake waits in silence (no
 * daemon there, or a CURVE server key that is not the daemon's: the
 * server cannot read our hello and says nothing): say so once. */
#define SHAKE_WARN_MS 10000

static void
warn_no_handshake(struct fwsub *s)
{
    if (s->shook || s->warned || now_ms() < s->opened + SHAKE_WARN_MS)
        return;
    s->warned = true;
    note(s, "no handshake with %s after %d s: is the daemon there%s?",
        s->o.connect, SHAKE_WARN_MS / 1000, s->o.curve_server ?
        ", and is --curve-server-key its public key" : "");
}

int
fwsub_next(struct fwsub *s, struct fwsub_msg *m, long timeout_ms)
{
    int64_t deadline;
    int rc;

    if (s->o.snapshot && !s->asked && (rc = first_request(s)) <= 0)
        return rc;
    deadline = timeout_ms < 0 ? INT64_MAX : now_ms() + timeout_ms;
    for (;;) {
        bool snap = s->in_snapshot, ignored = false;
        int64_t until = snap && s->snap_deadline < deadline ?
            s->snap_deadline : deadline, left;
        if (!s->shook && !s->warned && until > s->opened + SHAKE_WARN_MS)
            until = s->opened + SHAKE_WARN_MS;
        if ((left = until - now_ms()) < 0)
            left = 0;
        rc = poll_one(snap ? s->snap : s->sub,
            snap ? s->snap_mon : s->sub_mon,
            until == INT64_MAX ? -1 : (long)left,
            snap ? &ignored : &s->shook);
        warn_no_handshake(s);
        if (rc == POLL_SIGNAL)
            return FWSUB_TIMEOUT;
        if (rc < 0)
            return rc;
        if (rc == 0) {
            if (snap && s->snap_last > s->snap_since &&
                now_ms() >= s->snap_deadline) {
                /* rows came, then silence: the daemon restarted; asking
                 * again counts as activity for the caller's timeout */
                if ((rc = ask_again(s, "the reply stopped")) < 0)
                    return rc == POLL_SIGNAL ? FWSUB_TIMEOUT : rc;
                if (timeout_ms >= 0)
                    deadline = now_ms() + timeout_ms;
                continue;
            }
            if (snap && now_ms() >= s->snap_deadline)
                return FWSUB_NOREPLY;   /* silence mid-snapshot */
            if (now_ms() >= deadline)
                return FWSUB_TIMEOUT;   /* the snapshot stays pending */
            continue;
        }
        if ((rc = receive(s, snap ? s->snap : s->sub, m)) < 0)
            return rc;
        if (rc == 0)
            continue;
        if (snap)
            s->snap_deadline = now_ms() + s->o.snapshot_wait_ms;
        rc = snap ? from_snapshot(s, m) : from_live(s, m);
        if (rc == POLL_SIGNAL)
            return FWSUB_TIMEOUT;
        if (rc != 0)
            return rc;
    }
}

uint64_t
fwsub_gaps(const struct fwsub *s)
{
    return s->gaps;
}

int64_t
fwsub_position(const struct fwsub *s)
{
    return s->position;
}

const char *
fwsub_epoch(const struct fwsub *s)
{
    return s->epoch;
}

const char *
fwsub_error(const struct fwsub *s)
{
    return s->err;
}

int
fwsub_number(const char *v, long long *n)
{
    char *end;

    errno = 0;
    *n = strtoll(v, &end, 10);
    return errno || end == v || *end || *n < 0 ? -1 : 0;
}

int
fwsub_seconds(const char *v, double *s)
{
    char *end;

    errno = 0;
    *s = strtod(v, &end);
    /* NaN fails both tests; inf (and 31 years) would overflow the ms */
    return errno || end == v || *end || !(*s >= 0 && *s < 1e9) ? -1 : 0;
}

bool
fwsub_idle(struct fwsub *s)
{
    zmq_pollitem_t it = {s->in_snapshot ? s->snap : s->sub, 0, ZMQ_POLLIN,
        0};

    return zmq_poll(&it, 1, 0) <= 0 || !(it.revents & ZMQ_POLLIN);
}

/* The position or its epoch moved since the resume file was written. */
static bool
unsaved(const struct fwsub *s)
{
    return s->position != s->saved || strcmp(s->epoch, s->saved_epoch) != 0;
}

int
fwsub_resume_save(struct fwsub *s, const char *path)
{
    if (!unsaved(s))
        return 0;
    if (fwsub_resume_write(path, s->position, s->epoch) < 0)
        return -1;
    s->saved = s->position;
    set_epoch(s->saved_epoch, s->epoch);
    s->saved_at = now_ms();
    return 0;
}

bool
fwsub_resume_due(struct fwsub *s)
{
    return unsaved(s) &&
        (fwsub_idle(s) || now_ms() - s->saved_at >= FWSUB_SAVE_MS);
}
