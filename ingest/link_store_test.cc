// Linking the store again after a document is added or re-versioned: the
// rows of unchanged links are kept, the result is that of a full relink,
// and a link older than the items it joins is never read back.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "ingest/ingest.h"
#include "ingest/link_store.h"
#include "output/sqlite/sqlite_store.h"
#include "output/summary.h"
#include "pipeline/shared/data_files.h"

namespace fs = std::filesystem;

namespace plantrace {
namespace {

class LinkStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::path(::testing::TempDir()) / ("link_store_test_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto b = RecordBuilder::Load(DataDir());
    ASSERT_TRUE(b.ok());
    builder = std::make_unique<RecordBuilder>(std::move(b.value()));
  }
  void TearDown() override { fs::remove_all(dir); }

  // Stores the files without linking (as a killed ingest would leave them).
  void Store_(Store& store, const std::vector<fs::path>& files) {
    std::vector<std::string> paths;
    for (const fs::path& f : files) paths.push_back(f.string());
    CollectedTasks c = CollectIngestTasks(paths);
    IngestTotals t = Ingest(c.tasks, store, *builder, IngestOptions{}, [](const IngestEvent&) {});
    ASSERT_EQ(t.failed, 0u);
  }
  static fs::path Html(const std::string& name) {
    return fs::path(PLANTRACE_SOURCE_DIR) / "corpus/html" / (name + ".html");
  }
  static std::string Doc(const std::string& ref) { return ref.substr(0, ref.rfind('#')); }

  fs::path dir;
  std::unique_ptr<RecordBuilder> builder;
};

bool Same(const LinkRecord& a, const LinkRecord& b) {
  return a.from == b.from && a.to == b.to && a.relation == b.relation && a.score == b.score &&
         a.why == b.why;
}

void ExpectSameLinks(const std::vector<LinkRecord>& a, const std::vector<LinkRecord>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_TRUE(Same(a[i], b[i])) << a[i].from << " -> " << a[i].to;
}

const char* const kA = "bcc-2019-improvement-programme-addendum";
const char* const kB = "bcc-2023-11-governance-stabilisation-plan";
const char* const kC = "bcc-2024-04-irp-cabinet-report";

TEST_F(LinkStoreTest, AThirdDocumentIsLinkedAsAFullRelinkWouldKeepingUnchangedRows) {
  auto store = OpenSqliteStore((dir / "inc.db").string());
  ASSERT_TRUE(store.ok());
  Store_(*store.value(), {Html(kA), Html(kB)});
  Result<LinkStoreTotals> first = LinkStore(*store.value());
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_GT(first->links, 0u);
  Result<std::vector<LinkRecord>> before = store.value()->Links();
  ASSERT_TRUE(before.ok());

  EXPECT_GT(first->scored_pairs, 0u);
  EXPECT_FALSE(first->unchanged);

  // Nothing new: no pair is scored again, every row kept.
  Result<LinkStoreTotals> again = LinkStore(*store.value());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->unchanged);
  EXPECT_EQ(again->scored_pairs, 0u);
  EXPECT_EQ(again->links, first->links);
  EXPECT_EQ(again->lineages, first->lineages);
  EXPECT_EQ(again->kept, static_cast<int64_t>(first->links));
  EXPECT_EQ(again->added, 0);
  Result<std::vector<LinkRecord>> unchanged = store.value()->Links();
  ASSERT_TRUE(unchanged.ok());
  ExpectSameLinks(unchanged.value(), before.value());

  Store_(*store.value(), {Html(kC)});
  Result<LinkState> state = store.value()->LinkStatus();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->newer_documents, 1);
  EXPECT_EQ(state->unlinked_documents, 1);
  Result<LinkStoreTotals> second = LinkStore(*store.value());
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->unchanged);
  EXPECT_GT(second->scored_pairs, 0u);
  Result<std::vector<LinkRecord>> after = store.value()->Links();
  ASSERT_TRUE(after.ok());

  // A full relink of the same three documents in a fresh store.
  auto full = OpenSqliteStore((dir / "full.db").string());
  ASSERT_TRUE(full.ok());
  Store_(*full.value(), {Html(kA), Html(kB), Html(kC)});
  ASSERT_TRUE(LinkStore(*full.value()).ok());
  Result<std::vector<LinkRecord>> relinked = full.value()->Links();
  ASSERT_TRUE(relinked.ok());
  ExpectSameLinks(after.value(), relinked.value());

  // The links to the third document are new; those between the first two
  // that came out the same kept their rows (counted as kept, not added).
  size_t to_c = 0;
  int64_t same_as_before = 0;
  for (const LinkRecord& l : after.value()) {
    if (Doc(l.from) == kC || Doc(l.to) == kC) {
      ++to_c;
      continue;
    }
    for (const LinkRecord& b : before.value()) same_as_before += Same(b, l) ? 1 : 0;
  }
  EXPECT_GT(to_c, 0u);
  EXPECT_EQ(second->kept, same_as_before);
  EXPECT_EQ(second->added, static_cast<int64_t>(after->size()) - same_as_before);
  EXPECT_EQ(second->removed, static_cast<int64_t>(before->size()) - same_as_before);
}

TEST_F(LinkStoreTest, ALinkOlderThanARevisedDocumentIsHiddenUntilRelinked) {
  auto store = OpenSqliteStore((dir / "rev.db").string());
  ASSERT_TRUE(store.ok());
  fs::copy_file(Html(kB), dir / (std::string(kB) + ".html"));
  Store_(*store.value(), {Html(kA), dir / (std::string(kB) + ".html")});
  ASSERT_TRUE(LinkStore(*store.value()).ok());
  Result<std::vector<LinkRecord>> linked = store.value()->Links();
  ASSERT_TRUE(linked.ok());
  ASSERT_FALSE(linked->empty());

  // The same doc_id with other bytes: a new version of kB.
  std::ofstream(dir / (std::string(kB) + ".html"), std::ios::app) << "\n<!-- revised -->\n";
  Store_(*store.value(), {dir / (std::string(kB) + ".html")});
  Result<std::vector<LinkRecord>> shown = store.value()->Links();
  ASSERT_TRUE(shown.ok());
  for (const LinkRecord& l : shown.value()) {
    EXPECT_NE(Doc(l.from), kB) << l.from << " -> " << l.to;
    EXPECT_NE(Doc(l.to), kB) << l.from << " -> " << l.to;
  }
  Result<LinkState> state = store.value()->LinkStatus();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->newer_documents, 1);
  EXPECT_GT(state->stale_links, 0);
  // The summary counts the links reads see, not the hidden rows.
  Result<std::string> summary = Summarise(*store.value(), SummaryOptions{});
  ASSERT_TRUE(summary.ok());
  const std::string links = ", " + std::to_string(shown->size()) + " links\n";
  EXPECT_NE(summary->find(links), std::string::npos) << summary->substr(0, 200);

  ASSERT_TRUE(LinkStore(*store.value()).ok());
  Result<std::vector<LinkRecord>> relinked = store.value()->Links();
  ASSERT_TRUE(relinked.ok());
  ExpectSameLinks(relinked.value(), linked.value());  // same text: same links, now current
  state = store.value()->LinkStatus();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->stale_links, 0);
  EXPECT_EQ(state->newer_documents, 0);
}

// What counts as changed: another --min-score, and a corrected date (no
// new version, but the links' direction may turn); each is linked again,
// and then nothing more.
TEST_F(LinkStoreTest, AnotherMinScoreOrACorrectedDateIsLinkedAgain) {
  auto store = OpenSqliteStore((dir / "changed.db").string());
  ASSERT_TRUE(store.ok());
  Store_(*store.value(), {Html(kA), Html(kB)});
  ASSERT_TRUE(LinkStore(*store.value()).ok());

  LinkRequest stricter;
  stricter.min_score = 0.2;
  Result<LinkStoreTotals> strict = LinkStore(*store.value(), stricter);
  ASSERT_TRUE(strict.ok());
  EXPECT_FALSE(strict->unchanged);
  EXPECT_GT(strict->scored_pairs, 0u);
  Result<LinkStoreTotals> strict_again = LinkStore(*store.value(), stricter);
  ASSERT_TRUE(strict_again.ok());
  EXPECT_TRUE(strict_again->unchanged);
  EXPECT_EQ(strict_again->links, strict->links);
  // Back to the linker's own thresholds: another option, linked again.
  Result<LinkStoreTotals> plain = LinkStore(*store.value());
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->unchanged);

  Result<std::vector<DocumentRecord>> docs = store.value()->Documents();
  ASSERT_TRUE(docs.ok());
  ASSERT_FALSE(docs->empty());
  MetaUpdate update;
  update.date = docs->front().date == "2001-01-01" ? "2001-01-02" : "2001-01-01";
  Result<MetaUpdateOutcome> corrected = store.value()->UpdateVersionMeta(docs->front().sha256, update);
  ASSERT_TRUE(corrected.ok());
  ASSERT_TRUE(corrected->date_changed);
  Result<LinkStoreTotals> redated = LinkStore(*store.value());
  ASSERT_TRUE(redated.ok());
  EXPECT_FALSE(redated->unchanged);
  EXPECT_GT(redated->scored_pairs, 0u);
  Result<LinkStoreTotals> settled = LinkStore(*store.value());
  ASSERT_TRUE(settled.ok());
  EXPECT_TRUE(settled->unchanged);
  EXPECT_EQ(settled->scored_pairs, 0u);
}

}  // namespace
}  // namespace plantrace
