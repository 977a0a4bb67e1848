#include "extractors/pdf/ocr/ruled_lines.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#include <leptonica/allheaders.h>

namespace plantrace::pdf {
namespace {

// Darker than this (0 black .. 255 white) is ink.
constexpr int kInkThreshold = 160;
// The shortest line kept, in inches: longer than any glyph of body or heading
// text, shorter than the narrowest table cell's border.
constexpr double kMinHorizontalInches = 0.35;
constexpr double kMinVerticalInches = 0.3;
// A line thicker than this (inches, ~3 pt) is a filled area, not a rule.
constexpr double kMaxThicknessInches = 0.045;

struct PixDeleter {
  void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

void QuietLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_ERROR); });
}

std::vector<PixelBox> Components(PIX* lines, bool horizontal, int max_thickness) {
  std::vector<PixelBox> out;
  BOXA* boxes = pixConnCompBB(lines, 8);
  if (!boxes) return out;
  for (l_int32 i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h) != 0) continue;
    if ((horizontal ? h : w) > max_thickness) continue;
    out.push_back({x, y, x + w, y + h});
  }
  boxaDestroy(&boxes);
  return out;
}

}  // namespace

RuledLines FindRuledLines(const GreyImage& image) {
  RuledLines found;
  if (image.width <= 0 || image.height <= 0 || image.dpi <= 0) return found;
  QuietLeptonica();
  PixPtr ink(pixCreate(image.width, image.height, 1));
  if (!ink) return found;
  l_uint32* data = pixGetData(ink.get());
  const l_int32 wpl = pixGetWpl(ink.get());
  for (int y = 0; y < image.height; ++y) {
    l_uint32* row = data + static_cast<ptrdiff_t>(y) * wpl;
    const uint8_t* src = &image.pixels[static_cast<size_t>(y) * static_cast<size_t>(image.width)];
    for (int x = 0; x < image.width; ++x) {
      if (src[x] < kInkThreshold) SET_DATA_BIT(row, x);
    }
  }
  const int h_len = std::max(8, static_cast<int>(std::lround(kMinHorizontalInches * image.dpi)));
  const int v_len = std::max(8, static_cast<int>(std::lround(kMinVerticalInches * image.dpi)));
  const int max_thickness = std::max(2, static_cast<int>(std::lround(kMaxThicknessInches * image.dpi)));
  if (PixPtr h{pixOpenBrick(nullptr, ink.get(), h_len, 1)}) {
    found.horizontal = Components(h.get(), true, max_thickness);
  }
  if (PixPtr v{pixOpenBrick(nullptr, ink.get(), 1, v_len)}) {
    found.vertical = Components(v.get(), false, max_thickness);
  }
  return found;
}

}  // namespace plantrace::pdf
