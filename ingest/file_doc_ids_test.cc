// doc_ids of files named alike in different folders: distinct, readable,
// and stable once stored whatever order the files are given in next time.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "ingest/file_doc_ids.h"
#include "ingest/ingest.h"
#include "output/sqlite/sqlite_store.h"
#include "pipeline/shared/data_files.h"

namespace fs = std::filesystem;

namespace plantrace {
namespace {

TEST(FileDocIds, NamedAlikeInDifferentFoldersAreDistinctAndStable) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("doc_ids_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const fs::path html = fs::path(PLANTRACE_SOURCE_DIR) / "corpus/html";
  const char* sources[] = {"bcc-2019-improvement-programme-addendum.html",
                           "bcc-2024-04-irp-cabinet-report.html",
                           "bcc-2015-03-panel-assessment.html"};
  const char* folders[] = {"x/a", "y/a", "z/a"};  // the folder names alike too
  for (int i = 0; i < 3; ++i) {
    fs::create_directories(dir / "in" / folders[i]);
    fs::copy_file(html / sources[i], dir / "in" / folders[i] / "Report.html");
  }
  auto store = OpenSqliteStore((dir / "t.db").string());
  ASSERT_TRUE(store.ok());
  CollectedTasks c = CollectIngestTasks({(dir / "in").string()});
  ASSERT_EQ(c.tasks.size(), 3u);
  ASSERT_TRUE(AssignFileDocIds(&c.tasks, *store.value()).ok());
  EXPECT_EQ(c.tasks[0].meta.doc_id, "report");
  EXPECT_EQ(c.tasks[1].meta.doc_id, "report-a");
  const std::string third = c.tasks[2].meta.doc_id;
  EXPECT_EQ(third.rfind("report-a-", 0), 0u) << third;
  EXPECT_EQ(third.size(), std::string("report-a-").size() + 6) << third;

  auto builder = RecordBuilder::Load(DataDir());
  ASSERT_TRUE(builder.ok());
  IngestTotals t = Ingest(c.tasks, *store.value(), builder.value(), IngestOptions(), nullptr);
  EXPECT_EQ(t.stored, 3u);

  // Given in the opposite order, each path keeps the id it was stored under.
  std::vector<IngestTask> reversed(c.tasks.rbegin(), c.tasks.rend());
  for (IngestTask& task : reversed) task.meta.doc_id = "report";
  ASSERT_TRUE(AssignFileDocIds(&reversed, *store.value()).ok());
  EXPECT_EQ(reversed[0].meta.doc_id, third);
  EXPECT_EQ(reversed[1].meta.doc_id, "report-a");
  EXPECT_EQ(reversed[2].meta.doc_id, "report");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace plantrace
