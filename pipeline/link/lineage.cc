#include "pipeline/link/lineage.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "pipeline/link/linker.h"
#include "pipeline/shared/item_ref.h"

namespace plantrace {
namespace {

// Position of every item in (document order, input order).
std::unordered_map<std::string, size_t> ItemOrder(const std::vector<DocumentRecord>& documents,
                                                  const std::vector<ItemRecord>& items) {
  std::unordered_map<std::string, size_t> rank;
  std::vector<DocumentRecord> ordered = InDocumentOrder(documents);
  for (size_t r = 0; r < ordered.size(); ++r) rank.emplace(ordered[r].doc_id, r);
  std::vector<size_t> idx(items.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  auto doc_rank = [&](size_t i) {
    auto it = rank.find(items[i].doc_id);
    return it == rank.end() ? ordered.size() : it->second;
  };
  std::stable_sort(idx.begin(), idx.end(),
                   [&](size_t a, size_t b) { return doc_rank(a) < doc_rank(b); });
  std::unordered_map<std::string, size_t> order;
  for (size_t k = 0; k < idx.size(); ++k) order.emplace(ItemRef(items[idx[k]]), k);
  return order;
}

bool Strong(const LinkRecord& l) { return l.relation == "recurs" || l.relation == "continues"; }

}  // namespace

std::vector<Lineage> BuildLineages(const std::vector<DocumentRecord>& documents,
                                   const std::vector<ItemRecord>& items,
                                   const std::vector<LinkRecord>& links) {
  std::unordered_map<std::string, size_t> order = ItemOrder(documents, items);
  std::unordered_map<std::string, const ItemRecord*> by_ref;
  for (const ItemRecord& item : items) by_ref.emplace(ItemRef(item), &item);

  // Each later item's best strong link.
  std::map<std::string, const LinkRecord*> parent_link;
  for (const LinkRecord& l : links) {
    if (!Strong(l) || !by_ref.count(l.from) || !by_ref.count(l.to)) continue;
    const LinkRecord*& best = parent_link[l.to];
    if (!best || l.score > best->score || (l.score == best->score && l.from < best->from)) {
      best = &l;
    }
  }
  auto root_of = [&](std::string ref) {
    // Links run forward in document order, so this walk ends; the bound is
    // a guard against a malformed link set with a cycle.
    for (size_t guard = 0; guard <= parent_link.size(); ++guard) {
      auto it = parent_link.find(ref);
      if (it == parent_link.end()) break;
      ref = it->second->from;
    }
    return ref;
  };
  std::map<std::string, std::vector<std::string>> members;  // root -> refs
  for (const auto& [to, link] : parent_link) {
    std::string root = root_of(to);
    members[root].push_back(to);
  }
  auto pos = [&](const std::string& ref) {
    auto it = order.find(ref);
    return it == order.end() ? order.size() : it->second;
  };
  std::vector<Lineage> out;
  for (auto& [root, refs] : members) {
    refs.push_back(root);
    std::sort(refs.begin(), refs.end(), [&](const std::string& a, const std::string& b) {
      if (pos(a) != pos(b)) return pos(a) < pos(b);
      return a < b;
    });
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    Lineage lineage;
    lineage.id = root;
    for (const std::string& ref : refs) {
      LineageStep step;
      step.item = *by_ref[ref];
      step.ref = ref;
      auto it = parent_link.find(ref);
      if (it != parent_link.end() && ref != root) {
        step.parent = it->second->from;
        step.relation = it->second->relation;
        step.score = it->second->score;
        step.why = it->second->why;
      }
      if (lineage.doc_ids.empty() || lineage.doc_ids.back() != step.item.doc_id) {
        lineage.doc_ids.push_back(step.item.doc_id);
      }
      lineage.steps.push_back(std::move(step));
    }
    out.push_back(std::move(lineage));
  }
  std::sort(out.begin(), out.end(), [&](const Lineage& a, const Lineage& b) {
    if (pos(a.id) != pos(b.id)) return pos(a.id) < pos(b.id);
    return a.id < b.id;
  });
  return out;
}

Result<Trace> TraceItem(std::string_view ref, const std::vector<DocumentRecord>& documents,
                        const std::vector<ItemRecord>& items,
                        const std::vector<LinkRecord>& links) {
  size_t hash = ref.find('#');
  if (hash == std::string_view::npos || hash == 0 || hash + 1 == ref.size()) {
    return Status::InvalidArgument(ref, "an item reference is doc_id#item_id");
  }
  std::unordered_map<std::string, const ItemRecord*> by_ref;
  for (const ItemRecord& item : items) by_ref.emplace(ItemRef(item), &item);
  const std::string start(ref);
  if (!by_ref.count(start)) return Status::NotFound(ref, "no such item");

  std::unordered_map<std::string, std::vector<const LinkRecord*>> forward, backward;
  for (const LinkRecord& l : links) {
    forward[l.from].push_back(&l);
    backward[l.to].push_back(&l);
  }
  std::map<std::string, bool> seen{{start, true}};
  // Ancestors through backward links, descendants through forward links.
  for (auto* graph : {&backward, &forward}) {
    std::vector<std::string> stack{start};
    while (!stack.empty()) {
      std::string cur = stack.back();
      stack.pop_back();
      for (const LinkRecord* l : (*graph)[cur]) {
        const std::string& next = graph == &forward ? l->to : l->from;
        if (!by_ref.count(next) || seen.count(next)) continue;
        seen[next] = true;
        stack.push_back(next);
      }
    }
  }
  std::unordered_map<std::string, size_t> order = ItemOrder(documents, items);
  auto pos = [&](const std::string& r) {
    auto it = order.find(r);
    return it == order.end() ? order.size() : it->second;
  };
  std::vector<std::string> refs;
  for (const auto& [r, _] : seen) refs.push_back(r);
  std::sort(refs.begin(), refs.end(), [&](const std::string& a, const std::string& b) {
    if (pos(a) != pos(b)) return pos(a) < pos(b);
    return a < b;
  });
  Trace trace;
  trace.ref = start;
  for (const std::string& r : refs) trace.items.push_back(*by_ref[r]);
  for (const LinkRecord& l : links) {
    if (seen.count(l.from) && seen.count(l.to)) trace.links.push_back(l);
  }
  std::stable_sort(trace.links.begin(), trace.links.end(),
                   [&](const LinkRecord& a, const LinkRecord& b) {
                     if (pos(a.to) != pos(b.to)) return pos(a.to) < pos(b.to);
                     return pos(a.from) < pos(b.from);
                   });
  return trace;
}

}  // namespace plantrace
