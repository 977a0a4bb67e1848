#pragma once
// The folder a fetch writes each download to before ingesting it, in the
// temporary directory ($TMPDIR): "plantrace-fetch-<pid>-XXXXXX", removed at
// the end of the run. A killed run cannot remove its own, so each run first
// removes those whose process is gone (and, from plantrace before the pid
// was in the name, "plantrace-fetch-XXXXXX" folders a day old).

#include <filesystem>

#include "common/result.h"

namespace plantrace {

// Removes abandoned scratch folders in `base`, then makes one there.
Result<std::filesystem::path> MakeFetchScratchDir(const std::filesystem::path& base);

}  // namespace plantrace
