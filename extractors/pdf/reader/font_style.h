#pragma once
// Bold and italic of a font, from its descriptor flags AND its name: the CID
// fonts that Chromium and LibreOffice embed carry no flags, only names such as
// "LiberationSans-Bold" or "Arial-BoldItalicMT".

#include <string_view>

namespace plantrace::pdf {

struct FontStyle {
  bool bold = false;
  bool italic = false;
};

FontStyle StyleOfFont(std::string_view font_name, bool flag_bold, bool flag_italic);

}  // namespace plantrace::pdf
