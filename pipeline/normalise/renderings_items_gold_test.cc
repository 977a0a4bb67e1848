// End to end on other renderings of the BCC five (tests/data/renderings,
// made by make_renderings.sh from corpus/html): Chromium without table
// rules, wkhtmltopdf with and without them, and LibreOffice, whose HTML
// import prints an ordered list's own counter before the author's label
// and sets tables without rules. Each PDF is read alone, as a user would
// ingest it (no manifest: the doc_id is the paper's name without the
// producer's prefix), and scored against ../shared/gold/items, the answers
// of the corpus itself.
//
// ReportLab's renderings (make_rl_renderings.py) are grouped as rl (tuned
// on) and rl.nb (checked). LibreOffice is kept in two halves (docs/decisions.md, issue 14,
// renderings): split A (2015, 2018, 2019) was tuned on; split B (2023,
// 2024) was checked without looking at its misses first. The other
// producers were only checked (no rule was written from them). Each
// group's figures are printed and asserted as reached (floors in
// thousandths, under the bar where docs/decisions.md says why).
//
// Skipped, saying so, when ../shared is not beside the source tree.

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "pipeline/normalise/gold_score.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {
namespace {

const std::string kGoldDir = PLANTRACE_SOURCE_DIR "/../shared/gold/items";
const std::string kRenderings = PLANTRACE_SOURCE_DIR "/tests/data/renderings";

const char* const kPapers[] = {
    "bcc-2015-03-panel-assessment",           "bcc-2018-09-governance-improvement-plan",
    "bcc-2019-improvement-programme-addendum", "bcc-2023-11-governance-stabilisation-plan",
    "bcc-2024-04-irp-cabinet-report",
};

// One group of renderings: a producer's prefix and suffix, the papers it
// covers (indices into kPapers) and the figures reached: item recall and
// precision; owners, dates and amounts F1.
struct Group {
  const char* label;
  const char* prefix;
  const char* suffix;
  std::vector<int> papers;
  int recall, precision, owners, dates, amounts;
};

const std::vector<Group>& Groups() {
  static const std::vector<Group> groups = {
      {"chr.nb", "chr.", ".nb", {0, 1, 2, 3, 4}, 995, 995, 955, 955, 995},
      {"wk", "wk.", "", {0, 1, 2, 3, 4}, 995, 995, 975, 955, 995},
      {"wk.nb", "wk.", ".nb", {0, 1, 2, 3, 4}, 985, 995, 970, 945, 995},
      // LibreOffice's unruled tables are cut into rows by the table finder
      // (labels centred in tall cells split an item's text over two rows):
      // far under the bar, see docs/decisions.md.
      {"lo split A", "lo.", "", {0, 1, 2}, 910, 885, 625, 595, 820},
      {"lo split B", "lo.", "", {3, 4}, 950, 860, 815, 720, 995},
      // ReportLab (make_rl_renderings.py), session 8: tuned on the ruled
      // rl (a lead-in glued onto the item before it, a key-value header
      // read as one table with the checks under it), checked on rl.nb, whose
      // unruled tables are under the bar (docs/decisions.md).
      {"rl", "rl.", "", {0, 1, 2, 3, 4}, 985, 995, 830, 925, 915},
      {"rl.nb", "rl.", ".nb", {0, 1, 2, 3, 4}, 725, 940, 655, 800, 760},
  };
  return groups;
}

TEST(RenderingsItemsGold, EachPaperAlone) {
  if (!std::filesystem::is_directory(kGoldDir)) {
    GTEST_SKIP() << kGoldDir << " is absent: the renderings' golden test needs ../shared beside "
                                "the source tree";
  }
  Result<RecordBuilder> builder = RecordBuilder::Load(PLANTRACE_SOURCE_DIR "/data");
  ASSERT_TRUE(builder.ok()) << builder.status().ToString();
  for (const Group& g : Groups()) {
    Score total;
    for (int i : g.papers) {
      const std::string doc_id = kPapers[i];
      const std::string pdf = kRenderings + "/" + g.prefix + doc_id + g.suffix + ".pdf";
      std::optional<GoldFile> gold = LoadGoldFile(kGoldDir + "/" + doc_id + ".json");
      ASSERT_TRUE(gold.has_value()) << doc_id;
      Result<Document> doc = ExtractFile(pdf, ExtractOptions{});
      ASSERT_TRUE(doc.ok()) << pdf << ": " << doc.status().ToString();
      DocumentMeta meta;
      meta.doc_id = doc_id;
      total.Add(ScoreDoc(*gold, builder->Build(doc.value(), meta), doc_id));
    }
    PrintScore(total, g.label);
    SCOPED_TRACE(g.label);
    ASSERT_GT(total.gold_items, 0);
    const int predicted = total.found + total.extra;
    EXPECT_GE(total.found * 1000, g.recall * total.gold_items);
    EXPECT_GE(total.found * 1000, g.precision * (predicted ? predicted : 1));
    EXPECT_GE(total.owners.PerMille(), g.owners);
    EXPECT_GE(total.dates.PerMille(), g.dates);
    EXPECT_GE(total.amounts.PerMille(), g.amounts);
  }
}

}  // namespace
}  // namespace plantrace
