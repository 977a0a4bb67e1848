#pragma once
// The document model: what every extractor produces and everything after
// extraction reads (spec: document-model.md). Plain data, no behaviour.
//
// Coordinates are PDF points, origin at the top-left of the page as displayed,
// y growing downward. HTML documents are one page with no bboxes.

#include <optional>
#include <string>
#include <vector>

namespace plantrace {

struct BBox {
  double x0 = 0, top = 0, x1 = 0, bottom = 0;
  double width() const { return x1 - x0; }
  double height() const { return bottom - top; }
};

// A run of text with one look. `size` 0 and empty `font`/`color` mean unknown
// (HTML).
struct Span {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool superscript = false;
  std::string font;
  double size = 0;
  std::string color;  // "#rrggbb"
};

enum class BlockKind { kHeading, kParagraph, kListItem, kCaption, kFootnote, kHeader, kFooter };

struct Block {
  std::string id;  // "b1", "b2", … in reading order
  BlockKind kind = BlockKind::kParagraph;
  int page = 1;
  std::optional<BBox> bbox;
  int level = 0;       // heading level 1–6; list nesting depth (1 = top) for list items
  std::string marker;  // list items: the bullet or number as printed ("•", "3.", "(a)")
  std::string text;
  std::vector<Span> spans;
};

struct PagePart {
  int page = 1;
  std::optional<BBox> bbox;
  // Layout hints for joining a cell's parts across a page break (set by the
  // PDF extractor, not written to JSON; negative when unknown): the room
  // left after the part's last line for one more word, and the width of the
  // part's first word, in points. A first word that would have fitted after
  // the last line means the line was broken on purpose: a new paragraph.
  double end_room = -1;
  double first_word_width = -1;
};

struct Cell {
  int row = 0, col = 0, rowspan = 1, colspan = 1;
  bool header = false;
  std::string text;                     // paragraphs and list items joined by '\n'
  std::vector<PagePart> parts;          // one per page the cell touches
  std::vector<Span> spans;
  std::vector<std::string> lines;       // the cell's paragraphs / list items, one each
  std::vector<std::string> list_items;  // bullet or numbered items, glyphs stripped
};

struct Table {
  std::string id;  // "t1", "t2", …
  std::vector<PagePart> regions;
  int header_rows = 0;
  int rows = 0, cols = 0;  // grid size; every position is covered by one cell
  std::vector<Cell> cells;
};

struct PageInfo {
  int page = 1;
  double width = 0, height = 0;
  int rotation = 0;
  // The page's words were read by OCR from its image (a scan), with this
  // mean word confidence (0..1).
  bool ocr = false;
  double ocr_confidence = 0;
};

struct SourceInfo {
  std::string path;
  std::string sha256;
  std::string format;  // "pdf" | "html"
  int pages = 0;
  std::string producer;
  // What the file says of itself: the PDF info dictionary's Title, Author and
  // CreationDate ("YYYY-MM-DD", "" when absent or unreadable), an HTML
  // page's <title> and its author / date meta tags. Often right, sometimes a
  // template's leftovers ("THE REPORT", "Agenda Template"): evidence to weigh,
  // not the answer (pipeline/normalise/document_meta.h).
  std::string title;
  std::string author;
  std::string created;
};

struct Document {
  SourceInfo source;
  std::vector<PageInfo> pages;
  std::vector<Block> blocks;
  std::vector<Table> tables;
  std::vector<std::string> reading_order;  // block and table ids
  // Problems that did not stop extraction (a repaired xref, a font without a
  // Unicode map, …), each naming where it came from.
  std::vector<std::string> warnings;
};

const char* BlockKindName(BlockKind kind);

}  // namespace plantrace
