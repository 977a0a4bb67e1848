// Feeds every normaliser strings assembled at random (fixed seed) from the
// pieces their patterns care about, and checks they neither crash nor give
// an impossible value: every raw lies in the text, every date is valid with
// start <= end, every amount is non-negative.

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/money_parser.h"
#include "pipeline/normalise/owner_parser.h"
#include "pipeline/normalise/status_parser.h"
#include "pipeline/normalise/update_markers.h"

namespace plantrace {
namespace {

constexpr int kCases = 3000;

class Lcg {
 public:
  uint32_t Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state_ >> 33);
  }

 private:
  uint64_t state_ = 20180901;
};

std::string RandomText(Lcg& rng) {
  static const std::vector<std::string> kPieces = {
      "£", "£1,173,000", "£105.4m", "m", "bn", "K", ",", ".", "/", "-", "–", "(", ")", "[", "]",
      " ", " ", " ", "\n", ";", "2018", "19", "2019/20", "2016/18", "Q", "Q3", "Q5", "31",
      "February", "May", "Sept", "June", "23.07.18", "13.13.18", "w/c", "6", "Update",
      "update", "onwards", "from", "by", "due to", "and", "with", "Director", "Interim",
      "ACE", "CMT", "of", "the", "COMPLETE", "in train", "on track", "summer", "New Year",
      "municipal year", "approximately", "each of", "é", "\xff", "\xe2\x80", "0", "99999999999"};
  std::string s;
  int n = 1 + static_cast<int>(rng.Next() % 24);
  for (int i = 0; i < n; ++i) s += kPieces[rng.Next() % kPieces.size()];
  return s;
}

bool RawInside(std::string_view text, size_t begin, size_t end, std::string_view raw) {
  return begin <= end && end <= text.size() && text.substr(begin, end - begin) == raw;
}

TEST(NormalisersRobustness, RandomTextNeverGivesImpossibleValues) {
  Result<DateParser> dates = DateParser::CreateDefault();
  Result<MoneyParser> money = MoneyParser::CreateDefault();
  Result<OwnerParser> owners = OwnerParser::CreateDefault();
  Result<StatusParser> status = StatusParser::CreateDefault();
  Result<UpdateMarkerFinder> markers = UpdateMarkerFinder::Create();
  ASSERT_TRUE(dates.ok() && money.ok() && owners.ok() && status.ok() && markers.ok());
  Lcg rng;
  for (int i = 0; i < kCases; ++i) {
    std::string text = RandomText(rng);
    for (const ParsedDate& d : dates->FindAll(text, {2018, 2018, 9})) {
      ASSERT_TRUE(RawInside(text, d.begin, d.end_offset, d.raw)) << text;
      ASSERT_TRUE(IsValidDate(d.start)) << text;
      if (d.end) {
        ASSERT_TRUE(IsValidDate(*d.end)) << text;
        ASSERT_LE(d.start, *d.end) << text;
      } else {
        ASSERT_EQ(d.precision, DatePrecision::kOpen) << text;
      }
    }
    (void)dates->HeaderDate(text, {2018, 2018, 9});
    for (const ParsedAmount& a : money->FindAll(text)) {
      ASSERT_TRUE(RawInside(text, a.begin, a.end, a.raw)) << text;
      ASSERT_GE(a.value_gbp, 0) << text;
    }
    (void)ParseCellAmount(text, text);
    for (const OwnerRecord& o : owners->ParseCell(text)) ASSERT_FALSE(o.title.empty()) << text;
    for (const StatusToken& t : status->FindTokens(text)) {
      ASSERT_TRUE(RawInside(text, t.begin, t.end, t.raw)) << text;
    }
    for (const UpdateMarker& m : markers->Find(text, 2018)) {
      ASSERT_TRUE(m.month >= 1 && m.month <= 12) << text;
    }
    (void)markers->Split(text, 2018, {"COMPLETE"});
  }
}

}  // namespace
}  // namespace plantrace
