#include "testnets.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtGlobal>

#include "engine/checkpointconverter.h"
#include "nets/adamw.h"
#include "nets/statedict.h"

namespace rrsis::test {

nets::TensorMap readGoldenFile(const std::string& path) {
  nets::TensorMap golden;
  std::string error;
  if (!nets::readSafetensors(path, golden, nullptr, &error)) qFatal("%s", error.c_str());
  return golden;
}

nets::LavtNet netFromGolden(const nets::LavtOptions& options, const nets::TensorMap& golden) {
  nets::LavtNet net(options);
  nets::TensorMap weights;
  for (const auto& [k, v] : golden)
    if (k.rfind("model.", 0) == 0) weights[k.substr(6)] = v;
  std::string error;
  if (!nets::loadStateDict(*net, weights, &error)) qFatal("%s", error.c_str());
  net->eval();
  return net;
}

nets::LavtOptions tinyOptions(nets::LavtOptions o, int64_t embedDim) {
  o.swin.embedDim = embedDim;
  o.swin.depths = {2, 2, 2, 2};
  o.swin.heads = {1, 1, 2, 2};
  o.swin.window = 4;
  o.swin.fusionHeads = {1, 2, 1, 2};
  o.swin.textDim = 16;
  o.bert.vocabSize = 24;
  o.bert.hiddenSize = 16;
  o.bert.layers = 1;
  o.bert.heads = 1;  // hidden / 64 rounded up to 1: BERT's heads leave no trace in the weights
  o.bert.intermediateSize = 32;
  o.bert.maxPositions = 16;
  o.lgce.textDim = 16;  // LGCE (when enabled) projects the word features
  return o;
}

nets::LavtNet perturbedNet(const nets::LavtOptions& options, unsigned seed, nets::TensorMap* golden) {
  torch::manual_seed(seed);
  nets::LavtNet net(options);
  nets::TensorMap weights = nets::stateDict(*net);
  for (auto& [k, v] : weights) {
    if (k.find("num_batches") != std::string::npos) continue;
    if (k.find("running_var") != std::string::npos)
      v = torch::rand_like(v) + 0.5;
    else if (v.is_floating_point())
      v = v + torch::randn_like(v) * 0.05;
  }
  std::string error;
  if (!nets::loadStateDict(*net, weights, &error)) qFatal("%s", error.c_str());
  for (const auto& [k, v] : weights) (*golden)["model." + k] = v;
  net->eval();
  return net;
}

void writeGoldenFile(const nets::LavtOptions& options, unsigned seed, int64_t height, int64_t width,
                     const std::string& path) {
  nets::TensorMap all;
  nets::LavtNet net = perturbedNet(options, seed, &all);
  torch::NoGradGuard noGrad;
  all["image"] = torch::randn({2, 3, height, width});
  all["ids"] = torch::tensor({{2, 5, 9, 14, 3, 0, 0}, {2, 20, 3, 0, 0, 0, 0}}, torch::kLong);
  all["mask"] = (all["ids"] != 0).to(torch::kLong);
  all["logits"] = net->forward(all["image"], all["ids"], all["mask"]);
  std::string error;
  if (!nets::writeSafetensors(path, all, {}, &error)) qFatal("%s", error.c_str());
}

std::pair<double, double> trainBriefly(nets::LavtNet& net, int64_t size, const torch::Tensor& objectMask,
                                       const torch::Tensor& positionMask) {
  net->train();
  const auto image = torch::randn({2, 3, size, size});
  const auto ids = torch::tensor({{2, 5, 9, 3}, {2, 6, 3, 0}}, torch::kLong);
  const auto mask = (ids != 0).to(torch::kLong);
  auto target = torch::zeros({2, size, size}, torch::kLong);
  target.index_put_({0, torch::indexing::Slice(0, size / 2)}, 1);
  target.index_put_({1, torch::indexing::Slice(), torch::indexing::Slice(size / 2, size)}, 1);
  nets::AdamW optimizer(*net);
  double first = 0, last = 0;
  for (int step = 0; step < 25; ++step) {
    optimizer.zeroGrad();
    const auto logits = objectMask.defined() ? net->forwardFianet(image, ids, mask, objectMask, positionMask)
                                             : net->forward(image, ids, mask);
    const auto loss = torch::nn::functional::cross_entropy(logits, target);
    loss.backward();
    optimizer.update(1e-3, 0.01);
    (step == 0 ? first : last) = loss.item<double>();
  }
  return {first, last};
}

double maxDiff(const torch::Tensor& a, const torch::Tensor& b) { return (a - b).abs().max().item<double>(); }

QString conversionRefusal(const QString& checkpoint, const QString& architecture, int inputSize) {
  QTemporaryDir dir;
  ConvertRequest r;
  r.checkpoint = checkpoint;
  r.architecture = architecture;
  r.inputSize = inputSize;
  r.vocab = QStringLiteral(RRSIS_TEST_DATA_DIR "/lavt/vocab.txt");
  r.out = dir.filePath(QStringLiteral("x.rrsismodel"));
  const auto report = convertCheckpoint(r);
  if (report.ok()) return QStringLiteral("converted");
  if (QFileInfo::exists(r.out)) return QStringLiteral("wrote a bundle");
  return report.error();
}

TrainOptions fineTuneOptions(const QString& base, const QString& data, const QString& out) {
  TrainOptions o;
  o.initBundle = base;
  o.dataFolders = {data};
  o.outBundle = out;
  o.epochs = 1;
  o.batchSize = 2;
  o.threads = 1;
  o.precision = TrainPrecision::Fp32;
  o.freeze = FreezeGroup::Backbone;
  return o;
}

}  // namespace rrsis::test
