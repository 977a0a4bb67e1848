#include "text/normalize.h"

#include <algorithm>
#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace plantrace {
namespace {

// UnicodeString::fromUTF8 replaces ill-formed sequences with U+FFFD.
icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsSpaceLike(UChar32 c) {
  return c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x205F || c == 0x1680;
}

// Latin ligatures in the Alphabetic Presentation Forms block, which NFC keeps
// (only NFKC would split them, and NFKC also rewrites things we want kept,
// such as superscript digits and "½").
const char* LigatureExpansion(UChar32 c) {
  switch (c) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05: return "st";
    case 0xFB06: return "st";
    default: return nullptr;
  }
}

}  // namespace

std::string CleanText(std::string_view utf8) {
  // Printable ASCII is already clean and NFC: skip ICU (most words of most
  // documents).
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
    return std::string(utf8);
  }
  icu::UnicodeString in = FromUtf8(utf8);
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x00AD || c == 0x200B || c == 0xFEFF) continue;  // soft hyphen, ZWSP, BOM
    if (IsSpaceLike(c)) {
      mapped.append(static_cast<UChar>(' '));
    } else if (const char* lig = LigatureExpansion(c)) {
      mapped.append(icu::UnicodeString(lig));
    } else if (c < 0x20 && c != '\n' && c != '\t') {
      continue;  // control characters carry no text
    } else {
      mapped.append(c);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return ToUtf8(mapped);
  icu::UnicodeString normalized = nfc->normalize(mapped, status);
  return U_FAILURE(status) ? ToUtf8(mapped) : ToUtf8(normalized);
}

std::string CaseFold(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8);
  u.foldCase(U_FOLD_CASE_DEFAULT);
  return ToUtf8(u);
}

std::string CollapseSpaces(std::string_view s) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  };
  // Whole runs of other characters are appended at once (a character at a
  // time cost a check of the capacity per byte, on every text of a page).
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    if (i == s.size()) break;
    size_t end = i + 1;
    while (end < s.size() && !is_space(s[end])) ++end;
    if (!out.empty()) out.push_back(' ');
    out.append(s.data() + i, end - i);
    i = end;
  }
  return out;
}

bool ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::string name(charset);
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(name.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status) || !conv) return false;
  // Substitute U+FFFD for bytes that are invalid in the charset.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr,
                      &status);
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  if (U_FAILURE(status)) return false;
  *out = ToUtf8(u);
  return true;
}

}  // namespace plantrace
