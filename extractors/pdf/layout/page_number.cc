#include "extractors/pdf/layout/page_number.h"

#include <cstddef>

namespace plantrace::pdf {
namespace {

// Longer text is never only a page number.
constexpr size_t kMaxBytes = 40;
constexpr size_t kMaxDigits = 4;
constexpr size_t kMaxRomanLetters = 7;

// A hand-written scanner rather than a regular expression: std::regex takes
// some 20 million instructions to compile this grammar with icase (more than
// reading a small PDF), paid by every process. Every part of the grammar
// starts with a character the part before it cannot end with, so taking
// each optional part whenever it is there never needs to back out.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  bool AtEnd() const { return i_ == s_.size(); }
  size_t Mark() const { return i_; }
  void Reset(size_t mark) { i_ = mark; }

  void Spaces() {
    while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
  }
  // `word` (lower case ASCII), in any case.
  bool Word(std::string_view word) {
    if (s_.size() - i_ < word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
      if (Lower(s_[i_ + k]) != word[k]) return false;
    }
    i_ += word.size();
    return true;
  }
  // A hyphen, en dash or em dash.
  bool Dash() { return Word("-") || Word("\xE2\x80\x93") || Word("\xE2\x80\x94"); }
  // As many characters as `is` accepts; how many.
  template <typename Pred>
  size_t Run(Pred is) {
    const size_t from = i_;
    while (i_ < s_.size() && is(s_[i_])) ++i_;
    return i_ - from;
  }

  static bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  }
  static char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsRomanLetter(char c) {
  switch (Scanner::Lower(c)) {
    case 'i': case 'v': case 'x': case 'l': case 'c': return true;
    default: return false;
  }
}

// 1 to kMaxDigits digits, or 1 to kMaxRomanLetters of i v x l c.
bool Number(Scanner& s) {
  if (const size_t digits = s.Run(IsDigit)) return digits <= kMaxDigits;
  const size_t letters = s.Run(IsRomanLetter);
  return letters >= 1 && letters <= kMaxRomanLetters;
}

}  // namespace

bool IsPageNumber(std::string_view text) {
  if (text.size() > kMaxBytes) return false;
  Scanner s(text);
  s.Spaces();
  // "page", "p." or "pg" / "pg."
  if (s.Word("page") || s.Word("p.") || (s.Word("pg") && (s.Word("."), true))) s.Spaces();
  if (s.Dash()) s.Spaces();
  if (!Number(s)) return false;
  size_t mark = s.Mark();
  s.Spaces();
  if (!s.Dash()) s.Reset(mark);
  mark = s.Mark();
  s.Spaces();
  if (s.Word("/") || s.Word("of")) {
    s.Spaces();
    const size_t digits = s.Run(IsDigit);
    if (digits < 1 || digits > kMaxDigits) return false;
  } else {
    s.Reset(mark);
  }
  s.Spaces();
  return s.AtEnd();
}

}  // namespace plantrace::pdf
