#pragma once
// JsonWriter: JSON written to a stream as it is produced, with no tree in
// between. The text is exactly what JsonValue::Dump(indent) writes for the
// same values (nlohmann's layout: indent spaces per level, "key": value,
// empty containers as {} and [], numbers as its shortest round-trip form,
// invalid UTF-8 replaced), so a writer may produce either. `extract --format
// json` writes documents this way: building the tree for a 28-page plan
// cost about 40 M instructions and tens of thousands of allocations that
// were freed again at once.
//
//   JsonWriter w(std::cout, 1);
//   w.BeginObject();
//   w.Key("pages"); w.Int(12);
//   w.Key("bbox"); w.BeginArray(); w.Number(72.004, 2); w.EndArray();
//   w.EndObject();
//   w.Flush();   // also done by the destructor

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace plantrace {

class JsonWriter {
 public:
  // indent < 0: one line, as JsonValue::Dump(-1).
  JsonWriter(std::ostream& out, int indent);
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // An object member's key; the next value written is its value.
  void Key(std::string_view key);

  void String(std::string_view text);
  void Int(int64_t v);
  void Bool(bool b);
  void Null();
  // As JsonValue::Number(v, decimals): rounded, null when not finite.
  void Number(double v, int decimals);
  // As JsonValue::StringArray(items).
  void StringArray(const std::vector<std::string>& items);

  // Hands what is buffered to the stream.
  void Flush();

 private:
  void BeforeValue();  // the separator and indentation a value needs here
  void Open(char bracket);
  void Close(char bracket);
  void Indent(size_t depth);
  void Put(std::string_view s);
  void PutString(std::string_view text);  // quoted and escaped

  std::ostream& out_;
  const int indent_;
  std::string block_;
  // Per open container: whether it has a member yet.
  std::vector<bool> has_member_;
  bool after_key_ = false;
};

}  // namespace plantrace
