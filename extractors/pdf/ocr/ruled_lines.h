#pragma once
// The ruled lines of a rendered page (table borders, underlines), found with
// morphology: what survives an opening by a long thin horizontal (or
// vertical) bar is a line, not a glyph.

#include <vector>

#include "extractors/pdf/grey_image.h"
#include "extractors/pdf/ocr/ocr_engine.h"

namespace plantrace::pdf {

struct RuledLines {
  std::vector<PixelBox> horizontal, vertical;
};

RuledLines FindRuledLines(const GreyImage& image);

}  // namespace plantrace::pdf
