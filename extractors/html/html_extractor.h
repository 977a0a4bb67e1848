#pragma once
// The HTML extractor: libxml2's HTML parser into the document model (one page,
// no bboxes). No libxml2 type appears in this header.

#include <string>
#include <string_view>

#include "common/result.h"
#include "extractors/extract_options.h"
#include "model/document.h"

namespace plantrace {

// `bytes` is the whole file; `path` names it in messages.
Result<Document> ExtractHtml(std::string_view bytes, const std::string& path,
                             const ExtractOptions& options);

}  // namespace plantrace
