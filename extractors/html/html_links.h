#pragma once
// The links of an HTML page, for `plantrace fetch`: each <a href> with its
// text, the page's <title> and its <base href>. Reuses the extractor's
// reading (charset detection, libxml2's forgiving parser) so that libxml2
// stays linked by this one target.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

struct HtmlLink {
  std::string href;  // as written (relative or absolute), trimmed
  std::string text;  // the anchor's text, spaces collapsed; else its title attribute
};

struct HtmlPageLinks {
  std::string title;  // <title>, spaces collapsed
  std::string base;   // <base href>, "" when absent
  std::vector<HtmlLink> links;  // in document order; empty hrefs and "#…" left out
};

// `bytes` in any charset the HTML extractor reads; `where` names the page in
// errors.
Result<HtmlPageLinks> FindHtmlLinks(std::string_view bytes, std::string_view where);

}  // namespace plantrace
