// RFC 4180 as a reader expects it: quotes only where needed, doubled inside,
// CRLF after each record, an absent value an empty field.
#include <gtest/gtest.h>

#include <sstream>

#include "output/csv_writer.h"

namespace plantrace {
namespace {

TEST(CsvWriter, QuotesOnlyWhatNeedsIt) {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.Row({"plain", "a, b", "say \"hi\"", "two\nlines", std::nullopt, "£105.4m – 2015/16", ""});
  EXPECT_EQ(out.str(),
            "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,£105.4m – 2015/16,\r\n");
}

TEST(CsvWriter, EveryRecordEndsWithCrlf) {
  std::ostringstream out;
  CsvWriter csv(out);
  csv.Row({"doc_id", "item_id"});
  csv.Row({"plan", "1.3"});
  EXPECT_EQ(out.str(), "doc_id,item_id\r\nplan,1.3\r\n");
}

}  // namespace
}  // namespace plantrace
