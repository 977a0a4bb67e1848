#pragma once
// Column roles of plan tables, decided from the header text with the cue
// lexicon of data/column_roles.tsv: "Improvement Aim" is the item's text,
// "Required Action" its actions, "Outputs/Outcomes" its deliverables, "Lead /
// RAG status ... Latest Update in Bold" its owners, status and updates. A
// header may hold several roles; a column without header is an id column
// when its cells are item labels (see table_segmenter.h).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.h"

namespace plantrace {

// Bit flags: a column may have several roles.
enum ColumnRole : unsigned {
  kRoleNone = 0,
  kRoleText = 1u << 0,
  kRoleAction = 1u << 1,
  kRoleDeliverable = 1u << 2,
  kRoleOwner = 1u << 3,
  kRoleStatus = 1u << 4,
  kRoleUpdate = 1u << 5,
  kRoleDate = 1u << 6,
  kRoleId = 1u << 7,
  // What the row says about the item beyond its text (a risk register's
  // cause, event and consequence): its dates and sums are the item's.
  kRoleDetail = 1u << 8,
  // A score (likelihood, impact): not an id column, read for nothing.
  kRoleRating = 1u << 9,
  // A sum the row puts on the item, in the unit its header prints ("£m"):
  // a register's estimated financial exposure.
  kRoleExposure = 1u << 10,
};

// "text" → kRoleText …; kRoleNone for an unknown name.
unsigned ColumnRoleFromName(std::string_view name);
// "text+owner" for messages and tests.
std::string ColumnRoleNames(unsigned roles);

struct ColumnRoleLexicon {
  std::vector<std::pair<std::string, unsigned>> cues;  // folded phrase, role

  static Result<ColumnRoleLexicon> Parse(std::string_view text, std::string_view where);
  static Result<ColumnRoleLexicon> LoadDefault();  // DataDir()/column_roles.tsv

  // The roles a header names. Cues are matched at word boundaries; a cue
  // inside a longer matching cue of the same header is ignored ("action
  // owner" is an owner, not an action).
  unsigned Classify(std::string_view header) const;
};

// Every occurrence of `phrase` in `folded` at word boundaries, as
// [begin, end) byte ranges. Both are case-folded already.
std::vector<std::pair<size_t, size_t>> FindPhrase(std::string_view folded,
                                                  std::string_view phrase);

}  // namespace plantrace
