#!/bin/sh
# Copy the nineteenth held-out gold articles into DEST, set the mtimes gold.jsonl
# names (as tests/gold), then rewrite each file in the bytes its record's "bytes"
# field names (tests/gold/mangle.py: BOM, CRLF, Windows-1252, UTF-16, mojibake) and restore
# its mtime.
# usage: prepare.sh DEST
set -eu
here=$(dirname "$0")
dest=${1:?usage: prepare.sh DEST}
sh "$here/../gold/prepare.sh" "$dest" "$here"
exec /usr/bin/python3 "$here/../gold/mangle.py" "$dest" "$here/gold.jsonl"
