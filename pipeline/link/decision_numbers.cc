#include "pipeline/link/decision_numbers.h"

#include <algorithm>
#include <cctype>

namespace plantrace {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string NormaliseDecisionNumber(std::string_view number) {
  std::string out;
  for (char c : number) {
    if (c == '-' || c == '/' || c == '\\') {
      out += '/';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

std::vector<std::string> DecisionNumbersIn(std::string_view text,
                                           const std::vector<std::string>& known) {
  std::vector<std::string> out;
  // NN/NNNNN, not inside a longer run of digits or word characters.
  for (size_t i = 0; i + 8 <= text.size(); ++i) {
    if (i > 0 && (IsWordChar(text[i - 1]) || text[i - 1] == '/')) continue;
    bool ok = IsDigit(text[i]) && IsDigit(text[i + 1]) && text[i + 2] == '/';
    for (size_t k = 3; ok && k < 8; ++k) ok = IsDigit(text[i + k]);
    if (!ok) continue;
    if (i + 8 < text.size() && (IsWordChar(text[i + 8]) || text[i + 8] == '/')) continue;
    out.push_back(NormaliseDecisionNumber(text.substr(i, 8)));
  }
  if (!known.empty()) {
    const std::string folded = NormaliseDecisionNumber(text);
    for (const std::string& k : known) {
      if (k.empty()) continue;
      for (size_t at = folded.find(k); at != std::string::npos; at = folded.find(k, at + 1)) {
        const bool left = at == 0 || !IsWordChar(folded[at - 1]);
        const size_t end = at + k.size();
        const bool right = end == folded.size() || !IsWordChar(folded[end]);
        if (left && right) {
          out.push_back(k);
          break;
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> DecisionNumbersOf(const ItemRecord& item, const DocumentRecord* document,
                                           const std::vector<std::string>& known) {
  std::vector<std::string> out = DecisionNumbersIn(item.section.value_or(""), known);
  for (const std::string& n : DecisionNumbersIn(item.text, known)) out.push_back(n);
  if (out.empty() && document && document->decision_number &&
      !document->decision_number->empty()) {
    out.push_back(NormaliseDecisionNumber(*document->decision_number));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace plantrace
