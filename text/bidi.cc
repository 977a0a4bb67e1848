#include "text/bidi.h"

#include <algorithm>
#include <memory>

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace plantrace {

bool HasRightToLeft(std::string_view s) {
  // Right-to-left scripts start at U+0590: UTF-8 lead byte 0xD6 or above.
  // Most text has none, and is answered without decoding.
  if (std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xD6; })) return false;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) continue;
    const UCharDirection d = u_charDirection(c);
    if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC) return true;
  }
  return false;
}

std::string VisualToLogical(std::string_view utf8) {
  if (!HasRightToLeft(utf8)) return std::string(utf8);
  icu::UnicodeString visual = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, void (*)(UBiDi*)> bidi(ubidi_open(), ubidi_close);
  if (!bidi) return std::string(utf8);
  // The inverse algorithm: the text given is what is displayed; reordering
  // it as displayed text yields the stored (logical) order.
  ubidi_setInverse(bidi.get(), true);
  ubidi_setPara(bidi.get(), visual.getBuffer(), visual.length(), UBIDI_DEFAULT_RTL, nullptr, &status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString logical;
  const int32_t cap = visual.length() * 2 + 1;
  UChar* buf = logical.getBuffer(cap);
  const int32_t len = ubidi_writeReordered(bidi.get(), buf, cap, UBIDI_DO_MIRRORING, &status);
  logical.releaseBuffer(U_SUCCESS(status) ? len : 0);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  logical.toUTF8String(out);
  return out;
}

}  // namespace plantrace
