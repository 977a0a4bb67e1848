#pragma once
// Items of two editions of one plan (or two versions of one document)
// paired: by item_id first (the first unpaired one when an id repeats), then
// the rest by their text, the most alike pairs first, when they share at
// least 60% of their words (Jaccard). So a renumbered item is the same item,
// and an item whose text was edited keeps its partner by its id.
//
//   std::vector<int> pairs = PairItems(before, after);  // pairs[i]: index in after, or -1

#include <set>
#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

// The distinct words of a text, lower-cased (letters and digits; any
// non-ASCII byte counts as a letter).
std::set<std::string> WordSet(const std::string& text);

// |a ∩ b| / |a ∪ b|; 1 for two empty sets.
double WordJaccard(const std::set<std::string>& a, const std::set<std::string>& b);

// pairs[i] = the index in `after` paired with before[i], or -1.
std::vector<int> PairItems(const std::vector<const ItemRecord*>& before,
                           const std::vector<const ItemRecord*>& after);
std::vector<int> PairItems(const std::vector<ItemRecord>& before,
                           const std::vector<ItemRecord>& after);

}  // namespace plantrace
