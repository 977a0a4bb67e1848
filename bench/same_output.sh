#!/usr/bin/env bash
# Checks that a speed change leaves every output byte-identical: runs a
# reference build and a new build over the same papers and compares with cmp
#   - `extract --format json` of every corpus PDF, every Kent dev PDF, the
#     other producers' renderings (tests/data/renderings) and the peer
#     suites' PDFs (../shared/realpdf/peersuites, when there);
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
mapfile -t extra < <(find tests/data/renderings ../shared/realpdf/peersuites -name '*.pdf' 2>/dev/null | sort)
for f in corpus/pdf/*.pdf "$kent"/*.pdf "${extra[@]}"; do
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
# Every stored table too (themes, links, runs), but not the full-text
# index's own b-tree pages (their layout may change with how rows are
# written; what a search finds is checked through the items) nor clock
# columns (*_at).
dump_tables() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                          "AND name NOT LIKE 'items_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name"):
    cols = [r[1] for r in db.execute(f'PRAGMA table_info("{name}")')]
    keep = [c for c in cols if not c.endswith('_at')]
    print('==', name, keep)
    for row in db.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in keep)} FROM "{name}" ORDER BY rowid'
                          if keep else 'SELECT 1 WHERE 0'):
        print(row)
# What the full-text index finds: every item's rowid for a few words.
for word in ('council', 'review', 'budget', 'plan*', 'governance'):
    try:
        print('fts', word, [r[0] for r in db.execute(
            'SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid', (word,))])
    except sqlite3.Error as e:
        print('fts', word, 'error', e)
PY
}
for dir in corpus/pdf corpus/html "$kent"; do
  [ -d "$dir" ] || continue
  for side in ref new; do
    bin=$ref; [ $side = new ] && bin=$new
    rm -f "$work/$side.db"*
    "$bin" ingest "$dir" --db "$work/$side.db" >"$work/$side.ingest.out" 2>"$work/$side.ingest.err"
    echo "exit $?" >>"$work/$side.ingest.err"
    "$bin" export --db "$work/$side.db" --format jsonl >"$work/$side.raw.jsonl" 2>>"$work/$side.ingest.err"
    strip_clock "$work/$side.raw.jsonl" >"$work/$side.jsonl"
    dump_tables "$work/$side.db" >"$work/$side.tables"
  done
  check "ingest+export $dir" "$work/ref.jsonl" "$work/new.jsonl"
  check "stored tables $dir" "$work/ref.tables" "$work/new.tables"
  check "ingest stdout $dir" "$work/ref.ingest.out" "$work/new.ingest.out"
  check "ingest stderr $dir" "$work/ref.ingest.err" "$work/new.ingest.err"
done
echo "same_output: $n PDFs extracted, 3 folders ingested; $diffs difference(s)"
[ "$diffs" = 0 ]
