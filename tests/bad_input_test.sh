#!/usr/bin/env bash
# End-to-end: `plantrace extract` on bad files made here at run time must exit
# 2 with one stderr line naming the file — never crash or hang.
#
#   bad_input_test.sh PLANTRACE GOOD_PDF HTML_FILE ENCRYPTED_PDF
set -u
plantrace=$1 good_pdf=$2 html_file=$3 encrypted_pdf=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run FILE -> sets rc and err (stderr text); a hang counts as a failure.
run() {
  timeout 60 "$plantrace" extract "$1" --format json >"$work/out" 2>"$work/err"
  rc=$?
  err=$(cat "$work/err")
}

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# FILE must be refused: exit 2, one stderr line that names it.
expect_refused() {
  run "$1"
  local lines
  lines=$(wc -l <"$work/err")
  if [ "$rc" -ne 2 ]; then
    fail "$1: exit $rc, expected 2 (stderr: $err)"
  elif [ "$lines" -ne 1 ]; then
    fail "$1: $lines stderr lines, expected 1: $err"
  elif [[ "$err" != *"$1"* ]]; then
    fail "$1: stderr does not name the file: $err"
  else
    echo "ok: $(basename "$1") -> $err"
  fi
}

# FILE may be read (exit 0) or refused (exit 2, one line naming it), but the
# process must end by itself without a signal.
expect_no_crash() {
  run "$1"
  if [ "$rc" -eq 0 ]; then
    echo "ok: $(basename "$1") -> read"
  elif [ "$rc" -eq 2 ]; then
    [ "$(wc -l <"$work/err")" -eq 1 ] && [[ "$err" == *"$1"* ]] || fail "$1: exit 2 but stderr is: $err"
    echo "ok: $(basename "$1") -> $err"
  else
    fail "$1: exit $rc (crash, hang or unexpected status)"
  fi
}

# Missing and empty files.
expect_refused "$work/missing.pdf"
: >"$work/empty.pdf"
expect_refused "$work/empty.pdf"

# A good PDF truncated at several points, down to its header alone.
size=$(stat -c %s "$good_pdf")
for cut in 9 100 1024 $((size / 10)) $((size / 2)) $((size * 9 / 10)) $((size - 100)); do
  head -c "$cut" "$good_pdf" >"$work/truncated-$cut.pdf"
  expect_refused "$work/truncated-$cut.pdf"
done

# A PDF header followed by garbage; random bytes; text that is no document.
printf '%%PDF-1.7\n%%garbage that is not a PDF body\n' >"$work/header-only.pdf"
expect_refused "$work/header-only.pdf"
head -c 65536 /dev/urandom >"$work/random.pdf"
expect_refused "$work/random.pdf"
printf 'just some words in a text file\n' >"$work/text.pdf"
expect_refused "$work/text.pdf"

# Encrypted (a user password is set): refused as unsupported.
cp "$encrypted_pdf" "$work/encrypted.pdf"
expect_refused "$work/encrypted.pdf"

# HTML named .pdf goes to the HTML extractor (format is told by content):
# whatever it answers, no crash.
cp "$html_file" "$work/page.pdf"
expect_no_crash "$work/page.pdf"

# Bytes overwritten inside a good PDF: repaired (exit 0) or refused, no crash.
for offset in 200 $((size / 3)) $((size / 2)) $((size - 300)); do
  cp "$good_pdf" "$work/damaged-$offset.pdf"
  printf 'XXXX)>>]endobj%%%%EOF garbage' | dd of="$work/damaged-$offset.pdf" bs=1 seek="$offset" conv=notrunc status=none
  expect_no_crash "$work/damaged-$offset.pdf"
done

if [ "$failures" -ne 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "all bad inputs handled"
