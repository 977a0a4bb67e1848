#include "pipeline/normalise/header_fields.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "text/normalize.h"

namespace plantrace {
namespace {

std::string_view TrimView(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

// The value after `label` at the start of `line`: after a colon, or after a
// gap of two spaces or a tab; nullopt when the label is not followed by one.
// `label_only` is set when the line holds the label and nothing else.
std::optional<std::string> ValueAfter(std::string_view line, size_t label_len, bool long_label,
                                      bool* label_only) {
  std::string_view rest = line.substr(label_len);
  *label_only = false;
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i < rest.size() && rest[i] == ':') {
    std::string_view v = TrimView(rest.substr(i + 1));
    *label_only = v.empty();
    return std::string(v);
  }
  if (i == rest.size()) {  // the label alone: its value follows on the next lines
    *label_only = true;
    return std::string();
  }
  // A label of three words or more ("Subject Matter / Title of Decision
  // Commissioning Plan …") is no sentence opening: one space is enough.
  // A two-word label then one space and a capital ("Report author Head of
  // Finance …") is a label too: a sentence would go on in lower case.
  const bool two_words = line.substr(0, label_len).find(' ') != std::string_view::npos;
  const bool capital = i == 1 && i + 1 <= rest.size() && i < rest.size() &&
                       std::isupper(static_cast<unsigned char>(rest[i]));
  if (i >= 2 || (i == 1 && long_label) || (two_words && capital) ||
      (!rest.empty() && rest[0] == '\t')) {
    return std::string(TrimView(rest));
  }
  return std::nullopt;
}

}  // namespace

bool OpensField(std::string_view line) {
  line = TrimView(line);
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 48) return false;
  std::string_view label = line.substr(0, colon);
  int words = 1;
  for (char c : label) {
    if (c == ' ') ++words;
    if (c == '.' || c == ',' || c == ';') return false;  // a sentence, not a label
  }
  return words <= 6 && std::isupper(static_cast<unsigned char>(label[0]));
}

std::map<HeaderFieldName, std::string> ReadHeaderFields(const std::vector<std::string>& lines,
                                                        const std::vector<HeaderFieldCue>& cues) {
  std::map<HeaderFieldName, std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = TrimView(lines[i]);
    const std::string folded = CaseFold(line);
    const HeaderFieldCue* best = nullptr;
    for (const HeaderFieldCue& c : cues) {
      if (folded.compare(0, c.label.size(), c.label) != 0) continue;
      // Whole words only: "to" must not match "Total".
      if (folded.size() > c.label.size() &&
          std::isalnum(static_cast<unsigned char>(folded[c.label.size()]))) {
        continue;
      }
      if (!best || c.label.size() > best->label.size()) best = &c;
    }
    if (!best || out.count(best->field)) continue;
    bool label_only = false;
    // CaseFold keeps ASCII lengths; labels are ASCII, so the offset holds.
    const bool long_label = std::count(best->label.begin(), best->label.end(), ' ') >= 2;
    std::optional<std::string> value = ValueAfter(line, best->label.size(), long_label, &label_only);
    if (!value) continue;
    std::string v = *value;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      std::string_view next = TrimView(lines[j]);
      if (next.empty()) {
        if (label_only && v.empty()) continue;  // the value may sit a line lower
        break;
      }
      if (OpensField(next)) break;
      if (!label_only && v.empty()) break;
      v += v.empty() ? "" : " ";
      v += std::string(next);
      label_only = false;
    }
    v = CollapseSpaces(v);
    if (!v.empty()) out[best->field] = v;
  }
  return out;
}

}  // namespace plantrace
