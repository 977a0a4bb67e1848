#include "pipeline/segment/segment_document.h"

#include <algorithm>
#include <map>
#include <optional>

#include "pipeline/segment/inherited_header.h"
#include "pipeline/segment/labelled_rows.h"
#include "pipeline/segment/prose_segmenter.h"
#include "pipeline/segment/table_segmenter.h"

namespace plantrace {

std::vector<RawItem> SegmentDocument(const Document& doc, const ColumnRoleLexicon& roles,
                                     const ItemKindLexicon& kinds,
                                     const std::string& doc_context) {
  std::map<std::string, const Block*> blocks;
  for (const Block& b : doc.blocks) blocks.emplace(b.id, &b);
  std::map<std::string, const Table*> tables;
  for (const Table& t : doc.tables) tables.emplace(t.id, &t);
  ProseSegmenter prose(kinds, doc_context);
  std::vector<RawItem> out;
  int row_number = 0;
  auto take = [&] {
    for (RawItem& r : prose.Take()) out.push_back(std::move(r));
  };
  std::vector<std::string> order = doc.reading_order;
  if (order.empty()) {
    for (const Block& b : doc.blocks) order.push_back(b.id);
    for (const Table& t : doc.tables) order.push_back(t.id);
  }
  // The last item of the labelled table read last, while nothing but body
  // text has come since: what a table cut at a page break carries on.
  std::optional<size_t> open_table_item;
  std::string last_heading;  // a section's title printed again atop a page is no new section
  // The last table with column headers in the section: a table without
  // headers after it may be its body, cut from it.
  const Table* last_headed = nullptr;
  for (const std::string& id : order) {
    if (auto b = blocks.find(id); b != blocks.end()) {
      if (b->second->kind == BlockKind::kHeading && b->second->text != last_heading) {
        open_table_item.reset();
        last_headed = nullptr;
        last_heading = b->second->text;
      }
      prose.Add(*b->second);
      continue;
    }
    auto t = tables.find(id);
    if (t == tables.end()) continue;
    if (prose.InUnit()) {
      prose.AbsorbTable(*t->second);
      continue;
    }
    // A list of recommendations set as a header-less table of label | text
    // under a heading that names the kind: the paragraphs it stands for.
    if (prose.HeadingKind()) {
      if (auto rows = LabelledRowsAsParagraphs(*t->second)) {
        for (const Block& b : *rows) prose.Add(b);
        continue;
      }
    }
    prose.EndRun();
    const size_t before = out.size();
    take();
    if (out.size() != before) open_table_item.reset();
    TableContext ctx;
    ctx.doc_context = doc_context;
    ctx.row_number = &row_number;
    ctx.heading_kind = prose.HeadingKind();
    if (open_table_item) ctx.continues = &out[*open_table_item];
    std::optional<Table> rejoined;
    if (last_headed) rejoined = WithInheritedHeader(*t->second, *last_headed);
    if (t->second->header_rows > 0) last_headed = t->second;
    const Table& table = rejoined ? *rejoined : *t->second;
    std::vector<RawItem> items = SegmentTable(table, roles, kinds, ctx);
    const bool labelled = HasLabelledRows(table);
    for (RawItem& r : items) out.push_back(std::move(r));
    if (!items.empty() && labelled) {
      open_table_item = out.size() - 1;
    } else if (!items.empty()) {
      open_table_item.reset();
    }
  }
  prose.Finish();
  take();
  // Minutes: what a meeting resolved are the items; its numbered
  // paragraphs of discussion are not, whatever a minute's heading names.
  if (std::any_of(out.begin(), out.end(), [](const RawItem& r) { return r.resolution; })) {
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const RawItem& r) { return r.from_prose && !r.resolution; }),
              out.end());
  }
  return out;
}

}  // namespace plantrace
