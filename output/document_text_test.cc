#include "output/document_text.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

Document Sample() {
  Document doc;
  Block h;
  h.id = "b1";
  h.kind = BlockKind::kHeading;
  h.level = 2;
  h.text = "Actions";
  doc.blocks.push_back(h);
  Table t;
  t.id = "t2";
  t.rows = 2;
  t.cols = 2;
  auto cell = [](int row, int col, const char* text) {
    Cell c;
    c.row = row;
    c.col = col;
    c.header = row == 0;
    c.text = text;
    return c;
  };
  t.cells = {cell(0, 0, "Aim"), cell(0, 1, "Lead"), cell(1, 0, "Review a|b"),
             cell(1, 1, "CEX\nS151")};
  doc.tables.push_back(t);
  doc.reading_order = {"b1", "t2"};
  return doc;
}

TEST(DocumentTextTest, MarkdownRendersHeadingAndPipeTable) {
  std::string md = DocumentToMarkdown(Sample());
  EXPECT_EQ(md,
            "## Actions\n\n"
            "| Aim | Lead |\n| --- | --- |\n| Review a\\|b | CEX<br>S151 |\n\n");
}

TEST(DocumentTextTest, TextKeepsReadingOrder) {
  std::string txt = DocumentToText(Sample());
  EXPECT_LT(txt.find("Actions"), txt.find("Aim\tLead"));
  EXPECT_NE(txt.find("CEX / S151"), std::string::npos);
}

}  // namespace
}  // namespace plantrace
