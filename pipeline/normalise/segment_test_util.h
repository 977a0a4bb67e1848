// Small synthetic inputs shared by the segmentation tests (table segmenter,
// prose segmenter, and the record builder on top of them): lexicons loaded
// from data/, cells, tables, blocks and a builder fixture.
#ifndef PLANTRACE_PIPELINE_NORMALISE_SEGMENT_TEST_UTIL_H_
#define PLANTRACE_PIPELINE_NORMALISE_SEGMENT_TEST_UTIL_H_

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "pipeline/normalise/record_builder.h"
#include "pipeline/segment/column_roles.h"
#include "pipeline/segment/item_kinds.h"
#include "pipeline/segment/item_labels.h"
#include "pipeline/segment/prose_segmenter.h"
#include "pipeline/segment/table_segmenter.h"

namespace plantrace::segment_testing {

inline ColumnRoleLexicon Roles() {
  Result<ColumnRoleLexicon> r = ColumnRoleLexicon::LoadDefault();
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : ColumnRoleLexicon{};
}

inline ItemKindLexicon Kinds() {
  Result<ItemKindLexicon> r = ItemKindLexicon::LoadDefault();
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : ItemKindLexicon{};
}

inline Span S(std::string text, bool bold = false, bool underline = false) {
  Span s;
  s.text = std::move(text);
  s.bold = bold;
  s.underline = underline;
  return s;
}

inline Cell MakeCell(int row, int col, std::string text, bool header = false, int colspan = 1) {
  Cell c;
  c.row = row;
  c.col = col;
  c.colspan = colspan;
  c.header = header;
  c.text = text;
  c.spans.push_back(S(text));
  c.parts.push_back(PagePart{1, BBox{10.0 * col, 10.0 * row, 10.0 * col + 9, 10.0 * row + 9}});
  return c;
}

// A table from rows of cell texts; row 0 is the header. A row of one
// string is a banner across all columns.
inline Table MakeTable(const std::vector<std::vector<std::string>>& rows, int header_rows = 1) {
  Table t;
  t.id = "t1";
  t.header_rows = header_rows;
  t.rows = static_cast<int>(rows.size());
  for (const auto& r : rows) t.cols = std::max(t.cols, static_cast<int>(r.size()));
  for (int i = 0; i < t.rows; ++i) {
    const auto& r = rows[static_cast<size_t>(i)];
    if (r.size() == 1 && t.cols > 1) {
      t.cells.push_back(MakeCell(i, 0, r[0], i < header_rows, t.cols));
      continue;
    }
    for (int k = 0; k < static_cast<int>(r.size()); ++k) {
      t.cells.push_back(MakeCell(i, k, r[static_cast<size_t>(k)], i < header_rows));
    }
  }
  return t;
}

class BuilderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<RecordBuilder> b = RecordBuilder::Load(PLANTRACE_SOURCE_DIR "/data");
    ASSERT_TRUE(b.ok()) << b.status().ToString();
    builder_.emplace(std::move(b).value());
  }
  std::optional<RecordBuilder> builder_;
};

inline Cell StyledCell(int row, int col, const std::vector<Span>& spans) {
  Cell c = MakeCell(row, col, "");
  c.spans = spans;
  for (const Span& s : spans) c.text += s.text;
  return c;
}

inline Block MakeBlock(BlockKind kind, std::string text, int level = 0) {
  static int n = 0;
  Block b;
  char id[32];
  std::snprintf(id, sizeof id, "b%d", ++n);
  b.id = id;
  b.kind = kind;
  b.level = level;
  b.text = std::move(text);
  return b;
}

inline std::vector<RawItem> Prose(const std::vector<Block>& blocks, const std::string& ctx = "") {
  ItemKindLexicon kinds = Kinds();
  ProseSegmenter seg(kinds, ctx);
  for (const Block& b : blocks) seg.Add(b);
  seg.Finish();
  return seg.Take();
}

inline Block Line(std::string text, double top, double x0 = 50) {
  Block b = MakeBlock(BlockKind::kParagraph, std::move(text));
  b.page = 1;
  b.bbox = BBox{x0, top, 540, top + 12};
  return b;
}

}  // namespace plantrace::segment_testing

#endif  // PLANTRACE_PIPELINE_NORMALISE_SEGMENT_TEST_UTIL_H_
