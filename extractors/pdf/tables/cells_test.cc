// Cell content: drawn bullets opening list items, and joining a cell's
// parts across a page break (AppendCellContent with the layout hints).
#include "extractors/pdf/tables/cells.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace plantrace::pdf {
namespace {

// Words of one line at `top`, 5 pt per character, 3 pt spaces.
void Line(std::vector<Word>* out, const std::string& text, double x, double top) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    Word w;
    w.text = text.substr(start, end - start);
    w.bbox = {x, top, x + 5.0 * static_cast<double>(w.text.size()), top + 11.5};
    w.baseline = top + 9;
    w.font_size = 10;
    w.font = "Helvetica";
    w.space_after = true;
    out->push_back(w);
    x = w.bbox.x1 + 3;
    start = end + 1;
  }
}

Cell Fill(const std::vector<Word>& words, const CellTextContext& ctx) {
  std::vector<const Word*> ptrs;
  for (const Word& w : words) ptrs.push_back(&w);
  Cell cell;
  cell.parts.push_back(PagePart{1, BBox{0, 0, 300, 200}});
  FillCellText(ptrs, ctx, &cell);
  return cell;
}

TEST(CellText, DrawnBulletsOpenListItems) {
  std::vector<Word> words;
  Line(&words, "Scrutiny will include:", 10, 0);
  Line(&words, "Critical issues by exception.", 24, 12);
  Line(&words, "Equality issues arising from the", 24, 24);
  Line(&words, "budget.", 24, 36);
  CellTextContext ctx;
  // Squares of 3 pt, 6 pt left of the text, beside the first two lines of
  // the items (none beside the wrapped line).
  ctx.marks = {BBox{15, 16, 18, 19}, BBox{15, 28, 18, 31}};
  Cell cell = Fill(words, ctx);
  EXPECT_EQ(cell.text,
            "Scrutiny will include:\nCritical issues by exception.\nEquality issues arising from the budget.");
  EXPECT_EQ(cell.list_items,
            (std::vector<std::string>{"Critical issues by exception.", "Equality issues arising from the budget."}));
}

TEST(CellText, MarksThatAreNoBulletsAreIgnored) {
  std::vector<Word> words;
  Line(&words, "Critical issues by exception.", 24, 0);
  Line(&words, "Equality issues arising from the", 24, 12);
  CellTextContext ctx;
  ctx.marks = {BBox{15, 40, 18, 43},   // below the lines
               BBox{100, 4, 103, 7},   // inside the text, not left of it
               BBox{-20, 16, -17, 19}, // more than 3 em away
               BBox{10, 12, 22, 26}};  // taller than the text
  Cell cell = Fill(words, ctx);
  EXPECT_TRUE(cell.list_items.empty());
  EXPECT_EQ(cell.lines.size(), 1u);
}

TEST(CellText, FillSetsTheBreakHints) {
  std::vector<Word> words;
  Line(&words, "Convening of Youth Seminar", 10, 0);  // "Convening" is 45 pt wide
  Line(&words, "Continuing work", 10, 12);           // ends at x = 83
  CellTextContext ctx;
  ctx.right = 200;
  Cell cell = Fill(words, ctx);
  ASSERT_EQ(cell.parts.size(), 1u);
  EXPECT_DOUBLE_EQ(cell.parts[0].first_word_width, 45);
  EXPECT_DOUBLE_EQ(cell.parts[0].end_room, 200 - 5 - 83 - 3);
}

Cell Part(std::vector<std::string> lines, double end_room, double first_word_width) {
  Cell c;
  for (const std::string& l : lines) {
    if (!c.text.empty()) c.text += '\n';
    c.text += l;
    Span s;
    s.text = (c.lines.empty() ? "" : "\n") + l;
    c.spans.push_back(s);
    c.lines.push_back(l);
  }
  PagePart p{1, BBox{0, 0, 100, 100}};
  p.end_room = end_room;
  p.first_word_width = first_word_width;
  c.parts.push_back(p);
  return c;
}

std::string Joined(const Cell& a, const Cell& b) {
  Cell c = a;
  AppendCellContent(b, &c);
  std::string spans;
  for (const Span& s : c.spans) spans += s.text;
  EXPECT_EQ(spans, c.text);
  return c.text;
}

TEST(AppendCellContent, RoomForTheNextWordEndsTheParagraph) {
  // The first part's last line stopped with 80 pt to spare: a 45 pt word
  // would have fitted, so the paragraph ended at the break.
  EXPECT_EQ(Joined(Part({"Continuing work on network"}, 80, -1), Part({"Convening of Youth Seminar"}, -1, 45)),
            "Continuing work on network\nConvening of Youth Seminar");
  // No room: the paragraph goes on.
  EXPECT_EQ(Joined(Part({"Meetings with the Extended"}, 20, -1), Part({"Leadership Team"}, -1, 45)),
            "Meetings with the Extended Leadership Team");
  // Unknown geometry (another producer, tests): the text rules alone.
  EXPECT_EQ(Joined(Part({"Meetings with the Extended"}, -1, -1), Part({"Leadership Team"}, -1, -1)),
            "Meetings with the Extended Leadership Team");
  // Lower case goes on whatever the room; a closing stop ends it.
  EXPECT_EQ(Joined(Part({"Guidance being developed,"}, 80, -1), Part({"training to follow"}, -1, 40)),
            "Guidance being developed, training to follow");
  EXPECT_EQ(Joined(Part({"Policy agreed."}, 5, -1), Part({"New model in operation"}, -1, 15)),
            "Policy agreed.\nNew model in operation");
}

// Right-to-left lines come off the page in visual order; each line of the
// cell is put back in reading order, lines kept top to bottom.
TEST(CellText, RightToLeftLinesInReadingOrder) {
  std::vector<Word> words;
  Line(&words, "ימוקמ רצות", 10, 0);  // "תוצר מקומי" as drawn
  Line(&words, "לכה ךס", 10, 12);      // "סך הכל" as drawn
  const Cell c = Fill(words, {});
  EXPECT_EQ(c.text, "תוצר מקומי סך הכל");
  Line(&words, "Total", 10, 24);
  EXPECT_EQ(Fill(words, {}).text, "תוצר מקומי סך הכל Total");
}

}  // namespace
}  // namespace plantrace::pdf
