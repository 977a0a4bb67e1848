#include "pipeline/editions/edition_links.h"

#include <algorithm>
#include <tuple>

#include "pipeline/editions/editions.h"
#include "pipeline/editions/item_pairing.h"

namespace plantrace {
namespace {

// A paired item keeping less of its words than this was rewritten: it
// continues the earlier one rather than recurring.
constexpr double kRecursMinWords = 0.5;

}  // namespace

EditionLinks::EditionLinks(const std::vector<DocumentRecord>& documents,
                           const std::vector<const ItemRecord*>& items,
                           const std::vector<uint32_t>& doc_rank)
    : doc_rank_(doc_rank),
      plan_(items.size(), kNone),
      next_rank_(items.size(), kNone),
      prev_rank_(items.size(), kNone) {
  const PlanEditions editions = FindEditions(documents, items);
  if (editions.steps.empty()) return;
  for (uint32_t i = 0; i < items.size(); ++i) {
    auto it = editions.plan_of.find(items[i]->doc_id);
    if (it != editions.plan_of.end()) plan_[i] = it->second;
  }
  for (const EditionStep& step : editions.steps) {
    const std::string edition = step.Why();
    for (const auto& [from, to] : step.pairs) {
      next_rank_[from] = doc_rank[to];
      prev_rank_[to] = doc_rank[from];
      const ItemRecord& a = *items[from];
      const ItemRecord& b = *items[to];
      const double words = WordJaccard(WordSet(a.text), WordSet(b.text));
      ItemLink link{from, to, words >= kRecursMinWords ? "recurs" : "continues", {edition}};
      if (a.item_id == b.item_id) {
        link.why.push_back("the same item " + a.item_id + " in the later edition");
      } else {
        link.why.push_back("the same text in the later edition, numbered " + b.item_id);
      }
      if (link.relation == "continues") link.why.push_back("its text was rewritten");
      links_.push_back(std::move(link));
    }
  }
  std::sort(links_.begin(), links_.end(), [](const ItemLink& x, const ItemLink& y) {
    return std::tie(x.to, x.from) < std::tie(y.to, y.from);
  });
}

bool EditionLinks::MayScore(uint32_t earlier, uint32_t later) const {
  if (links_.empty()) return true;
  if (plan_[earlier] != kNone && plan_[earlier] == plan_[later]) return false;
  // A nearer edition of the same item speaks for it.
  if (next_rank_[earlier] != kNone && next_rank_[earlier] < doc_rank_[later]) return false;
  if (prev_rank_[later] != kNone && prev_rank_[later] > doc_rank_[earlier]) return false;
  return true;
}

}  // namespace plantrace
