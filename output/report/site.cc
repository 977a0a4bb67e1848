#include "output/report/site.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

#include "output/report/html_page.h"
#include "output/report/timeline_html.h"
#include "pipeline/link/linker.h"
#include "pipeline/shared/item_ref.h"

namespace plantrace {
namespace {

std::string LineagePageName(size_t n) { return "lineage-" + std::to_string(n + 1) + ".html"; }

std::string Shorten(const std::string& s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "…";
}

std::string RefAnchor(const std::string& ref) {
  size_t hash = ref.find('#');
  if (hash == std::string::npos) return HtmlEscape(ref);
  return "<a href=\"" + HtmlEscape(DocumentPageName(ref.substr(0, hash))) + "#item-" +
         HtmlEscape(ref.substr(hash + 1)) + "\">" + HtmlEscape(ref) + "</a>";
}

std::string IndexPage(const ReportInput& in, const std::vector<DocumentRecord>& docs,
                      const std::map<std::string, size_t>& item_count) {
  std::string b = "<h1>Council plans and their recommendations</h1>\n";
  b += "<p class=\"meta\">" + std::to_string(docs.size()) + " documents, " +
       std::to_string(in.items.size()) + " items, " + std::to_string(in.links.size()) +
       " links across plans, " + std::to_string(in.lineages.size()) +
       " recurring recommendations.</p>\n<h2>Documents</h2>\n<table class=\"list documents\">"
       "<tr><th>Date</th><th>Plan cycle</th><th>Title</th><th>Publisher</th><th>Items</th></tr>\n";
  for (const DocumentRecord& d : docs) {
    auto it = item_count.find(d.doc_id);
    b += "<tr data-doc=\"" + HtmlEscape(d.doc_id) + "\"><td>" + HtmlEscape(d.date) + "</td><td>" +
         HtmlEscape(d.plan_cycle) + "</td><td><a href=\"" + HtmlEscape(DocumentPageName(d.doc_id)) +
         "\">" + HtmlEscape(d.title.empty() ? d.doc_id : d.title) + "</a></td><td>" +
         HtmlEscape(d.publisher) + "</td><td>" +
         std::to_string(it == item_count.end() ? 0 : it->second) + "</td></tr>\n";
  }
  b += "</table>\n<h2>Recurring recommendations</h2>\n<table class=\"list lineages\">"
       "<tr><th>Timeline</th><th>First made</th><th>Plans</th><th>Items</th></tr>\n";
  for (size_t n = 0; n < in.lineages.size(); ++n) {
    const Lineage& l = in.lineages[n];
    b += "<tr><td><a href=\"" + LineagePageName(n) + "\">" +
         HtmlEscape(Shorten(l.steps.front().item.text, 140)) + "</a></td><td>" +
         HtmlEscape(l.id) + "</td><td>" + std::to_string(l.doc_ids.size()) + "</td><td>" +
         std::to_string(l.steps.size()) + "</td></tr>\n";
  }
  b += "</table>\n";
  return HtmlPage("Council plans: documents and recurring recommendations", b, true);
}

std::string DocumentPage(const ReportInput& in, const DocumentRecord& d,
                         const std::map<std::string, size_t>& lineage_of) {
  std::string b = "<h1>" + HtmlEscape(d.title.empty() ? d.doc_id : d.title) + "</h1>\n";
  b += "<p class=\"meta\">" + HtmlEscape(d.publisher) + " &middot; " + HtmlEscape(d.date) +
       " &middot; plan cycle " + HtmlEscape(d.plan_cycle);
  if (!d.source.empty()) b += " &middot; source " + HtmlEscape(d.source);
  b += "</p>\n";
  for (const ItemRecord& item : in.items) {
    if (item.doc_id != d.doc_id) continue;
    const std::string ref = ItemRef(item);
    std::string extra;
    for (const LinkRecord& l : in.links) {
      if (l.to == ref) {
        extra += "<div class=\"link rel-" + HtmlEscape(l.relation) + "\">" + HtmlEscape(l.relation) +
                 " from " + RefAnchor(l.from) + "</div>";
      } else if (l.from == ref) {
        extra += "<div class=\"link rel-" + HtmlEscape(l.relation) + "\">" + HtmlEscape(l.relation) +
                 " in " + RefAnchor(l.to) + "</div>";
      }
    }
    auto it = lineage_of.find(ref);
    if (it != lineage_of.end()) {
      extra += "<div class=\"meta\"><a href=\"" + LineagePageName(it->second) +
               "\">Timeline of this recommendation</a></div>";
    }
    b += ItemCard(item, extra) + "\n";
  }
  return HtmlPage(d.title.empty() ? d.doc_id : d.title, b, false);
}

std::string LineagePage(const ReportInput& in, const Lineage& l) {
  std::vector<TimelineEntry> entries;
  std::map<std::string, bool> member;
  for (const LineageStep& s : l.steps) member[s.ref] = true;
  for (const LineageStep& s : l.steps) {
    TimelineEntry e;
    e.item = &s.item;
    for (const LinkRecord& link : in.links) {
      if (link.to == s.ref && member.count(link.from)) e.incoming.push_back(&link);
    }
    entries.push_back(std::move(e));
  }
  std::string b = "<h1>Recurring recommendation</h1>\n<p class=\"lede\">" +
                  HtmlEscape(l.steps.front().item.text) + "</p>\n<p class=\"meta\">First made in " +
                  RefAnchor(l.id) + "; " + std::to_string(l.steps.size()) + " items in " +
                  std::to_string(l.doc_ids.size()) + " plans, oldest first.</p>\n";
  b += TimelineHtml(entries, in.documents, true);
  return HtmlPage("Timeline: " + Shorten(l.steps.front().item.text, 80), b, false);
}

}  // namespace

std::vector<ReportPage> RenderReport(const ReportInput& input) {
  std::vector<DocumentRecord> docs = InDocumentOrder(input.documents);
  std::map<std::string, size_t> item_count;
  for (const ItemRecord& item : input.items) ++item_count[item.doc_id];
  std::map<std::string, size_t> lineage_of;
  for (size_t n = 0; n < input.lineages.size(); ++n) {
    for (const LineageStep& s : input.lineages[n].steps) lineage_of.emplace(s.ref, n);
  }
  std::vector<ReportPage> pages;
  pages.push_back({"index.html", IndexPage(input, docs, item_count)});
  for (const DocumentRecord& d : docs) {
    pages.push_back({DocumentPageName(d.doc_id), DocumentPage(input, d, lineage_of)});
  }
  for (size_t n = 0; n < input.lineages.size(); ++n) {
    pages.push_back({LineagePageName(n), LineagePage(input, input.lineages[n])});
  }
  return pages;
}

Status WriteReport(const ReportInput& input, const std::string& out_dir,
                   const std::function<void(size_t, size_t)>& on_page) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return Status::IOError(out_dir, ec.message());
  const std::vector<ReportPage> pages = RenderReport(input);
  for (size_t n = 0; n < pages.size(); ++n) {
    const std::string path = (std::filesystem::path(out_dir) / pages[n].name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << pages[n].html;
    out.close();
    if (!out) return Status::IOError(path, "cannot write");
    if (on_page) on_page(n + 1, pages.size());
  }
  return Status::Ok();
}

}  // namespace plantrace
