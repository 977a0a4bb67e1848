#!/usr/bin/env bash
# Incremental linking (issue 16): the CPU time of linking 1 new document
# (about 500 items) into a stored corpus of N synthetic items (default
# 100,000: bench/link_bench.cc --write, 200 documents), against a full
# relink of the same store in the same run, and the ratio of the two.
# Both go through the store as `plantrace link` does (read the items,
# link, store the links). The new document is the latest by date.
# Usage: bench/link_incremental_bench.sh [N]. Figures: docs/decisions.md,
# "Issue 16 — incremental linking".
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PLANTRACE_BUILD_DIR:-build}
n=${1:-100000}
cmake --build "$build" --target link_bench link_incremental_bench -j2 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
"$build/bench/link_bench" --write "$n" "$work/items"
/usr/bin/time -f "peak_mb %M" -o "$work/time" \
  $pin "$build/bench/link_incremental_bench" "$work/items/items.jsonl" "$work/store.db"
awk '{ printf "peak_mb %d\n", $2 / 1024 }' "$work/time"
