#include "pipeline/link/passages.h"

#include <gtest/gtest.h>

namespace plantrace {
namespace {

ItemRecord WithText(std::string text) {
  ItemRecord item;
  item.text = std::move(text);
  return item;
}

TEST(Passages, ActionsElseSentencesOfTheText) {
  ItemRecord item = WithText("One sentence only, about the budget.");
  EXPECT_TRUE(Passages(item).empty());
  item.text = "Review industrial relations. The Leader will review legal services. Then report.";
  EXPECT_EQ(Passages(item), (std::vector<std::string>{"Review industrial relations.",
                                                       "The Leader will review legal services.",
                                                       "Then report."}));
  item.text = "Compare e.g. the 2018 plan. no capital follows, so one sentence";
  EXPECT_TRUE(Passages(item).empty());
  item.actions = {"a", "b"};
  EXPECT_EQ(Passages(item), item.actions);
}

TEST(Passages, AnyWhiteSpaceAndOpeningMarksStartASentence) {
  EXPECT_EQ(Passages(WithText("First one.\n  Second one?  (Third one)")),
            (std::vector<std::string>{"First one.", "Second one?", "(Third one)"}));
  // A curly quote or an accented capital is a non-ASCII byte.
  EXPECT_EQ(Passages(WithText("Agreed. \xE2\x80\x9C" "Best in class\xE2\x80\x9D review. \xC3\x89" "tude.")).size(),
            3u);
  // A stop with no white space after it ends nothing ("2019.20", "CfGS.org").
  EXPECT_TRUE(Passages(WithText("Version 2019.20 of the plan.Next")).empty());
  EXPECT_TRUE(Passages(WithText("")).empty());
  EXPECT_TRUE(Passages(WithText("...")).empty());
}

}  // namespace
}  // namespace plantrace
