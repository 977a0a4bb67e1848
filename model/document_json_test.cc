#include "model/document_json.h"

#include <sstream>

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

// extract --format json writes the document without a tree: its text must
// be what the library itself lays out for the same values.
TEST(DocumentJsonTest, WrittenTextIsTheLibrarysLayout) {
  Document doc;
  doc.source = {"a/b.pdf", "ab12", "pdf", 2, "Producer \"x\"", "Plan", "", "2024-01-02"};
  doc.pages.push_back({1, 595.276, 841.89, 90});
  PageInfo scanned{2, 595, 842, 0};
  scanned.ocr = true;
  scanned.ocr_confidence = 0.876;
  doc.pages.push_back(scanned);
  Block h;
  h.id = "b1";
  h.kind = BlockKind::kHeading;
  h.level = 1;
  h.bbox = BBox{72.004, 90.126, 520.4, 130};
  h.text = "Caf\xc3\xa9 \xff";
  Span span;
  span.text = h.text;
  span.font = "Arial-BoldMT";
  span.size = 11.96;
  span.color = "#1f3864";
  h.spans = {span, Span{}};
  Block item = h;
  item.id = "b2";
  item.kind = BlockKind::kListItem;
  item.marker = "(a)";
  item.bbox.reset();
  item.spans.clear();
  doc.blocks = {h, item};
  Table t;
  t.id = "t3";
  t.rows = 1;
  t.cols = 2;
  t.regions = {{1, BBox{1, 2, 3, 4}}, {2, std::nullopt}};
  Cell c;
  c.text = "Lead";
  c.lines = {"Lead"};
  c.parts = {{1, BBox{1.005, 2, 3, 4}}};
  Cell d = c;
  d.col = 1;
  d.colspan = 1;
  d.list_items = {"one", "two"};
  t.cells = {c, d};
  doc.tables = {t, Table{}};
  doc.reading_order = {"b1", "b2", "t3"};
  doc.warnings = {"page 2: scanned"};

  std::ostringstream line, pretty;
  WriteDocumentJson(doc, line, -1);
  WriteDocumentJson(doc, pretty, 1);
  const JsonValue tree = JsonValue::Parse(line.str(), "written").value();
  EXPECT_EQ(pretty.str(), tree.Dump(1));
  EXPECT_EQ(line.str(), tree.Dump());
  EXPECT_EQ(DocumentToJson(doc).Dump(1), pretty.str());
  EXPECT_NE(line.str().find("\"width\":595.28,\"height\":841.89"), std::string::npos);
}

}  // namespace
}  // namespace plantrace
