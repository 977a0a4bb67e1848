#pragma once
// The councils of the UK (data/local_authorities.tsv: GOV.UK's list of local
// councils and their web domains, a published convention) and the council a
// paper points to through them when it never prints its council's name in
// full (docs/decisions.md, issue 14, session 6). Evidence, strongest first:
//   1. its addresses: "joe.mckay@kent.gov.uk", "www.kent.gov.uk", in the
//      text or the info dictionary's Author ("simon.pleace@kent.gov.uk");
//   2. a council's initials ("BCC") with its place printed ("Birmingham"):
//      the one council of the register that has both;
//   3. the kind of council the paper speaks as ("the County Council") with
//      its place printed ("County Hall, Maidstone, Kent"): the one council of
//      the register named "<place> <kind> Council";
//   4. initials that only one "<place> <kind> Council" of the register has
//      ("KCC"), in a paper that speaks of a Council at all.
// The first step that names exactly one council gives it; else "".

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

struct Council {
  std::string name;      // "Kent County Council"
  std::string domain;    // "kent.gov.uk"
  std::string place;     // "Kent", "Kensington and Chelsea"
  std::string kind;      // "County", "City", "Borough", "District", or ""
  std::string initials;  // "KCC", "RBKC"
};

class CouncilRegister {
 public:
  // Lines "<official name> TAB <web domain>", '#' comments.
  static Result<CouncilRegister> Parse(std::string_view text, std::string_view where);
  const std::vector<Council>& councils() const { return councils_; }

 private:
  std::vector<Council> councils_;
};

// The council `text` (a paper's text and its info dictionary's Title and
// Author) points to, by the steps above; "" when none or several.
std::string CouncilFromRegister(const std::string& text, const CouncilRegister& reg);

}  // namespace plantrace
