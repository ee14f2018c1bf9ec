/* SPDX-License-Identifier: MIT */
/* fwnats.c - JetStream for the bridge, factwatch-sub and the daemon: publish exactly once, replay. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fwnats.h"

#define RETRY_MIN_MS 100
#define RETRY_MAX_MS 2000
#define PUBLISH_WAIT_MS 1000    /* for an ack; a stop is seen this soon */
#define REPLAY_SLICE_MS 250     /* a replay looks at *stop this often */
#define API_WAIT_MS 1000        /* for stream info and creation, not 5 s */

static void
say(const struct fwnats *n, const char *fmt, ...)
{
    char line[600];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    n->say(line);
}

static bool
stopped(const struct fwnats *n)
{
    return n->stop && *n->stop;
}

/* Given, so a connect to a server not up yet returns at once. */
static void
connected(natsConnection *nc, void *closure)
{
    (void)nc;
    (void)closure;
}

/* Once connected, reconnect for ever: a server restart must not end the
 * stream. wait_for_server: a server not there yet is connected to in
 * the background (NATS_NOT_YET_CONNECTED is success). */
natsStatus
fwnats_open(struct fwnats *n)
{
    const struct fwnats_api *a = n->api;
    natsOptions *no = NULL;
    jsOptions jo;
    natsStatus s;

    if ((s = a->natsOptions_Create(&no)) == NATS_OK &&
        (s = a->natsOptions_SetURL(no, n->url)) == NATS_OK &&
        (s = a->natsOptions_SetMaxReconnect(no, -1)) == NATS_OK &&
        (s = a->natsOptions_SetReconnectWait(no, 100)) == NATS_OK &&
        (s = a->natsOptions_SetTimeout(no, 2000)) == NATS_OK &&
        (!n->wait_for_server || (s = a->natsOptions_SetRetryOnFailedConnect(
            no, true, connected, NULL)) == NATS_OK)) {
        s = a->natsConnection_Connect(&n->nc, no);
        if (s == NATS_NOT_YET_CONNECTED && n->wait_for_server)
            s = NATS_OK;
        if (s == NATS_OK && (s = a->jsOptions_Init(&jo)) == NATS_OK) {
            jo.Wait = API_WAIT_MS;
            s = a->natsConnection_JetStream(&n->js, n->nc, &jo);
        }
    }
    a->natsOptions_Destroy(no);
    return s;
}

void
fwnats_close(struct fwnats *n)
{
    if (n->js)
        n->api->jsCtx_Destroy(n->js);
    if (n->nc)
        n->api->natsConnection_Destroy(n->nc);
    n->js = NULL;
    n->nc = NULL;
}

int
fwnats_ensure_stream(struct fwnats *n)
{
    const struct fwnats_api *a = n->api;
    jsStreamInfo *si = NULL;
    jsStreamConfig cfg;
    jsErrCode jerr = 0;
    char subj[256];
    const char *subjects[1] = {subj};
    natsStatus s = a->js_GetStreamInfo(&si, n->js, n->stream, NULL, &jerr);

    if (s == NATS_OK) {
        a->jsStreamInfo_Destroy(si);
        return 0;
    }
    snprintf(subj, sizeof subj, "%s.>", n->subject);
    a->jsStreamConfig_Init(&cfg);
    cfg.Name = n->stream;
    cfg.Subjects = subjects;
    cfg.SubjectsLen = 1;
    cfg.Storage = js_FileStorage;
    cfg.Duplicates = n->dup_window_s * 1000000000LL;
    si = NULL;
    s = a->js_AddStream(&si, n->js, &cfg, NULL, &jerr);
    a->jsStreamInfo_Destroy(si);
    if (s == NATS_OK || jerr == JSStreamNameExistErr)
        return 0;
    say(n, "cannot create the stream %s: %s (%d)", n->stream,
        a->natsStatus_GetText(s), (int)jerr);
    return -1;
}

/* A summary over the server's max_payload (1 MB by default; a long
 * article with many facts) can never be stored, and retrying it would
 * stop the stream for good: its place (same subject and message ID) gets
 * the summary's identity and the reason instead, so a consumer sees no
 * gap and knows to ask the daemon's snapshot for it. */
static int
publish_stub(struct fwnats *n, const char *subj, const struct fwsub_msg *m,
             jsPubOptions *po)
{
    static const char *const keep[] = {"schema", "seq", "source_id",
        "epoch", "event", "source", "published_at"};
    const struct fwnats_api *a = n->api;
    json_t *stub = json_object();
    jsPubAck *pa = NULL;
    jsErrCode jerr = 0;
    natsStatus s = NATS_NO_MEMORY;
    char *text = NULL, why[160];
    size_t k;

    for (k = 0; stub && k < sizeof keep / sizeof *keep; k++) {
        json_t *v = json_object_get(m->json, keep[k]);
        if (v)
            json_object_set(stub, keep[k], v);
    }
    snprintf(why, sizeof why, "summary of %zu bytes is over the NATS "
        "server's max_payload", m->len);
    if (stub && json_object_set_new(stub, "error", json_string(why)) == 0 &&
        (text = json_dumps(stub, JSON_COMPACT)) != NULL)
        s = a->js_Publish(&pa, n->js, subj, text, (int)strlen(text), po,
            &jerr);
    say(n, "publish %s: %s: %s", po->MsgId, why, s == NATS_OK ?
        "a stub with its path took its place" : a->natsStatus_GetText(s));
    if (pa)
        a->jsPubAck_Destroy(pa);
    free(text);
    json_decref(stub);
    return s == NATS_OK ? 0 : 1;        /* 1: try the stub again */
}

/* source_id:epoch:seq, or source_id:seq from a daemon without epochs.
 * The epoch keeps a replaced state's seq 1 from being taken for the old
 * state's seq 1, which JetStream would drop as a duplicate. */
static void
msg_id(char *id, size_t len, const struct fwsub_msg *m)
{
    if (m->epoch[0])
        snprintf(id, len, "%s:%s:%" PRId64, m->source, m->epoch, m->seq);
    else
        snprintf(id, len, "%s:%" PRId64, m->source, m->seq);
}

int
fwnats_publish(struct fwnats *n, const struct fwsub_msg *m, uint64_t *dups)
{
    const struct fwnats_api *a = n->api;
    char subj[300], id[400];
    jsPubOptions po;
    jsPubAck *pa = NULL;
    jsErrCode jerr = 0;
    natsStatus s;
    int wait = RETRY_MIN_MS, tries = 0;

    snprintf(subj, sizeof subj, "%s.%s", n->subject, m->topic);
    msg_id(id, sizeof id, m);
    a->jsPubOptions_Init(&po);
    po.MsgId = id;
    po.MaxWait = PUBLISH_WAIT_MS;
    while (!stopped(n)) {
        s = a->js_Publish(&pa, n->js, subj, m->body, (int)m->len, &po, &jerr);
        if (s == NATS_MAX_PAYLOAD && m->json && !publish_stub(n, subj, m, &po))
            return 0;
        if (s == NATS_OK) {
            *dups += pa->Duplicate;
            a->jsPubAck_Destroy(pa);
            return 0;
        }
        /* nobody answers the subject: the stream was deleted under us */
        if (s == NATS_NO_RESPONDERS || jerr == JSStreamNotFoundErr)
            fwnats_ensure_stream(n);
        /* the first failure and then one in 30: a server down for an
         * hour is not 2,000 lines */
        if (tries++ % 30 == 0)
            say(n, "publish %s: %s (%d), retrying", id,
                a->natsStatus_GetText(s), (int)jerr);
        usleep((useconds_t)wait * 1000);
        wait = wait * 2 > RETRY_MAX_MS ? RETRY_MAX_MS : wait * 2;
    }
    return -1;
}

int
fwnats_parse_time(const char *v, int64_t *ns)
{
    struct tm tm = {0};
    const char *end;
    int off = 0, oh, om;

    if ((end = strptime(v, "%Y-%m-%d", &tm)) == NULL)
        return -1;
    if (*end == 'T' || *end == ' ') {
        if ((end = strptime(end + 1, "%H:%M:%S", &tm)) == NULL)
            return -1;
        if (*end == 'Z' || *end == 'z')
            end++;
        else if ((*end == '+' || *end == '-') &&
                 sscanf(end + 1, "%2d:%2d", &oh, &om) == 2 &&
                 strlen(end) == 6) {
            off = (oh * 60 + om) * 60 * (*end == '-' ? -1 : 1);
            end += 6;
        }
    }
    if (*end != '\0')
        return -1;
    *ns = ((int64_t)timegm(&tm) - off) * 1000000000LL;
    return 0;
}

static int
subscribe(struct fwnats *n, const struct fwnats_from *from,
          natsSubscription **sub)
{
    const struct fwnats_api *a = n->api;
    jsSubOptions so;
    jsErrCode jerr = 0;
    char subj[256];
    natsStatus s;

    snprintf(subj, sizeof subj, "%s.>", n->subject);
    a->jsSubOptions_Init(&so);
    so.Stream = n->stream;
    so.Ordered = true;
    if (from->time_ns) {
        so.Config.DeliverPolicy = js_DeliverByStartTime;
        so.Config.OptStartTime = from->time_ns;
    } else {
        so.Config.DeliverPolicy = js_DeliverByStartSequence;
        so.Config.OptStartSeq = from->seq;
    }
    s = a->js_SubscribeSync(sub, n->js, subj, NULL, &so, &jerr);
    if (s == NATS_OK)
        return 0;
    say(n, "cannot replay the stream %s: %s (%d)", n->stream,
        a->natsStatus_GetText(s), (int)jerr);
    return -1;
}

long
fwnats_replay(struct fwnats *n, const struct fwnats_from *from, long count,
              long quiet_ms,
              int (*each)(void *, const char *, const char *, size_t),
              void *arg)
{
    const struct fwnats_api *a = n->api;
    natsSubscription *sub = NULL;
    natsMsg *msg = NULL;
    const char *subj;
    size_t skip = strlen(n->subject) + 1;
    long got = 0, quiet = 0;
    natsStatus s;
    int rc = 0;

    if (subscribe(n, from, &sub) < 0)
        return -1;
    while (!stopped(n) && (count == 0 || got < count) && rc >= 0) {
        s = a->natsSubscription_NextMsg(&msg, sub, REPLAY_SLICE_MS);
        if (s == NATS_TIMEOUT && quiet_ms > 0 &&
            (quiet += REPLAY_SLICE_MS) >= quiet_ms)
            break;
        if (s == NATS_TIMEOUT)
            continue;
        quiet = 0;
        if (s != NATS_OK) {
            say(n, "replay: %s", a->natsStatus_GetText(s));
            a->natsSubscription_Destroy(sub);
            return -1;
        }
        subj = a->natsMsg_GetSubject(msg);
        rc = each(arg, strlen(subj) > skip ? subj + skip : subj,
            a->natsMsg_GetData(msg), (size_t)a->natsMsg_GetDataLength(msg));
        a->natsMsg_Destroy(msg);
        got++;
    }
    a->natsSubscription_Destroy(sub);
    return got;
}
