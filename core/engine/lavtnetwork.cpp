#include "engine/lavtnetwork.h"

#include <QCoreApplication>
#include <QDir>

#include "engine/nativeconfig.h"
#include "nets/autocastscope.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"

namespace rrsis {

namespace {

struct SegmenterText {
  Q_DECLARE_TR_FUNCTIONS(Segmenter)
};

bool sameTensor(const torch::Tensor& a, const torch::Tensor& b) {
  return a.defined() && b.defined() && a.sizes() == b.sizes() && a.device() == b.device() && torch::equal(a, b);
}

}  // namespace

const nets::LanguageFeatures& LavtNetwork::language(const torch::Tensor& ids, const torch::Tensor& mask,
                                                    const torch::Tensor& objectMask,
                                                    const torch::Tensor& positionMask) {
  const bool fianet = net_->options.swin.fianet;
  const bool cached = cachedLanguage_.l.defined() && sameTensor(ids, cachedIds_) && sameTensor(mask, cachedMask_) &&
                      (!fianet || (sameTensor(objectMask, cachedObject_) && sameTensor(positionMask, cachedPosition_)));
  if (!cached) {
    cachedLanguage_ = fianet ? net_->encodeFianetText(ids, mask, objectMask, positionMask)
                             : nets::LanguageFeatures{net_->encodeText(ids, mask), {}, {}, {}, {}, {}};
    cachedIds_ = ids.clone();
    cachedMask_ = mask.clone();
    cachedObject_ = fianet ? objectMask.clone() : torch::Tensor();
    cachedPosition_ = fianet ? positionMask.clone() : torch::Tensor();
    ++textEncodings_;
  }
  return cachedLanguage_;
}

torch::Tensor LavtNetwork::forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask) {
  nets::AutocastScope bf16(bf16_, image.is_cuda());
  // Training: no reuse across steps. FIANet: its forward says it needs the word masks.
  if (torch::GradMode::is_enabled() || net_->options.swin.fianet) return net_->forward(image, ids, mask);
  return net_->forwardWithText(image, language(ids, mask, {}, {}).l, mask).to(torch::kFloat);
}

torch::Tensor LavtNetwork::forwardWithTextMasks(const torch::Tensor& image, const torch::Tensor& ids,
                                                const torch::Tensor& mask, const torch::Tensor& objectMask,
                                                const torch::Tensor& positionMask) {
  if (!net_->options.swin.fianet) return forward(image, ids, mask);
  nets::AutocastScope bf16(bf16_, image.is_cuda());
  if (torch::GradMode::is_enabled()) return net_->forwardFianet(image, ids, mask, objectMask, positionMask);
  return net_->forwardWithLanguage(image, language(ids, mask, objectMask, positionMask)).to(torch::kFloat);
}

void LavtNetwork::setBf16(bool on) {
  if (on == bf16_) return;
  bf16_ = on;
  cachedLanguage_ = {};  // the word features were computed at the other precision
}

int64_t LavtNetwork::parameterCount() const {
  int64_t n = 0;
  for (const auto& p : net_->parameters()) n += p.numel();
  return n;
}

Result<std::unique_ptr<SegmentationNetwork>> loadLavtNetwork(const ModelManifest& m, int vocabSize,
                                                             const torch::Device& device) {
  using R = Result<std::unique_ptr<SegmentationNetwork>>;
  const QString weights = QDir::toNativeSeparators(m.weightsPath);
  if (m.architecture == QLatin1String("rmsin") && m.inputSize.width() != m.inputSize.height())
    return R::failure(SegmenterText::tr("%1: RMSIN needs a square input, not %2x%3.")
                          .arg(QDir::toNativeSeparators(m.bundlePath))
                          .arg(m.inputSize.width())
                          .arg(m.inputSize.height()));
  auto options = lavtOptionsFromConfig(m.config, vocabSize, m.architecture, m.inputSize.width());
  if (!options) return R::failure(options.error());
  if (m.maxTokens > options->bert.maxPositions)
    return R::failure(SegmenterText::tr("%1: text.max_tokens is %2 but BERT has only %3 "
                                        "positions.")
                          .arg(QDir::toNativeSeparators(m.bundlePath))
                          .arg(m.maxTokens)
                          .arg(options->bert.maxPositions));
  nets::TensorMap tensors;
  std::string error;
  if (!nets::readSafetensors(m.weightsPath.toStdString(), tensors, nullptr, &error))
    return R::failure(SegmenterText::tr("Cannot read the weights %1: %2").arg(weights, QString::fromStdString(error)));
  try {
    nets::LavtNet net(*options);
    if (!nets::loadStateDict(*net, tensors, &error, true))
      return R::failure(SegmenterText::tr("The weights %1 do not fit the %2 network: %3")
                            .arg(weights, m.architecture, QString::fromStdString(error)));
    tensors.clear();
    net->eval();
    net->to(device);
    return R(std::make_unique<LavtNetwork>(std::move(net)));
  } catch (const std::exception& e) {
    return R::failure(SegmenterText::tr("Cannot build the %1 network: %2")
                          .arg(m.architecture, QString::fromUtf8(e.what()).section('\n', 0, 2)));
  }
}

}  // namespace rrsis
