#include "output/report/site.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

#include "output/report/html_page.h"
#include "output/report/index_page.h"
#include "output/report/matrix_page.h"
#include "output/report/report_links.h"
#include "output/report/timeline_html.h"
#include "pipeline/link/linker.h"
#include "pipeline/shared/item_ref.h"

namespace plantrace {
namespace {

// The source of `doc_id` in the report folder, or "" when not there.
std::string SourceHref(const ReportInput& in, const std::string& doc_id) {
  auto it = in.source_files.find(doc_id);
  return it == in.source_files.end() ? "" : it->second;
}

// One link on a document page: the relation, the other item (its ref, its
// text) and the score.
std::string LinkLine(const LinkRecord& l, bool incoming,
                     const std::map<std::string, const ItemRecord*>& item_of) {
  const std::string& other = incoming ? l.from : l.to;
  std::string s = "<div class=\"link rel-" + HtmlEscape(l.relation) + "\"><b>" +
                  HtmlEscape(l.relation) + "</b> " + (incoming ? "from " : "in ") +
                  RefAnchor(other) + " &middot; score " + TimelineScore(l.score);
  auto it = item_of.find(other);
  if (it != item_of.end()) {
    s += "<div class=\"other\">" + HtmlEscape(Shorten(it->second->text, 400)) + "</div>";
  }
  return s + "</div>";
}

std::string DocumentPage(const ReportInput& in, const DocumentRecord& d,
                         const std::map<std::string, size_t>& lineage_of,
                         const std::map<std::string, const ItemRecord*>& item_of) {
  std::string b = "<h1>" + HtmlEscape(d.title.empty() ? d.doc_id : d.title) + "</h1>\n";
  // Null fields print as "unknown" / "undated", never as nothing.
  b += "<p class=\"meta\">" + HtmlEscape(d.publisher.empty() ? "publisher unknown" : d.publisher) +
       " &middot; " + HtmlEscape(d.date.empty() ? "undated" : d.date) + " &middot; plan cycle " +
       HtmlEscape(d.plan_cycle.empty() ? "unknown" : d.plan_cycle);
  const std::string source = SourceHref(in, d.doc_id);
  if (!source.empty()) {
    b += " &middot; <a href=\"" + HtmlEscape(source) + "\">source file</a>";
  } else if (!d.source.empty()) {
    b += " &middot; source " + HtmlEscape(d.source);
  }
  b += "</p>\n";
  for (const ItemRecord& item : in.items) {
    if (item.doc_id != d.doc_id) continue;
    const std::string ref = ItemRef(item);
    std::string extra;
    for (const LinkRecord& l : in.links) {
      if (l.to == ref) extra += LinkLine(l, true, item_of);
      if (l.from == ref) extra += LinkLine(l, false, item_of);
    }
    auto it = lineage_of.find(ref);
    if (it != lineage_of.end()) {
      extra += "<div class=\"meta\"><a href=\"" + LineagePageName(it->second) +
               "\">Timeline of this recommendation</a></div>";
    }
    b += ItemCard(item, extra, source) + "\n";
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
  // Titled by the latest wording: what the recommendation says now.
  std::string b = "<h1>Recurring recommendation</h1>\n<p class=\"lede\">" +
                  HtmlEscape(l.steps.back().item.text) + "</p>\n<p class=\"meta\">First made in " +
                  RefAnchor(l.id) + "; " + std::to_string(l.steps.size()) + " items in " +
                  std::to_string(l.doc_ids.size()) + " plans, oldest first.</p>\n";
  b += TimelineHtml(entries, in.documents, true, &in.source_files);
  return HtmlPage("Timeline: " + Shorten(l.steps.back().item.text, 80), b, false);
}

}  // namespace

std::vector<ReportPage> RenderReport(const ReportInput& input) {
  std::vector<DocumentRecord> docs = InDocumentOrder(input.documents);
  std::map<std::string, const ItemRecord*> item_of;
  for (const ItemRecord& item : input.items) item_of.emplace(ItemRef(item), &item);
  std::map<std::string, size_t> lineage_of;
  for (size_t n = 0; n < input.lineages.size(); ++n) {
    for (const LineageStep& s : input.lineages[n].steps) lineage_of.emplace(s.ref, n);
  }
  std::vector<ReportPage> pages;
  pages.push_back({"index.html", IndexPage(input, docs)});
  pages.push_back({"matrix.html", MatrixPage(input, docs)});
  for (const DocumentRecord& d : docs) {
    pages.push_back({DocumentPageName(d.doc_id), DocumentPage(input, d, lineage_of, item_of)});
  }
  for (size_t n = 0; n < input.lineages.size(); ++n) {
    pages.push_back({LineagePageName(n), LineagePage(input, input.lineages[n])});
  }
  return pages;
}

Status WriteReport(ReportInput input, const std::string& out_dir,
                   const std::function<void(size_t, size_t)>& on_page,
                   std::vector<std::string>* warnings) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(fs::path(out_dir) / "sources", ec);
  if (ec) return Status::IOError(out_dir, ec.message());
  for (const DocumentRecord& d : input.documents) {
    if (d.source.empty()) continue;
    const std::string name = SourceFileName(d.doc_id, d.format);
    const fs::path to = fs::path(out_dir) / name;
    fs::remove(to, ec);
    // A hard link costs no space; across file systems, a copy.
    fs::create_hard_link(d.source, to, ec);
    if (ec) fs::copy_file(d.source, to, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      if (warnings) warnings->push_back(d.source + ": not linked from the report: " + ec.message());
      continue;
    }
    input.source_files[d.doc_id] = name;
  }
  const std::vector<ReportPage> pages = RenderReport(input);
  for (size_t n = 0; n < pages.size(); ++n) {
    const std::string path = (fs::path(out_dir) / pages[n].name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << pages[n].html;
    out.close();
    if (!out) return Status::IOError(path, "cannot write");
    if (on_page) on_page(n + 1, pages.size());
  }
  return Status::Ok();
}

}  // namespace plantrace
