#include <gtest/gtest.h>

#include "ingest/ingest_tasks.h"

namespace plantrace {
namespace {

const std::string kCorpus = std::string(PLANTRACE_SOURCE_DIR) + "/corpus";

TEST(IngestTasks, ManifestEntryIsOneDocumentReadFromItsPrimary) {
  CollectedTasks c = CollectIngestTasks({kCorpus + "/manifest.json"});
  EXPECT_TRUE(c.missing.empty());
  ASSERT_EQ(c.tasks.size(), 5u);
  const IngestTask& t = c.tasks[3];
  EXPECT_EQ(t.meta.doc_id, "bcc-2023-11-governance-stabilisation-plan");
  EXPECT_EQ(t.meta.plan_cycle, "2023-24");
  EXPECT_NE(t.path.find("pdf/bcc-2023-11-governance-stabilisation-plan.pdf"), std::string::npos);
  ASSERT_EQ(t.alternates.size(), 1u);
  EXPECT_EQ(t.alternates[0].format, "html");
}

TEST(IngestTasks, FolderWithManifestGivesTheSameDocuments) {
  // corpus/ also holds the corpus library's sources: odd files, tasks of
  // their own that ingest skips with a note.
  CollectedTasks c = CollectIngestTasks({kCorpus});
  size_t documents = 0;
  for (const IngestTask& t : c.tasks) {
    if (t.alternates.empty()) {
      EXPECT_EQ(t.path.find(".pdf"), std::string::npos) << t.path;
      EXPECT_EQ(t.path.find(".html"), std::string::npos) << t.path;  // alternates, not documents
    } else {
      ++documents;
    }
  }
  EXPECT_EQ(documents, 5u);
}

TEST(IngestTasks, FolderWithoutManifestNamesDocumentsAfterFiles) {
  CollectedTasks c = CollectIngestTasks({kCorpus + "/html", kCorpus + "/html/"});
  ASSERT_EQ(c.tasks.size(), 5u);  // the same folder twice: each file once
  EXPECT_EQ(c.tasks[0].meta.doc_id, "bcc-2015-03-panel-assessment");
  EXPECT_TRUE(c.tasks[0].alternates.empty());
}

TEST(IngestTasks, MissingPathIsReported) {
  CollectedTasks c = CollectIngestTasks({kCorpus + "/no-such-file.pdf"});
  EXPECT_TRUE(c.tasks.empty());
  ASSERT_EQ(c.missing.size(), 1u);
}

}  // namespace
}  // namespace plantrace
