/* SPDX-License-Identifier: MIT */
/* fwsub_resume.c - the resume file of factwatch-sub and factwatch-nats: read it, replace it durably. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fwsub.h"

int
fwsub_resume_read(const char *path, int64_t *seq, char *epoch, size_t elen)
{
    FILE *f = fopen(path, "re");
    char ep[FWSUB_EPOCH_MAX + 1] = "";
    long long v = -1;
    int c, n;

    *seq = 0;
    snprintf(epoch, elen, "%s", "");
    if (f == NULL)
        return errno == ENOENT ? 0 : -1;
    /* Empty: written by a version without fsync, and cut by a power
     * failure; it holds no point at all, so start over. */
    if ((c = fgetc(f)) == EOF && !ferror(f)) {
        fclose(f);
        fprintf(stderr, "%s is empty (a power cut?): asking for "
            "everything\n", path);
        return 0;
    }
    ungetc(c, f);
    n = fscanf(f, "%lld %64s", &v, ep);     /* FWSUB_EPOCH_MAX */
    fclose(f);
    if (n < 1 || v < 0)
        return -1;
    *seq = v;
    snprintf(epoch, elen, "%s", ep);
    return 0;
}

/* fsync the folder holding path, so that a rename into it is on disk
 * too; a file system that cannot sync folders (EINVAL) has nothing more
 * to give. 0, or -1 with errno. */
static int
sync_folder(const char *path)
{
    char dir[4096];
    char *slash;
    int fd, rc, e;

    snprintf(dir, sizeof dir, "%s", path);
    if ((slash = strrchr(dir, '/')) == NULL)
        snprintf(dir, sizeof dir, ".");
    else
        slash[slash == dir] = '\0';        /* "/f": the root itself */
    if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
        return -1;
    rc = fsync(fd) < 0 && errno != EINVAL ? -1 : 0;
    e = errno;
    close(fd);
    errno = e;
    return rc;
}

/* Write text to a new tmp and fsync it; 0, or -1 with errno (tmp gone). */
static int
write_synced(const char *tmp, const char *text)
{
    size_t len = strlen(text), off = 0;
    ssize_t n;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644), e;
    bool ok;

    if (fd < 0)
        return -1;
    while (off < len && ((n = write(fd, text + off, len - off)) > 0 ||
            (n < 0 && errno == EINTR)))
        off += n > 0 ? (size_t)n : 0;
    ok = off == len && fsync(fd) == 0;
    e = errno;
    if (close(fd) < 0 && ok) {
        ok = false;
        e = errno;
    }
    if (ok)
        return 0;
    unlink(tmp);
    errno = e;
    return -1;
}

/* The file moves with every message, and a power cut must leave either
 * the old point or the new one: a rename alone can reach the disk before
 * the data it names (an empty file, so everything again: the bridge
 * re-published it all, past JetStream's duplicate window). Hence data,
 * fsync, rename, then fsync of the folder for the rename itself. */
int
fwsub_resume_write(const char *path, int64_t seq, const char *epoch)
{
    char tmp[4096], text[32 + FWSUB_EPOCH_MAX];
    int e;

    if ((size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp) {
        errno = ENAMETOOLONG;
        return -1;
    }
    snprintf(text, sizeof text, "%" PRId64 "%s%.*s\n", seq,
        epoch && epoch[0] ? " " : "", FWSUB_EPOCH_MAX, epoch ? epoch : "");
    if (write_synced(tmp, text) < 0)
        return -1;
    if (rename(tmp, path) < 0) {
        e = errno;
        unlink(tmp);
        errno = e;
        return -1;
    }
    return sync_folder(path);
}
