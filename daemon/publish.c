/* SPDX-License-Identifier: MIT */
/* publish.c - the PUB socket: topic + JSON frames, never blocking the loop. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zmq.h>

#include "article.h"
#include "curve.h"
#include "factwatchd.h"
#include "message.h"
#include "nats_feed.h"

struct pub {
    void    *sock;
    unsigned bound;             /* bit i: c->binds[i] is bound */
    char     source_id[256];    /* added to every message; "" = none */
    char     epoch[32];         /* the state's, added too; "" = none */
    uint64_t sent;
    uint64_t dropped;
};

/* connects: space-separated endpoints, each a proxy's XSUB. Options are
 * taken per endpoint when it is bound or connected, so the same socket is
 * a client of the proxy here (plain, or CURVE with connect_server_key)
 * and a CURVE server on the binds that follow. */
static int
pub_connect(struct pub *p, const struct fw_config *c)
{
    char buf[sizeof c->connects], *ep, *save = NULL, err[512];

    if (c->connect_server_key[0] && curve_client(p->sock,
            c->connect_server_key, c->curve_secret, err, sizeof err) < 0) {
        fw_log(LOG_ERR, "publish: %s", err);
        return -1;
    }
    snprintf(buf, sizeof buf, "%s", c->connects);
    for (ep = strtok_r(buf, " \t", &save); ep;
         ep = strtok_r(NULL, " \t", &save)) {
        if (zmq_connect(p->sock, ep) < 0) {
            fw_log(LOG_ERR, "publish: cannot connect endpoint=%s: %s", ep,
                zmq_strerror(errno));
            return -1;
        }
        fw_log(LOG_INFO, "publish: connecting endpoint=%s", ep);
    }
    return 0;
}

/* Bind each of c->binds not bound yet. A busy address (EADDRINUSE) is
 * the caller's to report when it retries (pub_bind after pub_unbind). */
static int
bind_all(struct pub *p, const struct fw_config *c, bool retrying)
{
    int i, e;

    for (i = 0; i < c->nbinds; i++) {
        if (p->bound & (1u << i))
            continue;
        if (zmq_bind(p->sock, c->binds[i]) < 0) {
            e = errno;
            if (!retrying || e != EADDRINUSE)
                fw_log(LOG_ERR, "publish: cannot bind endpoint=%s: %s",
                    c->binds[i], zmq_strerror(e));
            errno = e;
            return -1;
        }
        p->bound |= 1u << i;
        fw_log(LOG_INFO, "publish: bound endpoint=%s", c->binds[i]);
    }
    return 0;
}

int
pub_bind(struct pub *p, const struct fw_config *c)
{
    char err[512];

    /* A bind takes the socket's options of the moment, and pub_connect
     * left them a CURVE client's (of the proxies): a server's again. */
    if (c->curve_secret[0] &&
        curve_server(p->sock, c->curve_secret, err, sizeof err) < 0) {
        fw_log(LOG_ERR, "publish: %s", err);
        errno = EINVAL;
        return -1;
    }
    return bind_all(p, c, true);
}

void
pub_unbind(struct pub *p, const struct fw_config *c)
{
    int i;

    for (i = 0; i < c->nbinds; i++) {
        if (!(p->bound & (1u << i)))
            continue;
        if (zmq_unbind(p->sock, c->binds[i]) == 0)
            p->bound &= ~(1u << i);
        else
            fw_log(LOG_WARNING, "publish: cannot unbind endpoint=%s: %s: "
                "its connections stay", c->binds[i], zmq_strerror(errno));
    }
}

struct pub *
pub_open(void *zctx, const struct fw_config *c)
{
    struct pub *p = calloc(1, sizeof *p);
    int linger = FW_PUB_LINGER_MS, hwm = c->hwm;
    char err[512];

    if (p == NULL)
        return NULL;
    p->sock = zmq_socket(zctx, ZMQ_PUB);
    if (p->sock == NULL) {
        fw_log(LOG_ERR, "publish: zmq_socket: %s", zmq_strerror(errno));
        free(p);
        return NULL;
    }
    zmq_setsockopt(p->sock, ZMQ_SNDHWM, &hwm, sizeof hwm);
    zmq_setsockopt(p->sock, ZMQ_LINGER, &linger, sizeof linger);
    snprintf(p->source_id, sizeof p->source_id, "%s", c->source_id);
    /* Connects first: made after curve_server, a plain connect to a
     * local proxy (no connect_server_key) was a CURVE server, and its
     * NULL handshake would carry our ZAP domain, which libzmq cannot
     * clear: the proxy got nothing, and nothing said why. */
    if (pub_connect(p, c) < 0) {
        pub_close(p);
        return NULL;
    }
    if (c->curve_secret[0] &&
        curve_server(p->sock, c->curve_secret, err, sizeof err) < 0) {
        fw_log(LOG_ERR, "publish: %s", err);
        pub_close(p);
        return NULL;
    }
    if (bind_all(p, c, false) < 0) {
        pub_close(p);
        return NULL;
    }
    if (c->nats_url[0] && zmq_bind(p->sock, FW_NATS_PUB_EP) < 0) {
        fw_log(LOG_ERR, "publish: cannot bind endpoint=%s: %s",
            FW_NATS_PUB_EP, zmq_strerror(errno));
        pub_close(p);
        return NULL;
    }
    return p;
}

void
pub_close(struct pub *p)
{
    if (p == NULL)
        return;
    zmq_close(p->sock);
    free(p);
}

/* A PUB socket drops for a slow subscriber at its high-water mark without
 * telling us, and libzmq counts nothing per subscriber: that subscriber
 * sees the gap in seq (factwatch-sub counts it and repairs it from the
 * snapshot). An XPUB with ZMQ_XPUB_NODROP would report a full queue, but
 * either holds every subscriber back for the slowest or, once a message
 * is sent past it, stops looking at that queue. What is counted here is
 * a message ZeroMQ would not take at all. */
int
pub_send_raw(struct pub *p, const char *topic, const char *body, size_t len)
{
    if (zmq_send(p->sock, topic, strlen(topic), ZMQ_SNDMORE | ZMQ_DONTWAIT) >= 0
        && zmq_send(p->sock, body, len, ZMQ_DONTWAIT) >= 0) {
        p->sent++;
        return 0;
    }
    p->dropped++;
    fw_log(LOG_WARNING, "publish: dropped topic=%s: %s", topic,
        zmq_strerror(errno));
    return -1;
}

const char *
pub_source_id(const struct pub *p)
{
    return p->source_id;
}

void
pub_set_epoch(struct pub *p, const char *epoch)
{
    snprintf(p->epoch, sizeof p->epoch, "%s", epoch);
}

/* Per-source sequences behind a proxy: the subscriber keys on source_id,
 * and on epoch to tell a state that started over. */
void
pub_stamp(const struct pub *p, json_t *msg)
{
    if (p->source_id[0] && json_object_get(msg, "source_id") == NULL)
        json_object_set_new(msg, "source_id", json_string(p->source_id));
    if (p->epoch[0] && json_object_get(msg, "epoch") == NULL)
        json_object_set_new(msg, "epoch", json_string(p->epoch));
}

int
pub_send(struct pub *p, const char *topic, json_t *msg)
{
    char *body;
    int rc = -1;

    pub_stamp(p, msg);
    body = json_dumps(msg, JSON_COMPACT);

    if (body == NULL) {
        fw_log(LOG_ERR, "publish: cannot encode message topic=%s", topic);
        p->dropped++;
        return -1;
    }
    rc = pub_send_raw(p, topic, body, strlen(body));
    free(body);
    return rc;
}

char *
pub_error_text(const struct pub *p, const char *path, const char *reason)
{
    char now[32], *text;
    struct timespec ts;
    json_t *m;

    clock_gettime(CLOCK_REALTIME, &ts);
    article_rfc3339((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec, now,
        sizeof now);
    m = json_pack("{s:s, s:s, s:s, s:o*, s:s}", "schema", FW_SCHEMA_ERROR,
        "event", "error", "published_at", now, "path",
        path ? article_path_json(path) : NULL, "reason", reason);
    if (m == NULL)
        return NULL;
    pub_stamp(p, m);
    text = json_dumps(m, JSON_COMPACT);
    json_decref(m);
    return text;
}

void
pub_error(struct pub *p, const char *path, const char *reason)
{
    char *text = pub_error_text(p, path, reason);

    if (text == NULL) {
        fw_log(LOG_ERR, "publish: cannot encode an error message");
        p->dropped++;
        return;
    }
    pub_send_raw(p, FW_TOPIC_ERROR, text, strlen(text));
    free(text);
}

uint64_t
pub_dropped(const struct pub *p)
{
    return p->dropped;
}

uint64_t
pub_sent(const struct pub *p)
{
    return p->sent;
}
