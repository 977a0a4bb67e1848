#include "pipeline/normalise/page_lines.h"

#include <map>

#include "text/normalize.h"

namespace plantrace {
namespace {

bool IsLabel(const std::string& s) {
  std::string t = CollapseSpaces(s);
  return !t.empty() && t.back() == ':';
}

void AddTable(const Table& t, std::vector<std::string>* out) {
  std::map<int, std::map<int, std::string>> rows;
  for (const Cell& c : t.cells) rows[c.row][c.col] = CollapseSpaces(c.text);
  for (auto it = rows.begin(); it != rows.end(); ++it) {
    const auto& cells = it->second;
    bool all_labels = !cells.empty();
    for (const auto& [col, text] : cells) all_labels = all_labels && IsLabel(text);
    auto next = std::next(it);
    if (all_labels && next != rows.end()) {
      // A row of labels over a row of values: one field per column.
      for (const auto& [col, label] : cells) {
        auto v = next->second.find(col);
        out->push_back(label + " " + (v == next->second.end() ? "" : v->second));
        out->push_back("");
      }
      it = next;
      continue;
    }
    std::string line;
    for (const auto& [col, text] : cells) {
      if (text.empty()) continue;
      if (!line.empty()) line += "  ";
      line += text;
    }
    out->push_back(line);
    out->push_back("");
  }
}

bool TableOnPage(const Table& t, int page) {
  return !t.regions.empty() && t.regions.front().page == page;
}

}  // namespace

std::vector<const Block*> PageBlocks(const Document& doc, int page) {
  std::map<std::string, const Block*> by_id;
  for (const Block& b : doc.blocks) {
    if (b.page == page) by_id.emplace(b.id, &b);
  }
  std::vector<const Block*> out;
  if (doc.reading_order.empty()) {
    for (const Block& b : doc.blocks) {
      if (b.page == page) out.push_back(&b);
    }
    return out;
  }
  for (const std::string& id : doc.reading_order) {
    if (auto it = by_id.find(id); it != by_id.end()) out.push_back(it->second);
  }
  return out;
}

size_t LineWords(const std::string& line) {
  size_t n = 0;
  bool in = false;
  for (char c : line) {
    bool w = c != ' ';
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

std::vector<std::string> PageLines(const Document& doc, int page) {
  std::map<std::string, const Block*> blocks;
  for (const Block& b : doc.blocks) {
    if (b.page == page) blocks.emplace(b.id, &b);
  }
  std::map<std::string, const Table*> tables;
  for (const Table& t : doc.tables) {
    if (TableOnPage(t, page)) tables.emplace(t.id, &t);
  }
  std::vector<std::string> out;
  std::vector<std::string> order = doc.reading_order;
  if (order.empty()) {
    for (const Block& b : doc.blocks) order.push_back(b.id);
    for (const Table& t : doc.tables) order.push_back(t.id);
  }
  for (const std::string& id : order) {
    if (auto b = blocks.find(id); b != blocks.end()) {
      if (b->second->kind == BlockKind::kHeader || b->second->kind == BlockKind::kFooter) continue;
      out.push_back(CollapseSpaces(b->second->text));
      out.push_back("");
    } else if (auto t = tables.find(id); t != tables.end()) {
      AddTable(*t->second, &out);
    }
  }
  return out;
}

std::string AllText(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    out += b.text;
    out += '\n';
  }
  for (const Table& t : doc.tables) {
    for (const Cell& c : t.cells) {
      out += c.text;
      out += '\n';
    }
  }
  return out;
}

}  // namespace plantrace
