#include "ingest/link_incremental.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <unordered_map>

#include "corpus/file_bytes.h"
#include "model/records_json.h"
#include "pipeline/link/document_order.h"

namespace plantrace {

std::vector<LinkedDocument> LinkedDocumentsOf(const std::vector<DocumentRecord>& documents,
                                              const std::vector<ItemRecord>& items,
                                              const std::string& settings) {
  const DocumentOrder order(documents, items);
  std::unordered_map<std::string, std::string> parts;
  for (const DocumentRecord& d : documents) parts[d.doc_id] = settings + "\n" + Sha256Hex(DocumentRecordToJson(d).Dump());
  for (const ItemRecord& item : items) {
    auto it = parts.find(item.doc_id);
    if (it != parts.end()) it->second += "\n" + Sha256Hex(ItemRecordToJson(item).Dump());
  }
  std::vector<LinkedDocument> out;
  out.reserve(documents.size());
  for (const DocumentRecord& d : documents) {
    out.push_back({d.doc_id, Sha256Hex(parts[d.doc_id]), static_cast<int64_t>(order.Rank(d.doc_id))});
  }
  return out;
}

LinkPlan PlanLinking(const LinkBasis& basis, const std::vector<LinkedDocument>& now,
                     const std::vector<size_t>& items_of, bool full_asked, double relink_share) {
  LinkPlan plan;
  if (full_asked) {
    plan.reason = "asked for (--full)";
    return plan;
  }
  if (basis.items == 0) {
    plan.reason = "no term weights stored to link against (first linking, or by an older plantrace)";
    return plan;
  }
  std::unordered_map<std::string, const LinkedDocument*> before;
  for (const LinkedDocument& d : basis.documents) before.emplace(d.doc_id, &d);
  // The earliest place (in the last linking's order) of a document that
  // was there and changed or went: every document after it met its old
  // version, maybe as a candidate only, and is decided again.
  int64_t first_old_rank = std::numeric_limits<int64_t>::max();
  std::unordered_set<std::string> present;
  for (size_t i = 0; i < now.size(); ++i) {
    const LinkedDocument& d = now[i];
    present.insert(d.doc_id);
    auto it = before.find(d.doc_id);
    if (it != before.end() && it->second->digest == d.digest) continue;
    plan.changed.insert(d.doc_id);
    plan.changed_items += static_cast<int64_t>(items_of[i]);
    if (it != before.end()) first_old_rank = std::min(first_old_rank, it->second->rank);
  }
  for (const LinkedDocument& d : basis.documents) {
    if (!present.count(d.doc_id)) first_old_rank = std::min(first_old_rank, d.rank);
  }
  for (const LinkedDocument& d : basis.documents) {
    if (d.rank > first_old_rank && present.count(d.doc_id) && !plan.changed.count(d.doc_id)) {
      plan.redecide.insert(d.doc_id);
    }
  }
  const int64_t since = basis.changed_items + plan.changed_items;
  plan.changed_items = since;
  if (static_cast<double>(since) > relink_share * static_cast<double>(basis.items)) {
    char share[32];
    std::snprintf(share, sizeof share, "%g", relink_share * 100);
    plan.reason = std::to_string(since) + " items changed since the term weights were taken from " +
                  std::to_string(basis.items) + ", more than " + share + " %";
    return plan;
  }
  plan.full = false;
  return plan;
}

}  // namespace plantrace
