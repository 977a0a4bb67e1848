#include "pipeline/shared/data_files.h"

#include <cstdlib>

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(DataFiles, ParsesRowsSkippingCommentsAndBlanks) {
  Result<std::vector<TsvRow>> r = ParseTsv("# c\n\na\tb\n  # indented comment\nc\td\te\n", "x.tsv", 2, 3);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(r.value()[0].line, 3);
  EXPECT_EQ(r.value()[1].fields[2], "e");
}

TEST(DataFiles, MalformedLineNamesFileAndLine) {
  Result<std::vector<TsvRow>> r = ParseTsv("a\tb\nonly-one\n", "lex.tsv", 2, 2);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("lex.tsv:2"), std::string::npos) << r.status().ToString();
  Result<std::vector<TsvRow>> e = ParseTsv("a\t\n", "lex.tsv", 2, 2);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().ToString().find("empty"), std::string::npos);
}

TEST(DataFiles, DataDirFindsTheSourceTreeAndHonoursTheEnvironment) {
  Result<std::string> text = ReadDataFile("date_cues.tsv");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  setenv("PLANTRACE_DATA_DIR", "/nonexistent-plantrace", 1);
  EXPECT_EQ(DataDir(), "/nonexistent-plantrace");
  EXPECT_FALSE(ReadDataFile("date_cues.tsv").ok());
  unsetenv("PLANTRACE_DATA_DIR");
}

}  // namespace
}  // namespace plantrace
