#pragma once
// The organisation that issued the paper (docs/decisions.md, issue 14):
//   1. an organisation named as a part of the file's own title ("Draft
//      Assessment … – Birmingham Independent Improvement Panel – 13 March
//      2015": PDF info Title, HTML <title>);
//   2. a line of the cover naming an organisation ("KENT COUNTY COUNCIL –
//      PROPOSED RECORD OF DECISION", "Birmingham City Council and Centre for
//      Governance and Scrutiny");
//   3. the organisation the paper names most often — unless the paper
//      speaks of itself as "the Council" throughout and that organisation
//      is no council, or a council named only in passing against it;
//   4. the council the paper points to through the register of councils
//      (council_register.h): its addresses ("@kent.gov.uk"), a council's
//      initials with its place, the kind of council it speaks as with a
//      place, initials only one council has;
//   else "" (the papers ingested with it may then give one:
//   shared_publisher.h). An organisation is a run of capitalised words ending in one of
//   data/document_cues.tsv's `org` endings; all-capitals names are printed
//   in title case.

#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/normalise/document_cues.h"

namespace plantrace {

std::string FindPublisher(const Document& doc, const std::vector<std::string>& page1_lines,
                          const DocumentCues& cues);

// Every organisation name in `text`, in order, title-cased when printed in
// capitals.
std::vector<std::string> OrganisationsIn(const std::string& text, const DocumentCues& cues);

}  // namespace plantrace
