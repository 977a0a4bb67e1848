// A column's text running on from line to line (column_runs_on.h), on lines
// built by hand: each sign of running on alone, entries that do not, and
// lines set apart that are no pair.
#include "extractors/pdf/tables/column_runs_on.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using table_testing::W;

// Lines of a two-column table: a first column of refs at x 50, the column
// under test at x 110, one line every `pitch` points (10 pt type, 11.5 pt
// tall lines). The first line's text in the column is long, so that the
// column's edge stands far right and no later word is too wide to have
// fitted on the line above (no sign of wrapping).
class Lines {
 public:
  Lines(const std::vector<std::string>& texts, double pitch) {
    double top = 100;
    for (const std::string& t : texts) {
      words_.push_back(W("1.1", 50, top));
      StreamLine l;
      l.top = top;
      l.bottom = top + 11.5;
      l.size = 10;
      l.chunks.push_back({50, words_.back().bbox.x1, {&words_.back()}});
      StreamChunk c{110, 110, {}};
      double x = 110;
      size_t start = 0;
      while (start < t.size()) {
        size_t end = t.find(' ', start);
        if (end == std::string::npos) end = t.size();
        words_.push_back(W(t.substr(start, end - start), x, top));
        c.words.push_back(&words_.back());
        x = words_.back().bbox.x1 + 2.8;
        c.x1 = words_.back().bbox.x1;
        start = end + 1;
      }
      l.chunks.push_back(c);
      lines_.push_back(l);
      top += pitch;
    }
    for (const StreamLine& l : lines_) ptrs_.push_back(&l);
  }
  bool RunsOn() const {
    return ColumnRunsOn(ptrs_, 1, [](double x) { return x < 100 ? 0 : 1; }, 10);
  }

 private:
  std::deque<Word> words_;  // stable addresses
  std::vector<StreamLine> lines_;
  std::vector<const StreamLine*> ptrs_;
};

const char* kLong = "Assistant Director of Programmes and Performance";

TEST(ColumnRunsOn, CommasAtLineEndsRunOn) {
  EXPECT_TRUE(Lines({kLong, "Leader,", "Deputy,", "Cabinet,", "Member"}, 12).RunsOn());
}

TEST(ColumnRunsOn, LowerCaseLineStartsRunOn) {
  EXPECT_TRUE(Lines({kLong, "Director", "of strategy", "and", "partnerships"}, 12).RunsOn());
}

TEST(ColumnRunsOn, EntriesOfOneWordDoNot) {
  EXPECT_FALSE(Lines({kLong, "Green", "Amber", "Red", "Green"}, 12).RunsOn());
  EXPECT_FALSE(Lines({kLong, "12", "15", "7", "-"}, 12).RunsOn());
}

// Lines further apart than a line's space are rows, not lines of one cell:
// their commas say nothing.
TEST(ColumnRunsOn, LinesSetApartAreNoPairs) {
  EXPECT_FALSE(Lines({kLong, "Leader,", "Deputy,", "Cabinet,", "Member"}, 22).RunsOn());
}

}  // namespace
}  // namespace plantrace::pdf
