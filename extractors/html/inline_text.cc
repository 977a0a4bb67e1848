#include "extractors/html/inline_text.h"

#include <cstdlib>
#include <utility>

#include "text/normalize.h"

namespace plantrace {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Applies "prop: value; …" declarations that change how text looks.
void ApplyInlineCss(std::string_view css, InlineStyle* style) {
  const std::string lower = Lower(css);
  size_t i = 0;
  while (i < lower.size()) {
    size_t end = lower.find(';', i);
    if (end == std::string::npos) end = lower.size();
    const std::string_view decl = std::string_view(lower).substr(i, end - i);
    i = end + 1;
    const size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view prop = Trim(decl.substr(0, colon));
    std::string_view value = Trim(decl.substr(colon + 1));
    if (const size_t bang = value.find('!'); bang != std::string_view::npos) {
      value = Trim(value.substr(0, bang));
    }
    if (prop == "font-weight") {
      if (value == "bold" || value == "bolder") {
        style->bold = true;
      } else if (value == "normal" || value == "lighter") {
        style->bold = false;
      } else if (!value.empty() && value[0] >= '0' && value[0] <= '9') {
        style->bold = std::atoi(std::string(value).c_str()) >= 600;
      }
    } else if (prop == "font-style") {
      style->italic = value == "italic" || value == "oblique";
    } else if (prop == "text-decoration" || prop == "text-decoration-line") {
      if (value.find("underline") != std::string_view::npos) {
        style->underline = true;
      } else if (value == "none") {
        style->underline = false;
      }
    } else if (prop == "font") {
      if (value.find("bold") != std::string_view::npos) style->bold = true;
      if (value.find("italic") != std::string_view::npos) style->italic = true;
    } else if (prop == "vertical-align") {
      style->superscript = value == "super";
    }
  }
}

}  // namespace

InlineStyle StyleForElement(const InlineStyle& parent, std::string_view tag,
                            std::string_view style_attr) {
  InlineStyle s = parent;
  if (tag == "b" || tag == "strong" || tag == "th" ||
      (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6')) {
    s.bold = true;
  } else if (tag == "i" || tag == "em" || tag == "cite" || tag == "dfn" || tag == "var") {
    s.italic = true;
  } else if (tag == "u" || tag == "ins") {
    s.underline = true;
  } else if (tag == "sup") {
    s.superscript = true;
  } else if (tag == "sub") {
    s.superscript = false;
  }
  if (!style_attr.empty()) ApplyInlineCss(style_attr, &s);
  return s;
}

void InlineText::Append(std::string_view piece, const InlineStyle& style) {
  text_.append(piece);
  if (!spans_.empty()) {
    Span& last = spans_.back();
    if (last.bold == style.bold && last.italic == style.italic &&
        last.underline == style.underline && last.superscript == style.superscript) {
      last.text.append(piece);
      return;
    }
  }
  Span span;
  span.text = std::string(piece);
  span.bold = style.bold;
  span.italic = style.italic;
  span.underline = style.underline;
  span.superscript = style.superscript;
  spans_.push_back(std::move(span));
}

void InlineText::AddText(std::string_view raw, const InlineStyle& style) {
  const std::string clean = CleanText(raw);
  size_t i = 0;
  while (i < clean.size()) {
    if (IsHtmlSpace(clean[i])) {
      if (!text_.empty() && !pending_space_) {
        pending_space_ = true;
        pending_style_ = style;
      }
      ++i;
      continue;
    }
    size_t end = i;
    while (end < clean.size() && !IsHtmlSpace(clean[end])) ++end;
    // A collapsed space keeps the style of the text it came from; a line
    // break joins the run before it.
    if (pending_break_) {
      spans_.back().text.push_back('\n');
      text_.push_back('\n');
    } else if (pending_space_) {
      Append(" ", pending_style_);
    }
    pending_break_ = pending_space_ = false;
    Append(std::string_view(clean).substr(i, end - i), style);
    i = end;
  }
}

void InlineText::LineBreak() {
  if (!text_.empty()) pending_break_ = true;
}

InlineRun InlineText::Take() {
  InlineRun run{std::move(text_), std::move(spans_)};
  text_.clear();
  spans_.clear();
  pending_space_ = pending_break_ = false;
  return run;
}

}  // namespace plantrace
