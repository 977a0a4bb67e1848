#include "ingest/ingest.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "corpus/file_bytes.h"
#include "extractors/extract.h"
#include "extractors/source_format.h"

namespace plantrace {

namespace {

struct WorkResult {
  IngestEvent event;
  std::optional<StoredDocument> doc;  // to store, when extracted
};

// Everything up to storing: runs on a worker thread.
WorkResult Work(const IngestTask& task, Store& store, const RecordBuilder& builder,
                const ExtractOptions& options) {
  WorkResult r;
  r.event.path = task.path;
  r.event.doc_id = task.meta.doc_id;
  Result<std::string> bytes = ReadFileBytes(task.path, options.max_bytes);
  if (!bytes.ok()) {
    r.event.message = bytes.status().ToString();
    return r;
  }
  if (bytes->empty()) {
    r.event.message = Status::Corruption(task.path, "file is empty").ToString();
    return r;
  }
  if (SniffFormat(bytes.value()) == SourceFormat::kUnknown) {
    r.event.outcome = IngestOutcome::kOdd;
    r.event.message = "neither a PDF nor an HTML file by its content";
    return r;
  }
  const std::string sha = Sha256Hex(bytes.value());
  Result<ClaimOutcome> claimed = store.Claim(sha);
  if (!claimed.ok()) {
    r.event.message = claimed.status().ToString();
    return r;
  }
  if (claimed.value() != ClaimOutcome::kMine) {
    r.event.outcome = IngestOutcome::kSkipped;
    r.event.message = claimed.value() == ClaimOutcome::kStored
                          ? "already stored"
                          : "the same content is being stored by another worker or process";
    return r;
  }
  Result<Document> doc = ExtractBytes(bytes.value(), task.path, options);
  bytes = std::string();  // free the file before normalising
  if (!doc.ok()) {
    store.Release(sha);
    r.event.message = doc.status().ToString();
    return r;
  }
  DocumentRecords records = builder.Build(doc.value(), task.meta);
  StoredDocument stored;
  stored.document = std::move(records.document);
  stored.document.sha256 = sha;
  stored.items = std::move(records.items);
  stored.pages = doc->source.pages;
  for (AlternateSource a : task.alternates) {
    Result<std::string> alt = ReadFileBytes(a.path, options.max_bytes);
    if (alt.ok()) a.sha256 = Sha256Hex(alt.value());
    stored.alternates.push_back(std::move(a));
  }
  r.event.outcome = IngestOutcome::kStored;
  r.event.doc_id = stored.document.doc_id;
  r.event.items = stored.items.size();
  r.event.pages = stored.pages;
  r.event.warnings = doc->warnings;
  for (std::string& w : records.warnings) r.event.warnings.push_back(std::move(w));
  r.doc = std::move(stored);
  return r;
}

}  // namespace

IngestTotals Ingest(const std::vector<IngestTask>& tasks, Store& store,
                    const RecordBuilder& builder, const IngestOptions& options,
                    const std::function<void(const IngestEvent&)>& on_event) {
  const size_t jobs = std::max<size_t>(1, std::min<size_t>(options.jobs, tasks.size()));
  const size_t max_queued = 2 * jobs;  // bounds the documents held in memory
  std::mutex mu;
  std::condition_variable ready, space;
  std::deque<WorkResult> queue;
  std::atomic<size_t> next{0};
  size_t workers_left = jobs;

  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < tasks.size();) {
      WorkResult r = Work(tasks[i], store, builder, options.extract);
      std::unique_lock<std::mutex> lock(mu);
      space.wait(lock, [&] { return queue.size() < max_queued; });
      queue.push_back(std::move(r));
      ready.notify_one();
    }
    std::lock_guard<std::mutex> lock(mu);
    --workers_left;
    ready.notify_one();
  };
  std::vector<std::thread> threads;
  for (size_t i = 0; i < jobs; ++i) threads.emplace_back(worker);

  // The writer: this thread.
  IngestTotals totals;
  size_t done = 0;
  for (;;) {
    std::unique_lock<std::mutex> lock(mu);
    ready.wait(lock, [&] { return !queue.empty() || workers_left == 0; });
    if (queue.empty()) break;
    WorkResult r = std::move(queue.front());
    queue.pop_front();
    space.notify_one();
    lock.unlock();

    if (r.doc) {
      Result<PutOutcome> put = store.Put(*r.doc);
      if (!put.ok()) {
        r.event.outcome = IngestOutcome::kFailed;
        r.event.message = put.status().ToString();
      } else if (put.value() == PutOutcome::kAlreadyStored) {
        r.event.outcome = IngestOutcome::kSkipped;
        r.event.message = "already stored";
      } else {
        r.event.outcome = put.value() == PutOutcome::kStored ? IngestOutcome::kStored
                                                            : IngestOutcome::kNewVersion;
        totals.pages += r.event.pages;
      }
      r.doc.reset();
    }
    switch (r.event.outcome) {
      case IngestOutcome::kStored: ++totals.stored; break;
      case IngestOutcome::kNewVersion: ++totals.new_versions; break;
      case IngestOutcome::kSkipped: ++totals.skipped; break;
      case IngestOutcome::kOdd: ++totals.odd; break;
      case IngestOutcome::kFailed: ++totals.failed; break;
    }
    r.event.done = ++done;
    r.event.total = tasks.size();
    if (on_event) on_event(r.event);
  }
  for (std::thread& t : threads) t.join();
  return totals;
}

}  // namespace plantrace
