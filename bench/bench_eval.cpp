// bench_eval: throughput of evaluation without the model: reading RefSegRS samples (image
// and mask GeoTIFFs) and scoring them under both protocols. Writes 200 synthetic 512 px
// samples once into /tmp/rrsis-bench/eval-ds. Prints figures; asserts nothing.
#include <chrono>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "dataset/refsegrs.h"
#include "eval/metrics.h"
#include "synth/datasetsynthesizer.h"

using namespace rrsis;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QString folder = QDir::tempPath() + "/rrsis-bench/eval-ds";
  if (!QDir(folder).exists()) {
    const auto t0 = Clock::now();
    if (auto st = DatasetSynthesizer(21).writeRefSegRs(folder, 200, 512); !st) {
      std::fprintf(stderr, "%s\n", qPrintable(st.error()));
      return 1;
    }
    std::printf("wrote 200 synthetic samples in %.1f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
  }
  auto dataset = RefSegRsDataset::open(folder);
  if (!dataset) {
    std::fprintf(stderr, "%s\n", qPrintable(dataset.error()));
    return 1;
  }
  const auto& samples = dataset->samples();
  // Reading only.
  auto t0 = Clock::now();
  std::vector<std::pair<cv::Mat, cv::Mat>> pairs;
  for (const Sample& s : samples) pairs.push_back(*s.load());
  const double read = std::chrono::duration<double>(Clock::now() - t0).count();
  // Scoring only, with a "prediction" that is the truth shifted by 3 px (a realistic mix of
  // hits and misses), at the model's 480 px (LAVT) and at 512 px (native).
  double lavtScore = 0;
  for (EvalProtocol protocol : {EvalProtocol::Lavt, EvalProtocol::Native}) {
    MetricAccumulator acc(protocol);
    std::vector<cv::Mat> predictions;
    for (const auto& p : pairs) {
      cv::Mat shifted;
      cv::warpAffine(p.second, shifted, cv::Matx23d(1, 0, 3, 0, 1, 0), p.second.size());
      if (protocol == EvalProtocol::Lavt) cv::resize(shifted, shifted, cv::Size(480, 480), 0, 0, cv::INTER_NEAREST);
      predictions.push_back(shifted);
    }
    t0 = Clock::now();
    for (size_t i = 0; i < pairs.size(); ++i)
      acc.add(samples[i].id, samples[i].category, predictions[i], pairs[i].second);
    const double score = std::chrono::duration<double>(Clock::now() - t0).count();
    if (protocol == EvalProtocol::Lavt) lavtScore = score;
    std::printf("%-6s scoring: %.0f samples/s (%.2f ms each); oIoU of the shifted truth %.2f\n",
                qPrintable(protocolName(protocol)), samples.size() / score, 1000 * score / samples.size(),
                acc.summary().overallIoU);
  }
  std::printf("reading image + mask: %.0f samples/s (%.2f ms each)\n", samples.size() / read,
              1000 * read / samples.size());
  std::printf("evaluation without the model (read + LAVT scoring): %.0f samples/s\n",
              samples.size() / (read + lavtScore));
  return 0;
}
