#include "extractors/html/charset.h"

#include <cstring>

#include "text/normalize.h"

namespace plantrace {
namespace {

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  return s;
}

// Attributes of one tag, `s` starting just after the tag name and ending
// before '>'. Values may be quoted or bare.
std::vector<std::pair<std::string, std::string>> ParseAttributes(std::string_view s) {
  std::vector<std::pair<std::string, std::string>> attrs;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (IsSpace(s[i]) || s[i] == '/')) ++i;
    size_t start = i;
    while (i < s.size() && !IsSpace(s[i]) && s[i] != '=' && s[i] != '/') ++i;
    std::string name = LowerCopy(s.substr(start, i - start));
    while (i < s.size() && IsSpace(s[i])) ++i;
    std::string value;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && IsSpace(s[i])) ++i;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const char quote = s[i++];
        start = i;
        while (i < s.size() && s[i] != quote) ++i;
        value = std::string(s.substr(start, i - start));
        if (i < s.size()) ++i;
      } else {
        start = i;
        while (i < s.size() && !IsSpace(s[i])) ++i;
        value = std::string(s.substr(start, i - start));
      }
    }
    if (!name.empty()) attrs.emplace_back(std::move(name), std::move(value));
    if (i == start && i < s.size()) ++i;  // always make progress
  }
  return attrs;
}

// "text/html; charset=ISO-8859-1" -> "ISO-8859-1".
std::string CharsetFromContentType(std::string_view content) {
  const std::string lower = LowerCopy(content);
  const size_t pos = lower.find("charset");
  if (pos == std::string::npos) return "";
  size_t i = pos + 7;
  while (i < lower.size() && IsSpace(lower[i])) ++i;
  if (i >= lower.size() || lower[i] != '=') return "";
  ++i;
  size_t end = i;
  while (end < content.size() && content[end] != ';') ++end;
  return std::string(Trim(content.substr(i, end - i)));
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  const std::string l = LowerCopy(Trim(label));
  static const char* const kWindows1252[] = {
      "latin1", "latin-1", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "l1",
      "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "windows-1252", "x-cp1252", "cp819",
      "ibm819", "iso-ir-100", "csisolatin1"};
  for (const char* name : kWindows1252) {
    if (l == name) return "windows-1252";
  }
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") return "UTF-8";
  return std::string(Trim(label));
}

std::string FindMetaCharset(std::string_view bytes, size_t prescan) {
  const std::string_view head = bytes.substr(0, std::min(prescan, bytes.size()));
  size_t i = 0;
  while (i < head.size()) {
    const size_t lt = head.find('<', i);
    if (lt == std::string_view::npos) break;
    if (head.substr(lt, 4) == "<!--") {  // a commented-out <meta> does not count
      const size_t end = head.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const size_t gt = head.find('>', lt);
    if (gt == std::string_view::npos) break;
    i = gt + 1;
    if (LowerCopy(head.substr(lt, 5)) != "<meta" || lt + 5 >= gt || !IsSpace(head[lt + 5])) {
      continue;
    }
    std::string http_equiv, content, charset;
    for (const auto& [name, value] : ParseAttributes(head.substr(lt + 5, gt - lt - 5))) {
      if (name == "charset") charset = value;
      if (name == "http-equiv") http_equiv = LowerCopy(value);
      if (name == "content") content = value;
    }
    if (!charset.empty()) return std::string(Trim(charset));
    if (http_equiv == "content-type") {
      std::string from_content = CharsetFromContentType(content);
      if (!from_content.empty()) return from_content;
    }
  }
  return "";
}

CharsetGuess DetectCharset(std::string_view bytes) {
  if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0) {
    return {"UTF-8", 3, "bom"};
  }
  if (bytes.size() >= 2 && std::memcmp(bytes.data(), "\xFF\xFE", 2) == 0) {
    return {"UTF-16LE", 2, "bom"};
  }
  if (bytes.size() >= 2 && std::memcmp(bytes.data(), "\xFE\xFF", 2) == 0) {
    return {"UTF-16BE", 2, "bom"};
  }
  std::string meta = FindMetaCharset(bytes);
  if (!meta.empty()) {
    std::string name = CanonicalCharset(meta);
    // A <meta> readable as ASCII cannot be right about UTF-16 (HTML spec).
    if (LowerCopy(name).rfind("utf-16", 0) == 0) name = "UTF-8";
    return {name, 0, "meta"};
  }
  return {"UTF-8", 0, "default"};
}

std::string DecodeHtmlBytes(std::string_view bytes, std::vector<std::string>* warnings) {
  const CharsetGuess guess = DetectCharset(bytes);
  const std::string_view body = bytes.substr(guess.bom_length);
  std::string out;
  if (ConvertToUtf8(body, guess.name, &out)) return out;
  if (warnings) {
    warnings->push_back("html: unknown charset \"" + guess.name + "\", read as UTF-8");
  }
  if (ConvertToUtf8(body, "UTF-8", &out)) return out;
  return CleanText(body);  // ICU without a UTF-8 converter: still replace bad bytes
}

}  // namespace plantrace
