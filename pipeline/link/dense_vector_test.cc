// DenseVector::Dot gives Dot's sums to the bit, for vectors of any overlap,
// and holds one vector at a time.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

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

}  // namespace
}  // namespace plantrace
