// Runs the normalisers over the raw strings of the hand-checked answer files
// (tests/gold/items/*.json, a copy of the shared gold) and measures how often
// they give the gold values. Prints the figures and asserts the thresholds.

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "model/records_json.h"
#include "pipeline/date_parser.h"

namespace plantrace {
namespace {

std::vector<GoldFile> LoadGold() {
  std::vector<GoldFile> out;
  for (const char* name : {"bcc-2018-09-governance-improvement-plan",
                           "bcc-2019-improvement-programme-addendum",
                           "bcc-2023-11-governance-stabilisation-plan"}) {
    std::string path = std::string(PLANTRACE_SOURCE_DIR "/tests/gold/items/") + name + ".json";
    std::ifstream in(path);
    EXPECT_TRUE(in) << path;
    std::stringstream ss;
    ss << in.rdbuf();
    Result<JsonValue> j = JsonValue::Parse(ss.str(), path);
    EXPECT_TRUE(j.ok()) << j.status().ToString();
    if (!j.ok()) continue;
    Result<GoldFile> g = GoldFileFromJson(j.value(), path);
    EXPECT_TRUE(g.ok()) << g.status().ToString();
    if (g.ok()) out.push_back(std::move(g).value());
  }
  return out;
}

// The document's own date ("2018-09") as context for yearless dates.
DateContext ContextOf(const DocumentRecord& d) {
  std::optional<CivilDate> c = ParseIsoDate(d.date.size() == 4 ? d.date + "-01" : d.date);
  if (!c) return {};
  return {c->year, c->year, d.date.size() == 4 ? 0 : c->month};
}

// "measured 0.97 (245/252)" without floating-point formatting.
std::string Figure(int hit, int total) {
  int permille = total ? hit * 1000 / total : 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%d.%03d (%d/%d)", permille / 1000, permille % 1000, hit, total);
  return buf;
}

class GoldTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { gold_ = new std::vector<GoldFile>(LoadGold()); }
  static void TearDownTestSuite() { delete gold_; }
  static std::vector<GoldFile>* gold_;
};
std::vector<GoldFile>* GoldTest::gold_ = nullptr;

TEST_F(GoldTest, Dates) {
  Result<DateParser> parser = DateParser::CreateDefault();
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  int total = 0, values = 0, roles = 0;
  for (const GoldFile& g : *gold_) {
    DateContext ctx = ContextOf(g.document);
    for (const ItemRecord& it : g.items) {
      for (const DateRecord& want : it.dates) {
        ++total;
        bool value_ok = false, role_ok = false;
        std::string got;
        for (const ParsedDate& p : parser->FindAll(want.raw, ctx)) {
          DateRecord r = ToDateRecord(p);
          got += " [" + r.role + " " + r.start + " " + r.end.value_or("null") + " " +
                 r.precision + "]";
          if (r.start == want.start && r.end == want.end && r.precision == want.precision) {
            value_ok = true;
            role_ok = role_ok || r.role == want.role;
          }
          // An open start is compared on its start alone, its role included.
          if (want.precision == "open" && r.precision == "open" && r.start == want.start) {
            value_ok = true;
            role_ok = true;
          }
        }
        values += value_ok;
        roles += role_ok;
        if (!value_ok || !role_ok) {
          std::printf("  date miss %s#%s \"%s\": want [%s %s %s %s] got%s\n",
                      g.document.doc_id.c_str(), it.item_id.c_str(), want.raw.c_str(),
                      want.role.c_str(), want.start.c_str(), want.end.value_or("null").c_str(),
                      want.precision.c_str(), got.empty() ? " nothing" : got.c_str());
        }
      }
    }
  }
  std::printf("GOLD dates: start/end/precision %s, role %s\n", Figure(values, total).c_str(),
              Figure(roles, total).c_str());
  ASSERT_GT(total, 0);
  EXPECT_GE(values * 100, total * 95);
  EXPECT_GE(roles * 100, total * 90);
}

}  // namespace
}  // namespace plantrace
