#include "output/diff/item_diff.h"

#include <algorithm>

#include "pipeline/editions/item_pairing.h"

namespace plantrace {
namespace {

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
// What dates are compared by: as DatesOf, but a due date and an event are
// one: the normaliser tells them apart by the document's own date (a date
// the paper's date has passed is an event), so the same words read "due" in
// one edition and "event" in the next.
std::vector<std::string> DateKeysOf(const ItemRecord& it) {
  std::vector<std::string> out;
  for (const DateRecord& d : it.dates) {
    const std::string role = d.role == "due" || d.role == "event" ? "when" : d.role;
    out.push_back(role + " " + d.start + (d.end ? ".." + *d.end : std::string("..")));
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
    if (f.get == DatesOf && DateKeysOf(a) == DateKeysOf(b)) continue;
    if (before != after) out.push_back(FieldChange{f.name, std::move(before), std::move(after)});
  }
  return out;
}

}  // namespace

ItemDiff DiffItems(const std::vector<ItemRecord>& before, const std::vector<ItemRecord>& after) {
  const std::vector<int> pairs = PairItems(before, after);
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

}  // namespace plantrace
