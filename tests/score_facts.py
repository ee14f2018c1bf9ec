#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""score_facts.py - score `factwatchd --once` facts against a gold file.

usage: score_facts.py --gold GOLD.jsonl [--min-value-f1 X] [-v] [OUTPUT...]

OUTPUT is what `factwatchd --once FILES...` printed (one JSON summary per
line; standard input when no file is named). GOLD is in the format of
../shared/seeds/gold.jsonl: per article its file, dct, timexes [{text,
value, key}] in text order, and must_not strings.

A system fact matches a gold timex when their expressions overlap: first
one contains the other (case-insensitively), then, for what is left, they
share a word other than a preposition or modifier. Matching is greedy and
one-to-one, in text order. Printed: precision, recall and F1 of recognition,
value F1 (a match counts only when the values are equal), key precision and
recall (over system facts marked key / gold timexes marked key), and the
must_not strings the output used as facts. With --min-value-f1 the exit
status is 1 when value F1 is below X.
"""
import argparse
import json
import os
import re
import sys

# Words that carry no date meaning of their own: sharing only these is no
# overlap ("last week" and "last month" do not match).
STOP = {"on", "in", "the", "of", "at", "by", "a", "an", "late", "early",
        "later", "earlier", "this", "last", "next", "mid", "since", "until",
        "over", "as", "soon", "end", "beginning", "start", "from", "to"}


def words(s):
    return [w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP]


def contains(a, b):
    a, b = a.lower(), b.lower()
    return a in b or b in a


def shares(a, b):
    return bool(set(words(a)) & set(words(b)))


def align(gold, sys_facts):
    """Return {gold index: system index}, greedy in text order."""
    match, used = {}, set()
    for test in (contains, shares):
        last = -1
        for gi, g in enumerate(gold):
            if gi in match:
                last = match[gi]
                continue
            cands = [j for j, f in enumerate(sys_facts)
                     if j not in used and test(g["text"], f["expression"])]
            if not cands:
                continue
            after = [j for j in cands if j > last]
            j = after[0] if after else cands[0]
            match[gi] = j
            used.add(j)
            last = j
    return match


class Tally:
    def __init__(self):
        self.gold = self.sys = self.match = self.value = 0
        self.sys_key = self.gold_key = self.key_ok_p = self.key_ok_r = 0
        self.must_not = 0

    def add(self, gold, sys_facts, must_not, verbose, name):
        m = align(gold, sys_facts)
        self.gold += len(gold)
        self.sys += len(sys_facts)
        self.match += len(m)
        self.sys_key += sum(1 for f in sys_facts if f.get("key"))
        self.gold_key += sum(1 for g in gold if g.get("key"))
        for gi, j in m.items():
            g, f = gold[gi], sys_facts[j]
            self.value += g["value"] == f["date"]
            self.key_ok_p += bool(f.get("key")) and bool(g.get("key"))
            self.key_ok_r += bool(f.get("key")) and bool(g.get("key"))
        bad = [f for f in sys_facts
               if any(contains(s, f["expression"]) for s in must_not)]
        self.must_not += len(bad)
        if verbose:
            report(name, gold, sys_facts, m, bad)


def report(name, gold, sys_facts, m, bad):
    inv = {j: gi for gi, j in m.items()}
    lines = []
    for gi, g in enumerate(gold):
        if gi not in m:
            lines.append("  miss   %-28r %s" % (g["text"], g["value"]))
            continue
        f = sys_facts[m[gi]]
        if f["date"] != g["value"]:
            lines.append("  value  %-28r %s, gold %s  | %s" % (f["expression"], f["date"], g["value"], f.get("sentence", "")[:150]))
        if bool(f.get("key")) != bool(g.get("key")):
            lines.append("  key    %-28r %s, gold %s" % (f["expression"], bool(f.get("key")), bool(g.get("key"))))
    for j, f in enumerate(sys_facts):
        if j not in inv:
            lines.append("  extra  %-28r %s  | %s" % (f["expression"], f["date"], f.get("sentence", "")[:70]))
    for f in bad:
        lines.append("  must_not %r" % f["expression"])
    if lines:
        print(name)
        print("\n".join(lines))


def ratio(a, b):
    return a / b if b else 1.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def read_output(paths):
    out = {}
    streams = [open(p, encoding="utf-8") for p in paths] if paths else [sys.stdin]
    for s in streams:
        for line in s:
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            path = (d.get("source") or {}).get("path")
            if path and "facts" in d:
                out[os.path.basename(path)] = d
    return out


def main():
    ap = argparse.ArgumentParser(description="score --once facts against gold")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--min-value-f1", type=float, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("output", nargs="*")
    a = ap.parse_args()

    out = read_output(a.output)
    t = Tally()
    missing = 0
    with open(a.gold, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            g = json.loads(line)
            d = out.get(g["file"])
            if d is None:
                missing += 1
            facts = d["facts"] if d else []
            t.add(g["timexes"], facts, g.get("must_not", []), a.verbose, g["file"])

    p, r = ratio(t.match, t.sys), ratio(t.match, t.gold)
    vp, vr = ratio(t.value, t.sys), ratio(t.value, t.gold)
    vf = f1(vp, vr)
    print("articles %d (missing from output %d), gold %d, system %d, matched %d"
          % (len(out), missing, t.gold, t.sys, t.match))
    print("recognition  P %.3f  R %.3f  F1 %.3f" % (p, r, f1(p, r)))
    print("value        P %.3f  R %.3f  F1 %.3f" % (vp, vr, vf))
    print("key          P %.3f  R %.3f" % (ratio(t.key_ok_p, t.sys_key),
                                          ratio(t.key_ok_r, t.gold_key)))
    print("must_not used as facts: %d" % t.must_not)
    if a.min_value_f1 is not None and vf < a.min_value_f1:
        print("value F1 %.3f is below the floor %.3f" % (vf, a.min_value_f1))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
