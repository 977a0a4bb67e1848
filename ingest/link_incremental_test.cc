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

}  // namespace
}  // namespace plantrace
