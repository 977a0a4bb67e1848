// Tables set sideways: the page turned so their text reads upright, boxes
// turned back (synthetic pages and a ReportLab PDF, tests/data/rl_rotated.pdf).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/extract.h"
#include "extractors/pdf/tables/orientation.h"
#include "extractors/pdf/tables/table_finder.h"

namespace plantrace::pdf {
namespace {

constexpr double kW = 595, kH = 842;

// A box given in the upright frame of text running up the page (rotation 3,
// a frame kH wide and kW tall) placed on the portrait page.
BBox OnPage(const BBox& u) {
  PageContent p;
  p.width = kW;
  p.height = kH;
  return BoxOnPage(u, p, 3);
}

void Word3(PageContent* p, const std::string& text, double x, double top) {
  Word w;
  w.text = text;
  const BBox u{x, top, x + 5.0 * static_cast<double>(text.size()), top + 11.5};
  w.bbox = OnPage(u);
  w.baseline = u.top + 9;  // an x on the page: upright y = page x for rotation 3
  w.font_size = 10;
  w.rotation = 3;
  w.space_after = true;
  p->words.push_back(w);
}

void Rule(PageContent* p, const BBox& u) { p->rules.push_back({OnPage(u)}); }

// A 4x3 ruled table laid out upright, then printed running up the page.
PageContent SidewaysPage() {
  PageContent p;
  p.width = kW;
  p.height = kH;
  const std::vector<double> xs = {100, 250, 350, 450}, ys = {100, 120, 140, 160, 180};
  for (double y : ys) Rule(&p, {xs.front(), y - 0.25, xs.back(), y + 0.25});
  for (double x : xs) Rule(&p, {x - 0.25, ys.front(), x + 0.25, ys.back()});
  const char* text[4][3] = {
      {"Service", "2015", "2016"}, {"Highways", "45.7", "47.0"}, {"Libraries", "12.3", "10.9"}, {"Waste", "60.2", "61.8"}};
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 3; ++c) Word3(&p, text[r][c], xs[c] + 4, ys[r] + 4);
  return p;
}

TEST(Orientation, UprightViewTurnsBoxesAndBack) {
  PageContent p = SidewaysPage();
  const PageContent v = UprightView(p, 3);
  EXPECT_DOUBLE_EQ(v.width, kH);
  EXPECT_DOUBLE_EQ(v.height, kW);
  ASSERT_EQ(v.words.size(), 12u);
  EXPECT_EQ(v.words[0].rotation, 0);
  EXPECT_NEAR(v.words[0].bbox.x0, 104, 1e-9);
  EXPECT_NEAR(v.words[0].bbox.top, 104, 1e-9);
  EXPECT_NEAR(v.words[0].baseline, 113, 1e-9);
  const BBox back = BoxOnPage(v.words[0].bbox, p, 3);
  EXPECT_NEAR(back.x0, p.words[0].bbox.x0, 1e-9);
  EXPECT_NEAR(back.bottom, p.words[0].bbox.bottom, 1e-9);
}

TEST(Orientation, SidewaysTableReadUpright) {
  PageContent p = SidewaysPage();
  ASSERT_EQ(SidewaysDirections(p), std::vector<int>{3});
  std::vector<Table> t = FindTables({p}, {});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].rows, 4);
  EXPECT_EQ(t[0].cols, 3);
  EXPECT_EQ(t[0].cells[0].text, "Service");
  EXPECT_EQ(t[0].cells[2].text, "2016");
  EXPECT_EQ(t[0].cells[3].text, "Highways");
  // The region is on the portrait page: tall and narrow.
  const BBox r = t[0].regions[0].bbox.value();
  const BBox want = OnPage({100, 100, 450, 180});
  EXPECT_NEAR(r.x0, want.x0, 1.5);
  EXPECT_NEAR(r.top, want.top, 1.5);
  EXPECT_NEAR(r.x1, want.x1, 1.5);
  EXPECT_NEAR(r.bottom, want.bottom, 1.5);
  EXPECT_GT(r.height(), r.width());
}

TEST(Orientation, FewSidewaysWordsMakeNoTableOfTheirOwn) {
  // A vertical header label or two among upright text: no sideways pass.
  PageContent p;
  p.width = kW;
  p.height = kH;
  for (int i = 0; i < 40; ++i) {
    Word w;
    w.text = "word";
    w.bbox = {72.0 + 30 * (i % 10), 100.0 + 14 * (i / 10), 92.0 + 30 * (i % 10), 111.0 + 14 * (i / 10)};
    w.font_size = 10;
    p.words.push_back(w);
  }
  Word3(&p, "Total", 300, 300);
  EXPECT_TRUE(SidewaysDirections(p).empty());
}

Document Extract(const std::string& name) {
  ExtractOptions o;
  Result<Document> d = ExtractFile(std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name, o);
  EXPECT_TRUE(d.ok());
  return d.ok() ? d.value() : Document{};
}

// Turned anticlockwise (page 1), clockwise (page 2), and a /Rotate 90 page
// (page 3): each read as the same upright 6x4 table.
TEST(Orientation, ReportLabSidewaysTables) {
  Document d = Extract("rl_rotated.pdf");
  ASSERT_EQ(d.tables.size(), 3u);
  for (const Table& t : d.tables) {
    EXPECT_EQ(t.rows, 6);
    EXPECT_EQ(t.cols, 4);
    ASSERT_EQ(t.cells.size(), 24u);
    EXPECT_EQ(t.cells[0].text, "Service");
    EXPECT_EQ(t.cells[4].text, "Adult social care");
    EXPECT_EQ(t.cells[7].text, "+3.5%");
    EXPECT_EQ(t.header_rows, 1);
  }
  // Pages 1 and 2 are portrait: the sideways tables' regions are tall.
  EXPECT_GT(d.tables[0].regions[0].bbox->height(), d.tables[0].regions[0].bbox->width());
  EXPECT_GT(d.tables[1].regions[0].bbox->height(), d.tables[1].regions[0].bbox->width());
  EXPECT_LT(d.tables[2].regions[0].bbox->height(), d.tables[2].regions[0].bbox->width());
}

}  // namespace
}  // namespace plantrace::pdf
