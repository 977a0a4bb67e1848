#include "common/allocator_tuning.h"

#include <cstdlib>
#include <cstring>

#include <gtest/gtest.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace plantrace {
namespace {

#if defined(__GLIBC__)
// A block of several MB, freed, stays with the process (in the heap, not an
// mmap given back at free), so the next page's buffers reuse it unfaulted.
TEST(KeepFreedMemoryTest, LargeFreedBlockStaysInTheHeap) {
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer brings its own allocator: glibc's knobs do not reach it
  // (mallopt answers "not done"), so there is nothing of ours to test here.
  GTEST_SKIP() << "the sanitizer's allocator is not glibc's";
#endif
  ASSERT_TRUE(KeepFreedMemory());
  const size_t size = size_t{8} << 20;
  const size_t mapped_before = mallinfo2().hblkhd;
  void* block = std::malloc(size);
  ASSERT_NE(block, nullptr);
  std::memset(block, 1, size);
  EXPECT_EQ(mallinfo2().hblkhd, mapped_before) << "the block was mmapped on its own";
  std::free(block);
  EXPECT_GE(mallinfo2().fordblks, size) << "the freed block went back to the kernel";
}
#endif

}  // namespace
}  // namespace plantrace
