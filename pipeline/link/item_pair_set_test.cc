#include "pipeline/link/item_pair_set.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace plantrace {
namespace {

uint64_t Key(uint32_t first, uint32_t second) { return uint64_t{first} << 32 | second; }

// Every question answered as a binary search over the sorted keys would
// answer it: pairs in any order and repeated, firsts with no pair, firsts
// past the last, the largest ids.
TEST(ItemPairSet, AnswersAsASearchOfAllPairs) {
  std::mt19937 random(16);
  std::vector<uint64_t> keys;
  for (int k = 0; k < 400; ++k) keys.push_back(Key(random() % 60, random() % 60));
  keys.push_back(Key(7, UINT32_MAX));
  keys.push_back(keys.front());
  const ItemPairSet set(keys);
  std::sort(keys.begin(), keys.end());
  size_t found = 0;
  for (uint32_t first = 0; first < 70; ++first) {
    for (uint32_t second = 0; second < 70; ++second) {
      const bool expected = std::binary_search(keys.begin(), keys.end(), Key(first, second));
      EXPECT_EQ(set.Contains(first, second), expected) << first << " " << second;
      found += expected;
    }
  }
  EXPECT_GT(found, 300u);
  EXPECT_TRUE(set.Contains(7, UINT32_MAX));
  EXPECT_FALSE(set.Contains(UINT32_MAX, 7));
  EXPECT_FALSE(ItemPairSet().Contains(0, 0));
  EXPECT_EQ(ItemPairSet({Key(1, 2), Key(1, 2)}).size(), 1u);
}

}  // namespace
}  // namespace plantrace
