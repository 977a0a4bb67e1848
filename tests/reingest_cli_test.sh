#!/usr/bin/env bash
# Re-ingest and doc_ids (issue 14, deliverable 3), on SQLite:
#  - a stored file re-ingested with --title is updated in place: no new
#    version, items untouched, the export shows the new title;
#  - a manifest changing a stored file's date updates it and relinks;
#  - a plain re-ingest stores nothing and says so;
#  - two files named alike in two folders are two documents; the same path
#    with changed bytes is a new version of the same document.
# Usage: reingest_cli_test.sh PLANTRACE_BINARY
set -euo pipefail
pt=$1
tmp=$(mktemp -d /tmp/plantrace-reingest.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
versions() { sqlite3 "$1" "SELECT COUNT(*) FROM versions"; }
items_of() {  # the item records of an export, documents left out
  grep -v '"type":"document"' "$1" | grep -v '"type":"link"' || true
}
doc_field() {  # doc_field EXPORT DOC_ID FIELD
  python3 - "$@" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d.get("type") == "document" and d["doc_id"] == sys.argv[2]:
        print(d[sys.argv[3]])
PY
}

db=$tmp/r.db
"$pt" ingest corpus/manifest.json --db "$db" 2>"$tmp/0.log" || fail "$(cat "$tmp/0.log")"
"$pt" export --db "$db" --format jsonl --out "$tmp/0.jsonl"
[ "$(versions "$db")" = 5 ] || fail "5 versions first"
doc=bcc-2023-11-governance-stabilisation-plan

echo "== re-ingest with --title: updated in place"
"$pt" ingest corpus/pdf/$doc.pdf --db "$db" --title "A corrected title" 2>"$tmp/1.log" \
  || fail "$(cat "$tmp/1.log")"
grep -q "^updated corpus/pdf/$doc.pdf ($doc, metadata updated)" "$tmp/1.log" || fail "$(cat "$tmp/1.log")"
grep -q "1 updated in place" "$tmp/1.log" || fail "$(cat "$tmp/1.log")"
[ "$(versions "$db")" = 5 ] || fail "no new version: $(versions "$db")"
"$pt" export --db "$db" --format jsonl --out "$tmp/1.jsonl"
[ "$(doc_field "$tmp/1.jsonl" $doc title)" = "A corrected title" ] || fail "title not updated"
[ "$(doc_field "$tmp/1.jsonl" $doc date)" = "$(doc_field "$tmp/0.jsonl" $doc date)" ] \
  || fail "a field not given changed"
cmp <(items_of "$tmp/0.jsonl") <(items_of "$tmp/1.jsonl") || fail "items changed"

echo "== the same value again, and a plain re-ingest: nothing stored, said so"
"$pt" ingest corpus/pdf/$doc.pdf --db "$db" --title "A corrected title" 2>"$tmp/2.log" \
  || fail "$(cat "$tmp/2.log")"
grep -q "metadata unchanged" "$tmp/2.log" || fail "$(cat "$tmp/2.log")"
grep -q "^ingest: 0 stored, 0 new versions, 1 already stored, 0 not PDF/HTML, 0 failed$" "$tmp/2.log" \
  || fail "$(cat "$tmp/2.log")"
"$pt" ingest corpus/pdf --db "$db" 2>"$tmp/3.log" || fail "$(cat "$tmp/3.log")"
grep -q "^ingest: 0 stored, 0 new versions, 5 already stored, 0 not PDF/HTML, 0 failed$" "$tmp/3.log" \
  || fail "$(cat "$tmp/3.log")"
"$pt" export --db "$db" --format jsonl --out "$tmp/3.jsonl"
cmp "$tmp/1.jsonl" "$tmp/3.jsonl" || fail "a plain re-ingest changed the store"

echo "== a manifest changing a date: updated in place, relinked"
python3 - "$tmp/m.json" <<'PY'
import json, os, sys
m = json.load(open("corpus/manifest.json"))
for e in m["documents"]:
    for k in ("pdf", "html"):
        if k in e:
            e[k] = os.path.abspath(os.path.join("corpus", e[k]))
    if e["doc_id"] == "bcc-2023-11-governance-stabilisation-plan":
        e["date"] = "2023-12-05"
json.dump(m, open(sys.argv[1], "w"))
PY
"$pt" ingest "$tmp/m.json" --db "$db" 2>"$tmp/4.log" || fail "$(cat "$tmp/4.log")"
grep -q "($doc, metadata updated, date changed)" "$tmp/4.log" || fail "$(cat "$tmp/4.log")"
grep -q "^plantrace ingest: linked: " "$tmp/4.log" || fail "not relinked: $(cat "$tmp/4.log")"
[ "$(versions "$db")" = 5 ] || fail "no new version"
"$pt" export --db "$db" --format jsonl --out "$tmp/4.jsonl"
[ "$(doc_field "$tmp/4.jsonl" $doc date)" = 2023-12-05 ] || fail "date not updated"
# The manifest sets the title back to its own: only the fields it sets change.
[ "$(doc_field "$tmp/4.jsonl" $doc title)" = "$(doc_field "$tmp/0.jsonl" $doc title)" ] \
  || fail "manifest title not applied"
"$pt" ingest "$tmp/m.json" --db "$db" 2>"$tmp/5.log" || fail "$(cat "$tmp/5.log")"
grep -q "linked:" "$tmp/5.log" && fail "relinked with nothing changed: $(cat "$tmp/5.log")"

echo "== two files named alike in two folders: two documents"
mkdir -p "$tmp/f/council-a" "$tmp/f/council-b"
cp corpus/html/bcc-2015-03-panel-assessment.html "$tmp/f/council-a/report.html"
cp corpus/html/bcc-2019-improvement-programme-addendum.html "$tmp/f/council-b/report.html"
f=$tmp/f.db
"$pt" ingest "$tmp/f" --db "$f" 2>"$tmp/6.log" || fail "$(cat "$tmp/6.log")"
[ "$(sqlite3 "$f" "SELECT doc_id FROM documents ORDER BY doc_id" | tr '\n' ' ')" = "report report-council-b " ] \
  || fail "two documents expected: $(sqlite3 "$f" "SELECT doc_id FROM documents")"
[ "$(versions "$f")" = 2 ] || fail "2 versions"

echo "== the same path with changed bytes: a new version of the same document"
cp corpus/html/bcc-2018-09-governance-improvement-plan.html "$tmp/f/council-b/report.html"
"$pt" ingest "$tmp/f/council-b/report.html" --db "$f" 2>"$tmp/7.log" || fail "$(cat "$tmp/7.log")"
grep -q "^stored (new version) .*council-b/report.html (report-council-b," "$tmp/7.log" \
  || fail "$(cat "$tmp/7.log")"
cp corpus/html/bcc-2024-04-irp-cabinet-report.html "$tmp/f/council-a/report.html"
"$pt" ingest "$tmp/f" --db "$f" 2>"$tmp/8.log" || fail "$(cat "$tmp/8.log")"
grep -q "^stored (new version) .*council-a/report.html (report," "$tmp/8.log" || fail "$(cat "$tmp/8.log")"
[ "$(sqlite3 "$f" "SELECT COUNT(*) FROM documents")" = 2 ] || fail "still 2 documents"
[ "$(versions "$f")" = 4 ] || fail "4 versions"
echo "ok"
