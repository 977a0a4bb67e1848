#pragma once
// A set of (first, second) item pairs asked about for many pairs (a
// headline match, a passage's best source): the pairs sorted, with where
// each first item's pairs start, so that a question searches the few pairs
// of its first item instead of the whole set (a binary search over a
// million pairs is some twenty cache misses a question).
//
//   ItemPairSet s({uint64_t{3} << 32 | 7, uint64_t{3} << 32 | 9});
//   s.Contains(3, 9);  // true

#include <cstddef>
#include <cstdint>
#include <vector>

namespace plantrace {

class ItemPairSet {
 public:
  ItemPairSet() = default;
  // `keys`: (first << 32 | second), in any order, repeats allowed.
  explicit ItemPairSet(std::vector<uint64_t> keys);
  bool Contains(uint32_t first, uint32_t second) const;
  size_t size() const { return seconds_.size(); }

 private:
  std::vector<uint32_t> start_;    // pairs of first f: seconds_[start_[f] .. start_[f + 1])
  std::vector<uint32_t> seconds_;  // sorted within each first item
};

}  // namespace plantrace
