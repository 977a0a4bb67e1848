#include "pipeline/normalise/document_cues.h"

#include <algorithm>
#include <set>

#include "pipeline/shared/data_files.h"
#include "text/normalize.h"

namespace plantrace {

Result<DocumentCues> DocumentCues::Parse(std::string_view text, std::string_view where) {
  Result<std::vector<TsvRow>> rows = ParseTsv(text, where, 2, 4);
  if (!rows.ok()) return rows.status();
  static const std::set<std::string> kFields = {"title", "decision_number", "meeting", "from", "author",
                                                "date"};
  static const std::set<std::string> kTypes = {
      "report", "record_of_decision", "minutes", "agenda", "appendix", "impact_assessment",
      "amendment", "register", "plan", "assessment", "other"};
  DocumentCues out;
  for (const TsvRow& row : rows.value()) {
    const std::vector<std::string>& f = row.fields;
    auto bad = [&](const std::string& why) {
      return Status::InvalidArgument(RowWhere(where, row), why);
    };
    if (f[0] == "field") {
      if (f.size() != 3 || !kFields.count(f[2])) return bad("expected: field <label> <field name>");
      out.fields.push_back({CaseFold(f[1]), f[2]});
    } else if (f[0] == "type") {
      if (f.size() != 4 || !kTypes.count(f[1]) || (f[3] != "strong" && f[3] != "weak")) {
        return bad("expected: type <doc_type> <phrase> strong|weak");
      }
      out.types.push_back({f[1], CaseFold(f[2]), f[3] == "strong"});
    } else if (f[0] == "generic" && f.size() == 2) {
      out.generic_titles.push_back(CaseFold(f[1]));
    } else if (f[0] == "cover" && f.size() == 2) {
      out.cover_phrases.push_back(CaseFold(f[1]));
    } else if (f[0] == "letter" && f.size() == 2) {
      out.salutations.push_back(CaseFold(f[1]));
    } else if (f[0] == "sender" && f.size() == 2) {
      out.sender_openings.push_back(CaseFold(f[1]));
    } else if (f[0] == "notorg" && f.size() == 2) {
      out.not_org_words.push_back(CaseFold(f[1]));
    } else if (f[0] == "org" && f.size() == 2) {
      out.org_endings.push_back(CaseFold(f[1]));
    } else {
      return bad("unknown line type '" + f[0] + "'");
    }
  }
  std::stable_sort(out.org_endings.begin(), out.org_endings.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

bool DocumentCues::IsGenericTitle(std::string_view title) const {
  std::string t = CaseFold(CollapseSpaces(std::string(title)));
  while (!t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == ' ')) t.pop_back();
  return std::find(generic_titles.begin(), generic_titles.end(), t) != generic_titles.end();
}

}  // namespace plantrace

namespace plantrace {

bool DocumentCues::IsNotOrgName(const std::string& folded_word) const {
  return std::find(not_org_words.begin(), not_org_words.end(), folded_word) != not_org_words.end();
}

}  // namespace plantrace

namespace plantrace {

Result<DocumentCues> LoadDocumentCues() {
  Result<std::string> text = ReadDataFile("document_cues.tsv");
  if (!text.ok()) return text.status();
  Result<DocumentCues> cues = DocumentCues::Parse(text.value(), DataDir() + "/document_cues.tsv");
  if (!cues.ok()) return cues.status();
  Result<std::string> councils_text = ReadDataFile("local_authorities.tsv");
  if (!councils_text.ok()) return councils_text.status();
  Result<CouncilRegister> councils =
      CouncilRegister::Parse(councils_text.value(), DataDir() + "/local_authorities.tsv");
  if (!councils.ok()) return councils.status();
  cues.value().councils = std::move(councils).value();
  return cues;
}

}  // namespace plantrace
