// Bullet glyphs of lists in cells are no column (bullet_column.h), on lines
// built by hand: refs at x 50, bullets at x 120, item text after them.
#include "extractors/pdf/tables/bullet_column.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "extractors/pdf/tables/table_finder_test_util.h"

namespace plantrace::pdf {
namespace {

using table_testing::W;
using Gaps = std::vector<std::pair<double, double>>;

class Lines {
 public:
  // One line: a ref, then (mark, x of the text after it, text); an empty
  // mark sets the text alone at the mark's place.
  void Add(const std::string& mark, double text_x, const std::string& text) {
    const double top = 100 + 12.0 * static_cast<double>(lines_.size());
    std::vector<const Word*> line;
    words_.push_back(W("1.1", 50, top));
    line.push_back(&words_.back());
    if (!mark.empty()) {
      words_.push_back(W(mark, 120, top));
      line.push_back(&words_.back());
    }
    words_.push_back(W(text, text_x, top));
    line.push_back(&words_.back());
    lines_.push_back(line);
  }
  // Gutters: after the refs, after the marks (a glyph is set 15 pt wide
  // here: x 120 to 135).
  Gaps Merged() const {
    Gaps gaps = {{66, 119}, {135.5, 144}};
    MergeBulletColumns(&gaps, lines_);
    return gaps;
  }

 private:
  std::deque<Word> words_;
  std::vector<std::vector<const Word*>> lines_;
};

TEST(BulletColumn, BulletsWithTheirItemsCloseByAreNoColumn) {
  Lines l;
  l.Add("\u2022", 145, "First");
  l.Add("\u2022", 145, "Second");
  EXPECT_EQ(l.Merged(), (Gaps{{66, 119}}));
}

TEST(BulletColumn, OneBulletIsNotEnough) {
  Lines l;
  l.Add("\u2022", 145, "First");
  l.Add("", 145, "Second");
  EXPECT_EQ(l.Merged().size(), 2u);
}

// Text further than two ems after the marks: a column of marks of its own
// (a status column of dots).
TEST(BulletColumn, MarksFarFromTheTextAreAColumn) {
  Lines l;
  l.Add("\u2022", 170, "First");
  l.Add("\u2022", 170, "Second");
  EXPECT_EQ(l.Merged().size(), 2u);
}

// Words standing alone among the marks, more than one for four bullets:
// entries of a column.
TEST(BulletColumn, OtherWordsStandingAloneMakeAColumn) {
  Lines l;
  l.Add("\u2022", 145, "First");
  l.Add("\u2022", 145, "Second");
  l.Add("Yes", 170, "Third");
  l.Add("No", 170, "Fourth");
  EXPECT_EQ(l.Merged().size(), 2u);
}

}  // namespace
}  // namespace plantrace::pdf
