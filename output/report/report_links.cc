#include "output/report/report_links.h"

#include "output/report/html_page.h"

namespace plantrace {

std::string LineagePageName(size_t n) { return "lineage-" + std::to_string(n + 1) + ".html"; }

std::string ItemHref(const std::string& ref) {
  const size_t hash = ref.find('#');
  if (hash == std::string::npos) return DocumentPageName(ref);
  return DocumentPageName(ref.substr(0, hash)) + "#item-" + ref.substr(hash + 1);
}

std::string RefAnchor(const std::string& ref) {
  if (ref.find('#') == std::string::npos) return HtmlEscape(ref);
  return "<a href=\"" + HtmlEscape(ItemHref(ref)) + "\">" + HtmlEscape(ref) + "</a>";
}

std::string PlanLabel(const DocumentRecord& doc) {
  if (!doc.plan_cycle.empty()) return doc.plan_cycle;
  if (doc.date.size() >= 4) return doc.date.substr(0, 4);
  return doc.doc_id;
}

std::string Shorten(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "…";
}

}  // namespace plantrace
