#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# report.py - turn bench/results/*.json into docs/BENCHMARKS.md and gnuplot PNG plots.
"""Usage: report.py RESULTS_DIR MARKDOWN_FILE"""
import json
import os
import subprocess
import sys


def load(d, name):
    p = os.path.join(d, name + ".json")
    return json.load(open(p)) if os.path.exists(p) else None


def fmt(v, digits=1):
    if v is None:
        return "–"
    if isinstance(v, float):
        return "{:,.{}f}".format(v, digits)
    return "{:,}".format(v)


def mib(kib):
    return kib / 1024.0 if kib is not None else None


def verdict(ok):
    return "–" if ok is None else ("met" if ok else "**missed**")


def table(head, rows):
    out = ["| " + " | ".join(head) + " |",
           "|" + "|".join(" --- " for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"


def size_row(st, n):
    for s in (st or {}).get("sizes", []):
        if s["articles"] == n:
            return s
    return None


def targets(tp, lat, st, nr=None):
    fw = tp["factwatchd_once"] if tp else {}
    seq = lat["sequential"]["targets"] if lat else {}
    f, fl, nv = (seq.get(k, {}) for k in ("factwatchd", "floor", "naive"))
    bst = lat.get("burst", {}).get("targets", {}).get("factwatchd", {}) \
        if lat else {}
    big = size_row(st, 100000)
    idle = (st or {}).get("idle", {})
    rows = []

    def add(name, target, value, ok):
        rows.append([name, target, value, verdict(ok)])

    v = fw.get("mb_per_s_per_core")
    add("--once throughput", "≥ 100 MB/s per core", fmt(v) + " MB/s",
        v >= 100 if v else None)
    r = tp.get("ratio_vs_chrono") if tp else None
    add("vs chrono-node", "≥ 15×", fmt(r, 2) + "×", r >= 15 if r else None)
    m = f.get("median_us")
    add("latency median vs naive", "≤ naive's (%s µs)" %
        fmt(nv.get("median_us")), fmt(m) + " µs",
        m <= nv["median_us"] if m and nv.get("median_us") else None)
    add("latency median vs floor", "≤ 2× floor's (%s µs)" %
        fmt(fl.get("median_us")), fmt(m) + " µs",
        m <= 2 * fl["median_us"] if m and fl.get("median_us") else None)
    p = f.get("p99_us")
    add("latency p99", "≤ 1.5 ms", fmt(p) + " µs", p <= 1500 if p else None)
    s = bst.get("seconds")
    add("10,000-file burst", "≤ 1.5 s, 0 lost",
        "%s s, %s lost" % (fmt(s, 2), fmt(bst.get("lost"))),
        s <= 1.5 and bst.get("lost") == 0 if s else None)
    i = mib(idle.get("rss_kib"))
    add("RSS idle", "≤ 8 MiB", fmt(i) + " MiB", i <= 8 if i else None)
    for key, when in (("rss_kib_after_ingest", "after ingesting them"),
                      ("unchanged_rss_kib", "restarted over them")):
        b = mib(big[key]) if big else None
        add("RSS with 100,000 articles, " + when, "≤ 32 MiB",
            fmt(b) + " MiB" if b else "not run (--full)",
            b <= 32 if b else None)
    u = big["unchanged_ready_s"] if big else None
    add("READY, 100,000 unchanged", "≤ 1 s",
        fmt(u, 3) + " s" if u else "not run (--full)", u <= 1 if u else None)
    if nr:
        worst = max(nr["random"]["index_us"], nr["clustered"]["index_us"])
        add("near-duplicate lookup, 100,000 known", "≤ 1 ms",
            "%s µs (a scan of every hash: %s µs, %s× slower)" % (
                fmt(worst, 1), fmt(nr["clustered"]["scan_us"], 0),
                fmt(nr["clustered"]["ratio"], 0)),
            worst <= nr["target_us"] and nr["random"]["same_matches"] and
            nr["clustered"]["same_matches"])
    return table(["what", "target", "measured", ""], rows)


def throughput_md(tp):
    fw, ch, dp = tp["factwatchd_once"], tp["chrono"], tp["dateparser"]
    rows = [["factwatchd --once (whole pipeline, JSON out)",
             fmt(fw["mb_per_s"]), fmt(fw["mb_per_s_per_core"]),
             fmt(fw["articles_per_s_per_core"], 0),
             "1", fmt(fw.get("found")), "%s articles, %s MB" % (
                 fmt(fw["articles"]), fmt(fw["bytes"] / 1e6))],
            ["chrono-node %s (dates only, warmed up)" % ch["version"],
             fmt(ch["mb_per_s"]), fmt(ch["mb_per_s_per_core"]),
             fmt(ch["articles_per_s_per_core"], 0),
             fmt(tp["ratio_vs_chrono"], 2) + "×", fmt(ch["found"]),
             "same corpus"],
            ["dateparser %s search_dates (dates only)" % dp["version"],
             fmt(dp["mb_per_s"], 3), fmt(dp["mb_per_s_per_core"], 3),
             fmt(dp["articles_per_s_per_core"], 1),
             fmt(tp["ratio_vs_dateparser"], 0) + "×", fmt(dp["found"]),
             "first %s articles (%s kB)" % (dp["articles"],
                                            fmt(dp["bytes"] / 1e3, 0))]]
    out = table(["pipeline", "MB/s (wall)", "MB/s per core (CPU time)",
                 "articles/s per core", "factwatchd is", "dates found",
                 "input"], rows)
    st = tp["stages"]["stages"]
    order = ("decode", "parse", "facts", "fingerprint", "json", "whole")
    rows = [[k, fmt(st[k]["mb_per_s"]), fmt(st[k]["us_per_article"]),
             fmt(100.0 * st[k]["seconds"] / st["whole"]["seconds"], 0) + " %"]
            for k in order if k in st]
    out += "\nPer stage (bench/stages: the pure objects over the corpus in " \
        "memory, thread CPU time, median of %d passes; *whole* is " \
        "article_new + summary + dump one article at a time, no file " \
        "I/O):\n\n" % tp["stages"]["reps"]
    out += table(["stage", "MB/s", "µs/article", "share of whole"], rows)
    big = max((k for k in order[:-1] if k in st),
              key=lambda k: st[k]["seconds"])
    out += "\nThe largest stage is %s, %s %% of the whole; at 100 MB/s " \
        "per core the whole pipeline has %s µs for an article of this " \
        "corpus's mean size.\n" % (
            big, fmt(100.0 * st[big]["seconds"] / st["whole"]["seconds"], 0),
            fmt(tp["stages"]["bytes"] / tp["stages"]["articles"] / 100.0))
    return out


def latency_md(lat):
    seq = lat["sequential"]
    rows = []
    for k in ("factwatchd", "floor", "naive"):
        v = seq["targets"][k]
        rows.append([k, fmt(v["median_us"]), fmt(v["p99_us"]),
                     fmt(v["max_us"]), fmt(v["lost"]), fmt(v["n"])])
    out = table(["publisher", "median µs", "p99 µs", "max µs", "lost",
                 "samples"], rows)
    out += "\nfactwatchd ÷ floor: median %s×, p99 %s×; " \
        "factwatchd ÷ naive: median %s×, p99 %s×.\n" % (
            fmt(seq["ratio_median_vs_floor"], 2),
            fmt(seq["ratio_p99_vs_floor"], 2),
            fmt(seq["ratio_median_vs_naive"], 2),
            fmt(seq["ratio_p99_vs_naive"], 2))
    if "burst" in lat:
        rows = []
        for k in ("factwatchd", "floor", "naive"):
            v = lat["burst"]["targets"][k]
            rows.append([k, fmt(v.get("first_seconds"), 3),
                         fmt(v["seconds"], 3), fmt(v["articles_per_s"], 0),
                         fmt(v["lost"]), fmt(v["rename_seconds"], 3)])
        out += "\nBurst: %s articles renamed in as fast as one process can " \
            "(median of %d rounds):\n\n" % (fmt(lat["burst_articles"]),
                                            lat["rounds"])
        out += table(["publisher", "to first summary, s",
                      "to last summary, s", "articles/s",
                      "lost", "renames took, s"], rows)
    return out


def startup_md(st, tp):
    idle = st["idle"]
    out = "Idle (empty folder): RSS %s MiB, READY in %s s.\n\n" % (
        fmt(mib(idle["rss_kib"])), fmt(idle["ready_s"], 3))
    if "file_kib" in idle:
        out = out[:-2] + (" Of the RSS, %s MiB are pages of shared libraries"
                          " (RssFile: libc, libsqlite3, libstdc++, libsystemd"
                          " and libzmq's dependencies, shared with every"
                          " process that maps them) and %s MiB the daemon's"
                          " own memory (RssAnon).\n\n" % (
                              fmt(mib(idle["file_kib"])),
                              fmt(mib(idle["anon_kib"]))))
    once = {g["articles"]: g for g in (tp or {}).get("growth", [])}
    rows = []
    for s in st["sizes"]:
        g = once.get(s["articles"], {})
        rows.append([fmt(s["articles"]), fmt(s["first_ready_s"], 2),
                     fmt(s["first_articles_per_s"], 0),
                     fmt(mib(s["rss_kib_after_ingest"])),
                     fmt(s["unchanged_ready_s"], 3),
                     fmt(s["unchanged_us_per_article"], 1),
                     fmt(mib(s["unchanged_rss_kib"])),
                     fmt(s["republished"]),
                     fmt(s.get("state_kib", 0) / 1024.0),
                     fmt(g.get("mb_per_s_per_core"))])
    out += table(["articles", "first start: READY s (ingests all)",
                  "ingest articles/s", "RSS after ingest MiB",
                  "restart unchanged: READY s", "µs/article",
                  "RSS MiB", "republished", "state on disk MiB",
                  "--once MB/s per core"], rows)
    return out


def gnuplot(script):
    if subprocess.run(["gnuplot"], input=script.encode()).returncode:
        print("report: gnuplot failed; the plot may be stale", file=sys.stderr)


def plot_latency(lat, png):
    data = ""
    for k in ("factwatchd", "floor", "naive"):
        v = lat["sequential"]["targets"][k]["sorted_us"]
        data += "$%s << EOD\n" % k
        data += "".join("%g %g %g\n" % (x, 100.0 * (i + 1) / len(v),
                                         100.0 * (len(v) - i) / len(v))
                        for i, x in enumerate(v))
        data += "EOD\n"
    plots = ", ".join(
        "$%s using 1:%%d with lines lw 2 title \"%s\"" % (k, t)
        for k, t in (("floor", "floor (inotify, read, send)"),
                     ("naive", "naive (inotifywait | python3-zmq)"),
                     ("factwatchd", "factwatchd")))
    gnuplot(data + """
set terminal pngcairo size 1200,520 font "sans,11"
set output "%s"
set multiplot layout 1,2 title "rename() to receipt of the message \\
(median round of %d articles each)"
set logscale x
set xtics ("10 µs" 10, "100 µs" 100, "1 ms" 1000, "10 ms" 10000, \\
           "100 ms" 100000, "1 s" 1000000)
set grid
set xlabel "latency (log scale)"
set title "distribution"
set ylabel "percentile"
set yrange [0:100]
set key bottom right
plot %s
set title "tail"
set ylabel "%% of articles slower (log scale)"
set logscale y
set yrange [0.04:100]
unset key
plot %s
unset multiplot
""" % (png, lat["seq_articles"], plots % ((2,) * 3), plots % ((3,) * 3)))


def plot_growth(st, tp, png):
    once = {g["articles"]: g for g in (tp or {}).get("growth", [])}
    data = "$d << EOD\n"
    sizes = [s["articles"] for s in st["sizes"]]
    for s in st["sizes"]:
        g = once.get(s["articles"], {})
        data += "%d %g %g %g %g %g\n" % (
            s["articles"], s["unchanged_us_per_article"],
            1e6 / s["first_articles_per_s"], mib(s["rss_kib_after_ingest"]),
            mib(s["unchanged_rss_kib"]), g.get("mb_per_s_per_core", 0))
    data += "EOD\n"
    gnuplot(data + """
set terminal pngcairo size 1200,460 font "sans,11"
set output "%s"
set multiplot layout 1,3 title "cost growth with the number of articles"
set logscale x
set xrange [%g:%g]
set xtics ("1k" 1000, "10k" 10000, "100k" 100000)
set grid
set xlabel "articles"
set key below
set yrange [0:*]
set title "time per article"
set ylabel "µs per article"
plot $d using 1:3 with linespoints lw 2 title "first start (ingest)", \\
     $d using 1:2 with linespoints lw 2 title "restart, unchanged"
set title "resident memory"
set ylabel "MiB"
plot $d using 1:4 with linespoints lw 2 title "after ingest", \\
     $d using 1:5 with linespoints lw 2 title "restart, unchanged", \\
     32 with lines dt 2 title "target 32 MiB"
set title "--once throughput"
set ylabel "MB/s per core"
plot $d using 1:6 with linespoints lw 2 title "factwatchd --once"
unset multiplot
""" % (png, min(sizes) / 1.7, max(sizes) * 1.7))


HEAD = """<!-- SPDX-License-Identifier: MIT -->
<!-- BENCHMARKS.md - measured speed and memory of factwatchd (bench/report.py). -->
# Benchmarks

Written by `make bench` (`bench/run.sh`; `--full` or `BENCH_FULL=1` adds the
100,000-article points). Every figure is a median of several runs, and every
ratio is against a baseline measured in the same run on the same corpus: the
machines are shared and noisy. Raw results: `bench/results/*.json`;
`bench/run.sh --profile` adds perf profiles of `--once` and of the daemon
under load (`bench/results/profile.txt`).

"""

METHOD = """
## How it is measured

- **Corpus**: `bench/gen -n 10000 --seed 1`: synthetic articles from our own
  templates (about 2.8 kB each): every date form of issue 5, non-dates that look
  like dates, datelines, ` date YYYY-MM-DD` and `Date:` headers, web-page
  boilerplate, 5 % near-duplicates, 5 % Windows-1252, 3 % mojibake, 10 % CRLF.
- **Throughput**: `factwatchd --once DIR > /dev/null`, page cache warm; MB/s per
  core is bytes ÷ the process's user + system CPU time (it is single-threaded).
  chrono-node (`chrono.parse`, installed by the bench with npm) and dateparser
  (`search_dates(languages=["en"])`, Debian's python3-dateparser) only extract
  dates from text already in memory, after a warm-up pass over the corpus; they
  get the same files, read as UTF-8 (invalid bytes replaced). dateparser
  runs over the first ~300 kB only (it is about 0.1 MB/s); its MB/s is still
  comparable.
- **Latency**: a python3-zmq subscriber renames one staged article (hard link,
  same filesystem) into the watched folder and waits for its message before
  the next; 20 warm-up articles are discarded. Three rounds, publishers in
  rotated order, each on a fresh folder and state; the table gives the median
  of the rounds' medians and p99s and the largest max. All three publish on
  `tcp://127.0.0.1`. The floor is `bench/floor.c` (inotify → read → send);
  the naive pipeline is `inotifywait -m | bench/naive_pub.py`.
- **Memory and start-up**: READY=1 is caught on our own `NOTIFY_SOCKET`, with
  `startup_delay_ms = 0` (the default 500 ms delay would add to every start).
  RSS is `VmRSS` from `/proc` after READY; the first start ingests every
  article before READY. "republished" counts article messages sent by the
  restarts (from the `seq` in the ready log line); it must be 0.
- **Near-duplicate lookup**: `bench/near.c` against the build's
  `fprint_index.o`: 100,000 hashes, random and clustered (families of 10
  within 6 bits), 10,000 lookups each (half near a known hash, half
  random), median of 3 rounds; the baseline in the same run scans every
  hash with a popcount, and both must find the same matches.
"""


def main():
    res, md = sys.argv[1], sys.argv[2]
    mach, tp = load(res, "machine"), load(res, "throughput")
    lat, st = load(res, "latency"), load(res, "startup")
    out = HEAD
    if mach:
        out += "Run on %s: %d × %s, Linux %s, commit %s%s; %s.\n\n" % (
            mach["date"], mach["nproc"], mach["cpu"], mach["kernel"],
            mach["commit"],
            " with uncommitted pipeline changes" if mach["tree_dirty"] else "",
            "full run" if mach["full"] else "default run (no 100k points)")
    out += "## Targets\n\n" + targets(tp, lat, st, load(res, "near"))
    if tp:
        out += "\n## Throughput\n\n" + throughput_md(tp)
    if lat:
        plot_latency(lat, os.path.join(res, "latency.png"))
        out += "\n## Drop-to-receive latency\n\n" + latency_md(lat)
        out += "\n![latency distributions](../bench/results/latency.png)\n"
    if st:
        plot_growth(st, tp, os.path.join(res, "growth.png"))
        out += "\n## Memory, start-up and cost growth\n\n" + startup_md(st, tp)
        out += "\n![cost growth](../bench/results/growth.png)\n"
    # What limits each missed target: written by hand after profiling
    # (bench/LIMITS.md), included as is; it names the commit it describes.
    limits = os.path.join(os.path.dirname(os.path.abspath(__file__)), "LIMITS.md")
    if os.path.exists(limits):
        with open(limits, encoding="utf-8") as f:
            out += "\n" + f.read()
    out += METHOD
    with open(md, "w") as f:
        f.write(out)


if __name__ == "__main__":
    main()
