#include "engine/segmentationnetwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <torch/script.h>

#include "engine/lavtnetwork.h"
#include "engine/nativeconfig.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"

namespace rrsis {

namespace {

struct SegmenterText {
  Q_DECLARE_TR_FUNCTIONS(Segmenter)
};

QString native(const QString& path) { return QDir::toNativeSeparators(path); }

class TorchScriptNetwork final : public SegmentationNetwork {
 public:
  explicit TorchScriptNetwork(torch::jit::script::Module module) : module_(std::move(module)) {}
  torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask) override {
    const c10::IValue out = module_.forward({image, ids, mask});
    if (!out.isTensor()) throw std::runtime_error("forward() returned " + out.tagKind() + ", not a tensor");
    return out.toTensor();
  }
  int64_t parameterCount() const override {
    int64_t n = 0;
    for (const auto& p : module_.parameters()) n += p.numel();
    return n;
  }

 private:
  mutable torch::jit::script::Module module_;
};

class CompactNetwork final : public SegmentationNetwork {
 public:
  /** Takes a network with its weights on their device and prepares it for inference. */
  explicit CompactNetwork(nets::CompactNet net) : net_(std::move(net)), parameters_(nets::parameterCount(*net_)) {
    net_->prepareForInference();  // batch norms folded, channels-last, as freezing would
  }
  torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask) override {
    return net_->forward(image, ids, mask);
  }
  int64_t parameterCount() const override { return parameters_; }  // the bundle's, not the folded net's

 private:
  nets::CompactNet net_;
  int64_t parameters_;
};

Result<std::unique_ptr<SegmentationNetwork>> loadTorchScript(const ModelManifest& m, const torch::Device& device) {
  using R = Result<std::unique_ptr<SegmentationNetwork>>;
  torch::jit::script::Module module;
  try {
    module = torch::jit::load(m.modulePath.toStdString(), device);
  } catch (const std::exception& e) {
    return R::failure(SegmenterText::tr("Cannot load the TorchScript module %1: %2")
                          .arg(native(m.modulePath), QString::fromUtf8(e.what()).section('\n', 0, 2)));
  }
  const auto method = module.find_method("forward");
  if (!method)
    return R::failure(
        SegmenterText::tr("The TorchScript module %1 has no forward() method.").arg(native(m.modulePath)));
  const auto& args = method->function().getSchema().arguments();
  if (args.size() != 4)  // self, image, ids, mask
    return R::failure(SegmenterText::tr("The TorchScript module %1 takes %2 input(s); a bundle module must take three: "
                                        "forward(image, ids, mask).")
                          .arg(native(m.modulePath))
                          .arg(int(args.size()) - 1));
  module.eval();
  // Freeze (weights become constants) and fold conv + batch-norm, as
  // torch.jit.optimize_for_inference does. Some modules cannot be frozen (attributes changed
  // in forward); those run as they are.
  try {
    module = torch::jit::optimize_for_inference(module);
  } catch (const std::exception&) {
  }
  return R(std::make_unique<TorchScriptNetwork>(std::move(module)));
}

Result<std::unique_ptr<SegmentationNetwork>> loadCompact(const ModelManifest& m, int vocabSize,
                                                         const torch::Device& device) {
  using R = Result<std::unique_ptr<SegmentationNetwork>>;
  auto options = compactOptionsFromConfig(m.config, vocabSize, m.maxTokens);
  if (!options) return R::failure(options.error());
  if (m.inputSize.width() % 32 != 0 || m.inputSize.height() % 32 != 0)
    return R::failure(SegmenterText::tr("%1: the compact architecture needs an input size that is "
                                        "a multiple of 32, not %2x%3.")
                          .arg(native(m.bundlePath))
                          .arg(m.inputSize.width())
                          .arg(m.inputSize.height()));
  nets::TensorMap tensors;
  std::string error;
  if (!nets::readSafetensors(m.weightsPath.toStdString(), tensors, nullptr, &error))
    return R::failure(
        SegmenterText::tr("Cannot read the weights %1: %2").arg(native(m.weightsPath), QString::fromStdString(error)));
  try {
    nets::CompactNet net(*options);
    if (!nets::loadStateDict(*net, tensors, &error, true))
      return R::failure(SegmenterText::tr("The weights %1 do not fit the %2 network: %3")
                            .arg(native(m.weightsPath), m.architecture, QString::fromStdString(error)));
    net->to(device);
    return R(std::make_unique<CompactNetwork>(std::move(net)));
  } catch (const std::exception& e) {
    return R::failure(SegmenterText::tr("Cannot build the %1 network: %2")
                          .arg(m.architecture, QString::fromUtf8(e.what()).section('\n', 0, 2)));
  }
}

}  // namespace

Result<nets::CompactOptions> compactOptionsFromConfig(const QJsonObject& config, int vocabSize, int maxTokens) {
  nets::CompactOptions o;
  o.vocabSize = config.value(QStringLiteral("vocab_size")).toInt(vocabSize);
  o.maxTokens = maxTokens;
  o.textDim = config.value(QStringLiteral("text_dim")).toInt(int(o.textDim));
  o.textLayers = config.value(QStringLiteral("text_layers")).toInt(int(o.textLayers));
  o.textHeads = config.value(QStringLiteral("text_heads")).toInt(int(o.textHeads));
  o.decoderDim = config.value(QStringLiteral("decoder_dim")).toInt(int(o.decoderDim));
  auto readList = [&](const char* key, std::vector<int64_t>& out) {
    const QJsonValue v = config.value(QLatin1String(key));
    if (v.isUndefined()) return;
    out.clear();
    for (const QJsonValue& e : v.toArray()) out.push_back(e.toInt(-1));
  };
  readList("widths", o.widths);
  readList("depths", o.depths);
  if (vocabSize > 0 && o.vocabSize != vocabSize)
    return Result<nets::CompactOptions>::failure(
        SegmenterText::tr("The tokenizer has %1 entries but the network was built for "
                          "a vocabulary of %2 (config.vocab_size): they do not belong "
                          "together.")
            .arg(vocabSize)
            .arg(o.vocabSize));
  const std::string problem = o.validate();
  if (!problem.empty())
    return Result<nets::CompactOptions>::failure(
        SegmenterText::tr("Invalid compact network config: %1").arg(QString::fromStdString(problem)));
  return o;
}

QJsonObject compactConfigToJson(const nets::CompactOptions& o) {
  auto list = [](const std::vector<int64_t>& v) {
    QJsonArray a;
    for (int64_t x : v) a.append(qint64(x));
    return a;
  };
  return QJsonObject{{QStringLiteral("vocab_size"), qint64(o.vocabSize)},
                     {QStringLiteral("text_dim"), qint64(o.textDim)},
                     {QStringLiteral("text_layers"), qint64(o.textLayers)},
                     {QStringLiteral("text_heads"), qint64(o.textHeads)},
                     {QStringLiteral("decoder_dim"), qint64(o.decoderDim)},
                     {QStringLiteral("widths"), list(o.widths)},
                     {QStringLiteral("depths"), list(o.depths)}};
}

Result<std::unique_ptr<SegmentationNetwork>> loadSegmentationNetwork(const ModelManifest& manifest, int vocabSize,
                                                                     const torch::Device& device) {
  if (manifest.architecture == QLatin1String("torchscript")) return loadTorchScript(manifest, device);
  if (manifest.architecture == QLatin1String("compact")) return loadCompact(manifest, vocabSize, device);
  if (isLavtFamily(manifest.architecture)) return loadLavtNetwork(manifest, vocabSize, device);
  return Result<std::unique_ptr<SegmentationNetwork>>::failure(
      SegmenterText::tr("Unknown architecture \"%1\".").arg(manifest.architecture));
}

}  // namespace rrsis
