#pragma once
// JsonValue: a JSON tree for reading and writing, with object keys kept in
// insertion order so that output is byte-identical from run to run.
//
// It wraps nlohmann-json so that the library is linked by this one target and
// its types never reach another header. Numbers are written with at most
// `kDecimals` decimals (see Number()), independent of the locale.
//
//   JsonValue doc = JsonValue::Object();
//   doc.Set("pages", 12).Set("title", "Plan");
//   std::cout << doc.Dump(2);
//
//   Result<JsonValue> r = JsonValue::Parse(text, "manifest.json");
//   for (const JsonValue& d : r->Get("documents").Items()) ...

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

class JsonValue {
 public:
  JsonValue();  // null
  JsonValue(std::nullptr_t);                 // NOLINT: implicit by design
  JsonValue(bool b);                         // NOLINT
  JsonValue(int v);                          // NOLINT
  JsonValue(int64_t v);                      // NOLINT
  JsonValue(double v);                       // NOLINT
  JsonValue(const char* s);                  // NOLINT
  JsonValue(std::string_view s);             // NOLINT
  JsonValue(const std::string& s);           // NOLINT
  static JsonValue Object();
  static JsonValue Array();
  // A number rounded to `decimals` places (coordinates: 2).
  static JsonValue Number(double v, int decimals);
  static JsonValue StringArray(const std::vector<std::string>& items);

  JsonValue(const JsonValue& other);
  JsonValue(JsonValue&& other) noexcept;
  JsonValue& operator=(const JsonValue& other);
  JsonValue& operator=(JsonValue&& other) noexcept;
  ~JsonValue();

  // Building. REQUIRES: an object (Set) or an array (Push).
  JsonValue& Set(std::string_view key, JsonValue value);
  JsonValue& Push(JsonValue value);

  // Reading. Accessors never throw: a missing key or a value of another type
  // gives null / the fallback.
  bool IsNull() const;
  bool IsObject() const;
  bool IsArray() const;
  bool IsString() const;
  bool IsNumber() const;
  bool IsBool() const;
  bool Has(std::string_view key) const;
  JsonValue Get(std::string_view key) const;    // null when absent
  std::vector<JsonValue> Items() const;         // array elements, or empty
  std::vector<std::string> Keys() const;        // object keys in order
  size_t Size() const;
  std::string AsString(std::string_view fallback = "") const;
  double AsDouble(double fallback = 0) const;
  int64_t AsInt(int64_t fallback = 0) const;
  bool AsBool(bool fallback = false) const;

  // indent < 0: one line. Invalid UTF-8 in strings is replaced, never thrown.
  std::string Dump(int indent = -1) const;
  // `where` names the input in the error message (a file path).
  static Result<JsonValue> Parse(std::string_view text, std::string_view where);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace
