// Runs the normalisers over the raw strings of the hand-checked answer files
// (tests/gold/items/*.json, a copy of the shared gold) and measures how often
// they give the gold values. Prints the figures and asserts the thresholds.

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "model/records_json.h"
#include "pipeline/normalise/date_parser.h"
#include "pipeline/normalise/money_parser.h"
#include "pipeline/normalise/owner_parser.h"
#include "pipeline/normalise/status_parser.h"
#include "pipeline/normalise/update_markers.h"

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

// Closer to the pipeline: every date found in an item's own text (text,
// actions, deliverables, updates; updates with in_update set), deduplicated
// as the README says, against the item's gold dates. Header dates (2023) and
// the as_of of standalone "September Update" lines are not in that text, so
// recall cannot reach 1. A floor guards against regressions.
TEST_F(GoldTest, DatesInItemText) {
  Result<DateParser> parser = DateParser::CreateDefault();
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  int gold = 0, found = 0, hits = 0;
  for (const GoldFile& g : *gold_) {
    DateContext ctx = ContextOf(g.document);
    for (const ItemRecord& it : g.items) {
      std::vector<std::pair<std::string, bool>> texts = {{it.text, false}};
      for (const std::string& a : it.actions) texts.emplace_back(a, false);
      for (const std::string& d : it.deliverables) texts.emplace_back(d, false);
      for (const UpdateRecord& u : it.updates) texts.emplace_back(u.text, true);
      std::set<std::string> got, want;
      for (const auto& [text, in_update] : texts) {
        DateContext c = ctx;
        c.in_update = in_update;
        for (const ParsedDate& p : parser->FindAll(text, c)) {
          DateRecord r = ToDateRecord(p);
          got.insert(r.role + " " + r.start + " " + r.end.value_or("null") + " " + r.precision);
        }
      }
      for (const DateRecord& d : it.dates) {
        want.insert(d.role + " " + d.start + " " + d.end.value_or("null") + " " + d.precision);
      }
      gold += static_cast<int>(want.size());
      found += static_cast<int>(got.size());
      for (const std::string& w : want) hits += static_cast<int>(got.count(w));
    }
  }
  std::printf("GOLD dates in item text: recall %s, precision %s\n", Figure(hits, gold).c_str(),
              Figure(hits, found).c_str());
  EXPECT_GE(hits * 100, gold * 85);
  EXPECT_GE(hits * 100, found * 90);
}

TEST_F(GoldTest, Amounts) {
  Result<MoneyParser> parser = MoneyParser::CreateDefault();
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  int total = 0, values = 0, periods = 0, approx = 0, kinds = 0;
  for (const GoldFile& g : *gold_) {
    for (const ItemRecord& it : g.items) {
      for (const AmountRecord& want : it.amounts) {
        ++total;
        bool v = false, p = false, a = false, k = false;
        for (const ParsedAmount& got : parser->FindAll(want.raw)) {
          if (got.value_gbp != want.value_gbp) continue;
          v = true;
          p = p || got.period == want.period;
          a = a || got.approximate == want.approximate;
          k = k || got.kind == want.kind;
        }
        values += v;
        periods += p;
        approx += a;
        kinds += k;
        if (!v || !p || !a || !k) {
          std::printf("  amount miss %s#%s \"%s\": value %d period %d approximate %d kind %d\n",
                      g.document.doc_id.c_str(), it.item_id.c_str(), want.raw.c_str(), v, p, a, k);
        }
      }
    }
  }
  std::printf("GOLD amounts: value_gbp %s, period %s, approximate %s, kind %s\n",
              Figure(values, total).c_str(), Figure(periods, total).c_str(),
              Figure(approx, total).c_str(), Figure(kinds, total).c_str());
  ASSERT_GT(total, 0);
  EXPECT_GE(values * 100, total * 95);
}

// Every amount found in an item's own text against its gold amounts, on
// (value, period, approximate, kind).
TEST_F(GoldTest, AmountsInItemText) {
  Result<MoneyParser> parser = MoneyParser::CreateDefault();
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  int gold = 0, found = 0, hits = 0;
  auto key = [](int64_t v, const std::optional<std::string>& period, bool approx,
                const std::string& kind) {
    return std::to_string(v) + " " + period.value_or("null") + " " + (approx ? "~" : "=") + " " +
           kind;
  };
  for (const GoldFile& g : *gold_) {
    for (const ItemRecord& it : g.items) {
      std::vector<std::string> texts = {it.text};
      texts.insert(texts.end(), it.actions.begin(), it.actions.end());
      texts.insert(texts.end(), it.deliverables.begin(), it.deliverables.end());
      for (const UpdateRecord& u : it.updates) texts.push_back(u.text);
      std::set<std::string> got, want;
      for (const std::string& t : texts) {
        for (const ParsedAmount& a : parser->FindAll(t)) {
          got.insert(key(a.value_gbp, a.period, a.approximate, a.kind));
        }
      }
      for (const AmountRecord& a : it.amounts) {
        want.insert(key(a.value_gbp, a.period, a.approximate, a.kind));
      }
      gold += static_cast<int>(want.size());
      found += static_cast<int>(got.size());
      for (const std::string& w : want) hits += static_cast<int>(got.count(w));
      for (const std::string& w : got) {
        if (!want.count(w)) std::printf("  amount extra %s#%s %s\n", g.document.doc_id.c_str(),
                                        it.item_id.c_str(), w.c_str());
      }
      for (const std::string& w : want) {
        if (!got.count(w)) std::printf("  amount missed %s#%s %s\n", g.document.doc_id.c_str(),
                                       it.item_id.c_str(), w.c_str());
      }
    }
  }
  std::printf("GOLD amounts in item text: recall %s, precision %s\n",
              Figure(hits, gold).c_str(), Figure(hits, found).c_str());
  ASSERT_GT(gold, 0);
  EXPECT_GE(hits * 100, gold * 95);
  EXPECT_GE(hits * 100, found * 95);
}

TEST_F(GoldTest, Owners) {
  Result<OwnerParser> parser = OwnerParser::CreateDefault();
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  int total = 0, titles = 0, interims = 0, single = 0;
  for (const GoldFile& g : *gold_) {
    for (const ItemRecord& it : g.items) {
      for (const OwnerRecord& want : it.owners) {
        ++total;
        OwnerRecord got = parser->ParseOne(want.raw);
        bool t = got.title == want.title, i = got.interim == want.interim;
        titles += t;
        interims += i;
        // A gold raw is one owner: the cell splitter must not cut it.
        std::vector<OwnerRecord> cell = parser->ParseCell(want.raw);
        bool one = cell.size() == 1 && cell[0].raw == want.raw;
        single += one;
        if (!t || !i || !one) {
          std::printf("  owner miss %s#%s \"%s\": want \"%s\"%s got \"%s\"%s, %zu owner(s)\n",
                      g.document.doc_id.c_str(), it.item_id.c_str(), want.raw.c_str(),
                      want.title.c_str(), want.interim ? " interim" : "", got.title.c_str(),
                      got.interim ? " interim" : "", cell.size());
        }
      }
    }
  }
  std::printf("GOLD owners: title %s, interim %s, kept whole by the splitter %s\n",
              Figure(titles, total).c_str(), Figure(interims, total).c_str(),
              Figure(single, total).c_str());
  ASSERT_GT(total, 0);
  EXPECT_GE(titles * 100, total * 95);
  EXPECT_GE(interims * 100, total * 95);
}

// The Lead/RAG cells are not in the gold, only the joined token raws: each
// "; "-separated token is read on its own line, and whether a COMPLETE
// covers the whole aim is taken from the gold (the segmenter decides that).
// This checks the lexicon and the combiner, not the cell reading.
TEST_F(GoldTest, StatusTokens) {
  Result<StatusParser> parser = StatusParser::CreateDefault();
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  int total = 0, raws = 0, values = 0;
  for (const GoldFile& g : *gold_) {
    for (const ItemRecord& it : g.items) {
      if (!it.status) continue;
      ++total;
      std::string cell;
      for (size_t from = 0; from <= it.status->raw.size();) {
        size_t sep = it.status->raw.find("; ", from);
        if (sep == std::string::npos) sep = it.status->raw.size();
        cell += it.status->raw.substr(from, sep - from) + "\n";
        from = sep + 2;
      }
      std::optional<StatusRecord> got =
          CombineStatus(parser->FindTokens(cell), it.status->value == "complete");
      bool r = got && got->raw == it.status->raw;
      bool v = got && got->value == it.status->value;
      raws += r;
      values += v;
      if (!r || !v) {
        std::printf("  status miss %s#%s \"%s\" %s: got %s\n", g.document.doc_id.c_str(),
                    it.item_id.c_str(), it.status->raw.c_str(), it.status->value.c_str(),
                    got ? (got->raw + " " + got->value).c_str() : "null");
      }
    }
  }
  std::printf("GOLD status tokens: raw %s, value %s\n", Figure(raws, total).c_str(),
              Figure(values, total).c_str());
  ASSERT_GT(total, 0);
  EXPECT_GE(raws * 100, total * 95);
  EXPECT_GE(values * 100, total * 95);
}

// The 2018 Lead/RAG column is where the updates come from, so the tokens of
// an item's updates are its status tokens: every item (status or null) is
// compared on raw and value, whole-aim coverage again taken from the gold.
TEST_F(GoldTest, StatusFromUpdates) {
  Result<StatusParser> parser = StatusParser::CreateDefault();
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  int total = 0, same = 0;
  for (const GoldFile& g : *gold_) {
    for (const ItemRecord& it : g.items) {
      std::vector<StatusToken> tokens;
      for (const UpdateRecord& u : it.updates) {
        std::vector<StatusToken> t = parser->FindTokens(u.text);
        tokens.insert(tokens.end(), t.begin(), t.end());
      }
      std::optional<StatusRecord> got =
          CombineStatus(tokens, it.status && it.status->value == "complete");
      bool ok = got.has_value() == it.status.has_value() &&
                (!got || (got->raw == it.status->raw && got->value == it.status->value));
      ++total;
      same += ok;
      if (!ok) {
        std::printf("  status miss %s#%s: want %s got %s\n", g.document.doc_id.c_str(),
                    it.item_id.c_str(), it.status ? it.status->raw.c_str() : "null",
                    got ? got->raw.c_str() : "null");
      }
    }
  }
  std::printf("GOLD status from update text: raw and value %s\n", Figure(same, total).c_str());
  EXPECT_GE(same * 100, total * 95);
}

// Gold updates are already split, so each must come back whole from Split(),
// and when its text carries a marker the last one gives its as_of. Updates
// dated by a standalone "September Update" line carry no marker in their
// text and are not counted for as_of.
TEST_F(GoldTest, UpdateMarkers) {
  Result<UpdateMarkerFinder> finder = UpdateMarkerFinder::Create();
  ASSERT_TRUE(finder.ok()) << finder.status().ToString();
  const std::vector<std::string> attach = {"COMPLETE FOR CABINET", "NOW COMPLETE", "COMPLETE",
                                           "Complete."};
  int total = 0, whole = 0, marked = 0, as_of = 0;
  for (const GoldFile& g : *gold_) {
    int year = ContextOf(g.document).default_year;
    for (const ItemRecord& it : g.items) {
      for (const UpdateRecord& u : it.updates) {
        ++total;
        std::vector<UpdatePiece> pieces = finder->Split(u.text, year, attach);
        bool w = pieces.size() == 1 && pieces[0].text == u.text;
        whole += w;
        std::vector<UpdateMarker> m = finder->Find(u.text, year);
        bool a = true;
        if (!m.empty()) {
          ++marked;
          a = u.as_of && m.back().AsOf() == *u.as_of;
          as_of += a;
        }
        if (!w || !a) {
          std::printf("  update miss %s#%s as_of %s: %zu piece(s), marker %s: \"%s\"\n",
                      g.document.doc_id.c_str(), it.item_id.c_str(),
                      u.as_of.value_or("null").c_str(), pieces.size(),
                      m.empty() ? "none" : m.back().AsOf().c_str(), u.text.c_str());
        }
      }
    }
  }
  std::printf("GOLD updates: kept whole %s, as_of from markers %s\n", Figure(whole, total).c_str(),
              Figure(as_of, marked).c_str());
  ASSERT_GT(total, 0);
  EXPECT_GE(whole * 100, total * 95);
  EXPECT_GE(as_of * 100, marked * 95);
}

}  // namespace
}  // namespace plantrace
