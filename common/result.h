#pragma once
// Result<T>: a value or the Status that explains why there is none.
//
//   Result<Document> r = ExtractFile(path, options);
//   if (!r.ok()) return r.status();
//   const Document& doc = r.value();   // REQUIRES: ok()

#include <optional>
#include <utility>

#include "common/status.h"

namespace plantrace {

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                 // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}         // NOLINT: REQUIRES !status.ok()

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace plantrace
