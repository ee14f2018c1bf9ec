/* SPDX-License-Identifier: MIT */
/* fileio.c - read a whole regular file safely: no FIFOs, no symlinks, bounded size. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "factwatchd.h"

/* A read lease is granted only while nobody has the file open for
 * writing: the kernel's own answer to "is a writer still at work?", which
 * an IN_CLOSE_WRITE read late cannot give (the next writer may already
 * have truncated the file). Taken and dropped at once, so no lease break
 * (SIGIO, ignored by the daemon) can come of it. Without the right to
 * take leases (not the owner, no CAP_LEASE) the check is skipped and the
 * mtime comparison after the read is what catches a writer. */
static int
open_for_writing(int fd)
{
    if (fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
        fcntl(fd, F_SETLEASE, F_UNLCK);
        return 0;
    }
    return errno == EAGAIN;
}

/* Busy: open for writing and modified within the last quiet_ms. A writer
 * that keeps the file open but has been quiet that long (mmap, some
 * network filesystems) is taken at its word: the file is done. */
static int
being_written(int fd, const struct stat *st, int quiet_ms)
{
    struct timespec now;
    int64_t age_ms;

    if (quiet_ms <= 0 || !open_for_writing(fd))
        return 0;
    clock_gettime(CLOCK_REALTIME, &now);
    age_ms = ((int64_t)now.tv_sec - st->st_mtim.tv_sec) * 1000 +
        (now.tv_nsec - st->st_mtim.tv_nsec) / 1000000;
    return age_ms < quiet_ms;
}

/* Read exactly size bytes and make sure nothing follows: 0, 1 when the
 * file grew, shrank or changed under us (busy), -1 on an error (errno).
 * p has room for size + 1 bytes: asking for one more than the size tells
 * growth in the same read, and a short read of a regular file is its end,
 * so a file read whole costs one read(), not two. */
static int
read_exact(int fd, char *p, size_t size)
{
    size_t got = 0;
    ssize_t n;

    while (got <= size) {
        n = read(fd, p + got, size + 1 - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += (size_t)n;
        if (got == size)
            break;                  /* short read: the end of the file */
    }
    return got == size ? 0 : 1;     /* truncated, or grew while we read */
}

/* A writer that rewrote the file while we read it leaves a new size or
 * mtime: what we hold may be half of one version and half of another. */
static int
changed_since(int fd, const struct stat *st)
{
    struct stat after;

    return fstat(fd, &after) == 0 && (after.st_size != st->st_size ||
        after.st_mtim.tv_sec != st->st_mtim.tv_sec ||
        after.st_mtim.tv_nsec != st->st_mtim.tv_nsec);
}

/* O_NONBLOCK keeps a FIFO from hanging the loop at open(); O_NOFOLLOW keeps
 * a symlink from leading out of the watched folder. */
int
fileio_read(const char *path, int64_t max_size, int quiet_ms, char **buf,
    size_t *len, struct stat *st, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC), rc,
        e = 0;

    *buf = NULL;
    if (fd < 0) {
        snprintf(err, errlen, "cannot open: %s", errno == ELOOP ?
            "symbolic links are not followed" : strerror(errno));
        return -1;
    }
    if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode)) {
        snprintf(err, errlen, "not a regular file");
        goto fail;
    }
    if (being_written(fd, st, quiet_ms))
        goto busy;
    if (st->st_size > max_size) {
        snprintf(err, errlen, "file too large: %lld bytes, max_size is %lld",
            (long long)st->st_size, (long long)max_size);
        goto fail;
    }
    if ((*buf = malloc((size_t)st->st_size + 1)) == NULL) {
        snprintf(err, errlen, "out of memory");
        e = ENOMEM;
        goto fail;
    }
    if ((rc = read_exact(fd, *buf, (size_t)st->st_size)) < 0) {
        e = errno;
        snprintf(err, errlen, "read failed: %s", strerror(e));
        goto fail;
    }
    if (rc > 0 || changed_since(fd, st))
        goto busy;
    (*buf)[st->st_size] = '\0';
    *len = (size_t)st->st_size;
    close(fd);
    return 0;
busy:
    snprintf(err, errlen, "file changed while being read");
    free(*buf);
    *buf = NULL;
    close(fd);
    errno = EAGAIN;
    return -1;
fail:
    free(*buf);
    *buf = NULL;
    close(fd);
    errno = e;          /* 0: the file is no article (not regular, too large) */
    return -1;
}

int64_t
fileio_mtime_ns(const struct stat *st)
{
    /* nanoseconds in 64 bits end in April 2262: a later (or far
     * earlier) mtime is clamped there, not wrapped into 1677 or 1861 */
    const int64_t lim = INT64_MAX / 1000000000 - 1;

    if (st->st_mtim.tv_sec > lim)
        return lim * 1000000000;
    if (st->st_mtim.tv_sec < -lim)
        return -lim * 1000000000;
    return (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
}
