#!/usr/bin/env bash
# Link cost against a reference measured in the same run (issue 16): for
# 10k and 100k synthetic items (bench/link_bench.cc --write: gold items
# perturbed over 200 documents), the CPU time and peak RSS of
#   - `plantrace link --from items.jsonl` (links streamed to /dev/null), and
#   - sqlite3 building an FTS5 index (porter stemmer) of the same texts.
# Bars: at 100k, link CPU <= 10 x FTS5 CPU and peak RSS <= 600 MB; the
# 100k / 10k link CPU ratio <= 13. CPU time, not wall time: the machine is
# shared. Usage: bench/link_bench.sh [N_SMALL N_LARGE] (default 10000 100000).
# Figures and what they mean: docs/decisions.md, "Issue 16 — link scale".
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PLANTRACE_BUILD_DIR:-build}
small=${1:-10000}
large=${2:-100000}
cmake --build "$build" --target link_bench plantrace -j2 >/dev/null
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed (tools/setup installs it)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"

# Prints "cpu_seconds peak_kb" of one command.
measure() {
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
    cat "$work/err"; exit 1; }
  awk '{ printf "%.2f %d\n", $1 + $2, $3 }' "$work/time"
}

for n in "$small" "$large"; do
  "$build/bench/link_bench" --write "$n" "$work/$n"
  read -r fts_cpu fts_kb < <(measure $pin sqlite3 "$work/$n/fts.db" \
    "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61');
     INSERT INTO t(body) SELECT value FROM json_each(readfile('$work/$n/texts.json'));")
  read -r link_cpu link_kb < <(measure $pin "$build/plantrace" link --from "$work/$n/items.jsonl")
  # The linker's own count of the work done ("N links; S of C candidate pairs scored").
  pairs=$(tail -1 "$work/err" | sed -n 's/^plantrace link: \([0-9]*\) links; \([0-9]*\) of \([0-9]*\) .*/links \1 scored_pairs \2 candidate_pairs \3/p')
  echo "items $n fts5_cpu $fts_cpu fts5_peak_mb $((fts_kb / 1024)) link_cpu $link_cpu link_peak_mb $((link_kb / 1024)) $pairs"
  rm -rf "${work:?}/$n"
done | tee "$work/out"
awk -v small="$small" -v large="$large" '
  { fts[$2] = $4; cpu[$2] = $8; mb[$2] = $10 }
  END {
    r = cpu[large] / fts[large]; g = cpu[large] / cpu[small]
    printf "at %d: link / FTS5 CPU %.1f (bar 10), link peak %d MB (bar 600); link %d / %d CPU %.1f (bar 13)\n", large, r, mb[large], large, small, g
    if (r > 10 || mb[large] > 600 || g > 13) { print "FAIL: a bar of issue 16 is not met"; exit 1 }
  }' "$work/out"
