#pragma once
// One item tied to several items of one other paper (a 2015 finding on
// "organisational culture" and four 2018 culture aims): each further link
// needs evidence of its own. DistinctEvidence is the share of the cosine
// of `anchor` and `other` that comes from terms none of the already kept
// partners shares: 0 when `other` matches the anchor only through words
// a better partner already showed, 1 when every shared term is new.
//
//   double d = DistinctEvidence(v[earlier], v[later2], {&v[later1]});

#include <vector>

#include "pipeline/link/tfidf.h"

namespace plantrace {

double DistinctEvidence(const SparseVector& anchor, const SparseVector& other,
                        const std::vector<const SparseVector*>& kept);

// The same figure for the partners of one anchor in turn, as the linker
// asks it: the anchor spread over the term ids (DenseVector) and the kept
// partners' terms marked, so that each question walks `other` once
// instead of merging it with the anchor and searching every kept partner.
// The shared terms are met in the same order, so the figure is the same
// to the bit.
//
//   DistinctEvidenceGroup g(num_terms);
//   g.Start(&v[earlier]);
//   g.Keep(v[later1]);
//   double d = g.Of(v[later2]);   // == DistinctEvidence(v[earlier], v[later2], {&v[later1]})
class DistinctEvidenceGroup {
 public:
  explicit DistinctEvidenceGroup(size_t num_terms);
  // A new anchor, no partner kept yet.
  void Start(const SparseVector* anchor);
  void Keep(const SparseVector& partner);
  double Of(const SparseVector& other) const;

 private:
  // Side by side per term, so that a question reads one cache line a term.
  struct Term {
    float anchor = 0.0f;  // the anchor's weight (0: not in it; weights are > 0)
    uint32_t kept = 0;    // == generation_: a kept partner has the term
  };
  std::vector<Term> terms_;
  const SparseVector* anchor_ = nullptr;
  uint32_t generation_ = 0;
};

}  // namespace plantrace
