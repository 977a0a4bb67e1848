#pragma once
// Reading a source file whole, within a size limit, and naming it by content
// and by path.

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.h"

namespace plantrace {

// The whole file. Fails with NotFound, IOError, or ResourceLimit when the file
// is larger than `max_bytes` (checked before reading).
Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes);

// Lower-case hex sha256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

// `path` made absolute with its links and dots resolved, so that one file
// given by two paths is known as one; `path` itself when that fails.
std::string CanonicalPath(const std::string& path);

}  // namespace plantrace
