#pragma once
#include <functional>
#include <vector>

#include <QHash>

#include "dataset/sample.h"
#include "eval/metrics.h"
#include "model/segmenter.h"
#include "util/result.h"

namespace rrsis {

/** What an evaluation run gives back besides the scores. */
struct EvaluationReport {
  MetricAccumulator metrics;
  QStringList warnings;  ///< samples scored as empty predictions, and why
  QStringList skipped;   ///< unreadable samples left out (with skipUnreadable), and why
  double modelSeconds = 0;
  double totalSeconds = 0;
};

/**
 * Runs a model over samples and scores it. Lavt protocol: the image squashed to the model
 * input, the mask = argmax (probability > 0.5) at the input size, the ground truth resized
 * to it (nearest, pixel centres). Native: the prediction resized back to the image and
 * compared there. An expression the model cannot encode scores as an empty prediction (and
 * is listed in the warnings); an unreadable sample stops the run unless `skipUnreadable`
 * (then it is left out and listed in `skipped`); a model failure always stops it.
 * `progress(done, total)` returning false cancels. `emptyUnionIoU`: see
 * MetricAccumulator::setEmptyUnionIoU (0, LAVT's rule, by default).
 */
Result<EvaluationReport> evaluate(const Segmenter& segmenter, const std::vector<Sample>& samples, EvalProtocol protocol,
                                  const std::function<bool(int done, int total)>& progress = {},
                                  double emptyUnionIoU = 0.0, bool skipUnreadable = false);

/**
 * The model's probability map for `rgb` (CV_8UC3, any size) squashed to the model input, at
 * the input size: what the LAVT protocol scores (mask = probability > 0.5).
 */
Result<cv::Mat> predictAtInput(const Segmenter& segmenter, const cv::Mat& rgb, const TokenizedText& text,
                               PredictTiming* timing = nullptr);

/**
 * Per-sample scores as CSV: "id,split,category,expression,intersection,union,iou", the
 * expression looked up by sample id (`rrsis eval --csv` and the Evaluate dialog's report).
 */
QByteArray scoresCsv(const std::vector<SampleScore>& scores, const QString& split,
                     const QHash<QString, QString>& expressionById);

}  // namespace rrsis
