#pragma once
// Prose documents → RawItems (issue 5). Blocks are read in order under a
// stack of headings. The kind of the items of a section comes from the
// nearest heading that names one (data/item_kinds.tsv: "4 The Panel's
// emerging findings" → finding, "6 Conclusions" → risk, "2. Recommendations"
// of a report to Cabinet → decision); a section whose headings name no kind
// holds no items, so the background paragraphs of a long report are not
// items. Within a section with a kind:
//   - a numbered paragraph ("1.15 …") is an item with that label;
//   - a numbered lead-in that ends in ':' and is followed by lettered or
//     bracketed-number sub-items ("2.1 Cabinet is asked to:" (a)–(d)) is
//     not an item itself; its sub-items are, as "2.1(a)", of the kind its
//     own words name ("4.2 … three overall aims:" → aim, even in a section
//     without a kind) or else the section's;
//   - a run of lettered paragraphs (a), b), … one letter sequence) is one
//     list: its kind is the section's, or else the one named by a lead-in
//     paragraph inside or just before the run ("Additional measures
//     proposed … are:" → measure);
//     a lead-in glued onto the end of the item before the next one of the
//     run (a layout without space between paragraphs) is read as that
//     lead-in, and is not the item's text;
//   - bullets right after an item are its actions;
//   - in minutes, a paragraph opened by "RESOLVED that" (data/item_kinds.tsv)
//     is a decision numbered by its minute ("86"); one ending in ':' is the
//     lead-in of lettered decisions ("88(A)");
//   - a section with a kind that is divided into sub-sections has one item
//     per sub-section (issue 14: "(d) Strategic financial planning" is one
//     finding, "Senior management capacity" under "6 Conclusions" one
//     risk): the sub-heading is the text, its label (else the label of its
//     first numbered paragraph) the id, and its paragraphs and tables the
//     body its owners, dates and sums are read from. The numbered
//     paragraphs before the first sub-heading introduce the section and
//     are no items.
// The section of an item is the nearest heading that carries a label
// ("(d) Strategic financial planning", "6 Conclusions"), as printed.

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/segment/item_kinds.h"
#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace {

class ProseSegmenter {
 public:
  ProseSegmenter(const ItemKindLexicon& kinds, std::string doc_context)
      : kinds_(kinds), doc_context_(std::move(doc_context)) {}

  // Feed the blocks in reading order; a table ends the current list.
  void Add(const Block& block);
  void EndRun();  // a table or the end of the document
  // True when a sub-section unit is open: a table there is part of its
  // body (`AbsorbTable`) rather than a source of items.
  bool InUnit() const { return unit_.has_value(); }
  void AbsorbTable(const Table& table);
  void Finish();  // the end of the document

  // The kind and section the current headings give (for tables).
  std::optional<std::string> HeadingKind() const;
  std::optional<std::string> Section() const;
  // The number of the minute the current headings open ("86. Minutes of
  // the Meeting …" → "86"), empty when none.
  std::string MinuteNumber() const;

  // The items found since the last call, in order.
  std::vector<RawItem> Take();

 private:
  struct Heading {
    int level = 0;
    std::string text;
    std::optional<std::string> kind;
    std::optional<std::string> announced;  // the kind of its sub-sections
    bool labelled = false;
    bool title = false;  // the document's title: names what the paper is
  };
  struct Pending {
    RawItem item;
    bool kind_known = false;
  };
  void FlushRun();
  void AddItem(RawItem item, bool kind_known);
  void CloseUnit();
  void TakeGluedLeadIn(RawItem& item);
  void OpenUnit(const Heading& h, const std::string& kind, const ItemLabel* label);

  const ItemKindLexicon& kinds_;
  std::string doc_context_;
  std::vector<Heading> headings_;
  // The current lettered list (kind decided when it ends).
  std::vector<Pending> run_;
  std::optional<std::string> run_kind_;
  int run_last_letter_ = -1;
  // A numbered lead-in ending in ':' and the kind its words name.
  std::string parent_id_;
  std::optional<std::string> parent_kind_;
  bool parent_open_ = false;
  std::optional<RawItem> parent_item_;  // the lead-in as an item, if no sub-items follow
  bool last_was_item_ = false;
  bool last_in_run_ = false;
  std::optional<BBox> last_bbox_;  // the last block added to an item
  int last_page_ = 0;
  std::optional<BBox> prev_bbox_;  // the block before
  int prev_page_ = 0;
  bool last_was_heading_ = false;  // the block before was a heading
  std::optional<std::string> pre_run_kind_;  // named by a lead-in just before a run
  std::vector<RawItem> out_;
  // The open sub-section unit, its heading level, and where the items of
  // the section it divides begin in out_ (dropped at its first unit).
  std::optional<RawItem> unit_;
  int unit_level_ = 0;
  size_t kind_section_begin_ = 0;
  bool kind_section_has_units_ = false;
  bool seen_heading_ = false;
  // A resolution's lead-in is open, and the number its next numbered
  // decision must carry.
  bool resolution_open_ = false;
  int resolution_next_ = 1;
};

}  // namespace plantrace
