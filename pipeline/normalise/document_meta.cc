#include "pipeline/normalise/document_meta.h"

#include <re2/re2.h>

#include <algorithm>

#include "corpus/manifest.h"
#include "model/calendar_date.h"
#include "pipeline/normalise/doc_type_classifier.h"
#include "pipeline/normalise/document_date_finder.h"
#include "pipeline/normalise/header_fields.h"
#include "pipeline/normalise/letter.h"
#include "pipeline/normalise/page_lines.h"
#include "pipeline/normalise/publisher_finder.h"
#include "pipeline/normalise/title_finder.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

// The case-folded heading of the paper: its first page's headings (running
// header included: "Appendix G" sits there) and first four lines,
// which is where a paper says what it is.
std::string HeadingText(const Document& doc, int page, const std::vector<std::string>& lines) {
  std::string out;
  int seen = 0;
  for (const std::string& l : lines) {
    if (l.empty()) continue;
    if (++seen > 4) break;
    out += l + "\n";
  }
  for (const Block* b : PageBlocks(doc, page)) {
    if (b->kind == BlockKind::kHeading || b->kind == BlockKind::kHeader) out += b->text + "\n";
  }
  return CaseFold(out);
}

// "24/00115" as printed in the decision-number field.
std::optional<std::string> DecisionNumber(const std::map<HeaderFieldName, std::string>& fields) {
  auto f = fields.find("decision_number");
  if (f == fields.end()) return std::nullopt;
  static const RE2 kNumber("(\\d{2}\\s*/\\s*\\d{3,6}|[A-Z]{1,4}\\s*\\d{2,4}\\s*/\\s*\\d{1,6})");
  std::string n;
  if (!RE2::PartialMatch(f->second, kNumber, &n)) return std::nullopt;
  std::string out;
  for (char c : n) {
    if (c != ' ') out += c;
  }
  return out;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// The meeting a covering letter is for: its "CABINET - THURSDAY, 30 JANUARY
// 2025" line (a weekday and a day).
std::optional<PrintedDate> CoverMeetingDate(const Document& doc, int cover_page,
                                            const DateParser& dates) {
  static const RE2 kWeekday("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  for (const std::string& l : PageLines(doc, cover_page)) {
    if (!RE2::PartialMatch(l, kWeekday)) continue;
    if (auto d = FirstPrintedDate(l, dates); d && d->precision == DatePrecisionPrinted::kDay) return d;
  }
  return std::nullopt;
}

// A page that prints nothing of the paper: no text at all (a blank page a
// producer put before the body, a scanned page not read), or only "this page
// is intentionally left blank".
bool BlankPage(const Document& doc, int page) {
  std::string text = CaseFold(Joined(PageLines(doc, page)));
  if (text.find_first_not_of(" \n") == std::string::npos) return true;
  return text.find("intentionally left blank") != std::string::npos && text.size() < 80;
}

// The first page from `from` on that is not blank; 0 when none is.
int FirstPrintedPage(const Document& doc, int from) {
  for (int p = from; p <= doc.source.pages; ++p) {
    if (!BlankPage(doc, p)) return p;
  }
  return 0;
}

}  // namespace

int PaperFirstPage(const Document& doc, const DocumentCues& cues) {
  const int first = FirstPrintedPage(doc, 1);
  if (first == 0) return 1;
  std::string text = CaseFold(Joined(PageLines(doc, first)));
  int hits = 0;
  for (const std::string& c : cues.cover_phrases) hits += text.find(c) != std::string::npos;
  if (hits < 2) return first;
  const int after_cover = FirstPrintedPage(doc, first + 1);
  return after_cover == 0 ? first : after_cover;
}

std::string FirstPageText(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    if (b.page != 1 || b.kind == BlockKind::kHeader || b.kind == BlockKind::kFooter) continue;
    out += b.text;
    out += '\n';
  }
  for (const Table& t : doc.tables) {
    bool first_page = !t.regions.empty() && t.regions.front().page == 1;
    if (!first_page) continue;
    for (const Cell& c : t.cells) {
      bool on_page = c.parts.empty();
      for (const PagePart& p : c.parts) on_page = on_page || p.page == 1;
      if (on_page) {
        out += c.text;
        out += '\n';
      }
    }
  }
  return out;
}

std::string FirstPageTitle(const Document& doc) {
  const Block* best = nullptr;
  auto size_of = [](const Block& b) {
    double s = 0;
    for (const Span& sp : b.spans) s = std::max(s, sp.size);
    return s;
  };
  for (const Block& b : doc.blocks) {
    if (b.page != 1 || b.kind != BlockKind::kHeading) continue;
    if (!best || size_of(b) > size_of(*best)) best = &b;
  }
  if (!best) return "";
  std::string t = best->text;
  for (char& c : t) c = c == '\n' ? ' ' : c;
  return CollapseSpaces(t);
}

DateContext DateContextOf(const DocumentRecord& d) {
  std::optional<PrintedDate> p = PrintedDate::Parse(d.date);
  if (!p) return {};
  int month = p->precision == DatePrecisionPrinted::kYear ? 0 : p->date.month();
  return {p->date.year(), p->date.year(), month};
}

DocumentRecord BuildDocumentRecord(const Document& doc, const DocumentMeta& meta,
                                   const DateParser& dates, const DocumentCues& cues) {
  const int page = PaperFirstPage(doc, cues);
  // The page before the paper, when it is a covering letter (blank pages
  // before either are skipped: PaperFirstPage).
  const int printed = FirstPrintedPage(doc, 1);
  const int cover_page = printed != 0 && printed < page ? printed : 0;
  const std::vector<std::string> lines = PageLines(doc, page);
  const std::map<HeaderFieldName, std::string> fields = ReadHeaderFields(lines, cues.fields);

  DocumentRecord out;
  out.doc_id = meta.doc_id.empty() ? DocIdFromFileName(doc.source.path) : meta.doc_id;
  const std::string doc_type = meta.doc_type.empty()
                                   ? ClassifyDocType(HeadingText(doc, page, lines), fields, cues)
                                   : meta.doc_type;
  out.doc_type = doc_type;
  // A letter prints no title (unless a subject line), its own date and its
  // sender.
  const LetterReading letter =
      cover_page == 0 ? ReadLetter(lines, cues, dates) : LetterReading{};
  TitleEvidence evidence{&doc, page, &lines, &fields, doc_type};
  if (!meta.title.empty()) {
    out.title = meta.title;
  } else if (letter.is_letter) {
    auto subject = fields.find("title");
    out.title = subject == fields.end() ? "" : subject->second;
  } else {
    out.title = FindTitle(evidence, cues, dates);
  }
  out.publisher = !meta.publisher.empty() ? meta.publisher
                  : !letter.sender.empty() ? letter.sender
                                           : FindPublisher(doc, lines, cues);
  if (!meta.date.empty()) {
    // Checked like every date: a manifest's "0000-09" is no date.
    std::optional<PrintedDate> given = PrintedDate::Parse(meta.date);
    out.date = given ? given->ToString() : "";
  } else {
    std::optional<PrintedDate> d =
        cover_page != 0 ? CoverMeetingDate(doc, cover_page, dates) : std::nullopt;
    if (!d) d = letter.date;
    if (!d) d = FindDocumentDate(doc, lines, fields, doc_type, dates);
    if (d) out.date = d->ToString();
  }
  out.decision_number = DecisionNumber(fields);
  out.plan_cycle = meta.plan_cycle;
  out.sha256 = doc.source.sha256;
  out.format = doc.source.format;
  out.source = doc.source.path;
  return out;
}

}  // namespace plantrace
