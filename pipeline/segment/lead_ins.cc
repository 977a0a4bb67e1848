#include "pipeline/segment/lead_ins.h"

#include <cctype>
#include <vector>

#include "pipeline/segment/column_roles.h"
#include "text/normalize.h"

namespace plantrace {

bool EndsWithColon(const std::string& s) {
  size_t i = s.find_last_not_of(' ');
  return i != std::string::npos && s[i] == ':';
}

std::string LeadInTail(const std::string& text) {
  constexpr size_t kHeadWords = 4, kTailWords = 8;
  size_t begin = 0;
  for (size_t p = text.find(". "); p != std::string::npos; p = text.find(". ", p + 1)) {
    begin = p + 2;
  }
  std::vector<std::string> words;
  size_t i = begin;
  while (i < text.size()) {
    size_t e = text.find(' ', i);
    if (e == std::string::npos) e = text.size();
    if (e > i) words.push_back(text.substr(i, e - i));
    i = e + 1;
  }
  if (words.size() <= kHeadWords + kTailWords) return text.substr(begin);
  std::string out;
  for (size_t w = 0; w < words.size(); ++w) {
    if (w >= kHeadWords && w + kTailWords < words.size()) continue;
    if (!out.empty()) out += (w == kHeadWords || w + kTailWords == words.size()) ? " … " : " ";
    out += words[w];
  }
  return out;
}

size_t LastSentenceStart(const std::string& text) {
  if (!EndsWithColon(text)) return 0;
  size_t begin = 0;
  for (size_t p = text.find(". "); p != std::string::npos; p = text.find(". ", p + 1)) {
    if (p + 2 < text.size() && std::isupper(static_cast<unsigned char>(text[p + 2]))) begin = p + 2;
  }
  return begin;
}

bool Announces(const std::string& text) {
  std::string folded = CaseFold(text);
  for (const char* cue : {"below", "the following", "as follows"}) {
    if (!FindPhrase(folded, cue).empty()) return true;
  }
  return false;
}

}  // namespace plantrace
