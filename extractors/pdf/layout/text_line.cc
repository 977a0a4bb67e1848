#include "extractors/pdf/layout/text_line.h"

namespace plantrace::pdf {

bool TextLine::AllBold() const {
  bool any = false;
  for (const Word& w : words) {
    if (w.superscript) continue;
    if (!w.bold) return false;
    any = true;
  }
  return any;
}

std::string TextLine::Text() const {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

}  // namespace plantrace::pdf
