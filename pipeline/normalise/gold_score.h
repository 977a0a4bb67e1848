#pragma once
// Scoring of built records against answer files (tests/gold/items, the
// Kent answers under ../shared): the figures the golden tests print and
// assert. Test code only.
//   item recall   gold item_ids found;  extra  items the gold does not have;
//   owners F1     on (title, interim);
//   dates F1      on (role, start, end, precision);
//   amounts F1    on (value_gbp, period);
//   status        accuracy over the gold items (null = null counts).
// PLANTRACE_GOLD_VERBOSE=1 prints every miss.

#include <optional>
#include <string>

#include "model/records_json.h"
#include "pipeline/normalise/record_builder.h"

namespace plantrace {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  void Add(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
  int PerMille() const {
    int denom = 2 * tp + fp + fn;
    return denom ? (2 * tp * 1000) / denom : 1000;
  }
};

struct Score {
  int gold_items = 0, found = 0, extra = 0;
  Counts owners, dates, amounts, updates, actions, deliverables;
  int text_ok = 0;
  int status_ok = 0;
  void Add(const Score& o);
};

bool Verbose();
std::string ReadAll(const std::string& path);
std::optional<GoldFile> LoadGoldFile(const std::string& path);
std::string Fig(int permille);
// Scores `got` against `gold` and prints one line (and the misses).
Score ScoreDoc(const GoldFile& gold, const DocumentRecords& got, const std::string& label);
void PrintScore(const Score& s, const std::string& label);

}  // namespace plantrace
