#include "pipeline/segment/labelled_rows.h"

#include <map>
#include <string>

#include "pipeline/segment/item_labels.h"
#include "text/normalize.h"

namespace plantrace {

std::optional<std::vector<Block>> LabelledRowsAsParagraphs(const Table& table) {
  if (table.header_rows != 0 || table.cols < 2 || table.rows < 2) return std::nullopt;
  std::map<std::pair<int, int>, const Cell*> at;
  for (const Cell& c : table.cells) at[{c.row, c.col}] = &c;
  auto text_of = [&](int row, int col) {
    auto it = at.find({row, col});
    return it == at.end() ? std::string() : CollapseSpaces(it->second->text);
  };
  int labels = 0;
  for (int r = 0; r < table.rows; ++r) {
    std::string label = text_of(r, 0);
    if (label.empty()) continue;
    if (!IsLabelOnly(label)) return std::nullopt;
    ++labels;
  }
  if (labels < 2) return std::nullopt;
  // The text column: the one with the most characters.
  int text_col = -1;
  size_t most = 0;
  for (int c = 1; c < table.cols; ++c) {
    size_t n = 0;
    for (int r = 0; r < table.rows; ++r) n += text_of(r, c).size();
    if (n > most) {
      most = n;
      text_col = c;
    }
  }
  if (text_col < 0) return std::nullopt;

  std::vector<Block> out;
  std::string carried;  // an unlabelled row's text waiting for the next label
  int page = table.regions.empty() ? 1 : table.regions.front().page;
  for (int r = 0; r < table.rows; ++r) {
    std::string label = text_of(r, 0);
    std::string text = text_of(r, text_col);
    if (label.empty()) {
      bool labelled_next = r + 1 < table.rows && !text_of(r + 1, 0).empty();
      if (labelled_next) {
        carried += (carried.empty() ? "" : " ") + text;
      } else if (!text.empty() && !out.empty()) {
        out.back().text += " " + text;  // the tail of the row above
      }
      continue;
    }
    Block b;
    b.id = table.id + "r" + std::to_string(r);
    b.kind = BlockKind::kParagraph;
    b.page = page;
    if (auto it = at.find({r, text_col}); it != at.end() && !it->second->parts.empty()) {
      b.page = it->second->parts.front().page;
      b.bbox = it->second->parts.front().bbox;
    }
    std::string body = carried.empty() ? text : carried + " " + text;
    carried.clear();
    b.text = CollapseSpaces(label + " " + body);
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace plantrace
