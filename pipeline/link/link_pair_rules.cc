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
  std::sort(passage_best_.begin(), passage_best_.end());
  passage_best_.erase(std::unique(passage_best_.begin(), passage_best_.end()), passage_best_.end());
}

bool PairRules::CueApplies(uint32_t from, uint32_t to) {
  if (!features_[to].continues_cue) return false;
  auto [it, added] = close_papers_.emplace(std::make_pair(in_.doc_rank[from], in_.doc_rank[to]), true);
  if (added) {
    const std::optional<int> months =
        order_.MonthsApart(in_.items[from]->doc_id, in_.items[to]->doc_id);
    it->second = !months || *months <= o_.continues_max_years * 12;
  }
  return it->second;
}

bool PairRules::HeadlineMatch(uint32_t from, uint32_t to) const {
  return IsHeadlineMatch(headline_best_, from, to);
}

bool PairRules::FromPassage(uint32_t from, uint32_t to, double score) const {
  return score >= o_.link_score &&
         std::binary_search(passage_best_.begin(), passage_best_.end(),
                            static_cast<uint64_t>(from) << 32 | to);
}

}  // namespace plantrace
