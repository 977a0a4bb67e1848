#include "output/report/matrix_page.h"

#include <map>

#include "output/report/html_page.h"
#include "output/report/report_links.h"
#include "pipeline/shared/item_ref.h"

namespace plantrace {

std::string MatrixPage(const ReportInput& in, const std::vector<DocumentRecord>& docs) {
  // Columns: plan labels in the order their first document comes.
  std::vector<std::string> columns;
  std::map<std::string, std::string> column_of;  // doc_id -> label
  for (const DocumentRecord& d : docs) {
    const std::string label = PlanLabel(d);
    column_of[d.doc_id] = label;
    bool seen = false;
    for (const std::string& c : columns) seen = seen || c == label;
    if (!seen) columns.push_back(label);
  }
  std::vector<std::pair<std::string, std::string>> rows;  // theme id, label
  for (const Theme& t : in.themes) rows.emplace_back(t.id, t.label);
  rows.emplace_back("", "No theme");

  // (theme, column) -> chips, in document order.
  std::map<std::pair<std::string, std::string>, std::string> cells;
  for (const DocumentRecord& d : docs) {
    for (const ItemRecord& item : in.items) {
      if (item.doc_id != d.doc_id) continue;
      const std::string ref = ItemRef(item);
      std::vector<std::string> themes;
      if (auto t = in.item_themes.find(ref); t != in.item_themes.end()) themes = t->second;
      if (themes.empty()) themes.push_back("");
      const std::string status = item.status ? item.status->value : "none";
      const std::string chip = "<a class=\"chip status st-" + HtmlEscape(status) + "\" href=\"" +
                               HtmlEscape(ItemHref(ref)) + "\" title=\"" +
                               HtmlEscape(Shorten(item.text, 300) + " — " +
                                          (item.status ? status : "status not stated")) +
                               "\">" + HtmlEscape(item.item_id) + "</a>";
      for (const std::string& t : themes) cells[{t, column_of[d.doc_id]}] += chip;
    }
  }

  std::string b =
      "<h1>Themes across plan cycles</h1>\n<p class=\"meta\">Each cell holds the items of a "
      "theme in a plan cycle, coloured by status: <span class=\"status st-complete\">complete"
      "</span> <span class=\"status st-on_track\">on_track</span> <span class=\"status "
      "st-in_progress\">in_progress</span> <span class=\"status st-off_track\">off_track</span> "
      "<span class=\"status st-not_started\">not_started</span> <span class=\"status st-none\">"
      "not stated</span>. An item with several themes is in each of their rows.</p>\n"
      "<table class=\"matrix\"><tr><th>Theme</th>";
  for (const std::string& c : columns) b += "<th>" + HtmlEscape(c) + "</th>";
  b += "</tr>\n";
  for (const auto& [id, label] : rows) {
    std::string cells_html;
    bool any = false;
    for (const std::string& c : columns) {
      auto found = cells.find({id, c});
      any = any || found != cells.end();
      cells_html += "<td>" + (found == cells.end() ? std::string() : found->second) + "</td>";
    }
    if (!any) continue;
    b += "<tr data-theme=\"" + HtmlEscape(id) + "\"><th>" + HtmlEscape(label) + "</th>" +
         cells_html + "</tr>\n";
  }
  b += "</table>\n";
  return HtmlPage("Council plans: themes across plan cycles", b, false);
}

}  // namespace plantrace
