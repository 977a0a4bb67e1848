#include "pipeline/normalise/title_finder.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "pipeline/normalise/page_lines.h"
#include "pipeline/normalise/publisher_finder.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

double SizeOf(const Block& b) {
  double s = 0;
  for (const Span& sp : b.spans) s = std::max(s, sp.size);
  return s;
}

bool Usable(const std::string& t, const DocumentCues& cues) {
  if (t.empty() || cues.IsGenericTitle(t)) return false;
  if (t.back() == ':') return false;  // a label
  return std::any_of(t.begin(), t.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

bool HasDayDate(const std::string& t, const DateParser& dates) {
  for (const ParsedDate& d : dates.FindAll(t, DateContext{})) {
    if (d.precision == DatePrecision::kDay) return true;
  }
  return false;
}

// A line that is a date and nothing else ("November 2023").
bool OnlyDate(const std::string& t, const DateParser& dates) {
  std::vector<ParsedDate> found = dates.FindAll(t, DateContext{});
  if (found.size() != 1) return false;
  std::string rest = t.substr(0, found[0].begin) + t.substr(found[0].end_offset);
  return rest.find_first_not_of(" .,()") == std::string::npos;
}

// 2: "MINUTES of a meeting … on Thursday, 30 January 2025", "AGENDA CABINET
// Thursday, 30th January, 2025, at 10.00 am".
std::string MeetingHeading(const TitleEvidence& e, const DateParser& dates) {
  std::string joined;
  int seen = 0;
  for (const std::string& l : *e.lines) {
    if (l.empty()) continue;
    if (++seen > 8) break;
    joined += joined.empty() ? "" : "\n";
    joined += l;
  }
  const std::string word = e.doc_type == "minutes" ? "minutes" : "agenda";
  size_t start = CaseFold(joined).find(word);  // ASCII before it: offsets agree
  if (start == std::string::npos) return "";
  // From the start of its line ("Summons to and Agenda for …"), unless what
  // precedes it there is a banner in capitals ("KENT COUNTY COUNCIL CABINET").
  size_t line_start = joined.rfind('\n', start);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string before = joined.substr(line_start, start - line_start);
  bool banner = std::none_of(before.begin(), before.end(),
                             [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  if (!banner) start = line_start;
  std::string rest = joined.substr(start);
  for (char& c : rest) c = c == '\n' ? ' ' : c;
  for (const ParsedDate& d : dates.FindAll(rest, DateContext{})) {
    if (d.precision != DatePrecision::kDay) continue;
    std::string out = rest.substr(0, d.end_offset);
    static const RE2 kTime("^(,?\\s*at\\s+\\d{1,2}[.:]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?)");
    std::string time;
    if (RE2::PartialMatch(rest.substr(d.end_offset), kTime, &time)) out += time;
    out = CollapseSpaces(out);
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
    return out;
  }
  return "";
}

// "Birmingham City Council Report to Cabinet" → "Report to Cabinet".
std::string ReportToLine(const std::vector<std::string>& lines) {
  static const RE2 kReportTo("(?i)\\b(report to (?:the )?[A-Z][A-Za-z ]{2,40})$");
  int seen = 0;
  for (const std::string& l : lines) {
    if (l.empty()) continue;
    if (++seen > 4) break;
    std::string m;
    if (RE2::PartialMatch(l, kReportTo, &m)) return m;
  }
  return "";
}

// 3: an early line with an appendix label and a title; the page's running
// header counts (a register repeats "Appendix I: Budget Risks Register
// 2025-26" on every page). A label is kept when nothing but a year is left
// ("2025-26 APPENDIX E").
std::string AppendixTitleLine(const TitleEvidence& e, const DocumentCues& cues) {
  static const RE2 kLabel("(?i)(^|\\s)appendix\\s+[A-Z0-9]{1,3}\\b");
  std::vector<std::string> lines;
  for (const Block* b : PageBlocks(*e.doc, e.page)) {
    if (b->kind == BlockKind::kHeader) lines.push_back(CollapseSpaces(b->text));
  }
  int seen = 0;
  for (const std::string& l : *e.lines) {
    if (l.empty()) continue;
    if (++seen > 3) break;
    lines.push_back(l);
  }
  for (const std::string& l : lines) {
    if (!RE2::PartialMatch(l, kLabel) || LineWords(l) > 20) continue;
    std::string t = DropAppendixLabel(l);
    if (Usable(t, cues)) return t;
    if (!t.empty()) return l;  // "2025-26 APPENDIX E": the label is all the title there is
  }
  return "";
}

// The most common text size of the document (blocks and table cells): its
// body text.
double BodySize(const Document& doc) {
  std::map<double, size_t> chars;
  for (const Block& b : doc.blocks) chars[SizeOf(b)] += b.text.size();
  for (const Table& t : doc.tables) {
    for (const Cell& c : t.cells) {
      for (const Span& sp : c.spans) chars[sp.size] += sp.text.size();
    }
  }
  double best = 0;
  size_t most = 0;
  for (const auto& [size, n] : chars) {
    if (n > most) best = size, most = n;
  }
  return best;
}

// 4: the largest heading and the short lines that continue it.
std::string TitleBlock(const TitleEvidence& e, const DocumentCues& cues, const DateParser& dates) {
  std::vector<const Block*> blocks;
  for (const Block* b : PageBlocks(*e.doc, e.page)) {
    if (b->kind != BlockKind::kHeader && b->kind != BlockKind::kFooter) blocks.push_back(b);
  }
  const double body = BodySize(*e.doc);
  size_t best = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i]->kind != BlockKind::kHeading) continue;
    if (!Usable(DropAppendixLabel(CollapseSpaces(blocks[i]->text)), cues)) continue;
    if (best == blocks.size() || SizeOf(*blocks[i]) > SizeOf(*blocks[best])) best = i;
  }
  if (best == blocks.size()) return "";
  std::string title = DropAppendixLabel(CollapseSpaces(blocks[best]->text));
  // A continuation is a short line set larger than the body but not a
  // heading of its own ("Introduction").
  for (size_t i = best + 1; i < blocks.size() && i <= best + 3; ++i) {
    const Block& b = *blocks[i];
    // A title set over several lines of one size is one title.
    const bool same_heading = b.kind == BlockKind::kHeading && SizeOf(b) > 0 &&
                              SizeOf(b) == SizeOf(*blocks[best]);
    if (b.kind != BlockKind::kParagraph && !same_heading) break;
    // One word ("Introduction") is a section, not the title's next line.
    if (!same_heading && LineWords(CollapseSpaces(b.text)) < 2) break;
    std::string t = CollapseSpaces(b.text);
    bool larger = SizeOf(b) == 0 || SizeOf(b) > body;  // HTML: no sizes
    // A line that opens with an organisation is the publisher's line.
    const std::vector<std::string> orgs = OrganisationsIn(t, cues);
    bool names_org = !orgs.empty() && CaseFold(t).rfind(CaseFold(orgs.front()), 0) == 0;
    if (t.empty() || LineWords(t) > 10 || !larger || t.find(':') != std::string::npos ||
        OnlyDate(t, dates) || HasDayDate(t, dates) || names_org ||
        !std::isalpha(static_cast<unsigned char>(t[0]))) {
      break;
    }
    title += " " + t;
  }
  return title;
}

}  // namespace

std::string DropAppendixLabel(const std::string& title) {
  static const RE2 kLabel("(?i)^\\s*appendix\\s+[A-Z0-9]{1,3}\\b\\s*[:.–—-]?\\s*");
  std::string t = title;
  RE2::Replace(&t, kLabel, "");
  static const RE2 kTrailing("(?i)\\s*[:–—-]?\\s*appendix\\s+[A-Z0-9]{1,3}\\s*$");
  RE2::Replace(&t, kTrailing, "");
  return CollapseSpaces(t);
}

std::string FindTitle(const TitleEvidence& e, const DocumentCues& cues, const DateParser& dates) {
  if (auto f = e.fields->find("title"); f != e.fields->end() && Usable(f->second, cues)) {
    std::string report_to = e.fields->count("meeting") ? "" : ReportToLine(*e.lines);
    return report_to.empty() ? f->second : report_to + ": " + f->second;
  }
  if (e.doc_type == "minutes" || e.doc_type == "agenda") {
    std::string h = MeetingHeading(e, dates);
    if (Usable(h, cues)) return h;
  }
  if (std::string a = AppendixTitleLine(e, cues); !a.empty()) return a;
  if (std::string h = TitleBlock(e, cues, dates); !h.empty()) return h;
  std::string own = DropAppendixLabel(e.doc->source.title);
  if (Usable(own, cues)) return own;
  for (const std::string& l : *e.lines) {
    std::string t = DropAppendixLabel(l);
    if (Usable(t, cues) && t.size() < 200) return t;
  }
  return "";
}

}  // namespace plantrace
