#include "extractors/pdf/layout/list_marker.h"

#include <array>

namespace plantrace::pdf {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsRoman(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s) {
    if (c != 'i' && c != 'v' && c != 'x' && c != 'I' && c != 'V' && c != 'X') return false;
  }
  return true;
}

bool AllDigits(std::string_view s) {
  if (s.empty() || s.size() > 3) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// The core of a label: up to three digits, one letter, or a roman numeral.
bool IsLabelCore(std::string_view s) {
  return AllDigits(s) || (s.size() == 1 && IsAsciiLetter(s[0])) || IsRoman(s);
}

}  // namespace

bool IsBulletGlyph(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kBullets = {
      "•", "▪", "◦", "-", "–", "—", "*", "●", "○", "■", "□", "▫", "◆", "◇",
      "‣", "⁃", "➢", "►", "✓", "·"};
  for (std::string_view b : kBullets) {
    if (word == b) return true;
  }
  return false;
}

bool IsItemLabel(std::string_view word) {
  if (word.size() < 2) return false;
  if (word.front() == '(' && word.back() == ')') return IsLabelCore(word.substr(1, word.size() - 2));
  if (word.back() == ')' || word.back() == '.') return IsLabelCore(word.substr(0, word.size() - 1));
  return false;
}

bool IsSectionNumber(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.empty()) return false;
  size_t run = 0, groups = 1;
  for (char c : word) {
    if (IsDigit(c)) {
      if (++run > 2) return false;
    } else if (c == '.' && run > 0) {
      run = 0;
      ++groups;
    } else {
      return false;
    }
  }
  return run > 0 && groups <= 4;
}

}  // namespace plantrace::pdf
