#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# profile.py - where factwatchd spends its time: perf over --once and over the daemon under load.
"""Usage: profile.py FACTWATCHD CORPUS WORK OUT.txt

Records `perf` (Debian linux-perf) over `factwatchd --once CORPUS` and over
the daemon while 500 articles are renamed into its folder one at a time, and
writes the shares by library and the top symbols of each to OUT.txt. Not part
of `make bench`; run it when a target is missed (bench/run.sh --profile)."""
import argparse
import os
import subprocess
import sys
import time

import fwbench as fb
import latency


def report(data, sort):
    out = subprocess.run(["perf", "report", "-i", data, "--no-children",
                          "--sort", sort, "--stdio", "-g", "none"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True).stdout
    rows = [x for x in out.splitlines() if "%" in x and not x.startswith("#")]
    return "\n".join(rows[:25]) + "\n"


def record(cmd, data):
    return subprocess.Popen(["perf", "record", "-F", "2000", "-g", "-o", data]
                            + cmd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def daemon(args, data):
    ns = argparse.Namespace(factwatchd=args.factwatchd, corpus=args.corpus,
                            work=args.work, floor=None)
    t = latency.Target("factwatchd", ns, args.work)
    try:
        pr = record(["-p", str(t.pid())], data)
        time.sleep(1)
        res = latency.sequential(ns, t, fb.corpus_names(args.corpus)[:520])
        pr.send_signal(2)
        pr.wait()
    finally:
        t.stop()
    return "median %.0f µs, p99 %.0f µs while recorded\n" % (
        res["median_us"], res["p99_us"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name in ("factwatchd", "corpus", "work", "out"):
        ap.add_argument(name)
    a = ap.parse_args()
    fb.fresh_dir(a.work)
    once = os.path.join(a.work, "once.data")
    record([a.factwatchd, "--once", a.corpus], once).wait()
    text = "# factwatchd --once %s\n\n" % a.corpus
    text += report(once, "dso") + "\n" + report(once, "symbol")
    live = os.path.join(a.work, "daemon.data")
    text += "\n# factwatchd, articles renamed in one at a time: "
    text += daemon(a, live) + "\n"
    text += report(live, "dso") + "\n" + report(live, "symbol")
    with open(a.out, "w") as f:
        f.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
