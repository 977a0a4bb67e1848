#pragma once
// What links committee papers (reports, records of decision, minutes and
// the papers filed with them). The published convention for these papers
// (the Kent answers' CONVENTIONS.md, "Links between committee papers") has
// one kind of link: the same decision seen again, in its report, its
// (proposed) record of decision and the minutes that record it. So between
// two committee papers the linker keeps only:
//   - identity links: the same decision number (decision_numbers.h), the
//     same decision wording (SameDecisionWording), or a minute whose
//     heading names the report or record it resolves (SubjectKey);
//   - scored links between decisions (or recommendations) strong enough to
//     be the same decision, whose texts name no conflicting figures
//     (ConflictingFigures: "the minutes of the meeting on 28 November"
//     are not "the minutes of the meeting on 9 January").
// Rows of registers, measures of an appendix and other items of committee
// papers are not decisions and are not linked to one another; a plan's
// items are linked as before, whatever the other paper.

#include <optional>
#include <string>
#include <string_view>

#include "model/records.h"

namespace plantrace {

// Reports, records of decision, minutes, agendas and the papers filed with
// them (appendices, impact assessments, amendments, registers). Not plans,
// assessments or papers of unknown type.
bool IsCommitteePaper(const std::optional<std::string>& doc_type);

// What a body is asked to do or did: `decision` or `recommendation`.
bool IsDecisionKind(const std::string& kind);

// The subject a heading or title names, folded to lower-case words: a
// minute's number ("89."), a decision number ("24/00108 -") and
// punctuation dropped. Empty when fewer than three words are left (a
// heading like "Apologies" names no paper).
std::string SubjectKey(std::string_view heading);

// Two decisions in the same words: the content words of the shorter text
// (at least four, lead-ins such as "Cabinet is asked to" and "RESOLVED
// that" aside) are nearly all (`min_share`) among the longer's, and the
// longer is at most `max_ratio` times as long. "Cabinet is asked to agree
// the Commissioning Plan for Education Provision in Kent 2025-29" and "the
// Commissioning Plan for Education Provision in Kent 2025-29".
bool SameDecisionWording(std::string_view a, std::string_view b, double min_share = 0.85,
                         double max_ratio = 2.5);

// Both items' own texts name a day (or a sum) and they share none: the same
// boilerplate about different meetings or different figures.
bool ConflictingFigures(const ItemRecord& a, const ItemRecord& b);

// Papers of one meeting: dates equal at the precision both print, or
// either unknown.
bool SameMeetingDate(const std::string& a, const std::string& b);

}  // namespace plantrace
