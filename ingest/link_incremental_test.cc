// Incremental linking (issue 16): after a document is added or
// re-versioned, `link` decides again only the links into the documents it
// reaches, with the term weights of the last full relink — and stores
// exactly the links a full linking of the whole store with those weights
// gives. Checked on the bundled corpus (its five HTML papers, each added
// last in turn, so that the added paper is first, in the middle and last
// in date order) and on the Kent development papers' answer items.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "ingest/ingest.h"
#include "ingest/link_incremental.h"
#include "ingest/link_store.h"
#include "output/sqlite/sqlite_store.h"
#include "pipeline/link/link_eval_test_util.h"
#include "pipeline/link/linker.h"
#include "pipeline/shared/data_files.h"

namespace fs = std::filesystem;

namespace plantrace {
namespace {

struct Corpus {
  std::vector<DocumentRecord> documents;
  std::vector<ItemRecord> items;
};

class LinkIncrementalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::path(::testing::TempDir()) / ("link_incremental_test_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  std::unique_ptr<Store> Open(const std::string& name) {
    auto store = OpenSqliteStore((dir / (name + ".db")).string());
    EXPECT_TRUE(store.ok());
    return store.ok() ? std::move(store.value()) : nullptr;
  }

  // Stores one document with its items (as ingest would).
  static void Put(Store& store, const Corpus& corpus, const std::string& doc_id) {
    StoredDocument stored;
    for (const DocumentRecord& d : corpus.documents) {
      if (d.doc_id == doc_id) stored.document = d;
    }
    if (stored.document.sha256.empty()) stored.document.sha256 = "sha-of-" + doc_id;
    for (const ItemRecord& item : corpus.items) {
      if (item.doc_id == doc_id) stored.items.push_back(item);
    }
    Result<PutOutcome> put = store.Put(stored);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }

  // The bundled corpus's five HTML papers, as ingest reads them.
  Corpus Bundled() {
    auto store = Open("bundled-source");
    std::vector<std::string> paths = {std::string(PLANTRACE_SOURCE_DIR) + "/corpus/html"};
    CollectedTasks c = CollectIngestTasks(paths);
    auto builder = RecordBuilder::Load(DataDir());
    EXPECT_TRUE(builder.ok());
    IngestTotals t = Ingest(c.tasks, *store, builder.value(), IngestOptions{}, [](const IngestEvent&) {});
    EXPECT_EQ(t.failed, 0u);
    return Read(*store);
  }

  static Corpus Read(Store& store) {
    Corpus c;
    Result<std::vector<DocumentRecord>> docs = store.Documents();
    EXPECT_TRUE(docs.ok());
    c.documents = docs.value();
    for (const DocumentRecord& d : c.documents) {
      Result<std::vector<ItemRecord>> items = store.Items(d.doc_id);
      EXPECT_TRUE(items.ok());
      for (ItemRecord& item : items.value()) c.items.push_back(std::move(item));
    }
    return c;
  }

  // What a full linking of everything stored gives with the stored term
  // weights, sorted as Store::Links() returns links.
  static std::vector<LinkRecord> FullWithStoredWeights(Store& store) {
    Result<LinkBasis> basis = store.ReadLinkBasis(/*with_df=*/true);
    EXPECT_TRUE(basis.ok());
    TermBasis held;
    held.items = static_cast<size_t>(basis->items);
    for (const LinkBasis::Term& t : basis->terms) {
      held.terms.emplace(t.key, TermBasis::Term{static_cast<uint32_t>(t.df), t.shown});
    }
    LinkScope scope;
    scope.held = &held;
    Corpus now = Read(store);
    Result<Linker> linker = Linker::Load();
    EXPECT_TRUE(linker.ok());
    std::vector<LinkRecord> links;
    linker->Link(now.documents, now.items, [&](LinkRecord&& l) { links.push_back(std::move(l)); },
                 nullptr, &scope);
    std::sort(links.begin(), links.end(), [](const LinkRecord& a, const LinkRecord& b) {
      return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    return links;
  }

  // The stored links equal those of a full linking with the same weights:
  // every field (scores as SQLite returns them, to 15 digits).
  static void ExpectSameAsFull(Store& store, const std::string& what) {
    Result<std::vector<LinkRecord>> stored = store.Links();
    ASSERT_TRUE(stored.ok());
    const std::vector<LinkRecord> full = FullWithStoredWeights(store);
    ASSERT_EQ(stored->size(), full.size()) << what;
    for (size_t i = 0; i < full.size(); ++i) {
      const LinkRecord& a = stored.value()[i];
      const LinkRecord& b = full[i];
      EXPECT_EQ(a.from, b.from) << what;
      EXPECT_EQ(a.to, b.to) << what;
      EXPECT_EQ(a.relation, b.relation) << what << ": " << a.from << " -> " << a.to;
      EXPECT_NEAR(a.score, b.score, 1e-12) << what << ": " << a.from << " -> " << a.to;
      EXPECT_EQ(a.why, b.why) << what << ": " << a.from << " -> " << a.to;
    }
  }

  // For each document: the others linked in full, then it added and linked
  // incrementally; the result is a full linking's with the same weights.
  void AddEachLast(const Corpus& corpus, const std::string& name) {
    size_t decided_fewer = 0;
    for (const DocumentRecord& added : corpus.documents) {
      SCOPED_TRACE(name + ": " + added.doc_id + " added last");
      auto store = Open(name + "-" + added.doc_id);
      for (const DocumentRecord& d : corpus.documents) {
        if (d.doc_id != added.doc_id) Put(*store, corpus, d.doc_id);
      }
      Result<LinkStoreTotals> first = LinkStore(*store);
      ASSERT_TRUE(first.ok()) << first.status().ToString();
      EXPECT_TRUE(first->full);  // nothing stored to compare against
      Put(*store, corpus, added.doc_id);
      LinkRequest request;
      request.relink_share = 1e9;  // however many items the document adds
      Result<LinkStoreTotals> second = LinkStore(*store, request);
      ASSERT_TRUE(second.ok()) << second.status().ToString();
      ASSERT_FALSE(second->full) << second->full_reason;
      EXPECT_EQ(second->changed_documents, 1u);
      EXPECT_GE(second->decided_documents, 1u);
      decided_fewer += second->decided_documents < corpus.documents.size();
      ExpectSameAsFull(*store, added.doc_id);
    }
    // Not every addition reaches every document (else this is a full relink).
    EXPECT_GT(decided_fewer, 0u);
  }

  fs::path dir;
};

TEST_F(LinkIncrementalTest, AddingAnyBundledPaperGivesTheFullLinkingsLinks) {
  AddEachLast(Bundled(), "bundled");
}

TEST_F(LinkIncrementalTest, AddingAnyKentPaperGivesTheFullLinkingsLinks) {
  const std::string gold = std::string(PLANTRACE_SOURCE_DIR) + "/../shared/realpdf/kent-dev/gold/items";
  if (!fs::exists(gold)) GTEST_SKIP() << "no " << gold;
  Corpus kent;
  ASSERT_TRUE(LoadGoldItemFiles(gold, kent.documents, kent.items));
  ASSERT_GE(kent.documents.size(), 3u);
  AddEachLast(kent, "kent");
}

TEST_F(LinkIncrementalTest, ARevisedPaperIsRelinkedWithThePapersAfterItAndNoStaleLinkRemains) {
  Corpus corpus = Bundled();
  auto store = Open("revised");
  for (const DocumentRecord& d : corpus.documents) Put(*store, corpus, d.doc_id);
  ASSERT_TRUE(LinkStore(*store).ok());
  // A new version of the 2019 addendum (third of five in date order): one
  // item reworded.
  const std::string revised = "bcc-2019-improvement-programme-addendum";
  Corpus v2 = corpus;
  for (DocumentRecord& d : v2.documents) {
    if (d.doc_id == revised) d.sha256 += "-v2";
  }
  bool reworded = false;
  for (ItemRecord& item : v2.items) {
    if (item.doc_id == revised && !reworded) {
      item.text += " The work on governance and financial planning continues.";
      reworded = true;
    }
  }
  ASSERT_TRUE(reworded);
  Put(*store, v2, revised);
  LinkRequest request;
  request.relink_share = 1e9;
  Result<LinkStoreTotals> linked = LinkStore(*store, request);
  ASSERT_TRUE(linked.ok()) << linked.status().ToString();
  ASSERT_FALSE(linked->full) << linked->full_reason;
  EXPECT_EQ(linked->changed_documents, 1u);
  // It and the two papers dated after it, and any paper one of whose items
  // now shares a term with the reworded item alone (link_scope.h); not all.
  EXPECT_GE(linked->decided_documents, 3u);
  EXPECT_LT(linked->decided_documents, 5u);
  ExpectSameAsFull(*store, "revised");
  // Every row left is current: the old version's links went with it.
  Result<StoreCounts> counts = store->Counts();
  Result<std::vector<LinkRecord>> links = store->Links();
  ASSERT_TRUE(counts.ok() && links.ok());
  EXPECT_EQ(counts->links, static_cast<int64_t>(links->size()));
}

LinkBasis BasisOf(std::vector<LinkedDocument> documents, int64_t items, int64_t changed) {
  LinkBasis b;
  b.items = items;
  b.changed_items = changed;
  b.documents = std::move(documents);
  return b;
}

TEST(LinkPlan, FullWhenAskedWhenNothingIsStoredAndPastTheShareOfChangedItems) {
  const std::vector<LinkedDocument> now = {{"a", "1", 0}, {"b", "2", 1}, {"c", "3", 2}};
  EXPECT_TRUE(PlanLinking(BasisOf(now, 300, 0), now, {100, 100, 100}, true, 0.1).full);
  LinkPlan none = PlanLinking(LinkBasis{}, now, {100, 100, 100}, false, 0.1);
  EXPECT_TRUE(none.full);
  EXPECT_NE(none.reason.find("no term weights stored"), std::string::npos);
  // c added: 100 items of 200 changed, past 10 %.
  const LinkBasis two = BasisOf({{"a", "1", 0}, {"b", "2", 1}}, 200, 0);
  LinkPlan past = PlanLinking(two, now, {100, 100, 100}, false, 0.1);
  EXPECT_TRUE(past.full);
  EXPECT_NE(past.reason.find("100 items changed"), std::string::npos) << past.reason;
  // 10 items: within; 10 more changed before, 20 of 200: still within;
  // 11 before, 21: past.
  LinkPlan within = PlanLinking(two, now, {100, 100, 10}, false, 0.1);
  EXPECT_FALSE(within.full);
  EXPECT_EQ(within.changed, std::unordered_set<std::string>{"c"});
  EXPECT_TRUE(within.redecide.empty());
  EXPECT_EQ(within.changed_items, 10);
  EXPECT_FALSE(PlanLinking(BasisOf(two.documents, 200, 10), now, {100, 100, 10}, false, 0.1).full);
  EXPECT_TRUE(PlanLinking(BasisOf(two.documents, 200, 11), now, {100, 100, 10}, false, 0.1).full);
}

TEST(LinkPlan, ARevisedOrRemovedPaperHasEveryPaperAfterItsOldPlaceDecidedAgain) {
  const std::vector<LinkedDocument> before = {
      {"a", "1", 0}, {"b", "2", 1}, {"c", "3", 2}, {"d", "4", 3}};
  // b re-versioned: c and d met its old version.
  const std::vector<LinkedDocument> revised = {
      {"a", "1", 0}, {"b", "2b", 1}, {"c", "3", 2}, {"d", "4", 3}};
  LinkPlan plan = PlanLinking(BasisOf(before, 1000, 0), revised, {10, 10, 10, 10}, false, 0.1);
  EXPECT_FALSE(plan.full);
  EXPECT_EQ(plan.changed, std::unordered_set<std::string>{"b"});
  EXPECT_EQ(plan.redecide, (std::unordered_set<std::string>{"c", "d"}));
  // c gone (a store keeps every document, but the plan does not rely on
  // it): d met it.
  const std::vector<LinkedDocument> removed = {{"a", "1", 0}, {"b", "2", 1}, {"d", "4", 2}};
  plan = PlanLinking(BasisOf(before, 1000, 0), removed, {10, 10, 10}, false, 0.1);
  EXPECT_FALSE(plan.full);
  EXPECT_TRUE(plan.changed.empty());
  EXPECT_EQ(plan.redecide, std::unordered_set<std::string>{"d"});
}

}  // namespace
}  // namespace plantrace
