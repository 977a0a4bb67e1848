#include "output/summary.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "output/item_formats.h"
#include "pipeline/editions/editions.h"

namespace plantrace {

namespace {

std::string PadRight(const std::string& s, size_t width) {
  size_t w = 0;
  for (char c : s) w += (c & 0xC0) != 0x80;
  return w >= width ? s : s + std::string(width - w, ' ');
}

// "2024-04-04", "2023-11" or "2019" as a full date at its start.
std::string StartOf(const std::string& date) {
  if (date.size() == 4) return date + "-01-01";
  if (date.size() == 7) return date + "-01";
  return date;
}

// How current the stored links are: when they were last computed, what was
// stored since (their links are not shown until `plantrace link`), and
// which documents no link touches.
std::string LinkFreshness(const LinkState& state) {
  std::string out = "\nLinks\n";
  if (!state.last) {
    out += "  not computed by this version of plantrace: run `plantrace link`\n";
  } else {
    const LinkRun& run = *state.last;
    char scores[48] = "the default min score";
    if (run.min_score) std::snprintf(scores, sizeof scores, "min score %g", *run.min_score);
    out += "  last linked " + run.linked_at + " by `" + run.command + "` (" + scores + "): " +
           std::to_string(run.kept) + " unchanged, " + std::to_string(run.added) + " new, " +
           std::to_string(run.removed) + " removed\n";
    if (state.newer_documents > 0 || state.stale_links > 0) {
      out += "  STALE: " + std::to_string(state.newer_documents) +
             " document(s) stored or re-versioned since, " + std::to_string(state.stale_links) +
             " link(s) older than their items hidden; run `plantrace link` (it decides again\n"
             "  only the links the changed papers reach, with the term weights of the last\n"
             "  full relink; `plantrace link --full` takes them afresh)\n";
    } else {
      out += "  current: nothing stored since\n";
    }
  }
  out += "  " + std::to_string(state.unlinked_documents) + " of " +
         std::to_string(state.documents) + " document(s) have no link\n";
  return out;
}

// Plans stored in several editions (pipeline/editions/editions.h), each
// chain oldest first; "" when none.
std::string EditionLines(const std::vector<DocumentRecord>& docs,
                         const std::vector<ItemRecord>& items) {
  std::vector<const ItemRecord*> pointers;
  for (const ItemRecord& it : items) pointers.push_back(&it);
  const PlanEditions editions = FindEditions(docs, pointers);
  if (editions.steps.empty()) return "";
  std::map<std::string, std::string> date_of;
  for (const DocumentRecord& d : docs) date_of[d.doc_id] = d.date;
  std::string out = "\nEditions of one plan (`trace` follows items through them, `diff OLD NEW` "
                    "shows what changed)\n";
  std::string line;
  for (size_t k = 0; k < editions.steps.size(); ++k) {
    const EditionStep& step = editions.steps[k];
    if (line.empty()) line = "  " + step.older + " (" + date_of[step.older] + ")";
    line += " -> " + step.newer + " (" + date_of[step.newer] + ", " +
            std::to_string(static_cast<int>(step.shared * 100 + 0.5)) + "% of items shared)";
    if (k + 1 == editions.steps.size() || editions.steps[k + 1].older != step.newer) {
      out += line + "\n";
      line.clear();
    }
  }
  return out;
}

// The document versions the last `ingest` or `fetch` that stored something
// stored ("" when no run is recorded).
Result<std::string> NewInLastRun(Store& store) {
  Result<std::optional<RunRecord>> run = store.LastRun();
  if (!run.ok()) return run.status();
  if (!run->has_value()) return std::string();
  const RunRecord& r = *run.value();
  std::string out = "\nNew since the last run (" + r.command + ", " + r.started_at + "): " +
                    std::to_string(r.versions.size()) + " document version(s)\n";
  for (const StoredVersion& v : r.versions) {
    out += "  " + PadRight(v.doc_id + "@" + std::to_string(v.version), 48) + "  " +
           (v.version == 1 ? "new      " : "changed  ") + CutText(v.source, 70) + "\n";
  }
  return out;
}

}  // namespace

Result<std::string> Summarise(Store& store, const SummaryOptions& options) {
  Result<std::vector<DocumentRecord>> docs = store.Documents();
  if (!docs.ok()) return docs.status();
  Result<StoreCounts> counts = store.Counts();
  if (!counts.ok()) return counts.status();

  std::string as_of = StartOf(options.as_of);
  std::map<std::string, int> owner_items;
  struct Due {
    std::string when;
    size_t order;  // doc_id, then document order
    std::string ref, owners, text;
  };
  std::vector<Due> due;
  std::string out, doc_lines;
  std::vector<ItemRecord> all;
  for (const DocumentRecord& d : docs.value()) {
    if (options.as_of.empty()) as_of = std::max(as_of, StartOf(d.date));
    Result<std::vector<ItemRecord>> items = store.Items(d.doc_id);
    if (!items.ok()) return items.status();
    char line[64];
    std::snprintf(line, sizeof line, "  %5zu items  %-10s %-4s  ", items->size(),
                  d.date.c_str(), d.format.c_str());
    doc_lines += line + d.doc_id + "\n";
    for (ItemRecord& it : items.value()) all.push_back(std::move(it));
  }
  for (size_t order = 0; order < all.size(); ++order) {
    const ItemRecord& it = all[order];
    std::set<std::string> titles;
    std::string owners;
    for (const OwnerRecord& o : it.owners) {
      if (titles.insert(o.title).second) {
        ++owner_items[o.title];
        owners += (owners.empty() ? "" : "; ") + o.title;
      }
    }
    if (it.status && it.status->value == "complete") continue;
    // The soonest due date on or after as_of.
    std::string next;
    for (const std::string& end : DueEnds(it)) {
      if (end >= as_of && (next.empty() || end < next)) next = end;
    }
    if (!next.empty()) {
      due.push_back(Due{next, order, it.doc_id + "#" + it.item_id, owners.empty() ? "-" : owners,
                        it.text});
    }
  }

  // Links as reads see them: those older than their items are not counted.
  Result<LinkState> link_state = store.LinkStatus();
  if (!link_state.ok()) return link_state.status();
  char head[160];
  std::snprintf(head, sizeof head,
                "%lld documents (%lld versions), %lld items, %zu owners, %lld links\n\n",
                static_cast<long long>(counts->documents), static_cast<long long>(counts->versions),
                static_cast<long long>(counts->items), owner_items.size(),
                static_cast<long long>(counts->links - link_state->stale_links));
  out += head;
  out += "Documents\n" + doc_lines;
  out += EditionLines(docs.value(), all);
  Result<std::string> news = NewInLastRun(store);
  if (!news.ok()) return news.status();
  out += news.value();
  out += LinkFreshness(link_state.value());

  std::vector<std::pair<std::string, int>> owners(owner_items.begin(), owner_items.end());
  std::stable_sort(owners.begin(), owners.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  out += "\nOwners with the most items\n";
  if (owners.empty()) out += "  (no owners stored)\n";
  for (size_t i = 0; i < owners.size() && i < static_cast<size_t>(options.top_owners); ++i) {
    char n[16];
    std::snprintf(n, sizeof n, "  %5d  ", owners[i].second);
    out += n + owners[i].first + "\n";
  }

  std::sort(due.begin(), due.end(), [](const Due& a, const Due& b) {
    return a.when != b.when ? a.when < b.when : a.order < b.order;
  });
  out += "\nDue next (on or after " + (as_of.empty() ? std::string("-") : as_of) +
         ", not complete)\n";
  if (due.empty()) out += "  (nothing due)\n";
  for (size_t i = 0; i < due.size() && i < static_cast<size_t>(options.due_next); ++i) {
    out += "  " + due[i].when + "  " + PadRight(due[i].ref, 48) + "  " +
           PadRight(CutText(due[i].owners, 36), 36) + "  " + CutText(due[i].text, 60) + "\n";
  }
  if (due.size() > static_cast<size_t>(options.due_next)) {
    out += "  … and " + std::to_string(due.size() - options.due_next) + " more\n";
  }
  return out;
}

}  // namespace plantrace
