#include "extractors/extract.h"

#include <gtest/gtest.h>

#include "corpus/file_bytes.h"

namespace plantrace {
namespace {

constexpr std::string_view kPage =
    "<!DOCTYPE html><html><head><title>Plan</title></head>"
    "<body><h1>Plan</h1><p>1. The council will act.</p></body></html>";

TEST(ExtractBytesTest, HashesTheBytesWhenNoHashIsGiven) {
  Result<Document> doc = ExtractBytes(kPage, "plan.html", ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.sha256, Sha256Hex(kPage));
  EXPECT_EQ(doc->source.format, "html");
  EXPECT_EQ(doc->source.path, "plan.html");
}

// Ingest hashes a file before extracting it (to skip stored content); the
// hash it passes is taken as it is, not computed again.
TEST(ExtractBytesTest, TakesAKnownHashAsGiven) {
  const std::string known(64, 'a');
  Result<Document> doc = ExtractBytes(kPage, "plan.html", ExtractOptions{}, known);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.sha256, known);
}

}  // namespace
}  // namespace plantrace
