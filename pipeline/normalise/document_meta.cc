#include "pipeline/normalise/document_meta.h"

#include <algorithm>

#include "corpus/manifest.h"
#include "text/normalize.h"

namespace plantrace {

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
    if (!best) {
      best = &b;
      continue;
    }
    double sb = size_of(b), sbest = size_of(*best);
    if (sb > sbest || (sb == sbest && b.level > 0 && b.level < best->level)) best = &b;
  }
  if (!best) return "";
  std::string t = best->text;
  for (char& c : t) {
    if (c == '\n') c = ' ';
  }
  return CollapseSpaces(t);
}

DateContext DateContextOf(const DocumentRecord& d) {
  std::optional<CivilDate> c =
      ParseIsoDate(d.date.size() == 4 ? d.date + "-01" : d.date.substr(0, std::min<size_t>(10, d.date.size())));
  if (!c) return {};
  return {c->year, c->year, d.date.size() == 4 ? 0 : c->month};
}

DocumentRecord BuildDocumentRecord(const Document& doc, const DocumentMeta& meta,
                                   const DateParser& dates) {
  DocumentRecord out;
  out.doc_id = meta.doc_id.empty() ? DocIdFromFileName(doc.source.path) : meta.doc_id;
  out.title = meta.title;
  if (out.title.empty()) out.title = FirstPageTitle(doc);
  if (out.title.empty()) out.title = doc.source.title;
  out.publisher = meta.publisher;
  out.date = meta.date;
  if (out.date.empty()) {
    // The first month or day printed on page 1 ("November 2023").
    for (const ParsedDate& d : dates.FindAll(FirstPageText(doc), DateContext{})) {
      if (d.precision == DatePrecision::kDay || d.precision == DatePrecision::kMonth) {
        out.date = MonthString(d.start.year, d.start.month);
        break;
      }
    }
  }
  out.plan_cycle = meta.plan_cycle;
  out.sha256 = doc.source.sha256;
  out.format = doc.source.format;
  out.source = doc.source.path;
  return out;
}

}  // namespace plantrace
