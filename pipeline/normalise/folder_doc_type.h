#pragma once
// The type of a paper that says nothing of its own, from the folder it was
// ingested with (docs/decisions.md, issue 14, session 5). A meeting's
// papers are its agenda, its reports, records of decision and minutes, and
// what is attached to them ("Agendas … normally have reports attached";
// ModernGov lists every other paper of an agenda item as a supporting
// document). So in a folder of one ingest call that holds a committee paper,
// a paper the classifier could only call `other` (a slide deck, a
// ministerial letter) is an `appendix`. A folder without committee papers
// changes nothing. The folder is the user's grouping, never a file name.

#include <string>
#include <vector>

namespace plantrace {

struct TypedPaper {
  std::string group;     // the folder the file was read from
  std::string doc_type;  // as read (or given); "other" when nothing told
  bool given = false;    // set by the user (manifest, --doc-type): kept
};

// For each paper, the type its folder gives it ("appendix"), else "".
std::vector<std::string> FolderDocTypes(const std::vector<TypedPaper>& papers);

}  // namespace plantrace
