#include "extractors/html/html_extractor.h"

#include <initializer_list>
#include <optional>
#include <utility>

#include "extractors/html/charset.h"
#include "extractors/html/flow_walker.h"
#include "extractors/html/html_dom.h"
#include "model/calendar_date.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

bool HasVisibleBytes(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f") != std::string_view::npos;
}

// The document's <title>, not an SVG or MathML one.
std::string DocumentTitle(const HtmlDom& dom) {
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    if (!dom.nodes[i].is("title")) continue;
    bool foreign = false;
    for (int p = dom.nodes[i].parent; p >= 0 && !foreign; p = dom.nodes[p].parent) {
      foreign = dom.nodes[p].is("svg") || dom.nodes[p].is("math");
    }
    if (!foreign) return CollapseSpaces(CleanText(dom.TextOf(static_cast<int>(i))));
  }
  return "";
}

// The content of the first <meta name="…"> (or property="…") among `names`,
// compared case-insensitively; "" when none. generator is what made the page,
// like a PDF's producer; author and the Dublin Core / Open Graph dates are
// the page's own metadata.
std::string MetaContent(const HtmlDom& dom, std::initializer_list<std::string_view> names) {
  auto lower = [](std::string_view v) {
    std::string s(v);
    for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return s;
  };
  for (std::string_view want : names) {
    for (const DomNode& n : dom.nodes) {
      if (!n.is("meta")) continue;
      if (lower(n.attr("name")) != want && lower(n.attr("property")) != want) continue;
      return CollapseSpaces(CleanText(n.attr("content")));
    }
  }
  return "";
}

// "2024-04-04" or "2024-04-04T10:00…" → "2024-04-04"; anything else "".
std::string IsoDayPrefix(const std::string& s) {
  std::optional<CalendarDate> d = CalendarDate::FromIso(std::string_view(s).substr(0, 10));
  return d && s.size() >= 10 ? d->Iso() : "";
}

}  // namespace

Result<Document> ExtractHtml(std::string_view bytes, const std::string& path,
                             const ExtractOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return Status::ResourceLimit(path, "HTML file is larger than the configured limit");
  }
  Document doc;
  std::string utf8 = DecodeHtmlBytes(bytes, &doc.warnings);
  if (!HasVisibleBytes(utf8)) return Status::Corruption(path, "the HTML file is empty");

  Result<HtmlDom> dom = ParseHtmlDom(utf8, path, options.max_html_depth);
  if (!dom.ok()) return dom.status();
  utf8.clear();
  utf8.shrink_to_fit();
  for (std::string& w : dom->warnings) doc.warnings.push_back(std::move(w));

  doc.source.format = "html";
  doc.source.pages = 1;
  doc.pages.push_back(PageInfo{1, 0, 0, 0});
  doc.source.title = DocumentTitle(dom.value());
  doc.source.producer = MetaContent(dom.value(), {"generator"});
  doc.source.author = MetaContent(dom.value(), {"author", "dc.creator", "dcterms.creator"});
  doc.source.created = IsoDayPrefix(MetaContent(
      dom.value(), {"dcterms.created", "dc.date", "dcterms.issued", "date",
                    "article:published_time"}));

  int body = dom->Find("body");
  if (body < 0) body = 0;  // no <body> (libxml2 normally adds one): read everything
  FlowSettings settings;
  settings.mode = FlowMode::kDocument;
  settings.find_tables = options.find_tables;
  FlowBudget budget;
  FlowOutput out;
  WalkFlow(dom.value(), body, settings, &budget, &out);
  for (std::string& w : out.warnings) doc.warnings.push_back(std::move(w));
  if (budget.exhausted) {
    doc.warnings.push_back("html: the document has more blocks and table cells than the "
                           "extractor keeps; the rest was dropped");
  }
  if (out.blocks.empty() && out.tables.empty()) {
    // Say why when the depth limit stopped reading before any text.
    if (dom->cut_off) {
      return Status::ResourceLimit(path, "no text before elements nested deeper than " +
                                             std::to_string(options.max_html_depth) +
                                             " levels, where reading stops");
    }
    return Status::Corruption(path, "no text found in the HTML document");
  }

  // Ids follow reading order: b1, b2, … and t1, t2, … counted separately.
  std::vector<std::string> block_ids(out.blocks.size()), table_ids(out.tables.size());
  size_t next_block = 0, next_table = 0;
  for (const FlowItem& item : out.order) {
    if (item.is_table) {
      table_ids[item.index] = "t" + std::to_string(++next_table);
      doc.reading_order.push_back(table_ids[item.index]);
    } else {
      block_ids[item.index] = "b" + std::to_string(++next_block);
      doc.reading_order.push_back(block_ids[item.index]);
    }
  }
  for (size_t i = 0; i < out.blocks.size(); ++i) out.blocks[i].id = block_ids[i];
  for (size_t i = 0; i < out.tables.size(); ++i) out.tables[i].id = table_ids[i];
  doc.blocks = std::move(out.blocks);
  doc.tables = std::move(out.tables);
  return doc;
}

}  // namespace plantrace
