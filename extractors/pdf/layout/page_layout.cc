#include "extractors/pdf/layout/page_layout.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "extractors/pdf/layout/block_builder.h"
#include "extractors/pdf/layout/block_kind.h"
#include "extractors/pdf/layout/block_text.h"
#include "extractors/pdf/layout/heading.h"
#include "extractors/pdf/layout/hyphenation.h"
#include "extractors/pdf/layout/line_builder.h"
#include "extractors/pdf/layout/list_marker.h"
#include "extractors/pdf/layout/reading_order.h"
#include "extractors/pdf/layout/running_text.h"

namespace plantrace::pdf {
namespace {

// A word belongs to a table region when its centre lies this close to it.
constexpr double kRegionSlack = 1.0;
// List items whose markers stand within this many font sizes share a level.
constexpr double kListIndentTolerance = 0.5;

struct TableBox {
  size_t table;  // index into the tables
  BBox bbox;
  bool first;    // the table's first region: where it enters the reading order
};

// "b12", "t3" (built by appending: GCC 12 warns wrongly on "b" + string).
std::string Id(char prefix, size_t n) {
  std::string id(1, prefix);
  id += std::to_string(n);
  return id;
}

bool Inside(const BBox& region, double x, double y) {
  return x >= region.x0 - kRegionSlack && x <= region.x1 + kRegionSlack &&
         y >= region.top - kRegionSlack && y <= region.bottom + kRegionSlack;
}

bool InAny(const std::vector<TableBox>& boxes, const BBox& b) {
  for (const TableBox& t : boxes) {
    if (Inside(t.bbox, CenterX(b), CenterY(b))) return true;
  }
  return false;
}

BBox LinesBox(const std::vector<TextLine>& lines) {
  BBox box = lines.front().bbox;
  for (const TextLine& l : lines) Extend(&box, l.bbox);
  return box;
}

// Nesting depth of list items: consecutive items on a page whose markers
// stand further right are one level deeper.
void AssignListLevels(const std::vector<double>& marker_x, const std::vector<double>& sizes,
                      std::vector<Block>* blocks) {
  std::vector<double> stack;
  int page = 0;
  for (size_t i = 0; i < blocks->size(); ++i) {
    Block& b = (*blocks)[i];
    if (b.kind != BlockKind::kListItem || b.page != page) stack.clear();
    page = b.page;
    if (b.kind != BlockKind::kListItem) continue;
    const double tol = kListIndentTolerance * std::max(sizes[i], 1.0);
    const double x = marker_x[i];
    while (!stack.empty() && stack.back() > x + tol) stack.pop_back();
    if (stack.empty() || x > stack.back() + tol) stack.push_back(x);
    b.level = static_cast<int>(stack.size());
  }
}

// Title-page furniture: the headings that follow the document's title on its
// first page, before any body text, in a look used nowhere else in the
// document (a subtitle, a date, a strapline, a protective marking) are
// paragraphs, not section headings: they open no section and must not take a
// heading level from the headings that do. A numbered heading ends the title
// matter.
void DemoteTitleMatter(const std::vector<std::pair<size_t, HeadingLook>>& heading_looks,
                       std::vector<Block>* blocks) {
  std::map<std::pair<double, bool>, int> uses;
  std::map<size_t, HeadingLook> look_of;
  for (const auto& [index, look] : heading_looks) {
    if ((*blocks)[index].kind != BlockKind::kHeading) continue;
    ++uses[{look.size, look.bold}];
    look_of[index] = look;
  }
  bool seen_title = false;
  int page = 0;
  for (size_t i = 0; i < blocks->size(); ++i) {
    Block& b = (*blocks)[i];
    if (b.kind == BlockKind::kHeader || b.kind == BlockKind::kFooter) continue;
    if (b.kind != BlockKind::kHeading || (seen_title && b.page != page)) return;
    if (!seen_title) {
      seen_title = true;
      page = b.page;
      continue;
    }
    // A numbered heading ("1 Background") opens the body.
    const std::string first_word = b.text.substr(0, b.text.find(' '));
    if (IsSectionNumber(first_word) || IsItemLabel(first_word)) return;
    const HeadingLook& look = look_of[i];
    if (uses[{look.size, look.bold}] == 1) {
      b.kind = BlockKind::kParagraph;
      b.level = 0;
    }
  }
}

}  // namespace

void LayOutDocument(const std::vector<PageContent>& pages, std::vector<Table> tables, Document* doc) {
  // Table regions by page; a table enters the reading order at its first region.
  std::map<int, std::vector<TableBox>> regions;
  for (size_t t = 0; t < tables.size(); ++t) {
    tables[t].id = Id('t', t + 1);
    for (size_t r = 0; r < tables[t].regions.size(); ++r) {
      const PagePart& part = tables[t].regions[r];
      if (part.bbox) regions[part.page].push_back({t, *part.bbox, r == 0});
    }
  }
  std::vector<bool> placed(tables.size(), false);

  // Lines of every page, from the words outside tables.
  std::vector<std::vector<TextLine>> page_lines(pages.size());
  Vocabulary vocab;
  std::vector<const TextLine*> all_lines;
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<TableBox>& boxes = regions[pages[p].page];
    std::vector<Word> words;
    words.reserve(pages[p].words.size());
    for (const Word& w : pages[p].words) {
      if (!InAny(boxes, w.bbox)) words.push_back(w);
    }
    std::vector<Mark> marks;
    for (const Mark& m : pages[p].marks) {
      if (!InAny(boxes, m.bbox)) marks.push_back(m);
    }
    page_lines[p] = BuildLines(std::move(words), marks);
  }
  for (const auto& lines : page_lines) {
    for (const TextLine& l : lines) {
      all_lines.push_back(&l);
      // Line-final hyphenated fragments are not words of the document.
      for (size_t i = 0; i < l.words.size(); ++i) {
        if (i + 1 == l.words.size() && !l.words[i].text.empty() && l.words[i].text.back() == '-') break;
        vocab.Add(l.words[i].text);
      }
    }
  }
  const double body_size = BodyTextSize(all_lines);

  std::vector<std::pair<size_t, HeadingLook>> heading_looks;  // block index, look
  std::vector<double> marker_x, sizes;  // per block, for list levels
  for (size_t p = 0; p < pages.size(); ++p) {
    const PageContent& page = pages[p];
    const std::vector<TableBox>& boxes = regions[page.page];
    std::vector<BBox> table_boxes;
    for (const TableBox& t : boxes) table_boxes.push_back(t.bbox);
    const std::vector<OrderedItem> order = OrderPage(page_lines[p], table_boxes, page.width, page.height);
    for (LineGroup& g : GroupLines(std::move(page_lines[p]), order)) {
      if (g.table) {
        const TableBox& t = boxes[*g.table];
        if (t.first && !placed[t.table]) {
          placed[t.table] = true;
          doc->reading_order.push_back(tables[t.table].id);
        }
        continue;
      }
      Block b;
      b.page = page.page;
      b.bbox = LinesBox(g.lines);
      const bool bullet = g.drop_first_word || g.lines.front().drawn_bullet;
      if (LooksLikeFootnote(g, body_size, page.height)) {
        b.kind = BlockKind::kFootnote;
      } else if (LooksLikeCaption(g)) {
        b.kind = BlockKind::kCaption;
      } else if (!bullet && LooksLikeHeading(g, body_size)) {
        b.kind = BlockKind::kHeading;
        heading_looks.emplace_back(doc->blocks.size(), LookOf(g));
      } else if (!g.marker.empty()) {
        b.kind = BlockKind::kListItem;
        b.marker = g.marker;
      }
      AssembleText(g.lines, g.drop_first_word, vocab, &b);
      b.id = Id('b', doc->blocks.size() + 1);
      doc->reading_order.push_back(b.id);
      marker_x.push_back(b.bbox->x0);
      sizes.push_back(g.lines.front().size);
      doc->blocks.push_back(std::move(b));
    }
  }
  AssignListLevels(marker_x, sizes, &doc->blocks);
  MarkRunningText(doc->pages, &doc->blocks);
  DemoteTitleMatter(heading_looks, &doc->blocks);
  // Heading levels rank the looks of the headings that are not running text
  // (a large running title must not push every heading down a level).
  std::vector<size_t> heading_blocks;
  std::vector<HeadingLook> looks;
  for (const auto& [index, look] : heading_looks) {
    if (doc->blocks[index].kind != BlockKind::kHeading) continue;
    heading_blocks.push_back(index);
    looks.push_back(look);
  }
  const std::vector<int> levels = HeadingLevels(looks);
  for (size_t i = 0; i < heading_blocks.size(); ++i) doc->blocks[heading_blocks[i]].level = levels[i];
  // Tables without a region on any page still belong to the document.
  for (size_t t = 0; t < tables.size(); ++t) {
    if (!placed[t]) doc->reading_order.push_back(tables[t].id);
  }
  doc->tables = std::move(tables);
}

}  // namespace plantrace::pdf
