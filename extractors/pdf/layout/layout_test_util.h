#pragma once
// Synthetic words for layout tests: text set in a fixed-pitch model font
// (each character 0.5 em wide, spaces 0.25 em) so tests read like pages.

#include <sstream>
#include <string>
#include <vector>

#include "extractors/pdf/page_content.h"

namespace plantrace::pdf::testing {

struct Look {
  double size = 10;
  bool bold = false;
  std::string font = "Helvetica";
};

inline Word MakeWord(const std::string& text, double x0, double baseline, const Look& look = {}) {
  Word w;
  w.text = text;
  w.font_size = look.size;
  w.baseline = baseline;
  w.bold = look.bold;
  w.font = look.bold ? look.font + "-Bold" : look.font;
  w.color = "#000000";
  double chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) == 0x80 ? 0 : 1;  // UTF-8 code points
  w.bbox = {x0, baseline - 0.8 * look.size, x0 + 0.5 * look.size * chars, baseline + 0.2 * look.size};
  w.space_after = true;
  return w;
}

// The words of `text` set from x on one baseline, appended to `out`; returns
// the x after the last word.
inline double SetLine(const std::string& text, double x, double baseline, std::vector<Word>* out,
                      const Look& look = {}) {
  std::istringstream in(text);
  bool first = true;
  for (std::string t; in >> t;) {
    if (!first) x += 0.25 * look.size;
    first = false;
    out->push_back(MakeWord(t, x, baseline, look));
    x = out->back().bbox.x1;
  }
  if (!out->empty()) out->back().space_after = false;
  return x;
}

inline PageContent MakePage(int number = 1, double width = 595, double height = 842) {
  PageContent p;
  p.page = number;
  p.width = width;
  p.height = height;
  return p;
}

}  // namespace plantrace::pdf::testing
