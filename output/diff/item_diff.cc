#include "output/diff/item_diff.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

namespace plantrace {
namespace {

// Items sharing at least this share of their words (Jaccard) may pair.
constexpr double kTextPairThreshold = 0.6;

std::set<std::string> Words(const std::string& text) {
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

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() && b.empty()) return 1;
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// pairs[i] = index in `after` paired with before[i], or -1.
std::vector<int> Pair(const std::vector<ItemRecord>& before, const std::vector<ItemRecord>& after) {
  std::vector<int> pairs(before.size(), -1);
  std::vector<bool> taken(after.size(), false);
  // 1. The same item_id (the first unpaired one, when an id repeats).
  std::unordered_map<std::string, std::vector<size_t>> by_id;
  for (size_t j = 0; j < after.size(); ++j) by_id[after[j].item_id].push_back(j);
  for (size_t i = 0; i < before.size(); ++i) {
    auto it = by_id.find(before[i].item_id);
    if (it == by_id.end()) continue;
    for (size_t j : it->second) {
      if (!taken[j]) {
        pairs[i] = static_cast<int>(j);
        taken[j] = true;
        break;
      }
    }
  }
  // 2. The rest by text, the most similar pairs first.
  struct Candidate {
    double score;
    size_t i, j;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < before.size(); ++i) {
    if (pairs[i] >= 0) continue;
    const std::set<std::string> a = Words(before[i].text);
    for (size_t j = 0; j < after.size(); ++j) {
      if (taken[j]) continue;
      const double s = Jaccard(a, Words(after[j].text));
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

std::vector<std::string> StatusOf(const ItemRecord& it) {
  if (!it.status) return {};
  return {it.status->value};
}
std::vector<std::string> UpdatesOf(const ItemRecord& it) {
  std::vector<std::string> out;
  for (const UpdateRecord& u : it.updates) out.push_back(u.text);
  return out;
}
std::vector<std::string> DatesOf(const ItemRecord& it) {
  // What a date means, not how it was written: role and span.
  std::vector<std::string> out;
  for (const DateRecord& d : it.dates) {
    out.push_back(d.role + " " + d.start + (d.end ? ".." + *d.end : std::string("..")));
  }
  std::sort(out.begin(), out.end());
  return out;
}
std::vector<std::string> OwnersOf(const ItemRecord& it) {
  std::vector<std::string> out;
  for (const OwnerRecord& o : it.owners) out.push_back(o.title + (o.interim ? " (interim)" : ""));
  return out;
}
std::vector<std::string> AmountsOf(const ItemRecord& it) {
  std::vector<std::string> out;
  for (const AmountRecord& a : it.amounts) {
    out.push_back(a.kind + " " + std::to_string(a.value_gbp) + (a.period ? " " + *a.period : ""));
  }
  return out;
}

std::vector<FieldChange> Compare(const ItemRecord& a, const ItemRecord& b) {
  using Getter = std::vector<std::string> (*)(const ItemRecord&);
  struct Field {
    const char* name;
    Getter get;
  };
  static const Field kFields[] = {
      {"text", [](const ItemRecord& it) { return std::vector<std::string>{it.text}; }},
      {"status", StatusOf},
      {"updates", UpdatesOf},
      {"dates", DatesOf},
      {"owners", OwnersOf},
      {"actions", [](const ItemRecord& it) { return it.actions; }},
      {"deliverables", [](const ItemRecord& it) { return it.deliverables; }},
      {"amounts", AmountsOf},
      {"kind", [](const ItemRecord& it) { return std::vector<std::string>{it.kind}; }},
      {"section",
       [](const ItemRecord& it) { return std::vector<std::string>{it.section.value_or("")}; }},
  };
  std::vector<FieldChange> out;
  for (const Field& f : kFields) {
    std::vector<std::string> before = f.get(a), after = f.get(b);
    if (before != after) out.push_back(FieldChange{f.name, std::move(before), std::move(after)});
  }
  return out;
}

}  // namespace

ItemDiff DiffItems(const std::vector<ItemRecord>& before, const std::vector<ItemRecord>& after) {
  const std::vector<int> pairs = Pair(before, after);
  ItemDiff out;
  std::vector<int> paired_from(after.size(), -1);
  for (size_t i = 0; i < before.size(); ++i) {
    if (pairs[i] < 0) out.removed.push_back(before[i]);
    else paired_from[pairs[i]] = static_cast<int>(i);
  }
  for (size_t j = 0; j < after.size(); ++j) {
    if (paired_from[j] < 0) {
      out.added.push_back(after[j]);
      continue;
    }
    const ItemRecord& old = before[paired_from[j]];
    std::vector<FieldChange> fields = Compare(old, after[j]);
    if (old.item_id != after[j].item_id) fields.insert(fields.begin(), FieldChange{"item_id", {old.item_id}, {after[j].item_id}});
    if (fields.empty()) {
      ++out.unchanged;
      continue;
    }
    out.changed.push_back(ItemChange{old, after[j], std::move(fields)});
  }
  return out;
}

double ItemOverlap(const std::vector<ItemRecord>& before, const std::vector<ItemRecord>& after) {
  if (before.empty()) return 0;
  const std::vector<int> pairs = Pair(before, after);
  const auto paired = std::count_if(pairs.begin(), pairs.end(), [](int p) { return p >= 0; });
  return static_cast<double>(paired) / static_cast<double>(before.size());
}

}  // namespace plantrace
