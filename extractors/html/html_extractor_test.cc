#include "extractors/html/html_extractor.h"

#include <gtest/gtest.h>

#include <string>

namespace plantrace {
namespace {

Document Parse(const std::string& html) {
  Result<Document> doc = ExtractHtml(html, "test.html", ExtractOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? doc.value() : Document();
}

const Cell* CellAt(const Table& t, int row, int col) {
  for (const Cell& c : t.cells) {
    if (c.row == row && c.col == col) return &c;
  }
  return nullptr;
}

TEST(HtmlBlocks, HeadingsParagraphsAndDocumentShape) {
  const Document doc = Parse(
      "<html><head><title> My  Plan </title><style>p{}</style><script>var x='no';</script></head>"
      "<body><h1>Plan</h1><p>One  two\n three</p><h3>Sub</h3></body></html>");
  EXPECT_EQ(doc.source.title, "My Plan");
  EXPECT_EQ(doc.source.pages, 1);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(doc.pages[0].page, 1);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].text, "One two three");
  EXPECT_FALSE(doc.blocks[1].bbox.has_value());
  EXPECT_EQ(doc.blocks[2].level, 3);
  EXPECT_EQ(doc.reading_order, (std::vector<std::string>{"b1", "b2", "b3"}));
}

TEST(HtmlBlocks, TitleAndGenerator) {
  const Document doc = Parse(
      "<html><head><meta name='Generator' content='Microsoft Word 15'></head><body>"
      "<svg><title>icon</title></svg><title>Real</title><p>x</p></body></html>");
  EXPECT_EQ(doc.source.producer, "Microsoft Word 15");
  EXPECT_EQ(doc.source.title, "Real");
}

TEST(HtmlBlocks, LooseTextIsAParagraph) {
  const Document doc = Parse("<body>Loose text<div>in a div <p>para</p> tail</div></body>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].text, "Loose text");
  EXPECT_EQ(doc.blocks[1].text, "in a div");
  EXPECT_EQ(doc.blocks[2].text, "para");
  EXPECT_EQ(doc.blocks[3].text, "tail");
}

TEST(HtmlBlocks, LineBreaksAndEntities) {
  const Document doc = Parse("<p>First<br>second&nbsp;line &amp; more<br><br></p><p>\xEF\xAC\x81ne soft\xC2\xADhyphen</p>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "First\nsecond line & more");
  EXPECT_EQ(doc.blocks[1].text, "fine softhyphen");  // CleanText: ligature, soft hyphen
}

TEST(HtmlBlocks, ChromeIsIgnoredOrMarked) {
  const Document doc = Parse(
      "<body><header><p>Council logo</p></header><nav><a>Home</a></nav>"
      "<noscript>Enable JS</noscript><template><p>t</p></template>"
      "<article><header><h2>Article head</h2></header><p>Body</p></article>"
      "<p hidden>secret</p><p style='display:none'>gone</p>"
      "<footer>Page 1</footer></body>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeader);
  EXPECT_EQ(doc.blocks[0].text, "Council logo");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kHeading);  // a header inside an article is content
  EXPECT_EQ(doc.blocks[2].text, "Body");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kFooter);
}

TEST(HtmlBlocks, FootnotesAndCaptions) {
  const Document doc = Parse(
      "<p>Claim<sup><a href='#fn1'>1</a></sup></p>"
      "<figure><img src=x><figcaption>Figure 1: map</figcaption></figure>"
      "<div class='footnotes'><p id='fn1'><sup>1</sup> Source</p></div>"
      "<aside><p>Aside note</p></aside>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kCaption);
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::kFootnote);
  EXPECT_EQ(doc.blocks[2].text, "1 Source");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kFootnote);
}

TEST(HtmlLists, OrderedNumbersStartValueAndNesting) {
  const Document doc = Parse(
      "<ol start='3'><li>three</li><li>four<ul><li>bullet</li><li>\xE2\x80\xA2 typed</li></ul></li>"
      "<li value='10'>ten</li><li>eleven</li></ol>"
      "<ol type='a'><li>alpha</li><li>beta</li></ol><ol type='I'><li>x</li><li>y</li></ol>");
  std::vector<std::string> markers, texts;
  std::vector<int> levels;
  for (const Block& b : doc.blocks) {
    ASSERT_EQ(b.kind, BlockKind::kListItem) << b.text;
    markers.push_back(b.marker);
    texts.push_back(b.text);
    levels.push_back(b.level);
  }
  EXPECT_EQ(markers, (std::vector<std::string>{"3.", "4.", "\u2022", "\u2022", "10.", "11.", "a.",
                                               "b.", "I.", "II."}));
  EXPECT_EQ(levels, (std::vector<int>{1, 1, 2, 2, 1, 1, 1, 1, 1, 1}));
  EXPECT_EQ(texts[3], "typed");  // the typed bullet glyph is dropped
}

TEST(HtmlLists, TypedLabelsAreTheMarkerAndStayInTheText) {
  const Document doc = Parse(
      "<ol class='labelled' style='list-style-type:none'>"
      "<li><span class='lbl'>(a)</span> Consider the plan</li>"
      "<li><span class='lbl'>(iv)</span> Note it</li><li>No label</li></ol>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].marker, "(a)");
  EXPECT_EQ(doc.blocks[0].text, "(a) Consider the plan");
  EXPECT_EQ(doc.blocks[1].marker, "(iv)");
  EXPECT_EQ(doc.blocks[2].marker, "");  // list-style none: nothing printed
}

TEST(HtmlLists, ParagraphsInsideListItems) {
  const Document doc = Parse("<ul><li><p>first para</p><p>second para</p></li></ul>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[0].text, "first para");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kParagraph);
}

TEST(HtmlSpans, BoldItalicUnderlineSuperscriptAndCss) {
  const Document doc = Parse(
      "<p>Plain <b>bold</b> <i>it</i> <u>under</u> 21<sup>st</sup> "
      "<span style='font-weight:700'>css bold</span> <span style='text-decoration: underline'>css u</span>"
      " <strong><em>both</em></strong></p>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.text, "Plain bold it under 21st css bold css u both");
  std::string joined;
  for (const Span& s : b.spans) joined += s.text;
  EXPECT_EQ(joined, b.text);
  auto find = [&](const std::string& text) -> const Span* {
    for (const Span& s : b.spans) {
      if (s.text == text) return &s;
    }
    return nullptr;
  };
  ASSERT_NE(find("bold"), nullptr);
  EXPECT_TRUE(find("bold")->bold);
  ASSERT_NE(find("it"), nullptr);
  EXPECT_TRUE(find("it")->italic);
  ASSERT_NE(find("under"), nullptr);
  EXPECT_TRUE(find("under")->underline);
  ASSERT_NE(find("st"), nullptr);
  EXPECT_TRUE(find("st")->superscript);
  ASSERT_NE(find("css bold"), nullptr);
  EXPECT_TRUE(find("css bold")->bold);
  ASSERT_NE(find("css u"), nullptr);
  EXPECT_TRUE(find("css u")->underline);
  ASSERT_NE(find("both"), nullptr);
  EXPECT_TRUE(find("both")->bold && find("both")->italic);
}

TEST(HtmlTables, CellFieldsListsAndSpans) {
  const Document doc = Parse(
      "<table><thead><tr><th>Rec</th><th>Response</th></tr></thead><tbody>"
      "<tr><td>1. Do it</td><td><p>First <b>bold</b></p><ul><li>item a<ul><li>nested</li></ul></li>"
      "<li>item b</li></ul><ol><li>num</li></ol></td></tr></tbody></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.id, "t1");
  EXPECT_EQ(t.rows, 2);
  EXPECT_EQ(t.cols, 2);
  EXPECT_EQ(t.header_rows, 1);
  ASSERT_EQ(t.regions.size(), 1u);
  EXPECT_EQ(t.regions[0].page, 1);
  const Cell* c = CellAt(t, 1, 1);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->text, "First bold\nitem a\nnested\nitem b\n1. num");
  EXPECT_EQ(c->lines.size(), 5u);
  EXPECT_EQ(c->list_items, (std::vector<std::string>{"item a", "nested", "item b", "1. num"}));
  ASSERT_EQ(c->parts.size(), 1u);
  bool bold = false;
  std::string joined;
  for (const Span& s : c->spans) {
    bold |= s.bold && s.text.rfind("bold", 0) == 0;
    joined += s.text;
  }
  EXPECT_TRUE(bold);
  EXPECT_EQ(joined, c->text);
  EXPECT_TRUE(CellAt(t, 0, 0)->header);
  EXPECT_TRUE(CellAt(t, 0, 0)->spans[0].bold);  // th renders bold
  EXPECT_EQ(doc.reading_order, (std::vector<std::string>{"t1"}));
}

TEST(HtmlTables, NestedTableIsTheTextOfItsCell) {
  const Document doc = Parse(
      "<table><tr><td>outer a</td><td><table><tr><td>in 1</td><td>in 2</td></tr></table></td></tr>"
      "<tr><td>outer b</td><td>outer c</td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.rows, 2);
  EXPECT_EQ(t.cols, 2);
  EXPECT_EQ(CellAt(t, 0, 1)->text, "in 1\nin 2");
}

TEST(HtmlTables, LayoutTablesBecomeBlocks) {
  const Document doc = Parse(
      "<table><tr><td><h1>Page title</h1><p>Intro</p>"
      "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table></td></tr></table>"
      "<table role='presentation'><tr><td>x</td><td>y</td></tr></table>"
      "<table><tr><td><h2>Left</h2><p>l</p></td><td><h2>Right</h2><p>r</p></td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);  // only the inner data table
  EXPECT_EQ(doc.tables[0].rows, 2);
  EXPECT_EQ(doc.tables[0].header_rows, 1);
  ASSERT_GE(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].text, "Page title");
  EXPECT_EQ(doc.reading_order[2], "t1");
  std::string all;
  for (const Block& b : doc.blocks) all += b.text + "|";
  EXPECT_EQ(all, "Page title|Intro|x|y|Left|l|Right|r|");
}

TEST(HtmlTables, SpacerTablesAreNotReported) {
  const Document doc = Parse("<table><tr><td></td><td> &nbsp; </td></tr></table><p>z</p>");
  EXPECT_TRUE(doc.tables.empty());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.reading_order, (std::vector<std::string>{"b1"}));
}

TEST(HtmlTables, HeaderRows) {
  // Leading <th> rows count; a full-width banner does not and stops the count.
  const Document doc = Parse(
      "<table><tr><th>A</th><th>B</th></tr><tr><th>a2</th><th>b2</th></tr><tr><td>1</td><td>2</td></tr></table>"
      "<table><tr><th colspan=2>Section banner</th></tr><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
      "<table><tr><th>Key</th><td>value</td></tr><tr><th>Key2</th><td>v2</td></tr></table>"
      "<table><tbody><tr><td>1</td><td>2</td></tr></tbody><thead><tr><th>H1</th><th>H2</th></tr></thead></table>");
  ASSERT_EQ(doc.tables.size(), 4u);
  EXPECT_EQ(doc.tables[0].header_rows, 2);
  EXPECT_EQ(doc.tables[1].header_rows, 0);
  EXPECT_EQ(doc.tables[2].header_rows, 0);
  EXPECT_TRUE(CellAt(doc.tables[2], 1, 0)->header);  // a row-header cell is still a header cell
  EXPECT_EQ(doc.tables[3].header_rows, 1);  // <thead> moves to the top
  EXPECT_EQ(CellAt(doc.tables[3], 0, 0)->text, "H1");
}

TEST(HtmlTables, SpansAndCaption) {
  const Document doc = Parse(
      "<table><caption>Table 1: budget</caption>"
      "<tr><td rowspan=3>g</td><td>a</td></tr><tr><td colspan=3>wide</td></tr>"
      "<tr><td rowspan=-2>n</td><td colspan=x>y</td></tr></table>");
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.rows, 3);
  EXPECT_EQ(t.cols, 4);
  EXPECT_EQ(CellAt(t, 0, 0)->rowspan, 3);
  EXPECT_EQ(CellAt(t, 1, 1)->colspan, 3);
  EXPECT_EQ(CellAt(t, 2, 1)->rowspan, 1);
  EXPECT_EQ(CellAt(t, 0, 2)->text, "");  // a filler
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kCaption);
  EXPECT_EQ(doc.reading_order, (std::vector<std::string>{"b1", "t1"}));
}

TEST(HtmlEncoding, DeclaredLatin1IsReadAsWindows1252EndToEnd) {
  // The meta says iso-8859-1; the bytes 0x93/0x94 only mean quotes in
  // windows-1252. libxml2 must not decode the converted text a second time.
  const Document doc = Parse(
      "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
      "<title>Caf\xE9</title></head><body><p>\x93Quoted\x94 \x80" "5</p></body></html>");
  EXPECT_EQ(doc.source.title, "Caf\u00E9");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "\u201CQuoted\u201D \u20AC" "5");
}

TEST(HtmlEncoding, Utf16WithByteOrderMark) {
  const std::string ascii = "<p>Hi \xC3\xA9</p>";  // "é" as UTF-8, re-encoded below
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("<p>Hi ")) utf16 += std::string{c, '\0'};
  utf16 += std::string("\xE9\0", 2);
  utf16 += std::string("<\0/\0p\0>\0", 8);
  const Document doc = Parse(utf16);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Hi \u00E9");
}

TEST(HtmlParser, ErrorsNeverReachStderr) {
  testing::internal::CaptureStderr();
  Result<Document> doc = ExtractHtml("<p>a</b></i><table><td>x</tr><<>>&bogus;</foo>\x01", "x.html",
                                     ExtractOptions());
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
  EXPECT_TRUE(doc.ok());
}

}  // namespace
}  // namespace plantrace
