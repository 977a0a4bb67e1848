#pragma once
// The publisher a paper shares with the papers ingested with it from the
// same folder (docs/decisions.md, issue 14, session 5). A user who ingests
// one folder of a meeting's papers expects an appendix or an impact
// assessment that prints only "the Council" or "KCC" to carry the
// publisher its covering report prints. The folder is the user's grouping
// of one ingest call, never read from a file name. Weighed after the paper's
// own evidence, which always wins:
//   1. a council of the group whose initials the paper prints in its title
//      or items ("BCC" in "Addendum – BCC 2019-20 Improvement Programme")
//      when exactly one council of the group has them;
//   2. else the publisher most of the group's papers give (their own and
//      those step 1 gave), when at least two give it and more than half of
//      those that give any.
// Papers stored by an earlier, interrupted call of the same folder take
// part with what the store holds (their title, items and publisher), so a
// killed and resumed ingest ends as one uninterrupted run: a publisher
// shared before counts as given, which changes no outcome because steps 1
// and 2 only ever hand out a name the group already gives, and step 2 counts
// what step 1 gave.

#include <string>
#include <vector>

#include "model/records.h"

namespace plantrace {

struct GroupPaper {
  std::string group;      // the folder the file was read from
  std::string publisher;  // read from the paper itself; "" when it names none
  std::vector<std::string> initialisms;  // words of capitals it prints ("KCC")
};

// For each paper without a publisher of its own, the one its group gives
// ("" when the group gives none); "" for papers with their own.
std::vector<std::string> SharedPublishers(const std::vector<GroupPaper>& papers);

// The words of two to five capital letters a paper's record prints: its
// title and its items' texts (what the store holds, so that a paper read
// now and one stored before are weighed alike), sorted and unique.
std::vector<std::string> Initialisms(const DocumentRecord& doc, const std::vector<ItemRecord>& items);

}  // namespace plantrace
