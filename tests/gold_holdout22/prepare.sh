#!/bin/sh
# Copy the twenty-second held-out gold articles into DEST, set the mtimes
# gold.jsonl names (as tests/gold), then rewrite each file in the bytes its
# record's "bytes" field names (tests/gold/mangle.py; this set uses plain UTF-8, the seeds'
# two kinds of mojibake, through Windows-1252 and through Windows-874, one file
# saved in Windows-1252 and one with CRLF line ends) and restore its mtime.
# usage: prepare.sh DEST
set -eu
here=$(dirname "$0")
dest=${1:?usage: prepare.sh DEST}
sh "$here/../gold/prepare.sh" "$dest" "$here"
exec /usr/bin/python3 "$here/../gold/mangle.py" "$dest" "$here/gold.jsonl"
