#include "pipeline/link/link_eval_test_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <algorithm>

#include "json/json_value.h"
#include "model/records_json.h"
#include "pipeline/link/linker.h"

namespace plantrace {

GoldLinks LoadGoldLinks(const std::string& path) {
  GoldLinks gold;
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Result<JsonValue> j = JsonValue::Parse(ss.str(), path);
  if (!j.ok()) return gold;
  for (const JsonValue& l : j->Items()) {
    gold[{l.Get("from").AsString(), l.Get("to").AsString()}] = l.Get("relation").AsString();
  }
  return gold;
}

bool LoadGoldItemFiles(const std::string& items_dir, std::vector<DocumentRecord>& documents,
                       std::vector<ItemRecord>& items) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(items_dir, ec)) {
    files.push_back(e.path().string());
  }
  if (ec || files.empty()) return false;
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Result<JsonValue> j = JsonValue::Parse(ss.str(), f);
    if (!j.ok()) return false;
    Result<GoldFile> g = GoldFileFromJson(j.value(), f);
    if (!g.ok()) return false;
    documents.push_back(g->document);
    for (const ItemRecord& item : g->items) items.push_back(item);
  }
  return true;
}

std::set<std::string> AnsweredDocuments(const std::string& gold_dir) {
  std::set<std::string> answered;
  std::error_code ec;
  for (const auto& f : std::filesystem::directory_iterator(gold_dir + "/items", ec)) {
    answered.insert(f.path().stem().string());
  }
  return answered;
}

std::set<std::string> LinkTunedDocuments() {
  return {"bcc-2018-09-governance-improvement-plan", "bcc-2019-improvement-programme-addendum",
          "bcc-2023-11-governance-stabilisation-plan"};
}

GoldLinks LinksAmong(const GoldLinks& gold, const std::set<std::string>& docs) {
  auto in = [&](const std::string& ref) { return docs.count(ref.substr(0, ref.find('#'))) > 0; };
  GoldLinks out;
  for (const auto& [key, rel] : gold) {
    if (in(key.first) && in(key.second)) out[key] = rel;
  }
  return out;
}

LinkScores ScoreLinks(const std::vector<LinkRecord>& links, const GoldLinks& gold,
                      const std::set<std::string>& answered) {
  auto covered = [&](const std::string& ref) {
    return answered.count(ref.substr(0, ref.find('#'))) > 0;
  };
  LinkScores s;
  std::set<std::pair<std::string, std::string>> seen;
  for (const LinkRecord& l : links) {
    if (!covered(l.from) || !covered(l.to)) continue;
    ++s.found;
    seen.insert({l.from, l.to});
    auto it = gold.find({l.from, l.to});
    if (it == gold.end()) {
      s.extra.push_back(l.from + " -> " + l.to + " " + l.relation + " " + std::to_string(l.score));
      continue;
    }
    ++s.correct;
    if (it->second == l.relation) {
      ++s.relation_ok;
    } else {
      s.wrong_relation.push_back(l.from + " -> " + l.to + " " + l.relation + " " +
                                 std::to_string(l.score) + " (answer: " + it->second + ")");
    }
  }
  for (const auto& [key, rel] : gold) {
    if (!seen.count(key)) s.missed.push_back(key.first + " -> " + key.second + " " + rel);
  }
  s.precision = s.found ? static_cast<double>(s.correct) / s.found : 0;
  s.recall = gold.empty() ? 0 : static_cast<double>(s.correct) / gold.size();
  s.relation_accuracy = s.correct ? static_cast<double>(s.relation_ok) / s.correct : 0;
  return s;
}

void DumpPairs(const std::vector<DocumentRecord>& docs, const std::vector<ItemRecord>& items,
               const GoldLinks& gold, const std::string& path) {
  LinkOptions permissive;
  permissive.link_score = -1;
  permissive.min_text = -1;
  permissive.min_shared_words = 0;
  permissive.unlinked_kinds.clear();
  permissive.max_links_per_item = 100000;
  permissive.min_ratio_to_best = 0;
  permissive.min_ratio_to_best_later = 0;
  permissive.min_ratio_to_best_any_document = 0;
  permissive.max_links_per_earlier_doc = 100000;
  permissive.candidates.candidates_per_item = 100000;
  permissive.candidates.query_terms = 100000;
  permissive.candidates.postings_per_term = 100000;
  permissive.candidates.min_partial = 0;
  permissive.weak_kind_factor = 1;
  // Continuation-cue items keep only their best source; the dump wants all.
  permissive.continues_link_score = -1;
  permissive.continues_max_links = 100000;
  using Key = std::pair<std::string, std::string>;
  std::map<Key, std::vector<std::string>> rows;
  // One run per score part, its weight 1 and the others 0; the last run
  // uses the default weights.
  const double parts[5][4] = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {-1, 0, 0, 0}};
  for (const auto& w : parts) {
    LinkOptions o = permissive;
    if (w[0] >= 0) {
      o.text_weight = w[0];
      o.theme_weight = w[1];
      o.concept_weight = w[2];
      o.owner_weight = w[3];
    } else {
      LinkOptions d;
      o.text_weight = d.text_weight;
      o.theme_weight = d.theme_weight;
      o.concept_weight = d.concept_weight;
      o.owner_weight = d.owner_weight;
      o.weak_kind_factor = d.weak_kind_factor;
    }
    Result<Linker> linker = Linker::Load(o);
    if (!linker.ok()) return;
    for (const LinkRecord& l : linker->Link(docs, items)) {
      std::vector<std::string>& row = rows[{l.from, l.to}];
      row.push_back(std::to_string(l.score));
      if (w[0] < 0) row.push_back(l.relation);
    }
  }
  std::ofstream out(path);
  for (const auto& [key, row] : rows) {
    auto it = gold.find(key);
    out << key.first << "\t" << key.second << "\t" << (it == gold.end() ? "-" : it->second);
    for (const std::string& c : row) out << "\t" << c;
    out << "\n";
  }
}

}  // namespace plantrace
