// Scanned pages: which pages are read by OCR, and what comes out of an
// image-only PDF (tests/data/scanned_*.pdf, made by make_scanned_pdfs.sh
// from the born-digital rl_*.pdf beside them) compared with its original.
#include "extractors/pdf/scanned_pages.h"

#include <unistd.h>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/file_bytes.h"
#include "extractors/extract.h"
#include "extractors/pdf/ocr/ruled_lines.h"
#include "extractors/pdf/reader/page_reader.h"
#include "extractors/pdf/reader/page_renderer.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

std::string DataFile(const char* name) {
  return std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/" + name;
}

Document Extract(const char* name, OcrMode mode = OcrMode::kAuto) {
  ExtractOptions options;
  options.ocr = mode;
  Result<Document> doc = ExtractFile(DataFile(name), options);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc.value() : Document{};
}

pdf::PageContent PageWith(size_t chars, double image_share) {
  pdf::PageContent page;
  page.width = 600;
  page.height = 800;
  if (chars) {
    pdf::Word word;
    word.text = std::string(chars, 'x');
    word.bbox = BBox{10, 10, 50, 20};
    page.words.push_back(word);
  }
  if (image_share > 0) page.images.push_back({BBox{0, 0, 600, 800 * image_share}});
  return page;
}

TEST(ScannedPagesTest, WhichPagesLackATextLayer) {
  EXPECT_FALSE(pdf::LacksTextLayer(PageWith(0, 0))) << "a blank page has nothing to read";
  EXPECT_TRUE(pdf::LacksTextLayer(PageWith(0, 1.0))) << "a page that is one image";
  EXPECT_TRUE(pdf::LacksTextLayer(PageWith(0, 0.2))) << "no text at all, a small image";
  EXPECT_TRUE(pdf::LacksTextLayer(PageWith(3, 0.9))) << "a page number stamped on a scan";
  EXPECT_FALSE(pdf::LacksTextLayer(PageWith(3, 0.2))) << "a short born-digital page";
  EXPECT_FALSE(pdf::LacksTextLayer(PageWith(400, 1.0))) << "text over a background image";
  pdf::PageContent outlines = PageWith(0, 0);
  outlines.rules.push_back({BBox{10, 10, 300, 11}});
  EXPECT_TRUE(pdf::LacksTextLayer(outlines)) << "letters drawn as paths are worth reading";
}

TEST(ScannedPagesTest, ReaderNotesWhereImagesArePainted) {
  const std::string bytes = ReadFileBytes(DataFile("scanned_rl_ruled.pdf"), size_t{1} << 24).value();
  Result<pdf::PdfPages> pages = pdf::ReadPdfPages(bytes, "scanned_rl_ruled.pdf", ExtractOptions{});
  ASSERT_TRUE(pages.ok()) << pages.status().ToString();
  ASSERT_EQ(pages->pages.size(), 1u);
  const pdf::PageContent& page = pages->pages[0];
  EXPECT_TRUE(page.words.empty());
  ASSERT_EQ(page.images.size(), 1u);
  EXPECT_NEAR(page.images[0].bbox.width(), page.width, 1.0);
  EXPECT_NEAR(page.images[0].bbox.height(), page.height, 1.0);
  EXPECT_TRUE(pdf::LacksTextLayer(page));
}

TEST(ScannedPagesTest, RendererDrawsThePageAsDisplayed) {
  const std::string bytes = ReadFileBytes(DataFile("rl_ruled.pdf"), size_t{1} << 24).value();
  auto renderer = pdf::PageRenderer::Open(bytes, "rl_ruled.pdf");
  ASSERT_TRUE(renderer.ok()) << renderer.status().ToString();
  Result<pdf::GreyImage> image = renderer.value()->RenderGrey(1, 72, 40e6, 30);
  ASSERT_TRUE(image.ok()) << image.status().ToString();
  EXPECT_NEAR(image->width, 595, 1);  // A4 at 72 dpi
  EXPECT_NEAR(image->height, 842, 1);
  const size_t dark = static_cast<size_t>(
      std::count_if(image->pixels.begin(), image->pixels.end(), [](uint8_t p) { return p < 128; }));
  EXPECT_GT(dark, 1000u) << "text and rules are drawn";
  EXPECT_LT(dark, image->pixels.size() / 5) << "on a white page";
  // The pixel budget lowers the resolution instead of refusing the page.
  Result<pdf::GreyImage> capped = renderer.value()->RenderGrey(1, 300, 595.0 * 842.0, 30);
  ASSERT_TRUE(capped.ok());
  EXPECT_LE(capped->width * capped->height, 596 * 843);
  EXPECT_FALSE(renderer.value()->RenderGrey(2, 72, 40e6, 30).ok()) << "there is no page 2";
}

TEST(ScannedPagesTest, RuledLinesOfTheImageMatchTheDrawnRules) {
  const std::string bytes = ReadFileBytes(DataFile("rl_ruled.pdf"), size_t{1} << 24).value();
  Result<pdf::PdfPages> pages = pdf::ReadPdfPages(bytes, "rl_ruled.pdf", ExtractOptions{});
  ASSERT_TRUE(pages.ok());
  auto renderer = pdf::PageRenderer::Open(bytes, "rl_ruled.pdf");
  ASSERT_TRUE(renderer.ok());
  Result<pdf::GreyImage> image = renderer.value()->RenderGrey(1, 300, 40e6, 30);
  ASSERT_TRUE(image.ok());
  const pdf::RuledLines lines = pdf::FindRuledLines(image.value());
  const double pt = 72.0 / image->dpi;
  ASSERT_FALSE(pages->pages[0].rules.empty());
  // Every drawn rule is covered by a found line along the same axis.
  for (const pdf::Rule& rule : pages->pages[0].rules) {
    const bool horizontal = rule.horizontal();
    bool covered = false;
    for (const pdf::PixelBox& b : horizontal ? lines.horizontal : lines.vertical) {
      const BBox f{b.x0 * pt, b.y0 * pt, b.x1 * pt, b.y1 * pt};
      const double across = horizontal ? std::fabs((f.top + f.bottom) / 2 - (rule.bbox.top + rule.bbox.bottom) / 2)
                                       : std::fabs((f.x0 + f.x1) / 2 - (rule.bbox.x0 + rule.bbox.x1) / 2);
      const bool spans = horizontal ? f.x0 <= rule.bbox.x0 + 2 && f.x1 >= rule.bbox.x1 - 2
                                    : f.top <= rule.bbox.top + 2 && f.bottom >= rule.bbox.bottom - 2;
      covered = covered || (across < 1.5 && spans);
    }
    EXPECT_TRUE(covered) << (horizontal ? "horizontal" : "vertical") << " rule at " << rule.bbox.x0
                         << "," << rule.bbox.top << " not found in the image";
  }
  // No glyph is taken for a line: as many lines as rules (rules of one
  // border drawn as several segments may be found as one line).
  EXPECT_LE(lines.horizontal.size() + lines.vertical.size(), pages->pages[0].rules.size());
}

std::vector<std::vector<std::string>> Grid(const Table& t) {
  std::vector<std::vector<std::string>> grid(static_cast<size_t>(t.rows),
                                             std::vector<std::string>(static_cast<size_t>(t.cols)));
  for (const Cell& c : t.cells) grid[static_cast<size_t>(c.row)][static_cast<size_t>(c.col)] = c.text;
  return grid;
}

// The scanned page reads as its original: the same table, cell for cell.
void ExpectSameTables(const char* original, const char* scanned) {
  const Document want = Extract(original);
  const Document got = Extract(scanned);
  ASSERT_EQ(got.pages.size(), 1u);
  EXPECT_TRUE(got.pages[0].ocr);
  EXPECT_FALSE(want.pages[0].ocr) << "born-digital pages are never OCR'd";
  EXPECT_GT(got.pages[0].ocr_confidence, 0.85);
  EXPECT_TRUE(got.warnings.empty()) << got.warnings.front();
  ASSERT_EQ(want.tables.size(), 1u);
  ASSERT_EQ(got.tables.size(), 1u);
  EXPECT_EQ(Grid(got.tables[0]), Grid(want.tables[0]));
  EXPECT_EQ(got.tables[0].header_rows, want.tables[0].header_rows);
  ASSERT_FALSE(got.blocks.empty());
  EXPECT_EQ(got.blocks[0].text, want.blocks[0].text);
}

TEST(ScannedPagesTest, RuledTableFromTheImageLines) {
  ExpectSameTables("rl_ruled.pdf", "scanned_rl_ruled.pdf");
}

TEST(ScannedPagesTest, UnruledTableFromWordAlignment) {
  ExpectSameTables("rl_unruled.pdf", "scanned_rl_unruled.pdf");
}

// Bold is not reported by OCR; it is read from the strokes' width. The scan
// is made here (pdftoppm, img2pdf) from styles.pdf, one bold word in a line.
TEST(ScannedPagesTest, BoldWordOfAScanIsBold) {
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / ("ocr_bold_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string scan = (dir / "styles.scan.pdf").string();
  const std::string make = "pdftoppm -r 200 -gray -png '" + DataFile("styles.pdf") + "' '" +
                           (dir / "p").string() + "' && img2pdf '" + (dir / "p").string() +
                           "'-*.png -o '" + scan + "'";
  ASSERT_EQ(std::system(make.c_str()), 0) << "needs pdftoppm (poppler-utils) and img2pdf";
  Result<Document> doc = ExtractFile(scan, ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const Block* line = nullptr;
  for (const Block& b : doc->blocks) {
    if (b.text.rfind("Plain words", 0) == 0) line = &b;
  }
  ASSERT_NE(line, nullptr);
  // The spans of the line: plain, bold, plain.
  ASSERT_GE(line->spans.size(), 3u);
  EXPECT_EQ(line->spans[0].text, "Plain words then a ");
  EXPECT_FALSE(line->spans[0].bold);
  EXPECT_EQ(CollapseSpaces(line->spans[1].text), "bold");
  EXPECT_TRUE(line->spans[1].bold);
  EXPECT_FALSE(line->spans[2].bold) << line->spans[2].text;
  std::filesystem::remove_all(dir);
}

TEST(ScannedPagesTest, OcrNeverLeavesTheScanUnreadWithAWarning) {
  const Document doc = Extract("scanned_rl_ruled.pdf", OcrMode::kNever);
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_FALSE(doc.pages[0].ocr);
  ASSERT_FALSE(doc.warnings.empty());
  EXPECT_NE(doc.warnings[0].find("scanned_rl_ruled.pdf: page 1 has no text layer"), std::string::npos)
      << doc.warnings[0];
}

TEST(ScannedPagesTest, OcrAlwaysReadsABornDigitalPageToo) {
  const Document doc = Extract("rl_ruled.pdf", OcrMode::kAlways);
  EXPECT_TRUE(doc.pages[0].ocr);
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks[0].text, Extract("rl_ruled.pdf").blocks[0].text);
}

}  // namespace
}  // namespace plantrace
