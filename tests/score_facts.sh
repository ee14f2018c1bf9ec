#!/bin/sh
# SPDX-License-Identifier: MIT
# score_facts.sh - score factwatchd --once over the samples and our gold sets, with floors.
#
# usage: tests/score_facts.sh [BUILD]
# Prints the scorer's report for each set and a PASS or FAIL line per set
# (tests/run-tests.sh counts them). The samples (../shared/seeds) are
# scored when present; tests/gold, tests/gold_holdout and
# tests/gold_holdout2 always. Floors: value F1 0.97 on the samples, 0.95
# on tests/gold (issue 5), 0.97 on the held-out set (it reached 0.985
# after the rules it prompted; the floor keeps a small margin below that,
# and it is a check, not a target), 0.90 on the second held-out set (0.878
# when first scored, 0.916 after the general rules it prompted).
set -u
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
case $build in /*) ;; *) build=$root/$build ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# score NAME PREPARE GOLD FLOOR
score() {
    mkdir -p "$tmp/$1"
    if ! sh "$2" "$tmp/$1" >/dev/null 2>&1; then
        echo "FAIL facts $1: could not prepare the articles"
        return
    fi
    if ! "$build/factwatchd" --once "$tmp/$1"/*.txt >"$tmp/$1.out" \
            2>"$tmp/$1.err"; then
        echo "FAIL facts $1: factwatchd --once failed"
        cat "$tmp/$1.err"
        return
    fi
    if /usr/bin/python3 "$here/score_facts.py" --gold "$3" \
            --min-value-f1 "$4" "$tmp/$1.out"; then
        echo "PASS facts $1: value F1 at or above $4"
    else
        echo "FAIL facts $1: value F1 below $4"
    fi
}

seeds="$root/../shared/seeds"
[ -f "$seeds/gold.jsonl" ] && score samples "$seeds/prepare.sh" \
    "$seeds/gold.jsonl" 0.97
score gold "$here/gold/prepare.sh" "$here/gold/gold.jsonl" 0.95
score holdout "$here/gold_holdout/prepare.sh" \
    "$here/gold_holdout/gold.jsonl" 0.97
score holdout2 "$here/gold_holdout2/prepare.sh" \
    "$here/gold_holdout2/gold.jsonl" 0.90
