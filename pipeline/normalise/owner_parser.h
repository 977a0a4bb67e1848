#pragma once
// Splits a lead / accountable-officer cell into owners and gives each its
// canonical title (data/owner_gazetteer.tsv):
//
//   "ACE with Group Leaders / Deputy Leader"
//     → ACE (Assistant Chief Executive), Group Leaders, Deputy Leader
//   "Interim Monitoring Officer" → Monitoring Officer, interim
//   "the Chief Executive of CIPFA, Rob Whiteman"
//     → Chief Executive of the Chartered Institute of Public Finance and
//       Accountancy
//
// ';' always separates owners; a line break does unless the title wraps
// (see LogicalLines). " and ", "&", "/", " with "
// and "," separate them only when the words on both sides look like role
// names (hold a title-head word such as Director / Officer / Leader, or are a
// known title): "Director of Strategy, Equality and Partnerships" and
// "Cabinet Member Community Safety and Cohesion" stay whole.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/records.h"

namespace plantrace {

struct OwnerGazetteer {
  std::vector<std::pair<std::string, std::string>> titles;  // folded alias, canonical
  std::vector<std::pair<std::string, std::string>> tokens;  // as printed, expansion
  std::vector<std::string> heads;                           // folded
  std::vector<std::string> interim_words;                   // folded
  std::vector<std::string> drop_words;                      // folded

  static Result<OwnerGazetteer> Parse(std::string_view text, std::string_view where);
  static Result<OwnerGazetteer> LoadDefault();  // DataDir()/owner_gazetteer.tsv
};

class OwnerParser {
 public:
  explicit OwnerParser(OwnerGazetteer gazetteer) : gaz_(std::move(gazetteer)) {}
  static Result<OwnerParser> CreateDefault();

  // Every owner in a lead cell, in order; raw is the fragment as printed.
  // Fragments that name no role (a bare personal name) are dropped.
  std::vector<OwnerRecord> ParseCell(std::string_view cell) const;

  // One fragment (already split) → {raw, title, interim}.
  OwnerRecord ParseOne(std::string_view fragment) const;

  // True when `fragment` looks like a role name.
  bool LooksLikeRole(std::string_view fragment) const;

  // True when `fragment` is a bare personal name: two capitalised words (a
  // middle initial allowed) with no title word ("Peter Oakford").
  bool LooksLikePersonalName(std::string_view fragment) const;

 private:
  std::string StripToTitle(std::string_view fragment, bool* interim) const;
  std::vector<std::string> LogicalLines(std::string_view cell) const;
  OwnerGazetteer gaz_;
};

}  // namespace plantrace
