#!/usr/bin/env bash
# Crash safety (issue 8): `plantrace ingest` over a batch of 50 distinct files
# is SIGKILLed at random moments, several rounds, then rerun until it finishes.
# Afterwards every document must be stored exactly once, the database must pass
# PRAGMA integrity_check, and its export must equal that of one uninterrupted
# run over the same files.
#
#   ingest_kill_test.sh PLANTRACE CORPUS_DIR [ROUNDS] [SEED]
#
# The 50 files are copies of the corpus' smaller renderings, each perturbed
# (a comment appended) so each has its own sha256 and its own doc_id.
# SEED makes the kill moments reproducible; it is printed on every run.
set -euo pipefail
pt=$1 corpus=$2 rounds=${3:-10} seed=${4:-$(date +%s)}
RANDOM=$seed
tmp=$(mktemp -d /tmp/plantrace-kill.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL (seed $seed): $*"; exit 1; }

mkdir "$tmp/batch"
sources=()
for f in "$corpus"/html/*.html "$corpus"/pdf/*.pdf; do
  # The two largest PDFs would make one uninterrupted run too slow for CI.
  [ "$(stat -c %s "$f")" -le 200000 ] && sources+=("$f")
done
((${#sources[@]})) || fail "no corpus files under $corpus"
for ((n = 0; n < 50; n++)); do
  src=${sources[n % ${#sources[@]}]}
  ext=${src##*.}
  out="$tmp/batch/copy-$n.$ext"
  cp "$src" "$out"
  if [ "$ext" = pdf ]; then printf '\n%% copy %d\n' "$n" >>"$out"; else printf '\n<!-- copy %d -->\n' "$n" >>"$out"; fi
done
[ "$(sha256sum "$tmp"/batch/* | cut -d' ' -f1 | sort -u | wc -l)" = 50 ] || fail "50 distinct files"

# One uninterrupted run: the reference, and the time a run takes.
start=$(date +%s%N)
"$pt" ingest "$tmp/batch" --db "$tmp/ref.db" --jobs 2 2>"$tmp/ref.log" || fail "$(tail -n 3 "$tmp/ref.log")"
full_ms=$((($(date +%s%N) - start) / 1000000))
"$pt" export --db "$tmp/ref.db" --format jsonl --out "$tmp/ref.jsonl"
[ "$(grep -c '"type":"document"' "$tmp/ref.jsonl")" = 50 ] || fail "reference run stores 50 documents"

# Kill rounds: each run dies at a random moment within a full run's time.
stored_before=()
for ((r = 1; r <= rounds; r++)); do
  delay_ms=$((RANDOM % (full_ms / 2 + 1) + 20))
  "$pt" ingest "$tmp/batch" --db "$tmp/k.db" --jobs 2 >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  n=$(sqlite3 "$tmp/k.db" "SELECT COUNT(*) FROM versions" 2>/dev/null || echo 0)
  stored_before+=("$n")
  echo "round $r: killed after ${delay_ms} ms, $n documents stored"
done

# Rerun until a run finishes by itself.
before_final=$(sqlite3 "$tmp/k.db" "SELECT COUNT(*) FROM versions" 2>/dev/null || echo 0)
reruns=0
until "$pt" ingest "$tmp/batch" --db "$tmp/k.db" --jobs 2 2>"$tmp/last.log" >/dev/null; do
  reruns=$((reruns + 1))
  ((reruns < 3)) || fail "ingest does not complete: $(tail -n 3 "$tmp/last.log")"
done

q() { sqlite3 "$tmp/k.db" "$1"; }
[ "$(q 'PRAGMA integrity_check')" = ok ] || fail "integrity_check: $(q 'PRAGMA integrity_check')"
[ "$(q 'PRAGMA foreign_key_check' | wc -l)" = 0 ] || fail "foreign keys: $(q 'PRAGMA foreign_key_check')"
[ "$(q 'SELECT COUNT(*) FROM documents')" = 50 ] || fail "$(q 'SELECT COUNT(*) FROM documents') documents, expected 50"
[ "$(q 'SELECT COUNT(*) FROM versions')" = 50 ] || fail "$(q 'SELECT COUNT(*) FROM versions') versions, expected 50"
[ "$(q 'SELECT COUNT(*) FROM versions WHERE version <> 1')" = 0 ] || fail "a document stored twice"
[ "$(q 'SELECT COUNT(*) FROM versions v WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.version = v.id)')" = \
  "$(sqlite3 "$tmp/ref.db" 'SELECT COUNT(*) FROM versions v WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.version = v.id)')" ] \
  || fail "a document lost its items"
"$pt" export --db "$tmp/k.db" --format jsonl --out "$tmp/k.jsonl"
cmp -s "$tmp/ref.jsonl" "$tmp/k.jsonl" || fail "the killed-and-resumed store differs from one uninterrupted run"
echo "ok (seed $seed): full run ${full_ms} ms; $rounds kills, stored after each: ${stored_before[*]}; the final run stored $((50 - before_final)) more"
