#pragma once
// Finds sums of money in text and normalises them: "£105.4m" → 105400000,
// "£1,173,000", "£350K", "£1.2bn", "approximately £546m" (approximate), the
// financial year stated near the sum as its period ("£253.3m … 2016/18"),
// and a kind from the cue words of data/money_cues.tsv.
//
// "up to the value of £350K in each of 2018/19 and 2019/20" gives one record
// per financial year. "£" alone, "£abc" and malformed digit groups
// ("£1,17,000") give no amount. Whole pounds, rounded half up.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/records.h"

namespace plantrace {

struct MoneyLexicon {
  std::vector<std::string> approx_cues;                        // case-folded
  struct KindCue {
    std::string cue;  // case-folded
    std::string kind;
    bool weak = false;
  };
  std::vector<KindCue> kind_cues;
  // Words right before a year that make a sum cumulative ("up to and
  // including 2014/15", "since 2019-20"): such a sum is for no one year.
  std::vector<std::string> cumulative_cues;  // case-folded

  static Result<MoneyLexicon> Parse(std::string_view text, std::string_view where);
  static Result<MoneyLexicon> LoadDefault();  // DataDir()/money_cues.tsv
};

struct ParsedAmount {
  std::string raw;  // the sum as printed, with an approximation cue before it
  int64_t value_gbp = 0;
  std::optional<std::string> period;  // "2018/19", "2016/18"
  bool approximate = false;
  std::string kind = "other";
  size_t begin = 0;  // byte offsets of raw
  size_t end = 0;
};

AmountRecord ToAmountRecord(const ParsedAmount& a);

// The value of one printed sum ("£105.4m", "£350K"); nullopt when it is not a
// well-formed sum of money.
std::optional<int64_t> ParseMoneyValue(std::string_view printed);

// A number in a table cell whose column header names the currency: header
// "£" with "105.4m" → 105400000, "£m" with "105.4" → 105400000, "£000" /
// "£'000" / "£k" with "1,173" → 1173000. nullopt when the header has no "£"
// or the cell is not a plain number.
std::optional<int64_t> ParseCellAmount(std::string_view cell, std::string_view column_header);

class MoneyParser {
 public:
  static Result<MoneyParser> Create(MoneyLexicon lexicon);
  static Result<MoneyParser> CreateDefault();
  MoneyParser(MoneyParser&&) noexcept;
  MoneyParser& operator=(MoneyParser&&) noexcept;
  ~MoneyParser();

  std::vector<ParsedAmount> FindAll(std::string_view text) const;

  // The kind that the cue words of `context` give ("Annual reduction to be
  // identified" → reduction), "other" without a cue. For sums read from a
  // table, whose words stand in other cells.
  std::string KindOf(std::string_view context) const;

 private:
  struct Impl;
  explicit MoneyParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace plantrace
