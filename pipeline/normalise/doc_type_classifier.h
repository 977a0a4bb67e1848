#pragma once
// What a paper is (docs/records.md `doc_type`), from what it prints: the
// phrases of its heading (data/document_cues.tsv `type` rows), its report
// header fields, an "Appendix X" label. Content decides, not filing: a
// proposed record of decision filed as an appendix is a record_of_decision.

#include <map>
#include <string>

#include "pipeline/normalise/document_cues.h"

namespace plantrace {

// `heading` is the case-folded text of the paper's heading (page 1's
// headings and first blocks); `fields` its header fields. "other" when
// nothing tells.
std::string ClassifyDocType(const std::string& heading,
                            const std::map<HeaderFieldName, std::string>& fields,
                            const DocumentCues& cues);

// True when `folded` (case-folded) opens with an "appendix <label>" label.
bool OpensWithAppendixLabel(const std::string& folded);

}  // namespace plantrace
