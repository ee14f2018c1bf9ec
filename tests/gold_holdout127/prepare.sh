#!/bin/sh
# Copy the hundred-and-twenty-seventh held-out gold articles (company and markets news from Europe and Asia) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
