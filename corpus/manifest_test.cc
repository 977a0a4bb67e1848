#include "corpus/manifest.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(ManifestTest, ReadsTheBundledCorpus) {
  auto m = ReadManifest(PLANTRACE_SOURCE_DIR "/corpus/manifest.json");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  ASSERT_EQ(m->documents.size(), 5u);
  for (const auto& e : m->documents) {
    EXPECT_FALSE(e.doc_id.empty());
    EXPECT_FALSE(e.plan_cycle.empty());
    EXPECT_EQ(e.primary, "pdf");
    const ManifestEntry* found = m->FindByFile(e.pdf);
    ASSERT_NE(found, nullptr) << e.pdf;
    EXPECT_EQ(found->doc_id, e.doc_id);
  }
}

TEST(ManifestTest, NotJsonIsCorruption) {
  auto m = ReadManifest(PLANTRACE_SOURCE_DIR "/corpus/README.md");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), Status::Code::kCorruption);
}

TEST(DocIdTest, FromFileName) {
  EXPECT_EQ(DocIdFromFileName("/x/My Plan (2018) FINAL.pdf"), "my-plan-2018-final");
  EXPECT_EQ(DocIdFromFileName("__.pdf"), "document");
}

}  // namespace
}  // namespace plantrace
