#pragma once
// Footnotes and captions: the two block kinds read from the first words.

#include "extractors/pdf/layout/block_builder.h"

namespace plantrace::pdf {

// A footnote starts with a raised number or sign ("¹ Delivering Good…"), or is
// small text in the lower part of the page starting with a number or a
// footnote sign ("3 Source: …", "* Estimated").
bool LooksLikeFootnote(const LineGroup& group, double body_size, double page_height);

// A caption starts "Table 3", "Figure 2:", "Chart 1.2", "Fig. 4" and is short.
bool LooksLikeCaption(const LineGroup& group);

}  // namespace plantrace::pdf
