/* SPDX-License-Identifier: MIT */
/* loop.c - the single-threaded epoll loop; sources carry their own handlers. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "factwatchd.h"

#define LOOP_BATCH 64

struct loop {
    int  epfd;
    bool stop;
};

struct loop *
loop_new(void)
{
    struct loop *l = calloc(1, sizeof *l);

    if (l == NULL)
        return NULL;
    l->epfd = epoll_create1(EPOLL_CLOEXEC);
    if (l->epfd < 0) {
        free(l);
        return NULL;
    }
    return l;
}

void
loop_free(struct loop *l)
{
    if (l == NULL)
        return;
    close(l->epfd);
    free(l);
}

int
loop_add(struct loop *l, struct loop_source *src, uint32_t events)
{
    struct epoll_event ev = {.events = events, .data.ptr = src};

    return epoll_ctl(l->epfd, EPOLL_CTL_ADD, src->fd, &ev);
}

void
loop_del(struct loop *l, struct loop_source *src)
{
    epoll_ctl(l->epfd, EPOLL_CTL_DEL, src->fd, NULL);
}

int
loop_run(struct loop *l)
{
    struct epoll_event ev[LOOP_BATCH];
    int n, i;

    while (!l->stop) {
        n = epoll_wait(l->epfd, ev, LOOP_BATCH, -1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fw_log(LOG_ERR, "loop: epoll_wait: %s", strerror(errno));
            return -1;
        }
        for (i = 0; i < n && !l->stop; i++) {
            struct loop_source *src = ev[i].data.ptr;
            src->handler(src, ev[i].events);
        }
    }
    return 0;
}

void
loop_stop(struct loop *l)
{
    l->stop = true;
}

int
loop_timer_new(void)
{
    return timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
}

int
loop_timer_arm(int fd, int64_t ms, int64_t interval_ms)
{
    struct itimerspec its;

    memset(&its, 0, sizeof its);
    its.it_value.tv_sec = ms / 1000;
    its.it_value.tv_nsec = (ms % 1000) * 1000000;
    its.it_interval.tv_sec = interval_ms / 1000;
    its.it_interval.tv_nsec = (interval_ms % 1000) * 1000000;
    return timerfd_settime(fd, 0, &its, NULL);
}

uint64_t
loop_timer_ack(int fd)
{
    uint64_t n = 0;

    if (read(fd, &n, sizeof n) != sizeof n)
        return 0;
    return n;
}
