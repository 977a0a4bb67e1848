#include "extractors/pdf/pdf_extractor.h"

#include <algorithm>
#include <cmath>

#include "extractors/pdf/page_reader.h"
#include "extractors/pdf/table_finder.h"

namespace plantrace {
namespace {

// Interim layout: one paragraph block per text line (words sharing a baseline).
// The layout stage (lines -> blocks, headers/footers, reading order) replaces it.
void LinesAsBlocks(const pdf::PageContent& page, Document* doc) {
  std::vector<const pdf::Word*> words;
  for (const auto& w : page.words) words.push_back(&w);
  std::stable_sort(words.begin(), words.end(), [](const pdf::Word* a, const pdf::Word* b) {
    if (std::fabs(a->baseline - b->baseline) > 1.0) return a->baseline < b->baseline;
    return a->bbox.x0 < b->bbox.x0;
  });
  Block* block = nullptr;
  double baseline = -1e300;
  for (const pdf::Word* w : words) {
    if (!block || std::fabs(w->baseline - baseline) > 1.0) {
      doc->blocks.push_back(Block{});
      block = &doc->blocks.back();
      block->id = "b" + std::to_string(doc->blocks.size());
      block->page = page.page;
      block->bbox = w->bbox;
      baseline = w->baseline;
      doc->reading_order.push_back(block->id);
    } else {
      block->text += ' ';
      block->bbox->x0 = std::min(block->bbox->x0, w->bbox.x0);
      block->bbox->top = std::min(block->bbox->top, w->bbox.top);
      block->bbox->x1 = std::max(block->bbox->x1, w->bbox.x1);
      block->bbox->bottom = std::max(block->bbox->bottom, w->bbox.bottom);
    }
    block->text += w->text;
  }
}

}  // namespace

Result<Document> ExtractPdf(std::string_view bytes, const std::string& path,
                            const ExtractOptions& options) {
  Result<pdf::PdfPages> pages = pdf::ReadPdfPages(bytes, path, options);
  if (!pages.ok()) return pages.status();
  Document doc;
  doc.source = pages->info;
  doc.warnings = std::move(pages->warnings);
  for (const auto& p : pages->pages) {
    doc.pages.push_back({p.page, p.width, p.height, p.rotation});
    LinesAsBlocks(p, &doc);
  }
  // Interim glue (reconciled with the layout stage): tables numbered t1, t2, ….
  if (options.find_tables) {
    pdf::TableOptions topts;
    topts.stitch = options.stitch_tables;
    for (Table& t : pdf::FindTables(pages->pages, topts)) {
      t.id = "t" + std::to_string(doc.tables.size() + 1);
      doc.reading_order.push_back(t.id);
      doc.tables.push_back(std::move(t));
    }
  }
  return doc;
}

}  // namespace plantrace
