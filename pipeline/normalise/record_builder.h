#pragma once
// RecordBuilder: the document model -> the normalised records of
// docs/records.md (segment items, then normalise owners, dates, money,
// status and updates). Loaded once with its lexicons, then used from any
// number of threads: Build() is const and keeps no state between calls.
//
//   Result<RecordBuilder> builder = RecordBuilder::Load(DataDir());
//   if (!builder.ok()) return builder.status();
//   DocumentRecords r = builder->Build(doc, meta);

#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "model/document.h"
#include "model/records.h"

namespace plantrace {

// What is known of a document before reading it (its manifest entry). Empty
// fields are taken from the document itself (title and date from the first
// page, doc_id from the file name).
struct DocumentMeta {
  std::string doc_id;
  std::string title;
  std::string publisher;
  std::string date;        // ISO, month or year precision allowed
  std::string plan_cycle;
  std::string doc_type;  // one of docs/records.md's doc_type values
};

struct DocumentRecords {
  DocumentRecord document;
  std::vector<ItemRecord> items;  // in document order
  std::vector<std::string> warnings;
};

class RecordBuilder {
 public:
  // Reads the lexicons (column roles, owner gazetteer, date and money cues,
  // status words) from `data_dir`. A missing or malformed file is a Status
  // naming it.
  static Result<RecordBuilder> Load(const std::string& data_dir);

  RecordBuilder(RecordBuilder&&) noexcept;
  RecordBuilder& operator=(RecordBuilder&&) noexcept;
  ~RecordBuilder();
  // Not copyable: the lexicons are large and shared by reference.
  RecordBuilder(const RecordBuilder&) = delete;
  RecordBuilder& operator=(const RecordBuilder&) = delete;

  DocumentRecords Build(const Document& doc, const DocumentMeta& meta) const;

 private:
  struct Lexicons;
  explicit RecordBuilder(std::unique_ptr<const Lexicons> lexicons);
  std::unique_ptr<const Lexicons> lexicons_;
};

}  // namespace plantrace
