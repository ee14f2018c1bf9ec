#!/bin/sh
# SPDX-License-Identifier: MIT
# score_facts.sh - score factwatchd --once over the samples and our gold sets, with floors.
#
# usage: tests/score_facts.sh [BUILD]
# Prints the scorer's report for each set and a PASS or FAIL line per set
# (tests/run-tests.sh counts them). The samples (../shared/seeds) are
# scored when present; tests/gold and the held-out sets always.
# Floors: value F1 0.97 on the samples and 0.95 on tests/gold (issue 5);
# on each held-out set a margin below its score when it was first scored
# (blind for the third on) or now, whichever is lower: they are checks,
# not targets. docs/FACTS.md has each set's first and current score.
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
    "$here/gold_holdout2/gold.jsonl" 0.93
score holdout3 "$here/gold_holdout3/prepare.sh" \
    "$here/gold_holdout3/gold.jsonl" 0.93
score holdout4 "$here/gold_holdout4/prepare.sh" \
    "$here/gold_holdout4/gold.jsonl" 0.89
score holdout5 "$here/gold_holdout5/prepare.sh" \
    "$here/gold_holdout5/gold.jsonl" 0.86
score holdout6 "$here/gold_holdout6/prepare.sh" \
    "$here/gold_holdout6/gold.jsonl" 0.88
score holdout7 "$here/gold_holdout7/prepare.sh" \
    "$here/gold_holdout7/gold.jsonl" 0.88
score holdout8 "$here/gold_holdout8/prepare.sh" \
    "$here/gold_holdout8/gold.jsonl" 0.90
score holdout9 "$here/gold_holdout9/prepare.sh" \
    "$here/gold_holdout9/gold.jsonl" 0.91
score holdout10 "$here/gold_holdout10/prepare.sh" \
    "$here/gold_holdout10/gold.jsonl" 0.91
score holdout11 "$here/gold_holdout11/prepare.sh" \
    "$here/gold_holdout11/gold.jsonl" 0.90
score holdout12 "$here/gold_holdout12/prepare.sh" \
    "$here/gold_holdout12/gold.jsonl" 0.93
score holdout13 "$here/gold_holdout13/prepare.sh" \
    "$here/gold_holdout13/gold.jsonl" 0.89
score holdout14 "$here/gold_holdout14/prepare.sh" \
    "$here/gold_holdout14/gold.jsonl" 0.92
score holdout15 "$here/gold_holdout15/prepare.sh" \
    "$here/gold_holdout15/gold.jsonl" 0.86
score holdout16 "$here/gold_holdout16/prepare.sh" \
    "$here/gold_holdout16/gold.jsonl" 0.89
score holdout17 "$here/gold_holdout17/prepare.sh" \
    "$here/gold_holdout17/gold.jsonl" 0.89
score holdout18 "$here/gold_holdout18/prepare.sh" \
    "$here/gold_holdout18/gold.jsonl" 0.92
score holdout19 "$here/gold_holdout19/prepare.sh" \
    "$here/gold_holdout19/gold.jsonl" 0.90
score holdout20 "$here/gold_holdout20/prepare.sh" \
    "$here/gold_holdout20/gold.jsonl" 0.95
score holdout21 "$here/gold_holdout21/prepare.sh" \
    "$here/gold_holdout21/gold.jsonl" 0.90
score holdout22 "$here/gold_holdout22/prepare.sh" \
    "$here/gold_holdout22/gold.jsonl" 0.92
score holdout23 "$here/gold_holdout23/prepare.sh" \
    "$here/gold_holdout23/gold.jsonl" 0.92
score holdout24 "$here/gold_holdout24/prepare.sh" \
    "$here/gold_holdout24/gold.jsonl" 0.93
score holdout25 "$here/gold_holdout25/prepare.sh" \
    "$here/gold_holdout25/gold.jsonl" 0.92
score holdout26 "$here/gold_holdout26/prepare.sh" \
    "$here/gold_holdout26/gold.jsonl" 0.92
score holdout27 "$here/gold_holdout27/prepare.sh" \
    "$here/gold_holdout27/gold.jsonl" 0.93
score holdout28 "$here/gold_holdout28/prepare.sh" \
    "$here/gold_holdout28/gold.jsonl" 0.92
score holdout29 "$here/gold_holdout29/prepare.sh" \
    "$here/gold_holdout29/gold.jsonl" 0.94
score holdout30 "$here/gold_holdout30/prepare.sh" \
    "$here/gold_holdout30/gold.jsonl" 0.86
score holdout31 "$here/gold_holdout31/prepare.sh" \
    "$here/gold_holdout31/gold.jsonl" 0.92
score holdout32 "$here/gold_holdout32/prepare.sh" \
    "$here/gold_holdout32/gold.jsonl" 0.91
score holdout33 "$here/gold_holdout33/prepare.sh" \
    "$here/gold_holdout33/gold.jsonl" 0.86
score holdout34 "$here/gold_holdout34/prepare.sh" \
    "$here/gold_holdout34/gold.jsonl" 0.92
score holdout35 "$here/gold_holdout35/prepare.sh" \
    "$here/gold_holdout35/gold.jsonl" 0.86
score holdout36 "$here/gold_holdout36/prepare.sh" \
    "$here/gold_holdout36/gold.jsonl" 0.91
score holdout37 "$here/gold_holdout37/prepare.sh" \
    "$here/gold_holdout37/gold.jsonl" 0.87
score holdout38 "$here/gold_holdout38/prepare.sh" \
    "$here/gold_holdout38/gold.jsonl" 0.90
score holdout39 "$here/gold_holdout39/prepare.sh" \
    "$here/gold_holdout39/gold.jsonl" 0.88
score holdout40 "$here/gold_holdout40/prepare.sh" \
    "$here/gold_holdout40/gold.jsonl" 0.85
score holdout41 "$here/gold_holdout41/prepare.sh" \
    "$here/gold_holdout41/gold.jsonl" 0.92
score holdout42 "$here/gold_holdout42/prepare.sh" \
    "$here/gold_holdout42/gold.jsonl" 0.89
score holdout43 "$here/gold_holdout43/prepare.sh" \
    "$here/gold_holdout43/gold.jsonl" 0.91
score holdout44 "$here/gold_holdout44/prepare.sh" \
    "$here/gold_holdout44/gold.jsonl" 0.89
score holdout45 "$here/gold_holdout45/prepare.sh" \
    "$here/gold_holdout45/gold.jsonl" 0.88
score holdout46 "$here/gold_holdout46/prepare.sh" \
    "$here/gold_holdout46/gold.jsonl" 0.89
score holdout47 "$here/gold_holdout47/prepare.sh" \
    "$here/gold_holdout47/gold.jsonl" 0.88
score holdout48 "$here/gold_holdout48/prepare.sh" \
    "$here/gold_holdout48/gold.jsonl" 0.79
score holdout49 "$here/gold_holdout49/prepare.sh" \
    "$here/gold_holdout49/gold.jsonl" 0.87
score holdout50 "$here/gold_holdout50/prepare.sh" \
    "$here/gold_holdout50/gold.jsonl" 0.79
score holdout51 "$here/gold_holdout51/prepare.sh" \
    "$here/gold_holdout51/gold.jsonl" 0.62
score holdout52 "$here/gold_holdout52/prepare.sh" \
    "$here/gold_holdout52/gold.jsonl" 0.87
score holdout53 "$here/gold_holdout53/prepare.sh" \
    "$here/gold_holdout53/gold.jsonl" 0.92
score holdout54 "$here/gold_holdout54/prepare.sh" \
    "$here/gold_holdout54/gold.jsonl" 0.91
score holdout55 "$here/gold_holdout55/prepare.sh" \
    "$here/gold_holdout55/gold.jsonl" 0.77
score holdout56 "$here/gold_holdout56/prepare.sh" \
    "$here/gold_holdout56/gold.jsonl" 0.88
score holdout57 "$here/gold_holdout57/prepare.sh" \
    "$here/gold_holdout57/gold.jsonl" 0.82
score holdout58 "$here/gold_holdout58/prepare.sh" \
    "$here/gold_holdout58/gold.jsonl" 0.83
score holdout59 "$here/gold_holdout59/prepare.sh" \
    "$here/gold_holdout59/gold.jsonl" 0.80
score holdout60 "$here/gold_holdout60/prepare.sh" \
    "$here/gold_holdout60/gold.jsonl" 0.87
score holdout61 "$here/gold_holdout61/prepare.sh" \
    "$here/gold_holdout61/gold.jsonl" 0.85
score holdout62 "$here/gold_holdout62/prepare.sh" \
    "$here/gold_holdout62/gold.jsonl" 0.75
score holdout63 "$here/gold_holdout63/prepare.sh" \
    "$here/gold_holdout63/gold.jsonl" 0.88
score holdout64 "$here/gold_holdout64/prepare.sh" \
    "$here/gold_holdout64/gold.jsonl" 0.88
score holdout65 "$here/gold_holdout65/prepare.sh" \
    "$here/gold_holdout65/gold.jsonl" 0.88
score holdout66 "$here/gold_holdout66/prepare.sh" \
    "$here/gold_holdout66/gold.jsonl" 0.90
score holdout67 "$here/gold_holdout67/prepare.sh" \
    "$here/gold_holdout67/gold.jsonl" 0.89
score holdout68 "$here/gold_holdout68/prepare.sh" \
    "$here/gold_holdout68/gold.jsonl" 0.92
score holdout69 "$here/gold_holdout69/prepare.sh" \
    "$here/gold_holdout69/gold.jsonl" 0.86
score holdout70 "$here/gold_holdout70/prepare.sh" \
    "$here/gold_holdout70/gold.jsonl" 0.88
score holdout71 "$here/gold_holdout71/prepare.sh" \
    "$here/gold_holdout71/gold.jsonl" 0.89
score holdout72 "$here/gold_holdout72/prepare.sh" \
    "$here/gold_holdout72/gold.jsonl" 0.88
score holdout73 "$here/gold_holdout73/prepare.sh" \
    "$here/gold_holdout73/gold.jsonl" 0.77
score holdout74 "$here/gold_holdout74/prepare.sh" \
    "$here/gold_holdout74/gold.jsonl" 0.88
score holdout75 "$here/gold_holdout75/prepare.sh" \
    "$here/gold_holdout75/gold.jsonl" 0.79
score holdout76 "$here/gold_holdout76/prepare.sh" \
    "$here/gold_holdout76/gold.jsonl" 0.90
score holdout77 "$here/gold_holdout77/prepare.sh" \
    "$here/gold_holdout77/gold.jsonl" 0.86
score holdout78 "$here/gold_holdout78/prepare.sh" \
    "$here/gold_holdout78/gold.jsonl" 0.88
score holdout79 "$here/gold_holdout79/prepare.sh" \
    "$here/gold_holdout79/gold.jsonl" 0.85
score holdout80 "$here/gold_holdout80/prepare.sh" \
    "$here/gold_holdout80/gold.jsonl" 0.89
score holdout81 "$here/gold_holdout81/prepare.sh" \
    "$here/gold_holdout81/gold.jsonl" 0.85
score holdout82 "$here/gold_holdout82/prepare.sh" \
    "$here/gold_holdout82/gold.jsonl" 0.85
score holdout83 "$here/gold_holdout83/prepare.sh" \
    "$here/gold_holdout83/gold.jsonl" 0.89
score holdout84 "$here/gold_holdout84/prepare.sh" \
    "$here/gold_holdout84/gold.jsonl" 0.87
score holdout85 "$here/gold_holdout85/prepare.sh" \
    "$here/gold_holdout85/gold.jsonl" 0.88
score holdout86 "$here/gold_holdout86/prepare.sh" \
    "$here/gold_holdout86/gold.jsonl" 0.91
score holdout87 "$here/gold_holdout87/prepare.sh" \
    "$here/gold_holdout87/gold.jsonl" 0.91
score holdout88 "$here/gold_holdout88/prepare.sh" \
    "$here/gold_holdout88/gold.jsonl" 0.92
score holdout89 "$here/gold_holdout89/prepare.sh" \
    "$here/gold_holdout89/gold.jsonl" 0.91
score holdout90 "$here/gold_holdout90/prepare.sh" \
    "$here/gold_holdout90/gold.jsonl" 0.89
score holdout91 "$here/gold_holdout91/prepare.sh" \
    "$here/gold_holdout91/gold.jsonl" 0.90
score holdout92 "$here/gold_holdout92/prepare.sh" \
    "$here/gold_holdout92/gold.jsonl" 0.91
score holdout93 "$here/gold_holdout93/prepare.sh" \
    "$here/gold_holdout93/gold.jsonl" 0.91
score holdout94 "$here/gold_holdout94/prepare.sh" \
    "$here/gold_holdout94/gold.jsonl" 0.85
score holdout95 "$here/gold_holdout95/prepare.sh" \
    "$here/gold_holdout95/gold.jsonl" 0.88
score holdout96 "$here/gold_holdout96/prepare.sh" \
    "$here/gold_holdout96/gold.jsonl" 0.85
score holdout97 "$here/gold_holdout97/prepare.sh" \
    "$here/gold_holdout97/gold.jsonl" 0.90
score holdout98 "$here/gold_holdout98/prepare.sh" \
    "$here/gold_holdout98/gold.jsonl" 0.89
score holdout99 "$here/gold_holdout99/prepare.sh" \
    "$here/gold_holdout99/gold.jsonl" 0.87
score holdout100 "$here/gold_holdout100/prepare.sh" \
    "$here/gold_holdout100/gold.jsonl" 0.90
score holdout101 "$here/gold_holdout101/prepare.sh" \
    "$here/gold_holdout101/gold.jsonl" 0.91
score holdout102 "$here/gold_holdout102/prepare.sh" \
    "$here/gold_holdout102/gold.jsonl" 0.91
score holdout103 "$here/gold_holdout103/prepare.sh" \
    "$here/gold_holdout103/gold.jsonl" 0.91
score holdout104 "$here/gold_holdout104/prepare.sh" \
    "$here/gold_holdout104/gold.jsonl" 0.93
score holdout105 "$here/gold_holdout105/prepare.sh" \
    "$here/gold_holdout105/gold.jsonl" 0.88
score holdout106 "$here/gold_holdout106/prepare.sh" \
    "$here/gold_holdout106/gold.jsonl" 0.90
score holdout107 "$here/gold_holdout107/prepare.sh" \
    "$here/gold_holdout107/gold.jsonl" 0.90
score holdout108 "$here/gold_holdout108/prepare.sh" \
    "$here/gold_holdout108/gold.jsonl" 0.89
score holdout109 "$here/gold_holdout109/prepare.sh" \
    "$here/gold_holdout109/gold.jsonl" 0.89
score holdout110 "$here/gold_holdout110/prepare.sh" \
    "$here/gold_holdout110/gold.jsonl" 0.86
score holdout111 "$here/gold_holdout111/prepare.sh" \
    "$here/gold_holdout111/gold.jsonl" 0.89
score holdout112 "$here/gold_holdout112/prepare.sh" \
    "$here/gold_holdout112/gold.jsonl" 0.89
score holdout113 "$here/gold_holdout113/prepare.sh" \
    "$here/gold_holdout113/gold.jsonl" 0.90
score holdout114 "$here/gold_holdout114/prepare.sh" \
    "$here/gold_holdout114/gold.jsonl" 0.92
score holdout115 "$here/gold_holdout115/prepare.sh" \
    "$here/gold_holdout115/gold.jsonl" 0.89
score holdout116 "$here/gold_holdout116/prepare.sh" \
    "$here/gold_holdout116/gold.jsonl" 0.91
score holdout117 "$here/gold_holdout117/prepare.sh" \
    "$here/gold_holdout117/gold.jsonl" 0.89
score holdout118 "$here/gold_holdout118/prepare.sh" \
    "$here/gold_holdout118/gold.jsonl" 0.86
score holdout119 "$here/gold_holdout119/prepare.sh" \
    "$here/gold_holdout119/gold.jsonl" 0.92
score holdout120 "$here/gold_holdout120/prepare.sh" \
    "$here/gold_holdout120/gold.jsonl" 0.91
score holdout121 "$here/gold_holdout121/prepare.sh" \
    "$here/gold_holdout121/gold.jsonl" 0.88
score holdout122 "$here/gold_holdout122/prepare.sh" \
    "$here/gold_holdout122/gold.jsonl" 0.94
score holdout123 "$here/gold_holdout123/prepare.sh" \
    "$here/gold_holdout123/gold.jsonl" 0.90
score holdout124 "$here/gold_holdout124/prepare.sh" \
    "$here/gold_holdout124/gold.jsonl" 0.91
score holdout125 "$here/gold_holdout125/prepare.sh" \
    "$here/gold_holdout125/gold.jsonl" 0.91
score holdout126 "$here/gold_holdout126/prepare.sh" \
    "$here/gold_holdout126/gold.jsonl" 0.91
score holdout128 "$here/gold_holdout128/prepare.sh" \
    "$here/gold_holdout128/gold.jsonl" 0.93
score holdout129 "$here/gold_holdout129/prepare.sh" \
    "$here/gold_holdout129/gold.jsonl" 0.88
score holdout130 "$here/gold_holdout130/prepare.sh" \
    "$here/gold_holdout130/gold.jsonl" 0.85
score holdout127 "$here/gold_holdout127/prepare.sh" \
    "$here/gold_holdout127/gold.jsonl" 0.91
score holdout131 "$here/gold_holdout131/prepare.sh" \
    "$here/gold_holdout131/gold.jsonl" 0.93
score holdout132 "$here/gold_holdout132/prepare.sh" \
    "$here/gold_holdout132/gold.jsonl" 0.92
score holdout133 "$here/gold_holdout133/prepare.sh" \
    "$here/gold_holdout133/gold.jsonl" 0.92
score holdout134 "$here/gold_holdout134/prepare.sh" \
    "$here/gold_holdout134/gold.jsonl" 0.91
score holdout135 "$here/gold_holdout135/prepare.sh" \
    "$here/gold_holdout135/gold.jsonl" 0.91
score holdout136 "$here/gold_holdout136/prepare.sh" \
    "$here/gold_holdout136/gold.jsonl" 0.93
score holdout137 "$here/gold_holdout137/prepare.sh" \
    "$here/gold_holdout137/gold.jsonl" 0.92
score holdout138 "$here/gold_holdout138/prepare.sh" \
    "$here/gold_holdout138/gold.jsonl" 0.92
score holdout139 "$here/gold_holdout139/prepare.sh" \
    "$here/gold_holdout139/gold.jsonl" 0.93
score holdout140 "$here/gold_holdout140/prepare.sh" \
    "$here/gold_holdout140/gold.jsonl" 0.93
score holdout141 "$here/gold_holdout141/prepare.sh" \
    "$here/gold_holdout141/gold.jsonl" 0.93
score holdout142 "$here/gold_holdout142/prepare.sh" \
    "$here/gold_holdout142/gold.jsonl" 0.89
score holdout143 "$here/gold_holdout143/prepare.sh" \
    "$here/gold_holdout143/gold.jsonl" 0.90
score holdout144 "$here/gold_holdout144/prepare.sh" \
    "$here/gold_holdout144/gold.jsonl" 0.88
score holdout145 "$here/gold_holdout145/prepare.sh" \
    "$here/gold_holdout145/gold.jsonl" 0.85
score holdout146 "$here/gold_holdout146/prepare.sh" \
    "$here/gold_holdout146/gold.jsonl" 0.86
score holdout147 "$here/gold_holdout147/prepare.sh" \
    "$here/gold_holdout147/gold.jsonl" 0.91
score holdout148 "$here/gold_holdout148/prepare.sh" \
    "$here/gold_holdout148/gold.jsonl" 0.92
score holdout149 "$here/gold_holdout149/prepare.sh" \
    "$here/gold_holdout149/gold.jsonl" 0.93
score holdout150 "$here/gold_holdout150/prepare.sh" \
    "$here/gold_holdout150/gold.jsonl" 0.92
score holdout151 "$here/gold_holdout151/prepare.sh" \
    "$here/gold_holdout151/gold.jsonl" 0.91
score holdout152 "$here/gold_holdout152/prepare.sh" \
    "$here/gold_holdout152/gold.jsonl" 0.90
score holdout153 "$here/gold_holdout153/prepare.sh" \
    "$here/gold_holdout153/gold.jsonl" 0.93
score holdout154 "$here/gold_holdout154/prepare.sh" \
    "$here/gold_holdout154/gold.jsonl" 0.91
