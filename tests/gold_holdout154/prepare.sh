#!/bin/sh
# Copy the hundred-and-fifty-fourth held-out gold articles (human interest and features from around the world) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
