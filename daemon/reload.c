/* SPDX-License-Identifier: MIT */
/* reload.c - SIGHUP: read the configuration again and apply it while the PUB socket stays bound. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon.h"
#include "factwatchd.h"
#include "ingest.h"

static int
same(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

static int
same_binds(const struct fw_config *a, const struct fw_config *b)
{
    int i;

    if (a->nbinds != b->nbinds)
        return 0;
    for (i = 0; i < a->nbinds; i++)
        if (!same(a->binds[i], b->binds[i]))
            return 0;
    return 1;
}

/* The file's keys over a copy of the running settings, then the command
 * line's over both, as at start: --watch or -v still win over the file,
 * and a key that neither sets keeps its running value. */
static int
read_config(const struct daemon *d, struct fw_config *c, char *err,
    size_t errlen)
{
    int i;

    if (cfg_copy(c, &d->cfg) < 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (i = 0; i < c->nbinds; i++)
        free(c->binds[i]);
    c->nbinds = 0;          /* bind is the one repeatable key */
    if (cfg_load(c, d->config_path, err, errlen) < 0 ||
        cfg_set_args(c, d->args, err, errlen) < 0) {
        cfg_free(c);
        return -1;
    }
    return 0;
}

/* Refuse what cannot work: a watch folder that is not a readable folder. */
static int
check_config(const struct fw_config *c, char *err, size_t errlen)
{
    struct stat st;

    if (stat(c->watch_dir, &st) < 0) {
        snprintf(err, errlen, "cannot watch %s: %s", c->watch_dir,
            strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode) || access(c->watch_dir, R_OK | X_OK) < 0) {
        snprintf(err, errlen, "cannot watch %s: not a readable folder",
            c->watch_dir);
        return -1;
    }
    if (cfg_state_inside_watch(c)) {
        snprintf(err, errlen, "cannot watch %s: the state folder %s is "
            "inside it", c->watch_dir, c->state_dir);
        return -1;
    }
    return 0;
}

static void
keep_string(const char *key, char **slot, const char *running)
{
    char *s;

    if (same(*slot, running) || (s = strdup(running)) == NULL)
        return;
    fw_log(LOG_WARNING, "reload: %s changed to %s: takes effect at the next "
        "start", key, *slot);
    free(*slot);
    *slot = s;
}

/* The same for the fixed-size text keys (snapshot, CURVE, fan-in). */
static void
keep_text(const char *key, char *slot, size_t size, const char *running)
{
    if (same(slot, running))
        return;
    fw_log(LOG_WARNING, "reload: %s changed to %s: takes effect at the next "
        "start", key, slot[0] ? slot : "\"\"");
    snprintf(slot, size, "%s", running);
}

static void
keep_int(const char *key, int *slot, int running)
{
    if (*slot == running)
        return;
    fw_log(LOG_WARNING, "reload: %s changed to %d: takes effect at the next "
        "start", key, *slot);
    *slot = running;
}

/* The sockets and the state stay open across a reload (that is what keeps
 * subscribers connected), so their settings only change at a restart. */
static void
keep_restart_only(const struct fw_config *run, struct fw_config *c)
{
    int i;

    keep_string("state", &c->state_dir, run->state_dir);
    keep_int("high_water_mark", &c->hwm, run->hwm);
    keep_int("startup_delay_ms", &c->startup_delay_ms,
        run->startup_delay_ms);
#define KEEP_TEXT(key, field) \
    keep_text(key, c->field, sizeof c->field, run->field)
    KEEP_TEXT("snapshot_bind", snapshot_bind);
    KEEP_TEXT("connect", connects);
    KEEP_TEXT("source_id", source_id);
    KEEP_TEXT("curve_secret", curve_secret);
    KEEP_TEXT("curve_clients", curve_clients);  /* its keys: zap_reload */
    KEEP_TEXT("connect_server_key", connect_server_key);
    KEEP_TEXT("nats_url", nats_url);
    KEEP_TEXT("nats_subject", nats_subject);
    KEEP_TEXT("nats_stream", nats_stream);
#undef KEEP_TEXT
    if (c->nbinds && !same_binds(c, run))
        fw_log(LOG_WARNING, "reload: bind changed (%d endpoints): takes "
            "effect at the next start", c->nbinds);
    for (i = 0; i < c->nbinds; i++)
        free(c->binds[i]);
    for (i = 0; i < run->nbinds; i++)
        c->binds[i] = strdup(run->binds[i]);
    c->nbinds = run->nbinds;
}

/* Re-arm a periodic timer; 0 disarms it. */
static void
rearm(struct loop_source *src, const char *key, int old_s, int new_s)
{
    if (old_s == new_s)
        return;
    if (loop_timer_arm(src->fd, new_s * 1000LL, new_s * 1000LL) < 0)
        fw_log(LOG_ERR, "reload: cannot re-arm the %s timer: %s", key,
            strerror(errno));
}

/* Swap the inotify watch for one on the new folder or with the new globs.
 * The events the old watch had not read yet are lost with it; the
 * reconcile scan compares the new tree with the state and publishes the
 * difference, as after an overflow. Before READY=1, on_startup does that
 * scan and adds the source. */
static void
swap_watch(struct daemon *d, struct watch *nw)
{
    loop_del(d->loop, &d->inotify);
    watch_close(d->watch);
    d->watch = nw;
    d->ingest->watch = nw;
    d->inotify.fd = watch_fd(nw);
    if (!d->ready)
        return;
    if (ingest_reconcile(d->ingest) < 0)
        fw_log(LOG_ERR, "reload: cannot scan the watched folder path=%s",
            d->cfg.watch_dir);
    if (loop_add(d->loop, &d->inotify, EPOLLIN) < 0)
        fw_log(LOG_ERR, "reload: epoll add inotify: %s", strerror(errno));
}

static int
needs_new_watch(const struct fw_config *run, const struct fw_config *c)
{
    return !same(run->watch_dir, c->watch_dir) ||
        !same(run->include_globs, c->include_globs) ||
        !same(run->exclude_globs, c->exclude_globs);
}

/* Everything that can fail is done; make c the running configuration. */
static void
apply(struct daemon *d, struct fw_config *c, struct watch *nw)
{
    struct fw_config old = d->cfg;

    ingest_flush(d->ingest);        /* what the old watch queued goes out */
    d->cfg = *c;                    /* d->ingest->cfg points here */
    memset(c, 0, sizeof *c);
    log_set_level(d->cfg.log_level);
    rearm(&d->status, "status_interval", old.status_interval,
        d->cfg.status_interval);
    rearm(&d->rescan, "rescan_interval", old.rescan_interval,
        d->cfg.rescan_interval);
    if (d->ready)               /* removed_keep_days as it now stands */
        state_expire(d->state, d->cfg.removed_keep_days);
    /* a larger max_size may make files refused before articles: they
     * are tried again (a smaller one leaves published articles as they
     * are until they change, when the new limit applies) */
    if (old.max_size != d->cfg.max_size)
        ingest_failed_free(d->ingest);
    if (nw)
        swap_watch(d, nw);
    else if (old.max_size != d->cfg.max_size && d->ready &&
             ingest_reconcile(d->ingest) < 0)
        fw_log(LOG_ERR, "reload: cannot scan the watched folder path=%s",
            d->cfg.watch_dir);
    cfg_free(&old);
}

static int
refuse(struct daemon *d, const char *why)
{
    char reason[700];

    snprintf(reason, sizeof reason, "reload refused, the running settings "
        "stay: %s", why);
    fw_log(LOG_ERR, "reload: %s", reason);
    pub_error(d->pub, NULL, reason);
    return -1;
}

int
reload_config(struct daemon *d)
{
    struct fw_config c;
    struct watch *nw = NULL;
    char err[512];

    if (d->config_path == NULL) {
        fw_log(LOG_NOTICE, "reload: started without --config, nothing to "
            "read");
        return 0;
    }
    if (read_config(d, &c, err, sizeof err) < 0)
        return refuse(d, err);
    if (check_config(&c, err, sizeof err) < 0) {
        cfg_free(&c);
        return refuse(d, err);
    }
    keep_restart_only(&d->cfg, &c);
    if (needs_new_watch(&d->cfg, &c) &&
        (nw = watch_open(c.watch_dir, c.include_globs, c.exclude_globs,
            &ingest_watch_ops, d->ingest)) == NULL) {
        cfg_free(&c);
        return refuse(d, "cannot open a new watch (see the log above)");
    }
    watch_set_settle(nw ? nw : d->watch, c.settle_ms, c.rescan_interval,
        c.max_watches);
    apply(d, &c, nw);
    fw_log(LOG_INFO, "reload: configuration reloaded path=%s, watching "
        "path=%s", d->config_path, d->cfg.watch_dir);
    return 0;
}
