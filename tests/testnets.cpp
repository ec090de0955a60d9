#include "testnets.h"

#include <QtGlobal>

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

void writeGoldenFile(const nets::LavtOptions& options, unsigned seed, int64_t height, int64_t width,
                     const std::string& path) {
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
  nets::TensorMap all;
  for (const auto& [k, v] : weights) all["model." + k] = v;
  net->eval();
  torch::NoGradGuard noGrad;
  all["image"] = torch::randn({2, 3, height, width});
  all["ids"] = torch::tensor({{2, 5, 9, 14, 3, 0, 0}, {2, 20, 3, 0, 0, 0, 0}}, torch::kLong);
  all["mask"] = (all["ids"] != 0).to(torch::kLong);
  all["logits"] = net->forward(all["image"], all["ids"], all["mask"]);
  if (!nets::writeSafetensors(path, all, {}, &error)) qFatal("%s", error.c_str());
}

std::pair<double, double> trainBriefly(nets::LavtNet& net, int64_t size) {
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
    const auto loss = torch::nn::functional::cross_entropy(net->forward(image, ids, mask), target);
    loss.backward();
    optimizer.update(1e-3, 0.01);
    (step == 0 ? first : last) = loss.item<double>();
  }
  return {first, last};
}

}  // namespace rrsis::test
