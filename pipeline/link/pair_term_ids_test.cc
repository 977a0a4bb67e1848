#include "pipeline/link/pair_term_ids.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_map>

namespace plantrace {
namespace {

// The ids handed out and found are those a map from pair to id gives, over
// enough pairs to grow the table several times, pairs asked in both
// orders ((a, b) is not (b, a)), and the largest term ids.
TEST(PairTermIds, AnswersAsAMap) {
  std::mt19937 random(16);
  std::unordered_map<uint64_t, uint32_t> expected;
  PairTermIds ids;
  uint32_t next = 0;
  for (int k = 0; k < 20000; ++k) {
    uint32_t a = random() % 300, b = random() % 300;
    if (k % 1000 == 0) a = UINT32_MAX - 1;
    const uint64_t key = uint64_t{a} << 32 | b;
    bool added = false;
    const uint32_t id = ids.FindOrAdd(a, b, next, &added);
    auto [it, inserted] = expected.emplace(key, next);
    EXPECT_EQ(added, inserted);
    EXPECT_EQ(id, it->second);
    if (added) ++next;
  }
  EXPECT_EQ(ids.size(), expected.size());
  EXPECT_GT(expected.size(), 10000u);
  size_t found = 0;
  for (uint32_t a = 0; a < 310; ++a) {
    for (uint32_t b = 0; b < 310; ++b) {
      auto it = expected.find(uint64_t{a} << 32 | b);
      const std::optional<uint32_t> id = ids.Find(a, b);
      ASSERT_EQ(id.has_value(), it != expected.end()) << a << " " << b;
      if (id) {
        EXPECT_EQ(*id, it->second);
        ++found;
      }
    }
  }
  EXPECT_GT(found, 10000u);
  EXPECT_FALSE(PairTermIds().Find(0, 0).has_value());
}

}  // namespace
}  // namespace plantrace
