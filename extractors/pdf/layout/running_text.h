#pragma once
// Running headers, footers and page numbers: short blocks in the top or
// bottom band of the page that repeat at the same place on most pages (digits
// may change: "Page 3 of 12"), or that are a page number on their own
// ("3", "Page 3", "- 3 -", "3 of 12", "3/12"). They are marked, not dropped.

#include <string_view>
#include <vector>

#include "model/document.h"

namespace plantrace::pdf {

// Sets kind to kHeader / kFooter on the running blocks. `pages` gives each
// page's height (blocks carry bboxes and 1-based pages).
void MarkRunningText(const std::vector<PageInfo>& pages, std::vector<Block>* blocks);

}  // namespace plantrace::pdf
