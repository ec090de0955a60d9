// Start-up benchmark: how long a CLI command that needs no model takes from exec to exit,
// side by side with GDAL's own gdalinfo on the same file, in one run. Commands are run in
// alternating rounds (never at the same time, PLATFORM_NOTES §8), with output to /dev/null.
// Run: bench_startup [raster] [rounds] (default: the bundled sample scene, 15 rounds).
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Subject {
  std::string label;
  std::vector<std::string> argv;
  std::vector<double> seconds;
};

/** Wall time of one run of `argv` (stdout and stderr to /dev/null); negative when it failed. */
double timeOnce(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? s : -1;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string raster = argc > 1 ? argv[1] : RRSIS_SOURCE_DIR "/resources/sample_scene.tif";
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 15;
  std::vector<Subject> subjects = {
      {"gdalinfo FILE (reference)", {"gdalinfo", raster}, {}},
      {"rrsis info FILE", {RRSIS_CLI, "info", raster}, {}},
      {"rrsis info --json FILE", {RRSIS_CLI, "info", "--json", raster}, {}},
      {"rrsis --version", {RRSIS_CLI, "--version"}, {}},
      {"rrsis-ml info FILE (loads LibTorch)", {RRSIS_ML, "info", raster}, {}},
  };
  // One warm-up round fills the page cache for every binary and the file.
  for (Subject& s : subjects)
    if (timeOnce(s.argv) < 0) {
      std::fprintf(stderr, "bench_startup: '%s' failed; is %s a raster and gdalinfo on PATH?\n", s.label.c_str(),
                   raster.c_str());
      return 1;
    }
  for (int r = 0; r < rounds; ++r)
    for (Subject& s : subjects) s.seconds.push_back(timeOnce(s.argv));

  const double reference = median(subjects.front().seconds);
  std::printf("Start-up to exit, %d rounds, %s\n\n", rounds, raster.c_str());
  std::printf("| command | median | min | max | x gdalinfo |\n|---|---|---|---|---|\n");
  for (const Subject& s : subjects) {
    const double m = median(s.seconds);
    std::printf("| %s | %.3f s | %.3f s | %.3f s | %.2f |\n", s.label.c_str(), m,
                *std::min_element(s.seconds.begin(), s.seconds.end()),
                *std::max_element(s.seconds.begin(), s.seconds.end()), m / reference);
  }
  return 0;
}
