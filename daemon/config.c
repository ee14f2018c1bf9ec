/* SPDX-License-Identifier: MIT */
/* config.c - defaults, key = value settings and the libinih reader behind --config. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <strings.h>
#include <unistd.h>

#include <ini.h>

#include "factwatchd.h"
#include "message.h"

#define DEFAULT_EXCLUDE ".* *~ *.swp *.swx *.tmp *.part #*# 4913"

void
cfg_defaults(struct fw_config *c)
{
    memset(c, 0, sizeof *c);
    c->watch_dir = strdup("articles");
    c->state_dir = strdup("state");
    c->include_globs = strdup("*");
    c->exclude_globs = strdup(DEFAULT_EXCLUDE);
    c->max_size = 16 << 20;
    c->startup_delay_ms = 500;
    c->settle_ms = 2000;
    c->hwm = 100000;
    c->rescan_interval = 0;
    c->status_interval = 60;
    c->snapshot_stall = 30;
    c->removed_keep_days = 30;
    c->log_level = LOG_INFO;
    c->include_text = true;
    snprintf(c->nats_subject, sizeof c->nats_subject, "factwatch");
    snprintf(c->nats_stream, sizeof c->nats_stream, "FACTWATCH");
    if (gethostname(c->source_id, sizeof c->source_id - 1) < 0)
        snprintf(c->source_id, sizeof c->source_id, "factwatchd");
}

static void
clear_binds(struct fw_config *c)
{
    int i;

    for (i = 0; i < c->nbinds; i++)
        free(c->binds[i]);
    c->nbinds = 0;
}

void
cfg_free(struct fw_config *c)
{
    free(c->watch_dir);
    free(c->state_dir);
    free(c->include_globs);
    free(c->exclude_globs);
    clear_binds(c);
    memset(c, 0, sizeof *c);
}

int
cfg_copy(struct fw_config *dst, const struct fw_config *src)
{
    int i;

    *dst = *src;
    dst->watch_dir = strdup(src->watch_dir);
    dst->state_dir = strdup(src->state_dir);
    dst->include_globs = strdup(src->include_globs);
    dst->exclude_globs = strdup(src->exclude_globs);
    for (i = 0; i < src->nbinds; i++)
        dst->binds[i] = strdup(src->binds[i]);
    for (i = 0; i < src->nbinds; i++)
        if (dst->binds[i] == NULL)
            break;
    if (!dst->watch_dir || !dst->state_dir || !dst->include_globs ||
        !dst->exclude_globs || i < src->nbinds) {
        cfg_free(dst);
        return -1;
    }
    return 0;
}

static int
parse_int(const char *v, int64_t min, int64_t max, int64_t *out)
{
    char *end;
    long long n;

    errno = 0;
    n = strtoll(v, &end, 10);
    if (errno || end == v || *end != '\0' || n < min || n > max)
        return -1;
    *out = n;
    return 0;
}

static int
parse_bool(const char *v, bool *out)
{
    if (!strcasecmp(v, "true") || !strcasecmp(v, "yes") || !strcmp(v, "1"))
        *out = true;
    else if (!strcasecmp(v, "false") || !strcasecmp(v, "no") ||
        !strcmp(v, "0"))
        *out = false;
    else
        return -1;
    return 0;
}

static int
parse_level(const char *v, int *out)
{
    static const struct { const char *name; int level; } levels[] = {
        {"error", LOG_ERR}, {"warning", LOG_WARNING}, {"notice", LOG_NOTICE},
        {"info", LOG_INFO}, {"debug", LOG_DEBUG}};
    size_t i;

    for (i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (!strcasecmp(v, levels[i].name)) {
            *out = levels[i].level;
            return 0;
        }
    return -1;
}

static int
set_string(char **slot, const char *v)
{
    char *s = strdup(v);

    if (s == NULL)
        return -1;
    free(*slot);
    *slot = s;
    return 0;
}

static int
add_bind(struct fw_config *c, const char *v, char *err, size_t errlen)
{
    if (c->nbinds == FW_MAX_BINDS) {
        snprintf(err, errlen, "at most %d bind endpoints", FW_MAX_BINDS);
        return -1;
    }
    if ((c->binds[c->nbinds] = strdup(v)) == NULL)
        return -1;
    c->nbinds++;
    return 0;
}

/* A file is read whole and held about 4.5 times over while it is decoded
 * and summarised, with the loop doing nothing else: a 256 MiB file took
 * 1.1 GiB and 13 s (--once, this machine), near half the unit's
 * WatchdogSec=60 on a slower one. Beyond that a max_size is a typo, and
 * one file could take the daemon down. */
#define MAX_SIZE_LIMIT (256LL << 20)

static int
set_max_size(struct fw_config *c, const char *v, char *err, size_t errlen)
{
    if (parse_int(v, 1, MAX_SIZE_LIMIT, &c->max_size) == 0)
        return 0;
    snprintf(err, errlen, "invalid value '%s' for max_size: 1 to %lld bytes "
        "(256 MiB)", v, MAX_SIZE_LIMIT);
    return -1;
}

/* Integer keys: name, slot, range. */
static int
set_int_key(struct fw_config *c, const char *key, const char *v, int *done)
{
    static const struct { const char *key; size_t off; int64_t min, max; }
    ints[] = {
        {"startup_delay_ms", offsetof(struct fw_config, startup_delay_ms), 0, 600000},
        {"settle_ms", offsetof(struct fw_config, settle_ms), 0, 600000},
        {"high_water_mark", offsetof(struct fw_config, hwm), 0, INT_MAX},
        {"rescan_interval", offsetof(struct fw_config, rescan_interval), 0, 86400},
        {"max_watches", offsetof(struct fw_config, max_watches), 0, INT_MAX},
        {"status_interval", offsetof(struct fw_config, status_interval), 0, 86400},
        {"snapshot_stall", offsetof(struct fw_config, snapshot_stall), 1, 86400},
        {"removed_keep_days", offsetof(struct fw_config, removed_keep_days), 0, 36500},
    };
    size_t i;
    int64_t n;

    *done = 0;
    for (i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        if (strcmp(key, ints[i].key) != 0)
            continue;
        *done = 1;
        if (parse_int(v, ints[i].min, ints[i].max, &n) < 0)
            return -1;
        *(int *)((char *)c + ints[i].off) = (int)n;
        return 0;
    }
    return 0;
}

/* Text keys kept in fixed arrays of struct fw_config: 1 when key is not
 * one of them, 0 when set, -1 when the value does not fit. */
static int
set_text_key(struct fw_config *c, const char *key, const char *v)
{
    static const struct { const char *key; size_t off, size; } texts[] = {
#define TEXT_KEY(k) {#k, offsetof(struct fw_config, k), \
        sizeof ((struct fw_config *)0)->k}
        TEXT_KEY(snapshot_bind), TEXT_KEY(source_id),
        TEXT_KEY(curve_secret), TEXT_KEY(curve_clients),
        TEXT_KEY(connect_server_key), TEXT_KEY(nats_url),
        TEXT_KEY(nats_subject), TEXT_KEY(nats_stream),
        {"connect", offsetof(struct fw_config, connects),
            sizeof ((struct fw_config *)0)->connects},
#undef TEXT_KEY
    };
    size_t i;

    for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        if (strcmp(key, texts[i].key) != 0)
            continue;
        if (strlen(v) >= texts[i].size)
            return -1;
        memcpy((char *)c + texts[i].off, v, strlen(v) + 1);
        return 0;
    }
    return 1;
}

/* nats_stream is a JetStream stream name, nats_subject a prefix of
 * dot-separated words: no spaces, wildcards (* >) or empty words, which
 * NATS would refuse only once the daemon runs. 0 for any other key. */
static int
check_nats_name(const char *key, const char *v, char *err, size_t errlen)
{
    bool subject = strcmp(key, "nats_subject") == 0, word = false;
    const char *p;

    if (!subject && strcmp(key, "nats_stream") != 0)
        return 0;
    for (p = v; *p; p++) {
        if (subject && *p == '.' && word)
            word = false;
        else if (isalnum((unsigned char)*p) || *p == '-' || *p == '_')
            word = true;
        else
            break;
    }
    if (*p == '\0' && word)
        return 0;
    snprintf(err, errlen, "invalid value '%s' for %s: letters, digits, - "
        "and _%s", v, key, subject ? " in dot-separated words" : "");
    return -1;
}

int
cfg_set(struct fw_config *c, const char *key, const char *v, char *err,
    size_t errlen)
{
    static const char *const needed[] = {"watch", "state", "bind",
        "include", "nats_subject", "nats_stream"};
    int done, rc = 0;
    size_t i;

    /* "watch =" would wait for a folder named "", "include =" match
     * nothing, "bind =" fail later with a puzzling message */
    for (i = 0; v[0] == '\0' && i < sizeof needed / sizeof *needed; i++)
        if (!strcmp(key, needed[i])) {
            snprintf(err, errlen, "empty value for %s", key);
            return -1;
        }
    if ((rc = set_text_key(c, key, v)) <= 0) {
        if (rc < 0)
            snprintf(err, errlen, "value too long for %s", key);
        else if (!strcmp(key, "source_id"))
            c->source_id_set = true;
        else
            rc = check_nats_name(key, v, err, errlen);
        return rc;
    }
    rc = 0;

    if (set_int_key(c, key, v, &done) < 0)
        rc = -1;
    else if (done)
        return 0;
    else if (!strcmp(key, "watch"))
        rc = set_string(&c->watch_dir, v);
    else if (!strcmp(key, "state"))
        rc = set_string(&c->state_dir, v);
    else if (!strcmp(key, "bind"))
        return add_bind(c, v, err, errlen);
    else if (!strcmp(key, "include"))
        rc = set_string(&c->include_globs, v);
    else if (!strcmp(key, "exclude"))
        rc = set_string(&c->exclude_globs, v);
    else if (!strcmp(key, "max_size"))
        return set_max_size(c, v, err, errlen);
    else if (!strcmp(key, "include_text"))
        rc = parse_bool(v, &c->include_text);
    else if (!strcmp(key, "log_level"))
        rc = parse_level(v, &c->log_level);
    else {
        snprintf(err, errlen, "unknown key '%s'", key);
        return -1;
    }
    if (rc < 0)
        snprintf(err, errlen, "invalid value '%s' for %s", v, key);
    return rc;
}

int
cfg_set_args(struct fw_config *c, const struct cfg_args *a, char *err,
    size_t errlen)
{
    bool cleared = false;
    int i;

    for (i = 0; i < a->n; i++) {
        if (!cleared && strcmp(a->key[i], "bind") == 0) {
            clear_binds(c);         /* --bind replaces the file's */
            cleared = true;
        }
        if (cfg_set(c, a->key[i], a->value[i], err, errlen) < 0)
            return -1;
    }
    return 0;
}

struct ini_ctx {
    struct fw_config *c;
    const char       *name;     /* the file's, for warnings */
    char             *err;
    size_t            errlen;
};

/* libinih ends a value at ';' after a space (an inline comment), but '#'
 * starts a comment only at the start of a line: "watch = /srv/x # note"
 * watches a folder named "/srv/x # note". True when a word of v starts
 * with '#', unless it ends with one too: "#*#" is a glob (Emacs's lock
 * files, in the default exclude), not a comment. */
static bool
hash_in_value(const char *v)
{
    const char *p;
    size_t n;

    for (p = v; (p = strchr(p, '#')) != NULL; p++) {
        if (p > v && p[-1] != ' ' && p[-1] != '\t')
            continue;
        n = strcspn(p, " \t");
        if (n < 2 || p[n - 1] != '#')
            return true;
    }
    return false;
}

/* Values taken as written that are most likely not what was meant: said
 * at start and at every reload. */
static void
warn_value(const struct ini_ctx *ctx, const char *key, const char *value)
{
    /* a '#' may belong in a path or a glob */
    if (hash_in_value(value))
        fw_log(LOG_WARNING, "config: '#' inside a value path=%s: %s = %s: "
            "taken as written; a comment after a value starts with ';' "
            "(key = value ; note)", ctx->name, key, value);
    /* ZeroMQ's 0: dropping is counted, and a gap repaired from the
     * snapshot endpoint, but memory that runs out kills the daemon */
    if (strcmp(key, "high_water_mark") == 0 && ctx->c->hwm == 0)
        fw_log(LOG_WARNING, "config: high_water_mark = 0 is no limit "
            "path=%s: for a subscriber that stops reading, ZeroMQ queues "
            "every message until memory runs out", ctx->name);
}

static int
on_ini_line(void *user, const char *section, const char *key,
    const char *value)
{
    struct ini_ctx *ctx = user;
    char why[256];

    (void)section;  /* sections are allowed for readability but not needed */
    if (cfg_set(ctx->c, key, value, why, sizeof why) == 0) {
        warn_value(ctx, key, value);
        return 1;
    }
    if (ctx->err[0] == '\0')       /* the first line's reason, with its
                                       number (inih reports the first) */
        snprintf(ctx->err, ctx->errlen, "%s", why);
    return 0;
}

/* libinih reads lines of at most INI_LINE_MAX bytes (Debian builds it with
 * 200, newline included) and takes an indented line for more of the value
 * before it, which replaces it: both silently change what a file says.
 * Refuse them with the line's number. Returns 0, or -1 with err set. */
#define INI_LINE_MAX 199

static int
check_lines(const char *text, const char *name, char *err, size_t errlen)
{
    const char *p = text, *e;
    int line = 1, after_key = 0;

    for (; *p; p = *e ? e + 1 : e, line++) {
        size_t len, i;
        e = strchr(p, '\n');
        if (e == NULL)
            e = p + strlen(p);
        len = (size_t)(e - p) - (e > p && e[-1] == '\r');
        if (len > INI_LINE_MAX) {
            snprintf(err, errlen, "%s:%d: longer than %d bytes", name, line,
                INI_LINE_MAX);
            return -1;
        }
        for (i = 0; i < len && (p[i] == ' ' || p[i] == '\t'); i++)
            ;
        if (i == len || p[i] == '#' || p[i] == ';') {
            after_key = 0;          /* blank or comment */
            continue;
        }
        if (i > 0 && after_key) {
            snprintf(err, errlen, "%s:%d: an indented line would continue "
                "the value above it; write each key = value on one line",
                name, line);
            return -1;
        }
        after_key = p[i] != '[';
    }
    return 0;
}

/* A configuration file of size bytes (its stat; CONFIG_MAX for a pipe),
 * whole, into *text (malloc'd); at most 1 MiB. */
#define CONFIG_MAX (1 << 20)

static int
read_text(const char *path, off_t size, char **text, char *err,
          size_t errlen)
{
    FILE *f;
    size_t n;

    *text = NULL;
    if (size > CONFIG_MAX) {
        snprintf(err, errlen, "%s: larger than 1 MiB", path);
        return -1;
    }
    if ((f = fopen(path, "re")) == NULL) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if ((*text = malloc((size_t)size + 2)) == NULL) {
        fclose(f);
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    n = fread(*text, 1, (size_t)size + 1, f);
    if (ferror(f) || n > (size_t)size) {
        snprintf(err, errlen, "%s: %s", path, ferror(f) ? strerror(errno) :
            "larger than 1 MiB, or it grew while read");
        fclose(f);
        free(*text);
        *text = NULL;
        return -1;
    }
    fclose(f);
    (*text)[n] = '\0';
    return 0;
}

/* ini_parse's return: 0, -1 open failed, -2 no memory, else the first
 * line in error; turned into "name:line: reason". */
static int
ini_result(int rc, const char *name, const char *why, char *err,
    size_t errlen)
{
    if (rc == 0)
        return 0;
    if (rc == -1)
        snprintf(err, errlen, "%s: %s", name, strerror(errno));
    else if (rc == -2)
        snprintf(err, errlen, "%s: out of memory", name);
    else
        snprintf(err, errlen, "%s:%d: %s", name, rc,
            why[0] ? why : "syntax error");
    return -1;
}

int
cfg_load(struct fw_config *c, const char *path, char *err, size_t errlen)
{
    char why[256] = "", *text;
    struct ini_ctx ctx = {c, path, why, sizeof why};
    struct stat st;
    int rc;

    if (stat(path, &st) < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    /* fopen() takes a folder, and inih reads it as an empty file */
    if (S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s: is a folder, not a configuration file",
            path);
        return -1;
    }
    if (read_text(path, S_ISREG(st.st_mode) ? st.st_size : CONFIG_MAX,
                  &text, err, errlen) < 0)
        return -1;
    if (check_lines(text, path, err, errlen) < 0) {
        free(text);
        return -1;
    }
    rc = ini_result(ini_parse_string(text, on_ini_line, &ctx), path, why,
        err, errlen);
    free(text);
    return rc;
}

int
cfg_load_string(struct fw_config *c, const char *text, char *err,
    size_t errlen)
{
    char why[256] = "";
    struct ini_ctx ctx = {c, "(string)", why, sizeof why};

    if (check_lines(text, "(string)", err, errlen) < 0)
        return -1;
    return ini_result(ini_parse_string(text, on_ini_line, &ctx), "(string)",
        why, err, errlen);
}

/* The host name alone named the seq counter, which lives in the state:
 * two daemons on one host (one per folder, SCALING.md) shared it, and
 * behind a proxy a subscriber took one's seq 1 for the other's duplicate
 * and dropped it. The path is not resolved: it need not exist yet, and
 * stays the same name across restarts as the command line does. */
void
cfg_source_id_default(struct fw_config *c)
{
    char cwd[4096] = "", id[sizeof c->source_id];
    int n;

    if (c->source_id_set || c->state_dir == NULL)
        return;
    if (c->state_dir[0] != '/' && getcwd(cwd, sizeof cwd) == NULL)
        return;             /* the host name alone, as before */
    n = snprintf(id, sizeof id, "%s:%s%s%s", c->source_id, cwd,
        cwd[0] ? "/" : "", c->state_dir);
    if (n > 0 && (size_t)n < sizeof id)
        memcpy(c->source_id, id, (size_t)n + 1);
}

int
cfg_state_inside_watch(const struct fw_config *c)
{
    char w[PATH_MAX], st[PATH_MAX];
    size_t n;

    if (realpath(c->watch_dir, w) == NULL ||
        realpath(c->state_dir, st) == NULL)
        return 0;
    n = strlen(w);
    return strncmp(st, w, n) == 0 &&
        (st[n] == '\0' || st[n] == '/' || (n == 1 && w[0] == '/'));
}
