#include "extractors/pdf/reader/page_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace plantrace::pdf {
namespace {

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

const std::string kPaper = std::string(PLANTRACE_SOURCE_DIR) + "/corpus/pdf/bcc-2019-improvement-programme-addendum.pdf";

TEST(PageReader, StopsAtTheDeadline) {
  const std::string bytes = Bytes(kPaper);
  ExtractOptions options;
  options.max_seconds = -1;  // already past: the first check stops it
  Result<PdfPages> r = ReadPdfPages(bytes, kPaper, options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kResourceLimit);
  EXPECT_NE(r.status().why().find("reading took longer than"), std::string::npos) << r.status().ToString();
}

TEST(PageReader, ReadsWithinTheDeadline) {
  const std::string bytes = Bytes(kPaper);
  Result<PdfPages> r = ReadPdfPages(bytes, kPaper, ExtractOptions{});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_FALSE(r->pages.empty());
  EXPECT_FALSE(r->pages[0].words.empty());
  EXPECT_EQ(r->pages[0].words[0].color.size(), 7u);  // "#rrggbb"
  EXPECT_EQ(r->pages[0].words[0].color[0], '#');
}

}  // namespace
}  // namespace plantrace::pdf
