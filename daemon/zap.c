/* SPDX-License-Identifier: MIT */
/* zap.c - the ZAP handler: admit CURVE clients whose public key is in the allow folder. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>

#include <zmq.h>

#include "curve.h"
#include "factwatchd.h"

/*
 * libzmq asks the socket bound at inproc://zeromq.zap.01 about every CURVE
 * handshake on every socket of the context (RFC 27). Without a handler a
 * CURVE server admits anyone who knows its public key, so main.c opens
 * this before any bind. The requests come from ZeroMQ's I/O thread and
 * wait for our reply, so answering them from the loop stalls only the
 * handshake, never the daemon.
 */
#define ZAP_ENDPOINT "inproc://zeromq.zap.01"
#define ZAP_FRAMES   7      /* version .. credentials (one for CURVE) */

struct zap {
    void              *sock;
    struct loop       *loop;
    char               dir[4096];
    uint8_t          (*keys)[32];
    size_t             nkeys;
    struct loop_source src;
    uint64_t           admitted, refused;
};

static int
has_suffix(const char *s, const char *sfx)
{
    size_t n = strlen(s), m = strlen(sfx);

    return n > m && strcmp(s + n - m, sfx) == 0;
}

/* Every NAME.pub in the folder; a bad file is logged and skipped. */
static int
load_keys(const char *dir, uint8_t (**keys)[32], size_t *nkeys)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    uint8_t (*v)[32] = NULL, (*p)[32];
    size_t n = 0;
    char path[8192], z85[CURVE_Z85_LEN + 1], err[512];

    if (d == NULL) {
        fw_log(LOG_ERR, "zap: cannot read key folder path=%s: %s", dir,
            strerror(errno));
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !has_suffix(e->d_name, ".pub"))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (curve_read_key(path, z85, err, sizeof err) < 0) {
            fw_log(LOG_WARNING, "zap: skipping key: %s", err);
            continue;
        }
        if ((p = realloc(v, (n + 1) * sizeof *v)) == NULL)
            break;
        v = p;
        zmq_z85_decode(v[n++], z85);
    }
    closedir(d);
    free(*keys);
    *keys = v;
    *nkeys = n;
    return 0;
}

static bool
admitted(const struct zap *z, zmq_msg_t *mech, zmq_msg_t *key)
{
    size_t i;

    if (zmq_msg_size(mech) != 5 || memcmp(zmq_msg_data(mech), "CURVE", 5) ||
        zmq_msg_size(key) != 32)
        return false;
    for (i = 0; i < z->nkeys; i++)
        if (memcmp(z->keys[i], zmq_msg_data(key), 32) == 0)
            return true;
    return false;
}

static void
reply(struct zap *z, zmq_msg_t *request_id, bool ok)
{
    zmq_send(z->sock, "1.0", 3, ZMQ_SNDMORE);
    zmq_msg_send(request_id, z->sock, ZMQ_SNDMORE);
    zmq_send(z->sock, ok ? "200" : "400", 3, ZMQ_SNDMORE);
    zmq_send(z->sock, ok ? "OK" : "key not admitted", ok ? 2 : 16,
        ZMQ_SNDMORE);
    zmq_send(z->sock, "", 0, ZMQ_SNDMORE);      /* user id */
    zmq_send(z->sock, "", 0, 0);                /* metadata */
}

/* One request: version, request id, domain, address, routing id,
 * mechanism, credentials (the client's 32-byte public key). */
static void
handle_one(struct zap *z)
{
    zmq_msg_t f[ZAP_FRAMES + 1];
    int n = 0, i, more = 1;
    char key[CURVE_Z85_LEN + 1] = "?", addr[64] = "?";
    bool ok;

    for (n = 0; more && n <= ZAP_FRAMES; n++) {
        zmq_msg_init(&f[n]);
        if (zmq_msg_recv(&f[n], z->sock, n ? 0 : ZMQ_DONTWAIT) < 0) {
            zmq_msg_close(&f[n]);
            break;
        }
        more = zmq_msg_more(&f[n]);
    }
    if (n >= 2) {
        ok = n == ZAP_FRAMES && admitted(z, &f[5], &f[6]);
        if (n == ZAP_FRAMES && zmq_msg_size(&f[6]) == 32)
            zmq_z85_encode(key, zmq_msg_data(&f[6]), 32);
        if (n > 3)
            snprintf(addr, sizeof addr, "%.*s", (int)zmq_msg_size(&f[3]),
                (const char *)zmq_msg_data(&f[3]));
        if (ok) {
            z->admitted++;
            log_debug("zap: admitted key=%s address=%s", key, addr);
        } else {
            z->refused++;
            fw_log(LOG_NOTICE, "zap: refused key=%s address=%s", key, addr);
        }
        reply(z, &f[1], ok);
    }
    for (i = 0; i < n; i++)
        zmq_msg_close(&f[i]);
}

static void
on_zap(struct loop_source *src, uint32_t events)
{
    struct zap *z = src->ctx;
    int ev;
    size_t len = sizeof ev;

    (void)events;
    while (zmq_getsockopt(z->sock, ZMQ_EVENTS, &ev, &len) == 0 &&
        (ev & ZMQ_POLLIN))
        handle_one(z);
}

struct zap *
zap_open(void *zctx, struct loop *l, const char *dir)
{
    struct zap *z = calloc(1, sizeof *z);
    size_t len = sizeof z->src.fd;
    int linger = 0;

    if (z == NULL)
        return NULL;
    z->loop = l;
    z->src = (struct loop_source){-1, on_zap, z};
    snprintf(z->dir, sizeof z->dir, "%s", dir);
    if (load_keys(dir, &z->keys, &z->nkeys) < 0)
        goto fail;
    if ((z->sock = zmq_socket(zctx, ZMQ_REP)) == NULL ||
        zmq_setsockopt(z->sock, ZMQ_LINGER, &linger, sizeof linger) < 0 ||
        zmq_bind(z->sock, ZAP_ENDPOINT) < 0 ||
        zmq_getsockopt(z->sock, ZMQ_FD, &z->src.fd, &len) < 0 ||
        loop_add(l, &z->src, EPOLLIN) < 0) {
        fw_log(LOG_ERR, "zap: cannot start the handler: %s",
            zmq_strerror(errno));
        goto fail;
    }
    fw_log(LOG_INFO, "zap: admitting %zu CURVE keys from path=%s", z->nkeys,
        dir);
    return z;
fail:
    zap_close(z);
    return NULL;
}

void
zap_close(struct zap *z)
{
    if (z == NULL)
        return;
    if (z->src.fd >= 0)
        loop_del(z->loop, &z->src);
    if (z->sock)
        zmq_close(z->sock);
    free(z->keys);
    free(z);
}

/* Whether a key of old[] is missing from keys[]. */
static bool
revoked(uint8_t (*keys)[32], size_t n, uint8_t (*old)[32], size_t nold)
{
    size_t i, k;

    for (i = 0; i < nold; i++) {
        for (k = 0; k < n && memcmp(old[i], keys[k], 32) != 0; k++)
            ;
        if (k == n)
            return true;
    }
    return false;
}

int
zap_reload(struct zap *z)
{
    uint8_t (*keys)[32] = NULL;
    size_t n = 0;
    bool gone;

    if (load_keys(z->dir, &keys, &n) < 0)
        return -1;          /* the old list stays */
    gone = revoked(keys, n, z->keys, z->nkeys);
    free(z->keys);
    z->keys = keys;
    z->nkeys = n;
    fw_log(LOG_INFO, "zap: admitting %zu CURVE keys from path=%s", z->nkeys,
        z->dir);
    return gone;
}
