#include "model/records_json.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(RecordsJson, ItemFieldOrderFollowsRecordsMd) {
  // std::string temporaries: assigning these literals directly trips a
  // GCC 12 -Wrestrict false positive.
  ItemRecord it;
  it.doc_id = std::string("d");
  it.item_id = std::string("4");
  it.kind = std::string("recommendation");
  it.text = std::string("Review the Constitution");
  it.owners.push_back({"Interim Monitoring Officer", "Monitoring Officer", true});
  it.dates.push_back({"(July 2018 onwards)", "start", "2018-07-01", std::nullopt, "open"});
  it.amounts.push_back({"£105.4m", 105400000, std::string("2015/16"), false, "reduction"});
  it.status = StatusRecord{"COMPLETE", "complete"};
  it.provenance.push_back({3, std::array<double, 4>{40, 60, 800, 200}, std::string("t3"), 4});
  EXPECT_EQ(ItemRecordToJson(it).Dump(),
            "{\"type\":\"item\",\"doc_id\":\"d\",\"item_id\":\"4\",\"kind\":\"recommendation\","
            "\"section\":null,\"text\":\"Review the Constitution\",\"actions\":[],"
            "\"deliverables\":[],\"updates\":[],\"owners\":[{\"raw\":\"Interim Monitoring "
            "Officer\",\"title\":\"Monitoring Officer\",\"interim\":true}],\"dates\":[{\"raw\":"
            "\"(July 2018 onwards)\",\"role\":\"start\",\"start\":\"2018-07-01\",\"end\":null,"
            "\"precision\":\"open\"}],\"amounts\":[{\"raw\":\"£105.4m\",\"value_gbp\":105400000,"
            "\"period\":\"2015/16\",\"approximate\":false,\"kind\":\"reduction\"}],\"status\":"
            "{\"raw\":\"COMPLETE\",\"value\":\"complete\"},\"provenance\":[{\"page\":3,\"bbox\":"
            "[40.0,60.0,800.0,200.0],\"table\":\"t3\",\"row\":4}]}");
}

TEST(RecordsJson, ItemRoundTrips) {
  ItemRecord it;
  it.doc_id = "d";
  it.item_id = "6.1b";
  it.kind = "improvement_aim";
  it.section = "6 Partnerships";
  it.actions = {"a", "b"};
  it.updates.push_back({"Done (July Update).", std::string("2018-07"), false});
  it.dates.push_back({"June 2024", "due", "2024-06-01", std::string("2024-06-30"), "month"});
  Result<ItemRecord> back = ItemRecordFromJson(ItemRecordToJson(it), "mem");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(ItemRecordToJson(back.value()).Dump(), ItemRecordToJson(it).Dump());
}

TEST(RecordsJson, WrongTypeIsAnErrorNotACrash) {
  Result<JsonValue> j = JsonValue::Parse(R"({"item_id": 4, "owners": "x"})", "mem");
  ASSERT_TRUE(j.ok());
  Result<ItemRecord> r = ItemRecordFromJson(j.value(), "bad.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("bad.json"), std::string::npos);
}

TEST(RecordsJson, DocumentAndLink) {
  DocumentRecord d{"x", "T", "P", "2023-11", "2023-24", "ab", "pdf", "corpus/pdf/x.pdf", "other",
                   std::nullopt};
  EXPECT_EQ(DocumentRecordToJson(d).Dump(),
            "{\"type\":\"document\",\"doc_id\":\"x\",\"title\":\"T\",\"publisher\":\"P\","
            "\"date\":\"2023-11\",\"plan_cycle\":\"2023-24\",\"doc_type\":\"other\","
            "\"decision_number\":null,\"sha256\":\"ab\",\"format\":"
            "\"pdf\",\"source\":\"corpus/pdf/x.pdf\"}");
  LinkRecord l{"a#1", "b#9", "recurs", 0.834, {"shared terms: budget"}};
  EXPECT_EQ(LinkRecordToJson(l).Dump(),
            "{\"type\":\"link\",\"from\":\"a#1\",\"to\":\"b#9\",\"relation\":\"recurs\","
            "\"score\":0.83,\"why\":[\"shared terms: budget\"]}");
}

// The tree-free writer of `link --from` writes what the tree does.
TEST(RecordsJson, LinkAppendedAsTheTreeWritesIt) {
  const std::vector<LinkRecord> links = {
      {"a#1", "b#9", "recurs", 0.834, {"shared terms: budget"}},
      {"doc \"q\"#2", "d\xE2\x80\x99s#3", "continues", 1.0, {}},
      {"x#1", "y#2", "related", 0.1324, {"same decision number 24/00115", "bad \xFF", "tab\t"}}};
  for (const LinkRecord& l : links) {
    std::string out = "prefix ";
    AppendLinkRecordJson(l, out);
    EXPECT_EQ(out, "prefix " + LinkRecordToJson(l).Dump());
  }
}

// A paper that prints no date and belongs to no plan cycle: nulls, not "".
TEST(RecordsJson, DocumentNullsAndCommitteeFields) {
  DocumentRecord d{"k", "Title", "Kent County Council", "", "", "ab", "pdf", "k.pdf",
                   "record_of_decision", "24/00115"};
  JsonValue j = DocumentRecordToJson(d);
  EXPECT_TRUE(j.Get("date").IsNull());
  EXPECT_TRUE(j.Get("plan_cycle").IsNull());
  EXPECT_EQ(j.Get("doc_type").AsString(), "record_of_decision");
  EXPECT_EQ(j.Get("decision_number").AsString(), "24/00115");
  Result<DocumentRecord> back = DocumentRecordFromJson(j, "test");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->date, "");
  EXPECT_EQ(back->doc_type, "record_of_decision");
  EXPECT_EQ(back->decision_number.value_or(""), "24/00115");
}

TEST(RecordsJson, ReadsEveryGoldFile) {
  for (const char* name : {"bcc-2018-09-governance-improvement-plan",
                           "bcc-2019-improvement-programme-addendum",
                           "bcc-2023-11-governance-stabilisation-plan"}) {
    std::string path = std::string(PLANTRACE_SOURCE_DIR "/tests/gold/items/") + name + ".json";
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    std::stringstream ss;
    ss << in.rdbuf();
    Result<JsonValue> j = JsonValue::Parse(ss.str(), path);
    ASSERT_TRUE(j.ok()) << j.status().ToString();
    Result<GoldFile> g = GoldFileFromJson(j.value(), path);
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    EXPECT_EQ(g->document.doc_id, name);
    EXPECT_FALSE(g->items.empty());
    for (const ItemRecord& it : g->items) EXPECT_EQ(it.doc_id, name);
  }
}

}  // namespace
}  // namespace plantrace
