#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <vector>

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <opencv2/core/mat.hpp>

namespace rrsis {

/**
 * How predictions meet ground truth. Lavt: the protocol of LAVT, RMSIN and FIANet: the
 * prediction at the model's 480 x 480 output, the ground truth resized to 480 x 480 with
 * nearest-neighbour sampling (pixel centres, as PIL does), IoU 0 when the union is empty,
 * Prec@X counts IoU >= X. Native: both compared at the ground truth's own resolution (the
 * prediction resized to it, nearest).
 */
enum class EvalProtocol { Lavt, Native };

QString protocolName(EvalProtocol protocol);

/** One (image, expression) pair's score. */
struct SampleScore {
  QString id;
  QString category;
  std::int64_t intersection = 0;
  std::int64_t unionArea = 0;
  double iou = 0;  ///< intersection / union; 0 when the union is empty
};

/** The field's summary figures, in percent as the papers print them. */
struct MetricSummary {
  static constexpr std::array<double, 5> kThresholds{0.5, 0.6, 0.7, 0.8, 0.9};
  int samples = 0;
  double overallIoU = 0;              ///< oIoU: sum of intersections / sum of unions
  double meanIoU = 0;                 ///< mIoU: mean of per-sample IoU
  std::array<double, 5> precision{};  ///< Prec@0.5 .. Prec@0.9
  QJsonObject toJson() const;
  /** The figures of toJson() read back (missing keys stay 0). */
  static MetricSummary fromJson(const QJsonObject& json);
};

/**
 * Scores predictions against ground truth one sample at a time and summarises them,
 * overall and per category. Masks are CV_8U, non-zero = target. A value type.
 */
class MetricAccumulator {
 public:
  explicit MetricAccumulator(EvalProtocol protocol = EvalProtocol::Lavt, QSize lavtSize = QSize(480, 480));

  EvalProtocol protocol() const { return protocol_; }
  /**
   * The IoU of a sample whose prediction and truth are both empty: 0 by LAVT's rule (the
   * default), 1 as some other code bases count a correct "nothing there". oIoU is the same
   * either way; mIoU and Prec@X change.
   */
  void setEmptyUnionIoU(double iou) { emptyUnionIoU_ = iou; }
  double emptyUnionIoU() const { return emptyUnionIoU_; }

  /** Scores a pair under the accumulator's protocol without recording it. */
  SampleScore score(const cv::Mat& prediction, const cv::Mat& groundTruth) const;
  /** Scores and records a sample. */
  const SampleScore& add(const QString& id, const QString& category, const cv::Mat& prediction,
                         const cv::Mat& groundTruth);

  const std::vector<SampleScore>& samples() const { return samples_; }
  MetricSummary summary() const;
  /** The summary with every empty-union sample scored `iou` instead (see setEmptyUnionIoU). */
  MetricSummary summaryCountingEmptyUnionAs(double iou) const;
  /** By category, in category order; samples without a category are under "". */
  std::map<QString, MetricSummary> perCategory() const;
  /** samples, protocol, empty_union_iou, oIoU, mIoU, prec@0.5..0.9 and per_category. */
  QJsonObject toJson() const;

 private:
  EvalProtocol protocol_;
  QSize lavtSize_;
  double emptyUnionIoU_ = 0.0;
  std::vector<SampleScore> samples_;
};

/** The summary of any set of scores. */
MetricSummary summarise(const std::vector<const SampleScore*>& scores);

}  // namespace rrsis
