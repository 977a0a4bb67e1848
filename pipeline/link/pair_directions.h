#pragma once
// Which item of a candidate pair is the earlier, by what their documents
// say (document_order.h): one comparison per pair of documents, kept.

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "model/records.h"
#include "pipeline/link/document_order.h"

namespace plantrace {

class PairDirections {
 public:
  PairDirections(const DocumentOrder& order, const std::vector<const ItemRecord*>& items,
                 const std::vector<uint32_t>& doc_rank)
      : order_(order), items_(items), doc_rank_(doc_rank) {}

  // The direction from `first`'s document to `second`'s.
  const Direction& operator()(uint32_t first, uint32_t second) {
    const uint64_t key = (static_cast<uint64_t>(doc_rank_[first]) << 32) | doc_rank_[second];
    auto it = directions_.find(key);
    if (it == directions_.end()) {
      it = directions_.emplace(key, order_.Compare(items_[first]->doc_id, items_[second]->doc_id)).first;
    }
    return it->second;
  }

 private:
  const DocumentOrder& order_;
  const std::vector<const ItemRecord*>& items_;
  const std::vector<uint32_t>& doc_rank_;
  std::unordered_map<uint64_t, Direction> directions_;
};

}  // namespace plantrace
