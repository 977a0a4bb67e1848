#pragma once
// Glyphs that add no visible text: the same glyph printed again within a
// point of where it already stands (fake bold, a cell's text painted once
// per clip strip), and glyphs drawn wholly outside the clipping area.

#include <cstdint>
#include <vector>

#include "model/document.h"

namespace plantrace::pdf {

// Remembers the glyphs drawn on one page.
class GlyphSieve {
 public:
  // True when glyph `code` (a Unicode value) already stands closer to
  // (x, y) than one point and than half its advance `advance` (so that the
  // two l's of "ll" in small print stay); otherwise records it.
  bool Repeated(uint32_t code, double x, double y, double advance);
  // Forgets every glyph (a new page); the table keeps its size.
  void Clear();

 private:
  // Positions by glyph and one-point cell, in a hash table of chains kept
  // in two flat vectors: it is asked four times for every glyph of a page,
  // and a node-based map allocated once per glyph.
  struct Seen {
    uint64_t key;  // glyph and cell
    double x, y;
    int32_t next;  // the next entry of the same bucket, -1 at the end
  };
  // Links the entries recorded since the last lookup that needed the chains.
  // A glyph's record only sets its filter bit and appends to seen_: linking
  // it at once read a random bucket head per glyph, mostly out of cache,
  // and these reads, done together, overlap.
  void LinkPending();
  void Rehash(size_t buckets);
  std::vector<Seen> seen_;
  size_t linked_ = 0;  // seen_[0, linked_) are in their chains
  std::vector<int32_t> heads_;  // the first entry of each bucket, -1 when none
  // One bit a bucket, set when it holds an entry: small enough to stay in
  // the cache, where heads_ is not, so that empty buckets cost no miss.
  std::vector<uint64_t> used_;
  // One bit per hash of a key (glyph and cell) stored on this page, in 8 KB
  // that stay in the first-level cache: most glyphs find their four cells'
  // bits clear and touch neither heads_ nor seen_ (the buckets' own bits
  // above are shared by the 16 cells of a block, so they were set for more
  // than half of all lookups, each then a walk through memory out of cache).
  std::vector<uint64_t> filter_;
};

// Whether a glyph whose box (device space) is `glyph` cannot show through a
// clip whose bounding box is `clip` (they do not meet).
bool ClippedAway(const BBox& glyph, const BBox& clip);

}  // namespace plantrace::pdf
