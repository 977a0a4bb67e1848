// The report and trace renderings on small records (the browser test,
// tests/report_browser_test.sh, checks the real site in Chromium).
#include <gtest/gtest.h>

#include "json/json_value.h"
#include "output/report/html_page.h"
#include "output/report/site.h"
#include "output/report/trace_render.h"

namespace plantrace {
namespace {

ReportInput Input() {
  ReportInput in;
  DocumentRecord a;
  a.doc_id = "plan-2018";
  a.title = "Plan <2018>";
  a.date = "2018-09";
  a.plan_cycle = "2018";
  DocumentRecord b = a;
  b.doc_id = "plan-2023";
  b.title = "Plan 2023";
  b.date = "2023-11";
  b.plan_cycle = "2023-24";
  in.documents = {b, a};
  ItemRecord x;
  x.doc_id = "plan-2018";
  x.item_id = "4.5";
  x.kind = "improvement_aim";
  x.text = "Effective MTFS & budget";
  x.owners.push_back({"CFO", "Chief Finance Officer", false});
  x.status = StatusRecord{"COMPLETE", "complete"};
  x.provenance.push_back({12, std::nullopt, std::nullopt, std::nullopt});
  ItemRecord y;
  y.doc_id = "plan-2023";
  y.item_id = "9";
  y.kind = "recommendation";
  y.text = "Members' oversight of the budget";
  y.owners.push_back({"Interim Monitoring Officer", "Monitoring Officer", true});
  y.dates.push_back({"June 2024", "due", "2024-06-01", "2024-06-30", "month"});
  in.items = {x, y};
  in.links.push_back({"plan-2018#4.5", "plan-2023#9", "recurs", 0.834, {"shared terms: budget"}});
  in.lineages = BuildLineages(in.documents, in.items, in.links);
  return in;
}

TEST(HtmlPage, EscapesAndFramesWithoutExternalReferences) {
  EXPECT_EQ(HtmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  std::string page = HtmlPage("T<", "<p>x</p>", false);
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<title>T&lt;</title>"), std::string::npos);
  EXPECT_NE(page.find("<style>"), std::string::npos);
  EXPECT_NE(page.find("href=\"index.html\""), std::string::npos);
  EXPECT_EQ(page.find("http"), std::string::npos);
  EXPECT_EQ(DocumentPageName("Odd/Name 1"), "doc-odd_name_1.html");
}

TEST(Report, IndexDocumentsAndTimelines) {
  std::vector<ReportPage> pages = RenderReport(Input());
  ASSERT_EQ(pages.size(), 5u);
  EXPECT_EQ(pages[0].name, "index.html");
  EXPECT_EQ(pages[1].name, "matrix.html");
  EXPECT_EQ(pages[2].name, "doc-plan-2018.html");  // document order
  EXPECT_EQ(pages[3].name, "doc-plan-2023.html");
  EXPECT_EQ(pages[4].name, "lineage-1.html");
  const std::string& index = pages[0].html;
  EXPECT_NE(index.find("Plan &lt;2018&gt;"), std::string::npos);
  EXPECT_LT(index.find("plan-2018"), index.find("plan-2023"));
  const std::string& doc = pages[2].html;
  EXPECT_NE(doc.find("Effective MTFS &amp; budget"), std::string::npos);
  EXPECT_NE(doc.find("Chief Finance Officer"), std::string::npos);
  EXPECT_NE(doc.find("st-complete"), std::string::npos);
  EXPECT_NE(doc.find("class=\"pages\">12<"), std::string::npos);  // no source: plain pages
  EXPECT_NE(doc.find("lineage-1.html"), std::string::npos);
  const std::string& timeline = pages[4].html;
  EXPECT_LT(timeline.find("data-doc=\"plan-2018\""), timeline.find("data-doc=\"plan-2023\""));
  EXPECT_NE(timeline.find("Monitoring Officer (interim)"), std::string::npos);
  EXPECT_NE(timeline.find("due June 2024"), std::string::npos);
  EXPECT_NE(timeline.find("score 0.83"), std::string::npos);
  EXPECT_NE(timeline.find("shared terms: budget"), std::string::npos);
  for (const ReportPage& p : pages) {
    EXPECT_EQ(p.html.find("http"), std::string::npos) << p.name;
    // Only the index has a script, and it is inline.
    EXPECT_EQ(p.html.find("<script"), p.name == "index.html" ? p.html.find("<script>")
                                                             : std::string::npos) << p.name;
    EXPECT_EQ(p.html.find("<script src"), std::string::npos) << p.name;
  }
}

TEST(Report, SearchThemesSourcesAndLinkedItems) {
  ReportInput in = Input();
  in.themes = {Theme{"financial_planning", "Financial planning"}, Theme{"scrutiny", "Scrutiny"}};
  in.item_themes["plan-2018#4.5"] = {"financial_planning"};
  in.item_themes["plan-2023#9"] = {"scrutiny", "financial_planning"};
  in.source_files["plan-2018"] = "sources/plan-2018.pdf";
  std::vector<ReportPage> pages = RenderReport(in);
  ASSERT_EQ(pages.size(), 5u);
  const std::string& index = pages[0].html;
  EXPECT_NE(index.find("<input type=\"search\" id=\"q\""), std::string::npos);
  EXPECT_NE(index.find("<option value=\"financial_planning\">Financial planning</option>"),
            std::string::npos);
  EXPECT_NE(index.find("<option value=\"Monitoring Officer\">"), std::string::npos);
  EXPECT_NE(index.find("data-theme=\"scrutiny financial_planning\" data-owner=\"Monitoring "
                       "Officer\" data-status=\"none\" data-plan=\"plan-2023\""),
            std::string::npos);
  // The timeline sits under its latest item's first theme, titled by its
  // latest wording.
  const size_t group = index.find("<h3 data-theme=\"scrutiny\">");
  ASSERT_NE(group, std::string::npos);
  EXPECT_NE(index.find("Members&#39; oversight of the budget</a>", group), std::string::npos);
  EXPECT_EQ(index.find("<h3 data-theme=\"financial_planning\">"), std::string::npos);
  EXPECT_NE(pages[4].html.find("<p class=\"lede\">Members&#39; oversight"), std::string::npos);
  // Matrix: the 2018 item under financial planning in 2018, green.
  const std::string& matrix = pages[1].html;
  const size_t row = matrix.find("<tr data-theme=\"financial_planning\">");
  ASSERT_NE(row, std::string::npos);
  EXPECT_NE(matrix.find("class=\"chip status st-complete\" href=\"doc-plan-2018.html#item-4.5\"",
                        row), std::string::npos);
  EXPECT_LT(matrix.find("<th>2018</th>"), matrix.find("<th>2023-24</th>"));
  // Document pages: pages link into the source; a link shows the other
  // item's text, the relation and the score.
  const std::string& doc2018 = pages[2].html;
  EXPECT_NE(doc2018.find("<a href=\"sources/plan-2018.pdf#page=12\">12</a>"), std::string::npos);
  EXPECT_NE(doc2018.find("<b>recurs</b> in <a href=\"doc-plan-2023.html#item-9\">plan-2023#9</a>"
                         " &middot; score 0.83<div class=\"other\">Members&#39; oversight"),
            std::string::npos);
  EXPECT_NE(pages[3].html.find("<b>recurs</b> from"), std::string::npos);
  EXPECT_NE(pages[3].html.find("Effective MTFS &amp; budget</div>"), std::string::npos);
}

TEST(Trace, TextJsonHtml) {
  ReportInput in = Input();
  Result<Trace> t = TraceItem("plan-2023#9", in.documents, in.items, in.links);
  ASSERT_TRUE(t.ok());
  std::string text = TraceToText(t.value(), in.documents);
  EXPECT_LT(text.find("plan-2018#4.5"), text.find("* plan-2023#9"));
  EXPECT_NE(text.find("<- recurs plan-2018#4.5 (score 0.83)"), std::string::npos) << text;
  EXPECT_NE(text.find("shared terms: budget"), std::string::npos);
  Result<JsonValue> j = JsonValue::Parse(TraceToJson(t.value()), "trace");
  ASSERT_TRUE(j.ok());
  EXPECT_EQ(j->Get("ref").AsString(), "plan-2023#9");
  EXPECT_EQ(j->Get("items").Size(), 2u);
  EXPECT_EQ(j->Get("links").Items()[0].Get("relation").AsString(), "recurs");
  std::string html = TraceToHtml(t.value(), in.documents);
  EXPECT_NE(html.find("class=\"timeline\""), std::string::npos);
  EXPECT_NE(text.find("plan-2023#9  [2023-11, plan cycle 2023-24]"), std::string::npos) << text;
  // A paper ingested without a manifest has no plan cycle (and may print no
  // date): those print as unknown, never as nothing.
  std::vector<DocumentRecord> unknown = in.documents;
  for (DocumentRecord& d : unknown) {
    d.plan_cycle.clear();
    if (d.doc_id == "plan-2018") d.date.clear();
  }
  std::string bare = TraceToText(t.value(), unknown);
  EXPECT_NE(bare.find("plan-2018#4.5  [undated, plan cycle unknown]"), std::string::npos) << bare;
  EXPECT_EQ(bare.find("plan cycle ]"), std::string::npos) << bare;
}

}  // namespace
}  // namespace plantrace
