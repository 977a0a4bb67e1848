#include "extractors/html/html_dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <string>

namespace plantrace {
namespace {

constexpr size_t kMaxParserWarnings = 20;

std::string Lower(const char* s) {
  std::string out = s ? s : "";
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

const char* Chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }

// Collects libxml2's diagnostics instead of letting them reach stderr.
struct ErrorSink {
  std::vector<std::string>* warnings;
  size_t count = 0;
};

void OnStructuredError(void* user, xmlErrorPtr error) {
  auto* sink = static_cast<ErrorSink*>(user);
  if (sink == nullptr || error == nullptr) return;
  // libxml2 2.9 does not know HTML5 elements (section, aside, …) and calls
  // them invalid; they parse fine, so this is not worth a warning.
  if (error->code == XML_HTML_UNKNOWN_TAG) return;
  ++sink->count;
  if (sink->count > kMaxParserWarnings) return;
  std::string msg = error->message ? error->message : "unknown problem";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  sink->warnings->push_back("html parser: line " + std::to_string(error->line) + ": " + msg);
}

void IgnoreGenericError(void*, const char*, ...) {}

// Installs the sink for the duration of one parse and restores whatever was
// installed before. libxml2 keeps these handlers per thread.
class ScopedErrorHandler {
 public:
  explicit ScopedErrorHandler(ErrorSink* sink)
      : old_structured_(xmlStructuredError),
        old_structured_ctx_(xmlStructuredErrorContext),
        old_generic_(xmlGenericError),
        old_generic_ctx_(xmlGenericErrorContext) {
    xmlSetStructuredErrorFunc(sink, OnStructuredError);
    xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
  }
  ~ScopedErrorHandler() {
    xmlSetStructuredErrorFunc(old_structured_ctx_, old_structured_);
    xmlSetGenericErrorFunc(old_generic_ctx_, old_generic_);
  }
  ScopedErrorHandler(const ScopedErrorHandler&) = delete;
  ScopedErrorHandler& operator=(const ScopedErrorHandler&) = delete;

 private:
  xmlStructuredErrorFunc old_structured_;
  void* old_structured_ctx_;
  xmlGenericErrorFunc old_generic_;
  void* old_generic_ctx_;
};

std::string AttrValue(const xmlAttr* a) {
  std::string value;
  for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
    if (c->content) value += Chars(c->content);
  }
  return value;
}

// Copies libxml2's tree without recursion: the stack holds, per open level,
// the next sibling still to visit.
// Nodes in the tree, so the copy can be allocated once (regrowing a vector
// of millions of nodes dominated the time on big pages).
size_t CountNodes(const xmlDoc* doc) {
  size_t count = 0;
  const xmlNode* n = doc->children;
  while (n != nullptr) {
    ++count;
    if (n->children != nullptr && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n != nullptr && n->next == nullptr) {
      n = n->parent;
      if (n == nullptr || n == reinterpret_cast<const xmlNode*>(doc)) return count;
    }
    if (n != nullptr) n = n->next;
  }
  return count;
}

void CopyTree(const xmlDoc* doc, int max_depth, HtmlDom* dom) {
  dom->nodes.reserve(dom->nodes.size() + CountNodes(doc));
  struct Level {
    const xmlNode* next;
    int parent;
    int depth;
  };
  std::vector<Level> stack;
  stack.push_back({doc->children, 0, 1});
  bool warned_depth = false;
  while (!stack.empty()) {
    Level& level = stack.back();
    if (level.next == nullptr) {
      stack.pop_back();
      continue;
    }
    const xmlNode* n = level.next;
    level.next = n->next;
    const int parent = level.parent;
    const int depth = level.depth;
    if (n->type == XML_ELEMENT_NODE) {
      if (depth > max_depth) {
        if (!warned_depth) {
          dom->warnings.push_back("html: elements nested deeper than " +
                                  std::to_string(max_depth) + " levels were cut off");
          warned_depth = true;
        }
        continue;
      }
      DomNode node;
      node.name = Lower(Chars(n->name));
      for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
        node.attrs.emplace_back(Lower(Chars(a->name)), AttrValue(a));
      }
      const int index = dom->Add(std::move(node), parent);
      if (n->children != nullptr) stack.push_back({n->children, index, depth + 1});
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content == nullptr || *n->content == 0) continue;
      DomNode node;
      node.type = DomNode::Type::kText;
      node.text = Chars(n->content);
      dom->Add(std::move(node), parent);
    }
    // Comments, processing instructions and the doctype carry no content.
  }
}

}  // namespace

std::string_view DomNode::attr(std::string_view key) const {
  for (const auto& [k, v] : attrs) {
    if (k == key) return v;
  }
  return {};
}

bool DomNode::has_attr(std::string_view key) const {
  return std::any_of(attrs.begin(), attrs.end(), [&](const auto& kv) { return kv.first == key; });
}

int HtmlDom::Add(DomNode node, int parent) {
  node.parent = parent;
  nodes.push_back(std::move(node));
  const int index = static_cast<int>(nodes.size()) - 1;
  if (parent >= 0) nodes[parent].children.push_back(index);
  return index;
}

int HtmlDom::Find(std::string_view tag) const {
  // Node indices follow document order because the tree is built in pre-order.
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].is(tag)) return static_cast<int>(i);
  }
  return -1;
}

std::string HtmlDom::TextOf(int node) const {
  std::string out;
  if (node < 0) return out;
  std::vector<int> stack{node};
  while (!stack.empty()) {
    const DomNode& n = nodes[stack.back()];
    stack.pop_back();
    if (n.type == DomNode::Type::kText) out += n.text;
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

Result<HtmlDom> ParseHtmlDom(std::string_view utf8, std::string_view where, int max_depth) {
  if (utf8.size() > static_cast<size_t>(INT_MAX)) {
    return Status::ResourceLimit(where, "HTML file is larger than the parser accepts (2 GiB)");
  }
  HtmlDom dom;
  DomNode root;
  root.name = "#document";
  dom.Add(std::move(root), -1);

  // libxml2's globals (its dictionary's random seed and the mutex guarding
  // it) must be set up once before threads parse at once; two threads doing
  // it lazily can deadlock (seen with `ingest --jobs 2`).
  static std::once_flag init_once;
  std::call_once(init_once, xmlInitParser);
  ErrorSink sink{&dom.warnings};
  std::unique_ptr<htmlParserCtxt, void (*)(htmlParserCtxtPtr)> ctxt(htmlNewParserCtxt(),
                                                                      htmlFreeParserCtxt);
  if (!ctxt) return Status::ResourceLimit(where, "cannot allocate an HTML parser");
  // The bytes are already UTF-8 (see charset.h): IGNORE_ENC stops libxml2 from
  // re-decoding them because of a <meta charset>.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  htmlDocPtr doc = nullptr;
  {
    ScopedErrorHandler handler(&sink);
    doc = htmlCtxtReadMemory(ctxt.get(), utf8.data(), static_cast<int>(utf8.size()), nullptr,
                             "UTF-8", options);
  }
  if (doc == nullptr) return Status::Corruption(where, "the HTML parser produced no document");
  CopyTree(doc, max_depth, &dom);
  xmlFreeDoc(doc);
  if (sink.count > kMaxParserWarnings) {
    dom.warnings.push_back("html parser: " + std::to_string(sink.count - kMaxParserWarnings) +
                           " more problems not listed");
  }
  return dom;
}

}  // namespace plantrace
