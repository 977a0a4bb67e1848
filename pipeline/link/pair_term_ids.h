#pragma once
// The term ids of word pairs ("medium term": (term of "medium", term of
// "term") -> its own term), asked for every two adjacent content words of
// every field and passage. An open-addressing table: a question reads one
// slot (or the few after it), where a node-based hash map walked a bucket
// and a chain of nodes spread over the heap — at 100,000 items the pair
// lookups were a tenth of linking's time, nearly all of it cache misses.
//
//   PairTermIds ids;
//   bool added = false;
//   uint32_t t = ids.FindOrAdd(4, 9, /*new_id=*/120, &added);  // 120, added
//   ids.Find(4, 9);  // 120

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace plantrace {

class PairTermIds {
 public:
  // The id of the pair (a, b), if it has one.
  std::optional<uint32_t> Find(uint32_t a, uint32_t b) const;
  // The id of (a, b); when it has none yet, `new_id` becomes its id and
  // *added is set. `new_id` must not be UINT32_MAX.
  uint32_t FindOrAdd(uint32_t a, uint32_t b, uint32_t new_id, bool* added);
  size_t size() const { return size_; }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t key = 0;
    uint32_t id = kEmpty;
  };
  size_t Home(uint64_t key) const;
  void Grow();

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  size_t size_ = 0;
};

}  // namespace plantrace
