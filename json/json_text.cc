#include "json/json_text.h"

#include "json/json_value.h"

namespace plantrace {

namespace {

// Printable ASCII with nothing to escape is written as it is; anything else
// (quotes, backslashes, control bytes, non-ASCII that may be invalid
// UTF-8) goes through the library, so the two paths cannot disagree.
bool Plain(std::string_view s) {
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\') return false;
  }
  return true;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  if (Plain(text)) {
    out += '"';
    out += text;
    out += '"';
    return;
  }
  out += JsonValue(text).Dump();
}

void AppendJsonKey(std::string& out, std::string_view key) {
  AppendJsonString(out, key);
  out += ':';
}

void AppendJsonNumber(std::string& out, double v, int decimals) {
  out += JsonValue::Number(v, decimals).Dump();
}

void AppendJsonStringArray(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    AppendJsonString(out, items[i]);
  }
  out += ']';
}

}  // namespace plantrace
