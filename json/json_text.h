#pragma once
// JSON text appended to a string without building a tree, for records
// written by the million (`link --from` writes millions of links). Each
// piece reads exactly as JsonValue::Dump() writes it (one line, UTF-8 kept,
// invalid UTF-8 replaced), so a writer may use either.
//
//   std::string line = "{";
//   AppendJsonKey(line, "score");
//   AppendJsonNumber(line, 0.25, 2);
//   line += "}";

#include <string>
#include <string_view>
#include <vector>

namespace plantrace {

// "text", escaped as JsonValue(text).Dump().
void AppendJsonString(std::string& out, std::string_view text);
// "key": (the colon included).
void AppendJsonKey(std::string& out, std::string_view key);
// As JsonValue::Number(v, decimals).Dump().
void AppendJsonNumber(std::string& out, double v, int decimals);
// ["a","b"], as JsonValue::StringArray(items).Dump().
void AppendJsonStringArray(std::string& out, const std::vector<std::string>& items);

}  // namespace plantrace
