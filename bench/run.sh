#!/bin/sh
# SPDX-License-Identifier: MIT
# run.sh - make bench: install what the benchmarks need, build them, run every benchmark, write the report.
#
# usage: bench/run.sh [BUILD] [--full] [--profile]
#   BUILD        the build folder: factwatchd and the pure objects (build)
#   --full       also the 100,000-article points (or BENCH_FULL=1)
#   --profile    also perf profiles into bench/results/profile.txt
#                (or BENCH_PROFILE=1)
# BENCH_OUT (bench/out) holds the corpora, node_modules and scratch folders;
# results go to bench/results/ and docs/BENCHMARKS.md.
# Flags and package lists are split on purpose; corpus names are a%06d.txt.
# shellcheck disable=SC2086,SC2046,SC2012
set -eu

BUILD=build
FULL=${BENCH_FULL:-0}
PROFILE=${BENCH_PROFILE:-0}
for a in "$@"; do
    case $a in
    --full) FULL=1 ;;
    --profile) PROFILE=1 ;;
    -*) echo "usage: bench/run.sh [BUILD] [--full] [--profile]" >&2
        exit 100 ;;
    *) BUILD=$a ;;
    esac
done
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
OUT=${BENCH_OUT:-$BENCH/out}
RES=$BENCH/results
PY=/usr/bin/python3
SEED=${BENCH_SEED:-1}
mkdir -p "$OUT/bin" "$RES"
cd "$ROOT"

say() { printf 'bench: %s\n' "$*" >&2; }

# Debian packages the benchmarks use, installed when missing.
deps() {
    missing=
    command -v inotifywait >/dev/null || missing="$missing inotify-tools"
    command -v gnuplot >/dev/null || missing="$missing gnuplot-nox"
    command -v node >/dev/null || missing="$missing nodejs"
    command -v npm >/dev/null || missing="$missing npm"
    $PY -c 'import dateparser' 2>/dev/null ||
        missing="$missing python3-dateparser"
    $PY -c 'import zmq' 2>/dev/null || missing="$missing python3-zmq"
    if [ -n "$missing" ]; then
        say "installing$missing"
        [ "$(id -u)" = 0 ] || { say "run as root to install:$missing"; exit 1; }
        apt-get install -y -q $missing >/dev/null 2>&1 || {
            apt-get update -q >/dev/null
            apt-get install -y -q $missing >/dev/null
        }
    fi
    if [ ! -d "$OUT/node/node_modules/chrono-node" ]; then
        say "installing chrono-node into $OUT/node"
        mkdir -p "$OUT/node"
        npm install --silent --no-audit --no-fund --prefix "$OUT/node" \
            chrono-node >/dev/null
    fi
}

# Snapshot the daemon (others may rebuild meanwhile) and build the drivers
# with the project's warning flags.
build() {
    cp "$BUILD/factwatchd" "$OUT/bin/factwatchd"
    flags="-std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Iinclude -O2 -g"
    pkgs="libzmq jansson libutf8proc libsystemd sqlite3 libcrypto"
    pkgs="$pkgs libxxhash inih libxml-2.0"
    cc $flags -o "$OUT/bin/stages" bench/stages.c \
        $(ls "$BUILD"/daemon/caldate.o "$BUILD"/daemon/decode*.o \
            "$BUILD"/daemon/parse*.o "$BUILD"/daemon/facts*.o \
            "$BUILD"/daemon/fprint*.o "$BUILD"/daemon/article*.o) \
        $(pkg-config --cflags --libs $pkgs) -lm
    cc $flags -o "$OUT/bin/floor" bench/floor.c \
        $(pkg-config --cflags --libs libzmq)
    cc $flags -o "$OUT/bin/near" bench/near.c "$BUILD"/daemon/fprint_index.o \
        $(pkg-config --cflags --libs libxxhash)
}

# corpus N: generate N articles once per generator version and seed.
corpus() {
    dir=$OUT/corpus-$1-s$SEED
    stamp=$(md5sum bench/gen | cut -c1-12)
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
        say "generating $1 articles (seed $SEED)"
        rm -rf "$dir"
        bench/gen "$dir" -n "$1" --seed "$SEED"
        echo "$stamp" > "$dir/.stamp"
    fi
    echo "$dir"
}

# subset DIR N: the first N articles of DIR as hard links.
subset() {
    dir=$OUT/subset-$2
    rm -rf "$dir" && mkdir -p "$dir"
    ls "$1" | head -n "$2" | while read -r f; do ln "$1/$f" "$dir/$f"; done
    echo "$dir"
}

machine() {
    $PY - "$RES/machine.json" "$FULL" <<'EOF'
import json, os, platform, subprocess, sys, time
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
            if l.startswith("model name")), "unknown")
rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], text=True,
                     stdout=subprocess.PIPE).stdout.strip()
dirty = subprocess.run(["git", "status", "--porcelain", "--", "daemon",
                        "include"], text=True, stdout=subprocess.PIPE).stdout
json.dump({"nproc": os.cpu_count(), "cpu": cpu, "kernel": platform.release(),
           "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "commit": rev, "tree_dirty": bool(dirty.strip()),
           "full": sys.argv[2] == "1"}, open(sys.argv[1], "w"), indent=1)
EOF
}

deps
build
C10K=$(corpus 10000)
C1K=$(subset "$C10K" 1000)
SIZES="1000 10000"
GROWTH="$C1K $C10K"
if [ "$FULL" = 1 ]; then
    C100K=$(corpus 100000)
    SIZES="$SIZES 100000"
    GROWTH="$GROWTH $C100K"
fi
machine
export PYTHONPATH="$BENCH"
say "throughput: factwatchd --once, chrono-node, dateparser, stages"
$PY bench/throughput.py --factwatchd "$OUT/bin/factwatchd" \
    --stages "$OUT/bin/stages" --corpus "$C10K" \
    --node-modules "$OUT/node/node_modules" --growth $GROWTH \
    --out "$RES/throughput.json"
say "latency and burst: factwatchd, floor, naive"
$PY bench/latency.py --factwatchd "$OUT/bin/factwatchd" \
    --floor "$OUT/bin/floor" --corpus "$C10K" --work "$OUT/latency" \
    --out "$RES/latency.json"
say "memory and start-up at $SIZES"
$PY bench/startup.py --factwatchd "$OUT/bin/factwatchd" \
    --corpus "${C100K:-$C10K}" --work "$OUT/startup" --sizes $SIZES \
    --out "$RES/startup.json"
say "near-duplicate lookup: the index against a scan, 100,000 hashes"
"$OUT/bin/near" 100000 3 > "$RES/near.json"
if [ "$PROFILE" = 1 ]; then
    say "profile: perf over --once and the daemon under load"
    command -v perf >/dev/null || apt-get install -y -q linux-perf >/dev/null
    $PY bench/profile.py "$OUT/bin/factwatchd" "$C1K" "$OUT/profile" \
        "$RES/profile.txt" >/dev/null
fi
rm -rf "$OUT/latency" "$OUT/startup" "$OUT/profile"    # state DBs: ~1 GB
say "report"
$PY bench/report.py "$RES" docs/BENCHMARKS.md
sed -n '/^## Targets/,/^## Throughput/p' docs/BENCHMARKS.md | sed '$d'
say "done: docs/BENCHMARKS.md, $RES"
