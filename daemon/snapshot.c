/* SPDX-License-Identifier: MIT */
/* snapshot.c - the snapshot ROUTER for late joiners (Clone pattern), served in slices from the loop. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include <zmq.h>

#include "curve.h"
#include "endpoint.h"
#include "factwatchd.h"
#include "nats_feed.h"
#include "message.h"

/*
 * The protocol is in message.h. A request becomes a job holding its own
 * read view of the state (state_snapshot.c); the loop serves SNAP_SLICE
 * rows of each job per turn of a timer armed to fire at once, so inotify,
 * signals and other clients get their turn between slices and a snapshot
 * of 100,000 articles never stalls the daemon. ROUTER_MANDATORY makes a
 * full client queue an EAGAIN instead of a silent drop: the job waits
 * SNAP_RETRY_NS and resumes at the same row.
 */
#define SNAP_SLICE      256
#define SNAP_MAX_JOBS   32
#define SNAP_HWM        256     /* messages queued per client: ~1 MB */
#define SNAP_RETRY_NS   2000000     /* 2 ms */
#define SNAP_MAX_FRAMES 8

enum { SENT = 0, FULL = 1, GONE = -1 };

struct snap_job {
    struct snap_job   *next;
    unsigned char      id[256];     /* the client's ROUTER routing id */
    size_t             idlen;
    struct state_snap *view;
    int64_t            since, rows, last;
    const char        *topic, *msg; /* a row not sent yet (borrowed) */
    bool               done;        /* rows all sent: only the end is left */
    struct timespec    t0;
    struct timespec    moved;       /* when the client last took a row */
};

struct snapshot {
    void                   *sock;
    struct loop            *loop;
    struct state           *st;
    const struct fw_config *cfg;
    char                   *source;  /* "source_id":"...", or NULL */
    char                   *epoch;   /* "epoch":"...", the state's */
    struct snap_job        *jobs;
    int                     njobs;
    char                    ep[256]; /* the endpoint bound */
    bool                    bound;
    struct loop_source      sock_src, timer_src;
    uint64_t                served;
};

static void drain(struct snapshot *sn);

/* A timerfd can fire "now" (1 ns) but loop_timer_arm counts in ms. */
static void
arm(struct snapshot *sn, long ns)
{
    struct itimerspec it = {{0, 0}, {0, ns}};

    timerfd_settime(sn->timer_src.fd, 0, &it, NULL);
}

/* Send one frame after the routing id; ROUTER_MANDATORY tells a full
 * queue (EAGAIN) from a client that went away (EHOSTUNREACH). */
static int
send_to(struct snapshot *sn, const struct snap_job *j, const char *topic,
    const char *body, size_t blen)
{
    if (zmq_send(sn->sock, j->id, j->idlen, ZMQ_SNDMORE | ZMQ_DONTWAIT) < 0)
        return errno == EAGAIN ? FULL : GONE;
    /* The rest of a started message always fits: HWM counts messages. */
    if (zmq_send(sn->sock, topic, strlen(topic), ZMQ_SNDMORE) < 0 ||
        zmq_send(sn->sock, body, blen, 0) < 0)
        return GONE;
    return SENT;
}

/* kv ("key":value,) when msg lacks that key (a row stored before the
 * daemon had a source_id, or the state an epoch), else "". A key inside
 * a string reads \"key\": no false match. */
static const char *
missing(const char *msg, const char *kv)
{
    char key[32];

    if (kv == NULL)
        return "";
    snprintf(key, sizeof key, "%.*s", (int)strcspn(kv, ":") + 1, kv);
    return strstr(msg, key) ? "" : kv;
}

/* The stored message, with this daemon's source_id and the state's epoch
 * spliced in front when it lacks them. */
static int
send_row(struct snapshot *sn, const struct snap_job *j, const char *topic,
    const char *msg)
{
    const char *sid, *ep;
    char *body;
    int rc, n;

    if (msg[0] != '{' || msg[1] == '}')
        return send_to(sn, j, topic, msg, strlen(msg));
    sid = missing(msg, sn->source);
    ep = missing(msg, sn->epoch);
    if (!*sid && !*ep)
        return send_to(sn, j, topic, msg, strlen(msg));
    if ((n = asprintf(&body, "{%s%s%s", sid, ep, msg + 1)) < 0)
        return GONE;
    rc = send_to(sn, j, topic, body, (size_t)n);
    free(body);
    return rc;
}

static int
send_json(struct snapshot *sn, const struct snap_job *j, const char *topic,
    json_t *m)
{
    char *body;
    int rc = GONE;

    if (m && sn->cfg->source_id[0])
        json_object_set_new(m, "source_id", json_string(sn->cfg->source_id));
    if (m)
        json_object_set_new(m, "epoch", json_string(state_epoch(sn->st)));
    if (m && (body = json_dumps(m, JSON_COMPACT)) != NULL) {
        rc = send_to(sn, j, topic, body, strlen(body));
        free(body);
    }
    json_decref(m);
    return rc;
}

static int
send_end(struct snapshot *sn, const struct snap_job *j)
{
    return send_json(sn, j, FW_TOPIC_SNAPSHOT_END, json_pack(
        "{s:s, s:s, s:I, s:I, s:I, s:b}", "schema", FW_SCHEMA_SNAPSHOT,
        "event", "snapshot_end", "seq", (json_int_t)state_snap_seq(j->view),
        "since", (json_int_t)j->since, "count", (json_int_t)j->rows,
        "reset", state_snap_reset(j->view)));
}

static void
job_free(struct snap_job *j)
{
    state_snap_close(j->view);
    free(j);
}

static double
elapsed_ms(const struct timespec *t0)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    return (t.tv_sec - t0->tv_sec) * 1e3 + (t.tv_nsec - t0->tv_nsec) / 1e6;
}

/* One slice of a job: 1 when it has more, 0 when finished, FULL when the
 * client's queue is full, GONE when it failed or left. */
static int
serve(struct snapshot *sn, struct snap_job *j)
{
    int64_t seq;
    int n, rc;

    /* Never step a finished statement again: SQLite would start it over
     * and a client whose queue was full at the end got everything twice. */
    for (n = 0; n < SNAP_SLICE && !j->done; n++) {
        if (j->topic == NULL) {
            rc = state_snap_next(j->view, &j->topic, &j->msg, &seq);
            if (rc < 0)
                return GONE;
            if (rc == 0) {
                j->done = true;
                break;
            }
            j->last = seq;
        }
        if ((rc = send_row(sn, j, j->topic, j->msg)) != SENT)
            return rc;
        j->topic = j->msg = NULL;
        j->rows++;
        clock_gettime(CLOCK_MONOTONIC, &j->moved);
    }
    if (n == SNAP_SLICE)
        return 1;
    if ((rc = send_end(sn, j)) != SENT)
        return rc;
    sn->served++;
    fw_log(LOG_INFO, "snapshot: served rows=%lld since=%lld seq=%lld in "
        "%.1f ms", (long long)j->rows, (long long)j->since,
        (long long)state_snap_seq(j->view), elapsed_ms(&j->t0));
    return 0;
}

static bool
stalled(const struct snapshot *sn, const struct snap_job *j)
{
    return elapsed_ms(&j->moved) > sn->cfg->snapshot_stall * 1000.0;
}

/* Every job gets one slice; finished and failed jobs leave the list. */
static void
serve_all(struct snapshot *sn)
{
    struct snap_job **pp = &sn->jobs, *j;
    bool more = false, full = false;
    int rc;

    while ((j = *pp) != NULL) {
        rc = serve(sn, j);
        /* A client that reads nothing for snapshot_stall seconds is
         * dropped: its job holds a read view, which keeps checkpoints
         * from shrinking the WAL, and one of SNAP_MAX_JOBS places. */
        if (rc == FULL && stalled(sn, j)) {
            fw_log(LOG_WARNING, "snapshot: client read nothing for %d s "
                "after rows=%lld: dropped (a client asks again from its "
                "last row)", sn->cfg->snapshot_stall, (long long)j->rows);
        } else if (rc == 1 || rc == FULL) {
            more |= rc == 1;
            full |= rc == FULL;
            pp = &j->next;
            continue;
        } else if (rc == GONE) {
            fw_log(LOG_NOTICE, "snapshot: client left or failed after "
                "rows=%lld", (long long)j->rows);
        }
        *pp = j->next;
        sn->njobs--;
        job_free(j);
    }
    arm(sn, more ? 1 : full ? SNAP_RETRY_NS : 0);
}

static void
on_timer(struct loop_source *src, uint32_t events)
{
    struct snapshot *sn = src->ctx;

    (void)events;
    loop_timer_ack(src->fd);
    serve_all(sn);
    drain(sn);      /* sends can leave ZMQ_FD reset with requests queued */
}

static void
refuse(struct snapshot *sn, struct snap_job *j, const char *reason)
{
    fw_log(LOG_NOTICE, "snapshot: refused request: %s", reason);
    send_json(sn, j, FW_TOPIC_SNAPSHOT_ERROR, json_pack("{s:s, s:s, s:s}",
        "schema", FW_SCHEMA_SNAPSHOT, "event", "snapshot_error",
        "reason", reason));
}

/* frames: the request after the routing id (an empty REQ delimiter
 * skipped); a valid one becomes a job, anything else gets an error. */
static void
start_job(struct snapshot *sn, struct snap_job *j, zmq_msg_t *f, int nf)
{
    char prefix[4096], num[32], *end;
    size_t n;

    if (nf > 0 && zmq_msg_size(&f[0]) == 0) {
        f++;
        nf--;
    }
    if (nf != 3 || zmq_msg_size(&f[0]) != strlen(FW_SNAPSHOT_REQUEST) ||
        memcmp(zmq_msg_data(&f[0]), FW_SNAPSHOT_REQUEST,
            strlen(FW_SNAPSHOT_REQUEST)) != 0 ||
        (n = zmq_msg_size(&f[1])) >= sizeof prefix ||
        zmq_msg_size(&f[2]) == 0 || zmq_msg_size(&f[2]) >= sizeof num) {
        refuse(sn, j, "bad request: expected " FW_SNAPSHOT_REQUEST
            ", a path prefix and a since-seq");
        free(j);
        return;
    }
    memcpy(prefix, zmq_msg_data(&f[1]), n);
    prefix[n] = '\0';
    memcpy(num, zmq_msg_data(&f[2]), zmq_msg_size(&f[2]));
    num[zmq_msg_size(&f[2])] = '\0';
    errno = 0;
    j->since = strtoll(num, &end, 10);
    if (errno || *end || j->since < 0 || num[0] < '0' || num[0] > '9') {
        refuse(sn, j, "bad request: since is not a seq");
        free(j);
    } else if (sn->njobs >= SNAP_MAX_JOBS) {
        refuse(sn, j, "busy: too many snapshots in progress, retry");
        free(j);
    } else if ((j->view = state_snap_open(sn->st, prefix, j->since)) == NULL) {
        refuse(sn, j, "cannot read the state");
        free(j);
    } else {
        clock_gettime(CLOCK_MONOTONIC, &j->t0);
        j->moved = j->t0;
        log_debug("snapshot: request prefix=%s since=%lld seq=%lld", prefix,
            (long long)j->since, (long long)state_snap_seq(j->view));
        j->next = sn->jobs;
        sn->jobs = j;
        sn->njobs++;
        arm(sn, 1);
    }
}

/* Read one whole message: the routing id, then up to SNAP_MAX_FRAMES
 * frames; a longer message is read to its end and refused. */
static void
read_request(struct snapshot *sn)
{
    zmq_msg_t f[SNAP_MAX_FRAMES], extra;
    struct snap_job *j = calloc(1, sizeof *j);
    int n = 0, i, rc, more = 0, toomany = 0;
    size_t mlen = sizeof more;

    if (j == NULL)
        return;
    rc = zmq_recv(sn->sock, j->id, sizeof j->id, ZMQ_DONTWAIT);
    if (rc < 0 || (size_t)rc > sizeof j->id) {
        free(j);            /* EAGAIN: a spurious wakeup */
        return;
    }
    j->idlen = (size_t)rc;
    zmq_getsockopt(sn->sock, ZMQ_RCVMORE, &more, &mlen);
    for (; more && n < SNAP_MAX_FRAMES; n++) {
        zmq_msg_init(&f[n]);
        if (zmq_msg_recv(&f[n], sn->sock, 0) < 0)
            break;
        more = zmq_msg_more(&f[n]);
    }
    while (more) {
        toomany = 1;
        zmq_msg_init(&extra);
        more = zmq_msg_recv(&extra, sn->sock, 0) >= 0 && zmq_msg_more(&extra);
        zmq_msg_close(&extra);
    }
    start_job(sn, j, f, toomany ? SNAP_MAX_FRAMES + 1 : n);
    for (i = 0; i < n; i++)
        zmq_msg_close(&f[i]);
}

/* ZMQ_FD only signals a change: read until ZMQ_EVENTS has no POLLIN. */
static void
drain(struct snapshot *sn)
{
    int ev;
    size_t len = sizeof ev;

    while (zmq_getsockopt(sn->sock, ZMQ_EVENTS, &ev, &len) == 0 &&
        (ev & ZMQ_POLLIN))
        read_request(sn);
}

static void
on_sock(struct loop_source *src, uint32_t events)
{
    (void)events;
    drain(src->ctx);
}

/* A busy address (EADDRINUSE) is the caller's to report when it retries
 * (snapshot_bind after snapshot_unbind). */
static int
bind_again(struct snapshot *sn, bool retrying)
{
    int e;

    if (sn->bound)
        return 0;
    if (zmq_bind(sn->sock, sn->ep) < 0) {
        e = errno;
        if (!retrying || e != EADDRINUSE)
            fw_log(LOG_ERR, "snapshot: cannot bind endpoint=%s: %s", sn->ep,
                zmq_strerror(e));
        errno = e;
        return -1;
    }
    sn->bound = true;
    fw_log(LOG_INFO, "snapshot: bound endpoint=%s", sn->ep);
    return 0;
}

int
snapshot_bind(struct snapshot *sn)
{
    return bind_again(sn, true);
}

void
snapshot_unbind(struct snapshot *sn)
{
    if (!sn->bound)
        return;
    if (zmq_unbind(sn->sock, sn->ep) == 0)
        sn->bound = false;
    else
        fw_log(LOG_WARNING, "snapshot: cannot unbind endpoint=%s: %s: its "
            "connections stay", sn->ep, zmq_strerror(errno));
}

static int
bind_endpoint(struct snapshot *sn, const struct fw_config *c)
{
    char *ep = sn->ep, err[512];
    int one = 1, hwm = SNAP_HWM, linger = 0;

    snprintf(ep, sizeof sn->ep, "%s", c->snapshot_bind);
    if (ep[0] == '\0' && (c->nbinds == 0 ||
            endpoint_snapshot(c->binds[0], ep, sizeof sn->ep) < 0)) {
        fw_log(LOG_ERR, "snapshot: no endpoint next to bind=%s; set "
            "snapshot_bind (or none)", c->nbinds ? c->binds[0] : "");
        return -1;
    }
    zmq_setsockopt(sn->sock, ZMQ_ROUTER_MANDATORY, &one, sizeof one);
    zmq_setsockopt(sn->sock, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(sn->sock, ZMQ_LINGER, &linger, sizeof linger);
    if (c->curve_secret[0] &&
        curve_server(sn->sock, c->curve_secret, err, sizeof err) < 0) {
        fw_log(LOG_ERR, "snapshot: %s", err);
        return -1;
    }
    if (c->nats_url[0] && zmq_bind(sn->sock, FW_NATS_SNAP_EP) < 0) {
        fw_log(LOG_ERR, "snapshot: cannot bind endpoint=%s: %s",
            FW_NATS_SNAP_EP, zmq_strerror(errno));
        return -1;
    }
    return bind_again(sn, false);
}

/* "key":"value", for splicing into a stored message. */
static char *
member(const char *key, const char *value)
{
    json_t *s = json_string(value);
    char *q = s ? json_dumps(s, JSON_ENCODE_ANY) : NULL, *out = NULL;

    if (q && asprintf(&out, "\"%s\":%s,", key, q) < 0)
        out = NULL;
    free(q);
    json_decref(s);
    return out;
}

struct snapshot *
snapshot_open(void *zctx, struct loop *l, struct state *st,
    const struct fw_config *c)
{
    struct snapshot *sn = calloc(1, sizeof *sn);
    size_t len = sizeof sn->sock_src.fd;

    if (sn == NULL)
        return NULL;
    sn->loop = l;
    sn->st = st;
    sn->cfg = c;
    sn->timer_src = (struct loop_source){-1, on_timer, sn};
    sn->sock_src = (struct loop_source){-1, on_sock, sn};
    if ((c->source_id[0] && (sn->source = member("source_id",
            c->source_id)) == NULL) ||
        (sn->epoch = member("epoch", state_epoch(st))) == NULL)
        goto fail;
    if ((sn->sock = zmq_socket(zctx, ZMQ_ROUTER)) == NULL ||
        bind_endpoint(sn, c) < 0)
        goto fail;
    if (zmq_getsockopt(sn->sock, ZMQ_FD, &sn->sock_src.fd, &len) < 0 ||
        (sn->timer_src.fd = loop_timer_new()) < 0 ||
        loop_add(l, &sn->sock_src, EPOLLIN) < 0 ||
        loop_add(l, &sn->timer_src, EPOLLIN) < 0) {
        fw_log(LOG_ERR, "snapshot: cannot add to the loop: %s",
            strerror(errno));
        goto fail;
    }
    return sn;
fail:
    snapshot_close(sn);
    return NULL;
}

void
snapshot_close(struct snapshot *sn)
{
    struct snap_job *j;

    if (sn == NULL)
        return;
    while ((j = sn->jobs) != NULL) {
        sn->jobs = j->next;
        job_free(j);
    }
    if (sn->timer_src.fd >= 0) {
        loop_del(sn->loop, &sn->timer_src);
        close(sn->timer_src.fd);
    }
    if (sn->sock) {
        if (sn->sock_src.fd >= 0)
            loop_del(sn->loop, &sn->sock_src);
        zmq_close(sn->sock);
    }
    free(sn->source);
    free(sn->epoch);
    free(sn);
}

uint64_t
snapshot_served(const struct snapshot *sn)
{
    return sn ? sn->served : 0;
}
