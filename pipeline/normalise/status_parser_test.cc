#include "pipeline/normalise/status_parser.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

class StatusParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<StatusParser> p = StatusParser::CreateDefault();
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    parser_ = new StatusParser(std::move(p).value());
  }
  static void TearDownTestSuite() { delete parser_; }
  // "raw=value" per token.
  std::string Tokens(std::string_view text) {
    std::string out;
    for (const StatusToken& t : parser_->FindTokens(text)) {
      if (!out.empty()) out += " | ";
      out += t.raw + "=" + t.value;
    }
    return out;
  }
  std::string Combined(std::string_view text, bool whole) {
    std::optional<StatusRecord> r = CombineStatus(parser_->FindTokens(text), whole);
    return r ? r->raw + " => " + r->value : "null";
  }
  static StatusParser* parser_;
};
StatusParser* StatusParserTest::parser_ = nullptr;

TEST_F(StatusParserTest, Tokens) {
  EXPECT_EQ(Tokens("NOW COMPLETE"), "NOW COMPLETE=complete");
  EXPECT_EQ(Tokens("COMPLETE FOR CABINET"), "COMPLETE FOR CABINET=complete");
  EXPECT_EQ(Tokens("Proposed City Board in train"), "in train=in_progress");
  EXPECT_EQ(Tokens("Work is in-train and on track"), "in-train=in_progress | on track=on_track");
  EXPECT_EQ(Tokens("Review (in progress) continues"), "(in progress)=in_progress");
  EXPECT_EQ(Tokens("Complete.\nNew board formed."), "Complete.=complete");
  EXPECT_EQ(Tokens("Plans published (July Update). Complete."), "Complete.=complete");
  EXPECT_EQ(Tokens("Review COMPLETE. Next"), "COMPLETE=complete");
  EXPECT_EQ(Tokens("Good progress continues to be made in line with agreed timescales."),
            "Good progress continues to be made in line with agreed timescales=on_track");
  EXPECT_EQ(Tokens("Red"), "Red=off_track");
  EXPECT_EQ(Tokens("Progress report\nAMBER\n"), "AMBER=on_track");
  EXPECT_EQ(Tokens("Green."), "Green.=complete");
  EXPECT_EQ(Tokens("not started"), "not started=not_started");
}

TEST_F(StatusParserTest, NotTokens) {
  EXPECT_EQ(Tokens("We will complete the review; a red line; trained staff"), "");
  EXPECT_EQ(Tokens("Green Paper endorsed by Cabinet in March 2018"), "");
  EXPECT_EQ(Tokens("Red"), "Red=off_track");
  EXPECT_EQ(Tokens("Training programme"), "");
  EXPECT_EQ(Tokens(""), "");
}

TEST_F(StatusParserTest, Combiner) {
  EXPECT_EQ(Combined("NOW COMPLETE (July Update). Revised plan on track.", false),
            "NOW COMPLETE; on track => on_track");
  EXPECT_EQ(Combined("COMPLETE", true), "COMPLETE => complete");
  EXPECT_EQ(Combined("COMPLETE", false), "COMPLETE => in_progress");
  EXPECT_EQ(Combined("COMPLETE. Next phase in train", true), "COMPLETE.; in train => in_progress");
  EXPECT_EQ(Combined("COMPLETE then COMPLETE", true), "COMPLETE => complete");
  EXPECT_EQ(Combined("on track\nRed", false), "on track; Red => off_track");
  EXPECT_EQ(Combined("not started", false), "not started => not_started");
  EXPECT_EQ(Combined("nothing to report", false), "null");
}

TEST_F(StatusParserTest, ItemStatus) {
  auto item = [](std::vector<std::string> texts) {
    std::optional<StatusRecord> r = ItemStatus(*parser_, texts);
    return r ? r->raw + " => " + r->value : "null";
  };
  // One token closing the item's status text: a verdict on the whole aim.
  EXPECT_EQ(item({"Owner\nModel in operation (August Update). COMPLETE"}), "COMPLETE => complete");
  EXPECT_EQ(item({"Owner\nYammer now BAU.\nCOMPLETE.\n"}), "COMPLETE. => complete");
  EXPECT_EQ(item({"Complete"}), "Complete => complete");
  // Several rows of one item: the last non-empty one must close with it.
  EXPECT_EQ(item({"Plans agreed.", "Review done. COMPLETE", ""}), "COMPLETE => complete");
  EXPECT_EQ(item({"Plans agreed. COMPLETE", "Review under way."}), "COMPLETE => in_progress");
  // A token that closes one update among others, or several tokens.
  EXPECT_EQ(item({"Plan in place. COMPLETE\nRestructure out to consultation."}),
            "COMPLETE => in_progress");
  EXPECT_EQ(item({"Plan agreed. Complete.\nBudget set. COMPLETE"}), "Complete.; COMPLETE => in_progress");
  EXPECT_EQ(item({"Board in train. COMPLETE"}), "in train; COMPLETE => in_progress");
  EXPECT_EQ(item({"Survey under way."}), "null");
  EXPECT_EQ(item({}), "null");
}

TEST(StatusLexiconTest, Errors) {
  EXPECT_TRUE(StatusLexicon::Parse("Done\tcomplete\texact\n", "s.tsv").ok());
  Result<StatusLexicon> bad = StatusLexicon::Parse("Done\tfinished\texact\n", "s.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("s.tsv:1"), std::string::npos);
  EXPECT_FALSE(StatusLexicon::Parse("Done\tcomplete\tloose\n", "s.tsv").ok());
  EXPECT_TRUE(StatusLexicon::Parse("G\tcomplete\tline\n", "s.tsv").ok());
  EXPECT_FALSE(StatusLexicon::Parse("Done\tcomplete\n", "s.tsv").ok());
}

}  // namespace
}  // namespace plantrace
