#pragma once
// HtmlDom: a small, libxml2-free HTML tree, built from libxml2 parser events.
//
// libxml2 is confined to html_dom.cc; everything else in the HTML extractor
// (the block walker, the table builder, tests) works on this plain structure,
// which keeps libxml2 types out of headers and makes the tree easy to build
// by hand in tests. Nodes live in one vector and refer to each other by index.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"

namespace plantrace {

struct DomNode {
  enum class Type { kElement, kText };
  Type type = Type::kElement;
  std::string name;  // lower-case tag name (elements)
  std::vector<std::pair<std::string, std::string>> attrs;  // lower-case names
  std::string text;  // UTF-8 character data (text nodes)
  int parent = -1;
  std::vector<int> children;

  bool is_element() const { return type == Type::kElement; }
  bool is(std::string_view tag) const { return type == Type::kElement && name == tag; }
  // The attribute's value, or "" when absent.
  std::string_view attr(std::string_view key) const;
  bool has_attr(std::string_view key) const;
};

struct HtmlDom {
  std::vector<DomNode> nodes;  // nodes[0] is the document root (name "#document")
  std::vector<std::string> warnings;
  // Reading stopped at an element nested deeper than the depth limit.
  bool cut_off = false;

  // Appends a node under `parent` (-1: none) and returns its index.
  int Add(DomNode node, int parent);
  // The first element named `tag` in document order, or -1.
  int Find(std::string_view tag) const;
  // All character data under `node`, concatenated in document order.
  std::string TextOf(int node) const;
};

// Parses UTF-8 HTML with libxml2's forgiving HTML parser (recovering from
// broken markup as browsers do). Parser diagnostics go into `warnings`, never
// to stderr. At an element nested deeper than `max_depth` reading stops, with
// a warning. `where` names the input in errors.
Result<HtmlDom> ParseHtmlDom(std::string_view utf8, std::string_view where, int max_depth);

}  // namespace plantrace
