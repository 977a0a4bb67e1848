#include "json/json_value.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(JsonValueTest, KeepsKeyOrderAndRoundsNumbers) {
  JsonValue v = JsonValue::Object();
  v.Set("z", 1).Set("a", JsonValue::Number(90.10000000001, 2)).Set("s", "x\"y");
  EXPECT_EQ(v.Dump(), R"({"z":1,"a":90.1,"s":"x\"y"})");
}

TEST(JsonValueTest, ParsesAndReadsWithoutThrowing) {
  auto r = JsonValue::Parse(R"({"documents":[{"doc_id":"a","pages":3}]})", "m.json");
  ASSERT_TRUE(r.ok());
  auto docs = r->Get("documents").Items();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].Get("doc_id").AsString(), "a");
  EXPECT_EQ(docs[0].Get("pages").AsInt(), 3);
  EXPECT_TRUE(docs[0].Get("missing").IsNull());
  EXPECT_EQ(docs[0].Get("doc_id").AsInt(-1), -1);  // wrong type -> fallback
}

TEST(JsonValueTest, BadJsonIsAStatusNamingTheFile) {
  auto r = JsonValue::Parse("{\"a\": [1, 2", "m.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().where(), "m.json");
}

TEST(JsonValueTest, InvalidUtf8IsReplacedOnDump) {
  JsonValue v(std::string("a\xff" "b"));
  EXPECT_EQ(v.Dump(), "\"a\xEF\xBF\xBD" "b\"");
}

}  // namespace
}  // namespace plantrace
