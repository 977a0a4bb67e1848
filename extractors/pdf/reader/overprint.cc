#include "extractors/pdf/reader/overprint.h"

#include <algorithm>
#include <cmath>

namespace plantrace::pdf {
namespace {

// Glyph and position (one-point cells) packed into one key.
uint64_t Key(uint32_t code, int64_t cx, int64_t cy) {
  return (static_cast<uint64_t>(code) << 40) ^ (static_cast<uint64_t>(cx & 0xFFFFF) << 20) ^
         static_cast<uint64_t>(cy & 0xFFFFF);
}

}  // namespace

bool GlyphSieve::Repeated(uint32_t code, double x, double y, double advance) {
  const double limit = std::min(1.0, 0.5 * std::fabs(advance));
  const double fx = std::floor(x), fy = std::floor(y);
  const int64_t cx = static_cast<int64_t>(fx), cy = static_cast<int64_t>(fy);
  // A glyph less than a point away lies in this cell or the neighbour on
  // the side of the cell the point is nearer to, in each direction.
  const int64_t nx = x - fx < 0.5 ? cx - 1 : cx + 1, ny = y - fy < 0.5 ? cy - 1 : cy + 1;
  for (int64_t gx : {cx, nx})
    for (int64_t gy : {cy, ny}) {
      const auto [from, to] = seen_.equal_range(Key(code, gx, gy));
      for (auto it = from; it != to; ++it)
        if (std::hypot(it->second.first - x, it->second.second - y) < limit) return true;
    }
  seen_.emplace(Key(code, cx, cy), std::make_pair(x, y));
  return false;
}

bool ClippedAway(const BBox& g, const BBox& c) {
  return g.x1 < c.x0 || g.x0 > c.x1 || g.bottom < c.top || g.top > c.bottom;
}

}  // namespace plantrace::pdf
