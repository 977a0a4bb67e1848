#include "pipeline/normalise/update_markers.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

class UpdateMarkersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<UpdateMarkerFinder> f = UpdateMarkerFinder::Create();
    ASSERT_TRUE(f.ok()) << f.status().ToString();
    finder_ = new UpdateMarkerFinder(std::move(f).value());
  }
  static void TearDownTestSuite() { delete finder_; }
  std::string Months(std::string_view text) {
    std::string out;
    for (const UpdateMarker& m : finder_->Find(text, 2018)) {
      if (!out.empty()) out += " ";
      out += m.AsOf() + "=" + m.raw;
    }
    return out;
  }
  static UpdateMarkerFinder* finder_;
};
UpdateMarkerFinder* UpdateMarkersTest::finder_ = nullptr;

TEST_F(UpdateMarkersTest, MarkerForms) {
  EXPECT_EQ(Months("Survey being planned (July Update)"), "2018-07=(July Update)");
  EXPECT_EQ(Months("x (August 2018 update) y"), "2018-08=(August 2018 update)");
  EXPECT_EQ(Months("x (Sept Update)."), "2018-09=(Sept Update)");
  EXPECT_EQ(Months("x (September Update 2018)"), "2018-09=(September Update 2018)");
  EXPECT_EQ(Months("x ( September Update)"), "2018-09=( September Update)");
  EXPECT_EQ(Months("x (August / September 2018 updates) COMPLETE"),
            "2018-09=(August / September 2018 updates)");
  EXPECT_EQ(Months("with support from colleagues (September 2018)."),
            "2018-09=(September 2018)");
  EXPECT_EQ(Months("(July Update) later (September 2019)"),
            "2018-07=(July Update) 2019-09=(September 2019)");
}

TEST_F(UpdateMarkersTest, NotMarkers) {
  EXPECT_EQ(Months("Headline report was attached at the August Update."), "");
  EXPECT_EQ(Months("A date (September 2018) in the middle of a sentence."), "");
  EXPECT_EQ(Months("(significant increase from 12.5% in 2016)"), "");
  EXPECT_EQ(Months("(Headlines attached)."), "");
}

TEST_F(UpdateMarkersTest, StandaloneLine) {
  std::optional<UpdateMarker> m = finder_->StandaloneLine("  September Update ", 2018);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->AsOf(), "2018-09");
  EXPECT_EQ(m->raw, "September Update");
  EXPECT_FALSE(finder_->StandaloneLine("September Update: survey done", 2018));
  EXPECT_FALSE(finder_->StandaloneLine("Our update", 2018));
}

TEST_F(UpdateMarkersTest, SplitsAfterEachMarker) {
  std::vector<UpdatePiece> p = finder_->Split(
      "Proposals agreed (July Update). Restructure proposals out to consultation (August "
      "Update). Consultation closed on September 19.",
      2018, {});
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].text, "Proposals agreed (July Update).");
  EXPECT_EQ(p[0].as_of.value_or(""), "2018-07");
  EXPECT_EQ(p[1].text, "Restructure proposals out to consultation (August Update).");
  EXPECT_EQ(p[1].as_of.value_or(""), "2018-08");
  EXPECT_EQ(p[2].text, "Consultation closed on September 19.");
  EXPECT_FALSE(p[2].as_of);
}

TEST_F(UpdateMarkersTest, StatusWordsStayWithTheirUpdate) {
  std::vector<UpdatePiece> p = finder_->Split(
      "Tracker in use (July Update). COMPLETE New template issued (September update) NOW "
      "COMPLETE",
      2018, {"COMPLETE", "NOW COMPLETE"});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text, "Tracker in use (July Update). COMPLETE");
  EXPECT_EQ(p[1].text, "New template issued (September update) NOW COMPLETE");
  EXPECT_EQ(p[1].as_of.value_or(""), "2018-09");
}

TEST_F(UpdateMarkersTest, NoMarkerOneUpdate) {
  std::vector<UpdatePiece> p = finder_->Split("See 1.7", 2018, {});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].text, "See 1.7");
  EXPECT_FALSE(p[0].as_of);
  EXPECT_TRUE(finder_->Split("   ", 2018, {}).empty());
}

}  // namespace
}  // namespace plantrace
