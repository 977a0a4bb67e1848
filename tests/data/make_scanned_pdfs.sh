#!/usr/bin/env bash
# Image-only ("scanned") versions of two small test PDFs, for the OCR tests:
# each page rasterised in greyscale and rebuilt as a PDF of images, with no
# text layer. Needs pdftoppm (poppler-utils) and img2pdf (Debian packages).
#   tests/data/make_scanned_pdfs.sh [OUT_DIR]     (default: tests/data)
# The generated PDFs are committed (a few tens of kilobytes each).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in rl_ruled rl_unruled; do
  pdftoppm -r 150 -gray -png "$here/$name.pdf" "$work/$name"
  img2pdf "$work/$name"-*.png -o "$out/scanned_$name.pdf"
done
