#include "pipeline/segment/money_table.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "text/normalize.h"

namespace plantrace {

namespace {

// A financial year as printed ("2015/16", "2016-17"), else empty.
std::string FinancialYearCell(const std::string& text) {
  std::string t = CollapseSpaces(text);
  if (t.size() != 7 || (t[4] != '/' && t[4] != '-')) return "";
  for (size_t i : {0, 1, 2, 3, 5, 6}) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) return "";
  }
  return t;
}

}  // namespace

std::vector<RawFigure> TableFigures(const Table& table) {
  std::vector<RawFigure> out;
  std::map<int, int64_t> money_cols;  // column → pounds per unit
  for (const Cell& c : table.cells) {
    if (c.row != 0) continue;
    std::string h = CollapseSpaces(c.text);
    if (h == "£") money_cols[c.col] = 1;
    if (h == "£m" || h == "£M") money_cols[c.col] = 1000000;
    if (h == "£k" || h == "£000") money_cols[c.col] = 1000;
  }
  if (money_cols.empty()) return out;
  for (const Cell& c : table.cells) {
    auto unit = money_cols.find(c.col);
    if (c.row == 0 || unit == money_cols.end()) continue;
    std::string t = CollapseSpaces(c.text);
    int64_t mult = unit->second;
    if (!t.empty() && (t.back() == 'm' || t.back() == 'M')) {
      mult = 1000000;
      t.pop_back();
    } else if (!t.empty() && (t.back() == 'k' || t.back() == 'K')) {
      mult = 1000;
      t.pop_back();
    }
    if (t.rfind("£", 0) == 0) t.erase(0, std::string("£").size());
    char* end = nullptr;
    double v = std::strtod(t.c_str(), &end);
    if (t.empty() || end == nullptr || *end != '\0' || v <= 0) continue;
    RawFigure f;
    f.raw = CollapseSpaces(c.text);
    f.value_gbp = static_cast<int64_t>(std::llround(v * static_cast<double>(mult)));
    f.kind = "other";
    for (const Cell& y : table.cells) {
      if (y.row != c.row) continue;
      std::string fy = FinancialYearCell(y.text);
      if (!fy.empty()) {
        f.period = fy;
        break;
      }
    }
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace plantrace
