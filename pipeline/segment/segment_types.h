#pragma once
// What the segmenters (table_segmenter.h, prose_segmenter.h) hand to the
// record builder: one RawItem per item, its strings sorted by column role
// but not yet normalised (owners, dates, money, status and updates are read
// from them by record_builder.cc).

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/records.h"

namespace plantrace {

// A line of a cell with its bold / underlined runs, so that owner headings
// and "Latest Update in Bold" can be told.
struct StyledRun {
  std::string text;
  bool bold = false;
  bool underline = false;
};
struct StyledLine {
  std::string text;
  std::vector<StyledRun> runs;  // joined, they equal `text`
  bool AllBold() const;
  bool AllUnderlined() const;
  bool AnyBold() const;
  bool EndsBold() const;  // the last words are bold
};

// The cell's text split into lines ('\n'), each with its runs from the
// cell's spans; footnote references are left out.
std::vector<StyledLine> StyledLines(const Cell& cell);

// `text` without its footnote references: superscript spans of digits only
// ("CIPFA)¹" → "CIPFA)"; the "st" of "21st" stays).
std::string WithoutFootnoteRefs(const std::string& text, const std::vector<Span>& spans);

// A figure of an exposure column: the number as printed, its value in the
// unit of the column's header, and whether the header says it is annual.
struct RawFigure {
  std::string raw;
  int64_t value_gbp = 0;
  bool annual = false;
  std::optional<std::string> period;  // a year printed in the figure's row
  std::string kind = "liability";     // an exposure: a cost the council may bear
};

struct RawItem {
  std::string item_id;
  std::string kind;
  std::optional<std::string> section;
  std::vector<std::string> text_parts;  // joined with " " into the text
  std::vector<std::string> actions;
  std::vector<std::string> deliverables;
  // A column of owner headings and progress updates ("Lead / RAG status …
  // Latest Update in Bold"), line by line.
  std::vector<StyledLine> lead_lines;
  bool lead_has_headings = false;        // the column also names the owners
  std::vector<std::string> owner_cells;  // a column of owners only
  std::vector<std::string> status_texts; // every text where status tokens count
  std::vector<std::string> date_texts;   // a date column
  std::vector<std::string> detail_texts; // a register's cause / event / consequence
  std::vector<std::string> header_dates; // headers whose date applies to the item
  // The paragraphs of a sub-section read as one unit (its heading is the
  // text): where its owners, dates and sums are read from.
  std::vector<std::string> body_texts;
  std::vector<RawFigure> figures;
  std::vector<ProvenanceRecord> provenance;
  bool from_prose = false;  // owners come from cue phrases of the text
  bool resolution = false;  // a resolution of minutes ("RESOLVED that …")
};

}  // namespace plantrace
