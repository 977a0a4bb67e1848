#include "common/allocator_tuning.h"

#include <cstdlib>  // defines __GLIBC__ when the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace plantrace {

bool KeepFreedMemory() {
#if defined(__GLIBC__)
  // Setting either value also turns off glibc's sliding mmap threshold,
  // which would otherwise start at 128 KB again in every run.
  const bool mmap_ok = mallopt(M_MMAP_THRESHOLD, kHeapBlockLimit) == 1;
  const bool trim_ok = mallopt(M_TRIM_THRESHOLD, kKeptFreeMemory) == 1;
  return mmap_ok && trim_ok;
#else
  return false;
#endif
}

}  // namespace plantrace
