#pragma once
// Owners of prose items. A prose item has no lead column, so its owners are
// the roles its text assigns explicitly, after a cue of data/owner_cues.tsv
// ("a dedicated role for the Chief Executive of CIPFA, Rob Whiteman" → the
// Chief Executive of CIPFA). Actors merely mentioned are not owners. The
// role is the run of capitalised words after the cue (with of / for / and
// / the between them); a cue marked `interim` ("an experienced interim as
// Head of …") makes its role interim.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/document.h"
#include "model/records.h"
#include "pipeline/normalise/owner_parser.h"

namespace plantrace {

struct OwnerCues {
  std::vector<std::string> cues;  // case-folded
  std::vector<bool> interim;      // per cue: the role it names is held ad interim
  // Phrases that follow the role they make an owner ("the Chief Executive,
  // who is currently responsible for …", "… with responsibility for HR").
  std::vector<std::string> after_cues;  // case-folded
  // Verbs that hand a task to the role after a later "to the" in the same
  // clause ("delegate finalising any response to the settlement to the
  // Corporate Director of Finance", "delegated authority be given to the
  // …"), case-folded.
  std::vector<std::string> handover_verbs;
  // Keys of a report's front key–value table naming the officer the whole
  // report is from ("report of:"), case-folded.
  std::vector<std::string> leads;

  static Result<OwnerCues> Parse(std::string_view text, std::string_view where);

  std::vector<OwnerRecord> Find(std::string_view text, const OwnerParser& owners) const;

  // The document's lead officers: the value of a two-column key–value row
  // whose key is a `lead` ("Report of: Graeme Betts – Acting Chief
  // Executive" → Chief Executive, interim). A prose report's items have no
  // lead column; the officer the report is from owns what it proposes
  // unless an item names its own owner. A header laid out as text is read
  // on `first_page`, the paper's first (after an agenda pack's covering
  // letter).
  std::vector<OwnerRecord> DocumentLeads(const Document& doc, const OwnerParser& owners,
                                         int first_page = 1) const;
};

}  // namespace plantrace
