#include "pipeline/segment/table_cells.h"

#include <algorithm>
#include <cctype>

#include "pipeline/segment/segment_types.h"
#include "text/normalize.h"

namespace plantrace::table_cells {

std::string Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return std::string(s);
}

bool Blank(const std::string& s) { return Trimmed(s).empty(); }

// A reference code in an id column ("A1", "R-12", "GOV3"): short, one
// word, with a digit. Its id is the code as printed.
bool IsIdCode(std::string_view text) {
  std::string t = Trimmed(text);
  if (t.empty() || t.size() > 8) return false;
  bool digit = false;
  for (char c : t) {
    if (c == ' ' || c == '\n') return false;
    digit = digit || (c >= '0' && c <= '9');
  }
  return digit;
}

// Cells by the row they start in, left to right.
std::vector<std::vector<const Cell*>> RowsOf(const Table& t) {
  int rows = t.rows;
  for (const Cell& c : t.cells) rows = std::max(rows, c.row + 1);
  std::vector<std::vector<const Cell*>> out(static_cast<size_t>(std::max(rows, 0)));
  for (const Cell& c : t.cells) {
    if (c.row >= 0) out[static_cast<size_t>(c.row)].push_back(&c);
  }
  for (auto& r : out) {
    std::sort(r.begin(), r.end(), [](const Cell* a, const Cell* b) { return a->col < b->col; });
  }
  return out;
}

int ColsOf(const Table& t) {
  int cols = t.cols;
  for (const Cell& c : t.cells) cols = std::max(cols, c.col + c.colspan);
  return cols;
}

// One cell across every column, or the only non-empty cell of a row that
// starts in the first column and spans more than half of the table.
bool IsBanner(const std::vector<const Cell*>& row, int cols) {
  if (cols < 2) return false;
  const Cell* only = nullptr;
  for (const Cell* c : row) {
    if (Blank(c->text)) continue;
    if (only) return false;
    only = c;
  }
  if (!only) return false;
  if (only->colspan >= cols) return true;
  return only->col == 0 && only->colspan * 2 > cols;
}

// The lines of a cell: its paragraphs and list items ('\n'-separated text),
// trimmed, empty ones dropped.
std::vector<std::string> Lines(const Cell& c) {
  std::vector<std::string> out;
  size_t begin = 0;
  const std::string t = WithoutFootnoteRefs(c.text, c.spans);
  while (begin <= t.size()) {
    size_t end = t.find('\n', begin);
    if (end == std::string::npos) end = t.size();
    std::string line = Trimmed(std::string_view(t).substr(begin, end - begin));
    if (!line.empty()) out.push_back(CollapseSpaces(line));
    if (end == t.size()) break;
    begin = end + 1;
  }
  return out;
}

const Cell* CellAt(const std::vector<const Cell*>& row, int col) {
  for (const Cell* c : row) {
    if (c->col <= col && col < c->col + c->colspan) return c;
  }
  return nullptr;
}

int WordCount(const std::string& text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool LooksCutOff(const std::string& text) {
  const std::string t = CollapseSpaces(Trimmed(text));
  if (t.empty() || t.back() == '.' || t.back() == '!' || t.back() == '?') return false;
  const int words = WordCount(t);
  if (words <= 2) return true;
  if (words > 4) return false;
  if (std::islower(static_cast<unsigned char>(t.front()))) return true;
  if (t.back() == ',') return true;
  const std::string last = CaseFold(t.substr(t.rfind(' ') + 1));
  for (const char* joint : {"and", "or", "of", "the", "to", "for", "in", "with", "a"}) {
    if (last == joint) return true;
  }
  return false;
}

}  // namespace plantrace::table_cells
