#!/bin/sh
# Copy the hundred-and-forty-second held-out gold articles (state media and agencies writing English as a second language) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
