#pragma once
// Text that is only a page number in one of the usual forms: "3", "iv",
// "Page 3", "p. 3", "pg 3", "- 3 -", "– 12 –", "3 of 12", "3/12",
// "Page 3 of 12" (case ignored, at most 40 bytes).

#include <string_view>

namespace plantrace::pdf {

bool IsPageNumber(std::string_view text);

}  // namespace plantrace::pdf
