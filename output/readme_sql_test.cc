// The README's SQL, run through the sqlite3 shell over a store of the gold
// answer files: the file opens in the shell, every block answers, and the
// Monitoring Officer query gives the items the answers say.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "json/json_value.h"
#include "model/records_json.h"
#include "output/sqlite/sqlite_store.h"

namespace plantrace {
namespace {

const char* kGold[] = {"bcc-2018-09-governance-improvement-plan",
                       "bcc-2019-improvement-programme-addendum",
                       "bcc-2023-11-governance-stabilisation-plan"};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> SqlBlocks(const std::string& markdown) {
  std::vector<std::string> out;
  std::istringstream in(markdown);
  std::string line, block;
  bool inside = false;
  while (std::getline(in, line)) {
    if (!inside && line == "```sql") {
      inside = true;
      block.clear();
    } else if (inside && line == "```") {
      inside = false;
      out.push_back(block);
    } else if (inside) {
      block += line + "\n";
    }
  }
  return out;
}

// Runs `sql` in `sqlite3 -bail -batch db`; the output, or "ERROR" on failure.
std::string Shell(const std::string& db, const std::string& sql, const std::string& dir) {
  const std::string file = dir + "/q.sql";
  std::ofstream(file) << sql;
  const std::string cmd = "sqlite3 -bail -batch '" + db + "' < '" + file + "' 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return "ERROR: popen";
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  return pclose(p) == 0 ? out : "ERROR: " + out;
}

TEST(ReadmeSql, EveryBlockAnswersInTheSqliteShell) {
  const std::string dir = ::testing::TempDir() + "/readme_sql_" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string db = dir + "/gold.db";
  std::set<std::string> expected;  // Monitoring Officer items due before July 2024
  {
    auto store = OpenSqliteStore(db);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    for (const char* id : kGold) {
      const std::string path = std::string(PLANTRACE_SOURCE_DIR) + "/tests/gold/items/" + id + ".json";
      Result<JsonValue> j = JsonValue::Parse(ReadAll(path), path);
      ASSERT_TRUE(j.ok());
      Result<GoldFile> gold = GoldFileFromJson(j.value(), path);
      ASSERT_TRUE(gold.ok()) << gold.status().ToString();
      StoredDocument d;
      d.document = gold->document;
      d.document.sha256 = id;
      d.items = gold->items;
      for (ItemRecord& it : d.items) {
        it.doc_id = id;
        bool mo = false;
        std::string due;
        for (const auto& o : it.owners) mo |= o.title == "Monitoring Officer";
        for (const auto& t : it.dates) {
          if (t.role == "due" && (due.empty() || t.end.value_or(t.start) < due)) due = t.end.value_or(t.start);
        }
        if (mo && !due.empty() && due < "2024-07-01") expected.insert(std::string(id) + "|" + it.item_id);
      }
      ASSERT_TRUE(store.value()->Put(d).ok());
    }
  }
  ASSERT_FALSE(expected.empty());
  const std::vector<std::string> blocks =
      SqlBlocks(ReadAll(std::string(PLANTRACE_SOURCE_DIR) + "/README.md"));
  ASSERT_GE(blocks.size(), 4u);
  for (const std::string& sql : blocks) {
    const std::string out = Shell(db, sql, dir);
    EXPECT_EQ(out.rfind("ERROR", 0), std::string::npos) << sql << out;
    EXPECT_FALSE(out.empty()) << sql;
  }
  // The first block: exactly the expected items (doc_id|item_id|…).
  std::set<std::string> got;
  std::istringstream rows(Shell(db, blocks[0], dir));
  for (std::string row; std::getline(rows, row);) {
    const size_t second = row.find('|', row.find('|') + 1);
    got.insert(row.substr(0, second));
  }
  EXPECT_EQ(got, expected);
  EXPECT_TRUE(got.count("bcc-2023-11-governance-stabilisation-plan|9"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace plantrace
