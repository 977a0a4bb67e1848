#pragma once
// End-of-line hyphens: "manage-" + "ment" is one word broken by the line
// ("management"), "co-" + "operation" may be a real hyphenated word. Without a
// dictionary the document itself is the dictionary: the words it uses
// elsewhere decide.
//
// Rule (see docs/decisions.md, "PDF layout"):
//   1. the next line starts with an upper-case letter, a digit or anything
//      but a lower-case letter -> keep the hyphen ("Stock-Take", "2019-20");
//   2. the hyphenated form occurs elsewhere in the document -> keep it;
//   3. the joined form occurs elsewhere -> drop the hyphen;
//   4. both halves occur elsewhere as words of their own -> keep it
//      ("third-party" when "third" and "party" are used alone);
//   5. otherwise -> drop the hyphen (ordinary hyphenation).

#include <string>
#include <string_view>
#include <unordered_set>

namespace plantrace::pdf {

// The words of a document, folded to lower case (ASCII) with leading and
// trailing punctuation removed.
class Vocabulary {
 public:
  void Add(std::string_view word);
  bool Has(std::string_view word) const;

 private:
  std::unordered_set<std::string> words_;
};

// The key a word is stored under: ASCII lower case, outer punctuation trimmed.
std::string VocabularyKey(std::string_view word);

enum class LineBreakJoin {
  kSpace,       // not a line-end hyphen: join with a space
  kKeepHyphen,  // a real hyphen: join without a space, hyphen kept
  kDropHyphen,  // hyphenation: join without a space, hyphen removed
};

// How the last word of one line and the first word of the next are joined.
LineBreakJoin JoinAcrossLines(std::string_view last, std::string_view next, const Vocabulary& vocab);

}  // namespace plantrace::pdf
