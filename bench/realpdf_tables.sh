#!/usr/bin/env bash
# Table detection and structure on real PDFs (ICDAR 2013, EU half), scored
# with the data set's own scorer, and on camelot's and tabula-java's own test
# PDFs (../shared/realpdf/peersuites, 44 tables: found / shape / cell
# similarity per suite, each suite one half of the tune/check split). Runs
# only where ../shared/realpdf exists (relative to the repository root); the
# PDFs are never copied here. Also prints extract time with and without table
# finding.
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
data="$root/../shared/realpdf/icdar2013-eu"
bin="${PLANTRACE_BIN:-$root/build/plantrace}"
if [ ! -d "$data" ]; then
  echo "realpdf_tables: $data not present, skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pred"
for f in "$data"/data/*.pdf; do
  s=$(basename "$f" .pdf)
  "$bin" extract "$f" --no-stitch --format json > "$work/$s.model.json"
  python3 "$data/to_prediction.py" "$work/$s.model.json" "$work/pred/$s.json"
done
python3 "$data/score.py" "$work/pred" --per-doc

# The peer suites, each suite's summary and the overall line.
peers="$root/../shared/realpdf/peersuites"
if [ -d "$peers" ]; then
  python3 "$peers/run.py" --bin "$bin" --rerun --out "$work/peers" |
    grep -E '^== |^   (unhinted|hinted|all) |^peersuites:'
fi

# Time: the same files with and without table finding (summary format), as
# CPU seconds (user + sys) so that other work on a shared machine matters less.
time_all() {
  local TIMEFORMAT='%U %S'
  { time (for f in "$data"/data/*.pdf "$root"/corpus/pdf/*.pdf; do
            "$bin" extract "$f" --format summary "$@" > /dev/null 2>&1; done) ; } 2>&1 | awk '{print $1 + $2}'
}
with=$(time_all)
without=$(time_all --no-tables)
awk -v w="$with" -v n="$without" 'BEGIN {
  printf "extract CPU time, realpdf + corpus: with tables %.2fs, without %.2fs (tables add %.0f%%)\n",
         w, n, (w - n) / n * 100 }'
