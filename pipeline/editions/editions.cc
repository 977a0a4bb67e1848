#include "pipeline/editions/editions.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <numeric>
#include <set>

#include "pipeline/editions/item_pairing.h"

namespace plantrace {
namespace {

constexpr size_t kMinItems = 3;               // fewer: too little to tell a plan by
constexpr double kSameTitleMinShared = 0.5;   // same title and publisher
constexpr double kAnyTitleMinShared = 0.8;    // overlap alone
constexpr double kSharedMinWords = 0.3;       // a paired item keeps this share of its words
// Before pairing every item, a cheap bound: the share of item_ids or exact
// texts the two documents have in common must reach this.
constexpr double kPrefilterShare = 0.25;
// ... and then the share of the smaller document's distinct words the other
// has (editions say most of the same things).
constexpr double kPrefilterVocabulary = 0.3;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool DateWord(const std::string& w) {
  static const std::set<std::string> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
  if (kMonths.count(w)) return true;
  // 2018, 19 (of "2018/19"), 24th
  size_t digits = 0;
  while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
  if (digits == 0) return false;
  const std::string rest = w.substr(digits);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

bool EditionWord(const std::string& w) {
  static const std::set<std::string> kWords = {"update",  "updates", "updated", "edition",
                                               "version", "revised", "revision"};
  return kWords.count(w) > 0;
}

// A date as printed, "" when unknown (null, or a year 0 from an older reader).
std::string Known(const std::string& date) {
  if (date.empty() || date.rfind("0000", 0) == 0) return "";
  return date;
}

// <0: a is earlier; >0: b is; 0: not known (one unknown, equal, or one
// only a prefix of the other: "2018" and "2018-07").
int CompareDates(const std::string& a, const std::string& b) {
  const std::string x = Known(a), y = Known(b);
  if (x.empty() || y.empty() || x == y) return 0;
  const size_t n = std::min(x.size(), y.size());
  if (x.compare(0, n, y, 0, n) == 0) return 0;
  return x < y ? -1 : 1;
}

// Two values that are the same, or not both known.
bool NotDiffering(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  const std::string x = Lower(a.value_or("")), y = Lower(b.value_or(""));
  if (x.empty() || y.empty() || x == "other" || y == "other") return true;
  return x == y;
}

struct DocItems {
  const DocumentRecord* document = nullptr;
  std::vector<uint32_t> index;  // into the items given
  std::vector<const ItemRecord*> items;
  std::vector<std::string> ids;       // sorted
  std::vector<size_t> text_hashes;    // sorted
  std::string title_key;
  // Each item's words, built when the document is first compared.
  std::vector<std::set<std::string>> words;
  const std::set<std::string>& Words(size_t i) {
    if (words.empty()) {
      for (const ItemRecord* it : items) words.push_back(WordSet(it->text));
    }
    return words[i];
  }
  // The hashes of the distinct words of all items, sorted; built on demand.
  std::vector<size_t> vocabulary;
  const std::vector<size_t>& Vocabulary() {
    if (vocabulary.empty()) {
      for (const ItemRecord* it : items) {
        for (const std::string& w : WordSet(it->text)) {
          vocabulary.push_back(std::hash<std::string>{}(w));
        }
      }
      std::sort(vocabulary.begin(), vocabulary.end());
      vocabulary.erase(std::unique(vocabulary.begin(), vocabulary.end()), vocabulary.end());
    }
    return vocabulary;
  }
};

// How many values two sorted lists share (ids, text hashes).
template <typename T>
size_t SortedCommon(const std::vector<T>& a, const std::vector<T>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

// The items of `newer` that carry on those of `older`, and their share.
EditionStep Compare(DocItems& older, DocItems& newer) {
  EditionStep step;
  step.older = older.document->doc_id;
  step.newer = newer.document->doc_id;
  const std::vector<int> pairs = PairItems(older.items, newer.items);
  size_t shared = 0;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (pairs[i] < 0) continue;
    step.pairs.emplace_back(older.index[i], newer.index[pairs[i]]);
    const double words = WordJaccard(older.Words(i), newer.Words(pairs[i]));
    if (words >= kSharedMinWords) ++shared;
  }
  step.shared = static_cast<double>(shared) /
                static_cast<double>(std::max(older.items.size(), newer.items.size()));
  return step;
}

}  // namespace

std::string EditionTitleKey(const std::string& title) {
  std::string key, w;
  const std::string text = title + " ";
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // U+2000–U+206F (dashes, quotes, …) separate words as ASCII punctuation does.
    const bool punctuation = c == 0xE2 && i + 2 < text.size() &&
                             (static_cast<unsigned char>(text[i + 1]) & 0xFE) == 0x80;
    if (punctuation) i += 2;
    if (!punctuation && (std::isalnum(c) || c >= 0x80)) {
      w += static_cast<char>(std::tolower(c));
      continue;
    }
    if (!w.empty() && !DateWord(w) && !EditionWord(w)) key += (key.empty() ? "" : " ") + w;
    w.clear();
  }
  return key;
}

std::string EditionStep::Why() const {
  const int percent = static_cast<int>(shared * 100 + 0.5);
  return std::string("edition of the same plan (") +
         (same_title ? "title, publisher, later date; " : "later date; ") +
         std::to_string(percent) + "% of items shared)";
}

PlanEditions FindEditions(const std::vector<DocumentRecord>& documents,
                          const std::vector<const ItemRecord*>& items) {
  std::map<std::string, DocItems> by_id;
  for (const DocumentRecord& d : documents) by_id[d.doc_id].document = &d;
  for (uint32_t i = 0; i < items.size(); ++i) {
    auto it = by_id.find(items[i]->doc_id);
    if (it == by_id.end()) continue;
    it->second.index.push_back(i);
    it->second.items.push_back(items[i]);
  }
  std::vector<DocItems*> docs;
  for (auto& [id, d] : by_id) {
    if (d.items.size() < kMinItems || Known(d.document->date).empty()) continue;
    for (const ItemRecord* it : d.items) {
      d.ids.push_back(it->item_id);
      d.text_hashes.push_back(std::hash<std::string>{}(it->text));
    }
    std::sort(d.ids.begin(), d.ids.end());
    std::sort(d.text_hashes.begin(), d.text_hashes.end());
    d.title_key = EditionTitleKey(d.document->title);
    docs.push_back(&d);
  }
  // Editions pairwise, joined into plans (union-find over `docs`).
  std::vector<size_t> parent(docs.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::function<size_t(size_t)> root = [&](size_t x) {
    return parent[x] == x ? x : parent[x] = root(parent[x]);
  };
  std::map<std::pair<size_t, size_t>, EditionStep> compared;  // (older, newer)
  for (size_t a = 0; a < docs.size(); ++a) {
    for (size_t b = a + 1; b < docs.size(); ++b) {
      const DocumentRecord& da = *docs[a]->document;
      const DocumentRecord& db = *docs[b]->document;
      const int order = CompareDates(da.date, db.date);
      if (order == 0 || !NotDiffering(da.doc_type, db.doc_type) ||
          !NotDiffering(da.publisher, db.publisher)) {
        continue;
      }
      const size_t larger = std::max(docs[a]->items.size(), docs[b]->items.size());
      const size_t common = std::max(SortedCommon(docs[a]->ids, docs[b]->ids),
                                     SortedCommon(docs[a]->text_hashes, docs[b]->text_hashes));
      if (static_cast<double>(common) < kPrefilterShare * static_cast<double>(larger)) continue;
      const std::vector<size_t>& va = docs[a]->Vocabulary();
      const std::vector<size_t>& vb = docs[b]->Vocabulary();
      if (static_cast<double>(SortedCommon(va, vb)) <
          kPrefilterVocabulary * static_cast<double>(std::min(va.size(), vb.size()))) {
        continue;
      }
      const size_t older = order < 0 ? a : b, newer = order < 0 ? b : a;
      EditionStep step = Compare(*docs[older], *docs[newer]);
      step.same_title = !docs[a]->title_key.empty() && docs[a]->title_key == docs[b]->title_key;
      const double needed = step.same_title ? kSameTitleMinShared : kAnyTitleMinShared;
      if (step.shared < needed) continue;
      parent[root(a)] = root(b);
      compared.emplace(std::make_pair(older, newer), std::move(step));
    }
  }
  // Each plan's editions by date (then doc_id), each following the one before.
  std::map<size_t, std::vector<size_t>> plans;
  for (size_t d = 0; d < docs.size(); ++d) plans[root(d)].push_back(d);
  PlanEditions out;
  uint32_t plan_number = 0;
  for (auto& [r, members] : plans) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end(), [&](size_t x, size_t y) {
      const DocumentRecord& dx = *docs[x]->document;
      const DocumentRecord& dy = *docs[y]->document;
      if (dx.date != dy.date) return dx.date < dy.date;
      return dx.doc_id < dy.doc_id;
    });
    for (size_t k = 0; k < members.size(); ++k) {
      out.plan_of[docs[members[k]]->document->doc_id] = plan_number;
      if (k == 0) continue;
      const size_t older = members[k - 1], newer = members[k];
      auto it = compared.find({older, newer});
      if (it != compared.end()) {
        out.steps.push_back(std::move(it->second));
        continue;
      }
      // Editions through a third one: paired now, same title as reported.
      EditionStep step = Compare(*docs[older], *docs[newer]);
      step.same_title = !docs[older]->title_key.empty() &&
                        docs[older]->title_key == docs[newer]->title_key;
      out.steps.push_back(std::move(step));
    }
    ++plan_number;
  }
  return out;
}

}  // namespace plantrace
