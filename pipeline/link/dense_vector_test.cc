// DenseVector::Dot gives Dot's sums to the bit, for vectors of any overlap,
// and holds one vector at a time.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "pipeline/link/distinct_evidence.h"
#include "pipeline/link/later_item_terms.h"
#include "pipeline/link/tfidf.h"

namespace plantrace {
namespace {

SparseVector RandomVector(std::mt19937& rng, uint32_t num_terms, size_t size) {
  std::uniform_int_distribution<uint32_t> term(0, num_terms - 1);
  std::uniform_real_distribution<float> weight(0.001f, 1.0f);
  std::vector<bool> used(num_terms, false);
  SparseVector v;
  while (v.size() < size) {
    uint32_t t = term(rng);
    if (used[t]) continue;
    used[t] = true;
    v.emplace_back(t, weight(rng));
  }
  std::sort(v.begin(), v.end());
  return v;
}

TEST(DenseVector, SameSumsAsDot) {
  std::mt19937 rng(7);
  const uint32_t num_terms = 500;
  std::vector<SparseVector> vectors;
  for (size_t size : {0, 1, 3, 20, 60, 200, 400}) vectors.push_back(RandomVector(rng, num_terms, size));
  DenseVector dense(num_terms);
  for (const SparseVector& held : vectors) {
    dense.Assign(&held);
    EXPECT_EQ(dense.held(), &held);
    for (const SparseVector& other : vectors) {
      // Bit for bit: EXPECT_EQ on doubles, not a tolerance.
      EXPECT_EQ(dense.Dot(other), Dot(other, held));
    }
  }
  // A vector held before leaves nothing behind.
  dense.Assign(&vectors[0]);
  EXPECT_EQ(dense.Dot(vectors.back()), 0.0);
}

TEST(LaterItemTerms, OneWalkGivesDotsSharedWordsAndPassageDots) {
  std::mt19937 rng(11);
  const uint32_t num_terms = 300;
  std::vector<uint8_t> phrase(num_terms);
  for (uint32_t t = 0; t < num_terms; ++t) phrase[t] = t % 3 == 0;
  std::vector<SparseVector> vectors;
  for (size_t size : {0, 2, 15, 80, 250}) vectors.push_back(RandomVector(rng, num_terms, size));
  // Passages of each size against each vector: small ones take Dot's
  // binary-search path, large ones its merge; terms of passages overlap.
  std::vector<SparseVector> passages;
  for (size_t size : {1, 4, 9, 40, 120}) passages.push_back(RandomVector(rng, num_terms, size));
  LaterItemTerms later(num_terms);
  LaterItemTerms::Sums sums;
  for (const SparseVector& held : vectors) {
    later.Assign(&held, &passages);
    EXPECT_EQ(later.held(), &held);
    for (const SparseVector& other : vectors) {
      size_t expected = 0;  // counted by a merge of the two vectors
      for (size_t i = 0, j = 0; i < held.size() && j < other.size();) {
        if (held[i].first < other[j].first) {
          ++i;
        } else if (other[j].first < held[i].first) {
          ++j;
        } else {
          expected += phrase[held[i].first] == 0;
          ++i;
          ++j;
        }
      }
      later.Walk(other, phrase, &sums);
      EXPECT_EQ(sums.text, Dot(other, held));  // bit for bit
      EXPECT_EQ(sums.shared_words, expected);
      ASSERT_EQ(sums.passages.size(), passages.size());
      for (size_t k = 0; k < passages.size(); ++k) EXPECT_EQ(sums.passages[k], Dot(passages[k], other));
    }
  }
  // Another item, no passages: nothing of the first is left behind.
  later.Assign(&vectors[1], nullptr);
  later.Walk(vectors[4], phrase, &sums);
  EXPECT_EQ(sums.text, Dot(vectors[4], vectors[1]));
  EXPECT_TRUE(sums.passages.empty());
  later.Walk(vectors[3], phrase, &sums);
  EXPECT_EQ(sums.text, Dot(vectors[3], vectors[1]));
}

TEST(DistinctEvidenceGroup, SameFiguresAsDistinctEvidence) {
  std::mt19937 rng(5);
  const uint32_t num_terms = 200;
  std::vector<SparseVector> vectors;
  for (size_t size : {0, 4, 10, 30, 60, 120, 40, 8}) vectors.push_back(RandomVector(rng, num_terms, size));
  DistinctEvidenceGroup group(num_terms);
  for (const SparseVector& anchor : vectors) {
    // Keep the partners one by one; after each, every vector's figure
    // matches the reference function's, bit for bit.
    group.Start(&anchor);
    std::vector<const SparseVector*> kept;
    for (const SparseVector& partner : vectors) {
      for (const SparseVector& other : vectors) {
        EXPECT_EQ(group.Of(other), DistinctEvidence(anchor, other, kept));
      }
      group.Keep(partner);
      kept.push_back(&partner);
    }
  }
  // A new group forgets the partners kept before.
  group.Start(&vectors[4]);
  EXPECT_EQ(group.Of(vectors[5]), DistinctEvidence(vectors[4], vectors[5], {}));
  EXPECT_GT(group.Of(vectors[5]), 0.0);
}

}  // namespace
}  // namespace plantrace
