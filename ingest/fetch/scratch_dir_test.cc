#include "ingest/fetch/scratch_dir.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace fs = std::filesystem;

namespace plantrace {
namespace {

TEST(FetchScratchDir, RemovesWhatAKilledRunLeftAndKeepsLiveOnes) {
  const fs::path base =
      fs::path(::testing::TempDir()) / ("scratch_dir_test_" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base);
  // A pid above any kernel's pid_max: no such process.
  const fs::path dead = base / "plantrace-fetch-2147483646-abcdef";
  const fs::path live = base / ("plantrace-fetch-" + std::to_string(::getppid()) + "-abcdef");
  const fs::path old_name = base / "plantrace-fetch-Qx81Zp";  // before pids: a day old
  const fs::path fresh_old_name = base / "plantrace-fetch-Rt55Ab";
  const fs::path other = base / "other-2147483646-abcdef";
  for (const fs::path& p : {dead, live, old_name, fresh_old_name, other}) {
    fs::create_directories(p);
    std::ofstream(p / "doc.pdf") << "%PDF";
  }
  fs::last_write_time(old_name, fs::file_time_type::clock::now() - std::chrono::hours(25));

  Result<fs::path> made = MakeFetchScratchDir(base);
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  EXPECT_TRUE(fs::is_directory(made.value()));
  EXPECT_EQ(made->filename().string().rfind("plantrace-fetch-" + std::to_string(::getpid()) + "-", 0), 0u);
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_FALSE(fs::exists(old_name));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(fresh_old_name));
  EXPECT_TRUE(fs::exists(other));
  // A second run keeps the first's folder while it runs (this process lives).
  Result<fs::path> second = MakeFetchScratchDir(base);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(fs::exists(made.value()));
  fs::remove_all(base);
}

}  // namespace
}  // namespace plantrace
