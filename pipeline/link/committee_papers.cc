#include "pipeline/link/committee_papers.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "pipeline/link/document_order.h"

namespace plantrace {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Lower-case ASCII letter/digit runs; everything else separates.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (IsAlnum(c)) {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// Function words and the lead-ins of recommendations and resolutions
// ("Cabinet is asked to", "RESOLVED that"): not what a decision is about.
bool LeadInOrFunctionWord(const std::string& w) {
  static const std::set<std::string> kWords = {
      "a",    "an",   "and",  "are",   "as",       "asked",   "at",   "be",   "by",
      "cabinet", "for", "from", "in",  "is",       "it",      "its",  "of",   "on",
      "or",   "resolved", "that", "the", "their",  "this",    "to",   "with"};
  return kWords.count(w) > 0;
}

std::set<std::string> ContentWords(std::string_view text, size_t* count) {
  std::set<std::string> out;
  size_t n = 0;
  for (std::string& w : Words(text)) {
    if (LeadInOrFunctionWord(w)) continue;
    ++n;
    out.insert(std::move(w));
  }
  if (count) *count = n;
  return out;
}

// Day dates printed in the item's own text (not the meeting date the
// record adds to every decision).
std::set<std::string> DaysInText(const ItemRecord& item) {
  std::set<std::string> out;
  for (const DateRecord& d : item.dates) {
    if (d.precision == "day" && !d.raw.empty() && item.text.find(d.raw) != std::string::npos) {
      out.insert(d.start);
    }
  }
  return out;
}

std::set<int64_t> Sums(const ItemRecord& item) {
  std::set<int64_t> out;
  for (const AmountRecord& a : item.amounts) out.insert(a.value_gbp);
  return out;
}

template <typename T>
bool Disjoint(const std::set<T>& x, const std::set<T>& y) {
  for (const T& v : x) {
    if (y.count(v)) return false;
  }
  return true;
}

}  // namespace

bool IsCommitteePaper(const std::optional<std::string>& doc_type) {
  if (!doc_type) return false;
  static const std::set<std::string> kTypes = {"report",   "record_of_decision", "minutes",
                                               "agenda",   "appendix",           "impact_assessment",
                                               "amendment", "register"};
  return kTypes.count(*doc_type) > 0;
}

bool IsDecisionKind(const std::string& kind) {
  return kind == "decision" || kind == "recommendation";
}

std::string SubjectKey(std::string_view heading) {
  auto skip_space = [&] {
    while (!heading.empty() && !IsAlnum(heading.front())) heading.remove_prefix(1);
  };
  auto digits = [&](size_t from) {
    size_t k = from;
    while (k < heading.size() && std::isdigit(static_cast<unsigned char>(heading[k]))) ++k;
    return k - from;
  };
  skip_space();
  // A minute's number ("89.", "89 "), not the start of a decision number
  // nor a year that begins a title ("2025 Budget Consultation").
  const size_t n = digits(0);
  const bool year = n == 4 && (heading.substr(0, 2) == "19" || heading.substr(0, 2) == "20");
  if (n > 0 && n < heading.size() &&
      (heading[n] == '.' || heading[n] == ')' || (heading[n] == ' ' && !year))) {
    heading.remove_prefix(n);
    skip_space();
  }
  // A decision number printed before the subject ("24/00108 - ").
  if (digits(0) == 2 && heading.size() > 2 && (heading[2] == '/' || heading[2] == '-') &&
      digits(3) == 5) {
    heading.remove_prefix(8);
  }
  std::vector<std::string> words = Words(heading);
  if (words.size() < 3) return "";
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

bool SameDecisionWording(std::string_view a, std::string_view b, double min_share,
                         double max_ratio) {
  size_t na = 0, nb = 0;
  std::set<std::string> wa = ContentWords(a, &na);
  std::set<std::string> wb = ContentWords(b, &nb);
  const std::set<std::string>& shorter = wa.size() <= wb.size() ? wa : wb;
  const std::set<std::string>& longer = wa.size() <= wb.size() ? wb : wa;
  if (shorter.size() < 4) return false;
  if (static_cast<double>(longer.size()) > max_ratio * static_cast<double>(shorter.size())) {
    return false;
  }
  size_t shared = 0;
  for (const std::string& w : shorter) shared += longer.count(w);
  return static_cast<double>(shared) >= min_share * static_cast<double>(shorter.size());
}

bool ConflictingFigures(const ItemRecord& a, const ItemRecord& b) {
  const std::set<std::string> da = DaysInText(a), db = DaysInText(b);
  if (!da.empty() && !db.empty() && Disjoint(da, db)) return true;
  const std::set<int64_t> sa = Sums(a), sb = Sums(b);
  return !sa.empty() && !sb.empty() && Disjoint(sa, sb);
}

bool SameMeetingDate(const std::string& a, const std::string& b) {
  const std::string x = KnownDate(a), y = KnownDate(b);
  if (x.empty() || y.empty()) return true;
  const size_t n = std::min(x.size(), y.size());
  return x.compare(0, n, y, 0, n) == 0;
}

}  // namespace plantrace
