/* SPDX-License-Identifier: MIT */
/* notify.c - tell systemd we are ready, still alive, and what we are doing. */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include <systemd/sd-daemon.h>

#include "factwatchd.h"

/* Half the watchdog period in ms, or 0 when systemd set no watchdog. */
int64_t
notify_watchdog_ms(void)
{
    uint64_t usec = 0;

    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return 0;
    return (int64_t)(usec / 2000);
}

void
notify_ready(void)
{
    sd_notify(0, "READY=1");
}

void
notify_watchdog(void)
{
    sd_notify(0, "WATCHDOG=1");
}

/* STATUS= from fmt, and extend_s seconds of EXTEND_TIMEOUT_USEC= when
 * it is not 0. */
static void
send_status(unsigned extend_s, const char *fmt, va_list ap)
{
    char buf[512];

    vsnprintf(buf, sizeof buf, fmt, ap);
    if (extend_s)
        sd_notifyf(0, "STATUS=%s\nEXTEND_TIMEOUT_USEC=%llu", buf,
            (unsigned long long)extend_s * 1000000ULL);
    else
        sd_notifyf(0, "STATUS=%s", buf);
}

void
notify_status(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    send_status(0, fmt, ap);
    va_end(ap);
}

/* Progress before READY=1: STATUS= and EXTEND_TIMEOUT_USEC=, so a first
 * scan that keeps moving outlasts TimeoutStartSec= and one stuck for
 * PROGRESS_GRACE_S does not. */
#define PROGRESS_GRACE_S 30

void
notify_progress(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    send_status(PROGRESS_GRACE_S, fmt, ap);
    va_end(ap);
}

void
notify_stopping(void)
{
    sd_notify(0, "STOPPING=1");
}

/* MONOTONIC_USEC lets systemd 253+ (Type=notify-reload) match the reload
 * to its request; older versions ignore it. */
void
notify_reloading(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    sd_notifyf(0, "RELOADING=1\nMONOTONIC_USEC=%llu",
        (unsigned long long)ts.tv_sec * 1000000ULL +
        (unsigned long long)ts.tv_nsec / 1000);
}
