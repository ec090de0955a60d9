#include "eval/metrics.h"

#include <QJsonArray>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace rrsis {

namespace {

/** Binary 0/1 mask at `size`, nearest-neighbour by pixel centres (PIL's NEAREST). */
cv::Mat binaryAt(const cv::Mat& mask, const cv::Size& size) {
  cv::Mat binary = mask != 0;  // 0 / 255
  if (binary.size() != size) {
    cv::Mat resized;
    cv::resize(binary, resized, size, 0, 0, cv::INTER_NEAREST_EXACT);
    binary = resized;
  }
  return binary;
}

}  // namespace

QString protocolName(EvalProtocol p) {
  return p == EvalProtocol::Lavt ? QStringLiteral("lavt") : QStringLiteral("native");
}

QJsonObject MetricSummary::toJson() const {
  QJsonObject o{
      {QStringLiteral("samples"), samples}, {QStringLiteral("oIoU"), overallIoU}, {QStringLiteral("mIoU"), meanIoU}};
  for (size_t i = 0; i < kThresholds.size(); ++i)
    o[QStringLiteral("prec@%1").arg(kThresholds[i], 0, 'f', 1)] = precision[i];
  return o;
}

MetricSummary MetricSummary::fromJson(const QJsonObject& json) {
  MetricSummary m;
  m.samples = json.value(QStringLiteral("samples")).toInt();
  m.overallIoU = json.value(QStringLiteral("oIoU")).toDouble();
  m.meanIoU = json.value(QStringLiteral("mIoU")).toDouble();
  for (size_t i = 0; i < kThresholds.size(); ++i)
    m.precision[i] = json.value(QStringLiteral("prec@%1").arg(kThresholds[i], 0, 'f', 1)).toDouble();
  return m;
}

MetricAccumulator::MetricAccumulator(EvalProtocol protocol, QSize lavtSize)
    : protocol_(protocol), lavtSize_(lavtSize) {}

SampleScore MetricAccumulator::score(const cv::Mat& prediction, const cv::Mat& groundTruth) const {
  SampleScore s;
  if (prediction.empty() && groundTruth.empty()) return s;
  const cv::Size size = protocol_ == EvalProtocol::Lavt
                            ? cv::Size(lavtSize_.width(), lavtSize_.height())
                            : (groundTruth.empty() ? prediction.size() : groundTruth.size());
  const cv::Mat p = prediction.empty() ? cv::Mat::zeros(size, CV_8U) : binaryAt(prediction, size);
  const cv::Mat g = groundTruth.empty() ? cv::Mat::zeros(size, CV_8U) : binaryAt(groundTruth, size);
  s.intersection = cv::countNonZero(p & g);
  s.unionArea = cv::countNonZero(p | g);
  s.iou = s.unionArea > 0 ? double(s.intersection) / double(s.unionArea) : emptyUnionIoU_;
  return s;
}

const SampleScore& MetricAccumulator::add(const QString& id, const QString& category, const cv::Mat& prediction,
                                          const cv::Mat& groundTruth) {
  SampleScore s = score(prediction, groundTruth);
  s.id = id;
  s.category = category;
  samples_.push_back(std::move(s));
  return samples_.back();
}

MetricSummary summarise(const std::vector<const SampleScore*>& scores) {
  MetricSummary m;
  m.samples = int(scores.size());
  if (scores.empty()) return m;
  double sumIoU = 0;
  std::int64_t sumI = 0, sumU = 0;
  std::array<int, 5> hits{};
  for (const SampleScore* s : scores) {
    sumIoU += s->iou;
    sumI += s->intersection;
    sumU += s->unionArea;
    for (size_t i = 0; i < MetricSummary::kThresholds.size(); ++i)
      if (s->iou >= MetricSummary::kThresholds[i] - 1e-12) ++hits[i];
  }
  m.meanIoU = 100.0 * sumIoU / double(scores.size());
  m.overallIoU = sumU > 0 ? 100.0 * double(sumI) / double(sumU) : 0.0;
  for (size_t i = 0; i < hits.size(); ++i) m.precision[i] = 100.0 * hits[i] / double(scores.size());
  return m;
}

MetricSummary MetricAccumulator::summary() const {
  std::vector<const SampleScore*> all;
  all.reserve(samples_.size());
  for (const SampleScore& s : samples_) all.push_back(&s);
  return summarise(all);
}

MetricSummary MetricAccumulator::summaryCountingEmptyUnionAs(double iou) const {
  std::vector<SampleScore> scores = samples_;
  for (SampleScore& s : scores)
    if (s.unionArea == 0) s.iou = iou;
  std::vector<const SampleScore*> all;
  all.reserve(scores.size());
  for (const SampleScore& s : scores) all.push_back(&s);
  return summarise(all);
}

std::map<QString, MetricSummary> MetricAccumulator::perCategory() const {
  std::map<QString, std::vector<const SampleScore*>> groups;
  for (const SampleScore& s : samples_) groups[s.category].push_back(&s);
  std::map<QString, MetricSummary> out;
  for (const auto& [category, scores] : groups) out[category] = summarise(scores);
  return out;
}

QJsonObject MetricAccumulator::toJson() const {
  QJsonObject o = summary().toJson();
  o[QStringLiteral("protocol")] = protocolName(protocol_);
  o[QStringLiteral("empty_union_iou")] = emptyUnionIoU_;
  QJsonObject categories;
  for (const auto& [category, m] : perCategory()) categories[category] = m.toJson();
  o[QStringLiteral("per_category")] = categories;
  return o;
}

}  // namespace rrsis
