#include "pipeline/segment/item_labels.h"

#include <cctype>
#include <cstdlib>

namespace plantrace {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlpha(char c) { return IsLower(c) || (c >= 'A' && c <= 'Z'); }

bool IsRoman(std::string_view s) {
  static constexpr const char* kRomans[] = {"i",  "ii",  "iii",  "iv", "v",   "vi",  "vii",
                                            "viii", "ix", "x",   "xi", "xii", "xiii", "xiv",
                                            "xv"};
  for (const char* r : kRomans) {
    if (s == r) return true;
  }
  return false;
}

// Spaces after a label: at least one, or the end of the text.
bool EndsLabel(std::string_view text, size_t pos, size_t* after) {
  if (pos == text.size()) {
    *after = pos;
    return true;
  }
  if (text[pos] != ' ' && text[pos] != '\t' && text[pos] != '\n') return false;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n')) ++pos;
  *after = pos;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<ItemLabel> LeadingLabel(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  const size_t start = i;
  if (i >= text.size()) return std::nullopt;
  ItemLabel label;
  size_t after = 0;
  if (text[i] == '(') {
    // "(d)", "(iv)", "(1)".
    size_t j = i + 1;
    while (j < text.size() && (IsAlpha(text[j]) || IsDigit(text[j]))) ++j;
    if (j >= text.size() || text[j] != ')' || j == i + 1 || j - i - 1 > 4) return std::nullopt;
    std::string_view inner = text.substr(i + 1, j - i - 1);
    if (!EndsLabel(text, j + 1, &after)) return std::nullopt;
    bool digits = true, lower = true;
    for (char c : inner) {
      digits = digits && IsDigit(c);
      lower = lower && IsLower(c);
    }
    if (digits && inner.size() <= 2) {
      label.style = LabelStyle::kParenNumber;
    } else if (inner.size() == 1 && IsAlpha(inner[0])) {
      label.style = LabelStyle::kLetter;  // "(a)"; "(A)", case kept
    } else if (lower && IsRoman(inner)) {
      label.style = LabelStyle::kRoman;
    } else {
      return std::nullopt;
    }
    label.id = std::string(inner);
    label.printed = std::string(text.substr(start, j + 1 - start));
    label.length = after - start;
    return label;
  }
  if (IsDigit(text[i])) {
    // "1", "1.", "4.5", "4.5.", "1)", "3.1.2".
    size_t j = i;
    int groups = 0;
    while (true) {
      size_t k = j;
      while (k < text.size() && IsDigit(text[k])) ++k;
      if (k == j || k - j > 3) return std::nullopt;
      ++groups;
      j = k;
      if (j + 1 < text.size() && text[j] == '.' && IsDigit(text[j + 1])) {
        ++j;
        continue;
      }
      break;
    }
    std::string id(text.substr(i, j - i));
    if (j < text.size() && text[j] == ')') {
      if (groups != 1 || !EndsLabel(text, j + 1, &after)) return std::nullopt;
      label.style = LabelStyle::kParenNumber;
      label.id = id;
      label.printed = std::string(text.substr(start, j + 1 - start));
      label.length = after - start;
      return label;
    }
    size_t end = j;
    if (j < text.size() && text[j] == '.') end = j + 1;
    if (!EndsLabel(text, end, &after)) return std::nullopt;
    // A bare number with text after it ("12 recommendations") is no label.
    if (groups == 1 && end == j && after < text.size()) return std::nullopt;
    label.style = groups == 1 ? LabelStyle::kNumber : LabelStyle::kDotted;
    label.id = id;
    label.printed = std::string(text.substr(start, end - start));
    label.length = after - start;
    return label;
  }
  if (IsLower(text[i])) {
    // "a)", "a.", "iv)".
    size_t j = i;
    while (j < text.size() && IsLower(text[j])) ++j;
    if (j >= text.size()) return std::nullopt;
    std::string_view inner = text.substr(i, j - i);
    bool one = inner.size() == 1;
    if (text[j] == ')') {
      if (!one && !IsRoman(inner)) return std::nullopt;
    } else if (text[j] == '.') {
      // "a. The Council": a single letter, then a capital.
      if (!one) return std::nullopt;
      size_t k = j + 1;
      while (k < text.size() && text[k] == ' ') ++k;
      if (k == j + 1 || (k < text.size() && !(text[k] >= 'A' && text[k] <= 'Z'))) {
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
    if (!EndsLabel(text, j + 1, &after)) return std::nullopt;
    label.style = one ? LabelStyle::kLetter : LabelStyle::kRoman;
    label.id = std::string(inner);
    label.printed = std::string(text.substr(start, j + 1 - start));
    label.length = after - start;
    return label;
  }
  if (text[i] >= 'A' && text[i] <= 'Z' && i + 1 < text.size() &&
      (text[i + 1] == ')' || text[i + 1] == '.')) {
    // "A)", and "A." before a capital: a capital letter label, case kept
    // (Kent reports and minutes letter decisions "A)", "b)", …).
    size_t j = i + 1;
    if (text[j] == '.') {
      size_t k = j + 1;
      while (k < text.size() && text[k] == ' ') ++k;
      if (k == j + 1 || k >= text.size() || !(text[k] >= 'A' && text[k] <= 'Z')) {
        return std::nullopt;
      }
    }
    if (!EndsLabel(text, j + 1, &after)) return std::nullopt;
    label.style = LabelStyle::kLetter;
    label.id = std::string(1, text[i]);
    label.printed = std::string(text.substr(start, j + 1 - start));
    label.length = after - start;
    return label;
  }
  return std::nullopt;
}

bool IsLabelOnly(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.empty()) return false;
  std::optional<ItemLabel> l = LeadingLabel(t);
  return l && l->length == t.size();
}

int LetterIndex(std::string_view id) {
  if (id.size() != 1 || !IsAlpha(id[0])) return -1;
  return IsLower(id[0]) ? id[0] - 'a' : id[0] - 'A';
}

int SequenceIndex(const ItemLabel& l) {
  if (l.style == LabelStyle::kLetter) return LetterIndex(l.id);
  if (l.style == LabelStyle::kParenNumber) return std::atoi(l.id.c_str()) - 1;
  return -2;
}

std::string NextLetteredId(std::string_view prev) {
  if (!prev.empty() && IsLower(prev.back()) && prev.back() < 'z' &&
      (prev.size() == 1 || !IsLower(prev[prev.size() - 2]))) {
    if (prev.size() >= 2 && IsDigit(prev[prev.size() - 2])) {
      std::string out(prev);
      out.back() = static_cast<char>(out.back() + 1);
      return out;
    }
  }
  return std::string(prev) + "b";
}

std::string SubItemId(std::string_view parent, const ItemLabel& label) {
  if (parent.empty()) return label.id;
  return std::string(parent) + "(" + label.id + ")";
}

}  // namespace plantrace
