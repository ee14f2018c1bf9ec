#!/bin/sh
# Copy the hundred-and-fifty-second held-out gold articles (public health bulletins and official statistics releases) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
