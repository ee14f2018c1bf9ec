/* SPDX-License-Identifier: MIT */
/* ingest.c - turn watch events into article messages: compare with state, summarise, queue, commit, send. */
#include <errno.h>
#include <limits.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "decode.h"
#include "factwatchd.h"
#include "ingest.h"
#include "message.h"

/* Messages per commit in a burst: bigger batches amortise the commit,
 * smaller ones get the first summaries out sooner. */
#define INGEST_BATCH 32
/* Messages between two malloc_trim() calls. */
#define INGEST_TRIM  4096
/* A message handed to ZeroMQ waits in its queue until the I/O thread
 * writes it to the socket. Rows marked sent at the hand-off lost those
 * messages to a SIGKILL in that moment (20 of 2,000 on a loaded CI
 * machine). They are marked sent one to two grace periods after it
 * instead (one timer; messages handed over while it runs wait for the
 * next): a crash before that sends them again at the next start, same
 * seq, and subscribers drop a seq they have seen. One UPDATE per grace
 * period, not one per batch. */
#define INGEST_GRACE_MS 1000

/* Messages wait here until their state rows are committed: a crash before
 * the commit loses neither (the file is seen again at the next start), a
 * crash after it resends the pending rows at the next start. An error
 * raised while messages wait (seq 0, no row) waits behind them, so it
 * follows what it explains ("removed", then why). */
struct outmsg {
    const char *topic;
    char       *text;       /* owned: the JSON as stored and sent */
    size_t      len;
    int64_t     seq;        /* 0: an error message */
    char       *path;       /* owned: for an error when the commit fails */
};

/* After a failed commit (a full disk), the folder is merged with the
 * state again after this long, doubling up to RETRY_MAX_MS while it
 * keeps failing. */
#define RETRY_MS     5000
#define RETRY_MAX_MS 300000

bool
ingest_same_file(const struct state_row *row, const struct stat *st)
{
    return row->size == (int64_t)st->st_size &&
        row->ino == (int64_t)st->st_ino && row->mtime_ns == fileio_mtime_ns(st);
}

static void
index_one(void *ctx, const char *path, uint64_t simhash)
{
    struct ingest *in = ctx;

    if (fprint_index_put(in->near, path, simhash) < 0)
        fw_log(LOG_WARNING, "ingest: out of memory indexing path=%s", path);
}

struct ingest *
ingest_new(const struct fw_config *cfg, struct state *st, struct pub *pub)
{
    struct ingest *in = calloc(1, sizeof *in);

    if (in == NULL)
        return NULL;
    in->cfg = cfg;
    in->st = st;
    in->pub = pub;
    in->retry_fd = -1;
    in->retry_ms = RETRY_MS;
    if (gethostname(in->host, sizeof in->host - 1) < 0)
        in->host[0] = '\0';
    if ((in->grace_fd = loop_timer_new()) < 0 ||
        (in->retry_fd = loop_timer_new()) < 0 ||
        (in->near = fprint_index_new()) == NULL ||
        state_each_simhash(st, index_one, in) < 0) {
        ingest_free(in);
        return NULL;
    }
    return in;
}

void
ingest_free(struct ingest *in)
{
    size_t i;

    if (in == NULL)
        return;
    for (i = 0; i < in->nout; i++) {
        free(in->out[i].text);
        free(in->out[i].path);
    }
    free(in->out);
    if (in->grace_fd >= 0)
        close(in->grace_fd);
    if (in->retry_fd >= 0)
        close(in->retry_fd);
    fprint_index_free(in->near);
    ingest_failed_free(in);
    free(in);
}

/* Committed under seq but not handed to ZeroMQ (out of memory, a failed
 * send): sent_seq must stay below it, so the next start sends it. */
static void
note_unsent(struct ingest *in, int64_t seq)
{
    fw_log(LOG_ERR, "ingest: message seq=%lld not sent: it goes out again "
        "at the next start", (long long)seq);
    if (in->unsent == 0 || seq < in->unsent)
        in->unsent = seq;
}

static void
queue(struct ingest *in, const char *topic, char *text, size_t len,
    int64_t seq, const char *path)
{
    if (in->nout == in->capout) {
        size_t n = in->capout ? in->capout * 2 : 64;
        struct outmsg *p = realloc(in->out, n * sizeof *p);
        if (p == NULL) {
            free(text);
            if (seq)
                note_unsent(in, seq);
            return;
        }
        in->out = p;
        in->capout = n;
    }
    in->out[in->nout++] = (struct outmsg){topic, text, len, seq,
        strdup(path)};
}

/* The batch was not stored: nothing of it goes out, each article gets an
 * error, and the folder is merged with the state again later (what was
 * not stored is published then, with the seqs handed out again). */
static void
commit_failed(struct ingest *in)
{
    size_t i;

    fw_log(LOG_ERR, "ingest: state commit failed: %zu messages not sent; "
        "the folder is merged with the state again in %d s", in->nout,
        in->retry_ms / 1000);
    for (i = 0; i < in->nout; i++) {
        /* the retry must see these again, errors or not: a removal
         * held back here would otherwise be taken as said */
        if (in->out[i].path)
            ingest_failed_forget(in, in->out[i].path);
        if (in->out[i].seq)
            pub_error(in->pub, in->out[i].path ? in->out[i].path : "",
                "the state database could not store this change (see "
                "the log; a full disk?): not published yet, retried later");
    }
    if (in->retry_armed)
        return;                 /* one merge covers every failed batch */
    if (loop_timer_arm(in->retry_fd, in->retry_ms, 0) < 0)
        fw_log(LOG_ERR, "ingest: cannot arm the retry timer: %s",
            strerror(errno));
    else
        in->retry_armed = true;
}

void
ingest_retry(struct ingest *in)
{
    in->retry_armed = false;
    /* should this merge fail too, the next waits twice as long */
    in->retry_ms = in->retry_ms * 2 < RETRY_MAX_MS ? in->retry_ms * 2 :
        RETRY_MAX_MS;
    ingest_reconcile(in);
}

/* Start the grace period for what was handed over since the last mark,
 * unless one is running (ingest_delivered starts the next). */
static void
arm_grace(struct ingest *in)
{
    if (in->marking != 0 || in->handed <= in->marked)
        return;
    in->marking = in->handed;
    if (loop_timer_arm(in->grace_fd, INGEST_GRACE_MS, 0) < 0) {
        fw_log(LOG_ERR, "ingest: cannot arm the delivery timer: %s",
            strerror(errno));
        in->marking = 0;        /* the next hand-over tries again */
    }
}

/* Everything committed so far has been handed to ZeroMQ, up to the first
 * message that was not. */
static void
handed_over(struct ingest *in)
{
    in->handed = state_last_seq(in->st);
    if (in->unsent && in->handed >= in->unsent)
        in->handed = in->unsent - 1;
    arm_grace(in);
}

void
ingest_delivered(struct ingest *in)
{
    int64_t upto = in->marking;

    in->marking = 0;
    if (upto > 0 && state_sent(in->st, upto) == 0)
        in->marked = upto;
    arm_grace(in);
}

void
ingest_all_delivered(struct ingest *in)
{
    if (in->handed > in->marked && state_sent(in->st, in->handed) == 0)
        in->marked = in->handed;
}

/* The first message of the batch that has a row, or NULL. */
static const struct outmsg *
first_row(const struct ingest *in)
{
    size_t i;

    for (i = 0; i < in->nout; i++)
        if (in->out[i].seq)
            return &in->out[i];
    return NULL;
}

void
ingest_flush(struct ingest *in)
{
    const struct outmsg *first = first_row(in);
    size_t i;

    if (state_commit(in->st) < 0) {
        /* A row SQLite wrote outside the failed transaction (after it
         * rolled back on its own) is committed but its message is not
         * sent: hold sent_seq below the batch; the next start sends it. */
        if (first) {
            if (state_last_seq(in->st) >= first->seq)
                note_unsent(in, first->seq);
            commit_failed(in);
        }
        for (i = 0; i < in->nout; i++)      /* the errors still go out */
            if (in->out[i].seq == 0)
                pub_send_raw(in->pub, in->out[i].topic, in->out[i].text,
                    in->out[i].len);
    } else {
        if (!in->retry_armed)
            in->retry_ms = RETRY_MS;
        for (i = 0; i < in->nout; i++)
            if (pub_send_raw(in->pub, in->out[i].topic, in->out[i].text,
                    in->out[i].len) == 0)
                in->published += in->out[i].seq != 0;
            else if (in->out[i].seq)
                note_unsent(in, in->out[i].seq);
        if (first)
            handed_over(in);
    }
    for (i = 0; i < in->nout; i++) {
        free(in->out[i].text);
        free(in->out[i].path);
    }
    /* After a burst, hand the freed article buffers back to the system
     * (see ingest_scan.c: RSS roughly halves). */
    if ((in->since_trim += in->nout) >= INGEST_TRIM) {
        in->since_trim = 0;
        malloc_trim(0);
    }
    in->nout = 0;
}

/* Store the row and queue its message text (taken: freed here or when
 * sent). tomb, when given, is a path that gets a tombstone carrying the
 * same message and seq: a move's old path, so a subscriber catching up
 * with --since learns it is gone even after the new path changed again. */
static void
record(struct ingest *in, const char *path, struct state_row *row,
    const char *topic, char *text, size_t len, const char *tomb)
{
    struct state_row dead;

    if (text == NULL) {
        ingest_error(in, path, "out of memory writing its summary");
        return;
    }
    if (state_begin(in->st) < 0 ||
        state_put(in->st, path, row, topic, text) < 0) {
        free(text);
        ingest_error(in, path, "the state database refused its summary "
            "(see the log); it is summarised again at the next start");
        return;
    }
    if (tomb) {
        dead = *row;
        dead.removed = true;
        state_put(in->st, tomb, &dead, topic, text);
    }
    log_debug("ingest: %s seq=%lld path=%s", topic, (long long)row->seq, path);
    queue(in, topic, text, len, row->seq, path);
    if (in->nout >= INGEST_BATCH)
        ingest_flush(in);       /* a burst streams out, not all at its end */
}

/* A message built with jansson (removals, moves) as text, with the
 * daemon's source_id and epoch. NULL when out of memory; takes msg. */
static char *
dump_message(struct ingest *in, json_t *msg, size_t *len)
{
    char *text;

    if (msg == NULL)
        return NULL;
    pub_stamp(in->pub, msg);
    text = json_dumps(msg, JSON_COMPACT);
    json_decref(msg);
    if (text)
        *len = strlen(text);
    return text;
}

static void remove_file(struct ingest *in, const char *rel);

/* A symlink or FIFO renamed over an article replaces it: the article is
 * gone, then the error says why (nothing is removed for a path never
 * published). Said once while the name stays as it is. */
static void
rejected(void *ctx, const char *rel, const struct stat *st, const char *why)
{
    struct ingest *in = ctx;

    if (ingest_failed_again(in, rel, st))
        return;
    remove_file(in, rel);
    ingest_failed_note(in, rel, st);
    ingest_error(in, rel, why);
}

/* A folder that cannot be read is reported; during a reconcile, what is
 * known under it is kept, not published as removed (a chmod is not a
 * deletion). */
static void
unreadable(void *ctx, const char *rel, const char *why, bool first)
{
    struct ingest *in = ctx;
    char msg[256];
    char **p;

    snprintf(msg, sizeof msg, "folder cannot be read (%s): its articles "
        "are kept as they were", why);
    if (first)
        ingest_error(in, rel, msg);
    if (!in->scanning ||
        (p = realloc(in->kept, (in->nkept + 1) * sizeof *p)) == NULL)
        return;
    in->kept = p;
    if ((in->kept[in->nkept] = strdup(rel)) != NULL)
        in->nkept++;
}

/* The watch's own trouble, for subscribers as well as the log. */
static void
fault(void *ctx, const char *rel, const char *why)
{
    struct ingest *in = ctx;

    in->errors++;
    pub_error(in->pub, rel[0] ? rel : NULL, why);
}

const struct watch_ops ingest_watch_ops = {
    .file = ingest_file,
    .removed = ingest_removed,
    .moved = ingest_moved,
    .overflow = ingest_overflow,
    .rescan = ingest_rescan,
    .batch_done = ingest_batch_done,
    .rejected = rejected,
    .unreadable = unreadable,
    .fault = fault,
};

void
ingest_error(struct ingest *in, const char *path, const char *reason)
{
    char *text;

    fw_log(LOG_WARNING, "ingest: cannot summarise path=%s: %s", path, reason);
    in->errors++;
    if (in->nout == 0 || (text = pub_error_text(in->pub, path, reason)) ==
        NULL)
        pub_error(in->pub, path, reason);
    else
        queue(in, FW_TOPIC_ERROR, text, strlen(text), 0, path);
}

static void
row_from_stat(struct state_row *row, const struct stat *st)
{
    row->dev = (int64_t)st->st_dev;
    row->ino = (int64_t)st->st_ino;
    row->size = (int64_t)st->st_size;
    row->mtime_ns = fileio_mtime_ns(st);
}

/* Facts of a summary as "date expression" strings, for set differences. */
static int
fact_in(json_t *facts, json_t *f)
{
    size_t i;
    json_t *g;

    json_array_foreach(facts, i, g)
        if (json_equal(json_object_get(g, "date"), json_object_get(f, "date"))
            && json_equal(json_object_get(g, "expression"),
                json_object_get(f, "expression")))
            return 1;
    return 0;
}

static json_t *
facts_minus(json_t *a, json_t *b)
{
    json_t *out = json_array(), *f;
    size_t i;

    json_array_foreach(a, i, f)
        if (!fact_in(b, f))
            json_array_append(out, f);
    return out;
}

/* Index the article's SimHash and name the known articles near it. */
static void
add_near(struct ingest *in, json_t *extra, const char *rel, uint64_t simhash)
{
    struct fprint_match m[FW_MAX_NEAR];
    json_t *arr = json_array();
    size_t i, n;

    fprint_index_put(in->near, rel, simhash);
    n = fprint_index_near(in->near, simhash, rel, m, FW_MAX_NEAR);
    for (i = 0; i < n; i++)
        json_array_append_new(arr, json_pack("{s:o, s:i}", "path",
            article_path_json(m[i].path), "distance", m[i].distance));
    json_object_set_new(extra, "near_duplicates", arr);
}

/* A change carries what it changed: the previous fingerprint and facts. */
static void
add_change(json_t *extra, const struct article *a, const struct state_row *old)
{
    json_t *prev = old->message ? json_loads(old->message, 0, NULL) : NULL;
    json_t *oldf = json_object_get(prev, "facts");
    json_t *newf = article_facts_json(a);

    json_object_set_new(extra, "previous_sha256", json_string(old->sha256));
    if (!json_is_array(oldf))
        oldf = NULL;
    json_object_set_new(extra, "facts_added",
        oldf ? facts_minus(newf, oldf) : json_copy(newf));
    json_object_set_new(extra, "facts_removed",
        oldf ? facts_minus(oldf, newf) : json_array());
    json_decref(newf);
    json_decref(prev);
}

/* Why summarise() gave no article. */
enum unread {
    UNREAD_LATER,       /* gone, or a writer at work: its events follow */
    UNREAD_KEPT,        /* could not be read (permissions, I/O): what was
                           published stays */
    UNREAD_NO_ARTICLE   /* empty, binary, too large: it holds no article */
};

static struct article *
summarise(struct ingest *in, const char *rel, const char *abs,
    struct stat *st, char **raw, size_t *len, char *err, size_t errlen,
    enum unread *why)
{
    struct article *a;
    const char *no_html;

    if (fileio_read(abs, in->cfg->max_size, in->cfg->settle_ms, raw, len, st,
            err, errlen) < 0) {
        *why = UNREAD_KEPT;
        if (errno == ENOENT)
            *why = UNREAD_LATER;
        else if (errno == EAGAIN && in->watch) {
            watch_retry(in->watch, rel);
            *why = UNREAD_LATER;
        } else if (errno == 0)
            *why = UNREAD_NO_ARTICLE;
        return NULL;
    }
    a = article_new(*raw, *len, fileio_mtime_ns(st), err, errlen);
    *why = UNREAD_NO_ARTICLE;
    if ((no_html = decode_html_unavailable()) != NULL)
        fw_log(LOG_WARNING, "decode: %s: HTML pages are read as plain "
            "text", no_html);
    return a;
}

/* rel could not be summarised: said once while it stays as it is; an
 * article that now holds none (emptied, made binary, grown past
 * max_size) is removed first, as a symlink put in its place is. */
static void other_names(struct ingest *in, const char *rel,
                        const struct stat *st);

static void
unread(struct ingest *in, const char *rel, const struct stat *seen,
    bool known, enum unread why, const char *err)
{
    if (why == UNREAD_LATER)
        return;
    if (known && why == UNREAD_NO_ARTICLE)
        remove_file(in, rel);
    ingest_failed_note(in, rel, seen);
    ingest_error(in, rel, err);
    if (known && why == UNREAD_NO_ARTICLE)
        other_names(in, rel, seen);     /* a hard link's other names too */
}

/* Record and queue a new or changed article's summary (old: the row it
 * replaces, NULL when new). The summary is written in one pass; only the
 * few fields the daemon adds go through jansson. */
static void
publish_article(struct ingest *in, const char *rel, struct state_row *row,
    const struct article *a, const struct article_meta *meta,
    const struct state_row *old)
{
    json_t *extra = json_object();
    char *text = NULL;
    size_t len = 0;

    if (extra) {
        if (old)
            add_change(extra, a, old);
        add_near(in, extra, rel, row->simhash);
        pub_stamp(in->pub, extra);
        text = article_json(a, meta, row->seq, old ? "changed" : "new",
            extra, &len);
        json_decref(extra);
    }
    record(in, rel, row, old ? FW_TOPIC_CHANGED : FW_TOPIC_NEW, text, len,
        NULL);
}

static void process_file(struct ingest *in, const char *rel,
                         const struct stat *seen);

struct pathlist {
    char  **v;
    size_t  n, cap;
};

static int
collect_path(void *ctx, const char *path, const struct state_row *row)
{
    struct pathlist *l = ctx;

    (void)row;
    if (l->n == l->cap) {
        size_t n = l->cap ? l->cap * 2 : 16;
        char **p = realloc(l->v, n * sizeof *p);
        if (p == NULL)
            return -1;
        l->v = p;
        l->cap = n;
    }
    return (l->v[l->n++] = strdup(path)) ? 0 : -1;
}

static void
pathlist_free(struct pathlist *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

static int
collect_link(void *ctx, const char *path)
{
    return collect_path(ctx, path, NULL);
}


/* A file with other names (hard links) changed through rel: the others
 * hold the same new text, so each is read again too (once: not from
 * their own turn). */
static void
other_names(struct ingest *in, const char *rel, const struct stat *st)
{
    struct pathlist l = {0};
    char abs[PATH_MAX];
    struct stat now;
    size_t i;

    if (st->st_nlink < 2 || in->linking)
        return;
    if (state_each_link(in->st, (int64_t)st->st_dev, (int64_t)st->st_ino,
            rel, collect_link, &l) < 0)
        fw_log(LOG_ERR, "ingest: cannot list the other names of path=%s", rel);
    in->linking = true;
    for (i = 0; i < l.n; i++) {
        snprintf(abs, sizeof abs, "%s/%s", in->cfg->watch_dir, l.v[i]);
        if (lstat(abs, &now) == 0 && S_ISREG(now.st_mode))
            process_file(in, l.v[i], &now);
    }
    in->linking = false;
    pathlist_free(&l);
}

static void
process_file(struct ingest *in, const char *rel, const struct stat *seen)
{
    char abs[PATH_MAX], err[256], *raw = NULL;
    struct state_row old, row;
    struct article_meta meta;
    struct article *a;
    enum unread why;
    struct stat st;
    size_t len;
    int known;

    if (ingest_failed_again(in, rel, seen))
        return;                     /* said already, and still the same */
    if ((known = state_get(in->st, rel, &old)) < 0)
        return;
    known = known && !old.removed;
    if (known && ingest_same_file(&old, seen))
        goto out;                   /* unchanged: not even read */
    snprintf(abs, sizeof abs, "%s/%s", in->cfg->watch_dir, rel);
    if ((a = summarise(in, rel, abs, &st, &raw, &len, err, sizeof err,
            &why)) == NULL) {
        unread(in, rel, seen, known, why, err);
        goto out;
    }
    ingest_failed_forget(in, rel);
    memset(&row, 0, sizeof row);
    row_from_stat(&row, &st);
    fprint_hex(a->fp.sha256, row.sha256);
    fprint_hex(a->fp.sha256_raw, row.sha256_raw);
    row.simhash = a->fp.simhash;
    if (known && !strcmp(old.sha256, row.sha256)) {
        state_begin(in->st);        /* a touch or a re-save: nothing new */
        state_touch(in->st, rel, &row);
    } else if ((row.seq = state_next_seq(in->st)) > 0) {
        meta = (struct article_meta){rel, (int64_t)st.st_size,
            fileio_mtime_ns(&st), in->cfg->include_text, in->host};
        publish_article(in, rel, &row, a, &meta, known ? &old : NULL);
        if (known)
            other_names(in, rel, &st);
    }
    article_free(a);
out:
    free(raw);
    state_row_free(&old);
}

void
ingest_file(void *ctx, const char *rel, const struct stat *st)
{
    struct ingest *in = ctx;

    if (in->scanning)
        ingest_seen_add(in, rel, st);
    else
        process_file(in, rel, st);
}

static void
remove_file(struct ingest *in, const char *rel)
{
    struct state_row old;
    json_t *body, *msg;
    char *text;
    size_t len;

    if (state_get(in->st, rel, &old) <= 0)
        return;
    if (!old.removed && (old.seq = state_next_seq(in->st)) > 0) {
        old.removed = true;
        fprint_index_del(in->near, rel);
        body = json_pack("{s:{s:o, s:s*}, s:{s:s, s:s}}", "source", "path",
            article_path_json(rel), "host", in->host[0] ? in->host : NULL,
            "fingerprint", "sha256", old.sha256, "simhash", "");
        if (body) {
            char sim[17];
            fprint_simhash_hex(old.simhash, sim);
            json_object_set_new(json_object_get(body, "fingerprint"),
                "simhash", json_string(sim));
        }
        msg = article_message(old.seq, "removed", body);
        json_decref(body);
        text = dump_message(in, msg, &len);
        record(in, rel, &old, FW_TOPIC_REMOVED, text, len, NULL);
    }
    state_row_free(&old);
}

void
ingest_removed(void *ctx, const char *rel, bool is_dir)
{
    struct ingest *in = ctx;
    struct pathlist l = {0};
    size_t i;

    if (!is_dir) {
        ingest_failed_forget(in, rel);
        remove_file(in, rel);
        return;
    }
    ingest_failed_forget_below(in, rel);
    if (state_each_live(in->st, rel, collect_path, &l) < 0)
        fw_log(LOG_ERR, "ingest: cannot list folder path=%s", rel);
    for (i = 0; i < l.n; i++)
        remove_file(in, l.v[i]);
    pathlist_free(&l);
}

/* A rename onto a known article (sed -i, editors that save through a
 * temp file): to's content changed and from is gone, which is what the
 * subscribers are told; a move would claim to's old article vanished. */
static bool
renamed_over_article(struct ingest *in, const char *from, const char *to,
    const char *abs, struct state_row *old)
{
    struct state_row dst;
    struct stat st;
    int known = state_get(in->st, to, &dst);

    known = known > 0 && !dst.removed;
    state_row_free(&dst);
    if (!known)
        return false;
    state_row_free(old);
    remove_file(in, from);
    if (lstat(abs, &st) == 0 && S_ISREG(st.st_mode))
        process_file(in, to, &st);
    return true;
}

/* A rename inside the folder: the summary is carried over, not re-extracted. */
static void
move_file(struct ingest *in, const char *from, const char *to)
{
    struct state_row old;
    char abs[PATH_MAX];
    struct stat st;
    json_t *msg, *prev;
    char *text;
    size_t len;

    if (state_get(in->st, from, &old) <= 0 || old.removed) {
        state_row_free(&old);
        snprintf(abs, sizeof abs, "%s/%s", in->cfg->watch_dir, to);
        if (lstat(abs, &st) == 0 && S_ISREG(st.st_mode))
            process_file(in, to, &st);   /* unknown before: it is new */
        return;
    }
    snprintf(abs, sizeof abs, "%s/%s", in->cfg->watch_dir, to);
    if (renamed_over_article(in, from, to, abs, &old))
        return;
    /* The row keeps the size and mtime it was summarised at: were they
     * taken from the file now, a rewrite right after the rename (whose
     * close is handled later in this batch) would look unchanged. */
    prev = old.message ? json_loads(old.message, 0, NULL) : NULL;
    if ((old.seq = state_next_seq(in->st)) > 0 && prev) {
        json_object_del(prev, "previous_sha256");
        json_object_del(prev, "facts_added");
        json_object_del(prev, "facts_removed");
        json_object_del(prev, "previous_path");
        msg = article_message(old.seq, "moved", prev);
        json_object_set_new(json_object_get(msg, "source"), "path",
            article_path_json(to));
        if (in->host[0])
            json_object_set_new(json_object_get(msg, "source"), "host",
                json_string(in->host));
        json_object_set_new(msg, "previous_path", article_path_json(from));
        fprint_index_del(in->near, from);
        fprint_index_put(in->near, to, old.simhash);
        text = dump_message(in, msg, &len);
        record(in, to, &old, FW_TOPIC_MOVED, text, len, from);
    }
    json_decref(prev);
    state_row_free(&old);
}

void
ingest_moved(void *ctx, const char *from, const char *to, bool is_dir)
{
    struct ingest *in = ctx;
    struct pathlist l = {0};
    size_t i, n = strlen(from);
    char *dst;

    if (!is_dir) {
        ingest_failed_forget(in, from);
        move_file(in, from, to);
        return;
    }
    ingest_failed_forget_below(in, from);
    if (state_each_live(in->st, from, collect_path, &l) < 0)
        fw_log(LOG_ERR, "ingest: cannot list folder path=%s", from);
    for (i = 0; i < l.n; i++) {
        if (asprintf(&dst, "%s%s", to, l.v[i] + n) < 0)
            continue;
        move_file(in, l.v[i], dst);
        free(dst);
    }
    pathlist_free(&l);
}

void
ingest_batch_done(void *ctx)
{
    ingest_flush(ctx);
}

void
ingest_overflow(void *ctx)
{
    struct ingest *in = ctx;

    in->overflows++;
    ingest_reconcile(in);
}

void
ingest_rescan(void *ctx)
{
    ingest_reconcile(ctx);
}

static void
resend(void *ctx, int64_t seq, const char *topic, const char *message)
{
    struct ingest *in = ctx;

    if (pub_send_raw(in->pub, topic, message, strlen(message)) == 0)
        in->published++;
    else
        note_unsent(in, seq);
}

void
ingest_resend_pending(struct ingest *in)
{
    /* Unread, the pending rows must stay pending: hold sent_seq. */
    if (state_each_pending(in->st, resend, in) < 0)
        note_unsent(in, 1);
    handed_over(in);
}
