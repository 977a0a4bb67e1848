#include "output/diff/item_diff.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

ItemRecord Item(std::string id, std::string text) {
  ItemRecord it;
  it.doc_id = "plan";
  it.item_id = std::move(id);
  it.kind = "recommendation";
  it.text = std::move(text);
  return it;
}

std::vector<std::string> Ids(const std::vector<ItemRecord>& items) {
  std::vector<std::string> out;
  for (const ItemRecord& it : items) out.push_back(it.item_id);
  return out;
}

TEST(ItemDiff, AddedRemovedChangedById) {
  std::vector<ItemRecord> before = {Item("1", "Review the constitution"),
                                    Item("2", "Set a balanced budget"),
                                    Item("3", "Train every member")};
  std::vector<ItemRecord> after = {before[0], before[1], Item("4", "Publish a scrutiny plan")};
  after[1].status = StatusRecord{"Complete", "complete"};
  after[1].updates.push_back(UpdateRecord{"Budget approved (October Update)", "2018-10", true});
  after[1].provenance.push_back(ProvenanceRecord{3, std::nullopt, "t1", 9});  // not compared
  ItemDiff d = DiffItems(before, after);
  EXPECT_EQ(Ids(d.removed), std::vector<std::string>{"3"});
  EXPECT_EQ(Ids(d.added), std::vector<std::string>{"4"});
  ASSERT_EQ(d.changed.size(), 1u);
  EXPECT_EQ(d.changed[0].after.item_id, "2");
  ASSERT_EQ(d.changed[0].fields.size(), 2u);
  EXPECT_EQ(d.changed[0].fields[0].field, "status");
  EXPECT_TRUE(d.changed[0].fields[0].before.empty());
  EXPECT_EQ(d.changed[0].fields[0].after, std::vector<std::string>{"complete"});
  EXPECT_EQ(d.changed[0].fields[1].field, "updates");
  EXPECT_EQ(d.unchanged, 1u);
}

TEST(ItemDiff, RenumberedItemPairsByText) {
  std::vector<ItemRecord> before = {Item("7.3", "Finalise the communications and marketing strategy")};
  std::vector<ItemRecord> after = {Item("7.2", "Finalise the communications and marketing strategy now")};
  ItemDiff d = DiffItems(before, after);
  EXPECT_TRUE(d.added.empty());
  EXPECT_TRUE(d.removed.empty());
  ASSERT_EQ(d.changed.size(), 1u);
  EXPECT_EQ(d.changed[0].fields[0].field, "item_id");
  EXPECT_EQ(d.changed[0].fields[1].field, "text");
}

TEST(ItemDiff, DatesComparedByMeaningNotWording) {
  ItemRecord a = Item("5.1", "Community cohesion");
  a.dates.push_back(DateRecord{"September 2018", "due", "2018-09-01", "2018-09-30", "month"});
  ItemRecord b = a;
  b.dates[0].raw = "Sept 2018";
  EXPECT_TRUE(DiffItems({a}, {b}).changed.empty());
  b.dates[0] = DateRecord{"December 2018", "due", "2018-12-01", "2018-12-31", "month"};
  ItemDiff d = DiffItems({a}, {b});
  ASSERT_EQ(d.changed.size(), 1u);
  EXPECT_EQ(d.changed[0].fields[0].field, "dates");
  EXPECT_EQ(d.changed[0].fields[0].after, std::vector<std::string>{"due 2018-12-01..2018-12-31"});
  // A due date an edition's own date has passed reads as an event: the
  // same words, no change.
  ItemRecord c = a;
  c.dates[0].role = "event";
  EXPECT_TRUE(DiffItems({a}, {c}).changed.empty());
}

}  // namespace
}  // namespace plantrace
