#include "pipeline/normalise/folder_doc_type.h"

#include <set>

namespace plantrace {
namespace {

// The papers of a meeting that make a folder a meeting's.
bool CommitteePaper(const std::string& type) {
  return type == "report" || type == "record_of_decision" || type == "minutes" ||
         type == "agenda";
}

}  // namespace

std::vector<std::string> FolderDocTypes(const std::vector<TypedPaper>& papers) {
  std::set<std::string> meetings;
  for (const TypedPaper& p : papers) {
    if (CommitteePaper(p.doc_type)) meetings.insert(p.group);
  }
  std::vector<std::string> out(papers.size());
  for (size_t i = 0; i < papers.size(); ++i) {
    const TypedPaper& p = papers[i];
    if (!p.given && p.doc_type == "other" && meetings.count(p.group)) out[i] = "appendix";
  }
  return out;
}

}  // namespace plantrace
