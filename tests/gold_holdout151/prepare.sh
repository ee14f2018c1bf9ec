#!/bin/sh
# Copy the hundred-and-fifty-first held-out gold articles (horse racing, cricket and golf as the wires report them) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
