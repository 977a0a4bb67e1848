#include "ingest/meta_options.h"

#include <algorithm>
#include <cctype>

#include "model/calendar_date.h"

namespace plantrace {
namespace {

const char* const kDocTypes[] = {"report",   "record_of_decision", "minutes",   "agenda",
                                 "appendix", "impact_assessment",  "amendment", "register",
                                 "plan",     "assessment",         "other"};

bool AllDigits(const std::string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "2018" or "2023-24" (a year, or a year and the next one's last two digits).
bool IsPlanCycle(const std::string& s) {
  if (s.size() == 4) return AllDigits(s) && CalendarDate::Make(std::stoi(s), 1, 1).has_value();
  if (s.size() != 7 || s[4] != '-' || !AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(5))) {
    return false;
  }
  const int year = std::stoi(s.substr(0, 4));
  return CalendarDate::Make(year, 1, 1).has_value() && std::stoi(s.substr(5)) == (year + 1) % 100;
}

bool Blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

}  // namespace

std::vector<std::string> CheckMetaOptions(const MetaOptions& o) {
  std::vector<std::string> out;
  if (!o.date.empty() && !PrintedDate::Parse(o.date)) {
    out.push_back("--date '" + o.date +
                  "': expected YYYY, YYYY-MM or YYYY-MM-DD, a real date of 1900-2100");
  }
  if (!o.plan_cycle.empty() && !IsPlanCycle(o.plan_cycle)) {
    out.push_back("--plan-cycle '" + o.plan_cycle + "': expected a year (2018) or two (2023-24)");
  }
  if (!o.doc_type.empty() &&
      std::find(std::begin(kDocTypes), std::end(kDocTypes), o.doc_type) == std::end(kDocTypes)) {
    std::string all;
    for (const char* t : kDocTypes) all += std::string(all.empty() ? "" : " | ") + t;
    out.push_back("--doc-type '" + o.doc_type + "': expected one of " + all);
  }
  if (!o.title.empty() && Blank(o.title)) out.push_back("--title: empty");
  if (!o.publisher.empty() && Blank(o.publisher)) out.push_back("--publisher: empty");
  return out;
}

void ApplyMetaOptions(const MetaOptions& o, std::vector<IngestTask>* tasks) {
  for (IngestTask& t : *tasks) {
    if (!o.title.empty()) t.meta.title = o.title;
    if (!o.publisher.empty()) t.meta.publisher = o.publisher;
    if (!o.date.empty()) t.meta.date = o.date;
    if (!o.plan_cycle.empty()) t.meta.plan_cycle = o.plan_cycle;
    if (!o.doc_type.empty()) t.meta.doc_type = o.doc_type;
  }
}

}  // namespace plantrace
