// Golden tests over the corpus PDFs.
//
// Coverage: for every corpus PDF, the text plantrace extracts (blocks
// and table cells) holds at least 99% of the word tokens that Poppler's own
// pdftotext finds. Tokens are compared as multisets after the same
// clean-up on both sides (CleanText; hyphens removed inside tokens, so
// "manage-" + "ment", "management" and "manage-ment" all count as one word).
// Tables are read unstitched (see below). A list item's bullet glyph counts as extracted: the model keeps it as the
// block's marker.
#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

constexpr double kMinCoverage = 0.99;
constexpr double kMinOcrCoverage = 0.95;

std::map<std::string, size_t> Tokens(const std::string& text) {
  std::map<std::string, size_t> bag;
  std::istringstream in(CleanText(text));
  for (std::string t; in >> t;) {
    std::string k;
    for (char c : t) {
      if (c != '-') k += c;
    }
    if (!k.empty()) ++bag[k];
  }
  return bag;
}

// pdftotext's text of the file, line-end hyphens joined to the next line.
bool PdfToText(const std::string& path, std::string* out) {
  const std::string cmd = "pdftotext -enc UTF-8 '" + path + "' - 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) return false;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe.get())) > 0) out->append(buf, n);
  std::string joined;
  for (size_t i = 0; i < out->size(); ++i) {
    if ((*out)[i] == '-' && i + 1 < out->size() && (*out)[i + 1] == '\n') {
      ++i;  // "manage-\nment" -> "manage-ment"
      continue;
    }
    joined += (*out)[i];
  }
  *out = joined;
  return true;
}

std::vector<std::string> CorpusPdfs() {
  const std::filesystem::path dir = std::filesystem::path(PLANTRACE_SOURCE_DIR) / "corpus" / "pdf";
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".pdf") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ExtractedText(const Document& doc) {
  std::string text;
  for (const Block& b : doc.blocks) {
    // A bullet glyph is dropped from the text but kept as the marker.
    if (!b.marker.empty() && b.text.compare(0, b.marker.size(), b.marker) != 0) text += b.marker + " ";
    text += b.text + "\n";
  }
  for (const Table& t : doc.tables) {
    for (const Cell& c : t.cells) text += c.text + "\n";
  }
  return text;
}

// The share of the word tokens pdftotext finds in `reference_pdf` that
// `doc` holds; `sample` gets a few of those it misses.
double Coverage(const std::string& reference_pdf, const Document& doc, std::string* sample) {
  std::string reference;
  EXPECT_TRUE(PdfToText(reference_pdf, &reference)) << "cannot run pdftotext (poppler-utils)";
  const auto want = Tokens(reference);
  EXPECT_FALSE(want.empty()) << "pdftotext found no words in " << reference_pdf
                             << ": is poppler-utils installed?";
  const auto got = Tokens(ExtractedText(doc));
  size_t total = 0, covered = 0, shown = 0;
  for (const auto& [token, n] : want) {
    total += n;
    const auto it = got.find(token);
    const size_t have = it == got.end() ? 0 : std::min(n, it->second);
    covered += have;
    if (have < n && shown++ < 10) *sample += " '" + token + "'";
  }
  const double coverage = total ? static_cast<double>(covered) / static_cast<double>(total) : 0;
  std::printf("coverage %-60s %6zu/%6zu words %7.3f%%\n",
              std::filesystem::path(reference_pdf).filename().c_str(), covered, total,
              100 * coverage);
  return coverage;
}

TEST(PdfCoverageTest, ExtractedTextCoversPdftotextWords) {
  const std::vector<std::string> files = CorpusPdfs();
  ASSERT_FALSE(files.empty()) << "no PDFs in corpus/pdf";
  for (const std::string& file : files) {
    // Stitching drops the header rows a table repeats on every page, words
    // pdftotext rightly counts each time: compare one table per page region.
    ExtractOptions options;
    options.stitch_tables = false;
    Result<Document> doc = ExtractFile(file, options);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    for (const PageInfo& p : doc->pages) EXPECT_FALSE(p.ocr) << file << " page " << p.page;
    std::string sample;
    EXPECT_GE(Coverage(file, doc.value(), &sample), kMinCoverage)
        << file << " misses, for example:" << sample;
  }
}

// A scanned paper: the 2019 addendum (2 pages) rasterised at 200 dpi in
// greyscale and rebuilt as an image-only PDF, as a scanner would give it, is
// read by OCR; its words must cover 95% of the original's. (Only this small
// paper here: OCR takes seconds a page, more under the sanitizers; the
// 7-page 2023 plan is measured in bench/ocr_bench.sh.)
TEST(PdfCoverageTest, ScannedPaperByOcrCoversTheOriginalsWords) {
  const std::string original = std::string(PLANTRACE_SOURCE_DIR) +
                               "/corpus/pdf/bcc-2019-improvement-programme-addendum.pdf";
  const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / ("ocr_coverage_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string scan = (dir / "addendum.scan.pdf").string();
  const std::string make = "pdftoppm -r 200 -gray -png '" + original + "' '" + (dir / "p").string() +
                           "' && img2pdf '" + (dir / "p").string() + "'-*.png -o '" + scan + "'";
  ASSERT_EQ(std::system(make.c_str()), 0) << "needs pdftoppm (poppler-utils) and img2pdf";
  Result<Document> doc = ExtractFile(scan, ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->pages.size(), 2u);
  for (const PageInfo& p : doc->pages) {
    EXPECT_TRUE(p.ocr) << "page " << p.page;
    EXPECT_GT(p.ocr_confidence, 0.85) << "page " << p.page;
  }
  EXPECT_TRUE(doc->warnings.empty()) << doc->warnings.front();
  std::string sample;
  EXPECT_GE(Coverage(original, doc.value(), &sample), kMinOcrCoverage)
      << "the scan misses, for example:" << sample;
  std::filesystem::remove_all(dir);
}

// The corpus PDFs are printed from the HTML, so its <h1>–<h6> are the truth
// for headings: each must come out as a heading block of the same level.
TEST(PdfGoldenTest, HeadingsMatchTheHtmlHeadings) {
  const std::vector<std::string> files = CorpusPdfs();
  ASSERT_FALSE(files.empty());
  const std::regex heading(R"(<h([1-6])[^>]*>([\s\S]*?)</h\1>)");
  const std::regex tag(R"(<[^>]+>)");
  for (const std::string& pdf : files) {
    std::string html_path = pdf;
    html_path.replace(html_path.rfind("/pdf/"), 5, "/html/");
    html_path.replace(html_path.size() - 4, 4, ".html");
    std::ifstream in(html_path);
    ASSERT_TRUE(in) << html_path;
    const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Result<Document> doc = ExtractFile(pdf, ExtractOptions{});
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    size_t found = 0, total = 0;
    for (std::sregex_iterator it(html.begin(), html.end(), heading), end; it != end; ++it) {
      const int level = std::stoi((*it)[1].str());
      const std::string text = CollapseSpaces(std::regex_replace((*it)[2].str(), tag, " "));
      ++total;
      bool ok = false;
      for (const Block& b : doc->blocks) {
        ok = ok || (b.kind == BlockKind::kHeading && b.level == level && CollapseSpaces(b.text) == text);
      }
      if (ok) {
        ++found;
      } else {
        ADD_FAILURE() << pdf << ": <h" << level << "> \"" << text << "\" is not a heading of level " << level;
      }
    }
    std::printf("headings %-60s %3zu/%3zu\n", std::filesystem::path(pdf).filename().c_str(), found, total);
  }
}

}  // namespace
}  // namespace plantrace
