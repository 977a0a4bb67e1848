#include "output/document_text.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace plantrace {
namespace {

// The grid of a table with each spanned cell's text at its top-left position
// and "" elsewhere.
std::vector<std::vector<std::string>> Grid(const Table& t) {
  std::vector<std::vector<std::string>> g(static_cast<size_t>(std::max(t.rows, 0)),
                                          std::vector<std::string>(std::max(t.cols, 0)));
  for (const Cell& c : t.cells) {
    if (c.row >= 0 && c.row < t.rows && c.col >= 0 && c.col < t.cols) {
      g[static_cast<size_t>(c.row)][static_cast<size_t>(c.col)] = c.text;
    }
  }
  return g;
}

std::string OneLine(const std::string& s, const char* newline) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += newline;
    } else if (c == '|') {
      out += "\\|";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

template <typename BlockFn, typename TableFn>
void InReadingOrder(const Document& doc, BlockFn on_block, TableFn on_table) {
  std::map<std::string, const Block*> blocks;
  std::map<std::string, const Table*> tables;
  for (const auto& b : doc.blocks) blocks[b.id] = &b;
  for (const auto& t : doc.tables) tables[t.id] = &t;
  if (doc.reading_order.empty()) {
    for (const auto& b : doc.blocks) on_block(b);
    for (const auto& t : doc.tables) on_table(t);
    return;
  }
  for (const auto& id : doc.reading_order) {
    if (auto b = blocks.find(id); b != blocks.end()) on_block(*b->second);
    if (auto t = tables.find(id); t != tables.end()) on_table(*t->second);
  }
}

}  // namespace

std::string DocumentToText(const Document& doc) {
  std::string out;
  InReadingOrder(
      doc,
      [&](const Block& b) {
        if (!b.marker.empty()) out += b.marker + " ";
        out += b.text + "\n\n";
      },
      [&](const Table& t) {
        for (const auto& row : Grid(t)) {
          std::string line;
          for (size_t i = 0; i < row.size(); ++i) {
            if (i) line += "\t";
            line += OneLine(row[i], " / ");
          }
          out += line + "\n";
        }
        out += "\n";
      });
  return out;
}

std::string DocumentToMarkdown(const Document& doc) {
  std::string out;
  InReadingOrder(
      doc,
      [&](const Block& b) {
        switch (b.kind) {
          case BlockKind::kHeading:
            out += std::string(static_cast<size_t>(std::clamp(b.level, 1, 6)), '#') + " " +
                   b.text + "\n\n";
            break;
          case BlockKind::kListItem:
            out += std::string(static_cast<size_t>(std::max(b.level - 1, 0)) * 2, ' ') +
                   (b.marker.empty() ? "-" : b.marker) + " " + b.text + "\n\n";
            break;
          case BlockKind::kHeader:
          case BlockKind::kFooter:
            out += "<!-- " + b.text + " -->\n\n";
            break;
          default:
            out += b.text + "\n\n";
        }
      },
      [&](const Table& t) {
        auto grid = Grid(t);
        for (size_t r = 0; r < grid.size(); ++r) {
          out += "|";
          for (const auto& cell : grid[r]) {
            out += ' ';
            out += OneLine(cell, "<br>");
            out += " |";
          }
          out += "\n";
          if (r == 0) {
            out += "|";
            for (size_t c = 0; c < grid[r].size(); ++c) out += " --- |";
            out += "\n";
          }
        }
        out += "\n";
      });
  return out;
}

}  // namespace plantrace
