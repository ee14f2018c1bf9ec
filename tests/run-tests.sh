#!/bin/sh
# SPDX-License-Identifier: MIT
# run-tests.sh - run every test tier and end with one line "N passed, N failed".
# usage: tests/run-tests.sh [--quick] [--san SAN_BUILD_DIR] BUILD_DIR
#   --quick: unit tests only (make check)
#   --san DIR: also run the unit tests and the core integration tests
#              against an ASan+UBSan build, and the daemon under valgrind
set -u
quick=0 san=
while [ $# -gt 1 ]; do
    case $1 in
    --quick) quick=1; shift ;;
    --san) san=$2; shift 2 ;;
    *) break ;;
    esac
done
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
unit() {    # unit BUILD LABEL
    for t in "$1"/tests/test_*; do
        [ -x "$t" ] || continue
        "$t" >"$log" 2>&1; rc=$?
        p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
        f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
        p=${p:-0} f=${f:-0}
        [ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1   # crashed before its summary
        [ "$f" -ne 0 ] && cat "$log"
        count "unit$2 $(basename "$t")" "$p" "$f"
    done
}

# Integration tests against the real daemon (PATTERN selects files).
integration() {     # integration BUILD LABEL PATTERN
    FW_BUILD=$1 $PY tests/integration/run.py "$3" >"$log" 2>&1
    rc=$?
    cat "$log"
    line=$(grep '^integration: ' "$log" | tail -1)
    p=$(echo "$line" | sed -n 's/^integration: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
    f=$(echo "$line" | sed -n 's/^integration: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
    p=${p:-0} f=${f:-0}
    [ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1
    count "integration$2" "$p" "$f"
}

unit "$build" ""

if [ $quick -eq 0 ]; then
    # Fact extraction quality against the gold sets, with floors.
    if [ -f tests/score_facts.sh ]; then
        sh tests/score_facts.sh "$build" >"$log" 2>&1
        cat "$log"
        p=$(grep -c '^PASS' "$log"); f=$(grep -c '^FAIL' "$log")
        count "facts scoring" "$p" "$f"
    fi
    integration "$build" "" "test_*.py"
    if [ -n "$san" ]; then
        case $san in /*) ;; *) san=$PWD/$san ;; esac
        # The sanitizer build: ASan and UBSan abort on the first finding,
        # and LeakSanitizer fails the exit, which the harness checks.
        unit "$san" " (asan+ubsan)"
        integration "$san" " (asan+ubsan)" "test_[crs][eot]*.py"
        # valgrind: the pipeline over our gold set, then the core tests.
        vg="valgrind -q --error-exitcode=99 --leak-check=full"
        vg="$vg --errors-for-leak-kinds=definite,indirect"
        if command -v valgrind >/dev/null; then
            $vg "$build/factwatchd" --once tests/gold/articles >/dev/null 2>"$log"
            if [ $? -eq 0 ]; then count "valgrind --once" 1 0
            else cat "$log"; count "valgrind --once" 0 1; fi
            FW_WRAP="$vg" integration "$build" " (valgrind)" "test_core.py"
        fi
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
