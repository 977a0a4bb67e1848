#include "extractors/pdf/tables/label_column.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "extractors/pdf/tables/grid.h"

namespace plantrace::pdf {
namespace {

// A vertical extent of text: one entry of the second column (its lines) or
// one label of the first.
struct Extent {
  double top = 0, bottom = 0;
  int lines = 0;
  double centre() const { return (top + bottom) / 2; }
};

// The tolerance for a left edge shared by the lines of one column (no output
// moves from 0.5 to 2 pt).
constexpr double kEdge = 1.0;

// The two columns: the labels' left edge, the entries' left edge, and the
// page's type size.
struct Columns {
  double left = 0, value = 0, em = 0;
};

// A label: short, at the labels' edge, clear of the entries by an em (the
// LibreOffice 2015 table's longest label ends between 1 and 1.5 em short of
// them; no output moves at 0.5 em), and no list mark or paragraph number
// (numbered paragraphs are prose).
bool IsLabelChunk(const StreamChunk& c, const Columns& k) {
  return std::fabs(c.x0 - k.left) <= kEdge && c.x1 <= k.value - k.em && c.words.size() <= 4 &&
         !IsLabelText(c.words.front()->text);
}

bool IsEntryChunk(const StreamChunk& c, const Columns& k) { return std::fabs(c.x0 - k.value) <= kEdge; }

// A line of the table: one label chunk, one entry chunk or both, nothing
// else.
bool Fits(const StreamLine& l, const Columns& k) {
  int labels = 0, entries = 0;
  for (const StreamChunk& c : l.chunks) {
    if (IsLabelChunk(c, k)) ++labels;
    else if (IsEntryChunk(c, k)) ++entries;
    else return false;
  }
  return labels <= 1 && entries <= 1;
}

// A chunk's own top and bottom.
std::pair<double, double> Span(const StreamChunk& c) {
  double top = 1e300, bottom = -1e300;
  for (const Word* w : c.words) {
    top = std::min(top, w->bbox.top);
    bottom = std::max(bottom, w->bbox.bottom);
  }
  return {top, bottom};
}

bool BeginsSentence(const StreamChunk& c) {
  const std::string& t = c.words.front()->text;
  const unsigned char ch = static_cast<unsigned char>(t[0]);
  return (std::isupper(ch) || std::isdigit(ch) || ch >= 0x80) && !IsLabelText(t);
}

// Groups of entries for the labels: label k spans entries [starts[k],
// starts[k + 1]) (the last up to `end`). A label is centred on its group or
// level with the top of its first entry, and lies within the group's
// extent. Returns false when no such division exists.
class Division {
 public:
  Division(const std::vector<Extent>& entries, const std::vector<Extent>& labels, double tol)
      : entries_(entries), labels_(labels), tol_(tol) {}

  bool Find(std::vector<size_t>* starts, size_t* end) {
    for (size_t s = 0; s < entries_.size(); ++s) {
      starts->clear();
      if (From(0, s, starts, end)) return true;
    }
    return false;
  }

 private:
  bool Beside(size_t k, size_t s, size_t t, bool* centred) const {
    const Extent& l = labels_[k];
    const double top = entries_[s].top, bottom = entries_[t - 1].bottom;
    if (l.top < top - tol_ || l.bottom > bottom + tol_) return false;
    *centred = std::fabs(l.centre() - (top + bottom) / 2) <= tol_;
    return *centred || std::fabs(l.top - top) <= tol_;
  }

  bool From(size_t k, size_t s, std::vector<size_t>* starts, size_t* end) {
    // (s may be past the last entry: the label before took them all.)
    if (s >= entries_.size() || failed_.count({k, s}) || labels_[k].top < entries_[s].top - tol_) return false;
    for (size_t t = s + 1; t <= entries_.size(); ++t) {
      bool centred = false;
      if (!Beside(k, s, t, &centred)) continue;
      // The last label: at the top of a group running to the end (cut off
      // by the page's foot: the label level with its part's top), or else
      // centred on its group.
      if (k + 1 == labels_.size()) {
        bool all_centred = false;
        const bool to_end = Beside(k, s, entries_.size(), &all_centred);
        if (to_end && t != entries_.size()) continue;
        if (!to_end && !centred) continue;
        starts->push_back(s);
        *end = t;
        return true;
      }
      // A label before the last is centred beside its group: labels level
      // with the top of what they head are side headings as often.
      if (!centred) continue;
      starts->push_back(s);
      if (From(k + 1, t, starts, end)) return true;
      starts->pop_back();
    }
    failed_.insert({k, s});
    return false;
  }

  const std::vector<Extent>& entries_;
  const std::vector<Extent>& labels_;
  double tol_;
  std::set<std::pair<size_t, size_t>> failed_;
};

// The table over lines [from, to) read with columns `k`, if it is one.
bool TableOf(const std::vector<StreamLine>& lines, size_t from, size_t to, const Columns& k, Grid* g) {
  std::vector<Extent> entries, labels;
  std::vector<std::pair<double, double>> entry_lines;
  std::vector<bool> entry_begins;
  double label_right = -1e300, right = -1e300;
  for (size_t i = from; i < to; ++i)
    for (const StreamChunk& c : lines[i].chunks) {
      const auto [top, bottom] = Span(c);
      if (IsLabelChunk(c, k)) {
        // (Lines of one label: closer than 0.8 em; no output moves from 0.6
        // to 1.2 em.)
        if (!labels.empty() && top - labels.back().bottom <= 0.8 * k.em) {
          labels.back().bottom = std::max(labels.back().bottom, bottom);
          ++labels.back().lines;
        } else {
          labels.push_back({top, bottom, 1});
        }
        label_right = std::max(label_right, c.x1);
      } else {
        entry_lines.push_back({top, bottom});
        entry_begins.push_back(BeginsSentence(c));
        right = std::max(right, c.x1);
      }
    }
  if (labels.size() < 2 || entry_lines.size() < 4) return false;
  // Entries: a band of whitespace taller than the space between the lines
  // of one entry (its lower quartile) opens one, on a line that begins a
  // sentence. (The stream layout's row band. rl_centred_labels.pdf's lines
  // stand 4.75 pt apart and its entries 12.75 pt: 2.5 x leaves 0.85 pt, 3.5 x
  // merges them; LibreOffice 2015's table is unmoved from 2 to 3.5 x, and
  // everything from 0.2 to 0.45 em for the added part.)
  std::vector<double> gaps;
  for (size_t i = 1; i < entry_lines.size(); ++i) gaps.push_back(entry_lines[i].first - entry_lines[i - 1].second);
  std::vector<double> sorted = gaps;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 4, sorted.end());
  const double lead = std::max(sorted[sorted.size() / 4], 0.0);
  const double band = std::max(2.5 * lead, lead + 0.3 * k.em);
  for (size_t i = 0; i < entry_lines.size(); ++i) {
    if (i == 0 || (gaps[i - 1] > band && entry_begins[i]))
      entries.push_back({entry_lines[i].first, entry_lines[i].second, 1});
    else {
      entries.back().bottom = entry_lines[i].second;
      ++entries.back().lines;
    }
  }
  // Short entries beside short labels: a paragraph is no entry, nor is a
  // label of more than three lines.
  for (const Extent& e : entries)
    if (e.lines > 4) return false;
  for (const Extent& l : labels)
    if (l.lines > 3) return false;
  std::vector<size_t> starts;
  size_t end = 0;
  // (Centred within 0.3 em: no output moves from 0.2 to 0.45 em.)
  Division division(entries, labels, 0.3 * k.em);
  if (!division.Find(&starts, &end)) return false;
  // Some label before the last stands centred beside a group of two
  // entries or more, below the group's top (the evidence of a spanning
  // cell, which side headings do not give; no output moves from 0.2 to
  // 0.45 em).
  bool spans = false;
  for (size_t j = 0; j + 1 < starts.size(); ++j)
    spans = spans || (starts[j + 1] - starts[j] >= 2 && labels[j].top > entries[starts[j]].top + 0.3 * k.em);
  if (!spans) return false;
  g->xs = {k.left, (label_right + k.value) / 2, right};
  const size_t first = starts.front();
  g->ys = {std::min(entries[first].top, labels.front().top) - 1};
  for (size_t e = first + 1; e < end; ++e) g->ys.push_back((entries[e - 1].bottom + entries[e].top) / 2);
  g->ys.push_back(std::max(entries[end - 1].bottom, labels.back().bottom) + 1);
  std::vector<bool> opens(end - first, false);
  for (size_t s : starts) opens[s - first] = true;
  g->cells = SpanCells(
      g->rows(), 2, [](int, int) { return true; },
      [&](int r, int c) { return c == 1 || opens[static_cast<size_t>(r)]; });
  return true;
}

}  // namespace

std::vector<Grid> FindLabelColumnGrids(const std::vector<StreamLine>& lines) {
  std::vector<Grid> out;
  if (lines.size() < 4) return out;
  // Candidate left edges: where two lines or more start a chunk.
  std::map<long, int> edges;
  std::vector<double> sizes;
  for (const StreamLine& l : lines) {
    sizes.push_back(l.size);
    for (const StreamChunk& c : l.chunks) ++edges[std::lround(c.x0)];
  }
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  const double em = std::max(sizes[sizes.size() / 2], 1.0);
  std::vector<double> values;
  for (const auto& [x, n] : edges)
    if (n >= 4) values.push_back(static_cast<double>(x));
  std::vector<bool> used(lines.size(), false);
  for (double v : values)
    for (const auto& [x, n] : edges) {
      // (Labels' edge two ems left of the entries' at least: no output moves
      // from 1.5 to 3 em.)
      if (n < 2 || static_cast<double>(x) >= v - 2 * em) continue;
      // The chunks' own edges, not the rounded ones.
      Columns k{static_cast<double>(x), v, em};
      for (const StreamLine& l : lines)
        for (const StreamChunk& c : l.chunks) {
          if (std::fabs(c.x0 - k.left) <= 0.5) k.left = c.x0;
          if (std::fabs(c.x0 - k.value) <= 0.5) k.value = c.x0;
        }
      // Runs of fitting lines with no blank line between neighbours (1.6
      // line heights: rl_centred_labels.pdf's entries stand 1.38 apart, so
      // 1.3 cuts its run; no output moves up to 2).
      for (size_t i = 0; i < lines.size();) {
        if (used[i] || !Fits(lines[i], k)) {
          ++i;
          continue;
        }
        size_t j = i + 1;
        while (j < lines.size() && !used[j] && Fits(lines[j], k) &&
               lines[j].top - lines[j - 1].bottom <= 1.6 * std::max(lines[j - 1].bottom - lines[j - 1].top, 1.0))
          ++j;
        Grid g;
        if (TableOf(lines, i, j, k, &g)) {
          for (size_t u = i; u < j; ++u) used[u] = true;
          out.push_back(std::move(g));
        }
        i = j;
      }
    }
  return out;
}

}  // namespace plantrace::pdf
