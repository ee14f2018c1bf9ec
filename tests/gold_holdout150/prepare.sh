#!/bin/sh
# Copy the hundred-and-fiftieth held-out gold articles (police and crime in the local press) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
