#pragma once
// The parts of an item that may each take up a different earlier aim (a
// recommendation on values and behaviours with one action on appraisal):
// its actions, or, when it has none, the sentences of its text. The linker
// scores each part on its own (LinkOptions::passage_min_cosine).

#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

// The actions as they are; else the sentences of the text (none when the
// text is one sentence). A sentence ends at '.', '?' or '!' followed by
// white space and then a capital letter, an opening quote or bracket, or a
// non-ASCII character (a capital or curly quote in UTF-8); "e.g. the" does
// not end one.
std::vector<std::string> Passages(const ItemRecord& item);

}  // namespace plantrace
