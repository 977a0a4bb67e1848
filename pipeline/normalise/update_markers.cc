#include "pipeline/normalise/update_markers.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "pipeline/normalise/calendar.h"
#include "text/normalize.h"

namespace plantrace {
namespace {

constexpr const char* kMon =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

std::string Sub(std::string p) {
  for (size_t pos; (pos = p.find("{MON}")) != std::string::npos;) p.replace(pos, 5, kMon);
  return p;
}

int Num(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

struct UpdateMarkerFinder::Impl {
  // "(July Update)", "(August / September 2018 updates)", "(September Update 2018)"
  RE2 bracketed{Sub("\\(\\s*(?i:{MON})(?:\\s*(?:/|&|and)\\s*(?i:{MON}))?\\s*((?:19|20)\\d{2})?"
                    "\\s*(?i:updates?)\\s*((?:19|20)\\d{2})?\\s*\\)")};
  // "(September 2018)" closing the paragraph.
  RE2 trailing{Sub("\\(\\s*({MON})\\s+((?:19|20)\\d{2})\\s*\\)\\s*\\.?\\s*$")};
  // "September Update" alone on a line.
  RE2 standalone{Sub("^\\s*(?i:{MON})\\s+(?:((?:19|20)\\d{2})\\s+)?(?i:updates?)\\s*"
                     "((?:19|20)\\d{2})?\\s*[:.]?\\s*$")};

  UpdateMarker Make(std::string_view text, const re2::StringPiece& all,
                    const re2::StringPiece& last_month, const re2::StringPiece& y1,
                    const re2::StringPiece& y2, int default_year) const {
    UpdateMarker m;
    m.begin = all.data() - text.data();
    m.end = m.begin + all.size();
    m.raw = std::string(all);
    m.month = MonthFromName(last_month);
    m.year = !y1.empty() ? Num(y1) : !y2.empty() ? Num(y2) : default_year;
    return m;
  }
};

UpdateMarkerFinder::UpdateMarkerFinder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
UpdateMarkerFinder::UpdateMarkerFinder(UpdateMarkerFinder&&) noexcept = default;
UpdateMarkerFinder& UpdateMarkerFinder::operator=(UpdateMarkerFinder&&) noexcept = default;
UpdateMarkerFinder::~UpdateMarkerFinder() = default;

std::string UpdateMarker::AsOf() const { return MonthString(year, month); }

Result<UpdateMarkerFinder> UpdateMarkerFinder::Create() {
  auto impl = std::make_unique<Impl>();
  for (const RE2* re : {&impl->bracketed, &impl->trailing, &impl->standalone}) {
    if (!re->ok()) return Status::InvalidArgument("update marker pattern", re->error());
  }
  return UpdateMarkerFinder(std::move(impl));
}

std::vector<UpdateMarker> UpdateMarkerFinder::Find(std::string_view text, int default_year) const {
  std::vector<UpdateMarker> out;
  // "(August / September 2018 updates)" names two months; the last counts,
  // so it is read back from the words of the match.
  re2::StringPiece sub[3];
  size_t pos = 0;
  while (pos < text.size() &&
         impl_->bracketed.Match(text, pos, text.size(), RE2::UNANCHORED, sub, 3)) {
    std::string_view all(sub[0].data(), sub[0].size());
    re2::StringPiece month;
    size_t i = 0;
    while (i < all.size()) {
      size_t j = i;
      while (j < all.size() && std::isalpha(static_cast<unsigned char>(all[j]))) ++j;
      if (j > i && MonthFromName(all.substr(i, j - i)) != 0) month = all.substr(i, j - i);
      i = j + 1;
    }
    if (!month.empty()) out.push_back(impl_->Make(text, sub[0], month, sub[1], sub[2], default_year));
    pos = sub[0].data() - text.data() + sub[0].size();
  }
  re2::StringPiece t[3];
  if (impl_->trailing.Match(text, 0, text.size(), RE2::UNANCHORED, t, 3)) {
    size_t b = t[0].data() - text.data();
    bool inside = std::any_of(out.begin(), out.end(),
                              [&](const UpdateMarker& m) { return b < m.end && m.begin <= b; });
    if (!inside) {
      // Raw without the trailing full stop and spaces.
      std::string_view all(t[0].data(), t[0].size());
      size_t close = all.rfind(')');
      re2::StringPiece raw(all.data(), close + 1);
      out.push_back(impl_->Make(text, raw, t[1], t[2], re2::StringPiece(), default_year));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const UpdateMarker& a, const UpdateMarker& b) { return a.begin < b.begin; });
  return out;
}

std::optional<UpdateMarker> UpdateMarkerFinder::StandaloneLine(std::string_view line,
                                                               int default_year) const {
  re2::StringPiece y1, y2;
  if (!RE2::FullMatch(line, impl_->standalone, &y1, &y2)) return std::nullopt;
  std::string trimmed = CollapseSpaces(line);
  UpdateMarker m;
  m.raw = trimmed;
  m.begin = line.find_first_not_of(" \t");
  m.end = line.size();
  size_t sp = trimmed.find(' ');
  m.month = MonthFromName(trimmed.substr(0, sp));
  m.year = !y1.empty() ? Num(y1) : !y2.empty() ? Num(y2) : default_year;
  return m;
}

std::vector<UpdatePiece> UpdateMarkerFinder::Split(std::string_view text, int default_year,
                                                   const std::vector<std::string>& attach) const {
  std::vector<std::string> words = attach;
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::vector<UpdatePiece> out;
  size_t start = 0;
  for (const UpdateMarker& m : Find(text, default_year)) {
    if (m.begin < start) continue;
    size_t end = m.end;
    // A full stop, and bare status words, after the marker stay with it.
    for (bool more = true; more;) {
      more = false;
      size_t p = end;
      while (p < text.size() && text[p] == ' ') ++p;
      if (p < text.size() && text[p] == '.') {
        end = p + 1;
        more = true;
        continue;
      }
      for (const std::string& w : words) {
        if (text.compare(p, w.size(), w) == 0 &&
            (p + w.size() == text.size() || !std::isalnum(static_cast<unsigned char>(text[p + w.size()])))) {
          end = p + w.size();
          more = true;
          break;
        }
      }
    }
    std::string piece = CollapseSpaces(text.substr(start, end - start));
    if (!piece.empty()) out.push_back({piece, m.AsOf()});
    start = end;
  }
  std::string rest = CollapseSpaces(text.substr(start));
  bool has_words = std::any_of(rest.begin(), rest.end(),
                           [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  if (!has_words && !rest.empty() && !out.empty()) {
    out.back().text += " " + rest;  // stray punctuation ("). ).") stays with its update
  } else if (has_words) {
    out.push_back({rest, std::nullopt});
  }
  return out;
}

}  // namespace plantrace
