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

}  // namespace plantrace
