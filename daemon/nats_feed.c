/* SPDX-License-Identifier: MIT */
/* nats_feed.c - --nats: every article message into NATS JetStream, exactly once, off the event loop. */
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fwnats.h"
#include "fwsub.h"
#include "nats_feed.h"

/*
 * The daemon is the feed's first subscriber: a thread reads the daemon's
 * own messages over inproc with the Clone pattern (clients/fwsub.c:
 * snapshot since the resume point, then live, gaps repaired from the
 * state) and publishes each article message to JetStream with
 * Nats-Msg-Id = source_id:epoch:seq (clients/fwnats.c), moving the
 * resume point (STATE/nats.resume) only after JetStream acknowledged.
 * So the event loop never waits for NATS, a NATS that is away only makes
 * the feed's queue wait (FW_NATS_BUFFER, then gaps read back from the
 * state), and a crash anywhere repeats messages JetStream drops as
 * duplicates: nothing lost, nothing twice.
 */
#define POLL_MS 500             /* the thread looks at stop this often */
#define RETRY_MS 2000           /* between attempts to reach the stream */

struct nats_feed {
    pthread_t      thread;
    atomic_int     stop;        /* set by the main thread */
    void          *zctx;
    struct fwnats  nats;
    char           url[sizeof ((struct fw_config *)0)->nats_url];
    char           subject[sizeof ((struct fw_config *)0)->nats_subject];
    char           stream[sizeof ((struct fw_config *)0)->nats_stream];
    char           resume[4096];
    char           epoch[FWSUB_EPOCH_MAX + 1];  /* of the resume point */
    uint64_t       published, dups;
};

/* fwnats's errors and retries: logged, an unchanged line once a minute. */
static void
say(const char *line)
{
    static __thread char last[256];
    static __thread int64_t last_at;
    int64_t now = (int64_t)time(NULL);

    if (strncmp(line, last, sizeof last - 1) == 0 && now - last_at < 60)
        return;
    snprintf(last, sizeof last, "%s", line);
    last_at = now;
    fw_log(LOG_WARNING, "nats: %s", line);
}

/* The subscription's own lines (gaps, snapshot retries), each logged. */
static void
say_sub(const char *line)
{
    fw_log(LOG_WARNING, "nats: %s", line);
}

static void
nap(struct nats_feed *f, int ms)
{
    for (; ms > 0 && !f->stop; ms -= 100)
        usleep(100 * 1000);
}

static void
keep_point(struct nats_feed *f, struct fwsub *s)
{
    if (fwsub_resume_save(s, f->resume) < 0)
        fw_log(LOG_ERR, "nats: cannot write path=%s: %s", f->resume,
            strerror(errno));
}

/* One subscription, until stopped (1) or until it must be made again
 * (0: the snapshot went unanswered, the loop was busy; or an error). The
 * resume point moves only past messages JetStream acknowledged: a
 * publish cut short by a stop leaves it where it was. */
static int
feed(struct nats_feed *f, struct fwsub_opts *so)
{
    char err[512];
    struct fwsub_msg m;
    struct fwsub *s = fwsub_open(f->zctx, so, err, sizeof err);
    bool acked = true;
    int rc = 1;

    if (s == NULL) {
        fw_log(LOG_ERR, "nats: %s", err);
        return 0;
    }
    while (!f->stop) {
        rc = fwsub_next(s, &m, POLL_MS);
        if (rc < 0)
            break;
        if (rc > 0 && !m.end && m.seq > 0 &&
            strncmp(m.topic, "article.", 8) == 0) {
            if (fwnats_publish(&f->nats, &m, &f->dups) < 0) {
                acked = false;
                break;
            }
            f->published++;
        }
        if (rc == 0 || fwsub_resume_due(s))
            keep_point(f, s);
    }
    if (acked) {
        keep_point(f, s);
        so->since = fwsub_position(s);
        snprintf(f->epoch, sizeof f->epoch, "%s", fwsub_epoch(s));
    }
    if (rc == FWSUB_ERROR || rc == FWSUB_REFUSED)
        fw_log(LOG_ERR, "nats: %s; subscribing again",
            *fwsub_error(s) ? fwsub_error(s) : "ZeroMQ error");
    fwsub_close(s);
    return f->stop ? 1 : 0;
}

/* The feed until stopped: a resume point that cannot be read, a stream
 * that cannot be made and a subscription that fails are retried, and
 * logged (once a minute while they stay the same). */
static void *
run(void *arg)
{
    struct nats_feed *f = arg;
    struct fwsub_opts so = {.prog = "factwatchd: nats", .say = say_sub,
        .connect = FW_NATS_PUB_EP, .snapshot_connect = FW_NATS_SNAP_EP,
        .snapshot = true, .snapshot_wait_ms = RETRY_MS * 5,
        .rcvhwm = FW_NATS_BUFFER, .epoch = f->epoch};

    while (!f->stop && fwsub_resume_read(f->resume, &so.since, f->epoch,
            sizeof f->epoch) < 0) {
        say("cannot read the resume point: retrying");
        nap(f, RETRY_MS);
    }
    while (!f->stop && fwnats_ensure_stream(&f->nats) < 0)
        nap(f, RETRY_MS);
    if (!f->stop)
        fw_log(LOG_INFO, "nats: publishing to stream=%s from seq %" PRId64,
            f->stream, so.since);
    while (!f->stop && feed(f, &so) == 0)
        nap(f, RETRY_MS);
    fw_log(LOG_INFO, "nats: %" PRIu64 " messages published (%" PRIu64
        " already in the stream), resume point %" PRId64, f->published,
        f->dups, so.since);
    return NULL;
}

struct nats_feed *
nats_feed_start(void *zctx, const struct fw_config *c)
{
    struct nats_feed *f = calloc(1, sizeof *f);
    char err[512];
    natsStatus s = NATS_OK;
    int e;

    if (f == NULL)
        return NULL;
    f->zctx = zctx;
    memcpy(f->url, c->nats_url, sizeof f->url);
    memcpy(f->subject, c->nats_subject, sizeof f->subject);
    memcpy(f->stream, c->nats_stream, sizeof f->stream);
    snprintf(f->resume, sizeof f->resume, "%s/nats.resume", c->state_dir);
    f->nats = (struct fwnats){.url = f->url, .stream = f->stream,
        .subject = f->subject, .dup_window_s = 600, .wait_for_server = true,
        .stop = &f->stop, .say = say};
    if ((f->nats.api = nats_lib_load(err, sizeof err)) == NULL ||
        (s = fwnats_open(&f->nats)) != NATS_OK) {
        fw_log(LOG_ERR, "nats: %s", f->nats.api ?
            f->nats.api->natsStatus_GetText(s) :
            err);
        fwnats_close(&f->nats);
        free(f);
        return NULL;
    }
    if ((e = pthread_create(&f->thread, NULL, run, f)) != 0) {
        fw_log(LOG_ERR, "nats: cannot start its thread: %s", strerror(e));
        fwnats_close(&f->nats);
        free(f);
        return NULL;
    }
    fw_log(LOG_INFO, "nats: feeding url=%s stream=%s subject=%s.*", f->url,
        f->stream, f->subject);
    return f;
}

void
nats_feed_stop(struct nats_feed *f)
{
    if (f == NULL)
        return;
    f->stop = 1;
    pthread_join(f->thread, NULL);
    fwnats_close(&f->nats);
    f->nats.api->nats_Close();
    free(f);
}
