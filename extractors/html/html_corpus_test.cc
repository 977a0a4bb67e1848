// Golden test over the bundled corpus: every <table> of each HTML document is
// found, and its grid equals the HTML's own grid. The expected grid comes
// from a deliberately separate, naive reading of the HTML text (a tag scanner
// with its own span expansion), plus a few shapes and texts stated by hand.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/html/html_extractor.h"

namespace plantrace {
namespace {

std::string ReadCorpus(const std::string& doc_id) {
  std::ifstream in(std::string(PLANTRACE_SOURCE_DIR) + "/corpus/html/" + doc_id + ".html",
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document Extract(const std::string& doc_id) {
  const std::string bytes = ReadCorpus(doc_id);
  EXPECT_FALSE(bytes.empty()) << doc_id;
  Result<Document> doc = ExtractHtml(bytes, doc_id, ExtractOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc.value() : Document();
}

// ---- The reference: a tag scanner, independent of libxml2 and the extractor.

std::string Utf8(unsigned cp) {
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return s;
}

// Decodes entities and collapses white space (nbsp counts as a space).
std::string PlainText(const std::string& raw) {
  std::string decoded;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      decoded += raw[i];
      continue;
    }
    const size_t semi = raw.find(';', i);
    if (semi == std::string::npos || semi - i > 10) {
      decoded += '&';
      continue;
    }
    const std::string name = raw.substr(i + 1, semi - i - 1);
    if (name == "amp") decoded += '&';
    else if (name == "lt") decoded += '<';
    else if (name == "gt") decoded += '>';
    else if (name == "quot") decoded += '"';
    else if (name == "apos") decoded += '\'';
    else if (name == "nbsp") decoded += ' ';
    else if (name.size() > 1 && name[0] == '#' && (name[1] == 'x' || name[1] == 'X'))
      decoded += Utf8(static_cast<unsigned>(std::stoul(name.substr(2), nullptr, 16)));
    else if (name.size() > 1 && name[0] == '#')
      decoded += Utf8(static_cast<unsigned>(std::stoul(name.substr(1))));
    else
      decoded += raw.substr(i, semi - i + 1);
    i = semi;
  }
  std::string out;
  bool space = false;
  for (size_t i = 0; i < decoded.size(); ++i) {
    const bool nbsp = decoded.compare(i, 2, "\xC2\xA0") == 0;
    if (decoded[i] == ' ' || decoded[i] == '\n' || decoded[i] == '\t' || decoded[i] == '\r' || nbsp) {
      space = !out.empty();
      if (nbsp) ++i;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += decoded[i];
  }
  return out;
}

struct RefCell {
  int row = 0, col = 0, rowspan = 1, colspan = 1;
  std::string raw;
};
struct RefTable {
  int rows = 0, cols = 0;
  std::vector<std::vector<RefCell>> source_rows;
  std::vector<RefCell> cells;
};

int SpanAttr(const std::string& attrs, const std::string& name) {
  const size_t pos = attrs.find(name + "=\"");
  if (pos == std::string::npos) return 1;
  return std::max(1, std::atoi(attrs.c_str() + pos + name.size() + 2));
}

std::vector<RefTable> ReferenceTables(const std::string& html) {
  std::vector<RefTable> tables;
  int depth = 0;
  RefCell* open_cell = nullptr;
  size_t i = 0;
  while (i < html.size()) {
    const size_t lt = html.find('<', i);
    const size_t text_end = lt == std::string::npos ? html.size() : lt;
    if (open_cell != nullptr) open_cell->raw += html.substr(i, text_end - i);
    if (lt == std::string::npos) break;
    if (html.compare(lt, 4, "<!--") == 0) {
      i = html.find("-->", lt) + 3;
      continue;
    }
    const size_t gt = html.find('>', lt);
    std::string tag = html.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    const bool end = !tag.empty() && tag[0] == '/';
    if (end) tag.erase(0, 1);
    const size_t name_end = tag.find_first_of(" \t\n/");
    const std::string name = tag.substr(0, name_end);
    const std::string attrs = name_end == std::string::npos ? "" : tag.substr(name_end);
    if (!end && (name == "style" || name == "script")) {
      i = html.find("</" + name, i);
      continue;
    }
    if (name == "table") {
      if (!end && ++depth == 1) tables.emplace_back();
      if (end && depth-- == 1) open_cell = nullptr;
      continue;
    }
    if (open_cell != nullptr && (name == "br" || name == "p" || name == "li" || name == "td" ||
                                 name == "th" || name == "tr")) {
      open_cell->raw += ' ';
    }
    if (depth != 1) continue;
    if (name == "tr" && !end) {
      tables.back().source_rows.emplace_back();
      open_cell = nullptr;
    } else if ((name == "td" || name == "th") && !end) {
      RefCell cell;
      cell.rowspan = SpanAttr(attrs, "rowspan");
      cell.colspan = SpanAttr(attrs, "colspan");
      tables.back().source_rows.back().push_back(cell);
      open_cell = &tables.back().source_rows.back().back();
    } else if (end && (name == "td" || name == "th" || name == "tr")) {
      open_cell = nullptr;
    }
  }
  // Expand spans on a set of taken positions.
  for (RefTable& t : tables) {
    t.rows = static_cast<int>(t.source_rows.size());
    std::set<std::pair<int, int>> taken;
    for (int r = 0; r < t.rows; ++r) {
      int c = 0;
      for (RefCell cell : t.source_rows[r]) {
        while (taken.count({r, c})) ++c;
        cell.row = r;
        cell.col = c;
        cell.rowspan = std::min(cell.rowspan, t.rows - r);
        for (int dr = 0; dr < cell.rowspan; ++dr) {
          for (int dc = 0; dc < cell.colspan; ++dc) taken.insert({r + dr, c + dc});
        }
        t.cols = std::max(t.cols, c + cell.colspan);
        t.cells.push_back(cell);
        c += cell.colspan;
      }
    }
  }
  return tables;
}

// 1 - (edit distance / longer length), on bytes.
double Similarity(const std::string& a, const std::string& b) {
  if (a == b) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    }
    std::swap(prev, cur);
  }
  return 1.0 - static_cast<double>(prev[b.size()]) / std::max(a.size(), b.size());
}

const Cell* CellAt(const Table& t, int row, int col) {
  for (const Cell& c : t.cells) {
    if (c.row == row && c.col == col) return &c;
  }
  return nullptr;
}

// Every grid position is covered by exactly one cell.
void ExpectExactCover(const Table& t) {
  std::vector<int> cover(static_cast<size_t>(t.rows) * t.cols, 0);
  for (const Cell& c : t.cells) {
    ASSERT_GE(c.row, 0);
    ASSERT_GE(c.col, 0);
    ASSERT_LE(c.row + c.rowspan, t.rows);
    ASSERT_LE(c.col + c.colspan, t.cols);
    for (int r = c.row; r < c.row + c.rowspan; ++r) {
      for (int k = c.col; k < c.col + c.colspan; ++k) ++cover[static_cast<size_t>(r) * t.cols + k];
    }
  }
  for (size_t i = 0; i < cover.size(); ++i) EXPECT_EQ(cover[i], 1) << t.id << " position " << i;
  for (const Cell& c : t.cells) {  // spans spell the text, lines are its parts
    std::string joined;
    for (const Span& s : c.spans) joined += s.text;
    EXPECT_EQ(joined, c.text) << t.id << " cell " << c.row << "," << c.col;
    std::string lines;
    for (const std::string& l : c.lines) lines += (lines.empty() ? "" : "\n") + l;
    EXPECT_EQ(lines, c.text) << t.id << " cell " << c.row << "," << c.col;
  }
}

void ExpectGridsMatchHtml(const std::string& doc_id) {
  const Document doc = Extract(doc_id);
  const std::vector<RefTable> ref = ReferenceTables(ReadCorpus(doc_id));
  EXPECT_EQ(doc.tables.size(), ref.size()) << doc_id;
  int shape_equal = 0;
  double min_similarity = 1.0;
  for (size_t t = 0; t < std::min(doc.tables.size(), ref.size()); ++t) {
    const Table& ours = doc.tables[t];
    ExpectExactCover(ours);
    EXPECT_EQ(ours.rows, ref[t].rows) << doc_id << " table " << t;
    EXPECT_EQ(ours.cols, ref[t].cols) << doc_id << " table " << t;
    if (ours.rows == ref[t].rows && ours.cols == ref[t].cols) ++shape_equal;
    std::set<std::pair<int, int>> origins;
    for (const RefCell& rc : ref[t].cells) {
      origins.insert({rc.row, rc.col});
      const Cell* c = CellAt(ours, rc.row, rc.col);
      if (c == nullptr) {
        ADD_FAILURE() << doc_id << " table " << t << ": no cell at " << rc.row << "," << rc.col;
        min_similarity = 0;
        continue;
      }
      EXPECT_EQ(c->rowspan, rc.rowspan) << doc_id << " table " << t << " cell " << rc.row << "," << rc.col;
      EXPECT_EQ(c->colspan, rc.colspan) << doc_id << " table " << t << " cell " << rc.row << "," << rc.col;
      std::string text = c->text;
      std::replace(text.begin(), text.end(), '\n', ' ');
      const double s = Similarity(PlainText(text), PlainText(rc.raw));
      min_similarity = std::min(min_similarity, s);
      EXPECT_GE(s, 0.995) << doc_id << " table " << t << " cell " << rc.row << "," << rc.col
                          << "\n ours: " << text << "\n html: " << PlainText(rc.raw);
    }
    for (const Cell& c : ours.cells) {  // fillers only where the HTML has no cell
      if (!origins.count({c.row, c.col})) {
        EXPECT_EQ(c.text, "") << doc_id << " table " << t;
      }
    }
  }
  std::printf("[golden] %s: tables found %zu/%zu, shape equal %d/%zu, min cell similarity %.4f\n",
              doc_id.c_str(), doc.tables.size(), ref.size(), shape_equal, ref.size(),
              min_similarity);
}

TEST(HtmlCorpus, ReferenceScannerSeesTheTables) {
  // Guards the reference itself: if it found nothing, the grid test would be empty.
  EXPECT_EQ(ReferenceTables(ReadCorpus("bcc-2018-09-governance-improvement-plan")).size(), 7u);
  EXPECT_EQ(ReferenceTables(ReadCorpus("bcc-2015-03-panel-assessment"))[1].cells[0].rowspan, 4);
}

TEST(HtmlCorpus, GridsMatchTheHtml2015) { ExpectGridsMatchHtml("bcc-2015-03-panel-assessment"); }
TEST(HtmlCorpus, GridsMatchTheHtml2018) {
  ExpectGridsMatchHtml("bcc-2018-09-governance-improvement-plan");
}
TEST(HtmlCorpus, GridsMatchTheHtml2019) {
  ExpectGridsMatchHtml("bcc-2019-improvement-programme-addendum");
}
TEST(HtmlCorpus, GridsMatchTheHtml2023) {
  ExpectGridsMatchHtml("bcc-2023-11-governance-stabilisation-plan");
}
TEST(HtmlCorpus, GridsMatchTheHtml2024) { ExpectGridsMatchHtml("bcc-2024-04-irp-cabinet-report"); }

// ---- Shapes and texts stated by hand.

TEST(HtmlCorpus, StabilisationPlanTable) {
  const Document doc = Extract("bcc-2023-11-governance-stabilisation-plan");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.cols, 4);
  EXPECT_EQ(t.rows, 14);  // header + 13 recommendations
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_NE(CellAt(t, 0, 0), nullptr);
  EXPECT_EQ(CellAt(t, 0, 0)->text, "CfGS Recommendation");
  EXPECT_TRUE(CellAt(t, 0, 0)->header);
  EXPECT_FALSE(CellAt(t, 1, 0)->header);
  EXPECT_EQ(CellAt(t, 2, 2)->list_items.size(), 3u);
  // Recommendation 5's response: 2 items, the second with 4 nested ones.
  EXPECT_EQ(CellAt(t, 5, 1)->list_items.size(), 6u);
  EXPECT_EQ(CellAt(t, 13, 0)->text, "13. Modernise systems and practices in Scrutiny and Committee Services");
  EXPECT_EQ(doc.source.title.rfind("Governance Stabilisation Plan", 0), 0u);
  EXPECT_EQ(doc.reading_order.back(), "t1");
}

TEST(HtmlCorpus, GovernancePlanSectionTables) {
  const Document doc = Extract("bcc-2018-09-governance-improvement-plan");
  ASSERT_EQ(doc.tables.size(), 7u);
  bool underline = false, superscript = false;
  for (const Table& t : doc.tables) {
    EXPECT_EQ(t.cols, 5) << t.id;
    EXPECT_EQ(CellAt(t, 0, 0)->colspan, 5) << t.id;  // the section banner
    EXPECT_EQ(CellAt(t, 1, 1)->text, "Improvement Aim") << t.id;
    EXPECT_GE(t.header_rows, 2) << t.id;
    for (const Cell& c : t.cells) {
      for (const Span& s : c.spans) {
        underline |= s.underline && s.bold;
        superscript |= s.superscript;
      }
    }
  }
  EXPECT_EQ(doc.tables[1].header_rows, 3);  // the culture-dashboard note row is in <thead>
  EXPECT_TRUE(underline);
  EXPECT_TRUE(superscript);
  int footnotes = 0;
  for (const Block& b : doc.blocks) footnotes += b.kind == BlockKind::kFootnote;
  EXPECT_GE(footnotes, 8);
}

TEST(HtmlCorpus, PanelAssessmentRowGroups) {
  const Document doc = Extract("bcc-2015-03-panel-assessment");
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_EQ(doc.tables[0].rows, 4);
  EXPECT_EQ(doc.tables[0].cols, 3);
  EXPECT_EQ(doc.tables[0].header_rows, 1);
  const Table& groups = doc.tables[1];
  EXPECT_EQ(groups.cols, 2);
  EXPECT_EQ(groups.rows, 21);
  EXPECT_EQ(CellAt(groups, 0, 0)->rowspan, 4);
  EXPECT_EQ(CellAt(groups, 0, 0)->text, "Roles, responsibilities and culture");
  EXPECT_EQ(CellAt(groups, 4, 0)->rowspan, 5);
  EXPECT_EQ(groups.header_rows, 0);
}

TEST(HtmlCorpus, CabinetReportTablesAndLabels) {
  const Document doc = Extract("bcc-2024-04-irp-cabinet-report");
  ASSERT_EQ(doc.tables.size(), 3u);
  for (const Table& t : doc.tables) EXPECT_EQ(t.cols, 2) << t.id;
  EXPECT_EQ(doc.tables[0].header_rows, 0);  // key-value rows: <th scope=row> + <td>
  EXPECT_EQ(doc.tables[2].header_rows, 1);
  EXPECT_EQ(CellAt(doc.tables[2], 9, 1)->lines.size(), 5u);  // the five appendices
  std::vector<std::string> labels;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kListItem && b.marker.size() == 3 && b.marker[0] == '(') {
      labels.push_back(b.marker);
    }
  }
  ASSERT_GE(labels.size(), 4u);
  EXPECT_EQ(labels[0], "(a)");
  EXPECT_EQ(labels[3], "(d)");
}

TEST(HtmlCorpus, AddendumLetteredMeasures) {
  const Document doc = Extract("bcc-2019-improvement-programme-addendum");
  EXPECT_TRUE(doc.tables.empty());
  std::string markers;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kListItem) {
      markers += b.marker;
      EXPECT_EQ(b.text.compare(0, b.marker.size(), b.marker), 0) << "label kept in the text";
    }
  }
  EXPECT_EQ(markers, "a)b)c)d)e)f)g)");
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[0].id, "b1");
}

}  // namespace
}  // namespace plantrace
