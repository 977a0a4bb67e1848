#include "pipeline/link/distinct_evidence.h"

#include <algorithm>

namespace plantrace {
namespace {

bool Has(const SparseVector& v, uint32_t term) {
  auto it = std::lower_bound(v.begin(), v.end(), term,
                             [](const std::pair<uint32_t, float>& e, uint32_t t) { return e.first < t; });
  return it != v.end() && it->first == term;
}

}  // namespace

double DistinctEvidence(const SparseVector& anchor, const SparseVector& other,
                        const std::vector<const SparseVector*>& kept) {
  double all = 0, fresh = 0;
  for (size_t i = 0, j = 0; i < anchor.size() && j < other.size();) {
    if (anchor[i].first < other[j].first) {
      ++i;
    } else if (other[j].first < anchor[i].first) {
      ++j;
    } else {
      const double x = static_cast<double>(anchor[i].second) * other[j].second;
      all += x;
      const uint32_t t = anchor[i].first;
      if (std::none_of(kept.begin(), kept.end(), [&](const SparseVector* k) { return Has(*k, t); })) {
        fresh += x;
      }
      ++i;
      ++j;
    }
  }
  return all > 0 ? fresh / all : 0.0;
}

DistinctEvidenceGroup::DistinctEvidenceGroup(size_t num_terms) : terms_(num_terms) {}

void DistinctEvidenceGroup::Start(const SparseVector* anchor) {
  if (anchor != anchor_) {
    if (anchor_) {
      for (const auto& [term, w] : *anchor_) terms_[term].anchor = 0.0f;
    }
    anchor_ = anchor;
    if (anchor_) {
      for (const auto& [term, w] : *anchor_) terms_[term].anchor = w;
    }
  }
  if (++generation_ == 0) {  // wrapped: old marks could read as current
    for (Term& t : terms_) t.kept = 0;
    generation_ = 1;
  }
}

void DistinctEvidenceGroup::Keep(const SparseVector& partner) {
  for (const auto& [term, w] : partner) {
    if (term < terms_.size()) terms_[term].kept = generation_;
  }
}

double DistinctEvidenceGroup::Of(const SparseVector& other) const {
  // Weights are > 0, so 0 means "not in the anchor" (as in DenseVector).
  double all = 0, fresh = 0;
  for (const auto& [term, w] : other) {
    if (term >= terms_.size()) continue;
    const Term& t = terms_[term];
    if (t.anchor == 0.0f) continue;
    const double x = static_cast<double>(t.anchor) * w;
    all += x;
    if (t.kept != generation_) fresh += x;
  }
  return all > 0 ? fresh / all : 0.0;
}

}  // namespace plantrace
