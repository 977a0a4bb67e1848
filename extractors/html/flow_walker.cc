#include "extractors/html/flow_walker.h"

#include <utility>

#include "extractors/html/html_elements.h"
#include "extractors/html/html_table.h"
#include "extractors/html/list_marker.h"

namespace plantrace {
namespace {

enum class Chrome { kNone, kHeader, kFooter };

// What the text gathered inside a block element becomes.
struct Context {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  std::string marker;
  int owner = -1;         // list items: the context of the <li> that owns the marker
  bool used = false;      // <li>: its first text has been emitted
  bool footnote = false;  // inside a footnote container
  bool sectioning = false;  // inside article/section/main/aside (header/footer are not page chrome)
  Chrome chrome = Chrome::kNone;
};

struct ListState {
  bool ordered = false;
  int next = 1;
  char type = '1';  // see ListStyleType(); '-' = no marker
};

struct Frame {
  int node;
  size_t next_child = 0;
  InlineStyle style;
  bool pushed_context = false;
  bool pushed_list = false;
};

// Removes the first `n` bytes of the run's text from its text and spans.
void DropPrefix(size_t n, InlineRun* run) {
  run->text.erase(0, n);
  while (n > 0 && !run->spans.empty()) {
    std::string& first = run->spans.front().text;
    const size_t k = std::min(n, first.size());
    first.erase(0, k);
    n -= k;
    if (first.empty()) run->spans.erase(run->spans.begin());
  }
}

char ListTypeOf(const DomNode& el, char fallback) {
  if (const char t = ListStyleType(el.attr("type"))) return t;
  const std::string_view style = el.attr("style");
  if (!style.empty()) {
    std::string v = CssValue(style, "list-style-type");
    if (v.empty()) v = CssValue(style, "list-style");
    // "list-style: none inside" -> the first word that names a type
    size_t i = 0;
    while (i < v.size()) {
      size_t end = v.find(' ', i);
      if (end == std::string::npos) end = v.size();
      if (const char t = ListStyleType(std::string_view(v).substr(i, end - i))) return t;
      i = end + 1;
    }
  }
  return fallback;
}

class Walker {
 public:
  Walker(const HtmlDom& dom, const FlowSettings& settings, FlowBudget* budget, FlowOutput* out)
      : dom_(dom), settings_(settings), budget_(budget), out_(out) {}

  void Run(int container) {
    contexts_.push_back(Context());
    std::vector<Frame> stack;
    stack.push_back({container, 0, settings_.base_style});
    while (!stack.empty()) {
      const Frame top = stack.back();
      const DomNode& node = dom_.nodes[top.node];
      if (top.next_child >= node.children.size()) {
        Leave(top);
        stack.pop_back();
        continue;
      }
      const int child = node.children[stack.back().next_child++];
      const DomNode& el = dom_.nodes[child];
      if (!el.is_element()) {
        if (!budget_->exhausted) text_.AddText(el.text, top.style);
        continue;
      }
      if (IsSkippedElement(el.name) || IsHiddenElement(el)) continue;
      if (el.name == "br") {
        text_.LineBreak();
        continue;
      }
      if (el.name == "hr") {
        Flush();
        continue;
      }
      if (el.name == "table" && settings_.mode == FlowMode::kDocument && settings_.find_tables &&
          TryDataTable(child)) {
        continue;
      }
      Frame frame{child, 0, StyleForElement(top.style, el.name, el.attr("style"))};
      if (IsBlockElement(el.name)) {
        Flush();
        Enter(el, &frame);
      }
      stack.push_back(frame);
    }
    Flush();
  }

 private:
  // A data table becomes a Table, preceded by its caption; false: a layout
  // table, to be walked as a container.
  bool TryDataTable(int table_node) {
    HtmlTableResult result = BuildHtmlTable(dom_, table_node, budget_);
    for (std::string& w : result.warnings) out_->warnings.push_back(std::move(w));
    if (!result.is_data) return false;
    Flush();
    for (Block& caption : result.captions) Emit(std::move(caption));
    out_->tables.push_back(std::move(result.table));
    out_->order.push_back({true, out_->tables.size() - 1});
    return true;
  }

  void Enter(const DomNode& el, Frame* frame) {
    const Context& parent = contexts_.back();
    Context c;
    c.footnote = parent.footnote || IsFootnoteElement(el);
    c.sectioning = parent.sectioning || el.is("article") || el.is("section") ||
                   el.is("main") || el.is("aside");
    c.chrome = parent.chrome;
    if (settings_.mode == FlowMode::kDocument && c.chrome == Chrome::kNone && !parent.sectioning) {
      const std::string_view role = el.attr("role");
      if (el.is("header") || role == "banner") c.chrome = Chrome::kHeader;
      if (el.is("footer") || role == "contentinfo") c.chrome = Chrome::kFooter;
    }
    const int heading = HeadingLevel(el.name);
    if (el.is("ul") || el.is("ol") || el.is("menu") || el.is("dir")) {
      ListState list;
      list.ordered = el.is("ol");
      list.type = ListTypeOf(el, list.ordered ? '1' : '*');
      int start = 1;
      if (list.ordered && ParseHtmlInt(el.attr("start"), &start)) list.next = start;
      lists_.push_back(list);
      frame->pushed_list = true;
    }
    if (heading > 0) {
      c.kind = BlockKind::kHeading;
      c.level = heading;
    } else if (el.is("li")) {
      c.kind = BlockKind::kListItem;
      c.level = std::max<int>(1, static_cast<int>(lists_.size()));
      c.marker = NextMarker(el);
      c.owner = static_cast<int>(contexts_.size());
    } else if (el.is("caption") || el.is("figcaption")) {
      c.kind = BlockKind::kCaption;
    } else if (parent.kind == BlockKind::kListItem || parent.kind == BlockKind::kCaption ||
               parent.kind == BlockKind::kHeading) {
      // A <p> or <div> inside an <li> (or a heading) still belongs to it.
      c.kind = parent.kind;
      c.level = parent.level;
      c.marker = parent.marker;
      c.owner = parent.owner;
    }
    contexts_.push_back(std::move(c));
    frame->pushed_context = true;
  }

  void Leave(const Frame& frame) {
    if (frame.pushed_context) {
      Flush();
      if (contexts_.size() > 1) contexts_.pop_back();
    }
    if (frame.pushed_list && !lists_.empty()) lists_.pop_back();
  }

  std::string NextMarker(const DomNode& li) {
    if (lists_.empty()) return "\u2022";
    ListState& list = lists_.back();
    const char type = ListTypeOf(li, list.type);
    if (type == '-') return "";
    if (!list.ordered || type == '*') return "\u2022";
    int n = list.next;
    if (int value = 0; ParseHtmlInt(li.attr("value"), &value)) n = value;
    list.next = n + 1;
    return OrderedMarker(n, type);
  }

  void Flush() {
    if (text_.empty()) {
      text_.Take();  // drop pending white space
      return;
    }
    InlineRun run = text_.Take();
    const Context& ctx = contexts_.back();
    Block block;
    block.kind = ctx.kind;
    block.level = ctx.level;
    if (ctx.kind == BlockKind::kListItem) {
      Context& owner = contexts_[ctx.owner >= 0 ? ctx.owner : contexts_.size() - 1];
      if (owner.used) {  // more text in the same <li>: a paragraph of its own
        block.kind = BlockKind::kParagraph;
        block.level = 0;
      } else {
        owner.used = true;
        block.marker = ctx.marker;
        if (std::string label = TypedLabel(run.text); !label.empty()) {
          block.marker = label;  // the label the author typed is what is printed
        } else if (const size_t n = TypedBulletLength(run.text); n > 0 && n < run.text.size()) {
          DropPrefix(n, &run);
        }
      }
    }
    if (block.kind != BlockKind::kHeading) {
      if (ctx.chrome == Chrome::kHeader) block.kind = BlockKind::kHeader;
      else if (ctx.chrome == Chrome::kFooter) block.kind = BlockKind::kFooter;
      else if (ctx.footnote) block.kind = BlockKind::kFootnote;
      if (block.kind == BlockKind::kHeader || block.kind == BlockKind::kFooter ||
          block.kind == BlockKind::kFootnote) {
        block.level = 0;
      }
    }
    block.text = std::move(run.text);
    block.spans = std::move(run.spans);
    Emit(std::move(block));
  }

  void Emit(Block block) {
    if (!budget_->Take(1)) return;
    out_->blocks.push_back(std::move(block));
    out_->order.push_back({false, out_->blocks.size() - 1});
  }

  const HtmlDom& dom_;
  const FlowSettings& settings_;
  FlowBudget* budget_;
  FlowOutput* out_;
  InlineText text_;
  std::vector<Context> contexts_;
  std::vector<ListState> lists_;
};

}  // namespace

bool FlowBudget::Take(size_t n) {
  if (exhausted || n > items_left) {
    exhausted = true;
    return false;
  }
  items_left -= n;
  return true;
}

void WalkFlow(const HtmlDom& dom, int container, const FlowSettings& settings, FlowBudget* budget,
              FlowOutput* out) {
  if (container < 0 || container >= static_cast<int>(dom.nodes.size())) return;
  Walker(dom, settings, budget, out).Run(container);
}

}  // namespace plantrace
