#pragma once
// Decision numbers: the reference a council prints on a report, on the
// (proposed) record of the decision taken on it and in the heading of the
// minute that records it ("24/00115"). Two items that carry the same number
// are the same decision; two that carry different numbers are different
// decisions, however alike their (often boilerplate) wording.

#include <string>
#include <string_view>
#include <vector>

#include "model/records.h"

namespace plantrace {

// "24-00115" and "24/00115" are one number: separators become '/', case
// folds.
std::string NormaliseDecisionNumber(std::string_view number);

// The numbers printed in `text`: the forward-plan form two digits of year,
// a slash and five digits ("24/00115"), and any of `known` (the documents'
// own numbers, whatever their form) found as a whole token. Normalised,
// sorted, unique.
std::vector<std::string> DecisionNumbersIn(std::string_view text,
                                           const std::vector<std::string>& known);

// The decision numbers of an item: those printed in its section heading or
// text, else its document's own number. Normalised, sorted, unique.
std::vector<std::string> DecisionNumbersOf(const ItemRecord& item, const DocumentRecord* document,
                                           const std::vector<std::string>& known);

}  // namespace plantrace
