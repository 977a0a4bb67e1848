#include "pipeline/record_builder.h"

#include "corpus/manifest.h"

namespace plantrace {

// Placeholder until segmentation lands (issue 5): the document record only.
struct RecordBuilder::Lexicons {};

Result<RecordBuilder> RecordBuilder::Load(const std::string&) {
  return RecordBuilder(std::make_unique<const Lexicons>());
}

RecordBuilder::RecordBuilder(std::unique_ptr<const Lexicons> lexicons)
    : lexicons_(std::move(lexicons)) {}
RecordBuilder::RecordBuilder(RecordBuilder&&) noexcept = default;
RecordBuilder& RecordBuilder::operator=(RecordBuilder&&) noexcept = default;
RecordBuilder::~RecordBuilder() = default;

DocumentRecords RecordBuilder::Build(const Document& doc, const DocumentMeta& meta) const {
  DocumentRecords out;
  out.document.doc_id = meta.doc_id.empty() ? DocIdFromFileName(doc.source.path) : meta.doc_id;
  out.document.title = meta.title.empty() ? doc.source.title : meta.title;
  out.document.publisher = meta.publisher;
  out.document.date = meta.date;
  out.document.plan_cycle = meta.plan_cycle;
  out.document.sha256 = doc.source.sha256;
  out.document.format = doc.source.format;
  out.document.source = doc.source.path;
  return out;
}

}  // namespace plantrace
