/* SPDX-License-Identifier: MIT */
/* fileio.c - read a whole regular file safely: no FIFOs, no symlinks, bounded size. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "factwatchd.h"

/* O_NONBLOCK keeps a FIFO from hanging the loop at open(); O_NOFOLLOW keeps
 * a symlink from leading out of the watched folder. */
int
fileio_read(const char *path, int64_t max_size, char **buf, size_t *len,
    struct stat *st, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    size_t got = 0;
    char *p;

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
    if (st->st_size > max_size) {
        snprintf(err, errlen, "file too large: %lld bytes, max_size is %lld",
            (long long)st->st_size, (long long)max_size);
        goto fail;
    }
    if ((p = malloc((size_t)st->st_size + 1)) == NULL) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    *buf = p;
    /* Read to EOF, not to st_size: a file may grow while we read it. */
    for (;;) {
        ssize_t n;
        if (got == (size_t)st->st_size) {
            char extra;
            if ((n = read(fd, &extra, 1)) == 0)
                break;
            if (n > 0) {
                snprintf(err, errlen, "file changed while being read");
                goto fail;
            }
        } else {
            n = read(fd, p + got, (size_t)st->st_size - got);
            if (n == 0)
                break;   /* truncated while reading: take what is there */
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            snprintf(err, errlen, "read failed: %s", strerror(errno));
            goto fail;
        }
        got += (size_t)n;
    }
    p[got] = '\0';
    *len = got;
    close(fd);
    return 0;
fail:
    free(*buf);
    *buf = NULL;
    close(fd);
    return -1;
}
