#include "extractors/pdf/reader/overprint.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/pdf/reader/page_reader.h"

namespace plantrace::pdf {
namespace {

TEST(GlyphSieve, SameGlyphWithinAPointIsRepeated) {
  GlyphSieve s;
  EXPECT_FALSE(s.Repeated('H', 100.0, 200.0, 7));
  EXPECT_TRUE(s.Repeated('H', 100.4, 200.0, 7));   // fake bold: offset 0.4 pt
  EXPECT_TRUE(s.Repeated('H', 99.6, 200.3, 7));
  EXPECT_FALSE(s.Repeated('e', 100.4, 200.0, 5));  // another glyph
  EXPECT_FALSE(s.Repeated('H', 107.0, 200.0, 7));  // the next letter H
  EXPECT_FALSE(s.Repeated('H', 100.0, 212.0, 7));  // the line below
  s.Clear();
  EXPECT_FALSE(s.Repeated('H', 100.0, 200.0, 7));
}

TEST(GlyphSieve, ManyGlyphsOnOnePageAreAllRemembered) {
  // More glyphs than the table starts with buckets for: it grows, and every
  // glyph is still found again (and no other).
  GlyphSieve s;
  s.Clear();
  for (int i = 0; i < 30000; ++i) {
    ASSERT_FALSE(s.Repeated('a' + i % 7, 10.0 + (i % 300) * 1.9, 10.0 + (i / 300) * 7.0, 5)) << i;
  }
  for (int i = 0; i < 30000; ++i) {
    EXPECT_TRUE(s.Repeated('a' + i % 7, 10.3 + (i % 300) * 1.9, 10.2 + (i / 300) * 7.0, 5)) << i;
  }
  EXPECT_FALSE(s.Repeated('z', 10.0, 10.0, 5));
}

// One sieve serves every page of a document: after Clear (the next page)
// no glyph of the last page is remembered, the grown table included, and
// the new page's glyphs are.
TEST(GlyphSieve, ClearForgetsThePageBefore) {
  GlyphSieve s;
  for (int page = 0; page < 3; ++page) {
    s.Clear();
    for (int i = 0; i < 20000; ++i) {
      ASSERT_FALSE(s.Repeated('a' + i % 5, 20.0 + (i % 200) * 2.3, 30.0 + (i / 200) * 6.0, 5))
          << page << " " << i;
    }
    for (int i = 0; i < 20000; i += 97) {
      EXPECT_TRUE(s.Repeated('a' + i % 5, 20.2 + (i % 200) * 2.3, 30.1 + (i / 200) * 6.0, 5));
    }
  }
}

TEST(GlyphSieve, DoubleLettersInSmallPrintStay) {
  // "ll" at 6.3 pt: the second l 1.4 pt after the first.
  GlyphSieve s;
  EXPECT_FALSE(s.Repeated('l', 220.9, 136.0, 1.4));
  EXPECT_FALSE(s.Repeated('l', 222.3, 136.0, 1.4));
  EXPECT_TRUE(s.Repeated('l', 222.6, 136.0, 1.4));
}

TEST(ClippedAway, OnlyGlyphsWhollyOutsideTheClip) {
  const BBox clip{50, 100, 300, 110};
  EXPECT_TRUE(ClippedAway({60, 120, 70, 130}, clip));
  EXPECT_FALSE(ClippedAway({60, 105, 70, 115}, clip));  // a strip shows
  EXPECT_FALSE(ClippedAway({60, 100, 70, 110}, clip));
}

// tests/data/rl_overprint.pdf: parts of "Hefty" printed again 0.3 pt off, a
// word painted once per clip strip, a word drawn wholly outside its clip.
TEST(Overprint, RepaintedAndHiddenGlyphsLeaveNoWords) {
  const std::string path = std::string(PLANTRACE_SOURCE_DIR) + "/tests/data/rl_overprint.pdf";
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  Result<PdfPages> r = ReadPdfPages(bytes.str(), path, ExtractOptions{});
  ASSERT_TRUE(r.ok());
  std::vector<std::string> words;
  for (const Word& w : r.value().pages.at(0).words) words.push_back(w.text);
  EXPECT_EQ(words, (std::vector<std::string>{"Hefty", "Brand", "Striped", "Shown"}));
}

}  // namespace
}  // namespace plantrace::pdf
