#!/bin/sh
# Copy our gold articles into DEST and give each the modification time that
# gold.jsonl names for it (articles without a date header or dated dateline are
# dated by their mtime, so the mtime is part of the test input).
# usage: prepare.sh DEST [SET]   (SET: a folder with gold.jsonl and articles/;
#                                 this one by default)
set -eu
here=$(cd "${2:-$(dirname "$0")}" && pwd)
dest=${1:?usage: prepare.sh DEST [SET]}
mkdir -p "$dest"
/usr/bin/python3 - "$here" "$dest" <<'PY'
import datetime, json, os, shutil, sys
here, dest = sys.argv[1], sys.argv[2]
n = 0
with open(os.path.join(here, "gold.jsonl"), encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        g = json.loads(line)
        dst = os.path.join(dest, g["file"])
        shutil.copyfile(os.path.join(here, "articles", g["file"]), dst)
        if g.get("mtime"):
            t = datetime.datetime.strptime(g["mtime"], "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=datetime.timezone.utc).timestamp()
            os.utime(dst, (t, t))
        n += 1
print("prepared %d articles in %s" % (n, dest), file=sys.stderr)
PY
