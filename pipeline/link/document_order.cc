#include "pipeline/link/document_order.h"

#include <cstdlib>

#include <algorithm>

namespace plantrace {
namespace {

// Compares two ISO dates at the precision both print: "2023" and
// "2023-11" are a tie.
int CompareDates(const std::string& a, const std::string& b) {
  const size_t n = std::min(a.size(), b.size());
  const int c = a.compare(0, n, b, 0, n);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// The median of the dates an undated paper's items name (due and start
// dates, update dates): what the paper is about, a rough stand-in for when
// it was written.
std::string EstimateDate(const std::vector<const ItemRecord*>& items) {
  std::vector<std::string> dates;
  for (const ItemRecord* item : items) {
    for (const DateRecord& d : item->dates) {
      if ((d.role == "due" || d.role == "start" || d.role == "as_of") && !KnownDate(d.start).empty()) {
        dates.push_back(d.start.substr(0, 7));
      }
    }
    for (const UpdateRecord& u : item->updates) {
      if (u.as_of && !KnownDate(*u.as_of).empty()) dates.push_back(u.as_of->substr(0, 7));
    }
  }
  if (dates.empty()) return "";
  std::sort(dates.begin(), dates.end());
  return dates[(dates.size() - 1) / 2];
}

const char* StageName(int stage) {
  switch (stage) {
    case 1: return "a record of decision";
    case 2: return "minutes";
    default: return "a paper for the meeting";
  }
}

}  // namespace

int DocumentStage(const std::optional<std::string>& doc_type) {
  if (!doc_type) return 0;
  if (*doc_type == "record_of_decision") return 1;
  if (*doc_type == "minutes") return 2;
  return 0;
}

std::string KnownDate(const std::string& date) {
  if (date.size() < 4 || date.compare(0, 4, "0000") == 0) return "";
  return date;
}

DocumentOrder::DocumentOrder(const std::vector<DocumentRecord>& documents,
                             const std::vector<ItemRecord>& items) {
  std::unordered_map<std::string, std::vector<const ItemRecord*>> by_doc;
  for (const ItemRecord& item : items) by_doc[item.doc_id].push_back(&item);
  for (const DocumentRecord& d : documents) {
    Info info;
    info.date = KnownDate(d.date);
    if (info.date.empty()) info.estimate = EstimateDate(by_doc[d.doc_id]);
    info.stage = DocumentStage(d.doc_type);
    info.sha256 = d.sha256;
    if (info_.emplace(d.doc_id, info).second) ordered_.push_back(d.doc_id);
  }
  std::sort(ordered_.begin(), ordered_.end(), [&](const std::string& a, const std::string& b) {
    const Info& x = info_.at(a);
    const Info& y = info_.at(b);
    const std::string& dx = x.date.empty() ? x.estimate : x.date;
    const std::string& dy = y.date.empty() ? y.estimate : y.date;
    // Undated papers with no estimate go last.
    if (dx.empty() != dy.empty()) return dy.empty();
    if (int c = CompareDates(dx, dy)) return c < 0;
    if (x.stage != y.stage) return x.stage < y.stage;
    if (dx != dy) return dx < dy;
    if (x.sha256 != y.sha256) return x.sha256 < y.sha256;
    return a < b;  // only for records without a hash: determinism, not order
  });
  for (size_t r = 0; r < ordered_.size(); ++r) rank_[ordered_[r]] = static_cast<uint32_t>(r);
}

uint32_t DocumentOrder::Rank(const std::string& doc_id) const { return rank_.at(doc_id); }

Direction DocumentOrder::Compare(const std::string& a, const std::string& b) const {
  const Info& x = info_.at(a);
  const Info& y = info_.at(b);
  Direction d;
  if (!x.date.empty() && !y.date.empty()) {
    if (int c = CompareDates(x.date, y.date)) {
      d.sign = c;
      return d;
    }
  }
  if (x.stage != y.stage) {
    d.sign = x.stage < y.stage ? -1 : 1;
    const Info& first = d.sign < 0 ? x : y;
    const Info& second = d.sign < 0 ? y : x;
    d.note = std::string("ordered by kind of paper: ") + StageName(first.stage) + " comes before " +
             StageName(second.stage);
    if (x.date.empty() || y.date.empty()) d.note += " (a date is unknown)";
    else d.note += " of the same date";
    return d;
  }
  const std::string& ex = x.date.empty() ? x.estimate : x.date;
  const std::string& ey = y.date.empty() ? y.estimate : y.date;
  const std::string& undated = x.date.empty() ? a : b;
  if (x.date.empty() || y.date.empty()) {
    if (!ex.empty() && !ey.empty()) {
      if (int c = CompareDates(ex, ey)) {
        d.sign = c;
        d.note = "date of " + undated + " unknown; ordered by the dates its items name (about " +
                 (x.date.empty() ? ex : ey) + ")";
        return d;
      }
    }
    d.note = "date of " + undated + " unknown; which came first is not known";
    return d;
  }
  d.note = "documents of the same date; which came first is not known";
  return d;
}

std::optional<int> DocumentOrder::MonthsApart(const std::string& a, const std::string& b) const {
  const Info& x = info_.at(a);
  const Info& y = info_.at(b);
  const std::string& dx = x.date.empty() ? x.estimate : x.date;
  const std::string& dy = y.date.empty() ? y.estimate : y.date;
  if (dx.size() < 4 || dy.size() < 4) return std::nullopt;
  // A year alone counts as its middle month.
  auto months = [](const std::string& d) {
    const int year = std::atoi(d.substr(0, 4).c_str());
    const int month = d.size() >= 7 ? std::atoi(d.substr(5, 2).c_str()) : 6;
    return year * 12 + month;
  };
  return std::abs(months(dx) - months(dy));
}

std::vector<DocumentRecord> InDocumentOrder(std::vector<DocumentRecord> documents) {
  DocumentOrder order(documents, {});
  std::stable_sort(documents.begin(), documents.end(),
                   [&](const DocumentRecord& a, const DocumentRecord& b) {
                     return order.Rank(a.doc_id) < order.Rank(b.doc_id);
                   });
  return documents;
}

}  // namespace plantrace
