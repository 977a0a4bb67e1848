#!/usr/bin/env bash
# A scanned paper end to end: the 2019 addendum rasterised at 200 dpi in
# greyscale and rebuilt as an image-only PDF (pdftoppm + img2pdf, as a
# scanner would give it), ingested alone with no manifest: its items must
# score R >= 0.90 and owners F1 >= 0.85 against the answer file, like the
# born-digital paper. (Only this 2-page paper: OCR takes seconds a page, more
# under the sanitizers; the 7-page 2023 plan is in bench/ocr_bench.sh.)
# Usage: ocr_items_test.sh PLANTRACE_BINARY SOURCE_DIR
set -euo pipefail
pt=$1
src=$2
scorer=$src/../shared/score/score_items.py
tmp=$(mktemp -d /tmp/plantrace-ocr.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$scorer" ] || fail "the scorers are missing: $scorer (../shared beside the source)"

doc=bcc-2019-improvement-programme-addendum
pdftoppm -r 200 -gray -png "$src/corpus/pdf/$doc.pdf" "$tmp/p"
mkdir "$tmp/in"
# The scorer maps "<doc_id>.scan.pdf" to the answer file of <doc_id>.
img2pdf "$tmp"/p-*.png -o "$tmp/in/$doc.scan.pdf"
[ -z "$(pdftotext "$tmp/in/$doc.scan.pdf" - | tr -d '[:space:]')" ] || fail "the scan has a text layer"

"$pt" ingest "$tmp/in" --db "$tmp/a.db" 2>"$tmp/ingest.log" || fail "ingest: $(cat "$tmp/ingest.log")"
cat "$tmp/ingest.log"
grep -q "no text layer\|not read by OCR\|confidence" "$tmp/ingest.log" && fail "OCR warnings on a clean scan"
"$pt" export --db "$tmp/a.db" --format jsonl --out "$tmp/x.jsonl"
python3 "$scorer" "$src/tests/gold/items" "$tmp/x.jsonl" --docs "$doc" --json "$tmp/score.json"
python3 - "$tmp/score.json" <<'PY' || fail "scores under the bar"
import json, sys
s = json.load(open(sys.argv[1]))["overall"]
r, owners = s["R"], s["owners"]["F1"]
print("items R %.3f, owners F1 %.3f" % (r, owners))
sys.exit(0 if r >= 0.90 and owners >= 0.85 else 1)
PY

echo "== --ocr never: the scan is stored with no items, a warning naming the page, exit 3"
set +e
"$pt" ingest "$tmp/in" --db "$tmp/b.db" --ocr never 2>"$tmp/never.log"; rc=$?
set -e
[ $rc = 3 ] || fail "a paper with no text read: exit 3 expected, got $rc"
grep -q "$doc.scan.pdf: page 2 has no text layer" "$tmp/never.log" || fail "$(cat "$tmp/never.log")"

echo "== extract --format summary counts the pages read by OCR"
"$pt" extract "$tmp/in/$doc.scan.pdf" --format summary >"$tmp/summary.txt" 2>/dev/null
grep -Eq " 2 pages +2 by OCR " "$tmp/summary.txt" || fail "summary: $(cat "$tmp/summary.txt")"
"$pt" extract "$src/corpus/pdf/$doc.pdf" --format summary >"$tmp/summary.txt" 2>/dev/null
grep -Eq " 2 pages +0 by OCR " "$tmp/summary.txt" || fail "summary: $(cat "$tmp/summary.txt")"
echo PASS
