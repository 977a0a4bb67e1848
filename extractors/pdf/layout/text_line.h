#pragma once
// TextLine: words of one page that read as one line of text — the unit that
// the layout stage orders and groups into blocks.

#include <string>
#include <vector>

#include "extractors/pdf/page_content.h"

namespace plantrace::pdf {

struct TextLine {
  std::vector<Word> words;  // left to right (along the text direction)
  BBox bbox;                // union of the words' boxes
  double baseline = 0;      // of the line's main (largest) text
  double size = 0;          // main font size: the largest size that is not a superscript
  int rotation = 0;         // quarter turns, as Word::rotation
  int row = 0;              // page-local index of the row the line was cut from (top to bottom)
  // A drawn bullet (see Mark) found just left of the first word.
  bool drawn_bullet = false;
  // x where the text starts after a list or paragraph label ("1.1", "(a)",
  // "•"); the line's x0 when there is no label.
  double text_x0 = 0;

  // True when every word that is not a superscript is bold.
  bool AllBold() const;
  // The words' texts joined with single spaces (for tests and patterns).
  std::string Text() const;
};

// Box helpers; boxes are read as displayed (page axes), whatever the text's
// rotation.
inline double CenterY(const BBox& b) { return (b.top + b.bottom) / 2; }
inline double CenterX(const BBox& b) { return (b.x0 + b.x1) / 2; }
inline void Extend(BBox* b, const BBox& o) {
  if (o.x0 < b->x0) b->x0 = o.x0;
  if (o.top < b->top) b->top = o.top;
  if (o.x1 > b->x1) b->x1 = o.x1;
  if (o.bottom > b->bottom) b->bottom = o.bottom;
}

}  // namespace plantrace::pdf
