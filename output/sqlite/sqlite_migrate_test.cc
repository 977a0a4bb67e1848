// Schema versions on SQLite: a new store is at the newest version, a store
// left by plantrace before versions (user_version 0, the old `item_fts`) is
// upgraded with its records intact and searchable, a newer store is refused.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "output/sql/sql_schema.h"
#include "output/sqlite/sqlite_store.h"

namespace plantrace {
namespace {

std::string TempDb(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("plantrace_migrate_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
  return path.string();
}

std::string One(SqlConnection& conn, const std::string& sql) {
  auto rows = conn.Query(sql, {});
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  if (!rows.ok() || rows->empty() || !rows->front()[0]) return "";
  return *rows->front()[0];
}

TEST(SqliteMigrations, NumberedFromOneWithoutGaps) {
  const SqlSchema& schema = SqliteSchemaScripts();
  ASSERT_GE(schema.migrations.size(), 2u);
  for (size_t i = 0; i < schema.migrations.size(); ++i) {
    EXPECT_EQ(schema.migrations[i].version, static_cast<int>(i) + 1) << schema.migrations[i].name;
  }
  EXPECT_EQ(PostgresSchemaScripts().migrations.size(), schema.migrations.size())
      << "every migration exists in both dialects";
  EXPECT_EQ(ViewNames(schema.views),
            (std::vector<std::string>{"v_documents", "v_items", "v_owners", "v_due", "v_links"}));
  EXPECT_EQ(ViewNames(PostgresSchemaScripts().views), ViewNames(schema.views));
}

TEST(SqliteMigrations, NewStoreIsAtTheNewestVersionWithContentFts) {
  const std::string path = TempDb("new.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  auto conn = OpenSqliteConnection(path);
  ASSERT_TRUE(conn.ok());
  EXPECT_EQ(One(*conn.value(), "PRAGMA user_version"),
            std::to_string(LatestVersion(SqliteSchemaScripts())));
  const std::string fts = One(*conn.value(), "SELECT sql FROM sqlite_master WHERE name = 'items_fts'");
  EXPECT_NE(fts.find("fts5"), std::string::npos) << fts;
  EXPECT_NE(fts.find("content=\"items\""), std::string::npos) << fts;
  EXPECT_EQ(One(*conn.value(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'item_fts'"), "0");
  // Opening again runs nothing and changes nothing.
  ASSERT_TRUE(OpenSqliteStore(path).ok());
}

TEST(SqliteMigrations, StoreFromBeforeVersionsIsUpgradedAndSearchable) {
  const std::string path = TempDb("old.db");
  {
    // The store as plantrace left it before versions: migration 1's tables,
    // the old full-text table, one item with an action and an amount.
    auto conn = OpenSqliteConnection(path);
    ASSERT_TRUE(conn.ok());
    SqlConnection& c = *conn.value();
    ASSERT_TRUE(c.ExecScript(SqliteSchemaScripts().migrations[0].sql).ok());
    ASSERT_TRUE(c.ExecScript(
        "CREATE VIEW v_documents AS SELECT 1 AS old_view;"
        "INSERT INTO documents(id, doc_id) VALUES (1, 'plan');"
        "INSERT INTO versions VALUES (1, 1, 1, 'sha', 'Plan', 'Council', '2023-11-01', "
        "  '2023-24', 'pdf', 'plan.pdf', 9, '2024-01-01T00:00:00Z');"
        "INSERT INTO items(id, version, seq, item_id, kind, text) "
        "  VALUES (7, 1, 0, '4', 'recommendation', 'Review the constitution');"
        "INSERT INTO actions VALUES (7, 0, 'Commission an external auditor');"
        "INSERT INTO amounts VALUES (7, 0, '£2m', 2000000, NULL, 0, 'budget');"
        "INSERT INTO provenance(item, seq, page) VALUES (7, 0, 5);"
        "INSERT INTO provenance(item, seq, page) VALUES (7, 1, 4);"
        "INSERT INTO item_fts(rowid, text, actions, deliverables, updates) "
        "  VALUES (7, 'Review the constitution', 'Commission an external auditor', '', '');")
                    .ok());
    EXPECT_EQ(One(c, "PRAGMA user_version"), "0");
  }
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto conn = OpenSqliteConnection(path);
  ASSERT_TRUE(conn.ok());
  SqlConnection& c = *conn.value();
  EXPECT_EQ(One(c, "PRAGMA user_version"), std::to_string(LatestVersion(SqliteSchemaScripts())));
  // The action, now a column of items, is found through the new index.
  EXPECT_EQ(One(c, "SELECT rowid FROM items_fts WHERE items_fts MATCH 'auditors'"), "7");
  EXPECT_EQ(One(c, "SELECT actions FROM items WHERE id = 7"), "Commission an external auditor");
  EXPECT_EQ(One(c, "SELECT pages || ' / ' || amounts_gbp FROM v_items"), "4, 5 / 2000000");
  auto items = store.value()->Items("plan");
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ(items->front().actions, std::vector<std::string>{"Commission an external auditor"});
}

TEST(SqliteMigrations, WritesAreIndexedByTheTrigger) {
  const std::string path = TempDb("trigger.db");
  auto store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  StoredDocument doc;
  doc.document.doc_id = "d";
  doc.document.sha256 = "s";
  doc.document.format = "pdf";
  ItemRecord it;
  it.doc_id = "d";
  it.item_id = "1";
  it.kind = "action";
  it.text = "Set a budget";
  it.deliverables = {"A balanced budget"};
  it.updates = {UpdateRecord{"Procurement reviewed", std::nullopt, true}};
  doc.items = {it};
  ASSERT_TRUE(store.value()->Put(doc).ok());
  ItemQuery q;
  q.text = "procurement";
  auto found = store.value()->FindItems(q);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  auto conn = OpenSqliteConnection(path);
  ASSERT_TRUE(conn.ok());
  EXPECT_EQ(One(*conn.value(), "SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH 'balanced'"), "1");
  // The index agrees with its content table.
  EXPECT_TRUE(conn.value()->Exec("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)").ok());
}

// v_links.stale: 1 when a side's document has a version newer than the one
// the link was computed from (the doc_id is the ref before its last '#').
TEST(SqliteMigrations, LinksViewSaysWhichLinksAreStale) {
  const std::string path = TempDb("stale.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  auto conn = OpenSqliteConnection(path);
  ASSERT_TRUE(conn.ok());
  SqlConnection& c = *conn.value();
  auto version = [](int id, int doc, int n) {
    return "INSERT INTO versions(id, document, version, sha256, title, publisher, date, "
           "plan_cycle, format, source, pages, ingested_at) VALUES (" +
           std::to_string(id) + ", " + std::to_string(doc) + ", " + std::to_string(n) +
           ", 'sha" + std::to_string(id) + "', 't', 'p', '2018', '', 'html', 's', 1, 'now');";
  };
  ASSERT_TRUE(c.ExecScript("INSERT INTO documents(id, doc_id) VALUES (1, 'plan'), (2, 'a#b');" +
                           version(1, 1, 1) + version(2, 1, 2) + version(3, 2, 1) +
                           "INSERT INTO links(from_ref, to_ref, relation, score, from_version, "
                           "to_version) VALUES "
                           "('plan#1', 'a#b#2', 'recurs', 1, 2, 3),"     // current
                           "('plan#2', 'a#b#3', 'recurs', 1, 1, 3),"     // plan re-versioned
                           "('a#b#4', 'plan#4', 'recurs', 1, 3, 1),"     // ... on the later side
                           "('plan#5', 'gone#1', 'recurs', 1, 2, 0),"    // a document not stored
                           "('plan#6', 'a#b#6', 'recurs', 1, NULL, NULL);")  // from before versions
                  .ok());
  EXPECT_EQ(One(c, "SELECT GROUP_CONCAT(from_ref || '=' || stale, ' ') FROM "
                   "(SELECT from_ref, stale FROM v_links ORDER BY from_ref)"),
            "a#b#4=1 plan#1=0 plan#2=1 plan#5=0 plan#6=0");
}

TEST(SqliteMigrations, NewerStoreIsRefusedNotMisread) {
  const std::string path = TempDb("newer.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  {
    auto conn = OpenSqliteConnection(path);
    ASSERT_TRUE(conn.ok());
    const int newer = LatestVersion(SqliteSchemaScripts()) + 1;
    ASSERT_TRUE(conn.value()->ExecScript("PRAGMA user_version = " + std::to_string(newer)).ok());
  }
  auto store = OpenSqliteStore(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().why().find("newer"), std::string::npos) << store.status().ToString();
}

}  // namespace
}  // namespace plantrace
