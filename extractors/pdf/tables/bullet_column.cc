#include "extractors/pdf/tables/bullet_column.h"

#include "extractors/pdf/tables/cells.h"

namespace plantrace::pdf {
namespace {

// The nearest word right of `w` on its line, or null.
const Word* NextOnLine(const std::vector<const Word*>& line, const Word* w) {
  const Word* next = nullptr;
  for (const Word* o : line)
    if (o != w && o->bbox.x0 >= w->bbox.x1 && (!next || o->bbox.x0 < next->bbox.x0)) next = o;
  return next;
}

}  // namespace

void MergeBulletColumns(std::vector<std::pair<double, double>>* gaps,
                        const std::vector<std::vector<const Word*>>& line_words) {
  // Column k lies between gutter k-1 and gutter k; the first (k = 0) is left
  // alone, the last has no gutter after it to drop.
  for (size_t k = gaps->size() - 1; k >= 1 && k < gaps->size(); --k) {
    const double left = (*gaps)[k - 1].second, right = (*gaps)[k].first;
    int bullets = 0, others = 0;
    bool hanging = true;
    for (const auto& line : line_words)
      for (const Word* w : line) {
        const double mx = (w->bbox.x0 + w->bbox.x1) / 2;
        if (mx < left || mx > right) continue;
        if (BulletPrefix(w->text) != w->text.size()) {
          // Words running on past the gutter (a paragraph after the list,
          // starting where its bullets stand) do not make a column.
          const Word* next = NextOnLine(line, w);
          others += !next || next->bbox.x0 - w->bbox.x1 > 0.5 * w->font_size;
          continue;
        }
        ++bullets;
        // A list mark: its item's text follows on the line, past the gutter,
        // within two ems (a hanging indent), not a column further on.
        const Word* next = NextOnLine(line, w);
        hanging = hanging && next && next->bbox.x0 >= (*gaps)[k].second - 0.5 &&
                  next->bbox.x0 - w->bbox.x1 <= 2 * w->font_size;
      }
    if (bullets >= 2 && hanging && others * 4 <= bullets) gaps->erase(gaps->begin() + static_cast<long>(k));
  }
}

}  // namespace plantrace::pdf
