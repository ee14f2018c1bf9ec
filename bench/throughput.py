#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# throughput.py - factwatchd --once against chrono-node and dateparser on the same corpus, same run.
"""Time `factwatchd --once` over a corpus (wall and CPU), the per-stage
breakdown (bench/stages), chrono-node and dateparser doing date extraction
only on the same files, and report MB/s, articles/s and the ratios."""
import json
import os
import subprocess
import time

import fwbench as fb


def corpus_bytes(d):
    return sum(os.path.getsize(os.path.join(d, n)) for n in fb.corpus_names(d))


def once_run(fwd, d, count=False):
    """One --once run; (wall seconds, CPU seconds, facts found or 0)."""
    t0 = time.perf_counter()
    p = subprocess.Popen([fwd, "--once", d], stderr=subprocess.DEVNULL,
                         stdout=subprocess.PIPE if count else
                         subprocess.DEVNULL)
    lines = sum(len(json.loads(x)["facts"]) for x in p.stdout) if count \
        else 0
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    return wall, ru.ru_utime + ru.ru_stime, lines


def once(fwd, d, reps):
    nbytes, narts = corpus_bytes(d), len(fb.corpus_names(d))
    facts = once_run(fwd, d, True)[2]     # page cache warm-up, and a count
    runs = [list(once_run(fwd, d)) for _ in range(reps)]
    return with_rates({"articles": narts, "bytes": nbytes,
                       "found": facts, "runs": runs})


def with_rates(r):
    """Medians of r["runs"] ([wall, cpu, facts]) and the rates from them."""
    r["wall_s"] = wall = fb.median([x[0] for x in r["runs"]])
    r["cpu_s"] = cpu = fb.median([x[1] for x in r["runs"]])
    r["mb_per_s"] = r["bytes"] / 1e6 / wall
    r["mb_per_s_per_core"] = r["bytes"] / 1e6 / cpu
    r["articles_per_s_per_core"] = r["articles"] / cpu
    return r


def tool(cmd):
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL).stdout
    r = json.loads(out)
    r["wall_s"] = fb.median(r["seconds"])
    r["cpu_s"] = fb.median(r["cpu_seconds"])
    r["mb_per_s"] = r["bytes"] / 1e6 / r["wall_s"]
    r["mb_per_s_per_core"] = r["bytes"] / 1e6 / r["cpu_s"]
    r["articles_per_s_per_core"] = r["articles"] / r["cpu_s"]
    return r


def main():
    ap = fb.arg_parser(__doc__, "factwatchd", "stages", "corpus",
                       "node-modules")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--dateparser-bytes", type=int, default=300000)
    ap.add_argument("--growth", nargs="*", default=[],
                    help="more corpus folders for cost growth")
    a = ap.parse_args()
    half = (a.reps + 1) // 2
    runs = [once(a.factwatchd, a.corpus, half)]
    chrono = tool(["node", os.path.join(fb.BENCH, "chrono_bench.js"),
                   a.corpus, str(min(a.reps, 3)), a.node_modules])
    dp = tool(["/usr/bin/python3",
               os.path.join(fb.BENCH, "dateparser_bench.py"), a.corpus,
               str(a.dateparser_bytes), "2"])
    if a.reps > half:       # the other half after the baselines
        runs.append(once(a.factwatchd, a.corpus, a.reps - half))
    fw = with_rates(dict(runs[0], runs=sum((r["runs"] for r in runs), [])))
    stages = json.loads(subprocess.run([a.stages, a.corpus, str(a.reps)],
                                       check=True, stdout=subprocess.PIPE)
                        .stdout)
    res = {"factwatchd_once": fw, "chrono": chrono, "dateparser": dp,
           "stages": stages,
           "ratio_vs_chrono": fb.ratio(fw["mb_per_s_per_core"],
                                       chrono["mb_per_s_per_core"]),
           "ratio_vs_dateparser": fb.ratio(fw["mb_per_s_per_core"],
                                           dp["mb_per_s_per_core"]),
           "growth": [fw if os.path.samefile(d, a.corpus) else
                      once(a.factwatchd, d, 3) for d in a.growth]}
    fb.save(a.out, res)


if __name__ == "__main__":
    main()
