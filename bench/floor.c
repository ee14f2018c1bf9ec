/* SPDX-License-Identifier: MIT */
/* floor.c - the latency floor: inotify, read the file, send it on ZeroMQ; no parsing. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <zmq.h>

#define FLOOR_MAX_FILE (16 * 1024 * 1024)

/* Read a whole file into buf (cap bytes); bytes read or -1. */
static ssize_t
read_file(const char *path, char *buf, size_t cap)
{
    ssize_t n, got = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0)
        return -1;
    while ((size_t)got < cap && (n = read(fd, buf + got, cap - got)) > 0)
        got += n;
    close(fd);
    return got;
}

static void
send_file(void *pub, const char *dir, const char *name, char *buf)
{
    char path[PATH_MAX];
    ssize_t n;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    if ((n = read_file(path, buf, FLOOR_MAX_FILE)) < 0)
        return;
    zmq_send(pub, "article.new", 11, ZMQ_SNDMORE);
    zmq_send(pub, buf, (size_t)n, 0);
}

/* Walk every record of one read(): a directory watch's events carry names. */
static int
drain(int ifd, void *pub, const char *dir, char *buf)
{
    char ev[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    const struct inotify_event *e;
    ssize_t n = read(ifd, ev, sizeof ev);
    char *p;

    if (n <= 0)
        return n == 0 || errno == EINTR ? 0 : -1;
    for (p = ev; p < ev + n; p += sizeof *e + e->len) {
        e = (const struct inotify_event *)p;
        if (e->len > 0 && e->name[0] != '.')
            send_file(pub, dir, e->name, buf);
    }
    return 0;
}

int
main(int argc, char **argv)
{
    void *ctx, *pub;
    char *buf;
    int ifd, hwm = 0;

    if (argc != 3) {
        fprintf(stderr, "usage: floor DIR ENDPOINT\n");
        return 100;
    }
    ctx = zmq_ctx_new();
    pub = zmq_socket(ctx, ZMQ_PUB);
    zmq_setsockopt(pub, ZMQ_SNDHWM, &hwm, sizeof hwm);
    buf = malloc(FLOOR_MAX_FILE);
    ifd = inotify_init1(IN_CLOEXEC);
    if (buf == NULL || ifd < 0 || zmq_bind(pub, argv[2]) < 0 ||
        inotify_add_watch(ifd, argv[1], IN_MOVED_TO | IN_CLOSE_WRITE) < 0) {
        fprintf(stderr, "floor: %s\n", strerror(errno));
        return 111;
    }
    printf("floor: ready\n");
    fflush(stdout);
    while (drain(ifd, pub, argv[1], buf) == 0)
        ;
    fprintf(stderr, "floor: inotify read: %s\n", strerror(errno));
    return 111;
}
