#pragma once
#include <cstdint>

#include <torch/torch.h>

namespace rrsis::nets {

/** Sizes of a BERT encoder; the defaults are BERT-base (uncased), as the LAVT family uses it. */
struct BertOptions {
  int64_t vocabSize = 30522;
  int64_t hiddenSize = 768;
  int64_t layers = 12;
  int64_t heads = 12;
  int64_t intermediateSize = 3072;
  int64_t maxPositions = 512;
  int64_t typeVocabSize = 2;
  double layerNormEps = 1e-12;
};

/** Word, position and token-type embeddings, summed and normalised (BertEmbeddings). */
struct BertEmbeddingsImpl : torch::nn::Module {
  explicit BertEmbeddingsImpl(const BertOptions& o);
  torch::Tensor forward(const torch::Tensor& ids);
  torch::nn::Embedding word_embeddings{nullptr}, position_embeddings{nullptr}, token_type_embeddings{nullptr};
  torch::nn::LayerNorm LayerNorm{nullptr};
};
TORCH_MODULE(BertEmbeddings);

/** One encoder layer: self-attention (query, key, value), its output, the feed-forward block. */
struct BertLayerImpl : torch::nn::Module {
  explicit BertLayerImpl(const BertOptions& o);
  /** `keyBias`: [B,1,1,L], 0 for tokens to attend to and -10000 for padding. */
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& keyBias);
  int64_t heads;
  torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr}, attentionDense{nullptr}, intermediate{nullptr},
      outputDense{nullptr};
  torch::nn::LayerNorm attentionNorm{nullptr}, outputNorm{nullptr};
};
TORCH_MODULE(BertLayer);

/**
 * The BERT encoder as LAVT runs it (its vendored modeling_bert.BertModel with the pooler set
 * to None): embeddings, N layers, the last hidden states [B,L,H] out. Attention to padding is
 * masked with -10000 added to the scores, GELU is the exact (erf) one, LayerNorm runs in fp32.
 * Submodules carry the official state_dict names ("embeddings.word_embeddings.weight",
 * "encoder.layer.3.attention.self.query.weight", ...), so a checkpoint's text encoder loads
 * key for key. forward is pure; drop-out is absent (inference and fine-tuning alike).
 */
struct BertEncoderImpl : torch::nn::Module {
  explicit BertEncoderImpl(BertOptions options = {});
  /** ids, mask: [B,L] long (mask 1 = token, 0 = padding). */
  torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask);
  BertOptions options;
  BertEmbeddings embeddings{nullptr};
  std::vector<BertLayer> layers;
};
TORCH_MODULE(BertEncoder);

}  // namespace rrsis::nets
