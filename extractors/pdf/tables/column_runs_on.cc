#include "extractors/pdf/tables/column_runs_on.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace plantrace::pdf {
namespace {

// The words of a line standing in column `col`, left to right.
std::vector<const Word*> WordsIn(const StreamLine& line, int col, const std::function<int(double)>& column_of) {
  std::vector<const Word*> out;
  for (const auto& ch : line.chunks)
    for (const Word* w : ch.words)
      if (column_of((w->bbox.x0 + w->bbox.x1) / 2) == col) out.push_back(w);
  return out;
}

bool EndsClauseOpen(const std::string& text) {
  if (text.empty()) return false;
  const char last = text.back();
  return last == ',' || last == ';' || last == '-';
}

}  // namespace

bool ColumnRunsOn(const std::vector<const StreamLine*>& lines, int col, const std::function<int(double)>& column_of,
                  double size) {
  // The column's text edge: where its longest line ends.
  double edge = -1e300;
  for (const StreamLine* l : lines)
    for (const Word* w : WordsIn(*l, col, column_of)) edge = std::max(edge, w->bbox.x1);
  int pairs = 0, run_on = 0, wrapped = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i + 1]->top - lines[i]->bottom > 0.8 * size) continue;
    const std::vector<const Word*> upper = WordsIn(*lines[i], col, column_of);
    const std::vector<const Word*> lower = WordsIn(*lines[i + 1], col, column_of);
    if (upper.empty() || lower.empty()) continue;
    ++pairs;
    const std::string& first = lower.front()->text;
    const unsigned char c = first.empty() ? 0 : static_cast<unsigned char>(first[0]);
    run_on += EndsClauseOpen(upper.back()->text) || std::islower(c);
    // A word of letters that would not have fitted after the line above:
    // the line above wrapped (figures and codes start otherwise).
    wrapped += std::isalpha(c) && upper.back()->bbox.x1 + 0.3 * size + lower.front()->bbox.width() > edge + 0.5 * size;
  }
  return (run_on >= 2 && run_on * 4 >= pairs) || (wrapped >= 2 && wrapped * 2 >= pairs);
}

}  // namespace plantrace::pdf
