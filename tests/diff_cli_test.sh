#!/usr/bin/env bash
# plantrace diff end to end (issue 18): the 2018 plan's HTML ingested, then
# replaced at the same path by an edited edition (item 7.3's row removed,
# item 5.1's "final strategy in place for September 2018" moved to December
# 2018, a new bold "(October Update)" paragraph in item 1.1's lead cell) and
# ingested again: `diff DOC@1 DOC@2` reports exactly removed [7.3], added [],
# changed [1.1, 5.1] — in JSON, and the same in text and HTML.
# Usage: diff_cli_test.sh PLANTRACE_BINARY REPO
set -euo pipefail
pt=$1
repo=$2
tmp=$(mktemp -d /tmp/plantrace-diff.XXXXXX)
trap '[ -n "${KEEP_DIFF_TMP:-}" ] || rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

doc=bcc-2018-09-governance-improvement-plan
plan=$tmp/$doc.html
db=$tmp/d.db
cp "$repo/corpus/html/$doc.html" "$plan"
"$pt" ingest "$plan" --db "$db" 2>/dev/null
python3 - "$plan" <<'PY'
import re, sys
path = sys.argv[1]
s = open(path, encoding="utf-8").read()
# 7.3's row goes.
row = re.search(r'<tr>\s*<td class="id">7\.3</td>.*?</tr>', s, re.S)
assert row, "7.3 row"
s = s[:row.start()] + s[row.end():]
# 5.1's final strategy moves to December.
old = "final strategy in place for <b>September 2018</b>"
assert s.count(old) == 1, "5.1 wording"
s = s.replace(old, "final strategy in place for <b>December 2018</b>")
# 1.1's lead cell (the row's last cell) gets an October update.
row = re.search(r'<tr>\s*<td class="id">1\.1</td>.*?</tr>', s, re.S)
cell_end = s.rfind("</td>", row.start(), row.end())
s = s[:cell_end] + ("<p><b>Self-assessment returns received from all groups; summary to "
                    "Group Leaders in November. (October Update)</b></p>\n      ") + s[cell_end:]
open(path, "w", encoding="utf-8").write(s)
PY
"$pt" ingest "$plan" --db "$db" 2>/dev/null
[ "$(sqlite3 "$db" "SELECT versions FROM v_documents WHERE doc_id = '$doc'")" = 2 ] \
  || fail "the edited edition is version 2"

"$pt" diff "$doc@1" "$doc@2" --db "$db" --format json >"$tmp/diff.json"
python3 - "$tmp/diff.json" <<'PY' || fail "diff JSON: $(head -c 3000 "$tmp/diff.json")"
import json, sys
d = json.load(open(sys.argv[1]))
removed = [i["item_id"] for i in d["removed"]]
added = [i["item_id"] for i in d["added"]]
changed = [c["item_id"] for c in d["changed"]]
print("removed", removed, "added", added, "changed", changed)
assert removed == ["7.3"], removed
assert added == [], added
assert changed == ["1.1", "5.1"], changed
c11, c51 = d["changed"]
assert "updates" in c11["fields"], c11["fields"]
assert any("(October Update)" in u for u in c11["changes"]["updates"]["to"]), c11
assert "dates" in c51["fields"], c51["fields"]
assert any("2018-12" in x for x in c51["changes"]["dates"]["to"]), c51["changes"]["dates"]
assert not any("2018-12" in x for x in c51["changes"]["dates"]["from"]), c51["changes"]["dates"]
PY

"$pt" diff "$doc@1" "$doc" --db "$db" >"$tmp/diff.txt"
head -1 "$tmp/diff.txt" | grep -q "^$doc@1 -> $doc@2: 0 added, 1 removed, 2 changed" \
  || fail "text heading: $(head -1 "$tmp/diff.txt")"
grep -q "^- 7.3 " "$tmp/diff.txt" || fail "text: 7.3 removed"
grep -q "^~ 5.1 .*dates" "$tmp/diff.txt" || fail "text: 5.1 dates changed"
"$pt" diff "$doc@1" "$doc@2" --db "$db" --format html >"$tmp/diff.html"
grep -q "October Update" "$tmp/diff.html" || fail "html shows the new update"
grep -q "<!DOCTYPE html>\|<!doctype html>" "$tmp/diff.html" || fail "html page"

echo "== errors"
set +e
"$pt" diff "$doc@3" "$doc@2" --db "$db" 2>"$tmp/err.txt"; rc=$?
set -e
[ $rc = 2 ] && grep -q "has 2 stored version" "$tmp/err.txt" || fail "missing version: exit 2 ($rc)"
set +e
"$pt" diff nothing "$doc" --db "$db" 2>/dev/null; rc=$?
[ $rc = 2 ] || fail "unknown doc: exit 2"
"$pt" diff "$doc" --db "$db" 2>/dev/null; rc=$?
[ $rc = 1 ] || fail "one ref: exit 1"
"$pt" diff "$doc@x" "$doc" --db "$db" 2>/dev/null; rc=$?
[ $rc = 2 ] || fail "bad version: exit 2 ($rc)"
set -e
echo OK
