#!/usr/bin/env bash
# The HTML report in a real browser: builds the site from the gold items,
# loads its pages from file:// in headless Chromium (installed here when
# missing), and checks the DOM the browser built: the document index, the
# items of a document page with their fields and source pages, and the
# timelines of recurring recommendations with each plan side by side.
# Also checks that no page refers to anything outside the site.
# Then (issue 17) a site of a store of the corpus: the index's inline script
# filters the items by words and by theme + status in the browser, item
# pages link into the copied PDFs at the page, and the matrix holds items.
#
# Usage: tests/report_browser_test.sh PLANTRACE_BINARY [SCREENSHOT.png [SHOTS_DIR]]
# (SHOTS_DIR: where report-index.png, report-matrix.png, report-document.png
# go; docs/ keeps them.)
set -euo pipefail
bin=$1
shot=${2:-}
shots=${3:-}
src=$(cd "$(dirname "$0")/.." && pwd)
gold=$src/tests/gold/items

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "report_browser_test: installing chromium" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/site
"$bin" report --out "$out" \
  --from "$gold/bcc-2018-09-governance-improvement-plan.json" \
  --from "$gold/bcc-2019-improvement-programme-addendum.json" \
  --from "$gold/bcc-2023-11-governance-stabilisation-plan.json"

dom() {  # the DOM of one page as Chromium built it, network off
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$work/profile" --dump-dom "file://$1" 2>/dev/null
}
fail=0
expect() {  # expect FILE PATTERN WHAT
  if ! grep -qE -- "$2" "$1"; then
    echo "FAIL: $3 (pattern: $2)" >&2
    fail=1
  fi
}
count() { grep -oE -- "$2" "$1" | wc -l; }

# Nothing fetched from outside: no http(s) URLs in src/href, no scripts.
if grep -lE '(src|href)="(https?:)?//' "$out"/*.html; then
  echo "FAIL: a page refers to something outside the site" >&2
  fail=1
fi
if grep -lE '<script[^>]* src=' "$out"/*.html; then
  echo "FAIL: a page loads a script file" >&2
  fail=1
fi

dom "$out/index.html" > "$work/index.dom"
expect "$work/index.dom" '<title>Council plans' "index title"
[ "$(count "$work/index.dom" '<tr data-doc=')" -eq 3 ] || { echo "FAIL: index lists 3 documents" >&2; fail=1; }
expect "$work/index.dom" 'href="doc-bcc-2023-11-governance-stabilisation-plan.html"' "index links the 2023 plan"
expect "$work/index.dom" 'href="lineage-1.html"' "index links the first timeline"

dom "$out/doc-bcc-2018-09-governance-improvement-plan.html" > "$work/doc.dom"
[ "$(count "$work/doc.dom" 'class="card item"')" -eq 47 ] || { echo "FAIL: the 2018 page shows 47 items" >&2; fail=1; }
expect "$work/doc.dom" 'Effective Medium Term Financial Strategy' "2018 aim 4.5 wording"
expect "$work/doc.dom" 'class="owners">[^<]*Chief Finance Officer' "2018 aim 4.5 owner"
expect "$work/doc.dom" 'class="status st-complete">complete' "a complete status"
expect "$work/doc.dom" 'Timeline of this recommendation' "items link to their timeline"

# The timeline holding the 2018 MTFS aim: 2018 and 2023 side by side.
page=$(grep -l 'data-ref="bcc-2018-09-governance-improvement-plan#4.5"' "$out"/lineage-*.html | head -1)
if [ -z "$page" ]; then
  echo "FAIL: no timeline holds 2018 aim 4.5" >&2
  fail=1
else
  dom "$page" > "$work/lineage.dom"
  [ "$(count "$work/lineage.dom" '<section class="plan"')" -ge 2 ] || { echo "FAIL: timeline spans >= 2 plans" >&2; fail=1; }
  expect "$work/lineage.dom" 'data-doc="bcc-2018-09-governance-improvement-plan"' "timeline has the 2018 plan"
  expect "$work/lineage.dom" 'data-doc="bcc-2023-11-governance-stabilisation-plan"' "timeline has the 2023 plan"
  expect "$work/lineage.dom" 'members.? oversight of the development of the 2024/25 budget and MTFS' "2023 rec 9 wording"
  expect "$work/lineage.dom" 'class="link rel-(recurs|continues)"' "the link and its relation"
  expect "$work/lineage.dom" 'shared terms: [^<]*budget' "the link's why"
  expect "$work/lineage.dom" 'due within 6 months \(June 2024\)' "the 2023 due date"
  # Oldest first: the 2018 column comes before the 2023 column.
  a=$(grep -bo 'data-doc="bcc-2018' "$work/lineage.dom" | head -1 | cut -d: -f1)
  b=$(grep -bo 'data-doc="bcc-2023' "$work/lineage.dom" | head -1 | cut -d: -f1)
  [ "$a" -lt "$b" ] || { echo "FAIL: timeline is oldest first" >&2; fail=1; }
  if [ -n "$shot" ]; then
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run \
      --user-data-dir="$work/profile" --window-size=1280,900 --screenshot="$shot" \
      "file://$page" 2>/dev/null
  fi
fi

# --- A site of a store of the corpus: search, filters, source pages.
db=$work/plantrace.db
"$bin" ingest "$src/corpus/manifest.json" --db "$db" 2>/dev/null
"$bin" link --db "$db" 2>/dev/null
site=$work/store-site
"$bin" report --db "$db" --out "$site" 2>/dev/null
total=$(grep -c '<tr data-theme=' "$site/index.html")
stored=$(sqlite3 "$db" 'SELECT COUNT(*) FROM v_items')
[ "$total" = "$stored" ] || { echo "FAIL: the index lists $total of $stored items" >&2; fail=1; }
expect "$site/index.html" '<input type="search" id="q"' "the index has a search box"

# Words, theme and status at once (one browser run): only rows holding the
# word, of the theme and with the status stay visible; the count says so.
# The filter is taken from an item of the report that has a theme and a
# status: its first theme, its status and its longest word.
read -r theme status word < <(python3 - "$site/index.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
for attrs, text in re.findall(r'<tr (data-theme="[a-z_ ]+"[^>]*)>.*?<td class="text">([^<]*)</td>', page, re.S):
    status = re.search(r'data-status="([a-z_]+)"', attrs).group(1)
    if status != "none":
        theme = re.search(r'data-theme="([a-z_]+)', attrs).group(1)
        print(theme, status, max(re.findall(r"[A-Za-z]+", text), key=len).lower())
        break
PY
)
[ -n "${word:-}" ] || { echo "FAIL: no item with a theme and a status to filter on" >&2; fail=1; }
dom "$site/index.html#q=$word&theme=$theme&status=$status" > "$work/filter.dom"
shown=$(grep -o '<tr data-theme=[^>]*>' "$work/filter.dom" | grep -vc ' hidden' || true)
[ "$shown" -ge 1 ] && [ "$shown" -lt "$total" ] \
  || { echo "FAIL: the filtered index shows $shown of $total rows" >&2; fail=1; }
expect "$work/filter.dom" "id=\"count\">$shown of $total items<" "the count of shown items"
off=$(python3 - "$work/filter.dom" "$word" "$theme" "$status" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
rows = re.findall(r"<tr data-theme=[^>]*>.*?</tr>", dom, re.S)
shown = [r for r in rows if " hidden" not in r.split(">", 1)[0]]
word, theme, status = sys.argv[2:5]
print(sum(1 for r in shown if word not in r.lower() or theme not in r.split(">", 1)[0]
          or f'data-status="{status}"' not in r.split(">", 1)[0]))
PY
)
[ "$off" = 0 ] || { echo "FAIL: $off shown rows miss the word, the theme or the status" >&2; fail=1; }

# Item pages link into the PDFs copied beside the report, at the page.
page=$(grep -ohE 'href="sources/[^"#]+\.pdf#page=[0-9]+"' "$site"/doc-*.html | sed -n 1p \
  | sed -E 's/href="([^"#]+)#page=[0-9]+"/\1/')
[ -n "$page" ] && [ -s "$site/$page" ] || { echo "FAIL: no page link into a copied PDF" >&2; fail=1; }
expect "$site/doc-bcc-2023-11-governance-stabilisation-plan.html" \
  '<b>(recurs|continues|related)</b> from <a href="doc-[^"]+#item-[^"]+">[^<]+</a> &middot; score [0-9.]+<div class="other">' \
  "document pages show each link's other item, relation and score"
expect "$site/matrix.html" '<a class="chip status st-[a-z_]+" href="doc-' "the matrix holds items"

if [ -n "$shots" ]; then
  shoot() {  # shoot URL FILE
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
      --user-data-dir="$work/profile" --window-size=1280,900 --screenshot="$2" "$1" 2>/dev/null
  }
  shoot "file://$site/index.html#q=budget" "$shots/report-index.png"
  shoot "file://$site/matrix.html" "$shots/report-matrix.png"
  shoot "file://$site/doc-bcc-2023-11-governance-stabilisation-plan.html" \
    "$shots/report-document.png"
fi

[ "$fail" -eq 0 ] && echo "report_browser_test: all checks passed"
exit "$fail"
