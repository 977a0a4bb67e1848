#include "pipeline/normalise/gold_score.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>
#include <vector>

namespace plantrace {

bool Verbose() {
  const char* v = std::getenv("PLANTRACE_GOLD_VERBOSE");
  return v && *v && *v != '0';
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::optional<GoldFile> LoadGoldFile(const std::string& path) {
  Result<JsonValue> j = JsonValue::Parse(ReadAll(path), path);
  if (!j.ok()) return std::nullopt;
  Result<GoldFile> g = GoldFileFromJson(j.value(), path);
  if (!g.ok()) return std::nullopt;
  return std::move(g).value();
}



namespace {

// Multiset matching of keys.
template <typename Key>
Counts Match(std::vector<Key> want, std::vector<Key> got, std::vector<std::string>* misses,
             const std::string& where) {
  Counts c;
  for (const Key& g : got) {
    auto it = std::find(want.begin(), want.end(), g);
    if (it != want.end()) {
      ++c.tp;
      want.erase(it);
    } else {
      ++c.fp;
      if (misses) misses->push_back(where + " extra");
    }
  }
  c.fn = static_cast<int>(want.size());
  if (misses && !want.empty()) misses->push_back(where + " missing " + std::to_string(want.size()));
  return c;
}

using OwnerKey = std::pair<std::string, bool>;
using DateKey = std::tuple<std::string, std::string, std::string, std::string>;
using AmountKey = std::pair<int64_t, std::string>;
using UpdateKey = std::tuple<std::string, std::string, bool>;

std::vector<UpdateKey> UpdateKeys(const ItemRecord& it) {
  std::vector<UpdateKey> out;
  for (const auto& u : it.updates) out.emplace_back(u.text, u.as_of.value_or(""), u.latest);
  return out;
}

std::vector<OwnerKey> OwnerKeys(const ItemRecord& it) {
  std::vector<OwnerKey> out;
  for (const auto& o : it.owners) out.emplace_back(o.title, o.interim);
  return out;
}
std::vector<DateKey> DateKeys(const ItemRecord& it) {
  std::vector<DateKey> out;
  for (const auto& d : it.dates) out.emplace_back(d.role, d.start, d.end.value_or(""), d.precision);
  return out;
}
std::vector<AmountKey> AmountKeys(const ItemRecord& it) {
  std::vector<AmountKey> out;
  for (const auto& a : it.amounts) out.emplace_back(a.value_gbp, a.period.value_or(""));
  return out;
}



}  // namespace

std::string Fig(int permille) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d.%03d", permille / 1000, permille % 1000);
  return buf;
}

Score ScoreDoc(const GoldFile& gold, const DocumentRecords& got, const std::string& label) {
  Score s;
  std::map<std::string, const ItemRecord*> ours;
  for (const ItemRecord& it : got.items) ours.emplace(it.item_id, &it);
  std::map<std::string, bool> in_gold;
  std::vector<std::string> misses;
  const ItemRecord empty;
  for (const ItemRecord& want : gold.items) {
    ++s.gold_items;
    in_gold[want.item_id] = true;
    auto f = ours.find(want.item_id);
    const ItemRecord& have = f == ours.end() ? empty : *f->second;
    if (f != ours.end()) {
      ++s.found;
    } else {
      misses.push_back(label + " item " + want.item_id + " not found");
    }
    std::string w = label + " " + want.item_id;
    std::vector<std::string>* m = Verbose() ? &misses : nullptr;
    s.owners.Add(Match(OwnerKeys(want), OwnerKeys(have), m, w + " owners"));
    s.dates.Add(Match(DateKeys(want), DateKeys(have), m, w + " dates"));
    s.amounts.Add(Match(AmountKeys(want), AmountKeys(have), m, w + " amounts"));
    s.updates.Add(Match(UpdateKeys(want), UpdateKeys(have), nullptr, w + " updates"));
    s.actions.Add(Match(want.actions, have.actions, nullptr, w + " actions"));
    s.deliverables.Add(Match(want.deliverables, have.deliverables, nullptr, w + " deliverables"));
    s.text_ok += want.text == have.text;
    std::string sw = want.status ? want.status->value : "null";
    std::string sh = have.status ? have.status->value : "null";
    if (sw == sh) {
      ++s.status_ok;
    } else if (Verbose()) {
      misses.push_back(w + " status want " + sw + " got " + sh);
    }
    if (Verbose() && f != ours.end()) {
      for (const auto& d : have.dates) {
        bool hit = false;
        for (const auto& g : want.dates) {
          hit = hit || (g.role == d.role && g.start == d.start && g.end == d.end &&
                        g.precision == d.precision);
        }
        if (!hit) {
          misses.push_back(w + " date extra \"" + d.raw + "\" " + d.role + " " + d.start + " " +
                           d.precision);
        }
      }
      for (const auto& g : want.dates) {
        bool hit = false;
        for (const auto& d : have.dates) {
          hit = hit || (g.role == d.role && g.start == d.start && g.end == d.end &&
                        g.precision == d.precision);
        }
        if (!hit) {
          misses.push_back(w + " date missing \"" + g.raw + "\" " + g.role + " " + g.start + " " +
                           g.precision);
        }
      }
      for (const auto& o : have.owners) {
        bool hit = false;
        for (const auto& g : want.owners) hit = hit || (g.title == o.title && g.interim == o.interim);
        if (!hit) misses.push_back(w + " owner extra \"" + o.title + "\"");
      }
      for (const auto& g : want.owners) {
        bool hit = false;
        for (const auto& o : have.owners) hit = hit || (g.title == o.title && g.interim == o.interim);
        if (!hit) misses.push_back(w + " owner missing \"" + g.title + "\"");
      }
    }
  }
  // Items the gold does not have: their fields are false positives.
  for (const ItemRecord& it : got.items) {
    if (in_gold.count(it.item_id)) continue;
    ++s.extra;
    misses.push_back(label + " extra item " + it.item_id);
    s.owners.fp += static_cast<int>(it.owners.size());
    s.dates.fp += static_cast<int>(it.dates.size());
    s.amounts.fp += static_cast<int>(it.amounts.size());
  }
  for (const std::string& m : misses) std::printf("  %s\n", m.c_str());
  PrintScore(s, label);
  return s;
}

void PrintScore(const Score& s, const std::string& label) {
  std::printf(
      "GOLD RECORDS %-48s items %d/%d (recall %s, extra %d)  owners F1 %s  dates F1 %s  "
      "amounts F1 %s  status %s  (not asserted: updates F1 %s, text exact %s, actions F1 %s, "
      "deliverables F1 %s)\n",
      label.c_str(), s.found, s.gold_items, Fig(s.gold_items ? s.found * 1000 / s.gold_items : 0).c_str(),
      s.extra, Fig(s.owners.PerMille()).c_str(), Fig(s.dates.PerMille()).c_str(),
      Fig(s.amounts.PerMille()).c_str(),
      Fig(s.gold_items ? s.status_ok * 1000 / s.gold_items : 0).c_str(),
      Fig(s.updates.PerMille()).c_str(),
      Fig(s.gold_items ? s.text_ok * 1000 / s.gold_items : 0).c_str(),
      Fig(s.actions.PerMille()).c_str(), Fig(s.deliverables.PerMille()).c_str());
}

void Score::Add(const Score& o) {
  gold_items += o.gold_items;
  found += o.found;
  extra += o.extra;
  owners.Add(o.owners);
  dates.Add(o.dates);
  amounts.Add(o.amounts);
  updates.Add(o.updates);
  actions.Add(o.actions);
  deliverables.Add(o.deliverables);
  text_ok += o.text_ok;
  status_ok += o.status_ok;
}

}  // namespace plantrace
