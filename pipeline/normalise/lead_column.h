#pragma once
// Reading a "Lead / RAG status … Latest Update in Bold" column: owner
// headings (short bold or underlined lines that name roles) become owners
// and are removed from the updates; the other lines are progress updates.
// An owner heading that ends an item's cell with no update after it is the
// heading of the next item when that one does not open with its own.

#include <string>
#include <vector>

#include "model/records.h"
#include "pipeline/normalise/owner_parser.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace {

// True when `line` is an owner heading: bold or underlined throughout, at
// most 15 words, no sentence inside, and mostly role names.
bool IsOwnerHeading(const StyledLine& line, const OwnerParser& owners);

// A heading line without the ":" or "." that closes it.
std::string HeadingText(const std::string& line);

// Moves trailing owner headings to the next item of the same column layout.
void MoveTrailingOwnerHeadings(std::vector<RawItem>* items, const OwnerParser& owners);

struct LeadReading {
  std::vector<OwnerRecord> owners;      // distinct titles, in order
  std::vector<StyledLine> update_lines; // the lines that are not headings
};
LeadReading ReadLeadColumn(const RawItem& item, const OwnerParser& owners);

// Owners of an owner-only column, distinct (title, interim), in order.
void AddOwners(const std::vector<OwnerRecord>& found, std::vector<OwnerRecord>* out);

}  // namespace plantrace
