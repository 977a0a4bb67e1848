#pragma once
// Word tokens for matching text across documents: ICU word boundaries
// (UAX #29), full case folding, and the Snowball English stemmer.
//
//   Tokenizer tok;
//   for (const Token& t : tok.Tokenize("Reviewing the Council's MTFS"))
//     ...  // {"review","reviewing"}, {"the","the"}, {"council","council's"}, {"mtfs","mtfs"}
//
// Only runs of letters or digits become tokens; punctuation, spaces and
// symbols are boundaries. A Tokenizer keeps a word -> stem cache and is not
// safe to share between threads (make one per thread). ICU and libstemmer
// types stay in tokenize.cc.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace plantrace {

struct Token {
  std::string stem;    // the stem of the folded word ("review")
  std::string folded;  // the word as read, case-folded ("reviewing")
};

class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Invalid UTF-8 is replaced, never fatal.
  std::vector<Token> Tokenize(std::string_view utf8);
  // The same tokens, without a copy: valid until the next call on this
  // Tokenizer. The last few texts are kept, so reading one item's fields
  // for several purposes in turn (terms, theme cues, continuation cues)
  // splits and stems each text once.
  const std::vector<Token>& Tokens(std::string_view utf8);
  // The case-folded words only (no stemming).
  std::vector<std::string> Words(std::string_view utf8);
  // The stem of one already case-folded word.
  std::string Stem(std::string_view folded_word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace
