/* SPDX-License-Identifier: MIT */
/* log.c - one logging function: plain stderr, or sd-daemon prefixes under journald. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "factwatchd.h"

static int  cur_level = LOG_INFO;
static bool to_journal;

/* JOURNAL_STREAM is "dev:ino" of the stream systemd connected; a child
 * that inherited the variable but whose stderr now goes elsewhere (a
 * file, a pipe in a test) must not print "<6>" prefixes into it. */
static bool
stderr_is_journal(void)
{
    const char *e = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;

    if (e == NULL || sscanf(e, "%llu:%llu", &dev, &ino) != 2 ||
        fstat(STDERR_FILENO, &st) < 0)
        return false;
    return st.st_dev == (dev_t)dev && st.st_ino == (ino_t)ino;
}

void
log_init(int level, bool journal)
{
    cur_level = level;
    to_journal = journal && stderr_is_journal();
}

/* One message, one line: a newline or escape in a file name must not
 * forge a second log line or a terminal sequence. */
static void
scrub(char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            *s = '?';
}

void
log_set_level(int level)
{
    cur_level = level;
}

int
log_level(void)
{
    return cur_level;
}

/* journald parses "<N>" at the start of each stderr line as the priority;
 * on a terminal or in a file a timestamp and a word read better. */
void
fw_log(int prio, const char *fmt, ...)
{
    static const char *names[8] = {"emerg", "alert", "crit", "error",
        "warning", "notice", "info", "debug"};
    char msg[2048];
    va_list ap;

    if (prio > cur_level)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    scrub(msg);
    if (to_journal) {
        fprintf(stderr, "<%d>%s\n", prio, msg);
    } else {
        char ts[32];
        struct timespec now;
        struct tm tm;
        clock_gettime(CLOCK_REALTIME, &now);
        gmtime_r(&now.tv_sec, &tm);
        strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
        fprintf(stderr, "%s.%03ldZ factwatchd %s: %s\n", ts,
            now.tv_nsec / 1000000, names[prio & 7], msg);
    }
}
