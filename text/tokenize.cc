#include "text/tokenize.h"

#include <algorithm>
#include <unordered_map>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/ascii_words.h"

namespace plantrace {
namespace {

// Above this many distinct words the stem cache is cleared (memory bound).
constexpr size_t kMaxCachedStems = 200000;

bool HasLetterOrDigit(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    if (u_isalnum(c)) return true;
    i += U16_LENGTH(c);
  }
  return false;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;  // null when ICU has no word rules
  sb_stemmer* stemmer = nullptr;              // null when libstemmer lacks English
  std::unordered_map<std::string, std::string> stems;
  const icu::UnicodeString curly{static_cast<UChar>(0x2019)};
  const icu::UnicodeString straight{static_cast<UChar>('\'')};
  // The last few texts tokenised: the linker reads one item's fields for
  // its terms, passages, theme cues and continuation cues in turn.
  struct Recent {
    std::string text;
    std::vector<Token> tokens;
  };
  std::vector<Recent> recent;
  size_t next_recent = 0;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) words.reset();
    stemmer = sb_stemmer_new("english", "UTF_8");
  }
  ~Impl() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }

  std::string Stem(const std::string& w) {
    auto it = stems.find(w);
    if (it != stems.end()) return it->second;
    std::string out = w;
    if (stemmer) {
      const sb_symbol* s = sb_stemmer_stem(
          stemmer, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
      if (s) out.assign(reinterpret_cast<const char*>(s), sb_stemmer_length(stemmer));
    }
    if (stems.size() >= kMaxCachedStems) stems.clear();
    stems.emplace(w, out);
    return out;
  }

  std::vector<std::string> Words(std::string_view utf8) {
    std::vector<std::string> out;
    // ASCII text (most council prose) is cut without ICU, by the same rules
    // (ascii_words.h).
    const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii && words) {
      AppendAsciiWords(utf8, out);
      return out;
    }
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    // ASCII text (most council prose): UTF-16 positions are byte offsets,
    // a letter or digit is [A-Za-z0-9] and case folding is tolower, so a
    // word is cut from the bytes without a round trip through UTF-16.
    auto emit = [&](int32_t b, int32_t e) {
      if (ascii) {
        const std::string_view bytes = utf8.substr(b, e - b);
        if (std::none_of(bytes.begin(), bytes.end(), [](char c) { return IsAsciiAlnum(c); })) return;
        std::string s(bytes);
        for (char& c : s) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        out.push_back(std::move(s));
        return;
      }
      icu::UnicodeString w(text, b, e - b);
      if (!HasLetterOrDigit(w)) return;
      w.foldCase(U_FOLD_CASE_DEFAULT);
      // Typographic apostrophes fold to ASCII so "council’s" == "council's".
      if (w.indexOf(static_cast<UChar>(0x2019)) >= 0) w.findAndReplace(curly, straight);
      std::string s;
      w.toUTF8String(s);
      out.push_back(std::move(s));
    };
    if (!words) {  // fallback: split on anything that is not a letter or digit
      int32_t start = -1;
      for (int32_t i = 0; i <= text.length();) {
        UChar32 c = i < text.length() ? text.char32At(i) : 0;
        bool in = i < text.length() && u_isalnum(c);
        if (in && start < 0) start = i;
        if (!in && start >= 0) {
          emit(start, i);
          start = -1;
        }
        i += i < text.length() ? U16_LENGTH(c) : 1;
      }
      return out;
    }
    words->setText(text);
    int32_t b = words->first();
    for (int32_t e = words->next(); e != icu::BreakIterator::DONE; b = e, e = words->next()) {
      int32_t rule = words->getRuleStatus();
      bool wordlike = (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) ||
                      (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT) ||
                      (rule >= UBRK_WORD_KANA && rule < UBRK_WORD_IDEO_LIMIT);
      if (wordlike) emit(b, e);
    }
    return out;
  }
};

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

std::vector<std::string> Tokenizer::Words(std::string_view utf8) { return impl_->Words(utf8); }

std::string Tokenizer::Stem(std::string_view folded_word) {
  return impl_->Stem(std::string(folded_word));
}

std::vector<Token> Tokenizer::Tokenize(std::string_view utf8) { return Tokens(utf8); }

const std::vector<Token>& Tokenizer::Tokens(std::string_view utf8) {
  // Enough for the fields of one item (text, section, actions, deliverables,
  // updates) to be read again by each of the linker's passes over it.
  constexpr size_t kRecentTexts = 32;
  for (const Impl::Recent& r : impl_->recent) {
    if (r.text == utf8) return r.tokens;
  }
  std::vector<Token> out;
  for (std::string& w : impl_->Words(utf8)) {
    Token t;
    t.stem = impl_->Stem(w);
    t.folded = std::move(w);
    out.push_back(std::move(t));
  }
  Impl::Recent* slot;
  if (impl_->recent.size() < kRecentTexts) {
    slot = &impl_->recent.emplace_back();
  } else {
    slot = &impl_->recent[impl_->next_recent];
    impl_->next_recent = (impl_->next_recent + 1) % kRecentTexts;
  }
  slot->text.assign(utf8);
  slot->tokens = std::move(out);
  return slot->tokens;
}

}  // namespace plantrace
