// The appended JSON text reads exactly as JsonValue::Dump() of the same
// values, on plain text and on text that needs escaping or replacing.
#include "json/json_text.h"

#include <gtest/gtest.h>

#include "json/json_value.h"

namespace plantrace {
namespace {

TEST(JsonTextTest, StringsReadAsTheTreeWritesThem) {
  const std::vector<std::string> texts = {
      "", "plain words 24/00115", "quote \" and \\ backslash", "tab\tnew\nline\x01",
      "council\xE2\x80\x99s \xC2\xA3" "5m", "bad \xFF\xFE utf-8", "del \x7F", "{}[],:"};
  for (const std::string& t : texts) {
    std::string out;
    AppendJsonString(out, t);
    EXPECT_EQ(out, JsonValue(t).Dump()) << t;
  }
  std::string array;
  AppendJsonStringArray(array, texts);
  EXPECT_EQ(array, JsonValue::StringArray(texts).Dump());
  std::string empty;
  AppendJsonStringArray(empty, {});
  EXPECT_EQ(empty, "[]");
}

TEST(JsonTextTest, NumbersReadAsTheTreeWritesThem) {
  for (double v : {0.0, -0.001, 0.125, 0.135, 1.0, 0.999999, 0.1324, 12345.678, -3.0}) {
    std::string out;
    AppendJsonNumber(out, v, 2);
    EXPECT_EQ(out, JsonValue::Number(v, 2).Dump()) << v;
  }
}

TEST(JsonTextTest, AnObjectReadsAsTheTreeWritesIt) {
  JsonValue tree = JsonValue::Object();
  tree.Set("type", "link").Set("score", JsonValue::Number(0.4567, 2));
  std::string out = "{";
  AppendJsonKey(out, "type");
  AppendJsonString(out, "link");
  out += ',';
  AppendJsonKey(out, "score");
  AppendJsonNumber(out, 0.4567, 2);
  out += '}';
  EXPECT_EQ(out, tree.Dump());
}

}  // namespace
}  // namespace plantrace
