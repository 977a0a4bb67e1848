#include "output/report/timeline_html.h"

#include <iomanip>
#include <sstream>

#include "output/report/html_page.h"

namespace plantrace {
std::string TimelineScore(double s) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << std::fixed << std::setprecision(2) << s;
  return out.str();
}

std::string TimelineHtml(const std::vector<TimelineEntry>& entries,
                         const std::vector<DocumentRecord>& documents, bool link_documents,
                         const std::map<std::string, std::string>* source_files) {
  std::string s = "<div class=\"timeline\">";
  size_t k = 0;
  while (k < entries.size()) {
    const std::string& doc_id = entries[k].item->doc_id;
    const DocumentRecord* doc = nullptr;
    for (const DocumentRecord& d : documents) {
      if (d.doc_id == doc_id) doc = &d;
    }
    s += "<section class=\"plan\" data-doc=\"" + HtmlEscape(doc_id) + "\"><h3>";
    std::string heading = doc ? doc->date + " · " + doc->title : doc_id;
    if (link_documents) {
      s += "<a href=\"" + HtmlEscape(DocumentPageName(doc_id)) + "\">" + HtmlEscape(heading) + "</a>";
    } else {
      s += HtmlEscape(heading);
    }
    if (doc && !doc->plan_cycle.empty()) {
      s += " <span class=\"meta\">(plan cycle " + HtmlEscape(doc->plan_cycle) + ")</span>";
    }
    s += "</h3>";
    for (; k < entries.size() && entries[k].item->doc_id == doc_id; ++k) {
      std::string extra;
      for (const LinkRecord* l : entries[k].incoming) {
        extra += "<div class=\"link rel-" + HtmlEscape(l->relation) + "\"><b>" +
                 HtmlEscape(l->relation) + "</b> " + HtmlEscape(l->from) + " (score " +
                 TimelineScore(l->score) + ")";
        for (const std::string& w : l->why) extra += "<br>" + HtmlEscape(w);
        extra += "</div>";
      }
      std::string source;
      if (source_files) {
        auto found = source_files->find(doc_id);
        if (found != source_files->end()) source = found->second;
      }
      s += ItemCard(*entries[k].item, extra, source);
    }
    s += "</section>";
  }
  return s + "</div>";
}

}  // namespace plantrace
