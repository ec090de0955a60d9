#include "model/segmenter.h"

#include <chrono>

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <c10/core/InferenceMode.h>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "model/fianettextanalysis.h"
#include "model/segmentationnetwork.h"
#include "nets/device.h"
#include "nets/tensormemorypool.h"

namespace rrsis {

namespace {

struct SegmenterText {
  Q_DECLARE_TR_FUNCTIONS(Segmenter)
};

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

/**
 * The part of an exception message a user can act on. c10::Error carries a C++ backtrace
 * after its first line; errors raised inside a TorchScript module come as "The following
 * operation failed in the TorchScript interpreter", a script traceback, and at the end the
 * module's own "SomeError: message" line, which is what matters.
 */
QString userMessage(const char* what) {
  const QStringList lines = QString::fromUtf8(what).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  if (lines.isEmpty()) return QStringLiteral("unknown error");
  if (lines.front().contains(QLatin1String("TorchScript interpreter"))) {
    static const QRegularExpression raised(QStringLiteral("^\\s*(?:builtins\\.)?([\\w.]+(Error|Exception)): (.+)$"));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
      const auto m = raised.match(*it);
      if (m.hasMatch()) return m.captured(1) + QStringLiteral(": ") + m.captured(3).trimmed();
    }
  }
  return lines.front().trimmed();
}

QString shapeText(const torch::Tensor& t) {
  QStringList dims;
  for (int64_t d : t.sizes()) dims << QString::number(d);
  return QLatin1Char('[') + dims.join(QLatin1String(", ")) + QLatin1Char(']');
}

}  // namespace

struct Segmenter::Private {
  ModelManifest manifest;
  std::unique_ptr<Tokenizer> tokenizer;
  std::unique_ptr<SegmentationNetwork> network;
  torch::Device device{torch::kCPU};
  int threads = 1;
  bool bf16 = false;
  QString hash;
  std::shared_ptr<const FianetTextAnalysis> textAnalysis;  ///< FIANet only

  /** FIANet's object and position masks for `expression` (nothing for other models). */
  void addTextMasks(TokenizedText& text, const QString& expression) const {
    if (textAnalysis) textAnalysis->addMasks(text, expression);
  }
};

Result<std::unique_ptr<Tokenizer>> loadTokenizer(const ModelManifest& m) {
  return loadTokenizer(m.tokenizer, m.vocabPath, m.lowercase);
}

Segmenter::Segmenter(std::unique_ptr<Private> p) : d(std::move(p)) {}
Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::load(const QString& bundle,
                                                   const SegmenterOptions& options) {
  using R = Result<std::unique_ptr<Segmenter>>;
  auto manifest = readModelManifest(bundle);
  if (!manifest) return R::failure(manifest.error());
  auto tokenizer = loadTokenizer(*manifest);
  if (!tokenizer) return R::failure(tokenizer.error());

  auto p = std::make_unique<Private>();
  p->threads = nets::applyThreadSettings(options.threads);
  p->device = nets::selectDevice(options.forceCpu);
  nets::TensorMemoryPool::install();  // reuses activation memory between layers and queries
  auto network = loadSegmentationNetwork(*manifest, tokenizer.value()->vocabSize(), p->device);
  if (!network) return R::failure(network.error());
  using P = SegmenterOptions::Precision;
  p->bf16 = (*network)->supportsBf16() &&
            (options.precision == P::Bf16 ||
             (options.precision == P::Auto && (*network)->bf16ByDefault() &&
              (p->device.is_cuda() || nets::cpuHasBf16())));
  (*network)->setBf16(p->bf16);
  auto analysis = FianetTextAnalysis::forArchitecture(manifest->architecture, manifest->config, options.nltkTagger);
  if (!analysis) return R::failure(analysis.error());
  p->textAnalysis = std::move(*analysis);
  p->hash = bundleHash(*manifest);
  p->manifest = std::move(manifest.value());
  p->tokenizer = std::move(tokenizer.value());
  p->network = std::move(network.value());
  std::unique_ptr<Segmenter> s(new Segmenter(std::move(p)));

  if (options.warmUp) {
    // Also proves the module keeps the contract before the analyst's first query.
    TokenizedText text = s->d->tokenizer->encode(QStringLiteral("road"), s->d->manifest.maxTokens);
    s->d->addTextMasks(text, QStringLiteral("road"));
    const cv::Mat chip(s->inputSize().height(), s->inputSize().width(), CV_8UC3, cv::Scalar::all(128));
    auto out = s->predictChips({chip}, text);
    if (!out)
      return R::failure(SegmenterText::tr("The model %1 failed its first run: %2")
                            .arg(QDir::toNativeSeparators(s->d->manifest.bundlePath), out.error()));
  }
  return R(std::move(s));
}

bool parsePrecision(const QString& text, SegmenterOptions::Precision* out) {
  using P = SegmenterOptions::Precision;
  if (text == QLatin1String("auto")) *out = P::Auto;
  else if (text == QLatin1String("fp32")) *out = P::Fp32;
  else if (text == QLatin1String("bf16")) *out = P::Bf16;
  else return false;
  return true;
}

const ModelManifest& Segmenter::manifest() const { return d->manifest; }
const Tokenizer& Segmenter::tokenizer() const { return *d->tokenizer; }

ModelInfo Segmenter::info() const {
  ModelInfo i;
  const ModelManifest& m = d->manifest;
  i.name = m.name;
  i.bundlePath = m.bundlePath;
  i.hash = d->hash;
  i.architecture = m.architecture;
  i.tokenizer = m.tokenizer;
  i.vocabularySize = d->tokenizer->vocabSize();
  i.maxTokens = m.maxTokens;
  i.inputSize = m.inputSize;
  i.outputKind = m.outputKind;
  i.device = QString::fromStdString(nets::deviceName(d->device));
  i.threads = d->threads;
  i.precision = d->bf16 ? QStringLiteral("bf16") : QStringLiteral("fp32");
  if (d->textAnalysis) i.textAnalysis = d->textAnalysis->description();
  if (m.architecture == QLatin1String("lgce"))
    i.provenance = SegmenterText::tr("LGCE built from the RRSIS paper (Yuan et al., TGRS 2024) and the "
                                                            "module layout of its authors' code; not an official release");
  i.parameters = d->network->parameterCount();
  i.groundSampleDistance = m.groundSampleDistance;
  i.threshold = m.threshold;
  i.trainedOn = m.trainedOn;
  i.metrics = m.metrics;
  return i;
}

Result<TokenizedText> Segmenter::encode(const QString& expression) const {
  if (expression.trimmed().isEmpty())
    return Result<TokenizedText>::failure(
        SegmenterText::tr("The expression is empty. Describe what to find, "
                                                 "for example \"the red car on the left\"."));
  const QStringList pieces = d->tokenizer->pieces(expression);
  if (pieces.isEmpty())
    return Result<TokenizedText>::failure(
        SegmenterText::tr("The expression contains no words the model can read."));
  TokenizedText text = d->tokenizer->encode(expression, d->manifest.maxTokens);
  d->addTextMasks(text, expression);
  if (text.unknownCount >= pieces.size())
    return Result<TokenizedText>::failure(
        SegmenterText::tr("The model knows none of the words in \"%1\". Try plain English "
                                    "words such as \"building\", \"road\" or \"white car\".")
            .arg(expression.left(80)));
  return text;
}

Result<std::vector<cv::Mat>> Segmenter::predictChips(const std::vector<cv::Mat>& chips,
                                                     const TokenizedText& text,
                                                     PredictTiming* timing) const {
  using R = Result<std::vector<cv::Mat>>;
  const ModelManifest& m = d->manifest;
  const int W = m.inputSize.width(), H = m.inputSize.height();
  const int64_t B = int64_t(chips.size());
  if (B == 0) return R(std::vector<cv::Mat>{});
  if (int(text.ids.size()) != m.maxTokens || text.attentionMask.size() != text.ids.size())
    return R::failure(SegmenterText::tr("The expression was encoded for another model."));
  try {
    c10::InferenceMode guard;
    auto t0 = Clock::now();
    auto images = torch::empty({B, 3, H, W}, torch::kFloat);
    const auto mean = torch::tensor({m.mean[0], m.mean[1], m.mean[2]}).view({3, 1, 1});
    const auto stdv = torch::tensor({m.std[0], m.std[1], m.std[2]}).view({3, 1, 1});
    for (int64_t b = 0; b < B; ++b) {
      const cv::Mat& c = chips[size_t(b)];
      if (c.type() != CV_8UC3 || c.cols != W || c.rows != H)
        return R::failure(SegmenterText::tr("Internal error: a chip is not %1x%2 RGB.")
                              .arg(W).arg(H));
      const cv::Mat chip = c.isContinuous() ? c : c.clone();
      // from_blob does not own the chip's memory; the conversion below copies it.
      auto hwc = torch::from_blob(const_cast<uchar*>(chip.ptr()), {H, W, 3}, torch::kByte);
      images[b].copy_(((hwc.permute({2, 0, 1}).to(torch::kFloat) / 255.0) - mean) / stdv);
    }
    auto ids = torch::tensor(text.ids, torch::kLong).view({1, -1}).expand({B, -1}).contiguous();
    auto mask = torch::tensor(text.attentionMask, torch::kLong).view({1, -1}).expand({B, -1}).contiguous();
    images = images.to(d->device);
    ids = ids.to(d->device);
    mask = mask.to(d->device);
    auto t1 = Clock::now();
    torch::Tensor out;
    if (text.objectMask.size() == text.ids.size() && text.positionMask.size() == text.ids.size()) {
      const auto rows = [&](const std::vector<int64_t>& v) {
        return torch::tensor(v, torch::kLong).view({1, -1}).expand({B, -1}).contiguous().to(d->device);
      };
      out = d->network->forwardWithTextMasks(images, ids, mask, rows(text.objectMask), rows(text.positionMask));
    } else {
      out = d->network->forward(images, ids, mask);
    }
    if (d->device.is_cuda()) torch::cuda::synchronize();
    auto t2 = Clock::now();

    const int64_t channels = m.outputKind == QLatin1String("logit1") ? 1 : 2;
    if (out.dim() != 4 || out.size(0) != B || out.size(1) != channels || out.size(2) < 1 ||
        out.size(3) < 1)
      return R::failure(SegmenterText::tr("The model returned a tensor of shape %1; "
                                                    "the bundle promises [%2, %3, h, w] (%4).")
                            .arg(shapeText(out)).arg(B).arg(channels).arg(m.outputKind));
    out = out.to(torch::kFloat);
    torch::Tensor prob = channels == 2 ? out.softmax(1).select(1, 1) : out.sigmoid().select(1, 0);
    if (prob.size(1) != H || prob.size(2) != W)
      prob = torch::nn::functional::interpolate(
                 prob.unsqueeze(1), torch::nn::functional::InterpolateFuncOptions()
                                        .size(std::vector<int64_t>{H, W})
                                        .mode(torch::kBilinear)
                                        .align_corners(false))
                 .squeeze(1);
    prob = prob.to(torch::kCPU).contiguous();
    if (torch::isnan(prob).any().item<bool>())
      return R::failure(SegmenterText::tr("The model produced invalid values (NaN). The mask was not changed."));
    std::vector<cv::Mat> maps;
    maps.reserve(size_t(B));
    for (int64_t b = 0; b < B; ++b)
      maps.push_back(cv::Mat(H, W, CV_32F, prob[b].data_ptr<float>()).clone());
    if (timing) {
      timing->preprocessMs += std::chrono::duration<double, std::milli>(t1 - t0).count();
      timing->forwardMs += std::chrono::duration<double, std::milli>(t2 - t1).count();
      timing->postprocessMs += msSince(t2);
    }
    return R(std::move(maps));
  } catch (const std::exception& e) {
    return R::failure(SegmenterText::tr("The model failed: %1").arg(userMessage(e.what())));
  }
}

Result<cv::Mat> Segmenter::predict(const cv::Mat& rgb, const TokenizedText& text,
                                   PredictTiming* timing) const {
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
