// End to end on real committee papers no rule was written from: the eight
// answered Kent County Council papers of ../shared/realpdf/kent-dev (five
// of the Cabinet of 30 January 2025, three of the County Council of 9
// January 2025: reports, proposed records of decision, minutes, a risk
// register). Each PDF is read alone, as a user would ingest it (no
// manifest: the doc_id is the file name), and scored against
// gold/items/*.json (gold_score.h).
//
// The papers are kept in two halves (docs/decisions.md, issue 14): split A
// (the 24/00115 report and PROD, the Cabinet minutes, the risk register)
// was tuned on; split B (the 24/00109 report and PROD, the devolution
// report, the County Council minutes) was checked without looking at its
// misses first. Each half's figures are printed and asserted as reached.
//
// Skipped, saying so, when ../shared is not beside the source tree.

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "pipeline/normalise/gold_score.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {
namespace {

const std::string kKentDir = PLANTRACE_SOURCE_DIR "/../shared/realpdf/kent-dev";

struct Paper {
  const char* doc_id;
  char split;
};
constexpr Paper kPapers[] = {
    {"cabinet__2025-01-30__originals__24-00115_-_Adoption_of_Integrated_Care_Strategy_delivery_plan_-_Report", 'A'},
    {"cabinet__2025-01-30__originals__24-00115_-_PROD", 'A'},
    {"cabinet__2025-01-30__originals__Printed_minutes_30th-Jan-2025_10.00_Cabinet", 'A'},
    {"cabinet__2025-01-30__originals__Appendix_I_Budget_Risk_Register_22.01.25", 'A'},
    {"cabinet__2025-01-30__originals__24-00109_-_Transfer_the_18-25_section_of_the_Strengthening_Independence_Service_-_Report", 'B'},
    {"cabinet__2025-01-30__originals__24-00109_-_Appendix_A_-_PROD", 'B'},
    {"full_council__2025-01-09__originals__Devolution_White_Paper_-_County_Council_Report_-_FINAL", 'B'},
    {"full_council__2025-01-09__originals__Printed_minutes_09th-Jan-2025_10.00_County_Council", 'B'},
};

// The figures reached, in thousandths, per split: item recall and
// precision; owners, dates and amounts F1.
struct SplitFloors {
  char split;
  int recall, precision, owners, dates, amounts;
};
// Under the bars (recall and precision 950, F1 900) where named in
// docs/decisions.md (issue 14): the register's dates and sums (cells the
// extractor mixes with a hidden banner, rows split over pages), and the
// meeting date, which needs the document date at day precision.
constexpr SplitFloors kFloors[] = {
    {'A', 1000, 1000, 980, 915, 965},
    {'B', 1000, 1000, 960, 1000, 1000},
};

TEST(KentItemsGold, EachPaperAlone) {
  if (!std::filesystem::is_directory(kKentDir + "/pdf")) {
    GTEST_SKIP() << kKentDir << " is absent: the Kent golden test needs ../shared beside the "
                                "source tree";
  }
  Result<RecordBuilder> builder = RecordBuilder::Load(PLANTRACE_SOURCE_DIR "/data");
  ASSERT_TRUE(builder.ok()) << builder.status().ToString();
  for (const SplitFloors& f : kFloors) {
    Score total;
    for (const Paper& p : kPapers) {
      if (p.split != f.split) continue;
      const std::string pdf = kKentDir + "/pdf/" + p.doc_id + ".pdf";
      std::optional<GoldFile> gold = LoadGoldFile(kKentDir + "/gold/items/" + p.doc_id + ".json");
      ASSERT_TRUE(gold.has_value()) << p.doc_id;
      Result<Document> doc = ExtractFile(pdf, ExtractOptions{});
      ASSERT_TRUE(doc.ok()) << pdf << ": " << doc.status().ToString();
      DocumentMeta meta;
      meta.doc_id = p.doc_id;
      total.Add(ScoreDoc(*gold, builder->Build(doc.value(), meta), p.doc_id));
    }
    std::string label = std::string("kent split ") + f.split;
    PrintScore(total, label);
    SCOPED_TRACE(label);
    ASSERT_GT(total.gold_items, 0);
    const int predicted = total.found + total.extra;
    EXPECT_GE(total.found * 1000, f.recall * total.gold_items);
    EXPECT_GE(total.found * 1000, f.precision * (predicted ? predicted : 1));
    EXPECT_GE(total.owners.PerMille(), f.owners);
    EXPECT_GE(total.dates.PerMille(), f.dates);
    EXPECT_GE(total.amounts.PerMille(), f.amounts);
  }
}

}  // namespace
}  // namespace plantrace
