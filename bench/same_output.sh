#!/usr/bin/env bash
# Checks that a speed change leaves every output byte-identical: runs a
# reference build and a new build over the same papers and compares with cmp
#   - `extract --format json` of every corpus PDF and every Kent dev PDF;
#   - `export --format jsonl` after `ingest` (fresh store, no manifest) of the
#     corpus PDFs, the corpus HTML and the Kent dev PDFs, each folder alone.
# Usage: bench/same_output.sh REF_PLANTRACE NEW_PLANTRACE [KENT_PDF_DIR]
# Exit 0 when everything is identical, 1 (listing the differences) otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
ref=$1 new=$2
kent=${3:-../shared/realpdf/kent-dev/pdf}
work=$(mktemp -d /tmp/same-output.XXXXXX)
trap 'rm -rf "$work"' EXIT
diffs=0
check() {  # check LABEL FILE_A FILE_B
  if ! cmp -s "$2" "$3"; then echo "DIFFERS: $1"; diffs=$((diffs + 1)); fi
}
n=0
for f in corpus/pdf/*.pdf "$kent"/*.pdf; do
  [ -f "$f" ] || continue
  "$ref" extract "$f" --format json >"$work/a.json" 2>"$work/a.err"; ra=$?
  "$new" extract "$f" --format json >"$work/b.json" 2>"$work/b.err"; rb=$?
  check "extract $f" "$work/a.json" "$work/b.json"
  check "extract stderr $f" "$work/a.err" "$work/b.err"
  [ "$ra" = "$rb" ] || { echo "DIFFERS: extract exit $f ($ra vs $rb)"; diffs=$((diffs + 1)); }
  n=$((n + 1))
done
# ingested_at and similar clock fields are the only values allowed to differ.
strip_clock() { sed -E 's/"(ingested_at|computed_at|created_at|updated_at|stored_at)":"[^"]*"/"\1":""/g' "$1"; }
for dir in corpus/pdf corpus/html "$kent"; do
  [ -d "$dir" ] || continue
  for side in ref new; do
    bin=$ref; [ $side = new ] && bin=$new
    rm -f "$work/$side.db"*
    "$bin" ingest "$dir" --db "$work/$side.db" >"$work/$side.ingest.out" 2>"$work/$side.ingest.err"
    echo "exit $?" >>"$work/$side.ingest.err"
    "$bin" export --db "$work/$side.db" --format jsonl >"$work/$side.raw.jsonl" 2>>"$work/$side.ingest.err"
    strip_clock "$work/$side.raw.jsonl" >"$work/$side.jsonl"
  done
  check "ingest+export $dir" "$work/ref.jsonl" "$work/new.jsonl"
  check "ingest stdout $dir" "$work/ref.ingest.out" "$work/new.ingest.out"
  check "ingest stderr $dir" "$work/ref.ingest.err" "$work/new.ingest.err"
done
echo "same_output: $n PDFs extracted, 3 folders ingested; $diffs difference(s)"
[ "$diffs" = 0 ]
