#include "pipeline/link/passages.h"

namespace plantrace {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// What may open a sentence. Bytes >= 0x80 start a non-ASCII character; most
// that follow a full stop and a space in these reports are capitals or
// curly quotes, so they count (a plain byte test, no ICU needed here).
bool OpensSentence(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'A' && c <= 'Z') || c == '"' || c == '\'' || c == '(' || c == '[' || u >= 0x80;
}

}  // namespace

std::vector<std::string> Passages(const ItemRecord& item) {
  if (!item.actions.empty()) return item.actions;
  std::vector<std::string> out;
  const std::string& t = item.text;
  size_t start = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] != '.' && t[i] != '?' && t[i] != '!') continue;
    size_t next = i + 1;
    while (next < t.size() && IsSpace(t[next])) ++next;
    if (next == i + 1 || next >= t.size() || !OpensSentence(t[next])) continue;
    out.push_back(t.substr(start, i + 1 - start));
    start = next;
    i = next - 1;
  }
  if (start < t.size()) out.push_back(t.substr(start));
  if (out.size() < 2) out.clear();
  return out;
}

}  // namespace plantrace
