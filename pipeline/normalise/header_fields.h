#pragma once
// The header fields a committee paper prints at its top, as "Label: value"
// (ModernGov report and record-of-decision templates): "Subject:", "Title of
// Decision:", "To: Cabinet, 30 January 2025", "Decision No: 24/00115",
// "From:", "Report of:". A value may run on over the next lines until the
// next label. Which labels mean what is data (data/document_cues.tsv,
// `field` rows); the reader only knows the layout.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace plantrace {

// title | decision_number | meeting | from | date
using HeaderFieldName = std::string;

struct HeaderFieldCue {
  std::string label;  // case-folded, without the colon: "title of decision"
  HeaderFieldName field;
};

// The first value of each field found in `lines` (a page's lines in reading
// order), values with their runs of spaces collapsed. A label matches at the
// start of a line, followed by ':' or by the value after two or more spaces
// or a tab (a two-column header); the longest label wins. A value runs on
// over the following lines until a line that opens another "Label:" field or
// a blank line; a label alone on its line takes the next lines as its value.
std::map<HeaderFieldName, std::string> ReadHeaderFields(const std::vector<std::string>& lines,
                                                        const std::vector<HeaderFieldCue>& cues);

// True when `line` opens a "Label:" field of any label (a few words before a
// colon), known or not: it ends the value of the field before.
bool OpensField(std::string_view line);

}  // namespace plantrace
