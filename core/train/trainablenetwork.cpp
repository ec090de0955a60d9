#include "train/trainablenetwork.h"

#include <QCoreApplication>

#include "engine/nativeconfig.h"
#include "engine/segmentationnetwork.h"
#include "nets/compactnet.h"
#include "nets/lavtnet.h"

namespace rrsis::train {

namespace {

struct TrainingTextTr {
  Q_DECLARE_TR_FUNCTIONS(TrainingText)
};

}  // namespace

bool isTrainableArchitecture(const QString& a) { return a == QLatin1String("compact") || isLavtFamily(a); }

Result<TrainableNetwork> TrainableNetwork::build(const QString& architecture, QJsonObject config, int vocabSize,
                                                 int maxTokens, int inputSize) {
  using R = Result<TrainableNetwork>;
  TrainableNetwork t;
  try {
    if (architecture == QLatin1String("compact")) {
      config.remove(QStringLiteral("vocab_size"));
      auto options = compactOptionsFromConfig(config, vocabSize, maxTokens);
      if (!options) return R::failure(options.error());
      nets::CompactNet net(*options);
      t.module_ = net.ptr();
      t.forward_ = [net](const torch::Tensor& i, const torch::Tensor& ids, const torch::Tensor& m, const torch::Tensor&,
                         const torch::Tensor&) mutable { return net->forward(i, ids, m); };
      t.config_ = compactConfigToJson(*options);
      return t;
    }
    if (isTrainableArchitecture(architecture)) {  // the LAVT family's trainable members
      auto options = lavtOptionsFromConfig(config, 0, architecture, inputSize);
      if (!options) return R::failure(options.error());
      options->bert.vocabSize = vocabSize;
      nets::LavtNet net(*options);
      t.module_ = net.ptr();
      const bool fianet = options->swin.fianet;
      t.forward_ = [net, fianet](const torch::Tensor& i, const torch::Tensor& ids, const torch::Tensor& m,
                                 const torch::Tensor& object, const torch::Tensor& position) mutable {
        if (!fianet) return net->forward(i, ids, m);
        // Without its word masks FIANet's object and position streams see the whole expression.
        return net->forwardFianet(i, ids, m, object.defined() ? object : m, position.defined() ? position : m);
      };
      t.config_ = lavtConfigToJson(*options);
      for (const char* key : {"layout", "dataset", "classes"})  // kept as given: the converter's and FIANet's notes
        if (config.contains(QLatin1String(key))) t.config_[QLatin1String(key)] = config.value(QLatin1String(key));
      return t;
    }
  } catch (const std::exception& e) {
    return R::failure(TrainingTextTr::tr("Cannot build the %1 network: %2")
                          .arg(architecture, QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 2)));
  }
  return R::failure(
      TrainingTextTr::tr("Unknown architecture “%1”; this build trains: compact, lavt, rmsin, fianet, lgce.")
          .arg(architecture));
}

torch::Tensor TrainableNetwork::forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask,
                                        const torch::Tensor& objectMask, const torch::Tensor& positionMask) const {
  return forward_(image, ids, mask, objectMask, positionMask);
}

}  // namespace rrsis::train
