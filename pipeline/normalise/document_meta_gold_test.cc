// The document records read from papers alone (no manifest), scored against
// the answers in ../shared: the five BCC papers (PDF and HTML) and the 46
// Kent committee papers, split into the Cabinet papers (where the finders
// were tuned first) and the County Council papers (checked, then tuned).
// The thresholds are the figures reached (docs/decisions.md, issue 14).
// Skipped, with a message, when ../shared is not beside the source tree.

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include <iostream>

#include "extractors/extract.h"
#include "json/json_value.h"
#include "model/calendar_date.h"
#include "pipeline/normalise/document_meta.h"
#include "pipeline/normalise/record_builder.h"
#include "pipeline/shared/data_files.h"

namespace plantrace {
namespace {

namespace fs = std::filesystem;
const std::string kShared = PLANTRACE_SOURCE_DIR "/../shared";

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What score_meta.py compares: case-folded, dashes and quotes plain,
// whitespace collapsed.
std::string Norm(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d >= 0x90 && d <= 0x95) out += '-';
      else if (d == 0x98 || d == 0x99) out += '\'';
      else if (d == 0x9C || d == 0x9D) out += '"';
      else out += s.substr(i, 3);
      i += 2;
      continue;
    }
    if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(std::tolower(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double Similarity(const std::string& a0, const std::string& b0) {
  std::string a = Norm(a0), b = Norm(b0);
  if (a == b) return 1;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return 1.0 - static_cast<double>(prev[b.size()]) / std::max(a.size(), b.size());
}

std::string RefNorm(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool sep = c == ' ' || c == '/' || c == '\\' || c == '-';
    if (sep) {
      if (!out.empty() && out.back() != '-') out += '-';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

std::string Str(const JsonValue& j, const char* key) {
  JsonValue v = j.Get(key);
  return v.IsString() ? v.AsString() : "";
}

class MetaGold : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kShared + "/gold") || !fs::exists(kShared + "/realpdf/kent-dev")) {
      GTEST_SKIP() << "../shared (gold answers, Kent papers) is not beside the source tree";
    }
    Result<DateParser> dates = DateParser::CreateDefault();
    ASSERT_TRUE(dates.ok());
    dates_ = std::make_unique<DateParser>(std::move(dates).value());
    Result<DocumentCues> cues = LoadDocumentCues();
    ASSERT_TRUE(cues.ok()) << cues.status().ToString();
    cues_ = std::move(cues).value();
  }
  DocumentRecord Read(const std::string& path) {
    Result<Document> doc = ExtractFile(path, ExtractOptions{});
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    if (!doc.ok()) return {};
    return BuildDocumentRecord(doc.value(), DocumentMeta{}, *dates_, cues_);
  }
  std::unique_ptr<DateParser> dates_;
  DocumentCues cues_;
};

TEST_F(MetaGold, BccFiveTitlePublisherDatePdfAndHtml) {
  for (const char* format : {"pdf", "html"}) {
    int right = 0, total = 0;
    for (const auto& entry : fs::directory_iterator(kShared + "/gold/items")) {
      Result<JsonValue> answer = JsonValue::Parse(ReadAll(entry.path().string()), "answer");
      ASSERT_TRUE(answer.ok());
      const JsonValue gold = answer->Get("document");
      const std::string doc_id = Str(gold, "doc_id");
      DocumentRecord r = Read(kShared + "/corpus/" + format + "/" + doc_id + "." + format);
      bool title = Similarity(Str(gold, "title"), r.title) >= 0.9;
      bool publisher = Similarity(Str(gold, "publisher"), r.publisher) >= 0.9;
      bool date = Str(gold, "date") == r.date;
      right += title + publisher + date;
      total += 3;
      EXPECT_TRUE(date) << format << " " << doc_id << ": " << r.date;
      EXPECT_TRUE(title) << format << " " << doc_id << ": " << r.title;
    }
    // 15 of 15: the 2019 addendum, which never spells out its council,
    // names it by its title's "BCC" and the panel's "Birmingham".
    std::cout << format << " fields right: " << right << " of " << total << "\n";
    EXPECT_EQ(right, 15) << format << ": " << right << " of " << total;
  }
}

TEST_F(MetaGold, KentPapersDocumentFields) {
  Result<JsonValue> answers =
      JsonValue::Parse(ReadAll(kShared + "/realpdf/kent-dev/gold/documents.json"), "documents");
  ASSERT_TRUE(answers.ok());
  std::map<std::string, std::pair<int, int>> split;  // right, total per split
  int outside = 0;
  for (const JsonValue& gold : answers->Items()) {
    const std::string doc_id = Str(gold, "doc_id");
    DocumentRecord r = Read(kShared + "/realpdf/kent-dev/pdf/" + doc_id + ".pdf");
    const std::string part = doc_id.substr(0, doc_id.find("__"));
    int right = (Similarity(Str(gold, "title"), r.title) >= 0.9) +
                (Similarity(Str(gold, "publisher"), r.publisher) >= 0.9) +
                (Str(gold, "date") == r.date) + (Str(gold, "doc_type") == r.doc_type) +
                (RefNorm(Str(gold, "decision_number")) == RefNorm(r.decision_number.value_or("")));
    split[part].first += right;
    split[part].second += 5;
    if (!r.date.empty() && !PrintedDate::Parse(r.date)) ++outside;
    // No label for a title; no empty title where the paper prints one.
    EXPECT_FALSE(!r.title.empty() && r.title.back() == ':') << doc_id << ": " << r.title;
    if (!Str(gold, "title").empty()) {
      EXPECT_FALSE(r.title.empty()) << doc_id;
    }
  }
  EXPECT_EQ(outside, 0);
  auto share = [&](const std::string& part) {
    return static_cast<double>(split[part].first) / split[part].second;
  };
  // Reached, each paper alone (session 6, the register of councils and the
  // "Report author" label): Cabinet 191 of 200 (0.955, tuned), County
  // Council 28 of 30 (0.93, checked), all 219 of 230 (0.952). Before: 0.87
  // and 0.87. What is left prints no council at all (six budget appendices,
  // a government framework), or is an appendix only by its folder (ingest).
  const double all = static_cast<double>(split["cabinet"].first + split["full_council"].first) /
                     (split["cabinet"].second + split["full_council"].second);
  std::cout << "Kent alone: cabinet " << share("cabinet") << ", county council "
            << share("full_council") << ", all " << all << "\n";
  EXPECT_GE(share("cabinet"), 0.95) << "Cabinet papers, all fields";
  EXPECT_GE(share("full_council"), 0.93) << "County Council papers, all fields";
  EXPECT_GE(all, 0.95) << "all 46 papers, all fields";
}

// Issue 14's regression: the 2018 plan read alone once dated its
// "September" items 0000-09-30. Every date of every item must be a real day
// and the year-less ones take the paper's year, 2018.
TEST_F(MetaGold, Bcc2018AloneHasNoYearZero) {
  Result<RecordBuilder> builder = RecordBuilder::Load(PLANTRACE_SOURCE_DIR "/data");
  ASSERT_TRUE(builder.ok()) << builder.status().ToString();
  for (const char* path : {"/corpus/pdf/bcc-2018-09-governance-improvement-plan.pdf",
                           "/corpus/html/bcc-2018-09-governance-improvement-plan.html"}) {
    Result<Document> doc = ExtractFile(kShared + path, ExtractOptions{});
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    DocumentRecords r = builder->Build(doc.value(), DocumentMeta{});
    EXPECT_EQ(r.document.date, "2018-09") << path;
    int september = 0, dates = 0;
    for (const ItemRecord& it : r.items) {
      for (const DateRecord& d : it.dates) {
        ++dates;
        EXPECT_TRUE(CalendarDate::FromIso(d.start)) << it.item_id << " " << d.raw << " " << d.start;
        if (d.end) {
          EXPECT_TRUE(CalendarDate::FromIso(*d.end)) << it.item_id << " " << *d.end;
        }
        bool year_less = d.raw.find("September") != std::string::npos &&
                         d.raw.find("20") == std::string::npos;
        if (year_less) september += d.start.rfind("2018-09", 0) == 0;
      }
      for (const UpdateRecord& u : it.updates) {
        if (u.as_of) {
          EXPECT_TRUE(PrintedDate::Parse(*u.as_of)) << it.item_id << " " << *u.as_of;
        }
      }
    }
    EXPECT_GT(dates, 50) << path;
    EXPECT_GT(september, 0) << path << ": no year-less September date read as 2018";
  }
}

}  // namespace
}  // namespace plantrace
