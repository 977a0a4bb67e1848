#include "pipeline/normalise/letter.h"

#include <cctype>

#include "pipeline/normalise/document_date_finder.h"
#include "pipeline/normalise/page_lines.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

constexpr int kSalutationWithin = 12;  // non-empty lines from the top

bool IsSalutation(const std::string& line, const DocumentCues& cues) {
  if (LineWords(line) > 4) return false;
  const std::string folded = CaseFold(line);
  for (const std::string& s : cues.salutations) {
    if (folded.compare(0, s.size() + 1, s + " ") == 0) return true;
  }
  return false;
}

}  // namespace

LetterReading ReadLetter(const std::vector<std::string>& lines, const DocumentCues& cues,
                         const DateParser& dates) {
  LetterReading out;
  size_t salutation = lines.size();
  int seen = 0;
  for (size_t i = 0; i < lines.size() && seen < kSalutationWithin; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    if (IsSalutation(lines[i], cues)) {
      salutation = i;
      break;
    }
  }
  if (salutation == lines.size()) return out;
  out.is_letter = true;
  for (size_t i = 0; i < salutation; ++i) {
    const std::string& l = lines[i];
    if (l.empty()) continue;
    // The letter's date: a day alone, or after "Date:".
    std::string candidate = l;
    const std::string folded = CaseFold(l);
    if (size_t p = folded.find("date:"); p != std::string::npos) candidate = l.substr(p + 5);
    if (LineWords(candidate) <= 5) {
      std::optional<PrintedDate> d = FirstPrintedDate(candidate, dates);
      if (d && d->precision == DatePrecisionPrinted::kDay) out.date = d;
    }
    if (out.sender.empty()) {
      for (const std::string& opening : cues.sender_openings) {
        if (folded.rfind(opening, 0) != 0) continue;
        size_t cut = l.find_first_of("0123456789");
        out.sender = CollapseSpaces(l.substr(0, cut));
        while (!out.sender.empty() && (out.sender.back() == ',' || out.sender.back() == ' ')) {
          out.sender.pop_back();
        }
        break;
      }
    }
  }
  return out;
}

}  // namespace plantrace
