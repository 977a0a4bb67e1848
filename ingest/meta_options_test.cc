#include "ingest/meta_options.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(MetaOptions, ValidValuesPass) {
  EXPECT_TRUE(CheckMetaOptions({"A plan", "Kent County Council", "2025-01-30", "2023-24", "report"}).empty());
  EXPECT_TRUE(CheckMetaOptions({"", "", "2018-09", "2018", ""}).empty());
  EXPECT_TRUE(CheckMetaOptions({"", "", "2015", "", "record_of_decision"}).empty());
  EXPECT_TRUE(CheckMetaOptions({}).empty());
}

TEST(MetaOptions, EachBadValueIsNamed) {
  std::vector<std::string> errors =
      CheckMetaOptions({" ", "", "0000-09", "2023-25", "memo"});
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_NE(errors[0].find("--date '0000-09'"), std::string::npos);
  EXPECT_NE(errors[1].find("--plan-cycle '2023-25'"), std::string::npos);
  EXPECT_NE(errors[2].find("--doc-type 'memo'"), std::string::npos);
  EXPECT_NE(errors[3].find("--title"), std::string::npos);
  EXPECT_EQ(CheckMetaOptions({"", "", "2019-02-29", "", ""}).size(), 1u);
  EXPECT_EQ(CheckMetaOptions({"", "", "30/01/2025", "", ""}).size(), 1u);
}

TEST(MetaOptions, GivenValuesWinOnEveryTask) {
  std::vector<IngestTask> tasks(2);
  tasks[0].meta.title = "From the manifest";
  tasks[0].meta.publisher = "Manifest Council";
  ApplyMetaOptions({"Given", "", "2024-04", "", "plan"}, &tasks);
  for (const IngestTask& t : tasks) {
    EXPECT_EQ(t.meta.title, "Given");
    EXPECT_EQ(t.meta.date, "2024-04");
    EXPECT_EQ(t.meta.doc_type, "plan");
  }
  EXPECT_EQ(tasks[0].meta.publisher, "Manifest Council");  // not given: kept
  EXPECT_EQ(tasks[1].meta.publisher, "");
}

}  // namespace
}  // namespace plantrace
