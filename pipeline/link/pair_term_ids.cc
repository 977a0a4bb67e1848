#include "pipeline/link/pair_term_ids.h"

namespace plantrace {
namespace {

uint64_t Key(uint32_t a, uint32_t b) { return static_cast<uint64_t>(a) << 32 | b; }

// SplitMix64's finaliser: every bit of both term ids moves the slot.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

size_t PairTermIds::Home(uint64_t key) const { return Mix(key) & (slots_.size() - 1); }

std::optional<uint32_t> PairTermIds::Find(uint32_t a, uint32_t b) const {
  if (slots_.empty()) return std::nullopt;
  const uint64_t key = Key(a, b);
  for (size_t s = Home(key);; s = (s + 1) & (slots_.size() - 1)) {
    const Slot& slot = slots_[s];
    if (slot.id == kEmpty) return std::nullopt;
    if (slot.key == key) return slot.id;
  }
}

uint32_t PairTermIds::FindOrAdd(uint32_t a, uint32_t b, uint32_t new_id, bool* added) {
  *added = false;
  if (2 * (size_ + 1) > slots_.size()) Grow();
  const uint64_t key = Key(a, b);
  for (size_t s = Home(key);; s = (s + 1) & (slots_.size() - 1)) {
    Slot& slot = slots_[s];
    if (slot.id == kEmpty) {
      slot = Slot{key, new_id};
      ++size_;
      *added = true;
      return new_id;
    }
    if (slot.key == key) return slot.id;
  }
}

void PairTermIds::Grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
  for (const Slot& slot : old) {
    if (slot.id == kEmpty) continue;
    size_t s = Home(slot.key);
    while (slots_[s].id != kEmpty) s = (s + 1) & (slots_.size() - 1);
    slots_[s] = slot;
  }
}

}  // namespace plantrace
