#!/usr/bin/env bash
# Determinism (issue 8): the same input gives a byte-identical export — JSONL
# and CSV — and the same links and extraction output on every run, with --jobs 1, 2 and 4, and in
# several locales (C, C.UTF-8, de_DE.UTF-8 with its decimal comma, tr_TR.UTF-8
# with its dotless i). The German and Turkish locales are compiled here with
# localedef into a temporary LOCPATH when the system has the locale sources;
# otherwise they are reported as not checked.
#
#   determinism_test.sh PLANTRACE REPO_DIR
#
# Besides the corpus, the input holds the cases where completion order could
# leak into the store: two files with one doc_id (two versions: which is 1?)
# and one content under two names (which name is kept?).
set -euo pipefail
pt=$1 repo=$2
tmp=$(mktemp -d /tmp/plantrace-determinism.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$tmp/extra"
# "Plan.pdf" sorts first but takes longer than "plan.html" (both doc_id
# "plan"): stored in completion order, --jobs 2 would number them the other
# way round from --jobs 1.
# (Comments appended: other content than the corpus copies, which are stored.)
{ cat "$repo/corpus/pdf/bcc-2018-09-governance-improvement-plan.pdf"; printf '\n%% copy\n'; } >"$tmp/extra/Plan.pdf"
{ cat "$repo/corpus/html/bcc-2019-improvement-programme-addendum.html"; printf '\n<!-- copy -->\n'; } >"$tmp/extra/plan.html"
{ cat "$repo/corpus/html/bcc-2023-11-governance-stabilisation-plan.html"; echo '<!-- copy -->'; } >"$tmp/extra/same-a.html"
cp "$tmp/extra/same-a.html" "$tmp/extra/same-b.html"
inputs=("$repo/corpus/manifest.json" "$tmp/extra")

# Locales: the ones installed, plus de_DE / tr_TR compiled here if possible.
locales=(C C.UTF-8)
export LOCPATH=$tmp/locales
# Under LeakSanitizer: glibc leaks in newlocale() whenever LOCPATH is set.
export LSAN_OPTIONS="${LSAN_OPTIONS:+$LSAN_OPTIONS:}suppressions=$repo/tests/lsan_locpath.supp"
mkdir -p "$LOCPATH"
for l in de_DE tr_TR; do
  if localedef -i "$l" -f UTF-8 "$LOCPATH/$l.UTF-8" >/dev/null 2>&1 ||
     locale -a 2>/dev/null | grep -qix "$l.utf-\?8"; then
    locales+=("$l.UTF-8")
  else
    echo "note: $l.UTF-8 not available here, not checked"
  fi
done
# glibc falls back to "C" silently when a locale cannot be loaded: make sure
# the compiled ones really load, or the check would prove nothing.
for l in "${locales[@]}"; do
  [ "$(LC_ALL=$l locale charmap 2>/dev/null)" = "$([ "$l" = C ] && echo ANSI_X3.4-1968 || echo UTF-8)" ] ||
    fail "locale $l does not load"
done
[ "$(LC_ALL=de_DE.UTF-8 locale decimal_point 2>/dev/null || echo ,)" = , ] || fail "de_DE has no decimal comma"

# run NAME LOCALE JOBS: ingest, link and export into $tmp/NAME.{jsonl,csv}.
run() {
  local name=$1 loc=$2 jobs=$3 db=$tmp/$1.db
  LC_ALL=$loc LANG=$loc "$pt" ingest "${inputs[@]}" --db "$db" --jobs "$jobs" 2>"$tmp/$name.log" >/dev/null ||
    fail "$name: ingest: $(tail -n 3 "$tmp/$name.log")"
  LC_ALL=$loc LANG=$loc "$pt" export --db "$db" --format jsonl --out "$tmp/$name.jsonl"
  LC_ALL=$loc LANG=$loc "$pt" export --db "$db" --format csv --out "$tmp/$name.csv"
  # link reads its records from an export (the store's link table is not
  # written yet): its TF-IDF scores are printed numbers, locale-sensitive.
  LC_ALL=$loc LANG=$loc "$pt" link --from "$tmp/$name.jsonl" >"$tmp/$name.links.jsonl" 2>>"$tmp/$name.log" ||
    fail "$name: link: $(tail -n 2 "$tmp/$name.log")"
  LC_ALL=$loc LANG=$loc "$pt" extract "$repo/corpus/pdf/bcc-2019-improvement-programme-addendum.pdf" \
    --format json >"$tmp/$name.extract.json"
}
same() {  # same NAME: every output of NAME equals the reference's
  local f
  for f in jsonl csv links.jsonl extract.json; do
    cmp -s "$tmp/ref.$f" "$tmp/$1.$f" || fail "$1: $f differs from the reference (jobs 1, LC_ALL=C):
$(diff "$tmp/ref.$f" "$tmp/$1.$f" | head -n 6)"
  done
  echo "ok: $1"
}

run ref C 1
[ -s "$tmp/ref.links.jsonl" ] || fail "link finds no link in the corpus"
[ "$(grep -c '"doc_id":"plan"' "$tmp/ref.jsonl")" -ge 2 ] || fail "Plan.pdf and plan.html are two versions of one document"
grep -q '"doc_id":"same-a"' "$tmp/ref.jsonl" || fail "of two identical files, the first in order is kept"
! grep -q '"doc_id":"same-b"' "$tmp/ref.jsonl" || fail "of two identical files, only the first is stored"

# The same database exported again.
"$pt" export --db "$tmp/ref.db" --format jsonl --out "$tmp/again.jsonl"
cmp -s "$tmp/ref.jsonl" "$tmp/again.jsonl" || fail "a second export of the same store differs"
echo "ok: export twice"

for j in 1 2 4; do
  run "jobs$j" C "$j"
  same "jobs$j"
done
for l in "${locales[@]}"; do
  [ "$l" = C ] && continue
  run "locale-$l" "$l" 2
  same "locale-$l"
done
echo "all identical: jobs 1 2 4; locales ${locales[*]}"
