#include "pipeline/link/link_pair_rules.h"

#include <algorithm>
#include <optional>

#include "pipeline/link/hand_over.h"
#include "pipeline/link/headline_match.h"

namespace plantrace {

void PairRules::FindHandOverPapers(const std::vector<DocumentRecord>& documents,
                                   const TermWeights& weights, Tokenizer& tokenizer) {
  if (o_.handover_min_items == 0) return;
  for (const auto& [naming, named] :
       FindHandOvers(documents, in_.items, weights, tokenizer, o_.handover_min_items)) {
    // Only forward in time, as dated: papers of one meeting (same date,
    // ordered by kind) are one bundle, not a follow-up of each other.
    const Direction d = order_.Compare(naming, named);
    const std::optional<int> months = order_.MonthsApart(naming, named);
    if (d.sign < 0 && d.note.empty() && months && *months >= 1 &&
        *months <= o_.continues_max_years * 12) {
      hand_overs_.emplace(order_.Rank(naming), order_.Rank(named));
    }
  }
}

void PairRules::FinishPassageBest() {
  passage_best_set_ = ItemPairSet(std::move(passage_best_));
  passage_best_.clear();
}

bool PairRules::CueApplies(uint32_t from, uint32_t to) {
  if (!features_[to].continues_cue) return false;
  const uint64_t key = static_cast<uint64_t>(in_.doc_rank[from]) << 32 | in_.doc_rank[to];
  auto [it, added] = close_papers_.try_emplace(key, true);
  if (added) {
    const std::optional<int> months =
        order_.MonthsApart(in_.items[from]->doc_id, in_.items[to]->doc_id);
    it->second = !months || *months <= o_.continues_max_years * 12;
  }
  return it->second;
}

bool PairRules::HeadlineMatch(uint32_t from, uint32_t to) const {
  return headline_best_.Contains(from, to);
}

bool PairRules::FromPassage(uint32_t from, uint32_t to, double score) const {
  return score >= o_.link_score && passage_best_set_.Contains(from, to);
}

}  // namespace plantrace
