#include "output/report/html_page.h"

#include <set>

namespace plantrace {
namespace {

constexpr const char* kStyle = R"css(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;
max-width:1400px;padding:1em 2em;color:#1d2433;background:#fbfbfd}
h1{font-size:1.6em;margin:.3em 0}h2{font-size:1.25em;margin:1.4em 0 .4em}
a{color:#1f5fbf}nav{font-size:.9em;margin-bottom:1em}
table.list{border-collapse:collapse;width:100%}
table.list td,table.list th{border-bottom:1px solid #dde;padding:.35em .5em;text-align:left;
vertical-align:top}
.card{background:#fff;border:1px solid #d4d8e2;border-radius:6px;padding:.6em .8em;margin:.5em 0}
.card .ref{font-weight:600;font-size:.85em;color:#556}
.card .text{margin:.3em 0;font-weight:500}
.card ul{margin:.2em 0 .2em 1.2em;padding:0}
.meta{font-size:.85em;color:#445}.meta b{color:#223}
.status{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.8em;font-weight:600}
.st-complete{background:#d7f0dc;color:#16602a}.st-on_track{background:#fff1c7;color:#6b5200}
.st-in_progress{background:#e1ebfb;color:#1e4b94}.st-off_track{background:#fbd9d9;color:#8e1b1b}
.st-not_started{background:#eee;color:#444}.st-none{background:#f1f1f4;color:#667}
.timeline{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(260px,1fr);gap:1em;
overflow-x:auto;align-items:start}
.plan h3{font-size:1em;margin:.2em 0;border-bottom:3px solid #1f5fbf;padding-bottom:.2em}
.link{font-size:.8em;color:#334;background:#f3f5fa;border-left:3px solid #1f5fbf;
padding:.2em .5em;margin-top:.4em}
.rel-recurs{border-color:#b5121b}.rel-continues{border-color:#16802a}.rel-related{border-color:#999}
.link .other{color:#445;font-style:italic;margin-top:.15em}
.filters{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:.6em 0;
position:sticky;top:0;background:#fbfbfd;padding:.4em 0;z-index:1}
.filters input[type=search]{flex:1 1 18em;font:inherit;padding:.3em .5em}
.filters select{font:inherit;max-width:16em}#count{font-size:.85em;color:#445}
table.items td.text{max-width:46em}tr[hidden]{display:none}
table.matrix{border-collapse:collapse}table.matrix th,table.matrix td{border:1px solid #dde;
padding:.3em;vertical-align:top;text-align:left}table.matrix td{min-width:8em}
.chip{display:inline-block;border-radius:3px;padding:0 .35em;margin:.1em;font-size:.8em;
text-decoration:none;color:#223}
)css";

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlPage(std::string_view title, std::string_view body, bool is_index) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + HtmlEscape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  if (!is_index) out += "<nav><a href=\"index.html\">&larr; All documents and timelines</a></nav>\n";
  out += body;
  out += "\n</body>\n</html>\n";
  return out;
}

std::string DocumentPageName(std::string_view doc_id) {
  std::string out = "doc-";
  for (char c : doc_id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else {
      out += ok ? c : '_';
    }
  }
  return out + ".html";
}

std::string OwnersText(const ItemRecord& item) {
  std::string s;
  for (const OwnerRecord& o : item.owners) {
    if (!s.empty()) s += "; ";
    s += o.title.empty() ? o.raw : o.title;
    if (o.interim) s += " (interim)";
  }
  return s;
}

std::string DatesText(const ItemRecord& item) {
  std::string s;
  for (const DateRecord& d : item.dates) {
    if (d.role != "due" && d.role != "start") continue;
    if (!s.empty()) s += "; ";
    s += d.role + " " + d.raw;
  }
  return s;
}

std::string SourceFileName(std::string_view doc_id, std::string_view format) {
  std::string page = DocumentPageName(doc_id);  // "doc-<safe id>.html"
  return "sources/" + page.substr(4, page.size() - 9) + "." +
         std::string(format == "html" ? "html" : "pdf");
}

std::string PagesHtml(const ItemRecord& item, std::string_view source_href) {
  if (source_href.empty()) return HtmlEscape(PagesText(item));
  const bool pdf = source_href.size() > 4 && source_href.substr(source_href.size() - 4) == ".pdf";
  std::set<int> pages;
  for (const ProvenanceRecord& p : item.provenance) {
    if (p.page > 0) pages.insert(p.page);
  }
  std::string s;
  for (int p : pages) {
    const std::string n = std::to_string(p);
    s += (s.empty() ? "" : ", ") + std::string("<a href=\"") + HtmlEscape(source_href) +
         (pdf ? "#page=" + n : "") + "\">" + n + "</a>";
  }
  return s;
}

std::string PagesText(const ItemRecord& item) {
  std::set<int> pages;
  for (const ProvenanceRecord& p : item.provenance) {
    if (p.page > 0) pages.insert(p.page);
  }
  std::string s;
  for (int p : pages) s += (s.empty() ? "" : ", ") + std::to_string(p);
  return s;
}

namespace {

std::string List(const char* label, const std::vector<std::string>& entries) {
  if (entries.empty()) return "";
  std::string s = "<div class=\"meta\"><b>" + std::string(label) + "</b><ul>";
  for (const std::string& e : entries) s += "<li>" + HtmlEscape(e) + "</li>";
  return s + "</ul></div>";
}

}  // namespace

std::string ItemCard(const ItemRecord& item, std::string_view extra, std::string_view source_href) {
  std::string id = HtmlEscape(item.doc_id + "#" + item.item_id);
  std::string s = "<div class=\"card item\" id=\"item-" + HtmlEscape(item.item_id) +
                  "\" data-ref=\"" + id + "\">";
  s += "<div class=\"ref\">" + HtmlEscape(item.item_id) + " &middot; " + HtmlEscape(item.kind);
  if (item.section) s += " &middot; " + HtmlEscape(*item.section);
  s += "</div>";
  s += "<div class=\"text\">" + HtmlEscape(item.text) + "</div>";
  s += List("Actions", item.actions);
  s += List("Deliverables", item.deliverables);
  std::vector<std::string> updates;
  for (const UpdateRecord& u : item.updates) {
    updates.push_back((u.as_of ? "(" + *u.as_of + ") " : std::string()) + u.text);
  }
  s += List("Updates", updates);
  std::string owners = OwnersText(item), dates = DatesText(item), pages = PagesText(item);
  s += "<div class=\"meta\">";
  if (!owners.empty()) s += "<b>Owners:</b> <span class=\"owners\">" + HtmlEscape(owners) + "</span> ";
  if (!dates.empty()) s += "<b>Dates:</b> <span class=\"dates\">" + HtmlEscape(dates) + "</span> ";
  if (item.status) {
    s += "<b>Status:</b> <span class=\"status st-" + HtmlEscape(item.status->value) + "\">" +
         HtmlEscape(item.status->value) + "</span> ";
  } else {
    s += "<b>Status:</b> <span class=\"status st-none\">not stated</span> ";
  }
  if (!pages.empty()) {
    s += "<b>Source page(s):</b> <span class=\"pages\">" + PagesHtml(item, source_href) + "</span>";
  }
  s += "</div>";
  s += extra;
  return s + "</div>";
}

}  // namespace plantrace
