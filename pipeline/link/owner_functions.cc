#include "pipeline/link/owner_functions.h"

#include <algorithm>
#include <cctype>

#include "pipeline/shared/data_files.h"

namespace plantrace {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Result<OwnerFunctions> OwnerFunctions::Load() {
  Result<std::string> text = ReadDataFile("owner_functions.tsv");
  if (!text.ok()) return text.status();
  return Parse(text.value(), "owner_functions.tsv");
}

Result<OwnerFunctions> OwnerFunctions::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 2);
  if (!rows.ok()) return rows.status();
  OwnerFunctions out;
  for (const TsvRow& row : rows.value()) {
    Function f;
    f.id = row.fields[0];
    std::string_view cues = row.fields[1];
    while (!cues.empty()) {
      size_t semi = cues.find(';');
      std::string_view cue = cues.substr(0, semi);
      while (!cue.empty() && cue.front() == ' ') cue.remove_prefix(1);
      while (!cue.empty() && cue.back() == ' ') cue.remove_suffix(1);
      if (!cue.empty()) f.cues.push_back(Lower(cue));
      if (semi == std::string_view::npos) break;
      cues.remove_prefix(semi + 1);
    }
    if (f.cues.empty()) {
      return Status::Corruption(RowWhere(where, row), "a function needs at least one cue");
    }
    out.functions_.push_back(std::move(f));
  }
  return out;
}

std::vector<std::string> OwnerFunctions::Of(const std::vector<std::string>& titles) const {
  std::vector<std::string> out;
  for (const std::string& title : titles) {
    const std::string t = Lower(title);
    for (const Function& f : functions_) {
      for (const std::string& cue : f.cues) {
        if (t.find(cue) != std::string::npos) {
          out.push_back(f.id);
          break;
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace plantrace
