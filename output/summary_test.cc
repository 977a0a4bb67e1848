#include <gtest/gtest.h>

#include "output/sqlite/sqlite_store.h"
#include "output/summary.h"

namespace plantrace {
namespace {

ItemRecord Due(const std::string& id, const std::string& end, const std::string& owner,
               const std::string& status) {
  ItemRecord it;
  it.doc_id = "plan";
  it.item_id = id;
  it.kind = "recommendation";
  it.text = "Item " + id;
  it.owners = {OwnerRecord{owner, owner, false}};
  it.dates = {DateRecord{end, "due", end.substr(0, 8) + "01", end, "month"}};
  if (!status.empty()) it.status = StatusRecord{status, status};
  return it;
}

TEST(Summary, ListsOwnersAndWhatIsDueNextAfterTheNewestDocument) {
  const std::string path = ::testing::TempDir() + "/summary.db";
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  StoredDocument d;
  d.document = DocumentRecord{"plan", "T", "P", "2023-11", "2023-24", "s", "pdf", "plan.pdf"};
  d.items = {Due("1", "2024-06-30", "Chief Executive", ""),
             Due("2", "2023-01-31", "Chief Executive", ""),         // before the plan
             Due("3", "2024-03-31", "Monitoring Officer", "complete"),  // done
             Due("4", "2024-01-31", "Chief Executive", "")};
  ASSERT_TRUE(store.value()->Put(d).ok());
  auto text = Summarise(*store.value(), SummaryOptions{});
  ASSERT_TRUE(text.ok());
  const std::string& s = text.value();
  EXPECT_NE(s.find("1 documents (1 versions), 4 items, 2 owners, 0 links"), std::string::npos) << s;
  EXPECT_NE(s.find("      3  Chief Executive"), std::string::npos) << s;
  const size_t first = s.find("2024-01-31  plan#4"), second = s.find("2024-06-30  plan#1");
  EXPECT_NE(first, std::string::npos) << s;
  EXPECT_NE(second, std::string::npos) << s;
  EXPECT_LT(first, second);
  EXPECT_EQ(s.find("plan#2 "), std::string::npos) << s;
  EXPECT_EQ(s.find("plan#3 "), std::string::npos) << s;
}

}  // namespace
}  // namespace plantrace
