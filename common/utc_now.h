#pragma once
// The current time in UTC as "YYYY-MM-DDTHH:MM:SSZ": when a version was
// stored, a URL fetched or a run started. Strings of this form sort in time
// order.

#include <string>

namespace plantrace {

std::string UtcNow();

}  // namespace plantrace
