#include "extractors/pdf/layout/running_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "extractors/pdf/layout/page_number.h"

namespace plantrace::pdf {
namespace {

// The top and bottom bands: this share of the page height.
constexpr double kBand = 0.1;
// Running text is short.
constexpr size_t kMaxChars = 150;
// Repeats of one header stand within this many points of each other.
constexpr double kPlaceTolerance = 4.0;
// Repeated on at least this share of the pages (and on two pages at least).
constexpr double kMinPageShare = 0.5;

enum Band { kTop, kBottom };

// Lower case, digits as '#', single spaces: "Page 3 of 12" and "Page 4 of 12"
// get one key.
std::string Key(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (c >= '0' && c <= '9') c = '#';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    if (c == '#' && !key.empty() && key.back() == '#') continue;
    key += c;
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

void Mark(Band band, Block* b) {
  b->kind = band == kTop ? BlockKind::kHeader : BlockKind::kFooter;
  b->level = 0;
  b->marker.clear();
}

struct Candidate {
  size_t block;
  int page;
  double y;  // top of a header, bottom of a footer
};

}  // namespace

void MarkRunningText(const std::vector<PageInfo>& pages, std::vector<Block>* blocks) {
  std::map<int, double> height;
  for (const PageInfo& p : pages) height[p.page] = p.height;
  std::map<std::pair<Band, std::string>, std::vector<Candidate>> groups;
  for (size_t i = 0; i < blocks->size(); ++i) {
    Block& b = (*blocks)[i];
    if (!b.bbox || b.text.size() > kMaxChars) continue;
    const auto h = height.find(b.page);
    if (h == height.end() || h->second <= 0) continue;
    Band band;
    if (b.bbox->bottom <= h->second * kBand) {
      band = kTop;
    } else if (b.bbox->top >= h->second * (1 - kBand)) {
      band = kBottom;
    } else {
      continue;
    }
    if (IsPageNumber(b.text)) {
      Mark(band, &b);
      continue;
    }
    groups[{band, Key(b.text)}].push_back({i, b.page, band == kTop ? b.bbox->top : b.bbox->bottom});
  }
  const size_t min_pages =
      std::max<size_t>(2, static_cast<size_t>(std::ceil(kMinPageShare * static_cast<double>(pages.size()))));
  for (auto& [key, cands] : groups) {
    if (cands.size() < min_pages) continue;
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.y < b.y; });
    // For each candidate, the pages whose copy stands within the tolerance
    // (a sliding window over the sorted places).
    size_t lo = 0, hi = 0, counted_lo = 1, counted_hi = 0, count = 0;
    for (size_t i = 0; i < cands.size(); ++i) {
      while (cands[lo].y < cands[i].y - kPlaceTolerance) ++lo;
      while (hi < cands.size() && cands[hi].y <= cands[i].y + kPlaceTolerance) ++hi;
      if (lo != counted_lo || hi != counted_hi) {  // copies at one place share a window
        std::set<int> on_pages;
        for (size_t j = lo; j < hi; ++j) on_pages.insert(cands[j].page);
        count = on_pages.size();
        counted_lo = lo;
        counted_hi = hi;
      }
      if (count >= min_pages) {
        Mark(key.first, &(*blocks)[cands[i].block]);
      }
    }
  }
}

}  // namespace plantrace::pdf
