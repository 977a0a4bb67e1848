#include "pipeline/link/link_candidates.h"

#include <algorithm>
#include <functional>

#include "pipeline/link/candidate_index.h"
#include "pipeline/link/committee_papers.h"

namespace plantrace {

namespace {

// Incremental: an item's vector keeps only terms of two items or more,
// and the index matches it on its heaviest few. A term an unchanged item
// shared with no other unchanged item but shares with a changed one is
// new in its vector: when it is among the heaviest few, the terms it is
// matched on differ, and its document is decided again (link_scope.h).
void DecideWhereQueryTermsChange(LinkInputs& in, const TfIdfModel& model, const LinkOptions& o) {
  const size_t n = in.size();
  const size_t query_terms = o.candidates.query_terms;
  std::vector<float> weights;
  std::vector<uint32_t> unchanged_holders(model.num_terms(), 0);
  std::vector<uint8_t> changed_holds(model.num_terms(), 0);
  for (size_t i = 0; i < n; ++i) {
    for (const auto& [term, w] : model.vectors()[i]) {
      if (in.changed_item[i]) {
        changed_holds[term] = 1;
      } else {
        ++unchanged_holders[term];
      }
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const SparseVector& v = model.vectors()[i];
    if (in.changed_item[i] || v.size() <= query_terms || in.decide_rank[in.doc_rank[i]]) continue;
    weights.clear();
    for (const auto& [term, w] : v) weights.push_back(w);
    std::nth_element(weights.begin(), weights.begin() + query_terms, weights.end(),
                     std::greater<float>());
    const float after_cut = weights[query_terms];  // the heaviest left out
    const float cut = *std::min_element(weights.begin(), weights.begin() + query_terms);
    // Ties at the cut are not followed (see docs/decisions.md, issue 16
    // incremental: what is not exact).
    (void)after_cut;
    bool differs = false;
    for (const auto& [term, w] : v) {
      if (!differs && w >= cut && unchanged_holders[term] == 1 && changed_holds[term]) differs = true;
    }
    if (differs) in.decide_rank[in.doc_rank[i]] = 1;
  }
}

}  // namespace

std::vector<std::vector<uint32_t>> FindEarlierItems(LinkInputs& in, const TfIdfModel& model,
                                                    const DocumentOrder& order,
                                                    const EditionLinks& editions,
                                                    PairDirections& direction,
                                                    const LinkOptions& o, LinkScope* scope,
                                                    IdentityWhy& identity_why,
                                                    size_t& candidate_pairs) {
  const size_t n = in.size();
  const bool incremental = in.incremental;
  if (incremental) DecideWhereQueryTermsChange(in, model, o);
  std::vector<std::vector<uint32_t>> earlier_of(n);
  CandidateScope candidate_scope;
  std::vector<uint8_t> met_changed;
  std::vector<std::vector<uint32_t>> candidates;
  if (!incremental) {
    candidates = FindCandidates(model.vectors(), in.doc_rank, model.num_terms(), o.candidates);
  }
  // Incremental: documents ranked before every decided one are not
  // matched (their items' candidates are all ranked lower still). A
  // decided document may make another decided (link_scope.h), maybe one
  // ranked lower: then matching starts again from there.
  std::vector<uint8_t>& decide_rank = in.decide_rank;
  uint32_t matched_from = UINT32_MAX;
  while (incremental) {
    const uint32_t first = static_cast<uint32_t>(
        std::find(decide_rank.begin(), decide_rank.end(), 1) - decide_rank.begin());
    if (first >= matched_from) break;
    matched_from = first;
    candidate_scope.match_from_rank = first;
    candidate_scope.changed = &in.changed_item;
    candidate_scope.met_changed = &met_changed;
    candidates = FindCandidates(model.vectors(), in.doc_rank, model.num_terms(), o.candidates,
                                &candidate_scope);
    for (uint32_t q = 0; q < n; ++q) {
      if (met_changed[q]) decide_rank[in.doc_rank[q]] = 1;
    }
    // A pair whose dates run against the processing order (an undated
    // paper placed by its items' dates, papers told apart by kind) is
    // decided as a link into the lower-ranked document: whatever reached
    // a decided document reached those.
    const std::vector<std::string>& ordered = order.Ordered();
    for (size_t r = ordered.size(); r-- > 0;) {
      if (!decide_rank[r]) continue;
      for (size_t lower = 0; lower < r; ++lower) {
        if (!decide_rank[lower] && order.Compare(ordered[lower], ordered[r]).sign > 0) {
          decide_rank[lower] = 1;
        }
      }
    }
  }
  const std::vector<const ItemRecord*>& items = in.items;
  for (uint32_t q = 0; q < n; ++q) {
    candidate_pairs += candidates[q].size();
    for (uint32_t c : candidates[q]) {
      // Different decision numbers: different decisions, however alike
      // their wording; the same number: an identity link (link_selection.h).
      if (!in.numbers[c].empty() && !in.numbers[q].empty()) continue;
      if (in.decision[c] && in.decision[q] && in.SameMeeting(c, q) &&
          !ConflictingFigures(*items[c], *items[q]) &&
          SameDecisionWording(items[c]->text, items[q]->text)) {
        identity_why.emplace(UnorderedPair(c, q), "same decision wording");
      }
      const bool q_first = direction(c, q).sign > 0;
      const uint32_t earlier = q_first ? q : c, later = q_first ? c : q;
      // Against the processing order, the earlier-ranked item is the
      // later one: its other pairs are not all matched here.
      if (incremental && q_first && in.Decided(q) && !in.Decided(c)) scope->order_unsettled = true;
      if (!in.Decided(later)) continue;
      if (editions.MayScore(earlier, later)) earlier_of[later].push_back(earlier);
    }
  }
  for (auto& list : earlier_of) std::sort(list.begin(), list.end());
  return earlier_of;
}

}  // namespace plantrace
