// plantrace extract FILE [--format json|text|markdown] [--no-stitch] [--ocr MODE] [--records]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>

#include <boost/program_options.hpp>

#include "corpus/manifest.h"
#include "extractors/extract.h"
#include "model/records_json.h"
#include "model/document_json.h"
#include "output/document_text.h"
#include "pipeline/shared/data_files.h"
#include "pipeline/normalise/record_builder.h"
#include "tools/commands.h"
#include "tools/input_paths.h"
#include "tools/ocr_arg.h"
#include "tools/parse_options.h"

namespace po = boost::program_options;

namespace plantrace::cli {

namespace {

size_t CountWords(const std::string& text) {
  std::istringstream in(text);
  size_t n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

std::string SummaryLine(const Document& doc, double ms) {
  size_t words = 0;
  for (const auto& b : doc.blocks) words += CountWords(b.text);
  for (const auto& t : doc.tables) {
    for (const auto& c : t.cells) words += CountWords(c.text);
  }
  const auto ocr = std::count_if(doc.pages.begin(), doc.pages.end(),
                                 [](const PageInfo& p) { return p.ocr; });
  char line[512];
  std::snprintf(line, sizeof line,
                "%-60s %5d pages %3ld by OCR %6zu blocks %4zu tables %7zu words %8.1f ms",
                doc.source.path.c_str(), doc.source.pages, static_cast<long>(ocr),
                doc.blocks.size(), doc.tables.size(), words, ms);
  return line;
}

// The manifest entry of `file`: manifest.json in its folder or the folder
// above. Empty fields when none lists it.
DocumentMeta MetaFor(const std::string& file) {
  DocumentMeta meta;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(file), ec).parent_path();
  for (int up = 0; up < 2 && !dir.empty(); ++up, dir = dir.parent_path()) {
    fs::path m = dir / "manifest.json";
    if (!fs::exists(m, ec)) continue;
    Result<Manifest> manifest = ReadManifest(m.string());
    if (!manifest.ok()) continue;
    if (const ManifestEntry* e = manifest->FindByFile(file)) {
      meta.doc_id = e->doc_id;
      meta.title = e->title;
      meta.publisher = e->publisher;
      meta.date = e->date;
      meta.plan_cycle = e->plan_cycle;
      return meta;
    }
  }
  return meta;
}

// The records as JSON lines: the document record, then its items.
int PrintRecords(const Document& doc, const std::string& file) {
  Result<RecordBuilder> builder = RecordBuilder::Load(DataDir());
  if (!builder.ok()) {
    std::cerr << "plantrace: " << builder.status().ToString() << "\n";
    return kExitBadInput;
  }
  DocumentRecords r = builder->Build(doc, MetaFor(file));
  for (const auto& w : r.warnings) std::cerr << "plantrace: warning: " << w << "\n";
  std::cout << DocumentRecordToJson(r.document).Dump() << "\n";
  for (const ItemRecord& item : r.items) std::cout << ItemRecordToJson(item).Dump() << "\n";
  return kExitOk;
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  std::string file, format = "json";
  bool no_stitch = false, no_tables = false, records = false;
  std::string ocr = "auto";
  po::options_description visible(
      "Usage: plantrace extract FILE [options]\n\n"
      "Reads one PDF or HTML file (the format is told from its content) and\n"
      "prints its document model: blocks of text and tables, with pages and\n"
      "boxes (see spec/document-model.md).\n\nOptions");
  visible.add_options()
      ("format", po::value(&format)->default_value("json"),
       "json | text | markdown | summary (one line: pages, pages read by OCR, blocks, tables, words, time)")
      ("no-stitch", po::bool_switch(&no_stitch),
       "keep one table per page region instead of joining tables across pages")
      ("ocr", po::value(&ocr)->default_value("auto"), kOcrHelp)
      ("no-tables", po::bool_switch(&no_tables),
       "do not look for tables in PDFs (text blocks only; for timing)")
      ("records", po::bool_switch(&records),
       "print the normalised records instead (JSON lines: the document, then its items; "
       "metadata from a manifest.json in the file's folder or the one above)")
      ("help,h", "show this help");
  po::options_description hidden;
  hidden.add_options()("file", po::value(&file));
  po::variables_map vm;
  if (auto done = ParseOptions("extract", args, visible, &hidden, {"file", 1}, &vm)) {
    return *done;
  }
  if (file.empty()) {
    std::cerr << "plantrace extract: no FILE given\n" << visible << "\n";
    return kExitUsage;
  }
  if (format != "json" && format != "text" && format != "markdown" && format != "summary") {
    std::cerr << "plantrace extract: --format must be json, text, markdown or summary, not '" << format
              << "'\n";
    return kExitUsage;
  }

  const std::optional<OcrMode> ocr_mode = ParseOcrMode(ocr);
  if (!ocr_mode) {
    std::cerr << "plantrace extract: --ocr must be auto, always or never, not '" << ocr << "'\n";
    return kExitUsage;
  }
  for (const std::string& p : PathProblems({file})) {
    std::cerr << "plantrace extract: " << p << "\n";
    return kExitBadInput;
  }

  ExtractOptions options;
  options.ocr = *ocr_mode;
  options.stitch_tables = !no_stitch;
  options.find_tables = !no_tables;
  const auto start = std::chrono::steady_clock::now();
  Result<Document> doc = ExtractFile(file, options);
  const double ms = std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - start).count();
  if (!doc.ok()) {
    std::cerr << "plantrace: " << doc.status().ToString() << "\n";
    return kExitBadInput;
  }
  for (const auto& w : doc->warnings) std::cerr << "plantrace: warning: " << w << "\n";
  if (records) return PrintRecords(doc.value(), file);
  if (format == "json") {
    WriteDocumentJson(doc.value(), std::cout, 1);
    std::cout << "\n";
  } else if (format == "text") {
    std::cout << DocumentToText(doc.value());
  } else if (format == "markdown") {
    std::cout << DocumentToMarkdown(doc.value());
  } else {
    std::cout << SummaryLine(doc.value(), ms) << "\n";
  }
  return kExitOk;
}

}  // namespace plantrace::cli
