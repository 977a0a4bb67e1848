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
  const int64_t cx = static_cast<int64_t>(std::floor(x)), cy = static_cast<int64_t>(std::floor(y));
  for (int64_t dx = -1; dx <= 1; ++dx)
    for (int64_t dy = -1; dy <= 1; ++dy) {
      const auto it = seen_.find(Key(code, cx + dx, cy + dy));
      if (it == seen_.end()) continue;
      for (const auto& [px, py] : it->second)
        if (std::hypot(px - x, py - y) < limit) return true;
    }
  seen_[Key(code, cx, cy)].push_back({x, y});
  return false;
}

bool ClippedAway(const BBox& g, const BBox& c) {
  return g.x1 < c.x0 || g.x0 > c.x1 || g.bottom < c.top || g.top > c.bottom;
}

}  // namespace plantrace::pdf
