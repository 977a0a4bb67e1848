#!/usr/bin/env bash
# Ingest throughput and peak memory against pdftotext over the same files.
#
# The corpus PDFs are copied COPIES times (default 8), each copy made
# distinct by a trailing PDF comment (so ingest cannot skip it by sha256),
# then:
#   pdftotext: every file, one process each, one after the other;
#   plantrace ingest FOLDER --db fresh.db --jobs 1 (and --jobs N).
# Prints wall time, CPU time (user + sys: steadier on a shared machine),
# pages/s (by wall time) and peak RSS of each, and the ratios plantrace /
# pdftotext (target: <= 2x). Needs GNU time (/usr/bin/time) and poppler-utils.
# Usage: bench/ingest_bench.sh [BUILD_DIR]    (env COPIES, JOBS)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
pt=$build/plantrace
copies=${COPIES:-8}
jobs=${JOBS:-$(nproc)}
[ -x "$pt" ] || { echo "no $pt: run tools/setup first" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext missing (poppler-utils)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time missing (apt-get install time)" >&2; exit 1; }

tmp=$(mktemp -d /tmp/plantrace-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"
pages=0
for i in $(seq 1 "$copies"); do
  for f in corpus/pdf/*.pdf; do
    out="$tmp/in/c$i-$(basename "$f")"
    cp "$f" "$out"
    printf '\n%% bench copy %d\n' "$i" >>"$out"
  done
done
files=$(ls "$tmp/in" | wc -l)
for f in "$tmp"/in/*.pdf; do
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  pages=$((pages + n))
done

# measure NAME CMD...: wall seconds and peak RSS (KiB) into $tmp/NAME.{s,kb}
measure() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }' >"$tmp/$name.s"
}

# pdftotext, one process per file: the CPU time is that of the whole loop,
# measured by one GNU time (a waited-for child's usage adds to its
# parent's), because GNU time prints each run's user and system seconds
# cut (not rounded) to 10 ms: summed over 40 runs of 20-50 ms that lost
# about a fifth of pdftotext's time and made the ratio look worse than it
# is. The peak is the largest file's, each run measured on its own.
pdftotext_all() {
  local peak=0 kb e u s
  /usr/bin/time -f "%e %U %S" -o "$tmp/pdftotext.time" bash -c '
    for f in "$1"/in/*.pdf; do pdftotext -q -bbox-layout "$f" /dev/null; done' _ "$tmp"
  read -r e u s <"$tmp/pdftotext.time"
  echo "$e" >"$tmp/pdftotext.s"
  echo "$u $s" | awk '{ print $1 + $2 }' >"$tmp/pdftotext.cpu"
  for f in "$tmp"/in/*.pdf; do
    /usr/bin/time -f "%M" -o "$tmp/rss" pdftotext -q -bbox-layout "$f" /dev/null
    kb=$(cat "$tmp/rss")
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  echo "$peak" >"$tmp/pdftotext.kb"
}
ingest() {  # ingest NAME JOBS
  rm -f "$tmp/$1.db"*
  /usr/bin/time -f "%M %U %S" -o "$tmp/$1.time" "$pt" ingest "$tmp/in" --db "$tmp/$1.db" \
    --jobs "$2" 2>"$tmp/$1.log" >/dev/null
  grep -q "^ingest: $files stored" "$tmp/$1.log" || { tail -3 "$tmp/$1.log" >&2; exit 1; }
  read -r kb u s <"$tmp/$1.time"
  echo "$kb" >"$tmp/$1.kb"
  echo "$u $s" | awk '{ print $1 + $2 }' >"$tmp/$1.cpu"
}

pdftotext_all  # times itself: the peak-memory runs are not timed
measure ingest1 ingest ingest1 1
measure ingestN ingest ingestN "$jobs"

report() {  # report NAME LABEL
  awk -v p="$pages" -v s="$(cat "$tmp/$1.s")" -v kb="$(cat "$tmp/$1.kb")" \
      -v cpu="$(cat "$tmp/$1.cpu")" -v bcpu="$(cat "$tmp/pdftotext.cpu")" \
      -v bs="$(cat "$tmp/pdftotext.s")" -v bkb="$(cat "$tmp/pdftotext.kb")" -v label="$2" \
    'BEGIN { printf "%-28s %6.2f s wall %6.2f s cpu %7.1f pages/s %6.1f MiB peak" \
                    "   x%.2f wall  x%.2f cpu  x%.2f memory\n",
             label, s, cpu, p / s, kb / 1024, s / bs, cpu / bcpu, kb / bkb }'
}
echo "$files PDF files, $pages pages ($copies copies of corpus/pdf), $(nproc) cores"
report pdftotext "pdftotext (1 process/file)"
report ingest1 "plantrace ingest --jobs 1"
report ingestN "plantrace ingest --jobs $jobs"
