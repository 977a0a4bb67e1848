#include <cctype>

#include "pipeline/segment/segment_types.h"

namespace plantrace {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool Blank(const std::string& s) {
  for (char c : s) {
    if (!IsSpace(c)) return false;
  }
  return true;
}

}  // namespace

bool StyledLine::AllBold() const {
  bool any = false;
  for (const StyledRun& r : runs) {
    if (Blank(r.text)) continue;
    if (!r.bold) return false;
    any = true;
  }
  return any;
}

bool StyledLine::AllUnderlined() const {
  bool any = false;
  for (const StyledRun& r : runs) {
    if (Blank(r.text)) continue;
    if (!r.underline) return false;
    any = true;
  }
  return any;
}

bool StyledLine::AnyBold() const {
  for (const StyledRun& r : runs) {
    if (r.bold && !Blank(r.text)) return true;
  }
  return false;
}

bool StyledLine::EndsBold() const {
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (Blank(it->text)) continue;
    // Closing punctuation alone ("." after a bold sentence) does not count.
    bool only_punct = true;
    for (char c : it->text) {
      if (std::isalnum(static_cast<unsigned char>(c))) only_punct = false;
    }
    if (only_punct && !it->bold) continue;
    return it->bold;
  }
  return false;
}

namespace {

bool IsFootnoteRef(const Span& s) {
  if (!s.superscript || s.text.empty()) return false;
  bool digit = false;
  for (char c : s.text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ' ' && c != ',') {
      return false;
    }
  }
  return digit;
}

// Style of every byte of `text`, aligned from the spans (spans joined equal
// the text up to whitespace): bit 0 bold, bit 1 underline, bit 2 footnote
// reference.
std::vector<unsigned char> ByteStyles(const std::string& text, const std::vector<Span>& spans) {
  std::vector<unsigned char> style(text.size(), 0);
  size_t pos = 0;
  for (const Span& s : spans) {
    unsigned char st = (s.bold ? 1 : 0) | (s.underline ? 2 : 0) | (IsFootnoteRef(s) ? 4 : 0);
    for (char c : s.text) {
      if (pos >= text.size()) break;
      if (text[pos] == c) {
        // A footnote reference's spaces stay: they part the words around it.
        style[pos] = IsSpace(c) ? (st & 3) : st;
        ++pos;
        continue;
      }
      if (IsSpace(c)) continue;  // a space the text collapsed
      while (pos < text.size() && IsSpace(text[pos]) && text[pos] != c) style[pos++] = st & 3;
      if (pos < text.size() && text[pos] == c) style[pos++] = st;
    }
  }
  return style;
}

}  // namespace

std::string WithoutFootnoteRefs(const std::string& text, const std::vector<Span>& spans) {
  bool any = false;
  for (const Span& s : spans) any = any || IsFootnoteRef(s);
  if (!any) return text;
  std::vector<unsigned char> style = ByteStyles(text, spans);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!(style[i] & 4)) out += text[i];
  }
  return out;
}

std::vector<StyledLine> StyledLines(const Cell& cell) {
  const std::string& text = cell.text;
  std::vector<unsigned char> style = ByteStyles(text, cell.spans);
  std::vector<StyledLine> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    StyledLine line;
    line.text = text.substr(begin, end - begin);
    line.text.clear();
    for (size_t i = begin; i < end; ++i) {
      if (style[i] & 4) continue;  // a footnote reference
      line.text += text[i];
      bool b = style[i] & 1, u = style[i] & 2;
      if (line.runs.empty() || line.runs.back().bold != b || line.runs.back().underline != u) {
        // Spaces join the run before them rather than start a new one.
        if (!line.runs.empty() && IsSpace(text[i])) {
          line.runs.back().text += text[i];
          continue;
        }
        line.runs.push_back({"", b, u});
      }
      line.runs.back().text += text[i];
    }
    if (!Blank(line.text)) out.push_back(std::move(line));
    if (end == text.size()) break;
    begin = end + 1;
  }
  return out;
}

}  // namespace plantrace
