#pragma once
// Comparison of a found table with a reference table (the HTML's), shared by
// the golden tests: grid shape, cell-text similarity after whitespace
// normalisation, and adjacency-relation F1 (the ICDAR 2013 structure measure
// on cell texts).
#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/document.h"

namespace plantrace::testing {

// Whitespace collapsed, non-breaking spaces as spaces.
inline std::string Norm(const std::string& s) {
  std::string t;
  for (size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      t += ' ';
      ++i;
    } else {
      t += s[i];
    }
  }
  std::string out;
  bool space = false;
  for (unsigned char c : t) {
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

inline size_t Levenshtein(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

using CellGrid = std::map<std::pair<int, int>, std::string>;  // anchor (row, col) -> text

// Adjacency triples: every non-empty cell with its nearest non-empty
// neighbour to the right and below.
inline std::multiset<std::string> Adjacency(const CellGrid& g, int rows, int cols) {
  std::multiset<std::string> out;
  std::map<std::pair<int, int>, const std::string*> at;
  for (const auto& [k, v] : g)
    if (!v.empty()) at[k] = &v;
  for (const auto& [k, v] : at) {
    for (int c = k.second + 1; c < cols; ++c)
      if (at.count({k.first, c})) {
        out.insert(*v + "\x01R\x01" + *at[{k.first, c}]);
        break;
      }
    for (int r = k.first + 1; r < rows; ++r)
      if (at.count({r, k.second})) {
        out.insert(*v + "\x01" "D\x01" + *at[{r, k.second}]);
        break;
      }
  }
  return out;
}

inline double F1(const std::multiset<std::string>& a, const std::multiset<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  const double p = a.empty() ? 0 : static_cast<double>(common.size()) / a.size();
  const double r = b.empty() ? 0 : static_cast<double>(common.size()) / b.size();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

struct Score {
  bool shape = false;
  double similarity = 0, f1 = 0;
};

inline Score Compare(const Table& t, const Table& r) {
  CellGrid got, want;
  for (const auto& c : t.cells) got[{c.row, c.col}] = Norm(c.text);
  for (const auto& c : r.cells) want[{c.row, c.col}] = Norm(c.text);
  size_t dist = 0, len = 0;
  for (const auto& [k, v] : want) {
    const std::string g = got.count(k) ? got[k] : "";
    dist += Levenshtein(g, v);
    len += std::max(g.size(), v.size());
  }
  for (const auto& [k, v] : got)
    if (!want.count(k)) {
      dist += v.size();
      len += v.size();
    }
  Score s;
  s.shape = t.rows == r.rows && t.cols == r.cols;
  s.similarity = len ? 1.0 - static_cast<double>(dist) / len : 1.0;
  s.f1 = F1(Adjacency(got, t.rows, t.cols), Adjacency(want, r.rows, r.cols));
  return s;
}

}  // namespace plantrace::testing
