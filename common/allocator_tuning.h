#pragma once
// KeepFreedMemory: tells the C library's allocator (glibc malloc, through its
// documented mallopt interface) to keep memory the program frees for reuse,
// instead of handing it back to the kernel and faulting it in again.
//
// Why: a run reads a PDF page by page. Poppler builds and frees the same
// large buffers for every page (a font's data, the page's text pool), and
// the output is written from blocks of hundreds of KB. With glibc's
// defaults a block of 128 KB or more is a fresh mmap, unmapped when freed,
// and free memory above 128 KB at the top of the heap is trimmed; each page
// then faults the same memory in again (~1.5 us a 4 KB page here). Extract of
// the 28-page 2018 plan: 2,146 -> 1,932 page faults; ingest of 40 files:
// 8,700 -> 6,200 (docs/decisions.md, session 8). The cost: freed memory
// stays with the process until it exits, so the resident size is that of
// the busiest moment (it already was: the peak is what bench/ reports).
//
// Call once, at the start of main, before any thread starts. Returns false
// when the C library refused a setting (not glibc: nothing is changed).

namespace plantrace {

// Blocks up to this size come from the heap and are reused after free
// (glibc's largest allowed mmap threshold on 64-bit systems).
inline constexpr int kHeapBlockLimit = 32 << 20;
// Free memory at the top of a heap is returned to the kernel only above this.
inline constexpr int kKeptFreeMemory = 64 << 20;

bool KeepFreedMemory();

}  // namespace plantrace
