// Exports over a store of hand-made records: order, format, determinism.
#include <unistd.h>
#include <gtest/gtest.h>

#include <sstream>

#include "output/export.h"
#include "output/item_formats.h"
#include "output/sqlite/sqlite_store.h"

namespace plantrace {
namespace {

StoredDocument Doc(const std::string& doc_id, const std::string& sha,
                   const std::vector<std::string>& item_ids) {
  StoredDocument d;
  d.document = DocumentRecord{doc_id, "T", "P", "2023-11", "2023-24", sha, "html", doc_id + ".html", "plan", std::nullopt};
  for (const auto& id : item_ids) {
    ItemRecord it;
    it.doc_id = doc_id;
    it.item_id = id;
    it.kind = "measure";
    it.text = "Text, with \"quotes\"\nand a line " + id;
    it.actions = {"one", "two"};
    it.owners = {OwnerRecord{"ACE", "Assistant Chief Executive", false},
                 OwnerRecord{"Interim MO", "Monitoring Officer", true}};
    d.items.push_back(it);
  }
  return d;
}

std::unique_ptr<Store> Fresh(const std::string& name) {
  const std::string path = ::testing::TempDir() + "/" + std::to_string(::getpid()) + "_" + name;
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  auto s = OpenSqliteStore(path);
  EXPECT_TRUE(s.ok());
  return std::move(s.value());
}

TEST(Export, JsonlIsDocumentThenItemsInDocumentOrderThenLinks) {
  auto store = Fresh("export_jsonl.db");
  // Stored out of order: the export orders by doc_id, then document order.
  ASSERT_TRUE(store->Put(Doc("b-doc", "s2", {"2", "10", "1"})).ok());
  ASSERT_TRUE(store->Put(Doc("a-doc", "s1", {"x"})).ok());
  ASSERT_TRUE(store->ReplaceLinks({LinkRecord{"a-doc#x", "b-doc#1", "recurs", 0.8333333,
                                              {"shared terms: budget"}}}).ok());
  std::ostringstream out;
  ASSERT_TRUE(ExportJsonl(*store, out).ok());
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[0].rfind("{\"type\":\"document\",\"doc_id\":\"a-doc\"", 0), 0u) << lines[0];
  EXPECT_NE(lines[1].find("\"item_id\":\"x\""), std::string::npos);
  EXPECT_NE(lines[2].find("\"doc_id\":\"b-doc\""), std::string::npos);
  EXPECT_NE(lines[3].find("\"item_id\":\"2\""), std::string::npos);
  EXPECT_NE(lines[4].find("\"item_id\":\"10\""), std::string::npos);
  EXPECT_NE(lines[5].find("\"item_id\":\"1\""), std::string::npos);
  EXPECT_EQ(lines[6].rfind("{\"type\":\"link\",\"from\":\"a-doc#x\"", 0), 0u) << lines[6];
  std::ostringstream again;
  ASSERT_TRUE(ExportJsonl(*store, again).ok());
  EXPECT_EQ(out.str(), again.str());
}

TEST(Export, CsvFlattensListsAndQuotes) {
  auto store = Fresh("export_csv.db");
  ASSERT_TRUE(store->Put(Doc("a-doc", "s1", {"1"})).ok());
  std::ostringstream out;
  ASSERT_TRUE(ExportCsv(*store, out).ok());
  EXPECT_EQ(out.str(), ItemsCsvHeader() +
                           "a-doc,1,measure,,\"Text, with \"\"quotes\"\"\nand a line 1\",one; two,,,"
                           "Assistant Chief Executive; Monitoring Officer (interim),ACE; Interim MO,"
                           ",,,,,,\n");
}

TEST(ItemFormats, CutTextCountsCodePoints) {
  EXPECT_EQ(CutText("£££££", 5), "£££££");
  EXPECT_EQ(CutText("£££££", 3), "££…");
  EXPECT_EQ(CutText("a\nb", 5), "a b");
}

}  // namespace
}  // namespace plantrace
