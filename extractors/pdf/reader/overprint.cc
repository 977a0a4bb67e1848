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

// Bits of the key filter (a power of two; 2^16 bits = 8 KB).
constexpr int kFilterBits = 16;

// The filter bit of a key: the top bits of its Fibonacci hash.
inline size_t FilterBit(uint64_t key) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits));
}

// Glyph and position (one-point cells) packed into one key.
uint64_t Key(uint32_t code, int64_t cx, int64_t cy) {
  return (static_cast<uint64_t>(code) << 40) ^ (static_cast<uint64_t>(cx & 0xFFFFF) << 20) ^
         static_cast<uint64_t>(cy & 0xFFFFF);
}

// The bucket of a key in a table of 2^(block_bits + 4) buckets. The four
// cells asked about for a glyph are neighbours: cells are hashed in blocks
// of 4 x 4 (one glyph, 16 buckets side by side, one cache line of heads and
// 16 bits of one word of the used-bucket map), so that they mostly share
// one block. Fibonacci hashing of the block: the top bits of the product.
inline size_t BucketOf(uint64_t key, int block_bits) {
  const uint64_t block_key = key & ~((uint64_t{3} << 20) | uint64_t{3});
  const uint64_t block = (block_key * 0x9E3779B97F4A7C15ull) >> (64 - block_bits);
  return static_cast<size_t>((block << 4) | (((key >> 20) & 3) << 2) | (key & 3));
}

}  // namespace

void GlyphSieve::Clear() {
  seen_.clear();
  linked_ = 0;
  filter_.assign((size_t{1} << kFilterBits) / 64, 0);
  if (heads_.empty()) {
    heads_.assign(kInitialBuckets, -1);
    used_.assign(kInitialBuckets / 64, 0);
    return;
  }
  // Only the buckets in use are emptied: a page holds a few thousand glyphs
  // and the table has room for many more (refilling all of it cost more
  // than the page's lookups).
  for (size_t w = 0; w < used_.size(); ++w) {
    for (uint64_t bits = used_[w]; bits != 0; bits &= bits - 1) {
      heads_[w * 64 + static_cast<size_t>(std::countr_zero(bits))] = -1;
    }
    used_[w] = 0;
  }
}

void GlyphSieve::LinkPending() {
  const int block_bits = std::countr_zero(heads_.size()) - 4;
  for (; linked_ < seen_.size(); ++linked_) {
    const size_t bucket = BucketOf(seen_[linked_].key, block_bits);
    seen_[linked_].next = heads_[bucket];
    heads_[bucket] = static_cast<int32_t>(linked_);
    used_[bucket / 64] |= uint64_t{1} << (bucket % 64);
  }
}

void GlyphSieve::Rehash(size_t buckets) {
  heads_.assign(buckets, -1);
  used_.assign(buckets / 64, 0);
  linked_ = 0;
  LinkPending();
}

bool GlyphSieve::Repeated(uint32_t code, double x, double y, double advance) {
  const double fx = std::floor(x), fy = std::floor(y);
  const int64_t cx = static_cast<int64_t>(fx), cy = static_cast<int64_t>(fy);
  // A glyph less than a point away lies in this cell or the neighbour on
  // the side of the cell the point is nearer to, in each direction.
  const int64_t nx = x - fx < 0.5 ? cx - 1 : cx + 1, ny = y - fy < 0.5 ? cy - 1 : cy + 1;
  if (heads_.empty()) Clear();
  const int block_bits = std::countr_zero(heads_.size()) - 4;
  const uint64_t keys[4] = {Key(code, cx, cy), Key(code, cx, ny), Key(code, nx, cy),
                            Key(code, nx, ny)};
  size_t bits[4];
  bool any = false;
  for (int k = 0; k < 4; ++k) {
    bits[k] = FilterBit(keys[k]);
    any |= (filter_[bits[k] / 64] >> (bits[k] % 64) & 1) != 0;
  }
  // Most glyphs find no key of theirs on the page: nothing to compare with.
  if (any) {
    LinkPending();
    const double limit = std::min(1.0, 0.5 * std::fabs(advance));
    for (int k = 0; k < 4; ++k) {
      if (!(filter_[bits[k] / 64] >> (bits[k] % 64) & 1)) continue;
      for (int32_t i = heads_[BucketOf(keys[k], block_bits)]; i >= 0;
           i = seen_[static_cast<size_t>(i)].next) {
        const Seen& s = seen_[static_cast<size_t>(i)];
        if (s.key == keys[k] && std::hypot(s.x - x, s.y - y) < limit) return true;
      }
    }
  }
  filter_[bits[0] / 64] |= uint64_t{1} << (bits[0] % 64);
  seen_.push_back({keys[0], x, y, -1});
  if (2 * seen_.size() > heads_.size()) Rehash(2 * heads_.size());
  return false;
}

bool ClippedAway(const BBox& g, const BBox& c) {
  return g.x1 < c.x0 || g.x0 > c.x1 || g.bottom < c.top || g.top > c.bottom;
}

}  // namespace plantrace::pdf
