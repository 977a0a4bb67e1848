#include "pipeline/editions/item_pairing.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace plantrace {
namespace {

// Items sharing at least this share of their words may pair by text.
constexpr double kTextPairThreshold = 0.6;

std::vector<const ItemRecord*> Pointers(const std::vector<ItemRecord>& items) {
  std::vector<const ItemRecord*> out;
  out.reserve(items.size());
  for (const ItemRecord& it : items) out.push_back(&it);
  return out;
}

}  // namespace

std::set<std::string> WordSet(const std::string& text) {
  std::set<std::string> out;
  std::string w;
  for (char ch : text + " ") {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    } else if (!w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  return out;
}

double WordJaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::vector<int> PairItems(const std::vector<const ItemRecord*>& before,
                           const std::vector<const ItemRecord*>& after) {
  std::vector<int> pairs(before.size(), -1);
  std::vector<bool> taken(after.size(), false);
  // 1. The same item_id (the first unpaired one, when an id repeats).
  std::unordered_map<std::string, std::vector<size_t>> by_id;
  for (size_t j = 0; j < after.size(); ++j) by_id[after[j]->item_id].push_back(j);
  for (size_t i = 0; i < before.size(); ++i) {
    auto it = by_id.find(before[i]->item_id);
    if (it == by_id.end()) continue;
    for (size_t j : it->second) {
      if (!taken[j]) {
        pairs[i] = static_cast<int>(j);
        taken[j] = true;
        break;
      }
    }
  }
  // 2. The rest by text, the most similar pairs first. Word sets are built
  // once per unpaired item.
  std::vector<std::pair<size_t, std::set<std::string>>> rest_after;
  for (size_t j = 0; j < after.size(); ++j) {
    if (!taken[j]) rest_after.emplace_back(j, WordSet(after[j]->text));
  }
  struct Candidate {
    double score;
    size_t i, j;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < before.size() && !rest_after.empty(); ++i) {
    if (pairs[i] >= 0) continue;
    const std::set<std::string> a = WordSet(before[i]->text);
    for (const auto& [j, b] : rest_after) {
      const double s = WordJaccard(a, b);
      if (s >= kTextPairThreshold) candidates.push_back({s, i, j});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
  for (const Candidate& c : candidates) {
    if (pairs[c.i] >= 0 || taken[c.j]) continue;
    pairs[c.i] = static_cast<int>(c.j);
    taken[c.j] = true;
  }
  return pairs;
}

std::vector<int> PairItems(const std::vector<ItemRecord>& before,
                           const std::vector<ItemRecord>& after) {
  return PairItems(Pointers(before), Pointers(after));
}

}  // namespace plantrace
