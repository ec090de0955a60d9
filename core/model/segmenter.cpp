#include "model/segmenter.h"

#include <chrono>

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

#include "model/fianettextanalysis.h"

namespace rrsis {

namespace {

struct SegmenterText {
  Q_DECLARE_TR_FUNCTIONS(Segmenter)
};

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

}  // namespace

Result<std::unique_ptr<Tokenizer>> loadTokenizer(const ModelManifest& m) {
  return loadTokenizer(m.tokenizer, m.vocabPath, m.lowercase);
}

bool parsePrecision(const QString& text, SegmenterOptions::Precision* out) {
  using P = SegmenterOptions::Precision;
  if (text == QLatin1String("auto"))
    *out = P::Auto;
  else if (text == QLatin1String("fp32"))
    *out = P::Fp32;
  else if (text == QLatin1String("bf16"))
    *out = P::Bf16;
  else
    return false;
  return true;
}

Segmenter::Segmenter(ModelManifest manifest, std::unique_ptr<Tokenizer> tokenizer,
                     std::shared_ptr<const FianetTextAnalysis> textAnalysis)
    : manifest_(std::move(manifest)),
      tokenizer_(std::move(tokenizer)),
      textAnalysis_(std::move(textAnalysis)),
      hash_(bundleHash(manifest_)) {}

Segmenter::~Segmenter() = default;

ModelInfo Segmenter::info() const {
  ModelInfo i;
  const ModelManifest& m = manifest_;
  i.name = m.name;
  i.bundlePath = m.bundlePath;
  i.hash = hash_;
  i.architecture = m.architecture;
  i.tokenizer = m.tokenizer;
  i.vocabularySize = tokenizer_->vocabSize();
  i.maxTokens = m.maxTokens;
  i.inputSize = m.inputSize;
  i.outputKind = m.outputKind;
  if (textAnalysis_) i.textAnalysis = textAnalysis_->description();
  if (m.architecture == QLatin1String("lgce"))
    i.provenance = SegmenterText::tr(
        "LGCE built from the RRSIS paper (Yuan et al., TGRS 2024) and the "
        "module layout of its authors' code; not an official release");
  i.groundSampleDistance = m.groundSampleDistance;
  i.threshold = m.threshold;
  i.trainedOn = m.trainedOn;
  i.metrics = m.metrics;
  describeRuntime(i);
  return i;
}

TokenizedText Segmenter::encodeUnchecked(const QString& expression) const {
  TokenizedText text = tokenizer_->encode(expression, manifest_.maxTokens);
  if (textAnalysis_) textAnalysis_->addMasks(text, expression);
  return text;
}

Result<TokenizedText> Segmenter::encode(const QString& expression) const {
  if (expression.trimmed().isEmpty())
    return Result<TokenizedText>::failure(
        SegmenterText::tr("The expression is empty. Describe what to find, "
                          "for example \"the red car on the left\"."));
  const QStringList pieces = tokenizer_->pieces(expression);
  if (pieces.isEmpty())
    return Result<TokenizedText>::failure(SegmenterText::tr("The expression contains no words the model can read."));
  TokenizedText text = encodeUnchecked(expression);
  if (text.unknownCount >= pieces.size())
    return Result<TokenizedText>::failure(
        SegmenterText::tr("The model knows none of the words in \"%1\". Try plain English "
                          "words such as \"building\", \"road\" or \"white car\".")
            .arg(expression.left(80)));
  return text;
}

Result<std::vector<cv::Mat>> Segmenter::predictChips(const std::vector<cv::Mat>& chips, const TokenizedText& text,
                                                     PredictTiming* timing) const {
  using R = Result<std::vector<cv::Mat>>;
  const int W = manifest_.inputSize.width(), H = manifest_.inputSize.height();
  if (chips.empty()) return R(std::vector<cv::Mat>{});
  if (int(text.ids.size()) != manifest_.maxTokens || text.attentionMask.size() != text.ids.size())
    return R::failure(SegmenterText::tr("The expression was encoded for another model."));
  for (const cv::Mat& c : chips)
    if (c.type() != CV_8UC3 || c.cols != W || c.rows != H)
      return R::failure(SegmenterText::tr("Internal error: a chip is not %1x%2 RGB.").arg(W).arg(H));
  return forward(chips, text, timing);
}

Result<cv::Mat> Segmenter::predict(const cv::Mat& rgb, const TokenizedText& text, PredictTiming* timing) const {
  if (rgb.empty() || rgb.type() != CV_8UC3)
    return Result<cv::Mat>::failure(SegmenterText::tr("The region has no RGB pixels."));
  auto t0 = Clock::now();
  const cv::Size input(inputSize().width(), inputSize().height());
  cv::Mat chip;
  if (rgb.size() == input) {
    chip = rgb;
  } else {
    const bool shrinking = rgb.cols > input.width || rgb.rows > input.height;
    cv::resize(rgb, chip, input, 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
  }
  PredictTiming local;
  local.preprocessMs = msSince(t0);
  auto maps = predictChips({chip}, text, &local);
  if (!maps) return Result<cv::Mat>::failure(maps.error());
  auto t1 = Clock::now();
  cv::Mat out = maps->front();
  if (out.size() != rgb.size()) {
    cv::Mat resized;
    cv::resize(out, resized, rgb.size(), 0, 0, cv::INTER_LINEAR);
    out = resized;
  }
  local.postprocessMs += msSince(t1);
  if (timing) {
    timing->preprocessMs += local.preprocessMs;
    timing->forwardMs += local.forwardMs;
    timing->postprocessMs += local.postprocessMs;
  }
  return out;
}

}  // namespace rrsis
