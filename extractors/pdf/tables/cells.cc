#include "extractors/pdf/tables/cells.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "text/bidi.h"

namespace plantrace::pdf {
namespace {

struct TextLine {
  std::vector<const Word*> words;
  double top = 0, bottom = 0, x0 = 0, size = 0;
};

bool SameLook(const Span& s, const Word& w, bool sup) {
  return s.bold == w.bold && s.italic == w.italic && s.underline == w.underline && s.superscript == sup;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Words into lines: biggest text first, each word joining the line whose
// vertical extent holds its middle (so superscripts stay on their line).
std::vector<TextLine> GroupLines(std::vector<const Word*> words) {
  std::stable_sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
    if (std::fabs(a->font_size - b->font_size) > 0.5) return a->font_size > b->font_size;
    return a->baseline < b->baseline;
  });
  std::vector<TextLine> lines;
  for (const Word* w : words) {
    const double mid = (w->bbox.top + w->bbox.bottom) / 2;
    TextLine* home = nullptr;
    for (auto& l : lines)
      if (mid >= l.top && mid <= l.bottom) {
        home = &l;
        break;
      }
    if (!home) {
      lines.push_back({{}, w->bbox.top, w->bbox.bottom, w->bbox.x0, w->font_size});
      home = &lines.back();
    }
    home->words.push_back(w);
    home->x0 = std::min(home->x0, w->bbox.x0);
  }
  for (auto& l : lines)
    std::stable_sort(l.words.begin(), l.words.end(),
                     [](const Word* a, const Word* b) { return a->bbox.x0 < b->bbox.x0; });
  std::stable_sort(lines.begin(), lines.end(),
                   [](const TextLine& a, const TextLine& b) { return a.top < b.top; });
  return lines;
}

// Builds text and spans together, so that they always agree.
struct Writer {
  Cell* cell;
  std::string para;           // the paragraph being written
  std::vector<Span> spans;    // of the whole cell
  bool para_is_item = false;

  void Put(const std::string& sep, const std::string& text, const Word& w, bool sup) {
    if (text.empty()) return;
    // The separator as the cell's text will have it, given to the run before.
    std::string joint;
    if (!para.empty()) joint = sep;
    else if (!cell->text.empty()) joint = "\n";
    para += para.empty() ? "" : sep;
    para += text;
    if (!spans.empty()) spans.back().text += joint;
    // Each paragraph opens a run of its own (the '\n' ends the one before).
    if (spans.empty() || !SameLook(spans.back(), w, sup) || para.size() == text.size()) {
      Span s;
      s.bold = w.bold;
      s.italic = w.italic;
      s.underline = w.underline;
      s.superscript = sup;
      s.font = w.font;
      s.size = w.font_size;
      s.color = w.color;
      spans.push_back(std::move(s));
    }
    spans.back().text += text;
  }
  void EndParagraph() {
    if (para.empty()) return;
    if (!cell->text.empty()) cell->text += '\n';
    cell->text += para;
    cell->lines.push_back(para);
    if (para_is_item) cell->list_items.push_back(para);
    para.clear();
    para_is_item = false;
  }
};

bool EndsWithWordHyphen(const std::string& s) {
  return s.size() >= 2 && s.back() == '-' && std::isalnum(static_cast<unsigned char>(s[s.size() - 2]));
}

bool IsDash(const std::string& w) { return w == "-" || w == "\u2013" || w == "\u2014"; }

// A drawn bullet: a mark no taller than the text, its centre within the
// line's height, ending left of the line's first word by at most 3 em (the
// page layout's reach for drawn bullets).
bool DrawnBullet(const std::vector<BBox>& marks, const TextLine& line) {
  const double size = std::max(line.size, 1.0);
  for (const BBox& m : marks) {
    const double my = (m.top + m.bottom) / 2;
    if (my < line.top || my > line.bottom || m.height() > size) continue;
    if (m.x1 <= line.x0 + 0.1 * size && line.x0 - m.x1 <= 3 * size) return true;
  }
  return false;
}

}  // namespace

// Lower case, surrounding punctuation removed: how words are looked up.
std::string Bare(const std::string& word) {
  const size_t b = word.find_first_not_of("([{\"'");
  if (b == std::string::npos) return "";
  const size_t e = word.find_last_not_of(".,;:)]}!?\"'");
  return Lower(word.substr(b, e + 1 - b));
}


size_t BulletPrefix(const std::string& w) {
  static const char* kBullets[] = {"\u2022", "\u25AA", "\u25E6", "\u2013", "\u25CF", "\u25CB",
                                   "\u25A0", "\u25A1", "\u2023", "\u2043", "\u00B7", "\uF0B7",
                                   "\uF0A7", "\u2219", "\u27A2", "\u2014"};
  if (w == "-" || w == "*") return 1;
  for (const char* b : kBullets) {
    const std::string g(b);
    if (w.compare(0, g.size(), g) == 0) {
      // Dashes only as whole words: "–" yes, "–5" no.
      if ((g == "\u2013" || g == "\u2014") && w.size() != g.size()) continue;
      return g.size();
    }
  }
  return 0;
}

bool IsListLabel(const std::string& w) {
  std::string s = w;
  bool paren_open = false;
  if (!s.empty() && s.front() == '(') {
    paren_open = true;
    s.erase(0, 1);
  }
  if (s.size() < 2) return false;
  const char end = s.back();
  if (end != ')' && end != '.') return false;
  if (paren_open && end != ')') return false;
  s.pop_back();
  if (s.empty() || s.size() > 4) return false;
  const bool digits = std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (digits) return s.size() <= 3;
  const bool roman = std::all_of(s.begin(), s.end(), [](char c) { return std::strchr("ivxlIVXL", c) != nullptr; });
  if (roman) return true;
  return s.size() == 1 && std::isalpha(static_cast<unsigned char>(s[0]));
}

void FillCellText(const std::vector<const Word*>& words, const CellTextContext& ctx, Cell* cell) {
  cell->text.clear();
  cell->lines.clear();
  cell->list_items.clear();
  cell->spans.clear();
  if (words.empty()) return;
  std::vector<TextLine> lines = GroupLines(words);
  Writer out{cell, {}, {}, false};
  double item_text_x = -1;  // where the current glyph item's text starts
  const TextLine* prev = nullptr;
  double prev_bullet_x = -1, prev_text_x = 0;  // of the line above
  for (const auto& line : lines) {
    const Word& first = *line.words.front();
    size_t bullet = BulletPrefix(first.text);
    // A mark alone on its line is the text itself ("-" for no value).
    if (bullet == first.text.size() && line.words.size() == 1) bullet = 0;
    // A dash opens an item only where a list would put it: first in the
    // cell, after a paragraph gap, under a sibling dash item, or indented
    // or outdented from the text above; a dash that a line break put at the
    // start of a line mid-sentence is text.
    if (bullet && IsDash(first.text) && prev && line.top - prev->bottom <= 0.45 * std::max(line.size, 1.0)) {
      const double tol = 0.5 * line.size;
      const bool sibling = prev_bullet_x >= 0 && std::fabs(prev_bullet_x - line.x0) <= tol;
      const bool shifted = std::fabs(prev_text_x - line.x0) > tol;
      if (!sibling && !shifted) bullet = 0;
    }
    const bool label = !bullet && IsListLabel(first.text) && line.words.size() > 1;
    const bool drawn = !bullet && !label && DrawnBullet(ctx.marks, line);
    bool new_para = prev == nullptr || bullet || label || drawn;
    if (prev) {
      const double gap = line.top - prev->bottom;
      if (gap > 0.45 * std::max(line.size, 1.0)) new_para = true;
      if (item_text_x >= 0 && line.x0 < item_text_x - 0.5 * line.size) new_para = true;
      const double prev_x1 = prev->words.back()->bbox.x1;
      const double next_w = line.words.front()->bbox.width();
      if (ctx.right > 0 && prev_x1 + 0.3 * line.size + next_w < ctx.right - 0.5 * line.size &&
          !EndsWithWordHyphen(out.para))
        new_para = true;
    }
    if (new_para) {
      out.EndParagraph();
      item_text_x = -1;
      if (bullet || label || drawn) out.para_is_item = true;
      if (drawn) item_text_x = line.x0;
    }
    // Right-to-left text is drawn in visual order: the line is put back in
    // reading order as a whole (one run, in the look of its first word).
    if (std::any_of(line.words.begin(), line.words.end(), [](const Word* w) { return HasRightToLeft(w->text); })) {
      std::string visual;
      for (const Word* w : line.words) visual += (visual.empty() ? "" : " ") + w->text;
      out.Put(" ", VisualToLogical(visual), first, false);
      prev = &line;
      prev_bullet_x = -1;
      prev_text_x = line.x0;
      continue;
    }
    double main_baseline = line.words.front()->baseline;
    for (const Word* w : line.words)
      if (w->font_size >= line.size - 0.01) main_baseline = w->baseline;
    for (size_t i = 0; i < line.words.size(); ++i) {
      const Word& w = *line.words[i];
      std::string text = w.text;
      if (i == 0 && bullet) {
        text.erase(0, bullet);
        if (line.words.size() > 1) item_text_x = line.words[1]->bbox.x0;
        else item_text_x = w.bbox.x1;
        if (text.empty()) continue;
      }
      std::string sep = " ";
      if (i > 0) {
        const Word& p = *line.words[i - 1];
        const double gap = w.bbox.x0 - p.bbox.x1;
        if (!p.space_after && gap < 0.15 * std::max(w.font_size, 1.0)) sep = "";
      } else if (!out.para.empty() && EndsWithWordHyphen(out.para) && !text.empty()) {
        // A hyphen at the end of the line: the word goes on without a space.
        // The hyphen itself is dropped only where the document shows the
        // word without it elsewhere (hyphenation), else it is kept
        // ("re-commissioning", "2019-22").
        if (std::islower(static_cast<unsigned char>(text[0])) && ctx.words) {
          size_t start = out.para.find_last_of(' ');
          start = start == std::string::npos ? 0 : start + 1;
          const std::string head = out.para.substr(start, out.para.size() - start - 1);
          if (ctx.words->count(Bare(head + text)) && !ctx.words->count(Bare(head + "-" + text))) {
            out.para.pop_back();
            if (!out.spans.empty() && !out.spans.back().text.empty() && out.spans.back().text.back() == '-')
              out.spans.back().text.pop_back();
          }
        }
        sep = "";
      }
      // Superscript: marked by the reader, or smaller and raised above the
      // line's main text ("21st", footnote marks).
      const bool sup = w.superscript || (w.font_size < 0.85 * line.size &&
                                         w.baseline < main_baseline - 0.15 * line.size);
      out.Put(sep, text, w, sup);
    }
    prev = &line;
    prev_bullet_x = bullet ? line.x0 : -1;
    prev_text_x = bullet && line.words.size() > 1 ? line.words[1]->bbox.x0 : line.x0;
  }
  out.EndParagraph();
  cell->spans = std::move(out.spans);
  // Hints for AppendCellContent, measured as the forced-break test above.
  if (!cell->parts.empty() && ctx.right > 0) {
    const TextLine& last = lines.back();
    double x1 = 0;
    for (const Word* w : last.words) x1 = std::max(x1, w->bbox.x1);
    const double size = std::max(last.size, 1.0);
    cell->parts.back().end_room = std::max(0.0, ctx.right - 0.5 * size - x1 - 0.3 * size);
    cell->parts.back().first_word_width = lines.front().words.front()->bbox.width();
  }
}

void AppendCellContent(const Cell& more, Cell* cell) {
  if (more.text.empty()) return;
  if (cell->text.empty()) {
    cell->text = more.text;
    cell->lines = more.lines;
    cell->list_items = more.list_items;
    cell->spans = more.spans;
    return;
  }
  // A paragraph cut by the page break: the first page's last paragraph does
  // not end a sentence, or the continuation starts in lower case; and the
  // continuation is not a list item of its own.
  const std::string& last = cell->lines.empty() ? cell->text : cell->lines.back();
  const std::string& next = more.lines.empty() ? more.text : more.lines.front();
  const bool next_is_item = !more.list_items.empty() && more.list_items.front() == next;
  const char end = last.empty() ? '.' : last.back();
  // The last line stopped where the next part's first word would have
  // fitted: the paragraph ended there (the gap after it fell at the break),
  // even without a closing stop ("Continuing work on network").
  const PagePart* before = cell->parts.empty() ? nullptr : &cell->parts.back();
  const PagePart* after = more.parts.empty() ? nullptr : &more.parts.front();
  const bool ended = before && after && before->end_room >= 0 && after->first_word_width >= 0 &&
                     after->first_word_width < before->end_room;
  // A lower-case start goes on whatever the room (a paragraph seldom opens
  // in lower case; the cell's right edge is only an estimate).
  const bool cut = !next_is_item && !next.empty() &&
                   (std::islower(static_cast<unsigned char>(next[0])) ||
                    (!ended && !std::strchr(".:;!?", end)));
  if (cut && !cell->lines.empty()) {
    const bool was_item = !cell->list_items.empty() && cell->list_items.back() == cell->lines.back();
    cell->lines.back() += " " + next;
    if (was_item) cell->list_items.back() = cell->lines.back();
    cell->text += " " + more.text;
    for (size_t i = 1; i < more.lines.size(); ++i) cell->lines.push_back(more.lines[i]);
    for (const auto& item : more.list_items)
      if (item != next) cell->list_items.push_back(item);
    if (!cell->spans.empty()) cell->spans.back().text += " ";
  } else {
    cell->text += "\n" + more.text;
    cell->lines.insert(cell->lines.end(), more.lines.begin(), more.lines.end());
    cell->list_items.insert(cell->list_items.end(), more.list_items.begin(), more.list_items.end());
    if (!cell->spans.empty()) cell->spans.back().text += "\n";
  }
  cell->spans.insert(cell->spans.end(), more.spans.begin(), more.spans.end());
}

std::unordered_set<std::string> DocumentWords(const std::vector<PageContent>& pages) {
  std::unordered_set<std::string> out;
  for (const auto& p : pages)
    for (const auto& w : p.words) out.insert(Bare(w.text));
  return out;
}

}  // namespace plantrace::pdf
