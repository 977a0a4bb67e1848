#!/usr/bin/env bash
# plantrace ingest / export / query / summary / link / trace / report end to
# end on SQLite:
#  - re-ingest stores nothing and the export is byte-identical (JSONL, CSV);
#  - --jobs 4 stores what --jobs 1 stores;
#  - killed mid-run, the next run completes the rest with no duplicates;
#  - odd files are notes (exit 0), bad files failures (exit 3), named on stderr.
# Usage: ingest_cli_test.sh PLANTRACE_BINARY
set -euo pipefail
pt=$1
tmp=$(mktemp -d /tmp/plantrace-ingest.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

echo "== re-ingest stores nothing, export byte-identical"
"$pt" ingest corpus/manifest.json --db "$tmp/a.db" 2>"$tmp/1.log" || fail "ingest: $(cat "$tmp/1.log")"
grep -q "^ingest: 5 stored" "$tmp/1.log" || fail "$(cat "$tmp/1.log")"
"$pt" export --db "$tmp/a.db" --format jsonl --out "$tmp/1.jsonl"
"$pt" export --db "$tmp/a.db" --format csv --out "$tmp/1.csv"
"$pt" ingest corpus/manifest.json corpus --db "$tmp/a.db" 2>"$tmp/2.log" || fail "$(cat "$tmp/2.log")"
grep -q "^ingest: 0 stored, 0 new versions, 5 already stored" "$tmp/2.log" || fail "$(cat "$tmp/2.log")"
"$pt" export --db "$tmp/a.db" --format jsonl --out "$tmp/2.jsonl"
"$pt" export --db "$tmp/a.db" --format csv > "$tmp/2.csv"
cmp "$tmp/1.jsonl" "$tmp/2.jsonl" || fail "JSONL export changed"
cmp "$tmp/1.csv" "$tmp/2.csv" || fail "CSV export changed"
[ "$(grep -c '"type":"document"' "$tmp/1.jsonl")" = 5 ] || fail "5 document records expected"
grep -q '"format":"pdf"' "$tmp/1.jsonl" || fail "manifest entries are read from their primary (PDF)"
[ "$(sqlite3 "$tmp/a.db" "SELECT COUNT(*) FROM alternate_sources WHERE format = 'html'")" = 5 ] \
  || fail "the HTML renderings are recorded as alternate sources"

echo "== --jobs 4 stores what --jobs 1 stores"
"$pt" ingest corpus/manifest.json --db "$tmp/j4.db" --jobs 4 2>/dev/null
"$pt" export --db "$tmp/j4.db" --format jsonl --out "$tmp/j4.jsonl"
cmp "$tmp/1.jsonl" "$tmp/j4.jsonl" || fail "--jobs 4 export differs"

echo "== killed after the first stored document, the next run completes the rest"
mkfifo "$tmp/fifo"
"$pt" ingest corpus/manifest.json --db "$tmp/k.db" 2>"$tmp/fifo" &
pid=$!
while IFS= read -r line; do
  case $line in stored*) kill -9 "$pid"; break ;; esac
done <"$tmp/fifo"
wait "$pid" 2>/dev/null || true
first=$(sqlite3 "$tmp/k.db" "SELECT COUNT(*) FROM versions")
"$pt" ingest corpus/manifest.json --db "$tmp/k.db" 2>"$tmp/k.log" || fail "$(cat "$tmp/k.log")"
[ "$(sqlite3 "$tmp/k.db" "SELECT COUNT(*) FROM versions")" = 5 ] || fail "5 versions after resume"
"$pt" export --db "$tmp/k.db" --format jsonl --out "$tmp/k.jsonl"
cmp "$tmp/1.jsonl" "$tmp/k.jsonl" || fail "resumed store differs"
echo "ok: $first stored before the kill, the rest after"

echo "== odd files are notes, bad files failures (exit 3)"
mkdir -p "$tmp/mixed/sub"
cp corpus/html/bcc-2019-improvement-programme-addendum.html "$tmp/mixed/sub/"
echo "a note" >"$tmp/mixed/readme.txt"
printf '%%PDF-1.7\n1 0 obj\n<<' >"$tmp/mixed/truncated.pdf"
set +e
"$pt" ingest "$tmp/mixed" --db "$tmp/m.db" 2>"$tmp/m.log"
rc=$?
set -e
[ $rc = 3 ] || fail "exit $rc, expected 3: $(cat "$tmp/m.log")"
grep -q "failed: .*truncated.pdf" "$tmp/m.log" || fail "the bad file is named: $(cat "$tmp/m.log")"
grep -q "note: .*readme.txt" "$tmp/m.log" || fail "the odd file is noted: $(cat "$tmp/m.log")"
grep -q "^stored .*addendum.html" "$tmp/m.log" || fail "the good file is stored"
rm "$tmp/mixed/truncated.pdf"
"$pt" ingest "$tmp/mixed" --db "$tmp/m.db" 2>/dev/null || fail "odd files alone are not failures"

echo "== usage errors"
set +e
"$pt" ingest --db "$tmp/u.db" 2>/dev/null; [ $? = 1 ] || fail "no PATH: exit 1"
"$pt" export --db "$tmp/a.db" --format xml 2>/dev/null; [ $? = 1 ] || fail "bad format: exit 1"
"$pt" export --db "$tmp/none.db" --format jsonl 2>/dev/null; [ $? = 2 ] || fail "missing db: exit 2"
"$pt" query --db "$tmp/a.db" --due-before soon 2>/dev/null; [ $? = 1 ] || fail "bad date: exit 1"
set -e
# Into files, not `| grep -q`: grep quitting early would SIGPIPE the writer
# and pipefail would report that as a failure.
"$pt" query --db "$tmp/a.db" --format json >"$tmp/q.json"
grep -q '^\[' "$tmp/q.json" || fail "query json is an array"
"$pt" summary --db "$tmp/a.db" >"$tmp/summary.txt"
grep -q "^5 documents (5 versions)" "$tmp/summary.txt" || fail "summary"
echo "ok"

echo "== link / trace / report on the store"
"$pt" link --db "$tmp/a.db" 2>"$tmp/link.log" || fail "link: $(cat "$tmp/link.log")"
n=$(sqlite3 "$tmp/a.db" "SELECT COUNT(*) FROM links")
[ "$n" -gt 0 ] || fail "link stores links"
grep -q "^plantrace link: $n links" "$tmp/link.log" || fail "link says how many: $(cat "$tmp/link.log")"
[ "$(sqlite3 "$tmp/a.db" "SELECT COUNT(*) FROM links l WHERE NOT EXISTS
     (SELECT 1 FROM link_reasons r WHERE r.link = l.id)")" = 0 ] || fail "every link has reasons"
sqlite3 "$tmp/a.db" "SELECT from_ref, to_ref, relation, score FROM links ORDER BY 1, 2" >"$tmp/l1.txt"
"$pt" link --db "$tmp/a.db" 2>/dev/null
sqlite3 "$tmp/a.db" "SELECT from_ref, to_ref, relation, score FROM links ORDER BY 1, 2" >"$tmp/l2.txt"
cmp "$tmp/l1.txt" "$tmp/l2.txt" || fail "link again replaces the links with the same ones"
[ "$(sqlite3 "$tmp/a.db" "SELECT COUNT(*) FROM links")" = "$n" ] || fail "no duplicate links"
"$pt" export --db "$tmp/a.db" --format jsonl --out "$tmp/3.jsonl"
[ "$(grep -c '"type":"link"' "$tmp/3.jsonl")" = "$n" ] || fail "export writes every link"
"$pt" query --db "$tmp/a.db" --theme financial_planning --format csv >"$tmp/theme.csv"
[ "$(wc -l <"$tmp/theme.csv")" -gt 1 ] || fail "link stores themes for query --theme"
ref=$(sqlite3 "$tmp/a.db" "SELECT to_ref FROM links ORDER BY score DESC, to_ref LIMIT 1")
from=$(sqlite3 "$tmp/a.db" "SELECT from_ref FROM links WHERE to_ref = '$ref' ORDER BY score DESC LIMIT 1")
"$pt" trace "$ref" --db "$tmp/a.db" >"$tmp/trace.txt" || fail "trace $ref"
grep -qF "$from" "$tmp/trace.txt" || fail "trace of $ref shows $from"
grep -q "shared terms:" "$tmp/trace.txt" || fail "trace shows the reasons"
"$pt" trace "$ref" --db "$tmp/a.db" --format json >"$tmp/trace.json"
grep -qF "\"$from\"" "$tmp/trace.json" || fail "trace json"
"$pt" report --db "$tmp/a.db" --out "$tmp/site" 2>/dev/null || fail "report"
[ -f "$tmp/site/index.html" ] || fail "report writes index.html"
[ "$(ls "$tmp/site"/doc-*.html | wc -l)" = 5 ] || fail "report: a page per document"
ls "$tmp/site"/lineage-*.html >/dev/null || fail "report: timelines"
set +e
"$pt" trace "no-such#1" --db "$tmp/a.db" 2>/dev/null; [ $? = 2 ] || fail "unknown REF: exit 2 (issue 17)"
"$pt" link --db "$tmp/none.db" 2>/dev/null; [ $? = 2 ] || fail "link, missing db: exit 2"
"$pt" report --db "$tmp/a.db" 2>/dev/null; [ $? = 1 ] || fail "report without --out: exit 1"
set -e

echo "== scanned pages are reported; a paper with no text at all exits 3 (issue 14)"
set +e
"$pt" ingest tests/data/scanned.pdf --db "$tmp/s.db" 2>"$tmp/s.log"; rc=$?
set -e
[ $rc = 0 ] || fail "one page without text: still exit 0, got $rc: $(cat "$tmp/s.log")"
grep -q "scanned.pdf: page 2 has no text layer" "$tmp/s.log" || fail "page 2 not named: $(cat "$tmp/s.log")"
set +e
"$pt" ingest tests/data/no_text.pdf --db "$tmp/s.db" 2>"$tmp/n.log"; rc=$?
set -e
[ $rc = 3 ] || fail "no text at all: exit 3 expected, got $rc"
grep -q "no_text.pdf: no text at all" "$tmp/n.log" || fail "$(cat "$tmp/n.log")"
grep -q "^stored tests/data/no_text.pdf" "$tmp/n.log" || fail "stored all the same: $(cat "$tmp/n.log")"
echo "== --title/--date/--plan-cycle/--doc-type apply to every file, checked (issue 14)"
"$pt" ingest tests/data/scanned.pdf --db "$tmp/meta14.db" --title "Given title" --date 2024-04 \
  --plan-cycle 2023-24 --doc-type plan 2>"$tmp/meta14.log" || fail "$(cat "$tmp/meta14.log")"
"$pt" export --db "$tmp/meta14.db" --format jsonl --out "$tmp/meta14.jsonl"
python3 - "$tmp/meta14.jsonl" <<'PY' || fail "options not applied: $(head -1 "$tmp/meta14.jsonl")"
import json, sys
d = json.loads(open(sys.argv[1]).readline())
assert (d["title"], d["date"], d["plan_cycle"], d["doc_type"]) == ("Given title", "2024-04", "2023-24", "plan"), d
PY
set +e
"$pt" ingest tests/data/scanned.pdf --db "$tmp/meta14.db" --date 2018-13 2>"$tmp/bad.log"; rc=$?
set -e
[ $rc = 1 ] || fail "--date 2018-13: exit 1 expected, got $rc"
grep -q -- "--date '2018-13'" "$tmp/bad.log" || fail "$(cat "$tmp/bad.log")"
echo "ok"
