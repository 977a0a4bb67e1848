// The PDF extractor on small PDFs made by tests/data/make_test_pdfs.py:
// bold, underline, superscript, a ruled box, two columns, running text.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "corpus/file_bytes.h"
#include "extractors/extract.h"
#include "extractors/pdf/reader/page_reader.h"

namespace plantrace {
namespace {

std::string DataFile(const char* name) {
  return std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name;
}

Document Extract(const char* name) {
  Result<Document> doc = ExtractFile(DataFile(name), ExtractOptions{});
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc.value() : Document{};
}

const Block* FindBlock(const Document& doc, const std::string& start) {
  for (const Block& b : doc.blocks) {
    if (b.text.rfind(start, 0) == 0) return &b;
  }
  return nullptr;
}

const Span* FindSpan(const Block& b, const std::string& text) {
  for (const Span& s : b.spans) {
    if (s.text == text || s.text == text + " ") return &s;
  }
  return nullptr;
}

TEST(PdfFilesTest, BoldWordIsABoldSpan) {
  const Document doc = Extract("styles.pdf");
  const Block* b = FindBlock(doc, "Plain words");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "Plain words then a bold word then plain.");
  const Span* bold = FindSpan(*b, "bold");
  ASSERT_NE(bold, nullptr);
  EXPECT_TRUE(bold->bold);
  EXPECT_EQ(bold->font, "Helvetica-Bold");
  EXPECT_FALSE(b->spans.front().bold);
  const Block* title = FindBlock(doc, "Styles Test Report");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->kind, BlockKind::kHeading);
  EXPECT_EQ(title->level, 1);
}

TEST(PdfFilesTest, RuledNameIsUnderlined) {
  const Document doc = Extract("styles.pdf");
  const Block* b = FindBlock(doc, "Lead:");
  ASSERT_NE(b, nullptr);
  const Span* name = FindSpan(*b, "City Solicitor");
  ASSERT_NE(name, nullptr);
  EXPECT_TRUE(name->underline);
  EXPECT_FALSE(b->spans.front().underline);
}

TEST(PdfFilesTest, RaisedSmallTextIsSuperscript) {
  const Document doc = Extract("styles.pdf");
  const Block* b = FindBlock(doc, "the 21");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->text, "the 21st Century guidance (Solace and CIPFA)3");
  const Span* st = FindSpan(*b, "st");
  ASSERT_NE(st, nullptr);
  EXPECT_TRUE(st->superscript);
  ASSERT_FALSE(b->spans.empty());
  EXPECT_EQ(b->spans.back().text, "3");
  EXPECT_TRUE(b->spans.back().superscript);
  EXPECT_FALSE(b->spans.front().superscript);
}

TEST(PdfFilesTest, RulesOfABoxComeOutInPageCoordinates) {
  Result<std::string> bytes = ReadFileBytes(DataFile("styles.pdf"), 1 << 20);
  ASSERT_TRUE(bytes.ok());
  Result<pdf::PdfPages> pages = pdf::ReadPdfPages(bytes.value(), "styles.pdf", ExtractOptions{});
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->pages.size(), 1u);
  // The box: reportlab x 100..300, y 500..600 from the bottom of an
  // 841.89-pt page, so top 241.89 and bottom 341.89 from the top.
  int top = 0, bottom = 0, left = 0, right = 0;
  for (const pdf::Rule& r : pages->pages[0].rules) {
    const double y = (r.bbox.top + r.bbox.bottom) / 2, x = (r.bbox.x0 + r.bbox.x1) / 2;
    if (r.horizontal() && std::abs(r.bbox.x0 - 100) < 1 && std::abs(r.bbox.x1 - 300) < 1) {
      if (std::abs(y - 241.89) < 1) ++top;
      if (std::abs(y - 341.89) < 1) ++bottom;
    }
    if (!r.horizontal() && std::abs(r.bbox.top - 241.89) < 1 && std::abs(r.bbox.bottom - 341.89) < 1) {
      if (std::abs(x - 100) < 1) ++left;
      if (std::abs(x - 300) < 1) ++right;
    }
  }
  EXPECT_EQ(top, 1);
  EXPECT_EQ(bottom, 1);
  EXPECT_EQ(left, 1);
  EXPECT_EQ(right, 1);
  // The text inside the box is a block of its own, inside the box.
  const Document doc = Extract("styles.pdf");
  const Block* inside = FindBlock(doc, "Inside the box");
  ASSERT_NE(inside, nullptr);
  EXPECT_GT(inside->bbox->top, 241.89);
  EXPECT_LT(inside->bbox->bottom, 341.89);
}

TEST(PdfFilesTest, TwoColumnsReadLeftThenRight) {
  const Document doc = Extract("two_columns.pdf");
  // Paragraph01 … Paragraph14 flow down the left column, then the right,
  // then over the page: their order in the blocks is their number order.
  std::vector<int> numbers;
  for (const Block& b : doc.blocks) {
    if (b.text.rfind("Paragraph", 0) == 0) numbers.push_back(std::stoi(b.text.substr(9, 2)));
  }
  ASSERT_EQ(numbers.size(), 14u);
  EXPECT_TRUE(std::is_sorted(numbers.begin(), numbers.end()));
  // A paragraph that continues at the top of the right column stays in its
  // column: no block mixes the two columns.
  for (const Block& b : doc.blocks) {
    EXPECT_TRUE(b.bbox->x1 < 300 || b.bbox->x0 > 290) << b.text;
  }
}

TEST(PdfFilesTest, RunningHeaderAndPageNumbersAreMarked) {
  const Document doc = Extract("running.pdf");
  int headers = 0, footers = 0, paragraphs = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeader) {
      ++headers;
      EXPECT_EQ(b.text, "Birmingham City Council - Governance Report");
    } else if (b.kind == BlockKind::kFooter) {
      ++footers;
      EXPECT_EQ(b.text, "Page " + std::to_string(b.page) + " of 3");
    } else {
      ++paragraphs;
      EXPECT_EQ(b.kind, BlockKind::kParagraph) << b.text;
    }
  }
  EXPECT_EQ(headers, 3);
  EXPECT_EQ(footers, 3);
  EXPECT_EQ(paragraphs, 3);  // twelve body lines per page join into one paragraph
}

TEST(PdfFilesTest, EncryptedPdfIsRefusedAsUnsupported) {
  Result<Document> doc = ExtractFile(DataFile("encrypted.pdf"), ExtractOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(doc.status().ToString().find("encrypted.pdf"), std::string::npos);
}

}  // namespace
}  // namespace plantrace
