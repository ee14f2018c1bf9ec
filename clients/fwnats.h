/* SPDX-License-Identifier: MIT */
/* fwnats.h - JetStream for the bridge, factwatch-sub and the daemon: publish exactly once, replay. */
#ifndef FW_FWNATS_H
#define FW_FWNATS_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <nats/nats.h>

#include "fwsub.h"

/* stop flags are set from signal handlers: only lock-free atomics may be */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "atomic_int is not lock-free");

/* The libnats calls we make. The clients link libnats and use
 * fwnats_linked(); the daemon loads it with dlopen() only when --nats is
 * given (daemon/nats_lib.c), so a daemon without it maps neither libnats
 * nor the libssl and libcrypto it links. */
#define FWNATS_CALLS(X) \
    X(natsOptions_Create) X(natsOptions_SetURL) X(natsOptions_SetMaxReconnect) \
    X(natsOptions_SetReconnectWait) X(natsOptions_SetTimeout) \
    X(natsOptions_SetRetryOnFailedConnect) X(natsOptions_Destroy) \
    X(natsConnection_Connect) X(natsConnection_JetStream) X(jsOptions_Init) \
    X(natsConnection_Destroy) X(natsStatus_GetText) X(jsCtx_Destroy) \
    X(js_GetStreamInfo) X(jsStreamInfo_Destroy) X(jsStreamConfig_Init) \
    X(js_AddStream) X(jsPubOptions_Init) X(js_Publish) X(jsPubAck_Destroy) \
    X(jsSubOptions_Init) X(js_SubscribeSync) X(natsSubscription_NextMsg) \
    X(natsSubscription_Destroy) X(natsMsg_GetData) X(natsMsg_GetDataLength) \
    X(natsMsg_GetSubject) X(natsMsg_Destroy) X(nats_Close)

struct fwnats_api {
#define FWNATS_SLOT(f) __typeof__(f) *f;
    FWNATS_CALLS(FWNATS_SLOT)
#undef FWNATS_SLOT
};

/* The table of the linked library (clients/fwnats_linked.c). */
const struct fwnats_api *fwnats_linked(void);

struct fwnats {
    const struct fwnats_api *api;
    const char     *url;            /* nats://127.0.0.1:4222 */
    const char     *stream;         /* FACTWATCH */
    const char     *subject;        /* subjects are SUBJECT.TOPIC */
    int64_t         dup_window_s;   /* the stream's duplicate window */
    bool            wait_for_server; /* connect in the background when the
                                        server is not there yet */
    const atomic_int *stop;         /* set by another thread or a signal */
    void          (*say)(const char *line);  /* errors and retries */
    natsConnection *nc;
    jsCtx          *js;
};

/* Connect (reconnecting for ever once connected): NATS_OK or the
 * status; a server that is not there is an error unless
 * wait_for_server. */
natsStatus fwnats_open(struct fwnats *n);
void       fwnats_close(struct fwnats *n);
/* Create the stream when it is missing (file storage, the duplicate
 * window); 0, or -1 said. */
int        fwnats_ensure_stream(struct fwnats *n);
/* Publish one article message until JetStream acknowledges it (a copy
 * it already has comes back a duplicate: *dups) or *stop: 0, or -1
 * when stopped. Nats-Msg-Id is source_id:epoch:seq. */
int        fwnats_publish(struct fwnats *n, const struct fwsub_msg *m,
                          uint64_t *dups);

/* Where a replay starts: the stream's sequence, or a time. */
struct fwnats_from {
    uint64_t seq;           /* >= 1 */
    int64_t  time_ns;       /* UTC; 0 = by seq */
};
/* Parse an RFC 3339 time ("2026-11-25T10:00:00Z", offsets too) or a
 * date (midnight UTC) into *ns: 0, or -1. */
int        fwnats_parse_time(const char *v, int64_t *ns);
/* Deliver the stream's messages from *from to each(arg, topic, body,
 * len) (topic: the subject less SUBJECT.) until count messages (0: no
 * limit), *stop, each() < 0, or quiet_ms without a message (0: wait for
 * ever). The number delivered, or -1 said. */
long       fwnats_replay(struct fwnats *n, const struct fwnats_from *from,
                         long count, long quiet_ms,
                         int (*each)(void *arg, const char *topic,
                                     const char *body, size_t len),
                         void *arg);

#endif
