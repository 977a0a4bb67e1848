#!/usr/bin/env bash
# Document records of papers ingested one at a time: each PDF/HTML file its
# own `plantrace ingest FILE --db fresh.db` (no manifest, no folder-mates),
# exported and scored with score_meta.py. This is how a user meets a newly
# published paper; a folder ingest can borrow a publisher from the papers
# beside it, which this measure rules out.
#
# usage: bench/meta_alone.sh ANSWERS.json FILE_OR_DIR... [-- score_meta options]
# e.g.   bench/meta_alone.sh ../shared/realpdf/kent-dev/gold/documents.json \
#            ../shared/realpdf/kent-dev/pdf -- -v
# env PLANTRACE_BIN (default build/plantrace), KEEP=DIR keeps the exports.
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
bin="${PLANTRACE_BIN:-$root/build/plantrace}"
answers=$1; shift
inputs=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do inputs+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
work=${KEEP:-$(mktemp -d)}; mkdir -p "$work"
[ -z "${KEEP:-}" ] && trap 'rm -rf "$work"' EXIT
: > "$work/all.jsonl"
find "${inputs[@]}" -type f \( -iname '*.pdf' -o -iname '*.htm' -o -iname '*.html' \) | sort |
while read -r f; do
  rm -f "$work/one.db"
  "$bin" ingest "$f" --db "$work/one.db" > /dev/null 2>&1 || true
  "$bin" export --db "$work/one.db" --format jsonl | grep '"type": *"document"' >> "$work/all.jsonl" || true
done
python3 "$root/../shared/score/score_meta.py" "$answers" "$work/all.jsonl" "$@"
