#!/usr/bin/env bash
# plantrace fetch end to end (issue 18) against tests/fetch_server.py, a
# ModernGov-shaped server this script starts on 127.0.0.1. Every other host
# is routed to the same server as a proxy (ALL_PROXY) and answered 502 there,
# so no other address is ever contacted, and the log proves none was asked.
#  1. A meeting page linking two PDFs by path, one through
#     mgConvert2PDF.aspx?ID=, a Word file, an off-site link, a robots.txt-
#     disallowed link and a 404: 3 PDFs stored with their URLs as source,
#     exit 3, the 404 named.
#  2. Again: nothing stored, every document request conditional (304s).
#  3. A 4th PDF on the page: exactly that one stored; summary lists it.
#  4. A changed PDF: a new version of the same doc_id.
#  5. A redirect, a 503 then 200 (retried), a timeout, depth 1 vs 2.
#  6. --since, --match and --rate.
#  7. Killed (SIGKILL) while a download is in flight: the next run resumes,
#     asking conditionally for what was stored and storing the rest once.
# Usage: fetch_cli_test.sh PLANTRACE_BINARY REPO
set -euo pipefail
pt=$1
repo=$2
tmp=$(mktemp -d /tmp/plantrace-fetch.XXXXXX)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "${KEEP_FETCH_TMP:-}" ] || rm -rf "$tmp"  # KEEP_FETCH_TMP=1: keep it to look
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

www=$tmp/www
data=$repo/tests/data
mkdir -p "$www/documents/s101" "$www/documents/s102" "$www/documents/s103" "$www/convert" \
         "$www/documents/moved" "$www/flaky" "$www/private" "$www/deep"
cp "$data/rl_ruled.pdf" "$www/documents/s101/Cabinet Report.pdf"
cp "$data/rl_merged.pdf" "$www/documents/s102/Appendix.pdf"
cp "$data/running.pdf" "$www/convert/3.pdf"
printf 'not really a Word file' >"$www/documents/s103/Minutes.docx"
cp "$data/styles.pdf" "$www/private/Secret.pdf"
cat >"$www/meeting.html" <<'HTML'
<html><head><title>Cabinet - Tuesday, 5 March 2024</title></head><body>
<h1>Agenda and minutes</h1>
<ul>
<li><a href="documents/s101/Cabinet%20Report.pdf">Cabinet report PDF 120 KB</a></li>
<li><a href="/documents/s102/Appendix.pdf">Appendix A: improvement plan</a></li>
<li><a href="mgConvert2PDF.aspx?ID=3">Printed minutes</a></li>
<li><a href="documents/s103/Minutes.docx">Minutes (Word)</a></li>
<li><a href="http://www.example.org/elsewhere.pdf">Elsewhere</a></li>
<li><a href="private/Secret.pdf">Not for robots</a></li>
<li><a href="documents/s104/Missing.pdf">Withdrawn paper</a></li>
<li><a href="mailto:clerk@example.org">Clerk</a></li>
</ul></body></html>
HTML

log=$tmp/requests.jsonl
: >"$log"
SLOW=3 python3 "$repo/tests/fetch_server.py" "$www" "$tmp/port" "$log" &
server_pid=$!
for _ in $(seq 100); do [ -s "$tmp/port" ] && break; sleep 0.1; done
[ -s "$tmp/port" ] || fail "test server did not start"
port=$(cat "$tmp/port")
base="http://127.0.0.1:$port"
export ALL_PROXY="http://127.0.0.1:$port" all_proxy="http://127.0.0.1:$port"
export NO_PROXY=127.0.0.1 no_proxy=127.0.0.1
# A killed fetch leaves its scratch folder behind: keep it in ours.
export TMPDIR=$tmp
page="$base/ieListDocuments.aspx?CId=1&MId=2"
db=$tmp/a.db
q() { sqlite3 "$db" "$1"; }
# Requests logged since line $1 whose path matches $2 (jq-free: python).
requests_since() {
  python3 - "$log" "$1" "$2" <<'PY'
import json, re, sys
lines = open(sys.argv[1]).read().splitlines()[int(sys.argv[2]):]
for l in lines:
    r = json.loads(l)
    if re.search(sys.argv[3], r["path"]):
        print(r["path"], r["status"], "conditional" if (r["inm"] or r["ims"]) else "plain")
PY
}

echo "== 1. first run: 3 PDFs stored, the 404 named, exit 3"
set +e
"$pt" fetch "$page" --db "$db" --rate 0 2>"$tmp/run1.err"
rc=$?
set -e
[ $rc = 3 ] || fail "run 1 exit $rc, want 3: $(cat "$tmp/run1.err")"
grep -q "failed: $base/documents/s104/Missing.pdf: HTTP 404" "$tmp/run1.err" \
  || fail "the 404 is named: $(cat "$tmp/run1.err")"
[ "$(q 'SELECT COUNT(*) FROM versions')" = 3 ] || fail "3 versions stored: $(cat "$tmp/run1.err")"
q "SELECT source FROM versions ORDER BY source" >"$tmp/sources.txt"
printf '%s\n' "$base/documents/s101/Cabinet%20Report.pdf" "$base/documents/s102/Appendix.pdf" \
  "$base/mgConvert2PDF.aspx?ID=3" | sort >"$tmp/want_sources.txt"
diff "$tmp/want_sources.txt" "$tmp/sources.txt" || fail "URL sources"
q "SELECT d.doc_id FROM documents d ORDER BY 1" | tr '\n' ' ' >"$tmp/ids.txt"
[ "$(cat "$tmp/ids.txt")" = "appendix cabinet-report printed-minutes-3 " ] \
  || fail "doc_ids from file names: $(cat "$tmp/ids.txt")"
# These small PDFs have no heading on page 1: the link's text is their title.
[ "$(q "SELECT title FROM v_documents WHERE doc_id = 'printed-minutes-3'")" = "Printed minutes" ] \
  || fail "link text as title: $(q 'SELECT doc_id, title FROM v_documents')"
grep -q "note: skipped $base/documents/s103/Minutes.docx: a Word file" "$tmp/run1.err" \
  || fail "Word file noted"
grep -q "disallowed by robots.txt" "$tmp/run1.err" || fail "robots.txt obeyed"
grep -q "1 to other hosts not followed" "$tmp/run1.err" || fail "off-site link noted"
[ -z "$(requests_since 0 'docx|Secret')" ] || fail "Word / disallowed file requested"
grep -q '"host": "[^"]' "$log" && fail "another host was asked for: $(grep '"host": "[^"]' "$log")"
[ "$(q 'SELECT COUNT(*) FROM fetched_urls')" = 3 ] || fail "3 URLs remembered"
[ "$(q "SELECT COUNT(*) FROM fetched_urls WHERE etag = '' OR last_modified = ''")" = 0 ] \
  || fail "validators remembered"

echo "== 2. second run: nothing stored, every document request conditional"
mark=$(wc -l <"$log")
set +e
"$pt" fetch "$page" --db "$db" --rate 0 2>"$tmp/run2.err"
rc=$?
set -e
[ $rc = 3 ] || fail "run 2 exit $rc (the 404 is still there)"
[ "$(q 'SELECT COUNT(*) FROM versions')" = 3 ] || fail "run 2 stored something"
grep -q " 0 stored, 0 new version(s), 3 unchanged" "$tmp/run2.err" || fail "run 2 totals: $(tail -2 "$tmp/run2.err")"
requests_since "$mark" '\.pdf$|mgConvert2PDF' >"$tmp/run2.req"
[ "$(grep -c . "$tmp/run2.req")" = 4 ] || fail "run 2 requests: $(cat "$tmp/run2.req")"
# The 404 has no validators to send; the three stored documents must.
[ "$(grep -c ' 304 conditional$' "$tmp/run2.req")" = 3 ] \
  || fail "stored documents asked conditionally: $(cat "$tmp/run2.req")"

echo "== 3. a 4th PDF appears: exactly that one stored"
mkdir -p "$www/documents/s105"
cp "$data/two_columns.pdf" "$www/documents/s105/Budget.pdf"
sed -i 's#</ul>#<li><a href="documents/s105/Budget.pdf">Budget 2024/25</a></li></ul>#' "$www/meeting.html"
mark=$(wc -l <"$log")
set +e
"$pt" fetch "$page" --db "$db" --rate 0 2>"$tmp/run3.err"
set -e
grep -q " 1 stored, 0 new version(s), 3 unchanged" "$tmp/run3.err" || fail "run 3: $(cat "$tmp/run3.err")"
requests_since "$mark" '\.pdf$|mgConvert2PDF' >"$tmp/run3.req"
[ "$(grep -c ' 304 conditional$' "$tmp/run3.req")" = 3 ] && grep -q "Budget.pdf 200 plain" "$tmp/run3.req" \
  || fail "run 3: the 3 stored asked conditionally, the new one downloaded: $(cat "$tmp/run3.req")"
[ "$(q 'SELECT COUNT(*) FROM versions')" = 4 ] || fail "run 3 stores one"
[ "$(q "SELECT source FROM v_documents WHERE doc_id = 'budget'")" = "$base/documents/s105/Budget.pdf" ] \
  || fail "the 4th stored with its URL"
"$pt" summary --db "$db" >"$tmp/summary.txt"
grep -A1 "^New since the last run (fetch, " "$tmp/summary.txt" | grep -q "budget@1 .*new .*Budget.pdf" \
  || fail "summary lists what is new: $(cat "$tmp/summary.txt")"
[ "$(grep -A3 '^New since the last run' "$tmp/summary.txt" | grep -c '@')" = 1 ] \
  || fail "summary lists only the new one"

echo "== 4. changed bytes at the same URL: a new version"
sleep 1  # a later Last-Modified
cp "$data/rl_two_pages.pdf" "$www/documents/s102/Appendix.pdf"
set +e
"$pt" fetch "$page" --db "$db" --rate 0 2>"$tmp/run4.err"
set -e
grep -q "new version $base/documents/s102/Appendix.pdf -> appendix" "$tmp/run4.err" \
  || fail "run 4: $(cat "$tmp/run4.err")"
[ "$(q "SELECT versions FROM v_documents WHERE doc_id = 'appendix'")" = 2 ] || fail "2 versions"

echo "== 5. redirect, 503 then 200, timeout, depth"
cp "$data/rl_unruled.pdf" "$www/documents/moved/Moved.pdf"
cp "$data/rl_no_table.pdf" "$www/flaky/Flaky.pdf"
cp "$data/rl_header_rule.pdf" "$www/Slow.pdf"  # served at /slow/Slow.pdf after SLOW seconds
cp "$data/encrypted.pdf" "$www/deep/Deep.pdf"
cat >"$www/papers.html" <<'HTML'
<html><head><title>Papers</title></head><body>
<a href="moved/Moved.pdf">Moved</a> <a href="flaky/Flaky.pdf">Flaky</a>
<a href="slow/Slow.pdf">Slow</a> <a href="ieIssueDetails.aspx?IId=9">Issue 9</a>
</body></html>
HTML
cat >"$www/ieIssueDetails.html" <<'HTML'
<html><head><title>Issue 9</title></head><body><a href="deep/Deep.pdf">Deep</a></body></html>
HTML
db2=$tmp/b.db
start=$(date +%s)
set +e
"$pt" fetch "$base/papers.aspx" --db "$db2" --rate 0 --timeout 1 2>"$tmp/run5.err"
rc=$?
set -e
[ $rc = 3 ] || fail "run 5 exit $rc, want 3 (timeout): $(cat "$tmp/run5.err")"
grep -q "failed: $base/slow/Slow.pdf: timed out" "$tmp/run5.err" || fail "timeout named: $(cat "$tmp/run5.err")"
grep -q "stored $base/moved/Moved.pdf -> moved" "$tmp/run5.err" || fail "redirect followed"
grep -q "stored $base/flaky/Flaky.pdf -> flaky" "$tmp/run5.err" || fail "503 retried"
[ "$(requests_since 0 '^/flaky/' | awk '{print $2}' | tr '\n' ' ')" = "503 200 " ] || fail "one retry"
grep -q "skipped $base/ieIssueDetails.aspx?IId=9: a page beyond --depth 1" "$tmp/run5.err" \
  || fail "depth 1 stops at the linked page"
[ -z "$(requests_since 0 '^/deep/')" ] || fail "depth 1 requested a level-2 link"
set +e
"$pt" fetch "$base/papers.aspx" --db "$db2" --rate 0 --timeout 1 --depth 2 2>"$tmp/run6.err"
set -e
grep -q "page $base/ieIssueDetails.aspx?IId=9: 1 new link" "$tmp/run6.err" || fail "depth 2 reads the page"
grep -q "failed: $base/deep/Deep.pdf: .*encrypted" "$tmp/run6.err" \
  || fail "depth 2 reaches the level-2 document (an encrypted PDF: named): $(cat "$tmp/run6.err")"

echo "== 6. --since, --match, --rate"
db3=$tmp/c.db
"$pt" fetch "$page" --db "$db3" --rate 0 --since 2999-01-01 2>"$tmp/run7.err" || true
[ ! -e "$db3" ] || fail "--since in the future stores nothing (and makes no store)"
grep -q "not modified since 2999-01-01" "$tmp/run7.err" || fail "--since sent as If-Modified-Since"
"$pt" fetch "$page" --db "$db3" --rate 0 --match 'budget' 2>"$tmp/run8.err" || true
[ "$(sqlite3 "$db3" 'SELECT doc_id FROM documents')" = budget ] || fail "--match: $(cat "$tmp/run8.err")"
start=$(date +%s.%N)
"$pt" fetch "$page" --db "$db3" --rate 0.5 --match 'budget' 2>/dev/null || true
took=$(echo "$(date +%s.%N) - $start" | bc)
# robots.txt, the page, mgConvert2PDF (not matching) and the budget PDF:
# 4 requests, 3 waits.
[ "$(echo "$took >= 1.5" | bc)" = 1 ] || fail "--rate 0.5 waits between requests ($took s)"
set +e
"$pt" fetch --db "$db3" 2>/dev/null; rc=$?
[ $rc = 1 ] || fail "no URL: exit 1 ($rc)"
"$pt" fetch "$page" --since yesterday 2>/dev/null; rc=$?
[ $rc = 1 ] || fail "bad --since: exit 1 ($rc)"
set -e
echo "== 7. killed mid-run, resumed"
mkdir -p "$www/r"
cp "$data/rl_ruled.pdf" "$www/r/A.pdf"
cp "$data/rl_merged.pdf" "$www/r/B.pdf"  # served at /slow/r/B.pdf after SLOW seconds
cp "$data/running.pdf" "$www/r/C.pdf"
cat >"$www/resume.html" <<'HTML'
<html><head><title>Resume</title></head><body>
<a href="r/A.pdf">A</a> <a href="slow/r/B.pdf">B</a> <a href="r/C.pdf">C</a></body></html>
HTML
db4=$tmp/r.db
"$pt" fetch "$base/resume.aspx" --db "$db4" --rate 0 2>"$tmp/run9.err" &
fetch_pid=$!
# A is stored before B's slow answer comes: kill while B is in flight.
for _ in $(seq 100); do
  [ "$(sqlite3 "$db4" 'SELECT COUNT(*) FROM fetched_urls' 2>/dev/null || echo 0)" = 1 ] && break
  sleep 0.1
done
kill -9 "$fetch_pid"
wait "$fetch_pid" 2>/dev/null || true
[ "$(sqlite3 "$db4" 'SELECT COUNT(*) FROM versions')" = 1 ] || fail "killed run stored A only"
ls -d "$tmp/plantrace-fetch-$fetch_pid-"* >/dev/null 2>&1 || fail "the killed run left its scratch folder"
"$pt" fetch "$base/resume.aspx" --db "$db4" --rate 0 2>"$tmp/run10.err" \
  || fail "resumed run: $(cat "$tmp/run10.err")"
grep -q "unchanged $base/r/A.pdf" "$tmp/run10.err" || fail "A asked conditionally: $(cat "$tmp/run10.err")"
grep -q " 2 stored, 0 new version(s), 1 unchanged" "$tmp/run10.err" || fail "B and C stored on resuming"
[ "$(sqlite3 "$db4" 'SELECT COUNT(*) FROM versions')" = 3 ] || fail "3 versions, none twice"
ls -d "$tmp/plantrace-fetch-"* >/dev/null 2>&1 \
  && fail "scratch folders left: $(ls -d "$tmp/plantrace-fetch-"*)"

echo "== 8. a fetch that stores nothing leaves no new store behind"
set +e
"$pt" fetch "$base/documents/s104/Missing.pdf" --db "$tmp/none.db" --rate 0 2>"$tmp/run11.err"; rc=$?
set -e
[ $rc = 3 ] || fail "404 only: exit 3 ($rc)"
[ ! -e "$tmp/none.db" ] || fail "an empty store was left: $(cat "$tmp/run11.err")"
grep -q "nothing stored; no store created" "$tmp/run11.err" || fail "$(cat "$tmp/run11.err")"

grep -q '"host": "[^"]' "$log" && fail "another host was asked for"
echo "OK"
