#pragma once
// The sums of a report's "Financial Implications" section, given to the
// item the section says it is about (docs/decisions.md, issue 14,
// session 5). A committee report keeps its money out of its recommendations
// and aims: CIPFA / LGA report structures, ModernGov's report template and
// the Kent reports all have a "Financial Implications" section. Its sums are
// an item's only when the section names that item: "Delivering financial
// stability is one of the IRP's three overarching aims" is aim (1),
// "Financial Sustainability: …". A section that names no item (the Kent
// transfer report's "£59m … to be transferred") gives its sums to nobody.

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/records.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace {

struct FinancialReference {
  size_t item = 0;                      // index into the items given
  std::vector<std::string> paragraphs;  // the section's paragraphs, in order
};

// The item of `items` that the document's financial-implications section
// names as "one of the … aims / objectives / priorities", by a word of the
// item's label ("Financial Sustainability:"); nullopt when the section is
// absent, names none, or its words fit more than one label.
std::optional<FinancialReference> FindFinancialReference(const Document& doc,
                                                         const std::vector<RawItem>& items);

// "over the next two years" in `sentence_text`, read as the financial years
// the section names from its first: ("2024/25", "2025/26") → the span
// "2024/25-2025/26" (start year 2024, 2 years). nullopt without the phrase or
// when the section does not name those years.
// The sentences of `paragraphs` read as one text (split after ". ").
std::vector<std::string> Sentences(const std::vector<std::string>& paragraphs);

struct YearsSpan {
  std::string raw;     // "over the next two years"
  std::string period;  // "2024/25-2025/26"
  int first_year = 0;  // 2024
  int years = 0;       // 2
};
std::optional<YearsSpan> NextYearsSpan(const std::string& sentence_text,
                                       const std::vector<std::string>& paragraphs);

}  // namespace plantrace
