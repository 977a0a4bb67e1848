#include "extractors/html/html_dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <climits>
#include <cstring>
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

// Builds the HtmlDom straight from libxml2's SAX events, so libxml2 never
// builds a tree of its own (that doubled the memory of big pages).
struct SaxBuilder {
  HtmlDom* dom;
  int max_depth;
  std::vector<int> open;  // our nodes of the elements currently open
  bool stopped = false;
};

SaxBuilder* BuilderOf(void* ctx) {
  return static_cast<SaxBuilder*>(static_cast<htmlParserCtxtPtr>(ctx)->_private);
}

void OnStartElement(void* ctx, const xmlChar* name, const xmlChar** atts) {
  SaxBuilder* b = BuilderOf(ctx);
  if (b->stopped) return;
  if (static_cast<int>(b->open.size()) > b->max_depth) {
    // Without a tree, libxml2 no longer applies its own depth limit, and it
    // scans its whole stack of open elements for an end tag such as </div>
    // under many <i>: deep nesting would cost time quadratic in the depth
    // (300,000 of each: over a minute). So reading stops here.
    b->stopped = true;
    b->dom->cut_off = true;
    b->dom->warnings.push_back("html: elements nested deeper than " +
                               std::to_string(b->max_depth) +
                               " levels; the rest of the document was not read");
    xmlStopParser(static_cast<htmlParserCtxtPtr>(ctx));
    return;
  }
  DomNode node;
  node.name = Lower(Chars(name));
  for (int i = 0; atts != nullptr && atts[i] != nullptr; i += 2) {
    node.attrs.emplace_back(Lower(Chars(atts[i])), atts[i + 1] ? Chars(atts[i + 1]) : "");
  }
  b->open.push_back(b->dom->Add(std::move(node), b->open.back()));
}

void OnEndElement(void* ctx, const xmlChar*) {
  SaxBuilder* b = BuilderOf(ctx);
  if (!b->stopped && b->open.size() > 1) b->open.pop_back();
}

void OnCharacters(void* ctx, const xmlChar* ch, int len) {
  SaxBuilder* b = BuilderOf(ctx);
  if (b->stopped || len <= 0) return;
  HtmlDom& dom = *b->dom;
  DomNode& parent = dom.nodes[b->open.back()];
  // libxml2 hands over text in chunks: join them into one text node.
  if (!parent.children.empty() && !dom.nodes[parent.children.back()].is_element()) {
    dom.nodes[parent.children.back()].text.append(Chars(ch), len);
    return;
  }
  DomNode node;
  node.type = DomNode::Type::kText;
  node.text.assign(Chars(ch), len);
  dom.Add(std::move(node), b->open.back());
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

  // Roughly one element and one text node per '<': allocate once.
  dom.nodes.reserve(2 * static_cast<size_t>(std::count(utf8.begin(), utf8.end(), '<')) + 8);

  ErrorSink sink{&dom.warnings};
  SaxBuilder builder{&dom, max_depth, {0}};
  std::unique_ptr<htmlParserCtxt, void (*)(htmlParserCtxtPtr)> ctxt(
      htmlCreateMemoryParserCtxt(utf8.data(), static_cast<int>(utf8.size())), htmlFreeParserCtxt);
  if (!ctxt || ctxt->sax == nullptr) {
    return Status::ResourceLimit(where, "cannot allocate an HTML parser");
  }
  std::memset(ctxt->sax, 0, sizeof(htmlSAXHandler));
  ctxt->sax->startElement = OnStartElement;
  ctxt->sax->endElement = OnEndElement;
  ctxt->sax->characters = OnCharacters;
  ctxt->sax->cdataBlock = OnCharacters;  // script/style bodies (skipped later)
  ctxt->sax->initialized = 1;
  ctxt->_private = &builder;
  // The bytes are already UTF-8 (see charset.h): IGNORE_ENC stops libxml2 from
  // re-decoding them because of a <meta charset>.
  xmlSwitchEncoding(ctxt.get(), XML_CHAR_ENCODING_UTF8);
  htmlCtxtUseOptions(ctxt.get(), HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                     HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
  {
    ScopedErrorHandler handler(&sink);
    htmlParseDocument(ctxt.get());
  }
  if (ctxt->myDoc != nullptr) {  // not expected without tree callbacks
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
  }
  if (sink.count > kMaxParserWarnings) {
    dom.warnings.push_back("html parser: " + std::to_string(sink.count - kMaxParserWarnings) +
                           " more problems not listed");
  }
  return dom;
}

}  // namespace plantrace
