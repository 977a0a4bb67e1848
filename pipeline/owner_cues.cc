#include "pipeline/owner_cues.h"

#include "pipeline/column_roles.h"
#include "pipeline/data_files.h"
#include "text/normalize.h"

namespace plantrace {

Result<OwnerCues> OwnerCues::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 2);
  if (!rows.ok()) return rows.status();
  OwnerCues out;
  for (const TsvRow& row : rows.value()) {
    if (row.fields[0] != "cue") {
      return Status::InvalidArgument(RowWhere(where, row),
                                     "unknown line type '" + row.fields[0] + "'");
    }
    out.cues.push_back(CaseFold(row.fields[1]));
  }
  return out;
}

std::vector<OwnerRecord> OwnerCues::Find(std::string_view text, const OwnerParser& owners) const {
  std::vector<OwnerRecord> out;
  // Case folding of ASCII keeps offsets; the cues are ASCII.
  std::string folded(text);
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const std::string& cue : cues) {
    for (auto [b, e] : FindPhrase(folded, cue)) {
      size_t start = e;
      while (start < text.size() && text[start] == ' ') ++start;
      size_t stop = text.find_first_of(",;.()\n", start);
      if (stop == std::string_view::npos) stop = text.size();
      std::string_view frag = text.substr(start, stop - start);
      if (frag.empty() || !owners.LooksLikeRole(frag)) continue;
      OwnerRecord o = owners.ParseOne(frag);
      bool dup = false;
      for (const OwnerRecord& h : out) dup = dup || (h.title == o.title && h.interim == o.interim);
      if (!dup) out.push_back(std::move(o));
    }
  }
  return out;
}

}  // namespace plantrace
