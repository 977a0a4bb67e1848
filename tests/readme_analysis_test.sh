#!/usr/bin/env bash
# Runs the README's "Analysing the records" blocks over a store of the
# bundled corpus, each with its tool when installed (skipped, and said so,
# when not): sh blocks line by line, python blocks whole. Each command must
# succeed and print something (unless it writes to a file).
# Usage: readme_analysis_test.sh PLANTRACE_BINARY   (run from the source folder)
set -euo pipefail
# Debian's python3 (where tools/setup installs the packages) before any other.
py=$([ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3)
pt=$1
src=$(pwd)
tmp=$(mktemp -d /tmp/plantrace-readme.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$tmp/build" "$tmp/blocks"
ln -s "$(cd "$(dirname "$pt")" && pwd)/$(basename "$pt")" "$tmp/build/plantrace"
"$pt" ingest corpus/manifest.json --db "$tmp/plantrace.db" 2>/dev/null
"$pt" link --db "$tmp/plantrace.db" 2>/dev/null

# The section's fenced blocks, one file each: N.sh or N.python.
awk -v dir="$tmp/blocks" '
  /^## / { in_section = ($0 == "## Analysing the records") }
  in_section && /^```(sh|python)$/ { n++; lang = substr($0, 4); on = 1; next }
  on && /^```$/ { on = 0; next }
  on { print > (dir "/" n "." lang) }' README.md
[ "$(ls "$tmp/blocks" | wc -l)" -ge 5 ] || fail "expected at least 5 blocks in the README section"

cd "$tmp"
ran=0
skipped=()
run() {  # run COMMAND-LINE: must succeed; must print unless it redirects
  local line=$1 out
  out=$(bash -c "$line" 2>"$tmp/err") || fail "$line: $(cat "$tmp/err")"
  case $line in *">"* | *"--out "*) ;; *) [ -n "$out" ] || fail "$line printed nothing" ;; esac
  ran=$((ran + 1))
}
for block in $(ls "$tmp/blocks" | sort -n); do
  case $block in
    *.python)
      if "$py" -c 'import pandas' 2>/dev/null; then
        out=$("$py" "$tmp/blocks/$block" 2>"$tmp/err") || fail "python block: $(cat "$tmp/err")"
        [ -n "$out" ] || fail "the python block printed nothing"
        ran=$((ran + 1))
      else
        skipped+=("pandas")
      fi ;;
    *.sh)
      while IFS= read -r line; do
        line=${line%%  #*}  # the comment after a command
        [ -n "${line// }" ] || continue
        tool=${line%% *}
        case $tool in
          build/plantrace) run "$line" ;;
          datasette)
            if command -v datasette >/dev/null; then
              # The server itself, asked one request instead of listening.
              run "$line --get '/plantrace/items.json?_search=constitution'"
            else
              skipped+=("datasette")
            fi ;;
          *)
            if command -v "$tool" >/dev/null; then run "$line"; else skipped+=("$tool"); fi ;;
        esac
      done <"$tmp/blocks/$block" ;;
  esac
done
[ -s exports/items.csv ] && [ -s exports/items.jsonl ] || fail "the export lines wrote no files"
echo "ok: $ran README commands ran${skipped:+; not installed, skipped: ${skipped[*]}}"
