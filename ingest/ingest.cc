#include "ingest/ingest.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "corpus/file_bytes.h"
#include "extractors/extract.h"
#include "extractors/source_format.h"
#include "pipeline/normalise/document_meta.h"
#include "pipeline/normalise/folder_doc_type.h"
#include "pipeline/normalise/shared_publisher.h"

namespace plantrace {

namespace {

struct WorkResult {
  IngestEvent event;
  std::optional<StoredDocument> doc;  // to store, when extracted
  bool taken = false;  // skipped because someone else had claimed the content
  std::string stored_sha;  // the content is stored already: this sha256
};

// One paper of this call, stored now or before (sha256 and folder), for
// the publisher its folder shares; `known` when read now.
struct StoredPaper {
  std::string sha;
  GroupPaper paper;
  bool known = false;
  std::string doc_type;
  bool type_given = false;  // the call sets it (manifest, --doc-type)
};

MetaUpdate MetaUpdateOf(const DocumentMeta& m) {
  return MetaUpdate{m.title, m.publisher, m.date, m.plan_cycle, m.doc_type};
}

// Everything up to storing: runs on a worker thread. With `claim` false (the
// writer redoing a task whose content another worker had claimed), the store
// is only asked whether the content is stored already.
WorkResult Work(const IngestTask& task, Store& store, const RecordBuilder& builder,
                const ExtractOptions& options, bool claim) {
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
    r.event.message = NotPdfOrHtmlMessage(bytes.value());
    return r;
  }
  const std::string sha = Sha256Hex(bytes.value());
  if (claim) {
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
      r.taken = claimed.value() == ClaimOutcome::kTaken;
      if (claimed.value() == ClaimOutcome::kStored) r.stored_sha = sha;
      return r;
    }
  } else {
    Result<bool> stored = store.Contains(sha);
    if (!stored.ok()) {
      r.event.message = stored.status().ToString();
      return r;
    }
    if (stored.value()) {
      r.event.outcome = IngestOutcome::kSkipped;
      r.event.message = "already stored";
      r.stored_sha = sha;
      return r;
    }
  }
  Result<Document> doc = ExtractBytes(bytes.value(), task.path, options, sha);
  bytes = std::string();  // free the file before normalising
  if (!doc.ok()) {
    if (claim) store.Release(sha);
    r.event.message = doc.status().ToString();
    return r;
  }
  DocumentRecords records = builder.Build(doc.value(), task.meta);
  StoredDocument stored;
  stored.document = std::move(records.document);
  stored.document.sha256 = sha;
  if (!task.source.empty()) stored.document.source = task.source;
  // A page's words for a document (its link's text) say more than a PDF's
  // Info title ("untitled", the file name it was made from); a heading on
  // page 1 or a manifest's title says more than either.
  if (!task.title_hint.empty() && task.meta.title.empty() && FirstPageTitle(doc.value()).empty()) {
    stored.document.title = task.title_hint;
  }
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
  r.event.no_text = doc->blocks.empty() && doc->tables.empty();
  for (std::string& w : records.warnings) r.event.warnings.push_back(std::move(w));
  r.doc = std::move(stored);
  return r;
}

std::string FolderOf(const IngestTask& task) {
  return std::filesystem::path(task.path).parent_path().string();
}

// Papers that name no publisher take the one the papers of the same folder
// in this call give (shared_publisher.h), and papers of no type in a
// meeting's folder are its appendices (folder_doc_type.h), stored as their
// own: a later
// ingest with --publisher or a manifest corrects it like any field. Papers
// stored before take part with their stored record (the newest version of
// their document; an older version is left as it is). A store error here
// leaves a paper without one; it is no ingest failure.
void SharePublishers(std::vector<StoredPaper>& papers, Store& store) {
  bool any_before = false;
  for (const StoredPaper& p : papers) any_before = any_before || !p.known;
  if (any_before) {
    Result<std::vector<DocumentRecord>> docs = store.Documents();
    std::map<std::string, const DocumentRecord*> by_sha;
    if (docs.ok()) {
      for (const DocumentRecord& d : docs.value()) by_sha[d.sha256] = &d;
    }
    for (StoredPaper& p : papers) {
      if (p.known) continue;
      auto it = by_sha.find(p.sha);
      if (it == by_sha.end()) continue;
      p.known = true;
      p.doc_type = it->second->doc_type.value_or("other");
      p.paper.publisher = it->second->publisher;
      if (!p.paper.publisher.empty()) continue;
      Result<std::vector<ItemRecord>> items = store.Items(it->second->doc_id);
      p.paper.initialisms = Initialisms(*it->second, items.ok() ? items.value()
                                                               : std::vector<ItemRecord>{});
    }
  }
  std::vector<GroupPaper> group;
  std::vector<size_t> index;
  for (size_t i = 0; i < papers.size(); ++i) {
    if (!papers[i].known) continue;
    group.push_back(papers[i].paper);
    index.push_back(i);
  }
  std::vector<TypedPaper> typed;
  for (size_t i : index) typed.push_back({papers[i].paper.group, papers[i].doc_type, papers[i].type_given});
  const std::vector<std::string> shared = SharedPublishers(group);
  const std::vector<std::string> types = FolderDocTypes(typed);
  for (size_t k = 0; k < group.size(); ++k) {
    if (shared[k].empty() && types[k].empty()) continue;
    MetaUpdate update;
    update.publisher = shared[k];
    update.doc_type = types[k];
    store.UpdateVersionMeta(papers[index[k]].sha, update);
  }
}

}  // namespace

IngestTotals Ingest(const std::vector<IngestTask>& tasks, Store& store,
                    const RecordBuilder& builder, const IngestOptions& options,
                    const std::function<void(const IngestEvent&)>& on_event) {
  const size_t jobs = std::max<size_t>(1, std::min<size_t>(options.jobs, tasks.size()));
  // The writer stores in task order, whatever order the workers finish in, so
  // the store (version numbers, which of two identical files is kept) and the
  // report do not depend on --jobs or timing. A worker holds its result until
  // it is within `window` of the next task to store: that bounds the
  // documents held in memory, and the worker of the next task never waits.
  const size_t window = 2 * jobs;
  std::mutex mu;
  std::condition_variable ready, space;
  std::map<size_t, WorkResult> finished;
  size_t next_to_write = 0;
  std::atomic<size_t> next{0};
  size_t workers_left = jobs;

  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < tasks.size();) {
      WorkResult r = Work(tasks[i], store, builder, options.extract, /*claim=*/true);
      std::unique_lock<std::mutex> lock(mu);
      space.wait(lock, [&] { return i < next_to_write + window; });
      finished.emplace(i, std::move(r));
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
  std::vector<StoredPaper> papers;
  for (size_t index = 0; index < tasks.size(); ++index) {
    std::unique_lock<std::mutex> lock(mu);
    ready.wait(lock, [&] { return finished.count(index) || workers_left == 0; });
    auto it = finished.find(index);
    if (it == finished.end()) break;  // cannot happen: every task gives a result
    WorkResult r = std::move(it->second);
    finished.erase(it);
    next_to_write = index + 1;
    lock.unlock();
    space.notify_all();

    // A later task with the same content claimed it first: this task, the
    // earlier one, is the one to store (its result, stored after, is then
    // "already stored"). Rare, so the writer redoes the work itself.
    if (r.taken) r = Work(tasks[index], store, builder, options.extract, /*claim=*/false);
    if (r.doc) {
      StoredPaper paper{r.doc->document.sha256,
                        {FolderOf(tasks[index]), r.doc->document.publisher, {}}, true,
                        r.doc->document.doc_type.value_or("other"),
                        !tasks[index].meta.doc_type.empty()};
      if (paper.paper.publisher.empty()) {
        paper.paper.initialisms = Initialisms(r.doc->document, r.doc->items);
      }
      Result<PutOutcome> put = store.Put(*r.doc);
      if (put.ok() && put.value() != PutOutcome::kAlreadyStored) {
        papers.push_back(std::move(paper));
      }
      if (!put.ok()) {
        r.event.outcome = IngestOutcome::kFailed;
        r.event.message = put.status().ToString();
      } else if (put.value() == PutOutcome::kAlreadyStored) {
        r.event.outcome = IngestOutcome::kSkipped;
        r.event.message = "already stored";
        r.stored_sha = r.doc->document.sha256;
      } else {
        r.event.outcome = put.value() == PutOutcome::kStored ? IngestOutcome::kStored
                                                            : IngestOutcome::kNewVersion;
        totals.pages += r.event.pages;
      }
      r.doc.reset();
    }
    // Stored content with metadata to set: a correction in place (in task
    // order, like every write).
    const MetaUpdate update = MetaUpdateOf(tasks[index].meta);
    if (!r.stored_sha.empty() && !update.empty()) {
      Result<MetaUpdateOutcome> u = store.UpdateVersionMeta(r.stored_sha, update);
      if (!u.ok()) {
        r.event.outcome = IngestOutcome::kFailed;
        r.event.message = Status::IOError(tasks[index].path, u.status().ToString()).ToString();
      } else if (u->changed) {
        r.event.outcome = IngestOutcome::kUpdated;
        r.event.doc_id = u->doc_id;
        r.event.message = u->date_changed ? "metadata updated, date changed"
                                          : "metadata updated";
        totals.dates_changed += u->date_changed;
      } else if (u->found) {
        r.event.doc_id = u->doc_id;
        r.event.message = "already stored, metadata unchanged";
      }
    }
    // Stored before (an earlier call, maybe killed): weighed from the store.
    if (!r.stored_sha.empty()) {
      papers.push_back({r.stored_sha, {FolderOf(tasks[index]), "", {}}, false, "other",
                        !tasks[index].meta.doc_type.empty()});
    }
    switch (r.event.outcome) {
      case IngestOutcome::kStored: ++totals.stored; totals.no_text += r.event.no_text; break;
      case IngestOutcome::kNewVersion:
        ++totals.new_versions;
        totals.no_text += r.event.no_text;
        break;
      case IngestOutcome::kUpdated: ++totals.updated; break;
      case IngestOutcome::kSkipped: ++totals.skipped; break;
      case IngestOutcome::kOdd: ++totals.odd; break;
      case IngestOutcome::kFailed: ++totals.failed; break;
    }
    r.event.done = index + 1;
    r.event.total = tasks.size();
    if (on_event) on_event(r.event);
  }
  for (std::thread& t : threads) t.join();
  SharePublishers(papers, store);
  return totals;
}

}  // namespace plantrace
