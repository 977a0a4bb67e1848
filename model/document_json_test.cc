#include "model/document_json.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(DocumentJsonTest, HtmlBlocksHaveNullBBoxAndTablesHaveCells) {
  Document doc;
  doc.source.format = "html";
  doc.source.pages = 1;
  doc.pages.push_back({1, 0, 0, 0});
  Block b;
  b.id = "b1";
  b.kind = BlockKind::kHeading;
  b.level = 2;
  b.text = "1 Background";
  Span span;
  span.text = "1 Background";
  span.bold = true;
  b.spans.push_back(span);
  doc.blocks.push_back(b);
  Table t;
  t.id = "t2";
  t.rows = 1;
  t.cols = 1;
  t.header_rows = 1;
  t.regions.push_back({1, std::nullopt});
  Cell c;
  c.header = true;
  c.text = "Lead";
  t.cells.push_back(c);
  doc.tables.push_back(t);
  doc.reading_order = {"b1", "t2"};

  JsonValue j = DocumentToJson(doc);
  JsonValue block = j.Get("blocks").Items().at(0);
  EXPECT_EQ(block.Get("kind").AsString(), "heading");
  EXPECT_EQ(block.Get("level").AsInt(), 2);
  EXPECT_TRUE(block.Get("bbox").IsNull());
  EXPECT_TRUE(block.Get("spans").Items().at(0).Get("bold").AsBool());
  JsonValue cell = j.Get("tables").Items().at(0).Get("cells").Items().at(0);
  EXPECT_EQ(cell.Get("text").AsString(), "Lead");
  EXPECT_TRUE(cell.Get("header").AsBool());
  EXPECT_EQ(j.Get("reading_order").Size(), 2u);
}

TEST(DocumentJsonTest, CoordinatesAreRoundedToHundredths) {
  Document doc;
  Block b;
  b.id = "b1";
  b.bbox = BBox{72.004, 90.126, 520.4, 130};
  doc.blocks.push_back(b);
  std::string s = DocumentToJson(doc).Dump();
  EXPECT_NE(s.find("[72.0,90.13,520.4,130.0]"), std::string::npos) << s;
}

}  // namespace
}  // namespace plantrace
