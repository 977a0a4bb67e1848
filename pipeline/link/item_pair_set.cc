#include "pipeline/link/item_pair_set.h"

#include <algorithm>

namespace plantrace {

ItemPairSet::ItemPairSet(std::vector<uint64_t> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  if (keys.empty()) return;
  const uint32_t last_first = static_cast<uint32_t>(keys.back() >> 32);
  start_.assign(static_cast<size_t>(last_first) + 2, 0);
  seconds_.reserve(keys.size());
  for (uint64_t k : keys) {
    ++start_[(k >> 32) + 1];
    seconds_.push_back(static_cast<uint32_t>(k));
  }
  for (size_t f = 1; f < start_.size(); ++f) start_[f] += start_[f - 1];
}

bool ItemPairSet::Contains(uint32_t first, uint32_t second) const {
  if (static_cast<size_t>(first) + 1 >= start_.size()) return false;
  const auto begin = seconds_.begin() + start_[first];
  const auto end = seconds_.begin() + start_[first + 1];
  return std::binary_search(begin, end, second);
}

}  // namespace plantrace
