// pdf_dump_content FILE [PAGE]: a developer's view of what the page reader
// collects — one line per word, rule and box, tab-separated. Not installed.
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "corpus/file_bytes.h"
#include "extractors/pdf/reader/page_reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pdf_dump_content FILE [PAGE]\n";
    return 1;
  }
  const int only = argc > 2 ? std::atoi(argv[2]) : 0;
  auto bytes = plantrace::ReadFileBytes(argv[1], size_t{1} << 30);
  if (!bytes.ok()) {
    std::cerr << bytes.status().ToString() << "\n";
    return 2;
  }
  auto pages = plantrace::pdf::ReadPdfPages(bytes.value(), argv[1], {});
  if (!pages.ok()) {
    std::cerr << pages.status().ToString() << "\n";
    return 2;
  }
  for (const auto& w : pages->warnings) std::cerr << "warning: " << w << "\n";
  for (const auto& p : pages->pages) {
    if (only && p.page != only) continue;
    std::printf("page\t%d\t%.2f\t%.2f\trot=%d\n", p.page, p.width, p.height, p.rotation);
    for (const auto& w : p.words) {
      std::printf("word\t%.2f\t%.2f\t%.2f\t%.2f\tbase=%.2f\tsize=%.2f\t%s%s%s\t%s\t%s\t%s\n",
                  w.bbox.x0, w.bbox.top, w.bbox.x1, w.bbox.bottom, w.baseline, w.font_size,
                  w.bold ? "B" : "-", w.italic ? "I" : "-", w.underline ? "U" : "-",
                  w.font.c_str(), w.color.c_str(), w.text.c_str());
    }
    for (const auto& r : p.rules) {
      std::printf("rule\t%.2f\t%.2f\t%.2f\t%.2f\t%s\n", r.bbox.x0, r.bbox.top, r.bbox.x1,
                  r.bbox.bottom, r.horizontal() ? "h" : "v");
    }
    for (const auto& b : p.boxes) {
      std::printf("box\t%.2f\t%.2f\t%.2f\t%.2f\t%s\n", b.bbox.x0, b.bbox.top, b.bbox.x1,
                  b.bbox.bottom, b.color.c_str());
    }
    for (const auto& m : p.marks) {
      std::printf("mark\t%.2f\t%.2f\t%.2f\t%.2f\n", m.bbox.x0, m.bbox.top, m.bbox.x1, m.bbox.bottom);
    }
  }
  return 0;
}
