#include "pipeline/normalise/doc_type_classifier.h"

#include <cctype>

namespace plantrace {
namespace {

// `phrase` in `text` at word boundaries; a phrase opening with "^" must be
// a whole line of `text`.
bool HasPhrase(const std::string& text, const std::string& phrase) {
  if (!phrase.empty() && phrase[0] == '^') {
    const std::string line = phrase.substr(1);
    for (size_t pos = 0; pos <= text.size();) {
      size_t end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      std::string l = text.substr(pos, end - pos);
      while (!l.empty() && l.back() == ' ') l.pop_back();
      if (l == line) return true;
      pos = end + 1;
    }
    return false;
  }
  for (size_t pos = text.find(phrase); pos != std::string::npos;
       pos = text.find(phrase, pos + 1)) {
    bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
    size_t end = pos + phrase.size();
    bool right = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace

bool OpensWithAppendixLabel(const std::string& folded) {
  size_t b = folded.find_first_not_of(" \n");
  return b != std::string::npos && folded.compare(b, 9, "appendix ") == 0;
}

std::string ClassifyDocType(const std::string& heading,
                            const std::map<HeaderFieldName, std::string>& fields,
                            const DocumentCues& cues) {
  for (const DocTypeCue& c : cues.types) {
    if (c.strong && HasPhrase(heading, c.phrase)) return c.type;
  }
  // The report template: a subject and whom it is to or from.
  const bool to = fields.count("meeting") > 0, from = fields.count("from") > 0;
  // Or whom it is from and who wrote it: "Report author" is a report
  // template's own label (Birmingham's "Report of: / Report author:",
  // Kent's budget report "From / Report author").
  const bool author = fields.count("author") > 0;
  if ((fields.count("title") && (to || from)) || (to && from) || (from && author)) return "report";
  if (HasPhrase(heading, "appendix")) return "appendix";
  for (const DocTypeCue& c : cues.types) {
    if (!c.strong && HasPhrase(heading, c.phrase)) return c.type;
  }
  return "other";
}

}  // namespace plantrace
