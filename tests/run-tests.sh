#!/bin/sh
# SPDX-License-Identifier: MIT
# run-tests.sh - run every test tier and end with one line "N passed, N failed".
# usage: tests/run-tests.sh [--quick] BUILD_DIR
#   --quick: unit tests only (make check)
set -u
quick=0
[ "${1:-}" = "--quick" ] && { quick=1; shift; }
build=${1:-build}
cd "$(dirname "$0")/.." || exit 2
case $build in /*) ;; *) build=$PWD/$build ;; esac
export FW_BUILD="$build"
PY=/usr/bin/python3
passed=0 failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() {   # count TIER PASSED FAILED
    passed=$((passed + $2)); failed=$((failed + $3))
    printf '== %s: %d passed, %d failed\n' "$1" "$2" "$3"
}

# Unit tests (cmocka): one binary per pure module.
for t in "$build"/tests/test_*; do
    [ -x "$t" ] || continue
    "$t" >"$log" 2>&1; rc=$?
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
    f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
    p=${p:-0} f=${f:-0}
    [ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1       # crashed before its summary
    [ "$f" -ne 0 ] && cat "$log"
    count "unit $(basename "$t")" "$p" "$f"
done

if [ $quick -eq 0 ]; then
    # Fact extraction quality against the gold sets, with floors.
    if [ -f tests/score_facts.sh ]; then
        sh tests/score_facts.sh "$build" >"$log" 2>&1
        cat "$log"
        p=$(grep -c '^PASS' "$log"); f=$(grep -c '^FAIL' "$log")
        count "facts scoring" "$p" "$f"
    fi
    # Integration tests against the real daemon.
    $PY tests/integration/run.py >"$log" 2>&1
    rc=$?
    cat "$log"
    line=$(grep '^integration: ' "$log" | tail -1)
    p=$(echo "$line" | sed -n 's/^integration: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
    f=$(echo "$line" | sed -n 's/^integration: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
    p=${p:-0} f=${f:-0}
    [ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1
    count integration "$p" "$f"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
