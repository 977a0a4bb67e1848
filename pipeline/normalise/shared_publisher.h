#pragma once
// The publisher a paper shares with the papers ingested with it from the
// same folder (docs/decisions.md, issue 14, session 5). A user who ingests
// one folder of a meeting's papers expects an appendix or an impact
// assessment that prints only "the Council" or "KCC" to carry the
// publisher its covering report prints. The folder is the user's grouping
// of one ingest call, never read from a file name. Weighed after the paper's
// own evidence, which always wins:
//   1. a council of the group whose initials the paper prints ("KCC",
//      "BCC" in the title "Addendum – BCC 2019-20 Improvement Programme")
//      when exactly one council of the group has them;
//   2. else the publisher most of the group's papers give, when at least two
//      give it and more than half of those that give any.

#include <string>
#include <vector>

#include "model/document.h"

namespace plantrace {

struct GroupPaper {
  std::string group;      // the folder the file was read from
  std::string publisher;  // read from the paper itself; "" when it names none
  std::vector<std::string> initialisms;  // words of capitals it prints ("KCC")
};

// For each paper without a publisher of its own, the one its group gives
// ("" when the group gives none); "" for papers with their own.
std::vector<std::string> SharedPublishers(const std::vector<GroupPaper>& papers);

// The words of two to five capital letters a document prints (its text and
// its info dictionary's title), sorted and unique.
std::vector<std::string> Initialisms(const Document& doc);

}  // namespace plantrace
