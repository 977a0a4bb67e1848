#pragma once
// Progress updates of a lead / update column (gold README "Conventions for
// 2018 updates and status"), after the owner headings are taken out:
//   - each line is an update; a line that is partly bold is split where a
//     bold sentence follows a plain one;
//   - a paragraph holding several update markers ("(July Update)") is split
//     after each marker; bare status words after a marker ("NOW
//     COMPLETE") stay with the update before them, and a line of bare
//     status words joins the update before it;
//   - `as_of` is the month of the update's last marker; a standalone
//     "September Update" line gives its month to the adjacent bold updates
//     without a marker of their own (those before it, else those after);
//   - a bracketed month that closes an update without a marker
//     ("… colleagues (September 2018).") is its marker;
//   - `latest` when the update is shown in bold, unless its marker names a
//     month before the document's.
// Status comes from the status tokens of the status texts (ItemStatus,
// pipeline/status_parser.h).

#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "model/records.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/segment/segment_types.h"

namespace plantrace {

struct UpdateReading {
  std::vector<UpdateRecord> updates;
  std::optional<StatusRecord> status;
  // The dates of the updates: their markers as as_of, the rest as the date
  // parser reads them.
  std::vector<ParsedDate> dates;
};

class UpdateReader {
 public:
  static Result<UpdateReader> Load(const std::string& data_dir);
  UpdateReader(UpdateReader&&) noexcept;
  UpdateReader& operator=(UpdateReader&&) noexcept;
  ~UpdateReader();

  UpdateReading Read(const std::vector<StyledLine>& lines,
                     const std::vector<std::string>& status_texts, const DateContext& ctx) const;

 private:
  struct Impl;
  explicit UpdateReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace
