#include "pipeline/link/link_scoring.h"

#include <algorithm>

#include "pipeline/link/committee_papers.h"
#include "pipeline/link/later_item_terms.h"

namespace plantrace {

namespace {

bool UnlinkedKinds(const ItemRecord& a, const ItemRecord& b, const LinkOptions& o) {
  for (const auto& [x, y] : o.unlinked_kinds) {
    if ((a.kind == x && b.kind == y) || (a.kind == y && b.kind == x)) return true;
  }
  return false;
}

}  // namespace

ScoredPairs ScoreCandidates(const LinkInputs& in, const std::vector<ItemFeatures>& features,
                            const TfIdfModel& model,
                            const std::vector<std::vector<uint32_t>>& earlier_of,
                            PairRules& rules, const LinkOptions& o, size_t& scored_pairs) {
  const size_t n = in.size();
  const std::vector<const ItemRecord*>& items = in.items;
  ScoredPairs out;
  std::vector<uint64_t>& passage_best = rules.passage_best();
  // (earlier, later) pairs where the earlier item is the clear best
  // candidate for one passage of the later item (LinkOptions::
  // passage_min_cosine): a later item that takes up several earlier aims,
  // one an action, keeps each.
  const bool passage_rule = o.passage_min_cosine > 0;
  struct PassageBest {
    double best = 0, second = 0;
    uint32_t from = 0;
  };
  std::vector<PassageBest> passage_rank;
  LaterItemTerms later_terms(model.num_terms());
  LaterItemTerms::Sums sums;
  std::vector<uint8_t> phrase(model.num_terms());
  for (size_t t = 0; t < phrase.size(); ++t) phrase[t] = model.IsPhrase(static_cast<uint32_t>(t));
  for (uint32_t later = 0; later < n; ++later) {
    if (!in.Decided(later)) continue;
    const std::vector<SparseVector>& passages = model.passage_vectors()[later];
    later_terms.Assign(features[later].vector, passage_rule ? &passages : nullptr);
    passage_rank.assign(passage_rule ? passages.size() : 0, PassageBest{});
    for (uint32_t earlier : earlier_of[later]) {
      // The cosine, the shared words and the passages' cosines in one
      // walk of the earlier vector.
      later_terms.Walk(*features[earlier].vector, phrase, &sums);
      for (size_t k = 0; k < passage_rank.size(); ++k) {
        PassageBest& r = passage_rank[k];
        const double d = sums.passages[k];
        if (d > r.best || (d == r.best && earlier < r.from)) {
          r.second = r.best;
          r.best = d;
          r.from = earlier;
        } else if (d > r.second) {
          r.second = d;
        }
      }
      if (UnlinkedKinds(*items[earlier], *items[later], o)) continue;
      ++scored_pairs;
      // A pair with too few shared words is dropped before the rest of its
      // score is computed (it would be dropped after).
      if (sums.shared_words < o.min_shared_words) continue;
      PairScore s = ScorePairWithText(features[earlier], features[later], o, sums.text);
      if (in.CommitteePair(earlier, later)) {
        // The same decision seen again, or nothing.
        if (in.decision[earlier] && in.decision[later] && s.score >= o.committee_link_score &&
            !ConflictingFigures(*items[earlier], *items[later])) {
          out.scored.push_back({earlier, later, static_cast<float>(s.score)});
        }
        continue;
      }
      if (rules.HandedOver(earlier, later)) {
        if (s.score >= o.handover_link_score) {
          out.handed.push_back({earlier, later, static_cast<float>(s.score)});
        }
        continue;
      }
      if (s.score >= o.link_score && rules.HeadlineMatch(earlier, later)) {
        out.headline.push_back({earlier, later, static_cast<float>(s.score)});
      }
      const double threshold = rules.CueApplies(earlier, later)
                                   ? std::min(o.link_score, o.continues_link_score)
                                   : o.link_score;
      if (s.score >= threshold && s.text >= o.min_text) {
        out.scored.push_back({earlier, later, static_cast<float>(s.score)});
      }
    }
    // The margin keeps a passage that several earlier items match about
    // equally (a generic action on "performance") from naming one.
    for (const PassageBest& r : passage_rank) {
      if (r.best >= o.passage_min_cosine && r.best >= o.passage_min_margin * r.second) {
        passage_best.push_back(static_cast<uint64_t>(r.from) << 32 | later);
      }
    }
  }
  rules.FinishPassageBest();
  return out;
}

}  // namespace plantrace
