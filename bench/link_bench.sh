#!/usr/bin/env bash
# Link time for 10k and 100k synthetic items (bench/link_bench.cc) on one
# core. Goal: 100k under a minute, growth close to n log n, i.e. the 100k /
# 10k time ratio near 10 x log(100k)/log(10k) = 12.5 (n^2 would be 100).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PLANTRACE_BUILD_DIR:-build}
cmake --build "$build" --target link_bench -j2 >/dev/null
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
out=$($pin "$build/bench/link_bench" 10000 100000)
echo "$out"
echo "$out" | awk '
  { t[$2] = $8; c[$2] = $10 }
  END {
    printf "10k: %.2f s wall, %.2f s cpu   100k: %.2f s wall, %.2f s cpu\n", t[10000], c[10000], t[100000], c[100000]
    printf "ratio 100k/10k: %.1f wall, %.1f cpu (n log n: 12.5, n^2: 100)\n", t[100000] / t[10000], c[100000] / c[10000]
    if (c[100000] >= 60) { print "FAIL: 100k items take a minute or more of CPU"; exit 1 }
  }'
