#!/usr/bin/env bash
# Renders the corpus HTML with other PDF producers (Debian packages:
# chromium, wkhtmltopdf, libreoffice-writer-nogui) into this directory:
#   chr.<doc>.nb.pdf  Chromium, every table border and background removed
#   wk.<doc>.pdf      wkhtmltopdf, the stylesheet as it is
#   wk.<doc>.nb.pdf   wkhtmltopdf, borders and backgrounds removed
#   lo.<doc>.pdf      LibreOffice (its HTML import ignores the stylesheet's
#                     borders: its tables come out without rules anyway)
#   rl.<doc>[.nb].pdf  ReportLab platypus, a plain converter's layout: made
#                     by make_rl_renderings.py beside this script (ruled
#                     grid, and `.nb` without rules, a light <th> fill)
# (Chromium with borders is the corpus itself.) Run from anywhere; the
# golden test is extractors/pdf/tables/pdf_tables_renderings_test.cc.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
nb='<style>table,td,th,tr,thead,tbody{border:none !important; background:none !important}</style>'
for f in "$root"/corpus/html/*.html; do
  b=$(basename "$f" .html)
  cp "$f" "$work/$b.html"
  sed "s#</head>#$nb</head>#" "$f" > "$work/$b.nb.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$here/chr.$b.nb.pdf" "file://$work/$b.nb.html" >/dev/null 2>&1
  wkhtmltopdf -q --enable-local-file-access "$work/$b.html" "$here/wk.$b.pdf" >/dev/null 2>&1
  wkhtmltopdf -q --enable-local-file-access "$work/$b.nb.html" "$here/wk.$b.nb.pdf" >/dev/null 2>&1
  soffice --headless --convert-to pdf --outdir "$work" "$work/$b.html" >/dev/null 2>&1
  mv "$work/$b.pdf" "$here/lo.$b.pdf"
done
