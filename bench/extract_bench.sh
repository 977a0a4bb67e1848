#!/usr/bin/env bash
# Times `plantrace extract --format json` against `pdftotext -bbox-layout`
# (Poppler's own text extraction with word boxes) over the corpus PDFs, in the
# same run, and prints the time ratio and each one's peak memory.
#
#   bench/extract_bench.sh [REPS] [PDF_DIR]     (defaults: 5, corpus/pdf)
#
# Each repetition runs every PDF once with each tool, alternating, so both
# see the same machine load. CPU time (user + system) is shown next to wall
# time: on a shared, loaded machine it is the steadier of the two. Times are wall-clock totals over all PDFs; the
# best repetition of each tool is compared (the least disturbed by other
# work on the machine), the median is shown too. Peak memory is the largest
# maximum resident set size of any single run (/usr/bin/time -v).
# Target: ratio <= 1.3.
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-5}
dir=${2:-corpus/pdf}
plantrace=${PLANTRACE:-build/plantrace}
[ -x "$plantrace" ] || { echo "extract_bench: build first (tools/setup)" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "extract_bench: pdftotext (poppler-utils) is missing" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "extract_bench: /usr/bin/time (Debian package time) is missing" >&2; exit 2; }
mapfile -t pdfs < <(find "$dir" -maxdepth 1 -name '*.pdf' | sort)
((${#pdfs[@]})) || { echo "extract_bench: no PDFs in $dir" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure TOOL FILE -> prints "wall_seconds cpu_seconds kbytes" for one run
measure() {
  local tool=$1 file=$2
  if [ "$tool" = plantrace ]; then
    /usr/bin/time -v -o "$work/time" "$plantrace" extract "$file" --format json >/dev/null 2>"$work/stderr"
  else
    /usr/bin/time -v -o "$work/time" pdftotext -bbox-layout "$file" - >/dev/null 2>"$work/stderr"
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /User time \(seconds\)/ || /System time \(seconds\)/ { cpu += $2 }
    /Maximum resident set size/ { kb = $2 }
    END { printf "%.4f %.4f %d\n", s, cpu, kb }' "$work/time"
}

for tool in plantrace pdftotext; do measure "$tool" "${pdfs[0]}" >/dev/null; done  # warm the page cache
declare -A total cpu peak
for tool in plantrace pdftotext; do : >"$work/$tool.totals"; : >"$work/$tool.cpu"; peak[$tool]=0; done
for ((r = 1; r <= reps; r++)); do
  for tool in plantrace pdftotext; do total[$tool]=0; cpu[$tool]=0; done
  for f in "${pdfs[@]}"; do
    for tool in plantrace pdftotext; do
      read -r s c kb < <(measure "$tool" "$f")
      total[$tool]=$(awk -v a="${total[$tool]}" -v b="$s" 'BEGIN { printf "%.4f", a + b }')
      cpu[$tool]=$(awk -v a="${cpu[$tool]}" -v b="$c" 'BEGIN { printf "%.4f", a + b }')
      if ((kb > peak[$tool])); then peak[$tool]=$kb; fi
    done
  done
  for tool in plantrace pdftotext; do
    echo "${total[$tool]}" >>"$work/$tool.totals"
    echo "${cpu[$tool]}" >>"$work/$tool.cpu"
  done
  printf 'rep %d: plantrace %.3f s (cpu %.3f s)  pdftotext %.3f s (cpu %.3f s)\n' "$r" \
    "${total[plantrace]}" "${cpu[plantrace]}" "${total[pdftotext]}" "${cpu[pdftotext]}"
done

best_and_median() {  # best and median of a column of numbers
  sort -g "$1" | awk '{ v[NR] = $1 } END { printf "%.3f %.3f\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
read -r p_best p_med < <(best_and_median "$work/plantrace.totals")
read -r t_best t_med < <(best_and_median "$work/pdftotext.totals")
read -r pc_best pc_med < <(best_and_median "$work/plantrace.cpu")
read -r tc_best tc_med < <(best_and_median "$work/pdftotext.cpu")
echo
echo "${#pdfs[@]} PDFs from $dir, $reps repetitions"
printf '%-10s wall best %7.3f s  median %7.3f s  cpu best %7.3f s  peak RSS %6.1f MiB\n' plantrace "$p_best" "$p_med" "$pc_best" "$(awk -v k="${peak[plantrace]}" 'BEGIN { print k / 1024 }')"
printf '%-10s wall best %7.3f s  median %7.3f s  cpu best %7.3f s  peak RSS %6.1f MiB\n' pdftotext "$t_best" "$t_med" "$tc_best" "$(awk -v k="${peak[pdftotext]}" 'BEGIN { print k / 1024 }')"
awk -v p="$p_best" -v t="$t_best" -v pm="$p_med" -v tm="$t_med" -v pc="$pc_best" -v tc="$tc_best" 'BEGIN {
  printf "time ratio plantrace/pdftotext: %.2f wall (best), %.2f wall (median), %.2f cpu (best); target <= 1.3\n",
         p / t, pm / tm, (tc > 0 ? pc / tc : 0) }'
