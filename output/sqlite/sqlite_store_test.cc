// The SQLite store over hand-made records and the gold answer files:
// round trip, versions, one sha256 stored once, query filters.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "json/json_value.h"
#include "model/records_json.h"
#include "output/sqlite/sqlite_store.h"

namespace plantrace {
namespace {

std::string TempDb(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("plantrace_store_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
  return path.string();
}

StoredDocument Gold(const std::string& doc_id) {
  std::ifstream in(std::string(PLANTRACE_SOURCE_DIR) + "/tests/gold/items/" + doc_id + ".json");
  std::stringstream text;
  text << in.rdbuf();
  Result<JsonValue> j = JsonValue::Parse(text.str(), doc_id);
  EXPECT_TRUE(j.ok());
  Result<GoldFile> gold = GoldFileFromJson(j.value(), doc_id);
  EXPECT_TRUE(gold.ok()) << gold.status().ToString();
  StoredDocument d;
  d.document = gold->document;
  d.document.sha256 = std::string(64, 'a') + doc_id;  // unique per document
  d.document.format = "pdf";
  d.document.source = "corpus/pdf/" + doc_id + ".pdf";
  d.items = gold->items;
  for (ItemRecord& it : d.items) it.doc_id = doc_id;
  return d;
}

ItemRecord HandItem() {
  ItemRecord it;
  it.doc_id = "plan";
  it.item_id = "4";
  it.kind = "recommendation";
  it.section = "1 Political Leadership";
  it.text = "Review the Constitution";
  it.actions = {"Undertake an immediate legal compliance check"};
  it.deliverables = {"Up to date constitution"};
  it.updates = {UpdateRecord{"Done in part", std::string("2018-09"), true}};
  it.owners = {OwnerRecord{"Interim Monitoring Officer", "Monitoring Officer", true}};
  it.dates = {DateRecord{"June 2024", "due", "2024-06-01", std::string("2024-06-30"), "month"},
              DateRecord{"(July 2018 onwards)", "start", "2018-07-01", std::nullopt, "open"}};
  it.amounts = {AmountRecord{"£105.4m", 105400000, std::string("2015/16"), false, "reduction"}};
  it.status = StatusRecord{"COMPLETE", "complete"};
  it.provenance = {ProvenanceRecord{3, std::array<double, 4>{40, 60.5, 800, 200.25},
                                    std::string("t3"), 4}};
  return it;
}

StoredDocument HandDoc(const std::string& sha) {
  StoredDocument d;
  d.document = DocumentRecord{"plan", "A plan", "A council", "2023-11", "2023-24", sha, "pdf",
                              "plan.pdf", "plan", "24/00115"};
  d.items = {HandItem()};
  d.alternates = {AlternateSource{"html", "plan.html", "ff"}};
  d.pages = 3;
  return d;
}

TEST(SqliteStore, ItemRoundTripsFieldForField) {
  auto store = OpenSqliteStore(TempDb("roundtrip.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<PutOutcome> put = store.value()->Put(HandDoc("s1"));
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put.value(), PutOutcome::kStored);
  auto items = store.value()->Items("plan");
  ASSERT_TRUE(items.ok()) << items.status().ToString();
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ(ItemRecordToJson(items->front()).Dump(), ItemRecordToJson(HandItem()).Dump());
  auto docs = store.value()->Documents();
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ(DocumentRecordToJson(docs->front()).Dump(),
            DocumentRecordToJson(HandDoc("s1").document).Dump());
}

TEST(SqliteStore, SameSha256IsStoredOnceAndChangedFileIsANewVersion) {
  auto store = OpenSqliteStore(TempDb("versions.db"));
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store.value()->Put(HandDoc("s1")).value(), PutOutcome::kStored);
  EXPECT_EQ(store.value()->Put(HandDoc("s1")).value(), PutOutcome::kAlreadyStored);
  EXPECT_EQ(store.value()->Claim("s1").value(), ClaimOutcome::kStored);
  EXPECT_EQ(store.value()->Claim("s2").value(), ClaimOutcome::kMine);
  EXPECT_EQ(store.value()->Claim("s2").value(), ClaimOutcome::kTaken);  // held by this process
  StoredDocument v2 = HandDoc("s2");
  v2.items.front().text = "Review the Constitution again";
  EXPECT_EQ(store.value()->Put(v2).value(), PutOutcome::kNewVersion);
  auto counts = store.value()->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->versions, 2);
  EXPECT_EQ(counts->items, 1);  // the newest version only
  auto items = store.value()->Items("plan");
  ASSERT_TRUE(items.ok());
  EXPECT_EQ(items->front().text, "Review the Constitution again");
  EXPECT_EQ(store.value()->Documents()->front().sha256, "s2");
}

TEST(SqliteStore, ReopeningKeepsEverything) {
  const std::string db = TempDb("reopen.db");
  {
    auto store = OpenSqliteStore(db);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(store.value()->Put(Gold("bcc-2023-11-governance-stabilisation-plan")).ok());
  }
  auto store = OpenSqliteStore(db);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store.value()->Items("bcc-2023-11-governance-stabilisation-plan")->size(), 13u);
  EXPECT_TRUE(store.value()->Contains(std::string(64, 'a') + "bcc-2023-11-governance-stabilisation-plan").value());
}

class GoldStore : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = OpenSqliteStore(TempDb("gold.db"));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store = std::move(s.value());
    for (const char* id : {"bcc-2018-09-governance-improvement-plan",
                           "bcc-2019-improvement-programme-addendum",
                           "bcc-2023-11-governance-stabilisation-plan"}) {
      Result<PutOutcome> put = store->Put(Gold(id));
      ASSERT_TRUE(put.ok()) << put.status().ToString();
    }
  }
  std::vector<std::string> Refs(const ItemQuery& q) {
    auto items = store->FindItems(q);
    EXPECT_TRUE(items.ok()) << items.status().ToString();
    std::vector<std::string> out;
    if (items.ok()) for (const auto& it : items.value()) out.push_back(it.doc_id + "#" + it.item_id);
    return out;
  }
  std::unique_ptr<Store> store;
};

TEST_F(GoldStore, GoldItemsRoundTrip) {
  for (const char* id : {"bcc-2018-09-governance-improvement-plan",
                         "bcc-2023-11-governance-stabilisation-plan"}) {
    StoredDocument gold = Gold(id);
    auto items = store->Items(id);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), gold.items.size());
    for (size_t i = 0; i < items->size(); ++i) {
      EXPECT_EQ(ItemRecordToJson(items.value()[i]).Dump(), ItemRecordToJson(gold.items[i]).Dump());
    }
  }
}

TEST_F(GoldStore, FiltersCombine) {
  ItemQuery q;
  q.doc_id = "bcc-2019-improvement-programme-addendum";
  EXPECT_EQ(Refs(q).size(), 7u);
  EXPECT_EQ(Refs(q).front(), "bcc-2019-improvement-programme-addendum#a");
  q = ItemQuery{};
  q.owner = "monitoring officer";
  q.due_before = "2024-07";
  auto items = store->FindItems(q);
  ASSERT_TRUE(items.ok());
  ASSERT_FALSE(items->empty());
  for (const ItemRecord& it : items.value()) {
    bool owned = false, due = false;
    for (const auto& o : it.owners) owned |= o.title == "Monitoring Officer";
    for (const auto& d : it.dates) due |= d.role == "due" && d.end.value_or(d.start) < "2024-07-01";
    EXPECT_TRUE(owned && due) << it.doc_id << "#" << it.item_id;
  }
  q.doc_id = "bcc-2023-11-governance-stabilisation-plan";
  EXPECT_EQ(Refs(q).size(), 7u);
  q.due_before = "2024-06";  // "June 2024" ends on the 30th; only 9 is also due by March
  EXPECT_EQ(Refs(q), std::vector<std::string>{"bcc-2023-11-governance-stabilisation-plan#9"});
  q = ItemQuery{};
  q.due_before = "June";
  EXPECT_FALSE(store->FindItems(q).ok());
}

TEST_F(GoldStore, ThemesFilterOnceStored) {
  ItemQuery q;
  q.theme = "scrutiny";
  EXPECT_TRUE(Refs(q).empty());
  ASSERT_TRUE(store->ReplaceThemes({{"bcc-2023-11-governance-stabilisation-plan#6", "scrutiny"},
                                    {"bcc-2019-improvement-programme-addendum#b", "scrutiny"},
                                    {"no-such-doc#1", "scrutiny"}}).ok());
  EXPECT_EQ(Refs(q), (std::vector<std::string>{"bcc-2019-improvement-programme-addendum#b",
                                               "bcc-2023-11-governance-stabilisation-plan#6"}));
}

TEST_F(GoldStore, TextSearchRanksAndStems) {
  ItemQuery q;
  q.text = "constitution";
  auto refs = Refs(q);
  ASSERT_FALSE(refs.empty());
  q.text = "constitutions";  // porter stemming
  EXPECT_EQ(Refs(q), refs);
  q.text = "\"constitution OR";  // FTS5 syntax in the input is plain text
  EXPECT_TRUE(store->FindItems(q).ok());
  q.text = "zzzunknownword";
  EXPECT_TRUE(Refs(q).empty());
}

}  // namespace
}  // namespace plantrace
