#include "extractors/source_format.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(SniffFormatTest, ByContentNotName) {
  EXPECT_EQ(SniffFormat("%PDF-1.7\n..."), SourceFormat::kPdf);
  EXPECT_EQ(SniffFormat("junk before\n%PDF-1.4"), SourceFormat::kPdf);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF<!DOCTYPE html><html>"), SourceFormat::kHtml);
  EXPECT_EQ(SniffFormat("  <!-- c --> <HTML lang=en>"), SourceFormat::kHtml);
  EXPECT_EQ(SniffFormat("<table><tr><td>1</td></tr></table>"), SourceFormat::kHtml);
  EXPECT_EQ(SniffFormat("hello world"), SourceFormat::kUnknown);
  EXPECT_EQ(SniffFormat(""), SourceFormat::kUnknown);
  EXPECT_EQ(SniffFormat("<!-- never closed"), SourceFormat::kUnknown);
}

}  // namespace
}  // namespace plantrace
