#!/usr/bin/env bash
# Scanned papers: the 2019 addendum (2 pages) and the 2023 plan (7 landscape
# pages of one table) rasterised at 200 dpi in greyscale (pdftoppm -r 200
# -gray) and rebuilt as image-only PDFs (img2pdf), read by OCR.
#
#   bench/ocr_bench.sh [JOBS]        (default 2)
#
# Prints, for each paper, scanned and born-digital side by side:
#  - pages per second per core: pages / CPU seconds (user + system) of one
#    `extract` run (CPU time: wall time is noise on a shared machine);
#  - peak RSS of that run (/usr/bin/time -v);
#  - word coverage: the share of the word tokens pdftotext finds in the
#    original that `extract --no-stitch` gives (blocks, markers, cells);
# then ingests both scans alone (no manifest, --jobs JOBS, one OCR engine a
# worker) and scores their items against tests/gold/items
# (../shared/score/score_items.py), next to the born-digital originals.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-2}
plantrace=${PLANTRACE:-build/plantrace}
scorer=../shared/score/score_items.py
[ -x "$plantrace" ] || { echo "ocr_bench: build first (tools/setup)" >&2; exit 2; }
for t in pdftoppm img2pdf pdftotext /usr/bin/time python3; do
  command -v "$t" >/dev/null || { echo "ocr_bench: $t is missing (tools/setup)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
docs=(bcc-2019-improvement-programme-addendum bcc-2023-11-governance-stabilisation-plan)
mkdir -p "$work/scan" "$work/orig"
for d in "${docs[@]}"; do
  pdftoppm -r 200 -gray -png "corpus/pdf/$d.pdf" "$work/$d"
  img2pdf "$work/$d"-*.png -o "$work/scan/$d.scan.pdf"
  cp "corpus/pdf/$d.pdf" "$work/orig/$d.pdf"
done

coverage() {  # ORIGINAL_PDF EXTRACT_JSON -> "covered total share"
  pdftotext -enc UTF-8 "$1" "$work/ref.txt"
  python3 - "$work/ref.txt" "$2" <<'PY'
import collections, json, sys, unicodedata
def tokens(text):
    text = unicodedata.normalize("NFKC", text.replace("-\n", "-")).replace("\u00ad", "")
    return collections.Counter(t.replace("-", "") for t in text.split() if t.replace("-", ""))
want = tokens(open(sys.argv[1], encoding="utf-8").read())
doc = json.load(open(sys.argv[2], encoding="utf-8"))
parts = []
for b in doc["blocks"]:
    if b.get("marker") and not b["text"].startswith(b["marker"]):
        parts.append(b["marker"])
    parts.append(b["text"])
for t in doc["tables"]:
    parts += [c["text"] for c in t["cells"]]
got = tokens("\n".join(parts))
covered = sum(min(n, got[t]) for t, n in want.items())
total = sum(want.values())
print(covered, total, "%.3f" % (covered / total))
PY
}

measure() {  # PDF -> "cpu_seconds peak_mib pages"
  /usr/bin/time -v -o "$work/time" "$plantrace" extract "$1" --no-stitch >"$work/out.json" 2>"$work/err"
  local pages
  pages=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["pages"]))' "$work/out.json")
  awk -F': ' -v pages="$pages" '
    /User time \(seconds\)/ || /System time \(seconds\)/ { cpu += $2 }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%.2f %.1f %d\n", cpu, kb / 1024, pages }' "$work/time"
}

printf '%-46s %5s %8s %12s %9s %9s\n' paper pages cpu_s pages/s/core peak_MiB coverage
for d in "${docs[@]}"; do
  for kind in scan orig; do
    f="$work/$kind/$d.pdf"
    [ "$kind" = scan ] && f="$work/scan/$d.scan.pdf"
    read -r cpu mib pages < <(measure "$f")
    read -r _ _ share < <(coverage "corpus/pdf/$d.pdf" "$work/out.json")
    grep -h "warning" "$work/err" | sed 's/^/    /' || true
    printf '%-46s %5d %8.2f %12.3f %9.1f %9s\n' "$d ($kind)" "$pages" "$cpu" \
      "$(awk -v p="$pages" -v c="$cpu" 'BEGIN { print (c > 0 ? p / c : 0) }')" "$mib" "$share"
  done
done

if [ -f "$scorer" ]; then
  for kind in scan orig; do
    /usr/bin/time -v -o "$work/time" "$plantrace" ingest "$work/$kind" --db "$work/$kind.db" --jobs "$jobs" 2>"$work/err" >/dev/null
    "$plantrace" export --db "$work/$kind.db" --format jsonl --out "$work/$kind.jsonl"
    echo
    echo "ingest ($kind, --jobs $jobs): $(awk -F': ' '/Elapsed \(wall clock\)/ { w = $2 } /User time|System time/ { c += $2 } /Maximum resident/ { k = $2 } END { printf "wall %s, cpu %.2f s, peak RSS %.1f MiB", w, c, k / 1024 }' "$work/time")"
    python3 "$scorer" tests/gold/items "$work/$kind.jsonl" --docs "$(IFS=,; echo "${docs[*]}")"
  done
else
  echo "ocr_bench: $scorer missing; items not scored" >&2
fi
