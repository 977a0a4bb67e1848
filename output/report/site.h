#pragma once
// `plantrace report --out DIR`: a static HTML site that works from file://
// with nothing fetched from outside (inline CSS and one inline script):
//   index.html           every item, searchable and filtered by theme,
//                        owner, status and plan; the documents; the
//                        recurring recommendations grouped by theme
//   matrix.html          theme x plan cycle, each cell its items by status
//   doc-<doc_id>.html    one per document: its items with their fields and
//                        source pages (links into sources/), and each link's
//                        other item, relation and score
//   lineage-<n>.html     one timeline per lineage (pipeline/lineage.h):
//                        each plan's wording, owners, due dates and status
//                        side by side, oldest first
//   sources/             the source files, so that page links work offline

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/records.h"
#include "pipeline/link/lineage.h"
#include "pipeline/link/themes.h"

namespace plantrace {

struct ReportInput {
  std::vector<DocumentRecord> documents;
  std::vector<ItemRecord> items;
  std::vector<LinkRecord> links;
  std::vector<Lineage> lineages;
  std::vector<Theme> themes;                                     // in lexicon order
  std::map<std::string, std::vector<std::string>> item_themes;  // ref -> theme ids
  // doc_id -> its source's place in the report (SourceFileName); documents
  // without one get no page links. WriteReport fills it as it copies.
  std::map<std::string, std::string> source_files;
};

struct ReportPage {
  std::string name;  // file name inside the output folder
  std::string html;
};

// The pages, in a fixed order (index first). Pure: no file system.
std::vector<ReportPage> RenderReport(const ReportInput& input);

// Copies each document's source file into `out_dir`/sources (a hard link
// when the file system allows), renders and writes the pages into
// `out_dir` (created when missing). A source that cannot be read is noted
// in `warnings` and its pages are not linked. IOError naming the file on
// failure. `on_page(done, total)` after each page written.
Status WriteReport(ReportInput input, const std::string& out_dir,
                   const std::function<void(size_t, size_t)>& on_page = {},
                   std::vector<std::string>* warnings = nullptr);

}  // namespace plantrace
