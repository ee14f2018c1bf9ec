#!/bin/sh
# Copy the hundred-and-forty-fourth held-out gold articles (education and youth: school terms, exams, results, admissions, university calendars, teachers' strikes) into DEST and set the mtimes gold.jsonl names.
# usage: prepare.sh DEST
set -eu
exec sh "$(dirname "$0")/../gold/prepare.sh" "${1:?usage: prepare.sh DEST}" "$(dirname "$0")"
