#pragma once
// The scoring stage of Linker::Link: every candidate pair scored, and the
// pairs at or above the thresholds sorted by what admits them. Also finds
// each later passage's clear best earlier item (PairRules::passage_best)
// in the same walk of each candidate.

#include <cstdint>
#include <vector>

#include "pipeline/link/link_inputs.h"
#include "pipeline/link/link_pair_rules.h"
#include "pipeline/link/link_scorer.h"
#include "pipeline/link/tfidf.h"

namespace plantrace {

// 12 bytes a pair: the score parts are computed again for the links kept.
struct ScoredPair {
  uint32_t from;
  uint32_t to;
  float score;
};

struct ScoredPairs {
  std::vector<ScoredPair> scored;    // every candidate pair at or above the thresholds
  std::vector<ScoredPair> handed;    // pairs of papers in a hand-over
  std::vector<ScoredPair> headline;  // headline matches (headline_match.h) at the link score
};

// Scores the pairs (earlier_of[later], later) of the later items decided;
// `scored_pairs` counts the pairs scored in full.
ScoredPairs ScoreCandidates(const LinkInputs& in, const std::vector<ItemFeatures>& features,
                            const TfIdfModel& model,
                            const std::vector<std::vector<uint32_t>>& earlier_of,
                            PairRules& rules, const LinkOptions& o, size_t& scored_pairs);

}  // namespace plantrace
