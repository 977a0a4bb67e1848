#include "extractors/pdf/tables/grouped_rows.h"

#include <algorithm>
#include <cctype>

namespace plantrace::pdf {
namespace {

// A chunk that begins a sentence: its first character an upper-case letter,
// a digit or a character outside ASCII (a quote, a letter with an accent).
bool BeginsEntry(const StreamChunk& c) {
  const unsigned char ch = static_cast<unsigned char>(c.words.front()->text[0]);
  return std::isupper(ch) || std::isdigit(ch) || ch >= 0x80;
}

// A chunk's own top and bottom (its line may be taller: a wrapped label
// beside it set a little higher).
double Top(const StreamChunk& c) {
  double y = 1e300;
  for (const Word* w : c.words) y = std::min(y, w->bbox.top);
  return y;
}

double Bottom(const StreamChunk& c) {
  double y = -1e300;
  for (const Word* w : c.words) y = std::max(y, w->bbox.bottom);
  return y;
}

}  // namespace

bool StartsGroupedEntry(const GroupedRowContext& ctx, size_t i) {
  const auto& lines = *ctx.lines;
  if (i == 0 || i <= ctx.row_start || i >= lines.size()) return false;
  auto in_others = [&](const StreamChunk& c) { return ctx.column_of((c.x0 + c.x1) / 2) != ctx.anchor; };
  int entries = 0;
  double top = 1e300;
  for (const StreamChunk& c : lines[i]->chunks) {
    if (!in_others(c)) continue;
    if (!BeginsEntry(c)) return false;
    ++entries;
    top = std::min(top, Top(c));
  }
  if (entries == 0) return false;
  // The nearest line of the same row with text in the other columns: the
  // whitespace between them must be a row band (lines of one cell stand
  // closer).
  for (size_t j = i; j-- > ctx.row_start;) {
    double bottom = -1e300;
    for (const StreamChunk& c : lines[j]->chunks)
      if (in_others(c)) bottom = std::max(bottom, Bottom(c));
    if (bottom > -1e300) return top - bottom > ctx.row_band;
  }
  return false;
}

void KeepLabelledGroups(const GroupedRowContext& ctx, std::vector<size_t>* starts, std::vector<size_t>* grouped) {
  const auto& lines = *ctx.lines;
  auto is_grouped = [&](size_t i) { return std::binary_search(grouped->begin(), grouped->end(), i); };
  std::vector<size_t> dropped;
  for (size_t s = 0; s < starts->size(); ++s) {
    // A group: a row opened by its label, then its grouped rows.
    if (is_grouped((*starts)[s]) || s + 1 >= starts->size() || !is_grouped((*starts)[s + 1])) continue;
    const size_t second = (*starts)[s + 1];
    size_t e = s + 1;
    while (e < starts->size() && is_grouped((*starts)[e])) ++e;
    const size_t end = e < starts->size() ? (*starts)[e] : lines.size();
    double entry_top = 1e300;
    for (const StreamChunk& c : lines[second]->chunks)
      if (ctx.column_of((c.x0 + c.x1) / 2) != ctx.anchor) entry_top = std::min(entry_top, Top(c));
    bool label = true;
    for (size_t k = second; k < end && label; ++k)
      for (const StreamChunk& c : lines[k]->chunks)
        label = label && (ctx.column_of((c.x0 + c.x1) / 2) != ctx.anchor || Top(c) < entry_top - 0.5);
    if (!label)
      for (size_t k = s + 1; k < e; ++k) dropped.push_back((*starts)[k]);
  }
  auto drop = [&](std::vector<size_t>* v) {
    v->erase(std::remove_if(v->begin(), v->end(),
                            [&](size_t i) { return std::find(dropped.begin(), dropped.end(), i) != dropped.end(); }),
             v->end());
  };
  drop(starts);
  drop(grouped);
}

bool ParagraphsInCells(const GroupedRowContext& ctx) {
  const auto& lines = *ctx.lines;
  const int anchor = ctx.anchor;
  // Per column, where its text so far ends (the bottom of its last chunk).
  std::vector<double> last;
  for (const StreamLine* l : lines) {
    for (const StreamChunk& c : l->chunks) {
      const int k = ctx.column_of((c.x0 + c.x1) / 2);
      if (k == anchor) continue;
      if (static_cast<size_t>(k) >= last.size()) last.resize(k + 1, 1e300);
      const double above = last[k], top = Top(c);
      last[k] = Bottom(c);
      if (above == 1e300 || top - above <= ctx.row_band || !BeginsEntry(c)) continue;
      // A break in column k: does text of another column cross it?
      for (const StreamLine* o : lines)
        for (const StreamChunk& oc : o->chunks) {
          const int ok = ctx.column_of((oc.x0 + oc.x1) / 2);
          if (ok != anchor && ok != k && Bottom(oc) > above + 0.5 && Top(oc) < top - 0.5) return true;
        }
    }
  }
  return false;
}

}  // namespace plantrace::pdf
