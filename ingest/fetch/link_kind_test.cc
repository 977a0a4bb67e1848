#include "ingest/fetch/link_kind.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

TEST(LinkKind, ByName) {
  EXPECT_EQ(GuessFromPath("/documents/s123/Report.PDF").kind, LinkKind::kDocument);
  EXPECT_EQ(GuessFromPath("/documents/s123/Report.PDF").format, "pdf");
  EXPECT_EQ(GuessFromPath("/a/plan.htm").format, "html");
  EXPECT_EQ(GuessFromPath("/a/minutes.docx").kind, LinkKind::kOther);
  EXPECT_EQ(GuessFromPath("/a/minutes.docx").format, "Word");
  EXPECT_EQ(GuessFromPath("/a/budget.xlsx").format, "spreadsheet");
  EXPECT_EQ(GuessFromPath("/mgConvert2PDF.aspx").kind, LinkKind::kUnknown);
  EXPECT_EQ(GuessFromPath("/v1.2/meetings").kind, LinkKind::kUnknown);
}

TEST(LinkKind, DispositionFileName) {
  EXPECT_EQ(DispositionFileName("attachment; filename=\"Cabinet Report.pdf\""),
            "Cabinet Report.pdf");
  EXPECT_EQ(DispositionFileName("inline; filename=minutes.pdf; size=3"), "minutes.pdf");
  EXPECT_EQ(DispositionFileName("attachment; filename=\"a.pdf\"; filename*=UTF-8''Caf%C3%A9%20plan.pdf"),
            "Caf\xc3\xa9 plan.pdf");
  EXPECT_EQ(DispositionFileName("attachment; filename=\"../../etc/x.pdf\""), "x.pdf");
  EXPECT_EQ(DispositionFileName("inline"), "");
}

TEST(LinkKind, DocumentFormatOfAnswer) {
  EXPECT_EQ(DocumentFormatOfAnswer("application/pdf", ""), "pdf");
  EXPECT_EQ(DocumentFormatOfAnswer("application/octet-stream", "Plan.pdf"), "pdf");
  EXPECT_EQ(DocumentFormatOfAnswer("text/html", "report.html"), "html");
  EXPECT_EQ(DocumentFormatOfAnswer("text/html", ""), "");  // a page
  EXPECT_EQ(DocumentFormatOfAnswer("application/msword", "a.doc"), "");
}

}  // namespace
}  // namespace plantrace
