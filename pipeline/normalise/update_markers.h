#pragma once
// Progress-update markers of update logs: "(July Update)", "(August 2018
// update)", "(Sept Update)", "(September Update 2018)", "(August /
// September 2018 updates)" (the last month named counts), a trailing
// "(September 2018)" that closes a paragraph, and a standalone
// "September Update" line. Each gives an as_of month "YYYY-MM"; the year,
// when not printed, is the caller's (the document's or the update's).
//
// A mention of an update as a document ("attached at the August Update")
// is not a marker: markers are bracketed, trailing or alone on their line.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace plantrace {

struct UpdateMarker {
  std::string raw;  // as printed, brackets included
  int year = 0;
  int month = 0;
  size_t begin = 0;
  size_t end = 0;
  std::string AsOf() const;  // "YYYY-MM"
};

struct UpdatePiece {
  std::string text;
  std::optional<std::string> as_of;
};

class UpdateMarkerFinder {
 public:
  static Result<UpdateMarkerFinder> Create();
  UpdateMarkerFinder(UpdateMarkerFinder&&) noexcept;
  UpdateMarkerFinder& operator=(UpdateMarkerFinder&&) noexcept;
  ~UpdateMarkerFinder();

  // Markers inside a paragraph, in order.
  std::vector<UpdateMarker> Find(std::string_view paragraph, int default_year) const;

  // A line that is only a marker without brackets ("September Update").
  std::optional<UpdateMarker> StandaloneLine(std::string_view line, int default_year) const;

  // Splits a paragraph after each marker: "A (July Update). B (August
  // Update). C" → "A (July Update).", "B (August Update).", "C" (as_of null).
  // `attach` lists words that stay with the update before them when they
  // follow its marker (bare status words: "COMPLETE", "NOW COMPLETE").
  std::vector<UpdatePiece> Split(std::string_view paragraph, int default_year,
                                 const std::vector<std::string>& attach) const;

 private:
  struct Impl;
  explicit UpdateMarkerFinder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace
