#pragma once
// `plantrace report --out DIR`: a static HTML site that works from file://
// with nothing fetched from outside (inline CSS, no scripts):
//   index.html           documents, and the recurring recommendations
//   doc-<doc_id>.html    one per document: its items with their fields and
//                        source pages, and where each recurs
//   lineage-<n>.html     one timeline per lineage (pipeline/lineage.h):
//                        each plan's wording, owners, due dates and status
//                        side by side, oldest first

#include <functional>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/records.h"
#include "pipeline/link/lineage.h"

namespace plantrace {

struct ReportInput {
  std::vector<DocumentRecord> documents;
  std::vector<ItemRecord> items;
  std::vector<LinkRecord> links;
  std::vector<Lineage> lineages;
};

struct ReportPage {
  std::string name;  // file name inside the output folder
  std::string html;
};

// The pages, in a fixed order (index first). Pure: no file system.
std::vector<ReportPage> RenderReport(const ReportInput& input);

// Renders and writes into `out_dir` (created when missing). IOError naming
// the file on failure. `on_page(done, total)` after each page written.
Status WriteReport(const ReportInput& input, const std::string& out_dir,
                   const std::function<void(size_t, size_t)>& on_page = {});

}  // namespace plantrace
