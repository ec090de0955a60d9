#include "engine/nativesegmenter.h"

#include <chrono>

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <c10/core/InferenceMode.h>
#include <torch/torch.h>

#include "engine/segmentationnetwork.h"
#include "model/fianettextanalysis.h"
#include "nets/device.h"
#include "nets/tensormemorypool.h"

namespace rrsis {

namespace {

struct SegmenterText {
  Q_DECLARE_TR_FUNCTIONS(Segmenter)
};

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

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

/** A Segmenter whose network runs in LibTorch. */
class NativeSegmenter final : public Segmenter {
 public:
  NativeSegmenter(ModelManifest manifest, std::unique_ptr<Tokenizer> tokenizer,
                  std::shared_ptr<const FianetTextAnalysis> textAnalysis, std::unique_ptr<SegmentationNetwork> network,
                  torch::Device device, int threads, bool bf16)
      : Segmenter(std::move(manifest), std::move(tokenizer), std::move(textAnalysis)),
        network_(std::move(network)),
        device_(device),
        threads_(threads),
        bf16_(bf16) {}

  /** Runs "road" on a grey chip; an error says how the model failed. */
  Status warmUp() const {
    const TokenizedText text = encodeUnchecked(QStringLiteral("road"));
    const cv::Mat chip(inputSize().height(), inputSize().width(), CV_8UC3, cv::Scalar::all(128));
    auto out = predictChips({chip}, text);
    if (!out) return Status::failure(out.error());
    return Status();
  }

 protected:
  Result<std::vector<cv::Mat>> forward(const std::vector<cv::Mat>& chips, const TokenizedText& text,
                                       PredictTiming* timing) const override;

  void describeRuntime(ModelInfo& i) const override {
    i.device = QString::fromStdString(nets::deviceName(device_));
    i.threads = threads_;
    i.precision = bf16_ ? QStringLiteral("bf16") : QStringLiteral("fp32");
    i.parameters = network_->parameterCount();
  }

 private:
  std::unique_ptr<SegmentationNetwork> network_;
  torch::Device device_;
  int threads_;
  bool bf16_;
};

Result<std::vector<cv::Mat>> NativeSegmenter::forward(const std::vector<cv::Mat>& chips, const TokenizedText& text,
                                                      PredictTiming* timing) const {
  using R = Result<std::vector<cv::Mat>>;
  const ModelManifest& m = manifest();
  const int W = m.inputSize.width(), H = m.inputSize.height();
  const int64_t B = int64_t(chips.size());
  try {
    c10::InferenceMode guard;
    auto t0 = Clock::now();
    auto images = torch::empty({B, 3, H, W}, torch::kFloat);
    const auto mean = torch::tensor({m.mean[0], m.mean[1], m.mean[2]}).view({3, 1, 1});
    const auto stdv = torch::tensor({m.std[0], m.std[1], m.std[2]}).view({3, 1, 1});
    for (int64_t b = 0; b < B; ++b) {
      const cv::Mat& c = chips[size_t(b)];  // checked by predictChips()
      const cv::Mat chip = c.isContinuous() ? c : c.clone();
      // from_blob does not own the chip's memory; the conversion below copies it.
      auto hwc = torch::from_blob(const_cast<uchar*>(chip.ptr()), {H, W, 3}, torch::kByte);
      images[b].copy_(((hwc.permute({2, 0, 1}).to(torch::kFloat) / 255.0) - mean) / stdv);
    }
    auto ids = torch::tensor(text.ids, torch::kLong).view({1, -1}).expand({B, -1}).contiguous();
    auto mask = torch::tensor(text.attentionMask, torch::kLong).view({1, -1}).expand({B, -1}).contiguous();
    images = images.to(device_);
    ids = ids.to(device_);
    mask = mask.to(device_);
    auto t1 = Clock::now();
    torch::Tensor out;
    if (text.objectMask.size() == text.ids.size() && text.positionMask.size() == text.ids.size()) {
      const auto rows = [&](const std::vector<int64_t>& v) {
        return torch::tensor(v, torch::kLong).view({1, -1}).expand({B, -1}).contiguous().to(device_);
      };
      out = network_->forwardWithTextMasks(images, ids, mask, rows(text.objectMask), rows(text.positionMask));
    } else {
      out = network_->forward(images, ids, mask);
    }
    if (device_.is_cuda()) torch::cuda::synchronize();
    auto t2 = Clock::now();

    const int64_t channels = m.outputKind == QLatin1String("logit1") ? 1 : 2;
    if (out.dim() != 4 || out.size(0) != B || out.size(1) != channels || out.size(2) < 1 || out.size(3) < 1)
      return R::failure(SegmenterText::tr("The model returned a tensor of shape %1; "
                                          "the bundle promises [%2, %3, h, w] (%4).")
                            .arg(shapeText(out))
                            .arg(B)
                            .arg(channels)
                            .arg(m.outputKind));
    out = out.to(torch::kFloat);
    torch::Tensor prob = channels == 2 ? out.softmax(1).select(1, 1) : out.sigmoid().select(1, 0);
    if (prob.size(1) != H || prob.size(2) != W)
      prob = torch::nn::functional::interpolate(prob.unsqueeze(1), torch::nn::functional::InterpolateFuncOptions()
                                                                       .size(std::vector<int64_t>{H, W})
                                                                       .mode(torch::kBilinear)
                                                                       .align_corners(false))
                 .squeeze(1);
    prob = prob.to(torch::kCPU).contiguous();
    if (torch::isnan(prob).any().item<bool>())
      return R::failure(SegmenterText::tr("The model produced invalid values (NaN). The mask was not changed."));
    std::vector<cv::Mat> maps;
    maps.reserve(size_t(B));
    for (int64_t b = 0; b < B; ++b) maps.push_back(cv::Mat(H, W, CV_32F, prob[b].data_ptr<float>()).clone());
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

}  // namespace

Result<std::unique_ptr<Segmenter>> loadSegmenter(const QString& bundle, const SegmenterOptions& options) {
  using R = Result<std::unique_ptr<Segmenter>>;
  auto manifest = readModelManifest(bundle);
  if (!manifest) return R::failure(manifest.error());
  auto tokenizer = loadTokenizer(*manifest);
  if (!tokenizer) return R::failure(tokenizer.error());

  const int threads = nets::applyThreadSettings(options.threads);
  const torch::Device device = nets::selectDevice(options.forceCpu);
  nets::TensorMemoryPool::install();  // reuses activation memory between layers and queries
  auto network = loadSegmentationNetwork(*manifest, tokenizer.value()->vocabSize(), device);
  if (!network) return R::failure(network.error());
  using P = SegmenterOptions::Precision;
  const bool bf16 = (*network)->supportsBf16() &&
                    (options.precision == P::Bf16 || (options.precision == P::Auto && (*network)->bf16ByDefault() &&
                                                      (device.is_cuda() || nets::cpuHasBf16())));
  (*network)->setBf16(bf16);
  auto analysis = FianetTextAnalysis::forArchitecture(manifest->architecture, manifest->config, options.nltkTagger);
  if (!analysis) return R::failure(analysis.error());
  const QString shown = QDir::toNativeSeparators(manifest->bundlePath);
  auto s = std::make_unique<NativeSegmenter>(std::move(*manifest), std::move(*tokenizer), std::move(*analysis),
                                             std::move(*network), device, threads, bf16);
  if (options.warmUp) {
    // Also proves the module keeps the contract before the analyst's first query.
    const Status warm = s->warmUp();
    if (!warm) return R::failure(SegmenterText::tr("The model %1 failed its first run: %2").arg(shown, warm.error()));
  }
  return R(std::move(s));
}

}  // namespace rrsis
