#!/usr/bin/env bash
# The store and exports as analysts' tools read them (issue 17), over a
# store of the bundled corpus, linked:
#  - the store: user_version > 0, items_fts is FTS5 with content="items";
#  - `export --format csv --out DIR`: the tidy files parse, rows as wide as
#    headers, keyed by doc_id,item_id; `--excel` adds the BOM and nothing else;
#  - `export --format jsonl --out DIR`: every line valid against
#    `plantrace schema`, the same lines as the single stream;
#  - `plantrace datasette-metadata` describes every table, view and column;
#  - sqlite-utils finds the full-text index (where installed).
# Usage: analysts_test.sh PLANTRACE_BINARY   (run from the source folder)
set -euo pipefail
# Debian's python3 (where tools/setup installs the packages) before any other.
py=$([ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3)
pt=$1
src=$(pwd)
tmp=$(mktemp -d /tmp/plantrace-analysts.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$py" -c 'import jsonschema' 2>/dev/null \
  || fail "python3-jsonschema is missing: tools/setup installs it"

db=$tmp/plantrace.db
"$pt" ingest corpus/manifest.json --db "$db" 2>/dev/null
"$pt" link --db "$db" 2>/dev/null

echo "== the store"
[ "$(sqlite3 "$db" 'PRAGMA user_version')" -gt 0 ] || fail "user_version is 0"
sqlite3 "$db" "SELECT sql FROM sqlite_master WHERE name = 'items_fts'" | tr '\n' ' ' \
  | grep -qiE 'using fts5\(.*content="items"' || fail "items_fts is not FTS5 over items"
[ "$(sqlite3 "$db" "SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH 'constitution'")" -gt 0 ] \
  || fail "items_fts finds nothing"
sqlite3 "$db" "SELECT pages, amounts_gbp FROM v_items WHERE amounts_gbp IS NOT NULL LIMIT 1" \
  | grep -qE '^[0-9]+(, [0-9]+)*\|[0-9]+' || fail "v_items has no pages and amounts_gbp"
echo "ok: user_version $(sqlite3 "$db" 'PRAGMA user_version'), items_fts over items"

echo "== tidy exports"
"$pt" export --db "$db" --format csv --out "$tmp/csv"
"$pt" export --db "$db" --format jsonl --out "$tmp/jsonl"
"$pt" schema >"$tmp/schema.json"
"$py" "$src/tests/check_exports.py" "$tmp/csv" "$tmp/jsonl" "$tmp/schema.json"
"$pt" export --db "$db" --format csv --out "$tmp/excel/" --excel
for f in "$tmp"/csv/*.csv; do
  name=$(basename "$f")
  head -c 3 "$tmp/excel/$name" | cmp -s - <(printf '\xef\xbb\xbf') || fail "$name: no BOM with --excel"
  tail -c +4 "$tmp/excel/$name" | cmp -s - "$f" || fail "$name: --excel changed more than the BOM"
done
"$pt" export --db "$db" --format jsonl >"$tmp/stream.jsonl"
cmp <(sort "$tmp/stream.jsonl") <(cat "$tmp"/jsonl/*.jsonl | sort) \
  || fail "the per-kind JSONL files differ from the single stream"
echo "ok: --excel, one file per kind = the stream"

echo "== Datasette metadata covers the store"
"$pt" datasette-metadata >"$tmp/metadata.json"
cmp -s "$tmp/metadata.json" docs/metadata.json || fail "datasette-metadata differs from docs/metadata.json"
"$pt" datasette-metadata --db "$tmp/my-plans.db" >"$tmp/named.json"
grep -q '^    "my-plans": {' "$tmp/named.json" || fail "datasette-metadata --db names the database"
"$py" - "$db" "$tmp/metadata.json" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tables = json.load(open(sys.argv[2]))["databases"]["plantrace"]["tables"]
missing = []
names = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
    "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'items_fts_%'")]
for name in names:
    if name not in tables:
        missing.append(name)
        continue
    cols = [r[1] for r in db.execute(f"PRAGMA table_info({name})")]
    missing += [f"{name}.{c}" for c in cols if c not in tables[name].get("columns", {})]
    missing += [f"{name}.{c} (gone)" for c in tables[name].get("columns", {}) if c not in cols]
missing += [f"{t} (no such table)" for t in tables if t not in names]
if missing:
    sys.exit("FAIL: docs/metadata.json does not describe: " + ", ".join(missing))
print(f"ok: {len(names)} tables and views described")
PY

if command -v sqlite-utils >/dev/null; then
  echo "== sqlite-utils"
  sqlite-utils search "$db" items constitution --limit 1 >"$tmp/search.json" \
    || fail "sqlite-utils search"
  grep -qi constitution "$tmp/search.json" || fail "sqlite-utils search finds no constitution"
  echo "ok: sqlite-utils search finds items_fts"
else
  echo "SKIPPED: sqlite-utils is not installed (tools/setup installs it)"
fi
echo "analysts_test: all checks passed"
