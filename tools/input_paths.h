#pragma once
// Checks on the PATHs a command is given, before any work starts, so that a
// typo or a URL gets one clear line and exit 2 instead of a failed batch.

#include <string>
#include <vector>

namespace plantrace::cli {

// http://, https:// or ftp://.
bool IsUrl(const std::string& path);

// The problem with each PATH that is a URL or does not exist ("…: no such
// file or folder"; "…: is a URL: plantrace reads local files; `plantrace
// fetch URL` downloads papers"), in order; empty when all exist.
std::vector<std::string> PathProblems(const std::vector<std::string>& paths);

// Removes a SQLite store file and its -wal/-shm companions: for a store
// this run created and stored nothing in.
void RemoveSqliteFiles(const std::string& path);

}  // namespace plantrace::cli
