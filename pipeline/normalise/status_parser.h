#pragma once
// Progress-status tokens ("COMPLETE", "NOW COMPLETE", "In train", "in
// progress", "on track", RAG words, ...) from data/status_lexicon.tsv, and
// the combiner that turns the tokens of one item into its status per the
// gold README:
//   - any off_track token → off_track;
//   - else any on_track token → on_track;
//   - else only complete tokens and the caller says they cover the whole
//     item → complete;
//   - else any complete or in_progress token → in_progress;
//   - else not_started tokens → not_started; no token → no status.
// raw joins the distinct token raws with "; ". Whether a "COMPLETE" covers
// the whole aim is context the segmenter has, so it is an argument here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/records.h"

namespace plantrace {

struct StatusToken {
  std::string raw;    // as printed: "COMPLETE", "(in progress)", "Complete."
  std::string value;  // complete | on_track | in_progress | off_track | not_started
  size_t begin = 0;
  size_t end = 0;
};

struct StatusLexiconEntry {
  enum class Match { kExact, kFold, kLine };
  std::string phrase;  // case-folded unless kExact
  std::string value;
  Match match = Match::kFold;
};

struct StatusLexicon {
  std::vector<StatusLexiconEntry> entries;  // longest phrase first
  static Result<StatusLexicon> Parse(std::string_view text, std::string_view where);
  static Result<StatusLexicon> LoadDefault();  // DataDir()/status_lexicon.tsv
};

class StatusParser {
 public:
  explicit StatusParser(StatusLexicon lexicon) : lex_(std::move(lexicon)) {}
  static Result<StatusParser> CreateDefault();

  // Every status token in `text` (a Lead/RAG cell), in order, not
  // overlapping. Brackets right around a token, and the full stop of a
  // one-word token that is a sentence of its own ("Complete."), belong to
  // its raw.
  std::vector<StatusToken> FindTokens(std::string_view text) const;

 private:
  StatusLexicon lex_;
};

std::optional<StatusRecord> CombineStatus(const std::vector<StatusToken>& tokens,
                                          bool complete_covers_whole_item);

// The status of one item from the texts of its status column(s), in
// reading order. A "COMPLETE" covers the whole item only when it is the
// item's one status token and closes its status text (nothing but
// punctuation after it): a verdict on the aim. Tokens earlier in the
// cell, or several of them, close single updates (2018 1.3, 1.10, 4.2).
std::optional<StatusRecord> ItemStatus(const StatusParser& parser,
                                       const std::vector<std::string>& status_texts);

}  // namespace plantrace
