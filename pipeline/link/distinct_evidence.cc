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

DistinctEvidenceGroup::DistinctEvidenceGroup(size_t num_terms)
    : anchor_(num_terms), kept_mark_(num_terms, 0) {}

void DistinctEvidenceGroup::Start(const SparseVector* anchor) {
  anchor_.Assign(anchor);
  if (++generation_ == 0) {  // wrapped: old marks could read as current
    std::fill(kept_mark_.begin(), kept_mark_.end(), 0);
    generation_ = 1;
  }
}

void DistinctEvidenceGroup::Keep(const SparseVector& partner) {
  for (const auto& [term, w] : partner) {
    if (term < kept_mark_.size()) kept_mark_[term] = generation_;
  }
}

double DistinctEvidenceGroup::Of(const SparseVector& other) const {
  // Weights are > 0, so 0 means "not in the anchor" (as in DenseVector).
  double all = 0, fresh = 0;
  for (const auto& [term, w] : other) {
    const float a = anchor_.Weight(term);
    if (a == 0.0f) continue;
    const double x = static_cast<double>(a) * w;
    all += x;
    if (kept_mark_[term] != generation_) fresh += x;
  }
  return all > 0 ? fresh / all : 0.0;
}

}  // namespace plantrace
