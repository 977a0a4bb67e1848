#include "pipeline/link/headline_match.h"

#include <gtest/gtest.h>

#include "pipeline/link/linker.h"
#include "pipeline/link/link_test_items.h"

namespace plantrace {
namespace {

uint64_t Key(uint32_t earlier, uint32_t later) { return static_cast<uint64_t>(earlier) << 32 | later; }

// Items 0-1 are one earlier paper, 2-4 one later paper. Unit vectors over
// terms 0..2: headline cosines are then easy to read off.
struct Fixture {
  std::vector<SparseVector> headlines = {
      {{0, 1.0f}},                // 0: "communications strategy"
      {{1, 0.6f}, {2, 0.8f}},     // 1: another subject
      {{0, 0.8f}, {1, 0.6f}},     // 2: 0.8 with item 0, 0.36 with item 1
      {{0, 0.6f}, {2, 0.8f}},     // 3: 0.6 with item 0, 0.64 with item 1
      {{1, 1.0f}},                // 4: 0 with item 0, 0.6 with item 1
  };
  std::vector<uint32_t> doc_rank = {0, 0, 1, 1, 1};
  std::vector<std::vector<uint32_t>> earlier_of = {{}, {}, {0, 1}, {0, 1}, {0, 1}};
};

TEST(HeadlineMatches, KeepsPairsThatAreEachOthersBest) {
  Fixture f;
  // 0 -> 2 (0.8: 0's best, and 2's best of the earlier paper); 1's best is
  // 3 (0.64), whose best is also 1 (0.64 > 0.6).
  EXPECT_EQ(HeadlineMatches(f.headlines, f.earlier_of, f.doc_rank, 0.5),
            (std::vector<uint64_t>{Key(0, 2), Key(1, 3)}));
}

TEST(HeadlineMatches, NeedsTheMinimumCosine) {
  Fixture f;
  EXPECT_EQ(HeadlineMatches(f.headlines, f.earlier_of, f.doc_rank, 0.7),
            (std::vector<uint64_t>{Key(0, 2)}));
  EXPECT_TRUE(HeadlineMatches(f.headlines, f.earlier_of, f.doc_rank, 0.9).empty());
  EXPECT_TRUE(HeadlineMatches(f.headlines, f.earlier_of, f.doc_rank, 0).empty());  // off
}

TEST(HeadlineMatches, NotWhenTheLaterItemMatchesAnotherBetter) {
  Fixture f;
  f.headlines[3] = {{0, 0.7f}, {2, 0.7f}};  // 0.7 with 0, 0.56 with 1
  // 0's best is 2 (0.8); 1's best is 4 (0.6) over 3 (0.56); 4's best is 1.
  // 3's best is 0, but 0's best is 2: no pair for 3.
  EXPECT_EQ(HeadlineMatches(f.headlines, f.earlier_of, f.doc_rank, 0.5),
            (std::vector<uint64_t>{Key(0, 2), Key(1, 4)}));
}

TEST(HeadlineMatches, ATieGoesToNoOne) {
  Fixture f;
  f.headlines[3] = f.headlines[2];  // 2 and 3 tie as item 0's best
  const std::vector<uint64_t> m = HeadlineMatches(f.headlines, f.earlier_of, f.doc_rank, 0.5);
  EXPECT_FALSE(IsHeadlineMatch(m, 0, 2));
  EXPECT_FALSE(IsHeadlineMatch(m, 0, 3));
}

TEST(HeadlineMatches, OnlyAmongCandidatesAndPerPaper) {
  Fixture f;
  f.earlier_of[2] = {1};  // 0 -> 2 was not proposed by the index
  const std::vector<uint64_t> m = HeadlineMatches(f.headlines, f.earlier_of, f.doc_rank, 0.5);
  EXPECT_FALSE(IsHeadlineMatch(m, 0, 2));
  // 0's best is now 3 (0.6), but 3 reads more like 1 (0.64).
  EXPECT_FALSE(IsHeadlineMatch(m, 0, 3));
  EXPECT_TRUE(IsHeadlineMatch(m, 1, 3));
}

// A panel's two-word heading against a later plan's aims: the whole-item
// scores keep the aim that spells out a communications strategy, and the
// one-to-many rule drops the aim that names the subject in its own text
// (its shared words are the first aim's). The headline match keeps it.
TEST(HeadlineMatches, TheLinkerKeepsTheAimWhoseTextNamesTheHeading) {
  auto doc = [](std::string id, std::string date) {
    DocumentRecord d;
    d.doc_id = std::move(id);
    d.date = std::move(date);
    return d;
  };
  const std::vector<DocumentRecord> docs = {doc("panel", "2015-03"), doc("plan", "2018-09")};
  const std::vector<ItemRecord> items = {
      Item("panel", "e", "finding", "Communications strategy"),
      Item("panel", "f", "finding", "Financial planning"),
      Item("plan", "7.2", "improvement_aim",
           "Communications that are strategic and consistent",
           {"Agree a communications strategy for the council", "Communications strategy in place"}),
      Item("plan", "7.3", "improvement_aim", "Communications and marketing",
           {"Review how marketing supports the communications strategy"}),
      Item("plan", "4.5", "improvement_aim", "Effective medium term financial planning",
           {"Agree the budget"}),
  };
  auto links_of = [&](double min_cosine) {
    LinkOptions o;
    o.headline_min_cosine = min_cosine;
    Result<Linker> linker = Linker::FromText("the\nof\nand\na\nfor\n", "talk\tCommunications\tcommunications\n", o);
    EXPECT_TRUE(linker.ok()) << linker.status().ToString();
    std::vector<std::string> out;
    for (const LinkRecord& l : linker->Link(docs, items)) out.push_back(l.from + " " + l.to);
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<std::string> without = links_of(0);
  EXPECT_NE(std::find(without.begin(), without.end(), "panel#e plan#7.2"), without.end());
  EXPECT_EQ(std::find(without.begin(), without.end(), "panel#e plan#7.3"), without.end());
  const std::vector<std::string> with = links_of(LinkOptions{}.headline_min_cosine);
  EXPECT_NE(std::find(with.begin(), with.end(), "panel#e plan#7.2"), with.end());
  EXPECT_NE(std::find(with.begin(), with.end(), "panel#e plan#7.3"), with.end());
  // The heading on finance matches its aim by headline too (already linked).
  EXPECT_NE(std::find(with.begin(), with.end(), "panel#f plan#4.5"), with.end());
}

}  // namespace
}  // namespace plantrace
