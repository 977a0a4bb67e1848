#include "json/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <ostream>

#include <nlohmann/json.hpp>

#include "json/json_value.h"

namespace plantrace {
namespace {

constexpr size_t kBlock = 64 << 10;

// Printable ASCII with nothing to escape is written as it is; anything else
// (quotes, backslashes, control bytes, non-ASCII that may be invalid UTF-8)
// goes through the library, so the two paths cannot disagree.
bool Plain(std::string_view s) {
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\') return false;
  }
  return true;
}

}  // namespace

JsonWriter::JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) {
  block_.reserve(kBlock + 256);
}

JsonWriter::~JsonWriter() { Flush(); }

void JsonWriter::Flush() {
  if (block_.empty()) return;
  out_.write(block_.data(), static_cast<std::streamsize>(block_.size()));
  block_.clear();
}

void JsonWriter::Put(std::string_view s) {
  block_.append(s);
  if (block_.size() >= kBlock) Flush();
}

void JsonWriter::Indent(size_t depth) {
  if (indent_ > 0) block_.append(depth * static_cast<size_t>(indent_), ' ');
}

// nlohmann writes a container's first member after "{\n" (pretty) or "{",
// later ones after ",\n" or ",", each indented one level deeper than the
// container; an object's value follows its key directly.
void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_member_.empty()) return;  // the top-level value
  if (has_member_.back()) block_ += ',';
  has_member_.back() = true;
  if (indent_ >= 0) {
    block_ += '\n';
    Indent(has_member_.size());
  }
}

void JsonWriter::Open(char bracket) {
  BeforeValue();
  block_ += bracket;
  has_member_.push_back(false);
}

void JsonWriter::Close(char bracket) {
  const bool any = has_member_.back();
  has_member_.pop_back();
  if (any && indent_ >= 0) {
    block_ += '\n';
    Indent(has_member_.size());
  }
  block_ += bracket;
  if (block_.size() >= kBlock) Flush();
}

void JsonWriter::BeginObject() { Open('{'); }
void JsonWriter::EndObject() { Close('}'); }
void JsonWriter::BeginArray() { Open('['); }
void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  PutString(key);
  Put(indent_ >= 0 ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
  BeforeValue();
  PutString(text);
}

void JsonWriter::PutString(std::string_view text) {
  if (Plain(text)) {
    block_ += '"';
    block_.append(text);
    block_ += '"';
    if (block_.size() >= kBlock) Flush();
    return;
  }
  Put(JsonValue(text).Dump());
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  std::array<char, 24> buf;
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  Put(std::string_view(buf.data(), static_cast<size_t>(r.ptr - buf.data())));
}

void JsonWriter::Bool(bool b) {
  BeforeValue();
  Put(b ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  Put("null");
}

void JsonWriter::Number(double v, int decimals) {
  if (!std::isfinite(v)) {
    Null();
    return;
  }
  // The rounding of JsonValue::Number, then the library's own formatting of
  // a double (what its serializer calls for every float it writes).
  const double scale = std::pow(10.0, decimals);
  double r = std::round(v * scale) / scale;
  if (r == 0) r = 0;  // no "-0.0" in output
  if (!std::isfinite(r)) {
    Null();
    return;
  }
  BeforeValue();
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), r);
  Put(std::string_view(buf.data(), static_cast<size_t>(end - buf.data())));
}

void JsonWriter::StringArray(const std::vector<std::string>& items) {
  BeginArray();
  for (const std::string& s : items) String(s);
  EndArray();
}

}  // namespace plantrace
