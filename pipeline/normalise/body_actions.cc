#include "pipeline/normalise/body_actions.h"

#include <cctype>

#include "pipeline/normalise/financial_implications.h"

namespace plantrace {
namespace {

// Lower case letters and digits, every other byte a space, padded with one
// space either side: a cue " is being " then matches whole words only.
std::string Words(std::string_view text) {
  std::string out = " ";
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool keep = std::isalnum(u) || u >= 0x80;
    const char x = keep ? static_cast<char>(std::tolower(u)) : ' ';
    if (x == ' ' && out.back() == ' ') continue;
    out += x;
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

// "1.16 The redesign …" → "The redesign …": the paper's paragraph number
// is not part of what it says.
std::string WithoutParagraphNumber(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
  if (i == 0 || i >= s.size() || s[i] != ' ' || !std::isdigit(static_cast<unsigned char>(s[0]))) {
    return s;
  }
  return s.substr(i + 1);
}

}  // namespace

Result<BodyActionCues> BodyActionCues::Parse(std::string_view text, std::string_view where) {
  BodyActionCues out;
  size_t line_no = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const bool voice = line.rfind("voice\t", 0) == 0;
    if (voice) line.remove_prefix(6);
    std::string cue = Words(line);
    if (cue.size() <= 2) {
      return Status::InvalidArgument(std::string(where) + ":" + std::to_string(line_no),
                                     "a cue line holds no word");
    }
    (voice ? out.voice_ : out.cues_).push_back(std::move(cue));
    if (end == text.size()) break;
  }
  return out;
}

bool BodyActionCues::Matches(std::string_view sentence) const {
  return Holds(cues_, sentence);
}

bool BodyActionCues::Voices(std::string_view sentence) const {
  return Holds(voice_, sentence);
}

bool BodyActionCues::Holds(const std::vector<std::string>& cues, std::string_view sentence) {
  const std::string w = Words(sentence);
  for (const std::string& cue : cues) {
    if (w.find(cue) != std::string::npos) return true;
  }
  return false;
}

std::vector<std::string> BodyActionCues::Actions(const std::vector<std::string>& paragraphs,
                                                 size_t max_sentences) const {
  std::vector<std::string> prose;
  for (const std::string& p : paragraphs) {
    if (p.find(" | ") == std::string::npos) prose.push_back(p);
  }
  std::vector<std::string> out;
  for (std::string& s : Sentences(prose)) {
    if (out.size() >= max_sentences) break;
    s = WithoutParagraphNumber(s);
    if (Matches(s) && !Voices(s)) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace plantrace
