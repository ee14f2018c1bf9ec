#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# latency.py - drop-to-receive latency and burst: factwatchd against the floor and the naive pipeline.
"""Rename articles into a watched folder and time rename() to the receipt
of the ZeroMQ message, for factwatchd, the no-parse floor (bench/floor) and
the naive inotifywait | python3-zmq pipeline, in interleaved rounds."""
import os
import subprocess
import threading
import time

import zmq

import fwbench as fb

TARGETS = ("floor", "naive", "factwatchd")
WARMUP = 20


class Target:
    """One publisher under test, started on a fresh watch folder."""

    def __init__(self, kind, args, work):
        self.kind, self.args = kind, args
        self.work = fb.fresh_dir(os.path.join(work, kind))
        self.watch = fb.fresh_dir(os.path.join(self.work, "watch"))
        self.ep = fb.endpoint()
        self.procs = []
        getattr(self, "start_" + kind)()

    def start_floor(self):
        p = subprocess.Popen([self.args.floor, self.watch, self.ep],
                             stdout=subprocess.PIPE)
        self.procs.append(p)
        p.stdout.readline()

    def start_naive(self):
        iw = subprocess.Popen(
            ["inotifywait", "-m", "-e", "moved_to", "-e", "close_write",
             "--format", "%w%f", self.watch + "/"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        pub = subprocess.Popen(
            ["/usr/bin/python3", os.path.join(fb.BENCH, "naive_pub.py"),
             self.ep], stdin=iw.stdout, stdout=subprocess.PIPE)
        iw.stdout.close()
        self.procs += [pub, iw]
        while b"Watches established" not in iw.stderr.readline():
            pass
        pub.stdout.readline()

    def start_factwatchd(self):
        state = fb.fresh_dir(os.path.join(self.work, "state"))
        p, _ = fb.start_daemon(self.args.factwatchd, self.watch, state,
                               self.ep, self.work)
        self.procs.append(p)

    def matches(self, name, data, body):
        if self.kind == "factwatchd":
            return ('"path":"%s"' % name).encode() in body
        return body == data

    def pid(self):
        return self.procs[0].pid

    def stop(self):
        for p in self.procs:
            fb.stop(p)


def stage(args, t, names, tag):
    """Hard-link names into a staging folder beside t.watch; their bytes."""
    d = fb.fresh_dir(os.path.join(t.work, "stage-" + tag))
    fb.link_files(args.corpus, names, d)
    data = []
    for n in names:
        with open(os.path.join(d, n), "rb") as f:
            data.append(f.read())
    return d, data


def one(sock, t, src, name, data, timeout_ms):
    """Rename one file in and wait for its message; microseconds or None."""
    t0 = time.perf_counter_ns()
    os.rename(os.path.join(src, name), os.path.join(t.watch, name))
    while sock.poll(timeout_ms):
        topic, body = sock.recv_multipart()
        t1 = time.perf_counter_ns()
        if t.matches(name, data, body):
            return (t1 - t0) / 1000.0
    return None


def sequential(args, t, names):
    sock = fb.subscriber(t.ep)
    time.sleep(0.2)
    src, data = stage(args, t, names, "seq")
    lat, lost = [], 0
    for i, n in enumerate(names):
        us = one(sock, t, src, n, data[i], 2000 if i < WARMUP else 5000)
        if i < WARMUP:
            continue
        if us is None:
            lost += 1
        else:
            lat.append(us)
    sock.close(0)
    lat.sort()
    return {"n": len(lat), "lost": lost, "median_us": fb.quantile(lat, .5),
            "p99_us": fb.quantile(lat, .99), "max_us": lat[-1] if lat else None,
            "sorted_us": [round(x, 1) for x in lat]}


def receiver(sock, t, names, out, done):
    want = set(names)
    idle_ms = 60000     # factwatchd may send nothing until a batch is done
    while want and sock.poll(idle_ms):
        topic, body = sock.recv_multipart()
        now = time.perf_counter_ns()
        if t.kind == "factwatchd":
            key = body.split(b'"path":"', 1)[-1].split(b'"', 1)[0].decode()
        else:
            same = out["by_data"].get(body)
            key = same.pop() if same else None
        if key in want:
            want.discard(key)
            out["last"] = now
            out["first"] = out["first"] or now
    out["lost"] = len(want)
    done.set()


def burst(args, t, names):
    sock = fb.subscriber(t.ep)
    time.sleep(0.2)
    src, data = stage(args, t, names, "burst")
    out = {"by_data": {}, "last": None, "first": None}
    for d, n in zip(data, names):
        out["by_data"].setdefault(d, []).append(n)
    done = threading.Event()
    th = threading.Thread(target=receiver, args=(sock, t, names, out, done))
    th.start()
    t0 = time.perf_counter_ns()
    for n in names:
        os.rename(os.path.join(src, n), os.path.join(t.watch, n))
    t_renamed = time.perf_counter_ns()
    th.join()
    sock.close(0)
    secs = (out["last"] - t0) / 1e9 if out["last"] else None
    first = (out["first"] - t0) / 1e9 if out["first"] else None
    return {"n": len(names), "lost": out["lost"], "seconds": secs,
            "first_seconds": first,
            "rename_seconds": (t_renamed - t0) / 1e9,
            "articles_per_s": len(names) / secs if secs else None}


def rounds(args, kind_fn, names_for):
    """Run kind_fn for every target in rotated order, args.rounds times."""
    res = {k: [] for k in TARGETS}
    for r in range(args.rounds):
        order = TARGETS[r % 3:] + TARGETS[:r % 3]
        for kind in order:
            t = Target(kind, args, args.work)
            try:
                res[kind].append(kind_fn(args, t, names_for(r, kind)))
            finally:
                t.stop()
    return res


def summarise_seq(runs):
    pooled = {}
    for k, v in runs.items():
        pooled[k] = {
            "median_us": fb.median([x["median_us"] for x in v]),
            "p99_us": fb.median([x["p99_us"] for x in v]),
            "max_us": max(x["max_us"] or 0 for x in v),
            "lost": sum(x["lost"] for x in v),
            "n": sum(x["n"] for x in v),
            "sorted_us": sorted(v, key=lambda x: x["median_us"])
                         [len(v) // 2]["sorted_us"],
            "rounds": [{kk: x[kk] for kk in ("median_us", "p99_us", "max_us",
                                               "lost")} for x in v]}
    f, fl, nv = pooled["factwatchd"], pooled["floor"], pooled["naive"]
    return {"targets": pooled,
            "ratio_median_vs_floor": fb.ratio(f["median_us"], fl["median_us"]),
            "ratio_median_vs_naive": fb.ratio(f["median_us"], nv["median_us"]),
            "ratio_p99_vs_floor": fb.ratio(f["p99_us"], fl["p99_us"]),
            "ratio_p99_vs_naive": fb.ratio(f["p99_us"], nv["p99_us"])}


def summarise_burst(runs):
    out = {}
    for k, v in runs.items():
        out[k] = {"seconds": fb.median([x["seconds"] for x in v]),
                  "articles_per_s": fb.median([x["articles_per_s"] for x in v]),
                  "lost": max(x["lost"] for x in v),
                  "first_seconds": fb.median([x["first_seconds"]
                                              for x in v]),
                  "rename_seconds": fb.median([x["rename_seconds"]
                                               for x in v]),
                  "rounds": v}
    return {"targets": out}


def main():
    ap = fb.arg_parser(__doc__, "factwatchd", "floor", "corpus", "work")
    ap.add_argument("--seq", type=int, default=2000)
    ap.add_argument("--burst", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    names = fb.corpus_names(a.corpus)
    need = WARMUP + a.seq
    seq = rounds(a, sequential, lambda r, k: names[:need])
    res = {"sequential": summarise_seq(seq),
           "seq_articles": a.seq, "warmup": WARMUP, "rounds": a.rounds}
    if a.burst:
        bst = rounds(a, burst, lambda r, k: names[:a.burst])
        res["burst"] = summarise_burst(bst)
        res["burst_articles"] = a.burst
    fb.save(a.out, res)


if __name__ == "__main__":
    main()
