#pragma once
// PageContent: what one pass over a PDF page's content stream yields — the
// words with their look, and the vector graphics a table is drawn with.
// Layout (lines, blocks) and table finding read only this, never Poppler.
//
// Coordinates: PDF points, origin at the top-left of the page as displayed
// (after /Rotate, relative to the CropBox), y growing downward.

#include <string>
#include <vector>

#include "model/document.h"

namespace plantrace::pdf {

struct Word {
  std::string text;  // cleaned UTF-8 (NFC, ligatures expanded, no soft hyphens)
  BBox bbox;
  double baseline = 0;   // y of the baseline
  double font_size = 0;  // in points, after the text matrix and CTM
  std::string font;      // base font name, subset prefix ("ABCDEF+") removed
  std::string color;     // fill colour, "#rrggbb"
  bool bold = false;     // from the font flags or the font name
  bool italic = false;
  bool underline = false;    // a thin rule runs just under it (MarkUnderlines)
  bool superscript = false;  // raised and smaller than its line (set by layout)
  bool space_after = false;  // the PDF put a space after it on the same line
  int rotation = 0;          // text direction in quarter turns: 0 = left to right
};

// A straight, axis-aligned line: a stroked segment, or a filled rectangle
// that is thin enough to read as one (most producers draw borders that way).
struct Rule {
  BBox bbox;  // the painted area, thickness included
  bool horizontal() const { return bbox.width() >= bbox.height(); }
  double thickness() const { return horizontal() ? bbox.height() : bbox.width(); }
  double length() const { return horizontal() ? bbox.width() : bbox.height(); }
};

// A filled rectangle that is not thin: a cell or banner background.
struct FilledBox {
  BBox bbox;
  std::string color;  // "#rrggbb"
};

// A small filled or outlined shape drawn where a glyph could be: Chromium and
// some other producers paint list bullets (•, ◦, ▪) as paths, not text.
struct Mark {
  BBox bbox;
};

// Where a raster image is painted (a scanned page is one image).
struct ImageArea {
  BBox bbox;
};

struct PageContent {
  int page = 1;  // 1-based
  double width = 0, height = 0;
  int rotation = 0;  // the page's /Rotate, degrees
  std::vector<Word> words;      // in content-stream order
  std::vector<Rule> rules;      // visible (non-white) rules only
  std::vector<FilledBox> boxes;
  std::vector<Mark> marks;      // small dots and squares (drawn bullets)
  std::vector<ImageArea> images;
};

}  // namespace plantrace::pdf
