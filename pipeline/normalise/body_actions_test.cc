// A finding's actions from its paragraphs: sentences that say what is being
// done or planned, not the assessor's judgements, numbers or tables.
#include "pipeline/normalise/body_actions.h"

#include <gtest/gtest.h>

#include "pipeline/shared/data_files.h"

namespace plantrace {
namespace {

constexpr const char* kCues =
    "# comment\nwill\nis being\nagreement to\nvoice\tthe panel\nvoice\tshould\n";

TEST(BodyActions, SentencesWithACueNotTheAssessorsVoice) {
  Result<BodyActionCues> cues = BodyActionCues::Parse(kCues, "cues");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  const std::vector<std::string> body = {
      "1.21 The culture of the Council is a concern. There has been agreement to appoint an "
      "interim Head of Organisational Development.",
      "1.22 The Panel will assess progress in May. A workforce plan is being developed. "
      "The Council should publish it.",
      "2015/16 | 105.4 | will"};
  EXPECT_EQ(cues.value().Actions(body),
            (std::vector<std::string>{
                "There has been agreement to appoint an interim Head of Organisational Development.",
                "A workforce plan is being developed."}));
  EXPECT_EQ(cues.value().Actions(body, 1).size(), 1u);
  // Whole words only: "willing" is no "will".
  EXPECT_FALSE(cues.value().Matches("Partners are willing."));
  EXPECT_TRUE(cues.value().Matches("It WILL be done."));
  // A paragraph number opening the sentence is dropped.
  EXPECT_EQ(cues.value().Actions({"1.30 The budget will be set in March."}),
            (std::vector<std::string>{"The budget will be set in March."}));
}

TEST(BodyActions, AnEmptyCueLineIsAnError) {
  Result<BodyActionCues> cues = BodyActionCues::Parse("will\n  ,\n", "cues.txt");
  ASSERT_FALSE(cues.ok());
  EXPECT_NE(cues.status().ToString().find("cues.txt:2"), std::string::npos);
}

TEST(BodyActions, TheShippedCuesLoad) {
  Result<std::string> text = ReadDataFile("action_cues.txt");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  Result<BodyActionCues> cues = BodyActionCues::Parse(text.value(), "action_cues.txt");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  EXPECT_TRUE(cues.value().Matches("Work is being undertaken to map partnerships."));
  EXPECT_TRUE(cues.value().Actions({"The Panel considers that work is being done."}).empty());
}

}  // namespace
}  // namespace plantrace
