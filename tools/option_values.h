#pragma once
// Checks of option values that name something (a status, a theme, a date),
// so that a typo is an error listing what is valid instead of a silently
// empty result. Each returns "" when the value is fine, else the message.

#include <string>

namespace plantrace::cli {

// YYYY, YYYY-MM or YYYY-MM-DD naming a real day or month (not 2024-13-45).
std::string CheckDateOption(const std::string& option, const std::string& value);

// One of the status values of docs/records.md.
std::string CheckStatusOption(const std::string& value);

// A theme id of data/themes.tsv (`plantrace themes` lists them).
std::string CheckThemeOption(const std::string& value);

}  // namespace plantrace::cli
