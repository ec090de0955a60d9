#include "nets/bertencoder.h"

#include "nets/gelu.h"
#include "nets/precision.h"

#include <cmath>

namespace rrsis::nets {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

namespace {

nn::LayerNorm layerNorm(const BertOptions& o) {
  return nn::LayerNorm(nn::LayerNormOptions({o.hiddenSize}).eps(o.layerNormEps));
}

}  // namespace

BertEmbeddingsImpl::BertEmbeddingsImpl(const BertOptions& o) {
  word_embeddings = register_module("word_embeddings", nn::Embedding(o.vocabSize, o.hiddenSize));
  position_embeddings = register_module("position_embeddings", nn::Embedding(o.maxPositions, o.hiddenSize));
  token_type_embeddings = register_module("token_type_embeddings", nn::Embedding(o.typeVocabSize, o.hiddenSize));
  LayerNorm = register_module("LayerNorm", layerNorm(o));
}

torch::Tensor BertEmbeddingsImpl::forward(const torch::Tensor& ids) {
  const auto L = ids.size(1);
  const auto positions = torch::arange(L, ids.options()).unsqueeze(0);
  // Token type 0 everywhere, as LAVT calls BERT without token_type_ids.
  auto x = word_embeddings(ids) + position_embeddings(positions) + token_type_embeddings->weight[0];
  return layerNormFp32(LayerNorm, x);
}

BertLayerImpl::BertLayerImpl(const BertOptions& o) : heads(o.heads) {
  // The official nesting: attention.self.{query,key,value}, attention.output.{dense,LayerNorm},
  // intermediate.dense, output.{dense,LayerNorm}.
  auto attention = register_module("attention", std::make_shared<nn::Module>());
  auto self = attention->register_module("self", std::make_shared<nn::Module>());
  query = self->register_module("query", nn::Linear(o.hiddenSize, o.hiddenSize));
  key = self->register_module("key", nn::Linear(o.hiddenSize, o.hiddenSize));
  value = self->register_module("value", nn::Linear(o.hiddenSize, o.hiddenSize));
  auto attentionOutput = attention->register_module("output", std::make_shared<nn::Module>());
  attentionDense = attentionOutput->register_module("dense", nn::Linear(o.hiddenSize, o.hiddenSize));
  attentionNorm = attentionOutput->register_module("LayerNorm", layerNorm(o));
  auto inter = register_module("intermediate", std::make_shared<nn::Module>());
  intermediate = inter->register_module("dense", nn::Linear(o.hiddenSize, o.intermediateSize));
  auto output = register_module("output", std::make_shared<nn::Module>());
  outputDense = output->register_module("dense", nn::Linear(o.intermediateSize, o.hiddenSize));
  outputNorm = output->register_module("LayerNorm", layerNorm(o));
}

torch::Tensor BertLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& keyBias) {
  const auto B = x.size(0), L = x.size(1), H = x.size(2), d = H / heads;
  auto split = [&](const torch::Tensor& t) { return t.view({B, L, heads, d}).permute({0, 2, 1, 3}); };
  const auto q = split(query(x)), k = split(key(x)), v = split(value(x));
  auto scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(double(d));
  scores = scores + keyBias.to(scores.scalar_type());
  const auto context = torch::matmul(scores.softmax(-1), v).permute({0, 2, 1, 3}).reshape({B, L, H});
  const auto attended = layerNormFp32(attentionNorm, attentionDense(context) + x);
  const auto hidden = nets::gelu(intermediate(attended));
  return layerNormFp32(outputNorm, outputDense(hidden) + attended);
}

BertEncoderImpl::BertEncoderImpl(BertOptions o) : options(o) {
  embeddings = register_module("embeddings", BertEmbeddings(options));
  auto encoder = register_module("encoder", std::make_shared<nn::Module>());
  auto list = encoder->register_module("layer", nn::ModuleList());
  for (int64_t i = 0; i < options.layers; ++i) {
    layers.push_back(BertLayer(options));
    list->push_back(layers.back());
  }
}

torch::Tensor BertEncoderImpl::forward(const torch::Tensor& ids, const torch::Tensor& mask) {
  const auto keyBias = ((1.0 - mask.to(torch::kFloat)) * -10000.0).view({mask.size(0), 1, 1, mask.size(1)});
  auto x = embeddings(ids);
  for (auto& layer : layers) x = layer(x, keyBias);
  return x;
}

}  // namespace rrsis::nets
