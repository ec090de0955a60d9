#include "nets/lavtnet.h"

#include <stdexcept>

namespace rrsis::nets {

namespace F = torch::nn::functional;

std::string LavtOptions::validate() const {
  const std::string problem = swin.validate();
  if (!problem.empty()) return problem;
  if (swin.textDim != bert.hiddenSize)
    return "the word features are " + std::to_string(bert.hiddenSize) + " wide but the fusion expects " +
           std::to_string(swin.textDim);
  if (bert.hiddenSize % bert.heads != 0) return "BERT's hidden size is not divisible by its heads";
  if (lgce.enabled && lgce.textDim != bert.hiddenSize)
    return "LGCE's guide projections expect " + std::to_string(lgce.textDim) + "-wide word features, BERT gives " +
           std::to_string(bert.hiddenSize);
  const std::string decoder = lgce.validate(4 * swin.embedDim, 8 * swin.embedDim);
  if (!decoder.empty()) return decoder;
  return {};
}

LavtOptions LavtOptions::rmsin(int64_t inputSize) {
  LavtOptions o;
  o.swin.variousReceptive = true;
  o.swin.cimSide = deepestSide(inputSize);
  o.rotatedDecoder = true;
  return o;
}

LavtOptions LavtOptions::fianet(int64_t tmemBlocks) {
  LavtOptions o;
  o.swin.fianet = true;
  o.swin.tmemBlocks = tmemBlocks;
  return o;
}

LavtOptions LavtOptions::withLgce() {
  LavtOptions o;
  o.lgce.enabled = true;
  return o;
}

int64_t deepestSide(int64_t inputSize) {
  int64_t side = (inputSize + 3) / 4;
  for (int i = 0; i < 3; ++i) side = (side + 1) / 2;
  return side;
}

LavtNetImpl::LavtNetImpl(const LavtOptions& o) : options(o) {
  const std::string problem = o.validate();
  if (!problem.empty()) throw std::invalid_argument("LAVT options: " + problem);
  backbone = register_module("backbone", MultiModalSwin(o.swin));
  classifier = register_module("classifier", SimpleDecoding(8 * o.swin.embedDim, o.rotatedDecoder, o.lgce));
  // The decoder runs channels-last (see SimpleDecoding); its kernels are stored so, once.
  for (auto& p : classifier->parameters())
    if (p.dim() == 4) p.set_data(p.data().contiguous(at::MemoryFormat::ChannelsLast));
  text_encoder = register_module("text_encoder", BertEncoder(o.bert));
}

torch::Tensor LavtNetImpl::encodeText(const torch::Tensor& ids, const torch::Tensor& mask) {
  return text_encoder(ids, mask).permute({0, 2, 1});
}

torch::Tensor LavtNetImpl::forwardWithText(const torch::Tensor& image, const torch::Tensor& words,
                                           const torch::Tensor& mask) {
  const auto lMask = mask.unsqueeze(-1).to(words.scalar_type());
  return decode(image, backbone->forward(image, words, lMask), words);
}

torch::Tensor LavtNetImpl::forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask) {
  if (options.swin.fianet)
    throw std::logic_error("FIANet needs the expression's object and position masks (forwardFianet)");
  return forwardWithText(image, encodeText(ids, mask), mask);
}

torch::Tensor LavtNetImpl::forwardFianet(const torch::Tensor& image, const torch::Tensor& ids,
                                         const torch::Tensor& mask, const torch::Tensor& objectMask,
                                         const torch::Tensor& positionMask) {
  return forwardWithLanguage(image, encodeFianetText(ids, mask, objectMask, positionMask));
}

LanguageFeatures LavtNetImpl::encodeFianetText(const torch::Tensor& ids, const torch::Tensor& mask,
                                               const torch::Tensor& objectMask, const torch::Tensor& positionMask) {
  const auto words = encodeText(ids, mask);
  const auto asFeatureMask = [&](const torch::Tensor& m) { return m.unsqueeze(-1).to(words.scalar_type()); };
  return {words,
          asFeatureMask(mask),
          encodeText(ids, objectMask),
          asFeatureMask(objectMask),
          encodeText(ids, positionMask),
          asFeatureMask(positionMask)};
}

torch::Tensor LavtNetImpl::forwardWithLanguage(const torch::Tensor& image, const LanguageFeatures& language) {
  return decode(image, backbone->forward(image, language), language.l);
}

torch::Tensor LavtNetImpl::decode(const torch::Tensor& image, const std::vector<torch::Tensor>& f,
                                  const torch::Tensor& words) {
  const auto logits = classifier(f[3], f[2], f[1], f[0], words);
  return F::interpolate(logits, F::InterpolateFuncOptions()
                                    .size(std::vector<int64_t>{image.size(2), image.size(3)})
                                    .mode(torch::kBilinear)
                                    .align_corners(true));
}

}  // namespace rrsis::nets
