#include <unistd.h>
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
  const std::string path = ::testing::TempDir() + "/summary_" + std::to_string(::getpid()) + ".db";
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  StoredDocument d;
  d.document = DocumentRecord{"plan", "T", "P", "2023-11", "2023-24", "s", "pdf", "plan.pdf", "plan", std::nullopt};
  d.items = {Due("1", "2024-06-30", "Chief Executive", ""),
             Due("2", "2023-01-31", "Chief Executive", ""),         // before the plan
             Due("3", "2024-03-31", "Monitoring Officer", "complete"),  // done
             Due("4", "2024-01-31", "Chief Executive", ""),
             Due("9", "2024-06-30", "Chief Executive", ""),
             Due("10", "2024-06-30", "Chief Executive", "")};
  // Item 1 is due twice: its soonest due date still ahead is the one listed.
  d.items[0].dates.push_back(DateRecord{"Q1", "due", "2024-01-01", std::string("2024-03-31"), "quarter"});
  ASSERT_TRUE(store.value()->Put(d).ok());
  auto text = Summarise(*store.value(), SummaryOptions{});
  ASSERT_TRUE(text.ok());
  const std::string& s = text.value();
  EXPECT_NE(s.find("1 documents (1 versions), 6 items, 2 owners, 0 links"), std::string::npos) << s;
  EXPECT_NE(s.find("      5  Chief Executive"), std::string::npos) << s;
  const size_t first = s.find("2024-01-31  plan#4"), second = s.find("2024-03-31  plan#1"),
               third = s.find("2024-06-30  plan#9 "),
               fourth = s.find("2024-06-30  plan#10");  // document order, not "10" < "9"
  EXPECT_NE(first, std::string::npos) << s;
  EXPECT_NE(second, std::string::npos) << s;
  EXPECT_NE(third, std::string::npos) << s;
  EXPECT_LT(first, second);
  EXPECT_NE(fourth, std::string::npos) << s;
  EXPECT_LT(second, third);
  EXPECT_LT(third, fourth);
  EXPECT_EQ(s.find("plan#2 "), std::string::npos) << s;
  EXPECT_EQ(s.find("plan#3 "), std::string::npos) << s;
}

}  // namespace
}  // namespace plantrace
