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

// UTF-16 with its byte order mark, both byte orders; a BOM alone is not HTML.
TEST(SniffFormatTest, Utf16HtmlByItsByteOrderMark) {
  auto utf16 = [](std::string_view ascii, bool le) {
    std::string out = le ? std::string("\xFF\xFE") : std::string("\xFE\xFF");
    for (char c : ascii) {
      out += le ? std::string{c, '\0'} : std::string{'\0', c};
    }
    return out;
  };
  EXPECT_EQ(SniffFormat(utf16("<!DOCTYPE html><html><body>x", true)), SourceFormat::kHtml);
  EXPECT_EQ(SniffFormat(utf16("  <table><tr><td>1", false)), SourceFormat::kHtml);
  EXPECT_EQ(SniffFormat(utf16("plain words", true)), SourceFormat::kUnknown);
  EXPECT_EQ(SniffFormat("\xFF\xFE"), SourceFormat::kUnknown);
}

}  // namespace
}  // namespace plantrace
