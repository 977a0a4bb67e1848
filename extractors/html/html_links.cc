#include "extractors/html/html_links.h"

#include "extractors/html/charset.h"
#include "extractors/html/html_dom.h"

namespace plantrace {
namespace {

// Deep enough for any real page; the parser stops there, it does not fail.
constexpr int kMaxDepth = 512;

std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

Result<HtmlPageLinks> FindHtmlLinks(std::string_view bytes, std::string_view where) {
  std::vector<std::string> warnings;
  const std::string utf8 = DecodeHtmlBytes(bytes, &warnings);
  Result<HtmlDom> dom = ParseHtmlDom(utf8, where, kMaxDepth);
  if (!dom.ok()) return dom.status();
  HtmlPageLinks out;
  for (size_t i = 0; i < dom->nodes.size(); ++i) {
    const DomNode& n = dom->nodes[i];
    if (!n.is_element()) continue;
    if (n.is("title") && out.title.empty()) {
      out.title = Collapse(dom->TextOf(static_cast<int>(i)));
    } else if (n.is("base") && out.base.empty()) {
      out.base = Collapse(n.attr("href"));
    } else if (n.is("a") && n.has_attr("href")) {
      HtmlLink link{Collapse(n.attr("href")), Collapse(dom->TextOf(static_cast<int>(i)))};
      if (link.href.empty() || link.href.front() == '#') continue;
      if (link.text.empty()) link.text = Collapse(n.attr("title"));
      out.links.push_back(std::move(link));
    }
  }
  return out;
}

}  // namespace plantrace
