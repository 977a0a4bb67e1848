#include "extractors/html/html_elements.h"

#include <algorithm>
#include <array>

namespace plantrace {
namespace {

template <size_t N>
bool OneOf(std::string_view tag, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), tag) != names.end();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool MentionsFootnote(std::string_view value) {
  const std::string v = Lower(value);
  return v.find("footnote") != std::string::npos || v.find("endnote") != std::string::npos;
}

// id="fn3", "fn:3", "fn-3" (the ids Markdown tools and Word exports give
// footnote bodies); "fnref3" is the reference, not the note.
bool IsFootnoteId(std::string_view id) {
  const std::string v = Lower(id);
  if (v.size() < 3 || v.compare(0, 2, "fn") != 0) return false;
  size_t i = 2;
  if (v[i] == ':' || v[i] == '-' || v[i] == '_') ++i;
  if (i >= v.size()) return false;
  for (; i < v.size(); ++i) {
    if (v[i] < '0' || v[i] > '9') return false;
  }
  return true;
}

}  // namespace

bool IsSkippedElement(std::string_view tag) {
  static constexpr std::array<std::string_view, 22> kSkipped = {
      "script", "style",  "noscript", "template", "head",   "nav",    "title", "meta",
      "link",   "base",   "svg",      "math",     "iframe", "object", "embed", "canvas",
      "audio",  "video",  "select",   "button",   "input",  "datalist"};
  return OneOf(tag, kSkipped);
}

bool IsBlockElement(std::string_view tag) {
  static constexpr std::array<std::string_view, 46> kBlocks = {
      "address", "article", "aside",   "blockquote", "body",    "caption", "center",
      "dd",      "details", "dialog",  "dir",        "div",     "dl",      "dt",
      "fieldset", "figcaption", "figure", "footer",  "form",    "h1",      "h2",
      "h3",      "h4",      "h5",      "h6",         "header",  "hgroup",  "hr",
      "html",    "legend",  "li",      "main",       "menu",    "ol",      "p",
      "pre",     "section", "summary", "table",      "tbody",   "td",      "tfoot",
      "th",      "thead",   "tr",      "ul"};
  return OneOf(tag, kBlocks);
}

int HeadingLevel(std::string_view tag) {
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return tag[1] - '0';
  return 0;
}

bool IsHiddenElement(const DomNode& el) {
  if (el.has_attr("hidden")) return true;
  const std::string_view style = el.attr("style");
  if (style.empty()) return false;
  return CssValue(style, "display") == "none" || CssValue(style, "visibility") == "hidden";
}

bool IsFootnoteElement(const DomNode& el) {
  if (el.is("aside")) return true;
  const std::string role = Lower(el.attr("role"));
  if (role == "doc-footnote" || role == "doc-endnotes" || role == "doc-endnote") return true;
  return MentionsFootnote(el.attr("class")) || MentionsFootnote(el.attr("id")) ||
         IsFootnoteId(el.attr("id"));
}

std::string CssValue(std::string_view style, std::string_view property) {
  const std::string lower = Lower(style);
  size_t i = 0;
  std::string found;
  while (i < lower.size()) {  // the last declaration wins, as in CSS
    size_t end = lower.find(';', i);
    if (end == std::string::npos) end = lower.size();
    const std::string_view decl = std::string_view(lower).substr(i, end - i);
    i = end + 1;
    const size_t colon = decl.find(':');
    if (colon == std::string_view::npos || Trim(decl.substr(0, colon)) != property) continue;
    std::string_view value = Trim(decl.substr(colon + 1));
    if (const size_t bang = value.find('!'); bang != std::string_view::npos) {
      value = Trim(value.substr(0, bang));
    }
    found = std::string(value);
  }
  return found;
}

bool ParseHtmlInt(std::string_view value, int* out) {
  value = Trim(value);
  bool negative = false;
  if (!value.empty() && (value[0] == '-' || value[0] == '+')) {
    negative = value[0] == '-';
    value.remove_prefix(1);
  }
  if (value.empty() || value[0] < '0' || value[0] > '9') return false;
  long n = 0;
  for (size_t i = 0; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i) {
    n = std::min(n * 10 + (value[i] - '0'), 1000000000L);
  }
  *out = static_cast<int>(negative ? -n : n);
  return true;
}

}  // namespace plantrace
