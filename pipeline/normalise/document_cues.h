#pragma once
// data/document_cues.tsv: what a paper says about itself — header field
// labels, the phrases that give its type, template titles that are not
// titles, and the words that end an organisation's name.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "pipeline/normalise/council_register.h"
#include "pipeline/normalise/header_fields.h"

namespace plantrace {

struct DocTypeCue {
  std::string type;    // report | record_of_decision | minutes | …
  std::string phrase;  // case-folded
  bool strong = true;  // before the report-fields and appendix-label rules
};

struct DocumentCues {
  std::vector<HeaderFieldCue> fields;
  std::vector<DocTypeCue> types;
  std::vector<std::string> generic_titles;  // case-folded
  std::vector<std::string> org_endings;     // case-folded, longest first
  std::vector<std::string> cover_phrases;   // case-folded
  std::vector<std::string> not_org_words;   // case-folded: "full", "budget"
  std::vector<std::string> salutations;     // case-folded: "dear"
  std::vector<std::string> sender_openings; // case-folded: "minister of state"
  // data/local_authorities.tsv, loaded beside this file (not by Parse).
  CouncilRegister councils;

  static Result<DocumentCues> Parse(std::string_view text, std::string_view where);
  // "the report", "Record of Decision": a template's name, not a title.
  bool IsGenericTitle(std::string_view title) const;
  // "full" in "Full Council": a word that does not start a council's name.
  bool IsNotOrgName(const std::string& folded_word) const;
};

// DataDir()'s document_cues.tsv with its register of councils
// (local_authorities.tsv).
Result<DocumentCues> LoadDocumentCues();

}  // namespace plantrace
