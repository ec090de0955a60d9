// bench_nets: forward time of the native LAVT family (LAVT, RMSIN, FIANet, LGCE) at full size
// (Swin-B window 12, BERT-base)
// in fp32 and bf16 on this machine's threads, median of N after a warm-up, with the argmax
// agreement of bf16 against fp32, the peak resident memory, and optionally the official Python
// implementation's time measured in the same run (alternating blocks, never at the same time):
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_nets [--runs 5] [--threads 2] [--models lavt,rmsin,fianet,lgce]
//       [--reference-lavt "python3 /tmp/x/time_lavt.py lavt 480"] [--reference-rmsin "..."]
//       [--reference-fianet "..."] [--reference-lgce "..."] [--system-allocator]
//
// Tensors come from the studio's TensorMemoryPool, as in the studio and the CLI;
// --system-allocator keeps LibTorch's own allocator (malloc) for a comparison run.
//
// A reference command prints a line with "median <seconds> s" (its own warm-up and median).
// Random weights: time does not depend on their values. Prints a table; asserts nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string>

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <torch/torch.h>

#include "nets/autocastscope.h"
#include "nets/device.h"
#include "nets/lavtnet.h"
#include "nets/tensormemorypool.h"

using namespace rrsis;

namespace {

long statusKb(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(key, 0) == 0) return std::stol(line.substr(std::strlen(key)));
  return 0;
}

struct Row {
  std::string model, precision;
  double median = 0, reference = -1, agreement = 1;
  long peakMb = 0;
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

/** Runs a reference command and reads its "median X s"; -1 when it fails. */
double runReference(const QString& command) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.startCommand(command);
  if (!p.waitForFinished(30 * 60 * 1000)) return -1;
  static const QRegularExpression re(QStringLiteral("median ([0-9.]+) s"));
  const auto m = re.match(QString::fromUtf8(p.readAll()));
  return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

/** Starts a new peak of resident memory (VmHWM) for this process (Linux 4.0 and later). */
void resetPeakMemory() {
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
}

std::vector<Row> benchModel(const std::string& name, const nets::LavtOptions& options, int64_t size, int runs) {
  // Each model's peak is its own: the previous model's cached memory goes back first.
  nets::TensorMemoryPool::releaseCached();
  resetPeakMemory();
  torch::manual_seed(1);
  nets::LavtNet net(options);
  net->eval();
  c10::InferenceMode inference;
  const auto image = torch::randn({1, 3, size, size});
  const auto ids = torch::randint(1000, 30000, {1, 20}, torch::kLong);
  auto mask = torch::zeros({1, 20}, torch::kLong);
  mask.slice(1, 0, 8).fill_(1);
  std::vector<Row> rows;
  // FIANet's object and position words ("the white car" / "on the left" in the eight tokens).
  const auto object = torch::zeros({1, 20}, torch::kLong).index_fill_(1, torch::tensor({3}), 1);
  const auto position = torch::zeros({1, 20}, torch::kLong).index_fill_(1, torch::tensor({4, 5, 6}), 1);
  const auto forward = [&] {
    return options.swin.fianet ? net->forwardFianet(image, ids, mask, object, position)
                               : net->forward(image, ids, mask);
  };
  torch::Tensor fp32;
  for (const bool bf16 : {false, true}) {
    Row r{name + " " + std::to_string(size), bf16 ? "bf16" : "fp32"};
    std::vector<double> times;
    torch::Tensor out;
    for (int i = 0; i <= runs; ++i) {  // the first run warms up
      const auto t0 = std::chrono::steady_clock::now();
      {
        nets::AutocastScope scope(bf16, false);
        out = forward().to(torch::kFloat);
      }
      if (i > 0) times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    r.median = median(times);
    r.peakMb = statusKb("VmHWM:") / 1024;
    if (!bf16) fp32 = out;
    r.agreement = (out.argmax(1) == fp32.argmax(1)).to(torch::kFloat).mean().item<double>();
    rows.push_back(r);
  }
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  int runs = 5, threads = 2;
  std::map<std::string, QString> reference;
  QStringList models{QStringLiteral("lavt"), QStringLiteral("rmsin"), QStringLiteral("fianet"), QStringLiteral("lgce")};
  const QStringList args = app.arguments();
  const bool systemAllocator = args.contains(QLatin1String("--system-allocator"));
  for (int i = 1; i + 1 < args.size(); ++i) {
    if (args[i] == QLatin1String("--runs"))
      runs = args[++i].toInt();
    else if (args[i] == QLatin1String("--threads"))
      threads = args[++i].toInt();
    else if (args[i] == QLatin1String("--models"))
      models = args[++i].split(QLatin1Char(','));
    else if (args[i].startsWith(QLatin1String("--reference-"))) {
      const std::string model = args[i].mid(12).toStdString();
      reference[model] = args[++i];
    }
  }
  nets::applyThreadSettings(threads);
  if (!systemAllocator) nets::TensorMemoryPool::install();
  std::printf(
      "%s\n%d threads, median of %d after a warm-up, 1 x 3 x 480 x 480, 20 tokens; bf16 native: %s; "
      "tensor memory: %s\n\n",
      nets::torchBuildSummary().c_str(), threads, runs, nets::cpuHasBf16() ? "yes" : "no",
      systemAllocator ? "LibTorch's allocator (malloc)" : "TensorMemoryPool");
  std::vector<Row> table;
  for (const QString& model : models) {
    const std::string arch = model.toStdString();
    const nets::LavtOptions options = arch == "rmsin"    ? nets::LavtOptions::rmsin(480)
                                      : arch == "fianet" ? nets::LavtOptions::fianet(1)
                                      : arch == "lgce"   ? nets::LavtOptions::withLgce()
                                                         : nets::LavtOptions{};
    auto rows = benchModel(arch, options, 480, runs);
    if (reference.count(arch)) rows[0].reference = runReference(reference[arch]);  // after, never during
    table.insert(table.end(), rows.begin(), rows.end());
  }
  std::printf("%-12s %-6s %12s %14s %9s %16s %12s\n", "model", "format", "native (s)", "Python (s)", "speed-up",
              "argmax = fp32", "peak RSS MB");
  for (const Row& r : table)
    std::printf("%-12s %-6s %12.3f %14s %9s %15.2f%% %12ld\n", r.model.c_str(), r.precision.c_str(), r.median,
                r.reference > 0 ? QByteArray::number(r.reference, 'f', 3).constData() : "-",
                r.reference > 0 ? QByteArray::number(r.reference / r.median, 'f', 2).constData() : "-",
                100.0 * r.agreement, r.peakMb);
  if (!systemAllocator) {
    const auto pool = nets::TensorMemoryPool::stats();
    std::printf("\nmemory pool: %.1f%% of %llu large allocations reused, %.0f MB cached, %.0f MB at most\n",
                100.0 * double(pool.reused) / double(std::max<std::uint64_t>(1, pool.reused + pool.fresh)),
                static_cast<unsigned long long>(pool.reused + pool.fresh), pool.cachedBytes / 1e6,
                pool.peakBytes / 1e6);
  }
  return 0;
}
