#pragma once
// A council named by its contact addresses (docs/decisions.md, issue 14,
// session 5). English and Welsh councils publish under "<name>.gov.uk"
// (the GOV.UK domain naming rules for local authorities), and a committee
// paper gives its author's and director's contacts at that domain
// ("joe.mckay@kent.gov.uk"). With the kind of council the paper names
// ("the County Council", "Budget County Council") that gives the publisher
// of a paper that never prints its council's name in full: "Kent County
// Council".

#include <string>

namespace plantrace {

// The council of the e-mail domain used most in `text` (a paper's text and
// its info dictionary's Author), as "<Name> <Kind> Council" with the kind
// the text names most ("County", "City", "Borough", "District"); "" when
// no e-mail is at a "<name>.gov.uk" domain or the text names no kind.
std::string CouncilFromContactDomain(const std::string& text);

}  // namespace plantrace
