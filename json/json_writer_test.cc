#include "json/json_writer.h"

#include <cmath>
#include <sstream>

#include <gtest/gtest.h>

#include "json/json_value.h"

namespace plantrace {
namespace {

// The same values written by the writer and built as a tree, then dumped.
void WriteSample(JsonWriter& w) {
  w.BeginObject();
  w.Key("id");
  w.String("b1");
  w.Key("page");
  w.Int(-3);
  w.Key("bbox");
  w.BeginArray();
  for (double v : {72.004, 90.126, 520.4, 130.0, -0.001, 1e21, 0.07}) w.Number(v, 2);
  w.EndArray();
  w.Key("size");
  w.Number(10.96, 1);
  w.Key("nan");
  w.Number(std::nan(""), 2);
  w.Key("flags");
  w.BeginArray();
  w.Bool(true);
  w.Bool(false);
  w.Null();
  w.EndArray();
  w.Key("empty_object");
  w.BeginObject();
  w.EndObject();
  w.Key("empty_array");
  w.BeginArray();
  w.EndArray();
  w.Key("text \"quoted\"");
  w.String("caf\xc3\xa9 \xff tab\there\n\x01");
  w.Key("nested");
  w.BeginArray();
  w.BeginObject();
  w.Key("lines");
  w.StringArray({"a", "b\\c"});
  w.Key("none");
  w.StringArray({});
  w.EndObject();
  w.BeginArray();
  w.Int(1);
  w.EndArray();
  w.EndArray();
  w.EndObject();
}

JsonValue SampleTree() {
  JsonValue bbox = JsonValue::Array();
  for (double v : {72.004, 90.126, 520.4, 130.0, -0.001, 1e21, 0.07}) {
    bbox.Push(JsonValue::Number(v, 2));
  }
  JsonValue flags = JsonValue::Array();
  flags.Push(true).Push(false).Push(JsonValue());
  JsonValue inner = JsonValue::Object();
  inner.Set("lines", JsonValue::StringArray({"a", "b\\c"}))
      .Set("none", JsonValue::StringArray({}));
  JsonValue one = JsonValue::Array();
  one.Push(1);
  JsonValue nested = JsonValue::Array();
  nested.Push(std::move(inner)).Push(std::move(one));
  JsonValue v = JsonValue::Object();
  v.Set("id", "b1")
      .Set("page", -3)
      .Set("bbox", std::move(bbox))
      .Set("size", JsonValue::Number(10.96, 1))
      .Set("nan", JsonValue::Number(std::nan(""), 2))
      .Set("flags", std::move(flags))
      .Set("empty_object", JsonValue::Object())
      .Set("empty_array", JsonValue::Array())
      .Set("text \"quoted\"", "caf\xc3\xa9 \xff tab\there\n\x01")
      .Set("nested", std::move(nested));
  return v;
}

TEST(JsonWriterTest, WritesWhatTheTreeDumps) {
  const JsonValue tree = SampleTree();
  for (int indent : {-1, 0, 1, 2, 4}) {
    std::ostringstream out;
    {
      JsonWriter w(out, indent);
      WriteSample(w);
    }
    EXPECT_EQ(out.str(), tree.Dump(indent)) << "indent " << indent;
  }
}

TEST(JsonWriterTest, LongOutputCrossesBlocksIntact) {
  JsonValue tree = JsonValue::Array();
  std::ostringstream out;
  {
    JsonWriter w(out, 1);
    w.BeginArray();
    for (int i = 0; i < 20000; ++i) {
      const std::string text = "item " + std::to_string(i);
      w.BeginObject();
      w.Key("text");
      w.String(text);
      w.Key("x");
      w.Number(i / 3.0, 2);
      w.EndObject();
      JsonValue o = JsonValue::Object();
      o.Set("text", text).Set("x", JsonValue::Number(i / 3.0, 2));
      tree.Push(std::move(o));
    }
    w.EndArray();
  }
  ASSERT_GT(out.str().size(), size_t{4} << 16);
  EXPECT_EQ(out.str(), tree.Dump(1));
}

}  // namespace
}  // namespace plantrace
