#!/usr/bin/env bash
# Times `plantrace extract --format json` against `pdftotext -bbox-layout`
# (Poppler's own text extraction with word boxes) over the corpus PDFs, in the
# same run, and prints the CPU-time ratio and each one's peak memory.
#
#   bench/extract_bench.sh [REPS] [PDF_DIR]     (defaults: 7, corpus/pdf)
#   env ROUNDS (default 4): passes over the PDFs in one timed loop
#
# A repetition runs every PDF ROUNDS times with one tool in one timed loop,
# then the same with the other, so both see the same machine load and the
# clock's resolution (GNU time's 10 ms) counts once per loop, not once per
# file. CPU time (user + system, of all processes of the loop) is the figure
# that counts on a shared, loaded machine; wall time is shown too. The
# median repetition of each tool is compared (the best is shown too). Peak
# memory is the largest maximum resident set size of any single run.
# Target (issues 15 and 14): CPU ratio <= 1.0. Figures: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-7}
dir=${2:-corpus/pdf}
rounds=${ROUNDS:-4}
plantrace=${PLANTRACE:-build/plantrace}
[ -x "$plantrace" ] || { echo "extract_bench: build first (tools/setup)" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "extract_bench: pdftotext (poppler-utils) is missing" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "extract_bench: /usr/bin/time (Debian package time) is missing" >&2; exit 2; }
mapfile -t pdfs < <(find "$dir" -maxdepth 1 -name '*.pdf' | sort)
((${#pdfs[@]})) || { echo "extract_bench: no PDFs in $dir" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run_all TOOL [ROUNDS]: every PDF, one process each (the loop that is timed).
run_all() {
  local f i
  for ((i = 0; i < ${2:-1}; i++)); do for f in "${pdfs[@]}"; do
    if [ "$1" = plantrace ]; then
      "$plantrace" extract "$f" --format json >/dev/null 2>&1
    else
      pdftotext -bbox-layout "$f" - >/dev/null 2>&1
    fi
  done; done
}

# time_all TOOL -> "wall_seconds cpu_seconds" of one loop over all PDFs.
time_all() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" bash -c "$(declare -f run_all); pdfs=(${pdfs[*]@Q}); plantrace=${plantrace@Q}; run_all $1 $rounds"
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
}

# peak TOOL -> the largest maximum RSS (KiB) of one run over the PDFs.
peak() {
  local f kb max=0
  for f in "${pdfs[@]}"; do
    if [ "$1" = plantrace ]; then
      /usr/bin/time -f "%M" -o "$work/rss" "$plantrace" extract "$f" --format json >/dev/null 2>&1
    else
      /usr/bin/time -f "%M" -o "$work/rss" pdftotext -bbox-layout "$f" - >/dev/null 2>&1
    fi
    kb=$(cat "$work/rss")
    ((kb > max)) && max=$kb
  done
  echo "$max"
}

for tool in plantrace pdftotext; do run_all "$tool"; : >"$work/$tool.wall"; : >"$work/$tool.cpu"; done  # warm the page cache
for ((r = 1; r <= reps; r++)); do
  for tool in plantrace pdftotext; do
    read -r s c < <(time_all "$tool")
    echo "$s" >>"$work/$tool.wall"
    echo "$c" >>"$work/$tool.cpu"
    printf -v "last_$tool" '%s %s' "$s" "$c"
  done
  printf 'rep %d: plantrace %s s wall, %s s cpu   pdftotext %s s wall, %s s cpu\n' "$r" \
    $last_plantrace $last_pdftotext
done

best_and_median() {  # best and median of a column of numbers
  sort -g "$1" | awk '{ v[NR] = $1 } END { printf "%.3f %.3f\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
read -r pw_best pw_med < <(best_and_median "$work/plantrace.wall")
read -r tw_best tw_med < <(best_and_median "$work/pdftotext.wall")
read -r pc_best pc_med < <(best_and_median "$work/plantrace.cpu")
read -r tc_best tc_med < <(best_and_median "$work/pdftotext.cpu")
p_kb=$(peak plantrace)
t_kb=$(peak pdftotext)
echo
echo "${#pdfs[@]} PDFs from $dir, $reps repetitions of $rounds passes (times are per repetition)"
printf '%-10s cpu median %7.3f s  best %7.3f s   wall median %7.3f s   peak RSS %6.1f MiB\n' plantrace "$pc_med" "$pc_best" "$pw_med" "$(awk -v k="$p_kb" 'BEGIN { print k / 1024 }')"
printf '%-10s cpu median %7.3f s  best %7.3f s   wall median %7.3f s   peak RSS %6.1f MiB\n' pdftotext "$tc_med" "$tc_best" "$tw_med" "$(awk -v k="$t_kb" 'BEGIN { print k / 1024 }')"
awk -v pc="$pc_med" -v tc="$tc_med" -v pcb="$pc_best" -v tcb="$tc_best" -v pw="$pw_med" -v tw="$tw_med" 'BEGIN {
  printf "ratio plantrace/pdftotext: %.2f cpu (median), %.2f cpu (best), %.2f wall (median); target <= 1.0\n",
         pc / tc, pcb / tcb, pw / tw }'
