#pragma once
// Glyphs that add no visible text: the same glyph printed again within a
// point of where it already stands (fake bold, a cell's text painted once
// per clip strip), and glyphs drawn wholly outside the clipping area.

#include <cstdint>
#include <unordered_map>
#include <utility>

#include "model/document.h"

namespace plantrace::pdf {

// Remembers the glyphs drawn on one page.
class GlyphSieve {
 public:
  // True when glyph `code` (a Unicode value) already stands closer to
  // (x, y) than one point and than half its advance `advance` (so that the
  // two l's of "ll" in small print stay); otherwise records it.
  bool Repeated(uint32_t code, double x, double y, double advance);
  void Clear() {
    seen_.clear();
    seen_.reserve(4096);
  }

 private:
  // Positions by glyph and one-point cell.
  std::unordered_multimap<uint64_t, std::pair<double, double>> seen_;
};

// Whether a glyph whose box (device space) is `glyph` cannot show through a
// clip whose bounding box is `clip` (they do not meet).
bool ClippedAway(const BBox& glyph, const BBox& clip);

}  // namespace plantrace::pdf
