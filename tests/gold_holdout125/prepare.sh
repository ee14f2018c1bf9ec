#!/bin/sh
# Copy the hundred-and-twenty-fifth held-out gold articles (US domestic wire copy: AP, Reuters, UPI, Bloomberg) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
