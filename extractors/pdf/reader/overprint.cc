#include "extractors/pdf/reader/overprint.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace plantrace::pdf {
namespace {

// Buckets to start with (a power of two), doubled when entries fill half
// of them: most of the four cells asked about per glyph hold nothing, and
// an empty bucket answers without touching the entries.
constexpr size_t kInitialBuckets = 16384;

// Glyph and position (one-point cells) packed into one key.
uint64_t Key(uint32_t code, int64_t cx, int64_t cy) {
  return (static_cast<uint64_t>(code) << 40) ^ (static_cast<uint64_t>(cx & 0xFFFFF) << 20) ^
         static_cast<uint64_t>(cy & 0xFFFFF);
}

}  // namespace

void GlyphSieve::Clear() {
  seen_.clear();
  heads_.assign(std::max(heads_.size(), kInitialBuckets), -1);
}

size_t GlyphSieve::Bucket(uint64_t key) const {
  // Fibonacci hashing: the top bits of the product; heads_.size() is a
  // power of two.
  const int bits = std::countr_zero(heads_.size());
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

void GlyphSieve::Rehash(size_t buckets) {
  heads_.assign(buckets, -1);
  for (size_t i = 0; i < seen_.size(); ++i) {
    int32_t& head = heads_[Bucket(seen_[i].key)];
    seen_[i].next = head;
    head = static_cast<int32_t>(i);
  }
}

bool GlyphSieve::Repeated(uint32_t code, double x, double y, double advance) {
  const double limit = std::min(1.0, 0.5 * std::fabs(advance));
  const double fx = std::floor(x), fy = std::floor(y);
  const int64_t cx = static_cast<int64_t>(fx), cy = static_cast<int64_t>(fy);
  // A glyph less than a point away lies in this cell or the neighbour on
  // the side of the cell the point is nearer to, in each direction.
  const int64_t nx = x - fx < 0.5 ? cx - 1 : cx + 1, ny = y - fy < 0.5 ? cy - 1 : cy + 1;
  if (heads_.empty()) Clear();
  for (int64_t gx : {cx, nx})
    for (int64_t gy : {cy, ny}) {
      const uint64_t key = Key(code, gx, gy);
      for (int32_t i = heads_[Bucket(key)]; i >= 0; i = seen_[static_cast<size_t>(i)].next) {
        const Seen& s = seen_[static_cast<size_t>(i)];
        if (s.key == key && std::hypot(s.x - x, s.y - y) < limit) return true;
      }
    }
  const uint64_t key = Key(code, cx, cy);
  int32_t& head = heads_[Bucket(key)];
  seen_.push_back({key, x, y, head});
  head = static_cast<int32_t>(seen_.size() - 1);
  if (2 * seen_.size() > heads_.size()) Rehash(2 * heads_.size());
  return false;
}

bool ClippedAway(const BBox& g, const BBox& c) {
  return g.x1 < c.x0 || g.x0 > c.x1 || g.bottom < c.top || g.top > c.bottom;
}

}  // namespace plantrace::pdf
