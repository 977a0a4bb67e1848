#pragma once
// What editions of one plan (editions.h) mean for linking items:
//   - an item and its copy in the next edition are linked as the same item
//     (`recurs`, or `continues` when its text was mostly rewritten), score
//     1, the edition named in `why`;
//   - the scorer does not link items of two editions of one plan (those
//     links would repeat or contradict the pairing);
//   - an item of another paper is linked to the edition nearest in time:
//     an earlier item to the first edition that has the later one, a later
//     item to the last edition before it. So a 2019 item that takes up a
//     2018 aim links to its September edition, not to July, August and
//     September at once, and `trace` follows the aim through the editions.
//
//   EditionLinks editions(documents, items, doc_rank);
//   if (!editions.MayScore(earlier, later)) continue;
//   for (const EditionLinks::ItemLink& l : editions.links()) ...

#include <cstdint>
#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

class EditionLinks {
 public:
  // `doc_rank[i]`: the processing rank of items[i]'s document (earlier
  // documents rank lower).
  EditionLinks(const std::vector<DocumentRecord>& documents,
               const std::vector<const ItemRecord*>& items,
               const std::vector<uint32_t>& doc_rank);

  struct ItemLink {
    uint32_t from = 0, to = 0;  // item indexes: older edition, newer edition
    std::string relation;       // recurs | continues
    std::vector<std::string> why;
  };
  // Sorted by (to, from).
  const std::vector<ItemLink>& links() const { return links_; }

  // False when the scorer should leave the pair alone (see above).
  bool MayScore(uint32_t earlier, uint32_t later) const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  const std::vector<uint32_t>& doc_rank_;
  std::vector<uint32_t> plan_;       // per item: its plan number, kNone when none
  std::vector<uint32_t> next_rank_;  // per item: its next edition's rank, kNone when none
  std::vector<uint32_t> prev_rank_;  // per item: its previous edition's rank, kNone when none
  std::vector<ItemLink> links_;
};

}  // namespace plantrace
