#pragma once
// The one symbol of the PostgreSQL plugin, looked up by name with dlsym.
// Both sides are built by this project with the same compiler, so C++ types
// may cross it by pointer.

#include <memory>
#include <string>

#include "common/result.h"
#include "output/store.h"

// The plugin's file name, next to the `plantrace` binary.
#define PLANTRACE_POSTGRES_PLUGIN "plantrace-postgres.so"
#define PLANTRACE_POSTGRES_ENTRY "plantrace_open_postgres_store"

extern "C" void plantrace_open_postgres_store(const std::string* uri,
                                              plantrace::Result<std::unique_ptr<plantrace::Store>>* out);
