#include "pipeline/editions/editions.h"

#include <gtest/gtest.h>

#include "pipeline/editions/edition_links.h"
#include "pipeline/editions/item_pairing.h"

namespace plantrace {
namespace {

DocumentRecord Doc(std::string id, std::string title, std::string date,
                   std::string publisher = "Birmingham City Council") {
  DocumentRecord d;
  d.doc_id = std::move(id);
  d.title = std::move(title);
  d.date = std::move(date);
  d.publisher = std::move(publisher);
  d.doc_type = "plan";
  return d;
}

ItemRecord Item(const std::string& doc, std::string id, std::string text) {
  ItemRecord it;
  it.doc_id = doc;
  it.item_id = std::move(id);
  it.kind = "action";
  it.text = std::move(text);
  return it;
}

const char* kTexts[] = {"Review the constitution and the scheme of delegation",
                        "Set a balanced budget with a medium term financial strategy",
                        "Train every member in scrutiny and decision making",
                        "Publish a communications and marketing strategy",
                        "Agree a workforce strategy with the trade unions"};

// One plan's items, `drop` left out.
std::vector<ItemRecord> PlanItems(const std::string& doc, int drop = -1) {
  std::vector<ItemRecord> out;
  for (int i = 0; i < 5; ++i) {
    if (i != drop) out.push_back(Item(doc, std::to_string(i + 1) + ".1", kTexts[i]));
  }
  return out;
}

std::vector<const ItemRecord*> Pointers(const std::vector<ItemRecord>& items) {
  std::vector<const ItemRecord*> out;
  for (const ItemRecord& it : items) out.push_back(&it);
  return out;
}

std::vector<ItemRecord> Concat(std::initializer_list<std::vector<ItemRecord>> parts) {
  std::vector<ItemRecord> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

TEST(EditionTitleKey, DatesAndEditionWordsSetAside) {
  EXPECT_EQ(EditionTitleKey("Corporate Governance Improvement Plan – September Update 2018"),
            "corporate governance improvement plan");
  EXPECT_EQ(EditionTitleKey("Corporate Governance Improvement Plan (July 2018 edition)"),
            "corporate governance improvement plan");
  EXPECT_EQ(EditionTitleKey("Budget 2018/19, revised 24th Oct"), "budget");
  EXPECT_NE(EditionTitleKey("Workforce Plan"), EditionTitleKey("Improvement Plan"));
}

TEST(FindEditions, ThreeMonthlyEditionsChainByDate) {
  const std::vector<DocumentRecord> docs = {
      Doc("sep", "Improvement Plan – September Update 2018", "2018-09"),
      Doc("jul", "Improvement Plan – July Update 2018", "2018-07"),
      Doc("aug", "Improvement Plan – August Update 2018", "2018-08")};
  // August drops item 4.1; September renumbers nothing and adds one.
  std::vector<ItemRecord> items =
      Concat({PlanItems("sep", 3), PlanItems("jul"), PlanItems("aug", 3)});
  items.push_back(Item("sep", "6.1", "Open a new contact centre"));
  const PlanEditions e = FindEditions(docs, Pointers(items));
  ASSERT_EQ(e.steps.size(), 2u);
  EXPECT_EQ(e.steps[0].older, "jul");
  EXPECT_EQ(e.steps[0].newer, "aug");
  EXPECT_EQ(e.steps[1].older, "aug");
  EXPECT_EQ(e.steps[1].newer, "sep");
  EXPECT_TRUE(e.steps[0].same_title);
  EXPECT_DOUBLE_EQ(e.steps[0].shared, 0.8);  // 4 of July's 5
  EXPECT_EQ(e.steps[0].Why(),
            "edition of the same plan (title, publisher, later date; 80% of items shared)");
  ASSERT_EQ(e.steps[0].pairs.size(), 4u);
  // July's 1.1 (index 4) pairs with August's 1.1 (index 9).
  EXPECT_EQ(e.steps[0].pairs[0], std::make_pair(4u, 9u));
  EXPECT_EQ(e.plan_of.size(), 3u);
  EXPECT_EQ(e.plan_of.at("jul"), e.plan_of.at("sep"));
}

TEST(FindEditions, HighOverlapAloneWhateverTheTitle) {
  const std::vector<DocumentRecord> docs = {Doc("a", "Governance Improvement Plan", "2018-07"),
                                            Doc("b", "Our plan: progress to date", "2018-10")};
  const std::vector<ItemRecord> items = Concat({PlanItems("a"), PlanItems("b")});
  const PlanEditions e = FindEditions(docs, Pointers(items));
  ASSERT_EQ(e.steps.size(), 1u);
  EXPECT_FALSE(e.steps[0].same_title);
  EXPECT_EQ(e.steps[0].Why(), "edition of the same plan (later date; 100% of items shared)");
  // ... but not 60%: a later plan taking up some of an earlier one's aims.
  const std::vector<ItemRecord> fewer =
      Concat({PlanItems("a"), {Item("b", "1.1", kTexts[0]), Item("b", "2.1", kTexts[1]),
                               Item("b", "3.1", kTexts[2]), Item("b", "4.1", "Something new"),
                               Item("b", "5.1", "And something else entirely")}});
  EXPECT_TRUE(FindEditions(docs, Pointers(fewer)).steps.empty());
}

TEST(FindEditions, NotEditions) {
  const std::vector<ItemRecord> same = Concat({PlanItems("a"), PlanItems("b")});
  // The same date: copies, not a later edition.
  EXPECT_TRUE(FindEditions({Doc("a", "Plan", "2018-07"), Doc("b", "Plan", "2018-07")},
                           Pointers(same)).steps.empty());
  // A date only as a year against one with a month: not known to be later.
  EXPECT_TRUE(FindEditions({Doc("a", "Plan", "2018"), Doc("b", "Plan", "2018-07")},
                           Pointers(same)).steps.empty());
  // Other publishers.
  EXPECT_TRUE(FindEditions({Doc("a", "Plan", "2018-07", "Kent County Council"),
                            Doc("b", "Plan", "2018-09")},
                           Pointers(same)).steps.empty());
  // Other kinds of paper: a report and the minutes of its meeting.
  DocumentRecord minutes = Doc("b", "Plan", "2018-09");
  minutes.doc_type = "minutes";
  EXPECT_TRUE(FindEditions({Doc("a", "Plan", "2018-07"), minutes}, Pointers(same)).steps.empty());
  // The same title, items numbered alike, but other words: two meetings' minutes.
  std::vector<ItemRecord> other = PlanItems("a");
  for (int i = 0; i < 5; ++i) {
    other.push_back(Item("b", std::to_string(i + 1) + ".1", "Apologies and minutes of item " +
                                                                std::to_string(i)));
  }
  EXPECT_TRUE(FindEditions({Doc("a", "Plan", "2018-07"), Doc("b", "Plan", "2018-09")},
                           Pointers(other)).steps.empty());
}

TEST(EditionLinks, LinksCopiesAndKeepsScoringToTheNearestEdition) {
  const std::vector<DocumentRecord> docs = {
      Doc("jul", "Improvement Plan – July Update 2018", "2018-07"),
      Doc("aug", "Improvement Plan – August Update 2018", "2018-08"),
      Doc("later", "Stabilisation Plan", "2023-11")};
  std::vector<ItemRecord> items = Concat({PlanItems("jul"), PlanItems("aug")});
  items[6].text = "Set a balanced budget with a medium term financial strategy by March";
  items[7].item_id = "3.9";  // renumbered
  items[8].text = "Brand new words here";  // 4.1 rewritten
  items.push_back(Item("later", "9", "Set a balanced budget"));
  const std::vector<uint32_t> rank = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2};
  const EditionLinks e(docs, Pointers(items), rank);
  ASSERT_EQ(e.links().size(), 5u);
  EXPECT_EQ(e.links()[0].from, 0u);
  EXPECT_EQ(e.links()[0].to, 5u);
  EXPECT_EQ(e.links()[0].relation, "recurs");
  EXPECT_EQ(e.links()[0].why,
            (std::vector<std::string>{
                "edition of the same plan (title, publisher, later date; 80% of items shared)",
                "the same item 1.1 in the later edition"}));
  EXPECT_EQ(e.links()[2].why[1], "the same text in the later edition, numbered 3.9");
  EXPECT_EQ(e.links()[3].relation, "continues");
  // Within the plan: nothing for the scorer.
  EXPECT_FALSE(e.MayScore(1, 6));
  EXPECT_FALSE(e.MayScore(0, 9));
  // From another paper: the later edition's copy, not the earlier one's.
  EXPECT_FALSE(e.MayScore(1, 10));
  EXPECT_TRUE(e.MayScore(6, 10));
}

TEST(PairItems, ByIdThenByText) {
  const std::vector<ItemRecord> before = {Item("p", "7.3", "Finalise the marketing strategy"),
                                          Item("p", "1", "Review the constitution")};
  const std::vector<ItemRecord> after = {Item("p", "1", "Something else"),
                                         Item("p", "7.2", "Finalise the marketing strategy now")};
  EXPECT_EQ(PairItems(before, after), (std::vector<int>{1, 0}));
}

}  // namespace
}  // namespace plantrace
