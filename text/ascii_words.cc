#include "text/ascii_words.h"

namespace plantrace {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// ICU's word rules count '@' as a letter (ALetter), so "a@b.org" and
// "@name" hold together; it is not a letter for "has a letter or digit".
bool IsLetter(char c) { return IsAsciiLetter(c) || c == '@'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
// UAX #29 ALetter, Numeric and ExtendNumLet on ASCII: any two adjacent
// ones stay in one word (WB5, WB8-WB10, WB13a-b).
bool IsWordByte(char c) { return IsLetter(c) || IsDigit(c) || c == '_'; }
// MidLetter / MidNumLet / Single_Quote between letters (WB6-WB7).
bool JoinsLetters(char c) { return c == '\'' || c == '.'; }
// MidNum / MidNumLet / Single_Quote between digits (WB11-WB12).
bool JoinsDigits(char c) { return c == ',' || c == ';' || c == '.' || c == '\''; }

}  // namespace

void AppendAsciiWords(std::string_view s, std::vector<std::string>& out) {
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (!IsWordByte(s[i])) {
      ++i;
      continue;
    }
    const size_t begin = i;
    bool alnum = false;
    while (i < n) {
      const char c = s[i];
      if (IsWordByte(c)) {
        alnum = alnum || IsAsciiLetter(c) || IsDigit(c);
        ++i;
        continue;
      }
      // One joining mark between two letters or two digits.
      if (i + 1 < n && i > begin) {
        const char before = s[i - 1], after = s[i + 1];
        if ((IsLetter(before) && IsLetter(after) && JoinsLetters(c)) ||
            (IsDigit(before) && IsDigit(after) && JoinsDigits(c))) {
          alnum = alnum || IsAsciiLetter(before) || IsDigit(before) || IsAsciiLetter(after) ||
                  IsDigit(after);
          i += 2;
          continue;
        }
      }
      break;
    }
    if (!alnum) continue;
    std::string word(s.substr(begin, i - begin));
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    out.push_back(std::move(word));
  }
}

}  // namespace plantrace
