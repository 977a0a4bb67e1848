#include "pipeline/normalise/document_date_finder.h"

#include <re2/re2.h>

#include "pipeline/normalise/calendar.h"
#include "pipeline/normalise/page_lines.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

std::optional<PrintedDate> ToPrinted(const ParsedDate& d) {
  std::optional<CalendarDate> c = CalendarDate::Make(d.start.year, d.start.month, d.start.day);
  if (!c) return std::nullopt;
  if (d.precision == DatePrecision::kDay) return PrintedDate{*c, DatePrecisionPrinted::kDay};
  if (d.precision == DatePrecision::kMonth) return PrintedDate{*c, DatePrecisionPrinted::kMonth};
  return std::nullopt;
}

// A line that is a date and nothing else ("13 March 2015", "November 2023").
std::optional<PrintedDate> DateAlone(const std::string& line, const DateParser& dates) {
  if (line.empty() || LineWords(line) > 5) return std::nullopt;
  std::vector<ParsedDate> found = dates.FindAll(line, DateContext{});
  if (found.size() != 1) return std::nullopt;
  std::string rest = line.substr(0, found[0].begin) + line.substr(found[0].end_offset);
  if (rest.find_first_not_of(" .,()") != std::string::npos) return std::nullopt;
  return ToPrinted(found[0]);
}

// 1: a day alone on its line under a short block of words: a name and a
// role ("John Crabtree / Chair / 13 March 2015").
std::optional<PrintedDate> SignatureDate(const Document& doc, const DateParser& dates) {
  for (int page = 1; page <= doc.source.pages; ++page) {
    std::vector<const Block*> blocks = PageBlocks(doc, page);
    for (size_t i = 1; i < blocks.size(); ++i) {
      std::string text = blocks[i]->text;
      for (char& c : text) c = c == '\n' ? ' ' : c;
      std::optional<PrintedDate> d = DateAlone(CollapseSpaces(text), dates);
      if (!d || d->precision != DatePrecisionPrinted::kDay) continue;
      const std::string signer = CollapseSpaces(blocks[i - 1]->text);
      bool short_words = !signer.empty() && LineWords(signer) <= 6;
      bool no_digits = signer.find_first_of("0123456789") == std::string::npos;
      bool no_sentence = signer.find_first_of(".:;") == std::string::npos;
      if (short_words && no_digits && no_sentence) return d;
    }
  }
  return std::nullopt;
}

// 4: "decision by Cabinet on 30 January 2025", "presented to Cabinet on …".
std::optional<PrintedDate> MeetingItGoesTo(const Document& doc, const DateParser& dates) {
  static const RE2 kTo(
      "(?i)\\b(?:by|to)\\s+(?:the\\s+)?(?:Cabinet|County Council|Full Council|Council|Committee)"
      "\\s+on\\s+((?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+,?\\s+(?:19|20)\\d\\d)");
  std::string text = CollapseSpaces(AllText(doc));
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  std::string when;
  if (!RE2::PartialMatch(text, kTo, &when)) return std::nullopt;
  return FirstPrintedDate(when, dates);
}

}  // namespace

std::optional<PrintedDate> FirstPrintedDate(const std::string& text, const DateParser& dates) {
  for (const ParsedDate& d : dates.FindAll(text, DateContext{})) {
    if (std::optional<PrintedDate> p = ToPrinted(d)) return p;
  }
  // A title naming its period with one word between month and year
  // ("September Update 2018", "March Edition 2020").
  static const RE2 kMonthWordYear("(?i)\\b([A-Za-z]{3,9})\\s+[A-Za-z]+\\s+((?:19|20)\\d\\d)\\b");
  std::string month, year;
  if (RE2::PartialMatch(text, kMonthWordYear, &month, &year)) {
    if (int m = MonthFromName(month); m > 0 && m != 5) {  // "May" is also a verb
      if (auto c = CalendarDate::Make(std::stoi(year), m, 1)) {
        return PrintedDate{*c, DatePrecisionPrinted::kMonth};
      }
    }
  }
  return std::nullopt;
}

std::optional<PrintedDate> FindDocumentDate(const Document& doc,
                                            const std::vector<std::string>& page1_lines,
                                            const std::map<HeaderFieldName, std::string>& fields,
                                            const std::string& doc_type, const DateParser& dates) {
  if (auto d = SignatureDate(doc, dates)) return d;
  for (const char* field : {"date", "meeting"}) {
    if (auto f = fields.find(field); f != fields.end()) {
      if (auto d = FirstPrintedDate(f->second, dates)) return d;
    }
  }
  if (doc_type == "minutes" || doc_type == "agenda") {
    int seen = 0;
    for (const std::string& l : page1_lines) {
      if (l.empty()) continue;
      if (++seen > 6) break;
      if (auto d = FirstPrintedDate(l, dates)) return d;
    }
  }
  if (doc_type == "record_of_decision") {
    if (auto d = MeetingItGoesTo(doc, dates)) return d;
    return std::nullopt;  // a record prints its own date or none
  }
  // 5: the cover's title block: the short lines before the first long one
  // or the first numbered section ("1. Background", "1.1 In July 2014 …").
  static const RE2 kNumbered("^\\(?\\d+(?:\\.\\d+)*[.)]?\\s");
  int seen = 0;
  for (const std::string& l : page1_lines) {
    if (l.empty()) continue;
    if (LineWords(l) > 14 || ++seen > 6 || RE2::PartialMatch(l, kNumbered)) break;
    if (auto d = FirstPrintedDate(l, dates)) return d;
  }
  return std::nullopt;
}

}  // namespace plantrace
