#pragma once
// A page rendered to 8-bit greyscale: what the PDF reader hands to OCR, so
// neither side sees the other's library types.

#include <cstdint>
#include <vector>

namespace plantrace::pdf {

struct GreyImage {
  int width = 0, height = 0;  // pixels
  double dpi = 0;             // pixels per inch, both directions
  // Row-major, one byte a pixel, `width` bytes a row, no padding;
  // 0 is black, 255 white.
  std::vector<uint8_t> pixels;
};

}  // namespace plantrace::pdf
