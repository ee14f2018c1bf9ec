/* SPDX-License-Identifier: MIT */
/* once.c - --once: summarise files or folders to stdout, publish nothing. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decode.h"
#include "article.h"
#include "factwatchd.h"

struct once {
    const struct fw_config *cfg;
    int64_t  seq;
    size_t   done, total;
    int      status;
    bool     progress;
};

/* Summarise raw (read from path, named name in the summary). */
static void
emit(struct once *o, const char *path, const char *name, const char *raw,
    size_t len, const struct stat *st)
{
    /* no host: --once output is the same on every machine */
    struct article_meta meta = {name, (int64_t)len, fileio_mtime_ns(st),
        o->cfg->include_text, NULL};
    char err[256];
    struct article *a = article_new(raw, len, meta.mtime_ns, err, sizeof err);
    const char *no_html;
    char *text;

    if (a == NULL) {
        fprintf(stderr, "factwatchd: %s: %s\n", path, err);
        o->status = 1;
        return;
    }
    if ((no_html = decode_html_unavailable()) != NULL)
        fprintf(stderr, "factwatchd: %s: HTML pages are read as plain "
            "text\n", no_html);
    /* One write per summary: stdio per token cost more than the JSON. */
    text = article_json(a, &meta, ++o->seq, "new", NULL, NULL);
    if (text == NULL || fputs(text, stdout) == EOF || putchar('\n') == EOF) {
        fprintf(stderr, "factwatchd: %s: cannot write the summary\n", path);
        o->status = 1;
    }
    free(text);
    article_free(a);
}

/* Read file (opened as real, said as path) and summarise it. */
static void
once_read(struct once *o, const char *real, const char *path,
    const char *name)
{
    char err[256], *raw;
    struct stat st;
    size_t len;

    if (fileio_read(real, o->cfg->max_size, 0, &raw, &len, &st, err,
            sizeof err) < 0) {
        fprintf(stderr, "factwatchd: %s: %s\n", path, err);
        o->status = 1;
        return;
    }
    emit(o, path, name, raw, len, &st);
    free(raw);
}

static void
once_file(struct once *o, const char *path, const char *name)
{
    if (o->progress)
        fprintf(stderr, "\r[%zu/%zu] %.60s\033[K", ++o->done, o->total, name);
    once_read(o, path, path, name);
}

/* A file named on the command line: a symbolic link there is the
 * user's own choice and is followed (never inside a folder). */
static void
once_named(struct once *o, const char *path, const char *name)
{
    char *real;

    if ((real = realpath(path, NULL)) == NULL) {
        fprintf(stderr, "factwatchd: %s: %s\n", path, strerror(errno));
        o->status = 1;
        return;
    }
    if (o->progress)
        fprintf(stderr, "\r[%zu/%zu] %.60s\033[K", ++o->done, o->total, name);
    once_read(o, real, path, name);
    free(real);
}

static int
read_stdin(struct once *o)
{
    size_t len = 0, cap = 65536;
    char *buf = malloc(cap);
    struct stat st;
    size_t n;

    while (buf && (n = fread(buf + len, 1, cap - len - 1, stdin)) > 0) {
        len += n;
        if (len > (size_t)o->cfg->max_size) {
            fprintf(stderr, "factwatchd: -: standard input is larger than "
                "max_size (%lld bytes)\n", (long long)o->cfg->max_size);
            free(buf);
            return 1;
        }
        if (len + 1 == cap && (buf = realloc(buf, cap *= 2)) == NULL)
            break;
    }
    if (buf == NULL || ferror(stdin)) {
        fprintf(stderr, "factwatchd: -: cannot read standard input\n");
        free(buf);
        return 1;
    }
    buf[len] = '\0';
    memset(&st, 0, sizeof st);
    st.st_mtim.tv_sec = time(NULL);
    emit(o, "-", "-", buf, len, &st);
    free(buf);
    return 0;
}

static int
cmp_names(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int
wanted(const struct fw_config *cfg, const char *name, bool dir)
{
    if (watch_glob_match(cfg->exclude_globs, name))
        return 0;
    return dir || watch_glob_match(cfg->include_globs, name);
}

/* The entry's type in st->st_mode: from the directory entry when the
 * filesystem gives it (one lstat() less per file), else from lstat(). */
static int
entry_type(const struct dirent *e, const char *path, struct stat *st)
{
    switch (e->d_type) {
    case DT_REG: st->st_mode = S_IFREG; return 0;
    case DT_DIR: st->st_mode = S_IFDIR; return 0;
    case DT_LNK: st->st_mode = S_IFLNK; return 0;
    default: return lstat(path, st);
    }
}

/* Inside a folder, as the daemon does: links are not followed, FIFOs,
 * sockets and devices not opened; each is said, and counts as a path
 * that could not be read. */
static void
skip_special(struct once *o, const char *path, const struct stat *st)
{
    fprintf(stderr, "factwatchd: %s: not a regular file (%s): not read\n",
        path, S_ISLNK(st->st_mode) ? "a symbolic link" :
        S_ISFIFO(st->st_mode) ? "a FIFO" : S_ISSOCK(st->st_mode) ?
        "a socket" : "a device or other special file");
    o->status = 1;
}

/* Walk a folder in name order; count only (o->total) when counting. */
static void
once_dir(struct once *o, const char *root, const char *rel, bool counting)
{
    char path[2 * PATH_MAX + 2], child[PATH_MAX];
    struct dirent **ents;
    struct stat st;
    int n, i;

    snprintf(path, sizeof path, "%s%s%s", root, rel[0] ? "/" : "", rel);
    if ((n = scandir(path, &ents, NULL, cmp_names)) < 0) {
        fprintf(stderr, "factwatchd: %s: %s\n", path, strerror(errno));
        o->status = 1;
        return;
    }
    for (i = 0; i < n; i++) {
        const char *name = ents[i]->d_name;
        snprintf(child, sizeof child, "%s%s%s", rel, rel[0] ? "/" : "", name);
        snprintf(path, sizeof path, "%s/%s", root, child);
        if (strcmp(name, ".") && strcmp(name, "..") &&
            entry_type(ents[i], path, &st) == 0 &&
            wanted(o->cfg, name, S_ISDIR(st.st_mode))) {
            if (S_ISDIR(st.st_mode))
                once_dir(o, root, child, counting);
            else if (S_ISREG(st.st_mode) && counting)
                o->total++;
            else if (S_ISREG(st.st_mode))
                once_file(o, path, child);
            else if (!counting)
                skip_special(o, path, &st);
        }
        free(ents[i]);
    }
    free(ents);
}

int
once_run(const struct fw_config *cfg, char *const *paths, int npaths)
{
    static char outbuf[1 << 20];
    struct once o = {.cfg = cfg};
    bool tty = isatty(STDERR_FILENO);
    struct stat st;
    int i, missing = 0;

    /* Summaries of 8 KB through stdio's 4 KB buffer were two or three
     * write()s each; a terminal still gets them line by line. glibc
     * ignores the size unless it is given the buffer too. */
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    for (i = 0; i < npaths; i++) {
        if (strcmp(paths[i], "-") && stat(paths[i], &st) < 0) {
            /* said now, skipped below: the others are still summarised;
             * a path that does not exist decides the status (2) */
            fprintf(stderr, "factwatchd: %s: %s\n", paths[i], strerror(errno));
            if (errno == ENOENT || errno == ENOTDIR)
                missing = 2;
            else if (missing == 0)
                missing = 1;
            continue;
        }
        if (tty && strcmp(paths[i], "-") && S_ISDIR(st.st_mode))
            once_dir(&o, paths[i], "", true);   /* counted for the progress */
        else
            o.total++;
    }
    o.progress = tty && o.total > 1;
    for (i = 0; i < npaths; i++) {
        const char *base = strrchr(paths[i], '/');
        if (!strcmp(paths[i], "-"))
            o.status |= read_stdin(&o);
        else if (stat(paths[i], &st) < 0)
            continue;           /* reported above */
        else if (S_ISDIR(st.st_mode))
            once_dir(&o, paths[i], "", false);
        else
            once_named(&o, paths[i], base ? base + 1 : paths[i]);
    }
    if (o.progress)
        fprintf(stderr, "\r%zu articles summarised\033[K\n", o.done);
    if (fflush(stdout) == EOF || ferror(stdout)) {
        fprintf(stderr, "factwatchd: cannot write the summaries: %s\n",
            strerror(errno));
        return 1;
    }
    return missing == 2 ? 2 : o.status | missing;
}
