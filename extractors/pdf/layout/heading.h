#pragma once
// Headings: short blocks set larger than the document's body text, or bold at
// body size; their level is the rank of their look (size, then boldness)
// among the document's heading looks.

#include <vector>

#include "extractors/pdf/layout/block_builder.h"

namespace plantrace::pdf {

// The body text size: the font size that carries most characters in the
// document (rounded to 0.5 pt). 0 when there is no text.
double BodyTextSize(const std::vector<const TextLine*>& lines);

// True when the group reads as a heading against `body_size`.
bool LooksLikeHeading(const LineGroup& group, double body_size);

// The look that ranks headings: the group's size (rounded to 0.5 pt) and
// whether it is bold.
struct HeadingLook {
  double size = 0;
  bool bold = false;
  bool operator<(const HeadingLook& o) const {  // larger first, bold before plain
    if (size != o.size) return size > o.size;
    return bold && !o.bold;
  }
  bool operator==(const HeadingLook& o) const { return size == o.size && bold == o.bold; }
};
HeadingLook LookOf(const LineGroup& group);

// Levels 1–6 for the given looks: the rank of each distinct look, the largest
// first; ranks past 6 share level 6.
std::vector<int> HeadingLevels(const std::vector<HeadingLook>& looks);

}  // namespace plantrace::pdf
