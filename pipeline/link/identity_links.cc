#include "pipeline/link/identity_links.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace plantrace {
namespace {

void PairDocuments(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y,
                   const std::string& number, const std::vector<SparseVector>& vectors,
                   std::vector<IdentityPair>& out) {
  if (x.size() == 1 || y.size() == 1) {
    for (uint32_t a : x) {
      for (uint32_t b : y) out.push_back({a, b, number});
    }
    return;
  }
  std::vector<std::tuple<double, uint32_t, uint32_t>> pairs;
  for (uint32_t a : x) {
    for (uint32_t b : y) pairs.emplace_back(Dot(vectors[a], vectors[b]), a, b);
  }
  std::sort(pairs.begin(), pairs.end(), [](const auto& p, const auto& q) {
    if (std::get<0>(p) != std::get<0>(q)) return std::get<0>(p) > std::get<0>(q);
    return std::make_pair(std::get<1>(p), std::get<2>(p)) <
           std::make_pair(std::get<1>(q), std::get<2>(q));
  });
  std::vector<uint32_t> used_a, used_b;
  for (const auto& [cosine, a, b] : pairs) {
    if (cosine <= 0) break;  // nothing in common: not the same decision part
    if (std::find(used_a.begin(), used_a.end(), a) != used_a.end()) continue;
    if (std::find(used_b.begin(), used_b.end(), b) != used_b.end()) continue;
    used_a.push_back(a);
    used_b.push_back(b);
    out.push_back({a, b, number});
  }
}

}  // namespace

std::vector<IdentityPair> IdentityPairs(const std::vector<std::vector<std::string>>& numbers,
                                        const std::vector<uint32_t>& doc_rank,
                                        const std::vector<SparseVector>& vectors,
                                        size_t max_items) {
  // number -> document rank -> items (ascending)
  std::map<std::string, std::map<uint32_t, std::vector<uint32_t>>> groups;
  std::map<std::string, size_t> count;
  for (uint32_t i = 0; i < numbers.size(); ++i) {
    for (const std::string& n : numbers[i]) {
      groups[n][doc_rank[i]].push_back(i);
      ++count[n];
    }
  }
  std::vector<IdentityPair> out;
  for (const auto& [number, by_doc] : groups) {
    if (count[number] > max_items || by_doc.size() < 2) continue;
    for (auto x = by_doc.begin(); x != by_doc.end(); ++x) {
      for (auto y = std::next(x); y != by_doc.end(); ++y) {
        PairDocuments(x->second, y->second, number, vectors, out);
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const IdentityPair& p, const IdentityPair& q) {
    return std::tie(p.a, p.b, p.number) < std::tie(q.a, q.b, q.number);
  });
  // Two shared numbers pair the same items once.
  out.erase(std::unique(out.begin(), out.end(),
                        [](const IdentityPair& p, const IdentityPair& q) {
                          return p.a == q.a && p.b == q.b;
                        }),
            out.end());
  return out;
}

}  // namespace plantrace
