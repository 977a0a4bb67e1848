#include "pipeline/segment/prose_segmenter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/lead_ins.h"
#include "pipeline/segment/money_table.h"
#include "pipeline/segment/prose_headings.h"
#include "text/normalize.h"

namespace plantrace {

namespace {

// The height of one line of a block: its box for a one-line block, but a
// block of several lines is taller than the line gaps it is compared with,
// so no more than 1.25 times its largest font size.
double LineHeight(const Block& b) {
  double h = b.bbox ? b.bbox->height() : 0;
  double size = 0;
  for (const Span& s : b.spans) size = std::max(size, s.size);
  return size > 0 ? std::min(h, 1.25 * size) : h;
}

ProvenanceRecord BlockProvenance(const Block& b) {
  ProvenanceRecord p;
  p.page = b.page;
  if (b.bbox) p.bbox = std::array<double, 4>{b.bbox->x0, b.bbox->top, b.bbox->x1, b.bbox->bottom};
  return p;
}

}  // namespace

std::optional<std::string> ProseSegmenter::HeadingKind() const {
  // The document's title names what the paper is, not the kind of every
  // paragraph in it ("PROPOSED RECORD OF DECISION").
  for (auto it = headings_.rbegin(); it != headings_.rend(); ++it) {
    if (it->kind && !it->title) return it->kind;
  }
  return std::nullopt;
}

std::string ProseSegmenter::MinuteNumber() const {
  for (auto it = headings_.rbegin(); it != headings_.rend(); ++it) {
    std::optional<ItemLabel> l = LeadingLabel(it->text);
    if (l && l->style == LabelStyle::kNumber) return l->id;
  }
  return "";
}

std::optional<std::string> ProseSegmenter::Section() const {
  for (auto it = headings_.rbegin(); it != headings_.rend(); ++it) {
    if (it->labelled) return it->text;
  }
  return std::nullopt;
}

void ProseSegmenter::AddItem(RawItem item, bool kind_known) {
  if (kind_known) {
    out_.push_back(std::move(item));
  } else {
    run_.push_back({std::move(item), false});
  }
}

void ProseSegmenter::FlushRun() {
  std::optional<std::string> kind = run_kind_ ? run_kind_ : HeadingKind();
  if (kind) {
    for (Pending& p : run_) {
      p.item.kind = *kind;
      out_.push_back(std::move(p.item));
    }
  }
  run_.clear();
  run_kind_.reset();
  run_last_letter_ = -1;
}

void ProseSegmenter::EndRun() {
  resolution_open_ = false;
  FlushRun();
  if (parent_open_ && parent_item_) out_.push_back(std::move(*parent_item_));
  parent_item_.reset();
  parent_open_ = false;
  last_was_item_ = false;
  pre_run_kind_.reset();
}

void ProseSegmenter::OpenUnit(const Heading& h, const std::string& kind, const ItemLabel* label) {
  if (!kind_section_has_units_) {
    // The numbered paragraphs before the first sub-heading introduce the
    // section: no items.
    if (kind_section_begin_ < out_.size()) {
      out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(kind_section_begin_), out_.end());
    }
    kind_section_has_units_ = true;
  }
  RawItem item;
  item.from_prose = true;
  item.kind = kind;
  item.section = Section();
  std::string body = h.text;
  if (label && label->style != LabelStyle::kRoman) {
    item.item_id = label->id;
    body = body.substr(label->length);
  }
  if (!body.empty()) item.text_parts.push_back(body);
  unit_ = std::move(item);
  unit_level_ = h.level;
}

void ProseSegmenter::CloseUnit() {
  if (unit_ && !unit_->item_id.empty()) out_.push_back(std::move(*unit_));
  unit_.reset();
}

// The run goes on after `item`: a last sentence of it that is a lead-in
// naming a kind ("… modelling. Additional measures proposed by the Council
// … are:") was a paragraph of its own between the two items, which a layout
// without space between paragraphs printed as the item's last line. It
// names the run's kind as that paragraph would, and is cut from the item.
// An item that is one lead-in sentence ("c) The Council will:") keeps it.
void ProseSegmenter::TakeGluedLeadIn(RawItem& item) {
  if (item.text_parts.empty() || !item.actions.empty()) return;
  std::string& last = item.text_parts.back();
  const size_t at = LastSentenceStart(last);
  if (at == 0) return;
  const std::string lead = last.substr(at);
  if (!kinds_.KindOf(lead, doc_context_)) return;
  std::optional<std::string> kind = kinds_.KindOf(LeadInTail(lead), doc_context_);
  if (!kind) return;
  last.erase(last.find_last_not_of(' ', at - 1) + 1);
  if (!run_kind_) run_kind_ = kind;
}

void ProseSegmenter::AbsorbTable(const Table& table) {
  if (!unit_) return;
  for (RawFigure& f : TableFigures(table)) unit_->figures.push_back(std::move(f));
  // Row by row, so that a figure and the column header of its year stay
  // readable together ("2015/16 105.4m").
  std::vector<std::string> rows(static_cast<size_t>(std::max(table.rows, 0)));
  for (const Cell& c : table.cells) {
    if (c.row < 0 || c.row >= table.rows) continue;
    std::string& r = rows[static_cast<size_t>(c.row)];
    if (!r.empty()) r += " | ";
    r += CollapseSpaces(c.text);
  }
  for (std::string& r : rows) {
    if (!r.empty()) unit_->body_texts.push_back(std::move(r));
  }
}

void ProseSegmenter::Finish() {
  EndRun();
  CloseUnit();
}

void ProseSegmenter::Add(const Block& b) {
  if (b.kind == BlockKind::kHeader || b.kind == BlockKind::kFooter ||
      b.kind == BlockKind::kFootnote || b.kind == BlockKind::kCaption) {
    return;
  }
  const std::string text = CollapseSpaces(WithoutFootnoteRefs(b.text, b.spans));
  if (text.empty()) return;
  if (b.kind == BlockKind::kHeading) {
    EndRun();
    int level = b.level > 0 ? b.level : 2;
    if (unit_ && level <= unit_level_) CloseUnit();
    while (!headings_.empty() && headings_.back().level >= level) headings_.pop_back();
    // Only a section divides into units, not the document's title (a form
    // named "… RECORD OF DECISION" is no list of decisions).
    std::optional<std::string> parent_kind;
    for (auto it = headings_.rbegin(); it != headings_.rend() && !parent_kind; ++it) {
      if (!it->title) parent_kind = it->kind ? it->kind : it->announced;
    }
    Heading h;
    h.level = level;
    h.text = text;
    h.kind = kinds_.KindOf(text, doc_context_);
    h.labelled = HeadingLabelled(text);
    // The paper's first heading, unnumbered, is its title.
    h.title = !seen_heading_ && !h.labelled;
    seen_heading_ = true;
    if (h.kind && !parent_kind) {
      kind_section_begin_ = out_.size();
      kind_section_has_units_ = false;
    }
    headings_.push_back(h);
    if (parent_kind && !unit_) {
      std::optional<ItemLabel> label = LeadingLabel(text);
      OpenUnit(h, *parent_kind, label ? &*label : nullptr);
    }
    last_was_heading_ = true;
    return;
  }
  std::optional<ItemLabel> label = LeadingLabel(text);
  // Not the next line of the paragraph before it.
  bool next_line_of_prev = false;
  if (b.bbox && prev_bbox_ && b.page == prev_page_) {
    double gap = b.bbox->top - prev_bbox_->bottom;
    next_line_of_prev = gap > -1 && gap < 0.6 * LineHeight(b);
  }
  prev_bbox_ = b.bbox;
  prev_page_ = b.page;
  // The second line of a heading the layout left as two blocks.
  auto words = [](const std::string& t) {
    int n = 1;
    for (char c : t) n += c == ' ';
    return n;
  };
  if (b.kind == BlockKind::kParagraph && next_line_of_prev && last_was_heading_ &&
      !headings_.empty() && !label && words(text) <= 8 &&
      words(headings_.back().text) + words(text) <= 16) {
    Heading& h = headings_.back();
    h.text += " " + text;
    h.kind = kinds_.KindOf(h.text, doc_context_);
    if (unit_ && unit_->body_texts.empty() && !unit_->text_parts.empty()) {
      unit_->text_parts.back() += " " + text;  // the unit's heading
    }
    last_was_heading_ = false;  // one line more at most
    return;
  }
  last_was_heading_ = false;
  // Minutes are numbered on from one minute to the next: a title numbered
  // one more than the current minute ("90. 24/00109 - Transfer …" after
  // minute 89), however the layout marked it, opens the next minute.
  if (label && label->style == LabelStyle::kNumber && !text.empty() && text.back() != '.' &&
      text.back() != ':') {
    const std::string minute = MinuteNumber();
    if (!minute.empty() && std::atoi(label->id.c_str()) == std::atoi(minute.c_str()) + 1) {
      for (auto it = headings_.rbegin(); it != headings_.rend(); ++it) {
        std::optional<ItemLabel> l = LeadingLabel(it->text);
        if (!l || l->id != minute) continue;
        Block h = b;
        h.kind = BlockKind::kHeading;
        h.level = it->level;
        Add(h);
        return;
      }
    }
  }
  if (b.kind == BlockKind::kParagraph && !next_line_of_prev &&
      !(parent_open_ && label && label->style != LabelStyle::kNumber &&
        label->style != LabelStyle::kDotted)) {
    if (int level = HeadingLevelOf(b, text)) {
      Block h = b;
      h.kind = BlockKind::kHeading;
      h.level = level;
      Add(h);
      return;
    }
  }
  // A paragraph that announces what the sub-sections below hold ("… some
  // key risks to implementation. These are outlined below") gives them
  // their kind; the section's own paragraphs stay no items.
  if (!unit_ && b.kind == BlockKind::kParagraph && !headings_.empty() &&
      !headings_.back().kind && !headings_.back().title && Announces(text)) {
    if (std::optional<std::string> k = kinds_.KindOf(text, doc_context_)) {
      headings_.back().announced = k;
    }
  }
  if (unit_) {
    // The body of a sub-section unit; its first numbered paragraph names
    // an unlabelled unit.
    if (unit_->item_id.empty() && label &&
        (label->style == LabelStyle::kNumber || label->style == LabelStyle::kDotted)) {
      unit_->item_id = label->id;
    }
    unit_->body_texts.push_back(text);
    unit_->provenance.push_back(BlockProvenance(b));
    return;
  }
  auto make_item = [&](std::string id) {
    last_bbox_ = b.bbox;
    last_page_ = b.page;
    RawItem item;
    item.item_id = std::move(id);
    item.from_prose = true;
    item.section = Section();
    std::string body = text.substr(label ? label->length : 0);
    if (!body.empty()) item.text_parts.push_back(body);
    item.provenance.push_back(BlockProvenance(b));
    return item;
  };
  // A resolution in minutes: a decision numbered by its minute ("86"), or
  // a lead-in ("RESOLVED that Cabinet agree to:") of lettered decisions
  // ("88(A)"). The paragraph's own number is not part of the id, unless no
  // minute numbers it.
  const size_t label_len = label ? label->length : 0;
  if (size_t opener = ResolutionOpener(kinds_, std::string_view(text).substr(label_len))) {
    EndRun();
    std::string id = MinuteNumber();
    if (id.empty() && label) id = label->id;
    RawItem item;
    item.item_id = id;
    item.kind = "decision";
    item.from_prose = true;
    item.resolution = true;
    item.section = Section();
    std::string body = text.substr(label_len + opener);
    if (!body.empty()) item.text_parts.push_back(body);
    item.provenance.push_back(BlockProvenance(b));
    last_bbox_ = b.bbox;
    last_page_ = b.page;
    if (EndsWithColon(text)) {
      parent_open_ = true;
      parent_id_ = id;
      parent_kind_ = "decision";
      parent_item_ = std::move(item);
      resolution_open_ = true;
      resolution_next_ = 1;
      return;
    }
    if (!id.empty()) {
      AddItem(std::move(item), true);
      last_was_item_ = true;
      last_in_run_ = false;
    }
    return;
  }
  if (label && label->length >= text.size()) {
    // A label alone (a page number the layout did not mark) is no item.
    last_was_item_ = false;
    return;
  }
  // The numbered decisions of a resolution's lead-in ("RESOLVED that
  // Cabinet:" 1. … 2. …) number from 1, as its lettered ones.
  if (resolution_open_ && parent_open_ && label && label->style == LabelStyle::kNumber &&
      std::atoi(label->id.c_str()) == resolution_next_) {
    ++resolution_next_;
    RawItem item = make_item(SubItemId(parent_id_, ItemLabel{"(" + label->id + ")", label->id,
                                                             LabelStyle::kParenNumber,
                                                             label->length}));
    item.kind = "decision";
    item.resolution = true;
    AddItem(std::move(item), true);
    parent_item_.reset();
    last_was_item_ = true;
    last_in_run_ = false;
    return;
  }
  if (label && (label->style == LabelStyle::kNumber || label->style == LabelStyle::kDotted)) {
    EndRun();
    std::optional<std::string> kind = HeadingKind();
    if (EndsWithColon(text)) {
      // A lead-in: its sub-items are the items, unless none follow.
      parent_open_ = true;
      parent_id_ = label->id;
      std::optional<std::string> own = kinds_.KindOf(text, doc_context_);
      parent_kind_ = own ? own : kind;
      if (kind) {
        parent_item_ = make_item(label->id);
        parent_item_->kind = *kind;
      }
      return;
    }
    if (kind) {
      RawItem item = make_item(label->id);
      item.kind = *kind;
      AddItem(std::move(item), true);
      last_was_item_ = true;
      last_in_run_ = false;
    }
    return;
  }
  if (label) {
    if (parent_open_) {
      if (parent_kind_) {
        RawItem item = make_item(SubItemId(parent_id_, *label));
        item.kind = *parent_kind_;
        item.resolution = resolution_open_;
        AddItem(std::move(item), true);
        last_was_item_ = true;
        last_in_run_ = false;
      }
      parent_item_.reset();
      return;
    }
    int idx = SequenceIndex(*label);
    if (!run_.empty() && idx != run_last_letter_ + 1) FlushRun();
    if (!run_.empty()) TakeGluedLeadIn(run_.back().item);
    if (run_.empty()) run_kind_ = pre_run_kind_;
    AddItem(make_item(label->id), false);
    run_last_letter_ = idx;
    last_was_item_ = true;
    last_in_run_ = true;
    return;
  }
  // Unlabelled text.
  if (b.kind == BlockKind::kListItem && parent_open_ && parent_item_) {
    parent_item_->actions.push_back(text);  // bullets of a lead-in that is an item
    return;
  }
  if (b.kind == BlockKind::kListItem && last_was_item_) {
    RawItem* last = last_in_run_ ? (run_.empty() ? nullptr : &run_.back().item)
                                 : (out_.empty() ? nullptr : &out_.back());
    if (last) last->actions.push_back(text);
    return;
  }
  // A paragraph that carries on an item's sentence (a line of a paragraph
  // the layout did not join, or text after a page break).
  if (b.kind == BlockKind::kParagraph && last_was_item_) {
    RawItem* last = last_in_run_ ? (run_.empty() ? nullptr : &run_.back().item)
                                 : (out_.empty() ? nullptr : &out_.back());
    if (last && !last->text_parts.empty() && last->actions.empty()) {
      const std::string& prev = last->text_parts.back();
      char end = prev.empty() ? '.' : prev.back();
      bool open = end != '.' && end != ':' && end != ';' && end != '!' && end != '?';
      // The next line of the same paragraph on the page: a line gap well
      // under a line's height (PDF pages read one block per line). After a
      // block of several lines the extractor has already joined the
      // paragraph's lines: a block after it is a paragraph of its own, even
      // when a producer sets paragraphs without space between them.
      bool next_line = false;
      const bool last_one_line =
          last_bbox_ && last_bbox_->height() < 1.5 * LineHeight(b);
      if (b.bbox && last_bbox_ && b.page == last_page_ && last_one_line) {
        double gap = b.bbox->top - last_bbox_->bottom;
        next_line = gap > -1 && gap < 0.6 * LineHeight(b) &&
                    b.bbox->x0 < last_bbox_->x0 + 30;
      }
      if (open || next_line || std::islower(static_cast<unsigned char>(text[0]))) {
        last_bbox_ = b.bbox;
        last_page_ = b.page;
        last->text_parts.push_back(text);
        last->provenance.push_back(BlockProvenance(b));
        return;
      }
    }
  }
  last_was_item_ = false;
  if (parent_open_ && !parent_item_) parent_open_ = false;  // the sub-items ended

  std::optional<std::string> lead_kind;
  // The whole lead-in first: a phrase it holds may rule a kind out ("Key
  // decision criteria. The decision will:").
  if (EndsWithColon(text) && kinds_.KindOf(text, doc_context_)) {
    lead_kind = kinds_.KindOf(LeadInTail(text), doc_context_);
  }
  if (!run_.empty()) {
    if (lead_kind && !run_kind_) run_kind_ = lead_kind;
  } else {
    pre_run_kind_ = lead_kind;
  }
}

std::vector<RawItem> ProseSegmenter::Take() {
  for (RawItem& item : out_) {
    if (item.text_parts.empty()) continue;
    // The list's connective after a closing ';' ("…; and") is not the item's.
    std::string& body = item.text_parts.back();
    for (std::string_view tail : {"; and", "; or"}) {
      if (body.size() > tail.size() &&
          body.compare(body.size() - tail.size(), tail.size(), tail) == 0) {
        body.resize(body.size() - tail.size() + 1);
      }
    }
  }
  std::vector<RawItem> out = std::move(out_);
  out_.clear();
  return out;
}

}  // namespace plantrace
