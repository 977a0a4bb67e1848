#pragma once
// The function behind an owner's title (legal and democratic, finance,
// people, strategy and policy, ...), so that links can see that the 2018
// "City Solicitor" and the 2023 "Monitoring Officer" own the same kind of
// work. The lexicon is data/owner_functions.tsv.

#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

class OwnerFunctions {
 public:
  // Reads data/owner_functions.tsv from DataDir().
  static Result<OwnerFunctions> Load();
  // From the text of such a file; `where` names it in messages.
  static Result<OwnerFunctions> Parse(std::string_view text, std::string_view where);

  // The function ids of these canonical titles, sorted, unique.
  std::vector<std::string> Of(const std::vector<std::string>& titles) const;

 private:
  struct Function {
    std::string id;
    std::vector<std::string> cues;  // case-folded
  };
  std::vector<Function> functions_;
};

}  // namespace plantrace
