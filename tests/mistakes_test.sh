#!/usr/bin/env bash
# Clear words for every mistake (issue 17): each case's exit code and the
# words on stderr that tell the user what to do.
# Usage: mistakes_test.sh PLANTRACE_BINARY   (run from the source folder)
set -uo pipefail
pt=$1
tmp=$(mktemp -d /tmp/plantrace-mistakes.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
failed=0
# expect EXIT PATTERN -- COMMAND...: the exit code, and stderr matching PATTERN.
expect() {
  local want=$1 pattern=$2
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" != "$want" ] || { [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$tmp/err"; }; then
    echo "FAIL: $* -> exit $rc (want $want), stderr: $(head -c 400 "$tmp/err") (want /$pattern/)"
    failed=1
  fi
}

db=$tmp/plantrace.db
"$pt" ingest corpus/pdf/bcc-2023-11-governance-stabilisation-plan.pdf --db "$db" 2>/dev/null \
  || { echo "FAIL: ingest of a corpus PDF"; exit 1; }

# Unknown values are errors that list the valid ones.
expect 1 'unknown status; one of complete, on_track, in_progress, off_track, not_started' -- \
  "$pt" query --db "$db" --status done
expect 1 'unknown theme; one of .*financial_planning.*plantrace themes' -- \
  "$pt" query --db "$db" --theme finance
"$pt" themes >"$tmp/themes"
grep -qE '^financial_planning +Financial planning' "$tmp/themes" || { echo "FAIL: themes"; failed=1; }
expect 0 '' -- "$pt" query --db "$db" --status complete --theme financial_planning
# Dates: a real month and day, for every option that takes one.
expect 1 'as-of 2024-13-45: not a date.*no month 13' -- "$pt" summary --db "$db" --as-of 2024-13-45
expect 1 'due-before 2023-02-29: not a date.*no day 29' -- \
  "$pt" query --db "$db" --due-before 2023-02-29
expect 0 '' -- "$pt" summary --db "$db" --as-of 2024-02-29

# Paths: a missing one exits 2 before anything runs, and leaves no store.
expect 2 'nosuch/: no such file or folder' -- "$pt" ingest nosuch/ --db "$tmp/none.db"
[ ! -e "$tmp/none.db" ] || { echo "FAIL: a store was created for a missing path"; failed=1; }
expect 2 'is a URL: .*plantrace fetch https://example.org/plan.pdf' -- \
  "$pt" extract https://example.org/plan.pdf
expect 2 'is a URL: .*plantrace fetch' -- "$pt" ingest https://example.org/plan.pdf --db "$tmp/u.db"
expect 2 'plan.pdf: no such file or folder' -- "$pt" extract "$tmp/plan.pdf"

# A Word document named as what it is, whatever its name.
python3 - "$tmp/plan.docx" "$tmp/minutes.pdf" <<'PY'
import sys, zipfile
for path in sys.argv[1:]:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
PY
expect 2 'not a PDF or HTML file \(looks like: Word document\)' -- "$pt" extract "$tmp/plan.docx"
expect 2 'minutes.pdf: .*not a PDF or HTML file \(looks like: Word document\)' -- \
  "$pt" extract "$tmp/minutes.pdf"

# A batch that stores nothing says so, exits 3 and leaves no empty store.
mkdir -p "$tmp/empty" "$tmp/odd"
cp "$tmp/plan.docx" "$tmp/odd/"
expect 3 'nothing stored: no files found; no store created' -- \
  "$pt" ingest "$tmp/empty" --db "$tmp/e.db"
[ ! -e "$tmp/e.db" ] || { echo "FAIL: an empty store was left behind"; failed=1; }
expect 3 'nothing stored: 1 file\(s\) found, none a PDF or HTML file' -- \
  "$pt" ingest "$tmp/odd" --db "$tmp/o.db"
[ ! -e "$tmp/o.db" ] || { echo "FAIL: an empty store was left behind"; failed=1; }
# ... but a re-run that finds everything stored already is fine.
expect 0 '0 stored, 0 new versions, 1 already stored' -- \
  "$pt" ingest corpus/pdf/bcc-2023-11-governance-stabilisation-plan.pdf --db "$db"

# trace of an item that is not there: exit 2; a malformed REF: exit 1.
expect 2 'nope#1: .*no such item' -- "$pt" trace 'nope#1' --db "$db"
expect 1 'doc_id#item_id' -- "$pt" trace 'nope' --db "$db"

# link and report say what they are doing (ingest linked already: link
# says nothing changed and scores nothing).
expect 0 'link: [0-9]+ links stand: nothing changed since the last linking.*0 pairs scored' -- \
  "$pt" link --db "$db"
expect 0 'report: writing the pages of 1 documents' -- "$pt" report --db "$db" --out "$tmp/site"

[ "$failed" = 0 ] && echo "mistakes_test: all checks passed"
exit "$failed"
