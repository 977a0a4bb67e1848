#!/usr/bin/env bash
# Editions of one plan end to end (issue 18): the 2018 plan's HTML made into
# a July, an August and a September edition by editing it (July: subtitle
# "July Update 2018", item 7.3's row not yet there, item 5.1 due in September;
# August: subtitle "August Update 2018", 7.3 added; September: the plan as
# published, 5.1's final strategy moved to December), ingested as three
# documents with the 2019 addendum. `trace` follows 5.1 through the three
# editions by edition links, `diff` of two doc ids shows what each edition
# changed, and the 2019 addendum is linked to the September edition only.
# Usage: editions_cli_test.sh PLANTRACE_BINARY REPO
set -euo pipefail
pt=$1
repo=$2
tmp=$(mktemp -d /tmp/plantrace-editions.XXXXXX)
trap '[ -n "${KEEP_EDITIONS_TMP:-}" ] || rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

src=$repo/corpus/html/bcc-2018-09-governance-improvement-plan.html
later=bcc-2019-improvement-programme-addendum
mkdir "$tmp/in"
python3 - "$src" "$tmp/in" <<'PY'
import re, sys
src, out = sys.argv[1], sys.argv[2]
sep = open(src, encoding="utf-8").read()
# Only the title and the subtitle name the edition (the items' own update
# markers stay as they are).
def edition(text, month):
    for cue in ("Improvement Plan – {} Update 2018</title>", '<p class="subtitle"><b>{} Update 2018</b>'):
        assert text.count(cue.format("September")) == 1, cue
        text = text.replace(cue.format("September"), cue.format(month))
    return text
old = "final strategy in place for <b>September 2018</b>"
assert sep.count(old) == 1, "5.1 wording"
row = re.search(r'<tr>\s*<td class="id">7\.3</td>.*?</tr>', sep, re.S)
assert row, "7.3 row"
jul = edition(sep[:row.start()] + sep[row.end():], "July")
aug = edition(sep, "August")
sep = sep.replace(old, "final strategy in place for <b>December 2018</b>")
# Names that say nothing of the month: the dates come from the papers.
for name, text in (("plan-a", sep), ("plan-b", jul), ("plan-c", aug)):
    open(f"{out}/{name}.html", "w", encoding="utf-8").write(text)
PY
cp "$repo/corpus/html/$later.html" "$tmp/in/"
db=$tmp/e.db
"$pt" ingest "$tmp/in" --db "$db" 2>/dev/null
[ "$(sqlite3 "$db" "SELECT group_concat(doc_id || '=' || date, ' ') FROM (SELECT doc_id, date FROM v_documents WHERE doc_id LIKE 'plan-%' ORDER BY doc_id)")" \
  = "plan-a=2018-09 plan-b=2018-07 plan-c=2018-08" ] || fail "edition dates read from the papers"

echo "== trace follows 5.1 through July, August and September"
"$pt" trace 'plan-b#5.1' --db "$db" --format json >"$tmp/trace.json"
python3 - "$tmp/trace.json" <<'PY' || fail "trace: $(head -c 3000 "$tmp/trace.json")"
import json, sys
t = json.load(open(sys.argv[1]))
refs = [i["doc_id"] + "#" + i["item_id"] for i in t["items"]]
print("trace", refs)
assert refs == ["plan-b#5.1", "plan-c#5.1", "plan-a#5.1"], refs
links = [(l["from"], l["to"], l["relation"]) for l in t["links"]]
assert links == [("plan-b#5.1", "plan-c#5.1", "recurs"), ("plan-c#5.1", "plan-a#5.1", "recurs")], links
for l in t["links"]:
    assert l["why"][0].startswith("edition of the same plan (title, publisher, later date; "), l["why"]
    assert l["why"][1] == "the same item 5.1 in the later edition", l["why"]
# What the editions say of 5.1's due date, oldest first.
due = [[d["start"] for d in i["dates"] if d["role"] == "due"] for i in t["items"]]
assert any(x.startswith("2018-09") for x in due[1]) and any(x.startswith("2018-12") for x in due[2]), due
PY
"$pt" trace 'plan-a#7.3' --db "$db" --format json >"$tmp/trace73.json"
python3 - "$tmp/trace73.json" <<'PY' || fail "trace 7.3: $(head -c 2000 "$tmp/trace73.json")"
import json, sys
t = json.load(open(sys.argv[1]))
refs = [i["doc_id"] + "#" + i["item_id"] for i in t["items"]]
assert refs[:2] == ["plan-c#7.3", "plan-a#7.3"] and not any(r.startswith("plan-b#") for r in refs), refs
PY

echo "== links: editions one to the next, the later plan to the last edition"
count() { sqlite3 "$db" "SELECT count(*) FROM v_links WHERE $1"; }
items_b=$(sqlite3 "$db" "SELECT count(*) FROM v_items WHERE doc_id = 'plan-b'")
[ "$(count "from_ref LIKE 'plan-b#%' AND to_ref LIKE 'plan-c#%' AND why LIKE 'edition of the same plan%'")" = "$items_b" ] \
  || fail "every July item linked to its August copy"
[ "$(count "from_ref LIKE 'plan-b#%' AND to_ref LIKE 'plan-a#%'")" = 0 ] || fail "no July -> September link"
[ "$(count "from_ref LIKE 'plan-%' AND to_ref LIKE 'plan-%' AND why NOT LIKE 'edition of the same plan%'")" = 0 ] \
  || fail "no scored links between editions"
[ "$(count "from_ref LIKE 'plan-a#%' AND to_ref LIKE '$later#%'")" -ge 1 ] || fail "the 2019 addendum linked"
[ "$(count "(from_ref LIKE 'plan-b#%' OR from_ref LIKE 'plan-c#%') AND to_ref LIKE '$later#%'")" = 0 ] \
  || fail "the 2019 addendum linked to the September edition only"

echo "== summary names the editions"
"$pt" summary --db "$db" >"$tmp/summary.txt"
grep -A1 "^Editions of one plan" "$tmp/summary.txt" | grep -Eq \
  "^  plan-b \(2018-07\) -> plan-c \(2018-08, [0-9]+% of items shared\) -> plan-a \(2018-09, 100% of items shared\)$" \
  || fail "summary: $(cat "$tmp/summary.txt")"

echo "== diff of two editions by doc id"
"$pt" diff plan-b plan-c --db "$db" --format json >"$tmp/d1.json"
"$pt" diff plan-c plan-a --db "$db" --format json >"$tmp/d2.json"
python3 - "$tmp/d1.json" "$tmp/d2.json" <<'PY' || fail "diff: $(head -c 2000 "$tmp/d1.json")"
import json, sys
ids = lambda d, k: [i["item_id"] for i in d[k]]
d1, d2 = (json.load(open(p)) for p in sys.argv[1:])
# A year-less month ("July") reads against each edition's own date, so an
# item may differ in its dates alone (4.3 today); nothing else changed.
assert (ids(d1, "added"), ids(d1, "removed")) == (["7.3"], []), d1
assert all(c["fields"] == ["dates"] for c in d1["changed"]), d1["changed"]
# A due date September's edition has passed reads as an event there, which
# diff does not count as a change: 5.1 alone changed.
assert (ids(d2, "added"), ids(d2, "removed"), [c["item_id"] for c in d2["changed"]]) == ([], [], ["5.1"]), d2
c51 = d2["changed"][0]
assert c51["fields"] == ["dates", "deliverables"], c51
assert "due 2018-12-01..2018-12-31" in c51["changes"]["dates"]["to"], c51
assert "due 2018-12-01..2018-12-31" not in c51["changes"]["dates"]["from"], c51
PY
echo OK
