#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# startup.py - resident memory and time to READY of factwatchd, idle and with N articles known.
"""For each N: start factwatchd on a folder of N new articles (time to READY
includes ingesting them all: the start-up scan is synchronous), read its RSS,
then restart it several times over the same, unchanged folder and state and
time READY=1 (caught on our own NOTIFY_SOCKET)."""
import os
import re
import time

import fwbench as fb


def last_seq(work):
    """The seq in the daemon's latest "main: ready" log line."""
    seq = None
    with open(os.path.join(work, "daemon.log"), errors="replace") as f:
        for line in f:
            m = re.search(r"main: ready.*seq (\d+)", line)
            if m:
                seq = int(m.group(1))
    return seq


def disk_kib(d):
    """Bytes the files under d take, in KiB."""
    total = 0
    for root, _, files in os.walk(d):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total // 1024


def rss_after(p, settle):
    time.sleep(settle)
    return fb.proc_status(p.pid)


def idle(args):
    work = fb.fresh_dir(os.path.join(args.work, "idle"))
    watch = fb.fresh_dir(os.path.join(work, "watch"))
    state = fb.fresh_dir(os.path.join(work, "state"))
    runs = []
    for _ in range(args.reps):
        p, secs = fb.start_daemon(args.factwatchd, watch, state, fb.endpoint(),
                                  work)
        st = rss_after(p, 1.0)
        fb.stop(p)
        runs.append({"ready_s": secs, "rss_kib": st["VmRSS"],
                     "hwm_kib": st["VmHWM"], "anon_kib": st["RssAnon"],
                     "file_kib": st["RssFile"]})
    return {"ready_s": fb.median([r["ready_s"] for r in runs]),
            "rss_kib": fb.median([r["rss_kib"] for r in runs]),
            "anon_kib": fb.median([r["anon_kib"] for r in runs]),
            "file_kib": fb.median([r["file_kib"] for r in runs]),
            "hwm_kib": fb.median([r["hwm_kib"] for r in runs]), "runs": runs}


def known(args, n):
    work = fb.fresh_dir(os.path.join(args.work, "n%d" % n))
    watch = fb.fresh_dir(os.path.join(work, "watch"))
    state = fb.fresh_dir(os.path.join(work, "state"))
    fb.link_files(args.corpus, fb.corpus_names(args.corpus, n), watch)
    p, first = fb.start_daemon(args.factwatchd, watch, state, fb.endpoint(),
                               work)
    st = rss_after(p, 0.5)
    fb.stop(p)
    state_kib = disk_kib(state)
    seq0 = last_seq(work)
    restarts = []
    for _ in range(args.reps):
        p, secs = fb.start_daemon(args.factwatchd, watch, state,
                                  fb.endpoint(), work)
        rs = rss_after(p, 0.5)
        fb.stop(p)
        restarts.append({"ready_s": secs, "rss_kib": rs["VmRSS"],
                         "hwm_kib": rs["VmHWM"],
                         "published": (last_seq(work) or 0) - (seq0 or 0)})
    ready = fb.median([r["ready_s"] for r in restarts])
    return {"articles": n, "first_ready_s": first,
            "first_articles_per_s": n / first,
            "rss_kib_after_ingest": st["VmRSS"], "hwm_kib_ingest": st["VmHWM"],
            "seq_after_ingest": seq0, "state_kib": state_kib,
            "unchanged_ready_s": ready,
            "unchanged_us_per_article": ready * 1e6 / n,
            "unchanged_rss_kib": fb.median([r["rss_kib"] for r in restarts]),
            "unchanged_hwm_kib": fb.median([r["hwm_kib"] for r in restarts]),
            "republished": max(r["published"] for r in restarts),
            "restarts": restarts}


def main():
    ap = fb.arg_parser(__doc__, "factwatchd", "corpus", "work")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--reps", type=int, default=3)
    a = ap.parse_args()
    res = {"idle": idle(a), "sizes": [known(a, n) for n in a.sizes],
           "config": "startup_delay_ms = 0, status_interval = 0"}
    fb.save(a.out, res)


if __name__ == "__main__":
    main()
