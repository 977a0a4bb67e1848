#pragma once
// The rules that set a pair of items apart from its score alone, shared
// by scoring, selection and the links' `why`: a hand-over between papers
// (hand_over.h), a continuation cue between papers close in time, a
// headline match (headline_match.h), and a passage's clear best source.

#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pipeline/link/document_order.h"
#include "pipeline/link/item_pair_set.h"
#include "pipeline/link/link_inputs.h"
#include "pipeline/link/link_scorer.h"
#include "pipeline/link/term_weights.h"
#include "text/tokenize.h"

namespace plantrace {

class PairRules {
 public:
  PairRules(const LinkInputs& in, const std::vector<ItemFeatures>& features,
            const DocumentOrder& order, const LinkOptions& o)
      : in_(in), features_(features), order_(order), o_(o) {}

  // Papers an earlier paper hands its work on to, as (earlier, later) ranks.
  void FindHandOverPapers(const std::vector<DocumentRecord>& documents, const TermWeights& weights,
                          Tokenizer& tokenizer);
  void SetHeadlineBest(std::vector<uint64_t> headline_best) {
    headline_best_ = ItemPairSet(std::move(headline_best));
  }
  // (earlier << 32 | later) pairs where the earlier item is the clear best
  // candidate for one passage of the later item; asked for once
  // FinishPassageBest has made them a set.
  std::vector<uint64_t>& passage_best() { return passage_best_; }
  void FinishPassageBest();

  bool HandedOver(uint32_t from, uint32_t to) const {
    return hand_overs_.count({in_.doc_rank[from], in_.doc_rank[to]}) > 0;
  }
  // A continuation cue counts only between papers close in time.
  bool CueApplies(uint32_t from, uint32_t to);
  bool HeadlineMatch(uint32_t from, uint32_t to) const;
  // Only at the full link score: a continuation-cue item's lower threshold
  // admits its one best source, not passage sources.
  bool FromPassage(uint32_t from, uint32_t to, double score) const;

 private:
  const LinkInputs& in_;
  const std::vector<ItemFeatures>& features_;
  const DocumentOrder& order_;
  const LinkOptions& o_;
  std::set<std::pair<uint32_t, uint32_t>> hand_overs_;
  // (earlier rank << 32 | later rank) -> within continues_max_years. Hashed:
  // asked for most scored pairs, in no order of papers (a tree of rank
  // pairs was a chain of cache misses a question at 100k items).
  std::unordered_map<uint64_t, bool> close_papers_;
  ItemPairSet headline_best_;
  std::vector<uint64_t> passage_best_;
  ItemPairSet passage_best_set_;
};

}  // namespace plantrace
