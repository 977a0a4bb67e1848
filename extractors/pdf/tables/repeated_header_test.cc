// Unruled tables over two pages whose head (a banner line and a bold head
// row) repeats on the second page, where a row carried over from the first
// page has no first-column text and so runs together with the head.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/pdf/tables/table_finder.h"

namespace plantrace::pdf {
namespace {

// A line of words from x, 10 pt type, 0.5 em per character.
void Text(PageContent* p, const std::string& line, double x, double top, bool bold = false) {
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string::npos) end = line.size();
    Word w;
    w.text = line.substr(start, end - start);
    w.bbox = {x, top, x + 5.0 * static_cast<double>(w.text.size()), top + 11.5};
    w.baseline = top + 9;
    w.font_size = 10;
    w.bold = bold;
    w.font = bold ? "Helvetica-Bold" : "Helvetica";
    w.space_after = true;
    p->words.push_back(w);
    x = w.bbox.x1 + 2.8;
    start = end + 1;
  }
}

PageContent Page(int n) {
  PageContent p;
  p.page = n;
  p.width = 595;
  p.height = 842;
  Text(&p, "Section One Banner", 50, 80, true);
  Text(&p, "Ref", 50, 96, true);
  Text(&p, "Action", 200, 96, true);
  Text(&p, "Owner", 350, 96, true);
  return p;
}

void Row(PageContent* p, double top, const std::string& a, const std::string& b, const std::string& c) {
  if (!a.empty()) Text(p, a, 50, top);
  if (!b.empty()) Text(p, b, 200, top);
  if (!c.empty()) Text(p, c, 350, top);
}

std::string At(const Table& t, int row, int col) {
  for (const Cell& c : t.cells)
    if (c.row == row && c.col == col) return c.text;
  return "<none>";
}

std::vector<PageContent> TwoPages() {
  PageContent one = Page(1), two = Page(2);
  Row(&one, 112, "1.1", "Agree the plan", "Chief Executive");
  Row(&one, 126, "", "with partners", "");
  Row(&one, 142, "1.2", "Publish the report", "Leader");
  Row(&two, 112, "", "in full by June", "");
  Row(&two, 128, "1.3", "Review progress", "Director");
  Row(&two, 142, "1.4", "Close the plan", "Director");
  return {one, two};
}

TEST(RepeatedHeader, BannerBecomesAHeadRowAndTheCarriedRowIsCutFromTheHead) {
  const std::vector<Table> tables = FindTables(TwoPages(), {});
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0];
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.rows, 6);  // banner, head, 1.1 .. 1.4
  EXPECT_EQ(t.header_rows, 2);
  EXPECT_EQ(At(t, 0, 0), "Section One Banner");
  EXPECT_EQ(At(t, 1, 1), "Action");
  EXPECT_EQ(At(t, 3, 0), "1.2");
  EXPECT_EQ(At(t, 3, 1), "Publish the report in full by June");
  EXPECT_EQ(At(t, 4, 0), "1.3");
  EXPECT_EQ(t.regions.size(), 2u);
}

TEST(RepeatedHeader, EachPageKeepsItsHeadWithoutStitching) {
  TableOptions options;
  options.stitch = false;
  const std::vector<Table> tables = FindTables(TwoPages(), options);
  ASSERT_EQ(tables.size(), 2u);
  // The second part's head holds only the head; the carried line is a row.
  EXPECT_EQ(At(tables[1], 1, 1), "Action");
  EXPECT_EQ(At(tables[1], 2, 1), "in full by June");
}

TEST(RepeatedHeader, DifferentBannersAreDifferentTables) {
  std::vector<PageContent> pages = TwoPages();
  for (Word& w : pages[1].words)
    if (w.text == "One") w.text = "Two";
  const std::vector<Table> tables = FindTables(pages, {});
  EXPECT_EQ(tables.size(), 2u);
}

}  // namespace
}  // namespace plantrace::pdf
