#pragma once
// The normalised records of docs/records.md: one DocumentRecord per source,
// one ItemRecord per recommendation / aim / measure / finding / risk /
// decision, and LinkRecords across plans. Plain structs; JSON lives in
// records_json.h. Dates are kept as the ISO strings the schema prints
// ("2024-06-01"); pipeline/calendar.h does the date arithmetic.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plantrace {

struct DocumentRecord {
  std::string doc_id;
  std::string title;
  std::string publisher;
  std::string date;        // "YYYY-MM" (or "YYYY"), as inferred for the document
  std::string plan_cycle;  // "2023-24", "2018"
  std::string sha256;
  std::string format;      // "pdf" | "html"
  std::string source;      // path of the source file
  // report | record_of_decision | minutes | agenda | appendix |
  // impact_assessment | amendment | register | plan | assessment | other;
  // the record builder always sets one ("other" when nothing tells).
  std::optional<std::string> doc_type;
  // The paper's own decision or reference number as printed ("24/00115").
  std::optional<std::string> decision_number;
};

struct UpdateRecord {
  std::string text;
  std::optional<std::string> as_of;  // "YYYY-MM"
  bool latest = false;
};

struct OwnerRecord {
  std::string raw;    // the fragment as printed
  std::string title;  // canonical title, abbreviations expanded
  bool interim = false;
};

struct DateRecord {
  std::string raw;
  std::string role;                 // due | start | as_of | event
  std::string start;                // "YYYY-MM-DD"
  std::optional<std::string> end;   // null for precision "open"
  std::string precision;            // day | month | quarter | financial_year | year | open
};

struct AmountRecord {
  std::string raw;
  int64_t value_gbp = 0;               // whole pounds
  std::optional<std::string> period;   // financial year "2018/19" when stated
  bool approximate = false;
  std::string kind;                    // saving | reduction | funding | budget | liability | other
};

struct StatusRecord {
  std::string raw;    // distinct tokens joined by "; "
  std::string value;  // complete | on_track | in_progress | off_track | not_started
};

struct ProvenanceRecord {
  int page = 0;
  std::optional<std::array<double, 4>> bbox;  // x0, top, x1, bottom
  std::optional<std::string> table;
  std::optional<int> row;
};

struct ItemRecord {
  std::string doc_id;
  std::string item_id;
  std::string kind;  // recommendation | improvement_aim | measure | finding | risk | decision | aim
  std::optional<std::string> section;
  std::string text;
  std::vector<std::string> actions;
  std::vector<std::string> deliverables;
  std::vector<UpdateRecord> updates;
  std::vector<OwnerRecord> owners;
  std::vector<DateRecord> dates;
  std::vector<AmountRecord> amounts;
  std::optional<StatusRecord> status;
  std::vector<ProvenanceRecord> provenance;
};

struct LinkRecord {
  std::string from;      // "<doc_id>#<item_id>", the earlier document
  std::string to;        // the later document
  std::string relation;  // recurs | continues | related
  double score = 0;
  std::vector<std::string> why;
};

}  // namespace plantrace
