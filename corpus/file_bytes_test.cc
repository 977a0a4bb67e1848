#include "corpus/file_bytes.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(Sha256Test, KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(ReadFileBytesTest, MissingFileIsNotFound) {
  auto r = ReadFileBytes("/no/such/file.pdf", 1000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(r.status().where(), "/no/such/file.pdf");
}

TEST(ReadFileBytesTest, TooLargeIsAResourceLimit) {
  auto r = ReadFileBytes(PLANTRACE_SOURCE_DIR "/corpus/manifest.json", 10);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kResourceLimit);
}

}  // namespace
}  // namespace plantrace
