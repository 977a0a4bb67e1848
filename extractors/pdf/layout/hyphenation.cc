#include "extractors/pdf/layout/hyphenation.h"

namespace plantrace::pdf {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// Letters outside ASCII (é, ö) count as letters: any byte of a multi-byte
// UTF-8 sequence.
bool IsWordByte(unsigned char c) { return IsAsciiAlnum(c) || c >= 0x80; }
bool IsLetterByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

std::string VocabularyKey(std::string_view word) {
  size_t a = 0, b = word.size();
  while (a < b && !IsWordByte(static_cast<unsigned char>(word[a]))) ++a;
  while (b > a && !IsWordByte(static_cast<unsigned char>(word[b - 1]))) --b;
  std::string key(word.substr(a, b - a));
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

void Vocabulary::Add(std::string_view word) {
  std::string key = VocabularyKey(word);
  if (!key.empty()) words_.insert(std::move(key));
}

bool Vocabulary::Has(std::string_view word) const {
  return words_.count(VocabularyKey(word)) > 0;
}

LineBreakJoin JoinAcrossLines(std::string_view last, std::string_view next, const Vocabulary& vocab) {
  if (last.size() < 2 || last.back() != '-') return LineBreakJoin::kSpace;
  if (!IsLetterByte(static_cast<unsigned char>(last[last.size() - 2])) &&
      !IsAsciiAlnum(static_cast<unsigned char>(last[last.size() - 2]))) {
    return LineBreakJoin::kSpace;  // "--" or "(-": not a word broken at a hyphen
  }
  if (next.empty()) return LineBreakJoin::kSpace;
  const unsigned char first = static_cast<unsigned char>(next[0]);
  if (!(first >= 'a' && first <= 'z')) return LineBreakJoin::kKeepHyphen;  // rule 1
  const std::string_view stem = last.substr(0, last.size() - 1);
  const std::string next_key = VocabularyKey(next);
  if (vocab.Has(std::string(stem) + "-" + next_key)) return LineBreakJoin::kKeepHyphen;  // 2
  if (vocab.Has(std::string(stem) + next_key)) return LineBreakJoin::kDropHyphen;        // 3
  // 4: the part of the stem after its last hyphen, and the next word.
  const size_t dash = stem.rfind('-');
  const std::string_view left = dash == std::string_view::npos ? stem : stem.substr(dash + 1);
  if (vocab.Has(left) && vocab.Has(next_key)) return LineBreakJoin::kKeepHyphen;
  return LineBreakJoin::kDropHyphen;  // 5
}

}  // namespace plantrace::pdf
