#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# dateparser_bench.py - date extraction with dateparser.search.search_dates over part of the corpus.
"""Usage: dateparser_bench.py DIR MAX_BYTES REPS. dateparser runs at about
0.2 MB/s, so it gets the first articles up to MAX_BYTES; MB/s is comparable."""
import json
import os
import sys
import time
import warnings

import dateparser
from dateparser.search import search_dates


def main():
    warnings.filterwarnings("ignore")
    d, max_bytes, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    texts, nbytes = [], 0
    for n in sorted(x for x in os.listdir(d) if not x.startswith(".")):
        with open(os.path.join(d, n), "rb") as f:
            raw = f.read()
        if nbytes + len(raw) > max_bytes and texts:
            break
        texts.append(raw.decode("utf-8", errors="replace"))
        nbytes += len(raw)
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    for t in texts[:5]:   # warm-up: language data and regex caches
        search_dates(t, languages=["en"], settings=settings)
    secs, cpu, found = [], [], 0
    for _ in range(reps):
        c0, t0 = time.process_time(), time.perf_counter()
        found = sum(len(search_dates(t, languages=["en"],
                                     settings=settings) or [])
                    for t in texts)
        secs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(json.dumps({"tool": "dateparser", "version": dateparser.__version__,
                      "articles": len(texts), "bytes": nbytes,
                      "found": found, "seconds": secs, "cpu_seconds": cpu}))


if __name__ == "__main__":
    main()
