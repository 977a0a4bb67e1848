#include "pipeline/segment/prose_headings.h"

#include <cctype>
#include <optional>

#include "pipeline/segment/item_labels.h"

namespace plantrace {

bool HeadingLabelled(const std::string& text) {
  if (LeadingLabel(text)) return true;
  size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  return i > 0 && i <= 2 && i + 1 < text.size() && text[i] == ' ' &&
         std::isupper(static_cast<unsigned char>(text[i + 1]));
}

int HeadingLevelOf(const Block& b, const std::string& text) {
  if (text.empty()) return 0;
  char end = text.back();
  if (end == '.' || end == ':' || end == ';' || end == ',') return 0;
  int words = 1;
  for (char c : text) words += c == ' ';
  std::optional<ItemLabel> l = LeadingLabel(text);
  size_t after = l ? l->length : 0;
  bool capital = after < text.size() && std::isupper(static_cast<unsigned char>(text[after]));
  if (words <= 12 && ((capital && l && l->style == LabelStyle::kNumber) ||
                      (!l && HeadingLabelled(text)))) {
    return 2;
  }
  if (words <= 16 && capital && l &&
      (l->style == LabelStyle::kLetter || l->style == LabelStyle::kDotted) &&
      l->printed.front() == '(') {
    return 3;
  }
  bool bold = !b.spans.empty();
  for (const Span& s : b.spans) {
    bold = bold && (s.bold || s.text.find_first_not_of(" ") == std::string::npos);
  }
  if (bold && words >= 2 && words <= 8 && std::isupper(static_cast<unsigned char>(text[0]))) {
    return 3;
  }
  return 0;
}

}  // namespace plantrace
