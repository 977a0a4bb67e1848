#pragma once
// InlineText: gathers the character data of one block (a paragraph, a
// heading, a list item) into text plus styled runs, collapsing white space the
// way a browser renders it: runs of spaces and newlines become one space,
// leading and trailing space disappears, and <br> is a line break ('\n').

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace plantrace {

struct InlineStyle {
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool superscript = false;
  bool operator==(const InlineStyle&) const = default;
};

// The style inside an element: `parent` changed by the element's tag
// (b/strong/th/h1–h6 bold, i/em italic, u/ins underline, sup superscript)
// and by its inline CSS (font-weight, font-style, text-decoration,
// vertical-align: super).
InlineStyle StyleForElement(const InlineStyle& parent, std::string_view tag,
                            std::string_view style_attr);

struct InlineRun {
  std::string text;  // collapsed text, joined with '\n' at line breaks
  std::vector<Span> spans;
};

class InlineText {
 public:
  // `raw` is UTF-8 straight from the document; it is cleaned (CleanText) here.
  void AddText(std::string_view raw, const InlineStyle& style);
  void LineBreak();
  // True when nothing but white space was added since the last Take().
  bool empty() const { return text_.empty(); }
  // The gathered text and its spans (adjacent equal styles merged); resets.
  InlineRun Take();

 private:
  void Append(std::string_view piece, const InlineStyle& style);

  std::string text_;
  std::vector<Span> spans_;
  bool pending_space_ = false;
  InlineStyle pending_style_;
  bool pending_break_ = false;
};

}  // namespace plantrace
