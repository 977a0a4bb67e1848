// The PostgreSQL store against a real server: run by
// output/postgres/postgres_test.sh, which starts one and sets
// PLANTRACE_PG_URI. Without it every test is skipped.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "json/json_value.h"
#include "model/records_json.h"
#include "output/postgres/postgres_store.h"

namespace plantrace {
namespace {

StoredDocument Gold(const std::string& doc_id) {
  std::ifstream in(std::string(PLANTRACE_SOURCE_DIR) + "/tests/gold/items/" + doc_id + ".json");
  std::stringstream text;
  text << in.rdbuf();
  Result<JsonValue> j = JsonValue::Parse(text.str(), doc_id);
  Result<GoldFile> gold = j.ok() ? GoldFileFromJson(j.value(), doc_id) : Result<GoldFile>(j.status());
  EXPECT_TRUE(gold.ok()) << gold.status().ToString();
  StoredDocument d;
  if (!gold.ok()) return d;
  d.document = gold->document;
  d.document.sha256 = "gold-" + doc_id;
  d.document.format = "pdf";
  d.document.source = doc_id + ".pdf";
  d.items = gold->items;
  for (ItemRecord& it : d.items) it.doc_id = doc_id;
  return d;
}

class PostgresStore : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* uri = std::getenv("PLANTRACE_PG_URI");
    if (uri == nullptr) GTEST_SKIP() << "PLANTRACE_PG_URI not set (postgres_test.sh sets it)";
    auto s = OpenPostgresStore(uri);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store = std::move(s.value());
  }
  std::unique_ptr<Store> store;
};

TEST_F(PostgresStore, GoldRoundTripVersionsAndQueries) {
  const std::string id = "bcc-2023-11-governance-stabilisation-plan";
  StoredDocument gold = Gold(id);
  Result<PutOutcome> put = store->Put(gold);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(store->Put(gold).value(), PutOutcome::kAlreadyStored);
  auto items = store->Items(id);
  ASSERT_TRUE(items.ok()) << items.status().ToString();
  ASSERT_EQ(items->size(), gold.items.size());
  for (size_t i = 0; i < gold.items.size(); ++i) {
    EXPECT_EQ(ItemRecordToJson(items.value()[i]).Dump(), ItemRecordToJson(gold.items[i]).Dump());
  }

  ItemQuery q;
  q.owner = "monitoring officer";
  q.due_before = "2024-06";
  auto found = store->FindItems(q);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->front().item_id, "9");

  q = ItemQuery{};
  q.text = "constitution";
  found = store->FindItems(q);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_FALSE(found->empty());

  // A claim is exclusive between sessions and released by Release().
  auto other = OpenPostgresStore(std::getenv("PLANTRACE_PG_URI"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(store->Claim("claim-test").value(), ClaimOutcome::kMine);
  EXPECT_EQ(other.value()->Claim("claim-test").value(), ClaimOutcome::kTaken);
  store->Release("claim-test");
  EXPECT_EQ(other.value()->Claim("claim-test").value(), ClaimOutcome::kMine);
  EXPECT_EQ(store->Claim(gold.document.sha256).value(), ClaimOutcome::kStored);

  ASSERT_TRUE(store->ReplaceThemes({{id + "#9", "audit"}, {id + "#404", "audit"}}).ok());
  q = ItemQuery{};
  q.theme = "audit";
  found = store->FindItems(q);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->front().item_id, "9");

  ASSERT_TRUE(store->ReplaceLinks({LinkRecord{"a#1", "b#2", "recurs", 0.5, {"x", "y"}}}).ok());
  auto links = store->Links();
  ASSERT_TRUE(links.ok());
  ASSERT_EQ(links->size(), 1u);
  EXPECT_EQ(LinkRecordToJson(links->front()).Dump(),
            LinkRecordToJson(LinkRecord{"a#1", "b#2", "recurs", 0.5, {"x", "y"}}).Dump());
  ASSERT_TRUE(store->ReplaceLinks({}).ok());
}

}  // namespace
}  // namespace plantrace
