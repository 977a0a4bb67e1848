#!/usr/bin/env bash
# The PostgreSQL store against a real, throw-away server (no mock):
#   1. the store's unit tests (postgres_store_test) on gold records, and the
#      README's SQL (but the FTS5 block) on what they stored;
#   2. ingest of the corpus into PostgreSQL exports byte for byte what the
#      same ingest into SQLite exports, and a re-run stores nothing;
#   3. 4 `plantrace ingest` processes at once over the corpus copied 10 times
#      store each document exactly once.
# Usage: postgres_test.sh PLANTRACE_BINARY POSTGRES_STORE_TEST_BINARY
# Exit 77 (ctest: skipped) only when no PostgreSQL server binaries exist
# (tools/setup installs Debian's `postgresql`).
set -euo pipefail
plantrace=$1
unit_test=$2

pg_bin=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && pg_bin=$d; done
if [ -z "$pg_bin" ] && command -v initdb >/dev/null; then pg_bin=$(dirname "$(command -v initdb)"); fi
if [ -z "$pg_bin" ]; then
  echo "SKIPPED: no PostgreSQL server binaries (initdb, pg_ctl); tools/setup installs 'postgresql'"
  exit 77
fi

tmp=$(mktemp -d /tmp/plantrace-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: run it as the postgres user (or nobody).
  pg_user=postgres
  id "$pg_user" >/dev/null 2>&1 || pg_user=nobody
  chown "$pg_user" "$tmp"
  as_pg=(runuser -u "$pg_user" --)
fi
stop() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap stop EXIT

"${as_pg[@]}" "$pg_bin/initdb" -D "$tmp/data" -A trust -U plantrace --no-sync -E UTF8 \
  >"$tmp/initdb.log" 2>&1 || { cat "$tmp/initdb.log"; exit 1; }
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -w -l "$tmp/server.log" \
  -o "-k $tmp -c listen_addresses='' -c fsync=off -c max_connections=50" start >/dev/null \
  || { cat "$tmp/server.log"; exit 1; }
uri() { echo "postgresql://plantrace@/$1?host=$tmp"; }
sql() { psql "$(uri "$1")" -qAtc "$2"; }
for db in unit single crowd old; do sql postgres "CREATE DATABASE $db" ; done

echo "== 1. store unit tests on PostgreSQL"
PLANTRACE_PG_URI=$(uri unit) "$unit_test"
# The same schema version as SQLite: the highest migration number.
want=$(ls output/sql/migrations | sed -n 's/^0*\([0-9][0-9]*\)_.*/\1/p' | sort -n | tail -1)
got=$(sql unit "SELECT version FROM schema_version")
[ "$got" = "$want" ] || { echo "FAIL: PostgreSQL schema_version $got, expected $want"; exit 1; }
echo "ok: PostgreSQL store at schema version $got"

echo "== 1a. a store from before versions is upgraded, its items searchable"
psql "$(uri old)" -qAt -v ON_ERROR_STOP=1 -f output/sql/migrations/0001_base.postgres.sql
sql old "INSERT INTO documents VALUES (1, 'plan');
  INSERT INTO versions VALUES (1, 1, 1, 'sha', 'Plan', 'Council', '2023-11-01', '2023-24',
    'pdf', 'plan.pdf', 9, '2024-01-01T00:00:00Z');
  INSERT INTO items(id, version, seq, item_id, kind, text)
    VALUES (7, 1, 0, '4', 'recommendation', 'Review the constitution');
  INSERT INTO actions VALUES (7, 0, 'Commission an external auditor');"
"$plantrace" query --db "$(uri old)" --text auditors --format csv | grep -q '^plan,4,' \
  || { echo "FAIL: the upgraded store does not find the old item's action"; exit 1; }
[ "$(sql old "SELECT version FROM schema_version")" = "$want" ] \
  || { echo "FAIL: the old store was not upgraded to $want"; exit 1; }
echo "ok: a store from before versions upgraded to $want"

echo "== 1b. the README's SQL (all but the FTS5 block) on PostgreSQL"
mkdir -p "$tmp/readme"
awk -v dir="$tmp/readme" '/^```sql$/ { on = 1; n++; next }
     /^```$/ && on { on = 0; next }
     on { print > (dir "/" n ".sql") }' README.md
n=0
for f in $(ls "$tmp/readme" | sort -n); do
  grep -q items_fts "$tmp/readme/$f" && continue  # FTS5 is SQLite's
  out=$(psql "$(uri unit)" -qAt -v ON_ERROR_STOP=1 -f "$tmp/readme/$f") \
    || { echo "FAIL: $(cat "$tmp/readme/$f")"; exit 1; }
  [ -n "$out" ] || { echo "FAIL: no rows from: $(cat "$tmp/readme/$f")"; exit 1; }
  n=$((n + 1))
done
[ "$n" -ge 3 ] || { echo "FAIL: expected at least 3 README blocks, ran $n"; exit 1; }
psql "$(uri unit)" -qAt -f "$tmp/readme/1.sql" \
  | grep -q "^bcc-2023-11-governance-stabilisation-plan|9|" \
  || { echo "FAIL: the Monitoring Officer query misses item 9"; exit 1; }
echo "ok: $n README queries answer on PostgreSQL"

echo "== 2. the corpus into PostgreSQL and SQLite: the same export, re-run stores nothing"
"$plantrace" ingest corpus/manifest.json --db "$(uri single)" --jobs 2 2>"$tmp/single.log"
"$plantrace" ingest corpus/manifest.json --db "$tmp/single.db" --jobs 2 2>/dev/null
"$plantrace" export --db "$(uri single)" --format jsonl --out "$tmp/pg.jsonl"
"$plantrace" export --db "$tmp/single.db" --format jsonl --out "$tmp/sqlite.jsonl"
cmp "$tmp/pg.jsonl" "$tmp/sqlite.jsonl"
"$plantrace" ingest corpus/manifest.json --db "$(uri single)" 2>"$tmp/again.log"
grep -q "^ingest: 0 stored, 0 new versions, 5 already stored" "$tmp/again.log" \
  || { cat "$tmp/again.log"; exit 1; }
"$plantrace" export --db "$(uri single)" --format jsonl --out "$tmp/pg2.jsonl"
cmp "$tmp/pg.jsonl" "$tmp/pg2.jsonl"
"$plantrace" query --db "$(uri single)" --format json >/dev/null
# v_links.stale in both dialects: none after linking; one link made older
# than its earlier item's version is.
[ "$(sql single "SELECT COUNT(*) || '/' || SUM(stale) FROM v_links")" = \
  "$(sqlite3 "$tmp/single.db" "SELECT COUNT(*) || '/' || SUM(stale) FROM v_links")" ] \
  || { echo "FAIL: v_links differs between PostgreSQL and SQLite"; exit 1; }
[ "$(sql single "SELECT SUM(stale) FROM v_links")" = 0 ] || { echo "FAIL: stale links after linking"; exit 1; }
sql single "UPDATE links SET from_version = from_version - 1 WHERE id = (SELECT MIN(id) FROM links)"
[ "$(sql single "SELECT SUM(stale) FROM v_links")" = 1 ] || { echo "FAIL: v_links.stale"; exit 1; }
echo "ok: $(wc -l <"$tmp/pg.jsonl") export lines identical"

echo "== 3. 4 processes, the corpus copied 10 times"
for i in $(seq 1 10); do
  mkdir -p "$tmp/copies/c$i"
  cp -r corpus/manifest.json corpus/pdf corpus/html "$tmp/copies/c$i/"
done
pids=()
for p in 1 2 3 4; do
  # Each process walks the copies in another order, so they meet head-on.
  order=$(seq 1 10 | awk -v p="$p" '{ print (($1 + 3 * p) % 10) + 1 }')
  args=()
  for i in $order; do args+=("$tmp/copies/c$i"); done
  "$plantrace" ingest "${args[@]}" --db "$(uri crowd)" --jobs 2 2>"$tmp/crowd$p.log" &
  pids+=($!)
done
for p in 1 2 3 4; do
  wait "${pids[$((p - 1))]}" || {
    echo "FAIL: ingest process $p exited $?:"
    grep -v -e "^stored " -e "already stored" -e "being stored by another" "$tmp/crowd$p.log" | head -20
    exit 1
  }
done
documents=$(sql crowd "SELECT COUNT(*) FROM documents")
versions=$(sql crowd "SELECT COUNT(*) FROM versions")
distinct=$(sql crowd "SELECT COUNT(DISTINCT sha256) FROM versions")
stored=$(cat "$tmp"/crowd*.log | grep -c "^stored " || true)
echo "documents=$documents versions=$versions distinct_sha256=$distinct stored_lines=$stored"
grep -h "^ingest:" "$tmp"/crowd*.log
[ "$documents" = 5 ] && [ "$versions" = 5 ] && [ "$distinct" = 5 ] && [ "$stored" = 5 ] \
  || { echo "FAIL: each document must be stored exactly once"; exit 1; }
echo "ok: 4 processes x 50 tasks -> each of the 5 documents stored once"
