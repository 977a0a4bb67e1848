#include "extractors/pdf/reader/font_style.h"

#include <string>

namespace plantrace::pdf {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasAny(const std::string& name, std::initializer_list<const char*> words) {
  for (const char* w : words) {
    if (name.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

FontStyle StyleOfFont(std::string_view font_name, bool flag_bold, bool flag_italic) {
  // Only the style part after the family counts ("Arial-BoldMT", "Foo,Bold",
  // "TimesNewRomanPS-BoldItalicMT"); a family named "Boldface Sans" is rare
  // enough to accept.
  const std::string name = Lower(font_name);
  FontStyle style;
  style.bold = flag_bold ||
               HasAny(name, {"bold", "black", "heavy", "semibold", "demibold", "extrabold",
                             "ultrabold", ",bd", "-bd", "-sb"});
  style.italic = flag_italic || HasAny(name, {"italic", "oblique", "-it", ",it", "slanted"});
  // "Semilight" and "Light" are not bold even though other words may match.
  if (HasAny(name, {"semilight", "extralight", "ultralight"})) style.bold = flag_bold;
  return style;
}

}  // namespace plantrace::pdf
