#include "output/report/index_page.h"

#include <map>
#include <set>

#include "output/report/filter_script.h"
#include "output/report/html_page.h"
#include "output/report/report_links.h"
#include "pipeline/shared/item_ref.h"

namespace plantrace {
namespace {

const char* const kStatuses[] = {"complete", "on_track", "in_progress", "off_track",
                                 "not_started"};

std::string Option(const std::string& value, const std::string& label) {
  return "<option value=\"" + HtmlEscape(value) + "\">" + HtmlEscape(label) + "</option>";
}

std::string Select(const char* id, const char* all, const std::string& options) {
  return std::string("<select id=\"") + id + "\" aria-label=\"" + all + "\">" + Option("", all) +
         options + "</select>";
}

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string StatusChip(const ItemRecord& item) {
  const std::string v = item.status ? item.status->value : "none";
  return "<span class=\"status st-" + HtmlEscape(v) + "\">" +
         HtmlEscape(item.status ? v : "not stated") + "</span>";
}

std::string ItemsSection(const ReportInput& in, const std::vector<DocumentRecord>& docs) {
  std::map<std::string, std::string> theme_label;
  for (const Theme& t : in.themes) theme_label[t.id] = t.label;
  std::map<std::string, const DocumentRecord*> doc_of;
  for (const DocumentRecord& d : docs) doc_of[d.doc_id] = &d;

  std::set<std::string> owners;
  std::string rows;
  for (const DocumentRecord& d : docs) {
    for (const ItemRecord& item : in.items) {
      if (item.doc_id != d.doc_id) continue;
      const std::string ref = ItemRef(item);
      std::vector<std::string> ids, labels, titles;
      if (auto t = in.item_themes.find(ref); t != in.item_themes.end()) ids = t->second;
      for (const std::string& id : ids) labels.push_back(theme_label.count(id) ? theme_label[id] : id);
      for (const OwnerRecord& o : item.owners) {
        titles.push_back(o.title.empty() ? o.raw : o.title);
        owners.insert(titles.back());
      }
      rows += "<tr data-theme=\"" + HtmlEscape(Join(ids, " ")) + "\" data-owner=\"" +
              HtmlEscape(Join(titles, "|")) + "\" data-status=\"" +
              HtmlEscape(item.status ? item.status->value : "none") + "\" data-plan=\"" +
              HtmlEscape(d.doc_id) + "\"><td>" + RefAnchor(ref) + "</td><td>" +
              HtmlEscape(PlanLabel(d)) + "</td><td>" + HtmlEscape(Join(labels, "; ")) +
              "</td><td>" + HtmlEscape(Join(titles, "; ")) + "</td><td>" + StatusChip(item) +
              "</td><td class=\"text\">" + HtmlEscape(item.text) + "</td></tr>\n";
    }
  }
  std::string theme_options, owner_options, status_options, plan_options;
  for (const Theme& t : in.themes) theme_options += Option(t.id, t.label);
  for (const std::string& o : owners) owner_options += Option(o, o);
  for (const char* s : kStatuses) status_options += Option(s, s);
  status_options += Option("none", "not stated");
  for (const DocumentRecord& d : docs) {
    plan_options += Option(d.doc_id, PlanLabel(d) + " · " + (d.title.empty() ? d.doc_id : d.title));
  }
  return "<h2>Items</h2>\n<div class=\"filters\"><input type=\"search\" id=\"q\" "
         "placeholder=\"Search the items' text, owners, themes…\" aria-label=\"Search\">" +
         Select("theme", "All themes", theme_options) +
         Select("owner", "All owners", owner_options) +
         Select("status", "Any status", status_options) +
         Select("plan", "All plans", plan_options) +
         "<span id=\"count\">" + std::to_string(in.items.size()) + " items</span></div>\n"
         "<table class=\"list items\" id=\"items\"><thead><tr><th>Item</th><th>Plan</th>"
         "<th>Themes</th><th>Owners</th><th>Status</th><th>Text</th></tr></thead><tbody>\n" +
         rows + "</tbody></table>\n";
}

std::string DocumentsSection(const std::vector<DocumentRecord>& docs,
                             const std::map<std::string, size_t>& item_count) {
  std::string b = "<h2>Documents</h2>\n<table class=\"list documents\">"
                  "<tr><th>Date</th><th>Plan cycle</th><th>Title</th><th>Publisher</th>"
                  "<th>Items</th></tr>\n";
  for (const DocumentRecord& d : docs) {
    auto it = item_count.find(d.doc_id);
    b += "<tr data-doc=\"" + HtmlEscape(d.doc_id) + "\"><td>" + HtmlEscape(d.date) + "</td><td>" +
         HtmlEscape(d.plan_cycle) + "</td><td><a href=\"" + HtmlEscape(DocumentPageName(d.doc_id)) +
         "\">" + HtmlEscape(d.title.empty() ? d.doc_id : d.title) + "</a></td><td>" +
         HtmlEscape(d.publisher) + "</td><td>" +
         std::to_string(it == item_count.end() ? 0 : it->second) + "</td></tr>\n";
  }
  return b + "</table>\n";
}

std::string TimelinesSection(const ReportInput& in) {
  // Themes in lexicon order, then the lineages without a theme.
  std::vector<std::pair<std::string, std::string>> groups;
  for (const Theme& t : in.themes) groups.emplace_back(t.id, t.label);
  groups.emplace_back("", "Other recommendations");
  std::map<std::string, std::vector<size_t>> by_theme;
  for (size_t n = 0; n < in.lineages.size(); ++n) {
    by_theme[LineageTheme(in, in.lineages[n])].push_back(n);
  }
  std::string b = "<h2>Recurring recommendations</h2>\n<p class=\"meta\">Grouped by theme, each "
                  "titled by its latest wording.</p>\n";
  for (const auto& [id, label] : groups) {
    auto found = by_theme.find(id);
    if (found == by_theme.end()) continue;
    b += "<h3 data-theme=\"" + HtmlEscape(id) + "\">" + HtmlEscape(label) +
         "</h3>\n<table class=\"list lineages\"><tr><th>Timeline (latest wording)</th>"
         "<th>First made</th><th>Plans</th><th>Items</th></tr>\n";
    for (size_t n : found->second) {
      const Lineage& l = in.lineages[n];
      b += "<tr><td><a href=\"" + LineagePageName(n) + "\">" +
           HtmlEscape(Shorten(l.steps.back().item.text, 160)) + "</a></td><td>" +
           RefAnchor(l.id) + "</td><td>" + std::to_string(l.doc_ids.size()) + "</td><td>" +
           std::to_string(l.steps.size()) + "</td></tr>\n";
    }
    b += "</table>\n";
  }
  return b;
}

}  // namespace

std::string LineageTheme(const ReportInput& in, const Lineage& lineage) {
  for (auto s = lineage.steps.rbegin(); s != lineage.steps.rend(); ++s) {
    auto t = in.item_themes.find(s->ref);
    if (t != in.item_themes.end() && !t->second.empty()) return t->second.front();
  }
  return "";
}

std::string IndexPage(const ReportInput& in, const std::vector<DocumentRecord>& docs) {
  std::map<std::string, size_t> item_count;
  for (const ItemRecord& item : in.items) ++item_count[item.doc_id];
  std::string b = "<h1>Council plans and their recommendations</h1>\n";
  b += "<p class=\"meta\">" + std::to_string(docs.size()) + " documents, " +
       std::to_string(in.items.size()) + " items, " + std::to_string(in.links.size()) +
       " links across plans, " + std::to_string(in.lineages.size()) +
       " recurring recommendations. <a href=\"matrix.html\">Themes × plan cycles</a> · "
       "<a href=\"#documents\">Documents</a> · <a href=\"#timelines\">Recurring "
       "recommendations</a></p>\n";
  b += ItemsSection(in, docs);
  b += "<div id=\"documents\">" + DocumentsSection(docs, item_count) + "</div>\n";
  b += "<div id=\"timelines\">" + TimelinesSection(in) + "</div>\n";
  b += "<script>" + std::string(ReportFilterScript()) + "</script>\n";
  return HtmlPage("Council plans: documents and recurring recommendations", b, true);
}

}  // namespace plantrace
