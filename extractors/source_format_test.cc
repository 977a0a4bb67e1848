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

// What a refused file looks like, told by content (the names here are
// deliberately misleading).
TEST(DescribeContent, NamesCommonNonPdfFiles) {
  using namespace std::string_literals;
  // A .docx is a ZIP whose parts live under word/.
  EXPECT_STREQ(DescribeContent("PK\x03\x04\x14\x00\x06\x00[Content_Types].xml....word/document.xml"s),
               "Word document");
  EXPECT_STREQ(DescribeContent("PK\x03\x04\x14\x00xl/workbook.xml"s), "Excel workbook");
  EXPECT_STREQ(DescribeContent("PK\x03\x04\x14\x00notes.txt"s), "ZIP archive");
  EXPECT_STREQ(DescribeContent("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"s),
               "Word, Excel or PowerPoint document (old .doc/.xls/.ppt format)");
  EXPECT_STREQ(DescribeContent("{\\rtf1\\ansi hello}"), "RTF document");
  EXPECT_STREQ(DescribeContent("\x89PNG\r\n\x1a\n\x00\x00"s), "PNG image");
  EXPECT_STREQ(DescribeContent("The council agreed the budget.\n"), "plain text");
  EXPECT_STREQ(DescribeContent("<?xml version=\"1.0\"?><root/>"), "XML document");
  EXPECT_STREQ(DescribeContent("\x01\x02\x03\x00\x05"s), "binary data");
  EXPECT_EQ(NotPdfOrHtmlMessage("PK\x03\x04word/"s),
            "not a PDF or HTML file (looks like: Word document)");
}

}  // namespace
}  // namespace plantrace
