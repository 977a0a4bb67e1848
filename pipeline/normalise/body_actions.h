#pragma once
// What a sub-section's body says is being done or planned: the sentences of
// a finding's paragraphs that become its actions (records spec: a finding's
// actions are the steps its body reports, verbatim). A heading-only unit
// ("(c) Organisational culture") otherwise carries no statement to trace.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

class BodyActionCues {
 public:
  // One cue a line (words, any case; `#` starts a comment line); a line
  // "voice<TAB>words" names the assessor speaking instead (a sentence
  // holding it is a judgement, not an action).
  static Result<BodyActionCues> Parse(std::string_view text, std::string_view where);

  // The sentences of `paragraphs` holding a cue, in order, at most
  // `max_sentences`; a table row (cells joined by " | ") is never one.
  std::vector<std::string> Actions(const std::vector<std::string>& paragraphs,
                                   size_t max_sentences = 4) const;

  bool Matches(std::string_view sentence) const;
  bool Voices(std::string_view sentence) const;

 private:
  static bool Holds(const std::vector<std::string>& cues, std::string_view sentence);
  std::vector<std::string> cues_;   // " word word " padded
  std::vector<std::string> voice_;  // the same
};

}  // namespace plantrace
