#include "output/report/trace_render.h"

#include <iomanip>
#include <sstream>

#include "json/json_value.h"
#include "model/records_json.h"
#include "output/report/html_page.h"
#include "output/report/timeline_html.h"

namespace plantrace {
namespace {

const DocumentRecord* FindDoc(const std::vector<DocumentRecord>& documents,
                              const std::string& doc_id) {
  for (const DocumentRecord& d : documents) {
    if (d.doc_id == doc_id) return &d;
  }
  return nullptr;
}

std::string Ref(const ItemRecord& item) { return item.doc_id + "#" + item.item_id; }

}  // namespace

std::string TraceToText(const Trace& trace, const std::vector<DocumentRecord>& documents) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << "Trace of " << trace.ref << ": " << trace.items.size() << " item(s), "
      << trace.links.size() << " link(s), oldest first\n";
  for (const ItemRecord& item : trace.items) {
    const DocumentRecord* doc = FindDoc(documents, item.doc_id);
    out << "\n" << (Ref(item) == trace.ref ? "* " : "  ") << Ref(item);
    // A null field prints as "unknown" (docs/decisions.md, issue 14,
    // session 6): plan_cycle is null unless a manifest or --plan-cycle set
    // it, a date when the paper prints none.
    if (doc) {
      out << "  [" << (doc->date.empty() ? "undated" : doc->date) << ", plan cycle "
          << (doc->plan_cycle.empty() ? "unknown" : doc->plan_cycle) << "]";
    }
    out << "\n    " << item.kind << ": " << item.text << "\n";
    std::string owners = OwnersText(item), dates = DatesText(item);
    if (!owners.empty()) out << "    owners: " << owners << "\n";
    if (!dates.empty()) out << "    dates: " << dates << "\n";
    out << "    status: " << (item.status ? item.status->value : "not stated") << "\n";
    for (const LinkRecord& l : trace.links) {
      if (l.to != Ref(item)) continue;
      out << "    <- " << l.relation << " " << l.from << " (score " << std::fixed
          << std::setprecision(2) << l.score << ")\n";
      for (const std::string& w : l.why) out << "       " << w << "\n";
    }
  }
  return out.str();
}

std::string TraceToJson(const Trace& trace) {
  JsonValue items = JsonValue::Array();
  for (const ItemRecord& item : trace.items) items.Push(ItemRecordToJson(item));
  JsonValue links = JsonValue::Array();
  for (const LinkRecord& l : trace.links) links.Push(LinkRecordToJson(l));
  JsonValue j = JsonValue::Object();
  j.Set("ref", trace.ref).Set("items", std::move(items)).Set("links", std::move(links));
  return j.Dump(2) + "\n";
}

std::string TraceToHtml(const Trace& trace, const std::vector<DocumentRecord>& documents) {
  std::vector<TimelineEntry> entries;
  for (const ItemRecord& item : trace.items) {
    TimelineEntry e;
    e.item = &item;
    for (const LinkRecord& l : trace.links) {
      if (l.to == Ref(item)) e.incoming.push_back(&l);
    }
    entries.push_back(std::move(e));
  }
  std::string body = "<h1>Trace of " + HtmlEscape(trace.ref) + "</h1>\n<p class=\"meta\">" +
                     std::to_string(trace.items.size()) + " item(s) across plans, oldest first; " +
                     std::to_string(trace.links.size()) + " link(s).</p>\n";
  body += TimelineHtml(entries, documents, false);
  return HtmlPage("Trace of " + trace.ref, body, true);
}

}  // namespace plantrace
