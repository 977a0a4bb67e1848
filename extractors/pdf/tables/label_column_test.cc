// The label-column finder (label_column.h) on lines built here: labels
// centred beside groups of entries make a table, and each of its guards
// (short labels, short entries, sentences opening entries, no paragraph
// numbers) turns a changed copy of that table away.
#include "extractors/pdf/tables/label_column.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace plantrace::pdf {
namespace {

constexpr double kSize = 10;  // type size; every line 10 pt high
constexpr double kChar = 5;   // width of a character

// Lines of words, top to bottom; a chunk is a left edge and its text.
class Lines {
 public:
  void Add(double top, const std::vector<std::pair<double, std::string>>& chunks) {
    StreamLine line;
    line.top = top;
    line.bottom = top + kSize;
    line.size = kSize;
    for (const auto& [x0, text] : chunks) {
      StreamChunk chunk;
      double x = x0;
      std::istringstream in(text);
      for (std::string w; in >> w;) {
        Word& word = words_.emplace_back();
        word.text = w;
        word.font_size = kSize;
        word.bbox = BBox{x, top, x + kChar * static_cast<double>(w.size()), top + kSize};
        chunk.words.push_back(&word);
        x = word.bbox.x1 + kChar / 2;
      }
      chunk.x0 = x0;
      chunk.x1 = chunk.words.back()->bbox.x1;
      line.chunks.push_back(std::move(chunk));
    }
    lines_.push_back(std::move(line));
  }
  const std::vector<StreamLine>& lines() const { return lines_; }

 private:
  std::deque<Word> words_;  // stable addresses for the chunks
  std::vector<StreamLine> lines_;
};

constexpr double kLabel = 60, kEntry = 200;

// Two labels, each centred beside a group of two entries of two lines (2 pt
// between the lines of an entry, 8 pt between entries). `label_a` is the
// first label's lines, `second_line` the text opening the second entry.
Lines Groups(const std::vector<std::string>& label_a = {"Culture"},
             const std::string& second_line = "A positive attitude to the",
             const std::vector<std::string>& extra_entry_lines = {}) {
  Lines l;
  // Group A: entries from 100 (to 152 and 12 pt a line more), its label
  // centred on the group.
  const double a_bottom = 152 + 12 * static_cast<double>(extra_entry_lines.size());
  const double a_top = (100 + a_bottom) / 2 - kSize * static_cast<double>(label_a.size()) / 2 -
                       2 * static_cast<double>(label_a.size() - 1) / 2;
  std::vector<std::pair<double, std::pair<double, std::string>>> rows = {
      {100, {kEntry, "Recognition that our own"}}, {112, {kEntry, "behaviour needs to change."}},
      {130, {kEntry, second_line}},               {142, {kEntry, "challenges ahead."}}};
  double y = 154;
  for (const std::string& t : extra_entry_lines) {
    rows.push_back({y, {kEntry, t}});
    y += 12;
  }
  for (size_t k = 0; k < label_a.size(); ++k) rows.push_back({a_top + 12 * static_cast<double>(k), {kLabel, label_a[k]}});
  const double b = y + 6;  // group B's first entry
  rows.push_back({b, {kEntry, "A clear purpose to guide"}});
  rows.push_back({b + 12, {kEntry, "the workforce plan."}});
  rows.push_back({b + 30, {kEntry, "Determination to address"}});
  rows.push_back({b + 42, {kEntry, "recruitment issues."}});
  rows.push_back({b + 26 - kSize / 2, {kLabel, "Workforce"}});
  std::sort(rows.begin(), rows.end(), [](const auto& p, const auto& q) { return p.first < q.first; });
  for (const auto& [top, chunk] : rows) l.Add(top, {chunk});
  return l;
}

TEST(LabelColumn, LabelsCentredBesideGroupsSpanTheirEntries) {
  const std::vector<Grid> g = FindLabelColumnGrids(Groups().lines());
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].rows(), 4);
  EXPECT_EQ(g[0].cols(), 2);
  // The labels' cells span two rows each.
  int spanning = 0;
  for (const GridCell& c : g[0].cells) spanning += c.col == 0 && c.rowspan == 2;
  EXPECT_EQ(spanning, 2);
}

// A paragraph number in the margin is no label (numbered paragraphs).
TEST(LabelColumn, ParagraphNumbersAreNoLabels) {
  EXPECT_TRUE(FindLabelColumnGrids(Groups({"1.1"}).lines()).empty());
}

// A label of five words is prose, as is one of four lines.
TEST(LabelColumn, LongLabelsAreNoLabels) {
  EXPECT_TRUE(FindLabelColumnGrids(Groups({"Roles of a new team"}).lines()).empty());
  EXPECT_TRUE(
      FindLabelColumnGrids(Groups({"Roles", "and", "the", "culture"}, "A positive attitude to the", {"x"}).lines())
          .empty());
}

// A label reaching within an em of the entries' edge is no label.
TEST(LabelColumn, LabelsEndAnEmShortOfTheEntries) {
  EXPECT_TRUE(FindLabelColumnGrids(Groups({"Organisational_developments"}).lines()).empty());
}

// An entry of five lines is a paragraph: no table.
TEST(LabelColumn, EntriesOfFiveLinesAreParagraphs) {
  EXPECT_TRUE(
      FindLabelColumnGrids(Groups({"Culture"}, "A positive attitude to the", {"x", "y", "z"}).lines()).empty());
}

// A line under the band of whitespace opens an entry only when it begins a
// sentence: a lower-case word or a bullet goes on with the entry above (one
// row fewer).
TEST(LabelColumn, EntriesOpenOnASentence) {
  for (const std::string& opening : {"a positive attitude to the", "\u2022 positive attitude to the"}) {
    const std::vector<Grid> g = FindLabelColumnGrids(Groups({"Culture"}, opening).lines());
    // (No table at all is right too: the first label then heads one entry.)
    EXPECT_TRUE(g.empty() || g[0].rows() == 3) << opening;
  }
}

// A first label centred on every entry, a second below them all: no
// division of the entries (and no read past their end).
TEST(LabelColumn, LabelBelowEveryEntryDividesNothing) {
  Lines l;
  for (double top : {100.0, 112.0, 130.0, 142.0, 160.0, 172.0, 190.0, 202.0})
    l.Add(top, {{kEntry, static_cast<int>(top) % 10 == 0 ? "Entry opening here" : "and its end."}});
  std::vector<StreamLine> lines = l.lines();
  Lines labels;
  labels.Add(151, {{kLabel, "Culture"}});
  labels.Add(215, {{kLabel, "Workforce"}});
  lines.insert(lines.begin() + 4, labels.lines()[0]);
  lines.push_back(labels.lines()[1]);
  EXPECT_TRUE(FindLabelColumnGrids(lines).empty());
}

}  // namespace
}  // namespace plantrace::pdf
