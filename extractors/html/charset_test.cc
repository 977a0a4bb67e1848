#include "extractors/html/charset.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(Charset, ByteOrderMarkWins) {
  const std::string bytes = "\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>x";
  const CharsetGuess g = DetectCharset(bytes);
  EXPECT_EQ(g.name, "UTF-8");
  EXPECT_EQ(g.bom_length, 3u);
  EXPECT_EQ(g.source, "bom");
  EXPECT_EQ(DetectCharset("\xFF\xFE<\0h\0").name, "UTF-16LE");
  EXPECT_EQ(DetectCharset("\xFE\xFF\0<").name, "UTF-16BE");
}

TEST(Charset, MetaCharset) {
  EXPECT_EQ(DetectCharset("<html><head><meta charset=\"ISO-8859-1\">").name, "windows-1252");
  EXPECT_EQ(DetectCharset("<meta charset=utf-8>").name, "UTF-8");
  EXPECT_EQ(DetectCharset("<META CHARSET='Shift_JIS'>").name, "Shift_JIS");
  EXPECT_EQ(DetectCharset("<meta charset=\"windows-1252\">").source, "meta");
}

TEST(Charset, HttpEquivContentType) {
  EXPECT_EQ(DetectCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
                .name,
            "windows-1252");
  EXPECT_EQ(DetectCharset("<meta content='text/html;charset=latin1' http-equiv=content-type>").name,
            "windows-1252");
  // Without http-equiv the content attribute means nothing.
  EXPECT_EQ(DetectCharset("<meta name=x content=\"charset=latin1\">").source, "default");
}

TEST(Charset, CommentedOutMetaIsIgnored) {
  EXPECT_EQ(DetectCharset("<!-- <meta charset=latin1> --><p>x").source, "default");
}

TEST(Charset, Utf16DeclaredInMetaMeansUtf8) {
  EXPECT_EQ(DetectCharset("<meta charset=utf-16>").name, "UTF-8");
}

TEST(Charset, Windows1252IsDecoded) {
  std::vector<std::string> warnings;
  // 0x93/0x94 are curly quotes and 0x80 the euro sign in windows-1252 (not in
  // ISO-8859-1, which is why latin-1 is read as windows-1252).
  const std::string html = "<meta charset=\"iso-8859-1\"><p>\x93\x80" "5 caf\xE9\x94</p>";
  const std::string utf8 = DecodeHtmlBytes(html, &warnings);
  EXPECT_NE(utf8.find("\u201C\u20AC5 caf\u00E9\u201D"), std::string::npos) << utf8;
  EXPECT_TRUE(warnings.empty());
}

TEST(Charset, UndeclaredInvalidBytesBecomeReplacementCharacters) {
  std::vector<std::string> warnings;
  const std::string utf8 = DecodeHtmlBytes("<p>a\xFF" "b\xC3</p>", &warnings);
  EXPECT_NE(utf8.find("a\uFFFDb\uFFFD"), std::string::npos) << utf8;
}

TEST(Charset, BomIsStripped) {
  std::vector<std::string> warnings;
  EXPECT_EQ(DecodeHtmlBytes("\xEF\xBB\xBF<p>x</p>", &warnings), "<p>x</p>");
  const std::string le("\xFF\xFE<\0p\0>\0\xE9\0", 10);
  EXPECT_EQ(DecodeHtmlBytes(le, &warnings), "<p>\u00E9");
}

TEST(Charset, UnknownCharsetFallsBackToUtf8WithWarning) {
  std::vector<std::string> warnings;
  const std::string utf8 = DecodeHtmlBytes("<meta charset=\"no-such-set\"><p>\u00E9</p>", &warnings);
  EXPECT_NE(utf8.find("\u00E9"), std::string::npos);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("no-such-set"), std::string::npos);
}

TEST(Charset, CanonicalNames) {
  EXPECT_EQ(CanonicalCharset(" Latin-1 "), "windows-1252");
  EXPECT_EQ(CanonicalCharset("US-ASCII"), "windows-1252");
  EXPECT_EQ(CanonicalCharset("utf8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("koi8-r"), "koi8-r");
}

}  // namespace
}  // namespace plantrace
