#include "pipeline/link/lineage.h"

#include <gtest/gtest.h>

#include "pipeline/link/link_test_items.h"

namespace plantrace {
namespace {

DocumentRecord Doc(std::string id, std::string date) {
  DocumentRecord d;
  d.doc_id = std::move(id);
  d.date = std::move(date);
  return d;
}

LinkRecord Link(std::string from, std::string to, std::string rel, double score) {
  return {std::move(from), std::move(to), std::move(rel), score, {"why " + std::to_string(score)}};
}

struct Fixture {
  std::vector<DocumentRecord> docs = {Doc("d2023", "2023-11"), Doc("d2015", "2015-03"),
                                      Doc("d2018", "2018-09"), Doc("d2024", "2024-04")};
  std::vector<ItemRecord> items = {
      Item("d2023", "9", "", "text of d2023#9"),     Item("d2018", "4.5", "", "text of d2018#4.5"),
      Item("d2015", "d", "", "text of d2015#d"),     Item("d2024", "1", "", "text of d2024#1"),
      Item("d2018", "1.1", "", "text of d2018#1.1"), Item("d2023", "3", "", "text of d2023#3")};
  std::vector<LinkRecord> links = {
      Link("d2015#d", "d2018#4.5", "recurs", 0.7),
      Link("d2018#4.5", "d2023#9", "recurs", 0.6),
      Link("d2015#d", "d2023#9", "recurs", 0.5),   // weaker: not 9's parent
      Link("d2023#9", "d2024#1", "continues", 0.4),
      Link("d2018#1.1", "d2023#3", "related", 0.9),  // related: no lineage
  };
};

TEST(Lineage, ChainsOldestFirstWithEachStepsLink) {
  Fixture f;
  std::vector<Lineage> lineages = BuildLineages(f.docs, f.items, f.links);
  ASSERT_EQ(lineages.size(), 1u);
  const Lineage& l = lineages[0];
  EXPECT_EQ(l.id, "d2015#d");
  EXPECT_EQ(l.doc_ids, (std::vector<std::string>{"d2015", "d2018", "d2023", "d2024"}));
  ASSERT_EQ(l.steps.size(), 4u);
  EXPECT_EQ(l.steps[0].ref, "d2015#d");
  EXPECT_TRUE(l.steps[0].parent.empty());
  EXPECT_EQ(l.steps[1].ref, "d2018#4.5");
  EXPECT_EQ(l.steps[2].ref, "d2023#9");
  EXPECT_EQ(l.steps[2].parent, "d2018#4.5");  // best strong link
  EXPECT_EQ(l.steps[2].relation, "recurs");
  EXPECT_EQ(l.steps[3].parent, "d2023#9");
  EXPECT_EQ(l.steps[3].relation, "continues");
  EXPECT_EQ(l.steps[3].item.text, "text of d2024#1");
}

TEST(Lineage, CycleInBadInputEnds) {
  Fixture f;
  f.links = {Link("d2018#4.5", "d2023#9", "recurs", 0.6), Link("d2023#9", "d2018#4.5", "recurs", 0.6)};
  std::vector<Lineage> lineages = BuildLineages(f.docs, f.items, f.links);
  EXPECT_LE(lineages.size(), 2u);  // ends, whatever it makes of it
}

TEST(Trace, AncestorsAndDescendantsOldestFirst) {
  Fixture f;
  Result<Trace> t = TraceItem("d2023#9", f.docs, f.items, f.links);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  std::vector<std::string> refs;
  for (const ItemRecord& i : t->items) refs.push_back(i.doc_id + "#" + i.item_id);
  EXPECT_EQ(refs, (std::vector<std::string>{"d2015#d", "d2018#4.5", "d2023#9", "d2024#1"}));
  EXPECT_EQ(t->links.size(), 4u);
  // The related 1.1 -> 3 link is its own trace.
  Result<Trace> r = TraceItem("d2023#3", f.docs, f.items, f.links);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->items.size(), 2u);
  EXPECT_EQ(r->links.size(), 1u);
}

TEST(Trace, BadReferences) {
  Fixture f;
  EXPECT_EQ(TraceItem("d2023", f.docs, f.items, f.links).status().code(),
            Status::Code::kInvalidArgument);
  EXPECT_EQ(TraceItem("d2023#", f.docs, f.items, f.links).status().code(),
            Status::Code::kInvalidArgument);
  EXPECT_EQ(TraceItem("d2023#77", f.docs, f.items, f.links).status().code(),
            Status::Code::kNotFound);
}

}  // namespace
}  // namespace plantrace
