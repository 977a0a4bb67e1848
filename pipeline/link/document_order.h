#pragma once
// Which of two documents came first, from what the papers say: their dates,
// then their kinds (a report comes before the record of the decision taken
// on it, which comes before the minutes of the meeting), then, for an
// undated paper, the dates its items name. Never from file names or ids.
//
//   DocumentOrder order(documents, items);
//   Direction d = order.Compare("report-id", "minutes-id");  // d.sign < 0: report first

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/records.h"

namespace plantrace {

struct Direction {
  int sign = 0;      // < 0: a first; > 0: b first; 0: not known
  std::string note;  // for `why` when the dates alone do not decide; empty otherwise
};

// 0 for papers put before a meeting (reports, plans, agendas, ...), 1 for a
// (proposed) record of decision, 2 for minutes; unknown types count as 0.
int DocumentStage(const std::optional<std::string>& doc_type);

// A date as printed ("2024", "2024-04", "2024-04-04"); empty when unknown
// (null, or a year 0 from an older reader).
std::string KnownDate(const std::string& date);

class DocumentOrder {
 public:
  DocumentOrder(const std::vector<DocumentRecord>& documents,
                const std::vector<ItemRecord>& items);

  // Compares two documents by doc_id (both must be among `documents`).
  Direction Compare(const std::string& a, const std::string& b) const;

  // A total order for processing (date or estimate, stage, sha256, doc_id):
  // rank of each doc_id, 0 first. It agrees with Compare wherever Compare
  // decides from dates and kinds; it only breaks ties deterministically.
  uint32_t Rank(const std::string& doc_id) const;
  const std::vector<std::string>& Ordered() const { return ordered_; }
  // Months between two papers' dates (an undated paper's estimate stands
  // in), at the month precision both print; nullopt when either is unknown.
  std::optional<int> MonthsApart(const std::string& a, const std::string& b) const;

 private:
  struct Info {
    std::string date;      // as printed, empty when unknown
    std::string estimate;  // the median date the items name, for undated papers
    int stage = 0;
    std::string sha256;
  };
  std::unordered_map<std::string, Info> info_;
  std::unordered_map<std::string, uint32_t> rank_;
  std::vector<std::string> ordered_;
};

// Documents in processing order (DocumentOrder::Rank).
std::vector<DocumentRecord> InDocumentOrder(std::vector<DocumentRecord> documents);

}  // namespace plantrace
