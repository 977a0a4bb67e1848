#!/usr/bin/env bash
# The bad-input suite (issue 8): every file of tests/bad-inputs/ and the large
# ones made here at run time is given to `plantrace extract`, and the outcome
# is checked against tests/bad-inputs/expected.tsv — exit code, the stderr line
# (one line that names the file), a property of the output, a wall-time bound
# and a peak-memory bound. Then `plantrace ingest` takes both folders at once:
# the bad files are reported, the good ones stored, exit 3.
#
#   bad_inputs_test.sh PLANTRACE CORPUS_PDF
#
# PLANTRACE_SLOW=N multiplies the time and memory bounds (sanitizer builds).
set -u
plantrace=$1 corpus_pdf=$2
here=$(cd "$(dirname "$0")" && pwd)
inputs=$here/bad-inputs
slow=${PLANTRACE_SLOW:-1}
work=$(mktemp -d /tmp/plantrace-bad.XXXXXX)
trap 'rm -rf "$work"' EXIT
gen=$work/gen
mkdir -p "$gen"
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# ---- the large files, made here rather than committed -------------------
text="Recommendation 1: Review the budget by June 2024. Lead: Chief Executive."
html_head='<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bad input</title></head><body>'
rep() { local i; for ((i = 0; i < $2; i++)); do printf '%s' "$1"; done; }
{ echo "$html_head"; rep '<div>' 5000; echo "$text"; rep '</div>' 5000; echo '</body></html>'; } \
  >"$gen/deep-nesting.html"
{ echo "$html_head"; rep '<table><tr><td>' 5000; echo "$text"; rep '</td></tr></table>' 5000
  echo '</body></html>'; } >"$gen/deep-tables.html"
# One page of 30 MB: 340,000 paragraphs.
{ echo "$html_head"; seq 1 340000 | sed "s|.*|<p>&. $text</p>|"; echo '</body></html>'; } \
  >"$gen/huge-page.html"

# A one-page PDF whose content stream is STREAM_FILE, with a correct xref.
# make_pdf OUT STREAM_FILE [EXTRA_PAGE_KEYS]
make_pdf() {
  local out=$1 stream=$2 extra=${3:-} offs=() n
  : >"$out"
  obj() { offs+=("$(stat -c %s "$out")"); printf '%d 0 obj\n' $((${#offs[@]})) >>"$out"; }
  printf '%%PDF-1.4\n' >>"$out"
  obj; printf '<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' >>"$out"
  obj; printf '<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' >>"$out"
  obj; printf '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R %s>>\nendobj\n' "$extra" >>"$out"
  obj; printf '<< /Length %d >>\nstream\n' "$(stat -c %s "$stream")" >>"$out"
  cat "$stream" >>"$out"; printf 'endstream\nendobj\n' >>"$out"
  obj; printf '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n' >>"$out"
  local xref; xref=$(stat -c %s "$out")
  printf 'xref\n0 6\n0000000000 65535 f \n' >>"$out"
  for n in "${offs[@]}"; do printf '%010d 00000 n \n' "$n" >>"$out"; done
  printf 'trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' "$xref" >>"$out"
}
printf 'BT /F1 11 Tf 72 770 Td (%s) Tj ET\n' "$text" >"$work/one.stream"
# One page whose content stream is 30 MB of text operators.
seq 1 270000 | sed "s|.*|BT /F1 11 Tf 72 770 Td (&. $text) Tj ET|" >"$work/huge.stream"
make_pdf "$gen/huge-stream.pdf" "$work/huge.stream"
# An object nested 5,000 arrays deep.
make_pdf "$gen/deep-arrays.pdf" "$work/one.stream" "/Junk $(rep '[' 5000)$(rep ']' 5000) "
# A real plan truncated at several points, and damaged in place.
size=$(stat -c %s "$corpus_pdf")
for pct in 10 50 90 99; do head -c $((size * pct / 100)) "$corpus_pdf" >"$gen/corpus-truncated-$pct.pdf"; done
for pct in 1 33 50 95; do
  cp "$corpus_pdf" "$gen/corpus-damaged-$pct.pdf"
  printf 'XXXX)>>]endobj%%%%EOF garbage' |
    dd of="$gen/corpus-damaged-$pct.pdf" bs=1 seek=$((size * pct / 100)) conv=notrunc status=none
done

# ---- a missing file: the one input that cannot be a row of the table ------
"$plantrace" extract "$work/missing.pdf" >/dev/null 2>"$work/err"
rc=$?
if [ "$rc" -ne 2 ] || [ "$(wc -l <"$work/err")" -ne 1 ] || ! grep -q "$work/missing.pdf" "$work/err"; then
  fail "missing.pdf: exit $rc, stderr: $(cat "$work/err")"
else
  echo "ok: missing.pdf: exit 2 — $(cat "$work/err")"
fi

# ---- extract, one file at a time, against expected.tsv -------------------
# Columns: file exit stderr-ERE output-property ingest seconds MB (see README).
checked=0
while IFS=$'\t' read -r file want_rc want_err want_out _ingest max_s max_mb; do
  [[ -z "$file" || "$file" == \#* || "$file" == file ]] && continue
  path=$inputs/$file
  [[ "$file" == gen/* ]] && path=$work/$file
  [ -f "$path" ] || { fail "$file: listed in expected.tsv but missing"; continue; }
  checked=$((checked + 1))
  /usr/bin/time -f '%e %M' -o "$work/time" timeout $((max_s * slow + 30)) \
    "$plantrace" extract "$path" --format json >"$work/out" 2>"$work/err"
  rc=$?
  read -r secs kb < <(tail -n 1 "$work/time")
  err=$(cat "$work/err")
  what="$file: exit $rc, ${secs}s, $((kb / 1024)) MB"
  if ! [[ "$rc" =~ ^($want_rc)$ ]]; then
    fail "$what, expected exit $want_rc (stderr: ${err:0:300})"
    continue
  fi
  if [ "$rc" -ne 0 ]; then
    # Refused: exactly one line, naming the file, matching the pattern.
    if [ "$(wc -l <"$work/err")" -ne 1 ] || [[ "$err" != *"$path"* ]]; then
      fail "$what: stderr is not one line naming the file: ${err:0:300}"
      continue
    fi
  fi
  if [ "$want_err" = "(none)" ]; then
    [ -s "$work/err" ] && { fail "$what: expected no stderr: ${err:0:300}"; continue; }
  elif [ "$want_err" != "-" ] && ! grep -Eq -- "$want_err" "$work/err"; then
    fail "$what: stderr does not match /$want_err/: ${err:0:300}"
    continue
  fi
  if [ "$rc" -eq 0 ]; then
    case $want_out in
      -) ;;
      contains:*)
        grep -qF -- "${want_out#contains:}" "$work/out" || fail "$what: output lacks '${want_out#contains:}'" ;;
      utf8+contains:*)
        iconv -f UTF-8 -t UTF-8 "$work/out" >/dev/null 2>&1 || fail "$what: output is not valid UTF-8"
        grep -qF -- "${want_out#utf8+contains:}" "$work/out" || fail "$what: output lacks '${want_out#utf8+contains:}'" ;;
      *) fail "$file: unknown output property '$want_out'" ;;
    esac
  fi
  awk -v s="$secs" -v m="$max_s" -v k="$slow" 'BEGIN { exit !(s <= m * k) }' ||
    fail "$what: over the ${max_s}s bound"
  [ "$kb" -le $((max_mb * slow * 1024)) ] || fail "$what: over the ${max_mb} MB bound"
  echo "ok: $what${err:+ — ${err:0:120}}"
done <"$inputs/expected.tsv"

# Every file in the folders is in the table (a new file needs its outcome).
for f in "$inputs"/* "$gen"/*; do
  name=${f#"$inputs/"}; name=${name#"$work/"}
  case $name in *.tsv | *.md | *.py) continue ;; esac
  grep -q "^$name"$'\t' "$inputs/expected.tsv" || fail "$name has no row in expected.tsv"
done

# ---- ingest both folders at once: bad ones reported, good ones stored -----
/usr/bin/time -f '%e %M' -o "$work/time" timeout 600 \
  "$plantrace" ingest "$inputs" "$gen" --db "$work/bad.db" --jobs 2 2>"$work/ingest.log" >/dev/null
rc=$?
read -r secs kb < <(tail -n 1 "$work/time")
[ "$rc" -eq 3 ] || fail "ingest: exit $rc, expected 3: $(tail -n 5 "$work/ingest.log")"
stored=0
while IFS=$'\t' read -r file _ _ _ want _ _; do
  [[ -z "$file" || "$file" == \#* || "$file" == file ]] && continue
  base=${file##*/}
  case $want in
    stored) stored=$((stored + 1)); pat="^stored .*/$base" ;;
    failed) pat="failed: .*/$base" ;;
    note) pat="note: .*/$base" ;;
    *) fail "$file: unknown ingest outcome '$want'"; continue ;;
  esac
  grep -Eq -- "$pat" "$work/ingest.log" || fail "ingest: $file not reported as $want"
done <"$inputs/expected.tsv"
in_db=$(sqlite3 "$work/bad.db" "SELECT COUNT(*) FROM versions")
[ "$in_db" = "$stored" ] || fail "ingest: $in_db documents stored, expected $stored"
[ "$(sqlite3 "$work/bad.db" "PRAGMA integrity_check")" = ok ] || fail "ingest: integrity_check"
echo "ingest: exit $rc, $in_db stored, ${secs}s, $((kb / 1024)) MB — $(tail -n 1 "$work/ingest.log")"

if [ "$checked" -lt 20 ]; then fail "only $checked files checked"; fi
if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "all $checked bad inputs handled as expected"
