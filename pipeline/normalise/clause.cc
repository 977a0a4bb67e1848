#include "pipeline/normalise/clause.h"

#include <algorithm>
#include <cctype>

namespace plantrace {
namespace {

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '-' || u >= 0x80;
}

}  // namespace

bool IsClauseBreak(std::string_view t, size_t i) {
  char c = t[i];
  if (c == ';' || c == '\n' || c == '\r') return true;
  if ((c != '.' && c != '!' && c != '?') || i + 1 >= t.size() || t[i + 1] != ' ' || i == 0) {
    return false;
  }
  unsigned char p = static_cast<unsigned char>(t[i - 1]);
  // "... in November 2018. (September Update)" ends at a digit too.
  if (std::isdigit(p) || p == ')') return true;
  return std::islower(p) && !(i >= 2 && !IsWordByte(t[i - 2]));  // "c. £5m": one-letter abbreviation
}

Window ClauseWindow(std::string_view text, size_t begin, size_t end, size_t before, size_t after) {
  Window w;
  w.lo = begin > before ? begin - before : 0;
  for (size_t i = begin; i > w.lo; --i) {
    if (IsClauseBreak(text, i - 1)) {
      w.lo = i;
      break;
    }
  }
  w.hi = std::min(text.size(), end + after);
  for (size_t i = end; i < w.hi; ++i) {
    if (IsClauseBreak(text, i)) {
      w.hi = i;
      break;
    }
  }
  return w;
}

size_t FindWord(std::string_view hay, std::string_view phrase, bool last) {
  size_t best = std::string_view::npos;
  if (phrase.empty()) return best;
  size_t pos = 0;
  while ((pos = hay.find(phrase, pos)) != std::string_view::npos) {
    // A phrase that itself ends in punctuation ("c.") needs no boundary there.
    bool left_ok = pos == 0 || !IsWordByte(hay[pos - 1]) || !IsWordByte(phrase.front());
    size_t e = pos + phrase.size();
    bool right_ok = e == hay.size() || !IsWordByte(hay[e]) || !IsWordByte(phrase.back());
    if (left_ok && right_ok) {
      best = pos;
      if (!last) return best;
    }
    ++pos;
  }
  return best;
}

}  // namespace plantrace
