#include "extractors/html/list_marker.h"

namespace plantrace {
namespace {

std::string Roman(int n) {
  static const struct { int value; const char* text; } kDigits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
      {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& d : kDigits) {
    while (n >= d.value) {
      out += d.text;
      n -= d.value;
    }
  }
  return out;
}

std::string Alpha(int n) {  // 1 -> a, 26 -> z, 27 -> aa
  std::string out;
  while (n > 0) {
    --n;
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return out;
}

std::string Upper(std::string s) {
  for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsRomanChar(char c) {
  switch (c) {
    case 'i': case 'v': case 'x': case 'l': case 'c': case 'd': case 'm':
    case 'I': case 'V': case 'X': case 'L': case 'C': case 'D': case 'M':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string OrderedMarker(int n, char type) {
  std::string body;
  if ((type == 'a' || type == 'A') && n >= 1) {
    body = Alpha(n);
  } else if ((type == 'i' || type == 'I') && n >= 1 && n < 4000) {
    body = Roman(n);
  } else {
    body = std::to_string(n);
  }
  if (type == 'A' || type == 'I') body = Upper(body);
  return body + ".";
}

char ListStyleType(std::string_view v) {
  if (v == "1" || v == "decimal" || v == "decimal-leading-zero") return '1';
  if (v == "a" || v == "lower-alpha" || v == "lower-latin") return 'a';
  if (v == "A" || v == "upper-alpha" || v == "upper-latin") return 'A';
  if (v == "i" || v == "lower-roman") return 'i';
  if (v == "I" || v == "upper-roman") return 'I';
  if (v == "disc" || v == "circle" || v == "square") return '*';
  if (v == "none") return '-';
  return 0;
}

std::string TypedLabel(std::string_view text) {
  size_t i = 0;
  const bool open = !text.empty() && text[0] == '(';
  if (open) ++i;
  const size_t body_start = i;
  if (i < text.size() && IsDigit(text[i])) {
    // 1, 12, 3.1, 3.1.2 (at most three digits a part)
    while (i < text.size()) {
      size_t digits = 0;
      while (i < text.size() && IsDigit(text[i]) && digits < 4) ++i, ++digits;
      if (digits == 0 || digits > 3) return "";
      if (i + 1 < text.size() && text[i] == '.' && IsDigit(text[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
  } else if (i < text.size() && IsRomanChar(text[i])) {
    while (i < text.size() && IsRomanChar(text[i]) && i - body_start < 6) ++i;
  } else if (i < text.size() && IsLetter(text[i])) {
    ++i;
  } else {
    return "";
  }
  const size_t body_len = i - body_start;
  const bool dotted_number = text.substr(body_start, body_len).find('.') != std::string_view::npos;
  if (i < text.size() && (text[i] == ')' || (!open && text[i] == '.'))) {
    ++i;
  } else if (open || !dotted_number) {
    return "";  // "(a" or a bare word/number is not a label
  }
  // Letters (beyond a single one) must be a roman numeral, not a word.
  if (!IsDigit(text[body_start]) && body_len > 1) {
    for (size_t k = body_start; k < body_start + body_len; ++k) {
      if (!IsRomanChar(text[k])) return "";
    }
  }
  if (i < text.size() && text[i] != ' ' && text[i] != '\n') return "";
  return std::string(text.substr(0, i));
}

size_t TypedBulletLength(std::string_view text) {
  static const char* const kBullets[] = {"\u2022", "\u25AA", "\u25E6", "\u25CF", "\u2023",
                                         "\u00B7", "\u2013", "\u2043", "-", "*"};
  for (const char* b : kBullets) {
    const std::string_view bullet(b);
    if (text.substr(0, bullet.size()) != bullet) continue;
    if (text.size() == bullet.size()) return bullet.size();
    if (text[bullet.size()] == ' ') return bullet.size() + 1;
  }
  return 0;
}

}  // namespace plantrace
