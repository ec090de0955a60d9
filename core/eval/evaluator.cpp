#include "eval/evaluator.h"

#include "util/csvfield.h"

#include <chrono>

#include <QCoreApplication>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace rrsis {

namespace {

struct EvaluatorText {
  Q_DECLARE_TR_FUNCTIONS(Evaluator)
};

}  // namespace

Result<EvaluationReport> evaluate(const Segmenter& segmenter, const std::vector<Sample>& samples, EvalProtocol protocol,
                                  const std::function<bool(int, int)>& progress, double emptyUnionIoU,
                                  bool skipUnreadable) {
  using R = Result<EvaluationReport>;
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  if (samples.empty()) return R::failure(EvaluatorText::tr("There are no samples to evaluate."));
  const QSize input = segmenter.inputSize();
  EvaluationReport report{MetricAccumulator(protocol, input), {}, {}, 0, 0};
  report.metrics.setEmptyUnionIoU(emptyUnionIoU);
  const int total = int(samples.size());
  for (int i = 0; i < total; ++i) {
    if (progress && !progress(i, total)) return R::failure(EvaluatorText::tr("Cancelled."));
    const Sample& s = samples[size_t(i)];
    auto pair = s.load();
    if (!pair && skipUnreadable) {
      report.skipped << EvaluatorText::tr("%1 (%2): %3").arg(s.id, s.sourceId, pair.error());
      continue;
    }
    if (!pair) return R::failure(pair.error());
    const cv::Mat& image = pair->first;
    const cv::Mat& truth = pair->second;
    auto text = segmenter.encode(s.expression);
    cv::Mat prediction;
    if (!text) {
      report.warnings << EvaluatorText::tr("%1 (%2): %3").arg(s.id, s.sourceId, text.error());
      prediction = cv::Mat::zeros(truth.size(), CV_8U);
    } else {
      PredictTiming timing;
      auto probs = predictAtInput(segmenter, image, *text, &timing);
      if (!probs) return R::failure(EvaluatorText::tr("%1 (%2): %3").arg(s.id, s.sourceId, probs.error()));
      report.modelSeconds += timing.forwardMs / 1000.0;
      cv::Mat p = *probs;
      if (protocol == EvalProtocol::Native && p.size() != truth.size()) {
        cv::Mat r;
        cv::resize(p, r, truth.size(), 0, 0, cv::INTER_LINEAR);
        p = r;
      }
      prediction = p > 0.5f;  // argmax of two logits; a tie goes to the background
    }
    report.metrics.add(s.id, s.category, prediction, truth);
  }
  if (progress) progress(total, total);
  report.totalSeconds = std::chrono::duration<double>(Clock::now() - start).count();
  return report;
}

Result<cv::Mat> predictAtInput(const Segmenter& segmenter, const cv::Mat& rgb, const TokenizedText& text,
                               PredictTiming* timing) {
  const QSize input = segmenter.inputSize();
  cv::Mat chip;
  cv::resize(rgb, chip, cv::Size(input.width(), input.height()), 0, 0, cv::INTER_LINEAR);
  auto probs = segmenter.predictChips({chip}, text, timing);
  if (!probs) return Result<cv::Mat>::failure(probs.error());
  return probs->front();
}

QByteArray scoresCsv(const std::vector<SampleScore>& scores, const QString& split,
                     const QHash<QString, QString>& expressionById) {
  QByteArray csv = "id,split,category,expression,intersection,union,iou\n";
  for (const SampleScore& s : scores)
    csv += csvField(s.id) + ',' + split.toUtf8() + ',' + csvField(s.category) + ',' +
           csvField(expressionById.value(s.id)) + ',' + QByteArray::number(qint64(s.intersection)) + ',' +
           QByteArray::number(qint64(s.unionArea)) + ',' + QByteArray::number(s.iou, 'f', 6) + '\n';
  return csv;
}

}  // namespace rrsis
