#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

namespace rrsis::nets {

/**
 * Sizes of the compact referring-segmentation network. The defaults give a model that
 * learns synthetic referring segmentation on a 2-core CPU in minutes and runs a 480x480
 * query in tens of milliseconds.
 */
struct CompactOptions {
  int64_t vocabSize = 30522;  ///< tokenizer vocabulary (BERT: 30522)
  int64_t maxTokens = 20;     ///< length of the id sequence
  int64_t textDim = 128;      ///< word feature width
  int64_t textLayers = 2;     ///< transformer layers over the words
  int64_t textHeads = 4;
  std::vector<int64_t> widths{32, 64, 96, 160};  ///< channels at strides 4, 8, 16, 32
  std::vector<int64_t> depths{1, 2, 2, 1};       ///< residual blocks per stage
  int64_t decoderDim = 64;

  /** Empty when the sizes are usable, else what is wrong with them. */
  std::string validate() const;
};

/** Pre-norm transformer layer over word features, with a padding mask. */
struct TextLayerImpl : torch::nn::Module {
  TextLayerImpl(int64_t dim, int64_t heads);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& keyBias);

  int64_t heads;
  torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
  torch::nn::Linear qkv{nullptr}, proj{nullptr}, fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(TextLayer);

/** Word embeddings + positions + a few transformer layers: [B,L] ids -> [B,L,D] features. */
struct TextEncoderImpl : torch::nn::Module {
  explicit TextEncoderImpl(const CompactOptions& o);
  torch::Tensor forward(const torch::Tensor& ids, const torch::Tensor& mask);

  torch::nn::Embedding embed{nullptr};
  torch::Tensor pos;
  torch::nn::ModuleList layers{nullptr};
  torch::nn::LayerNorm norm{nullptr};
};
TORCH_MODULE(TextEncoder);

/** A depthwise-separable residual block: x + BN(pw2(ReLU(pw1(BN(dw(x)))))). */
struct ConvBlockImpl : torch::nn::Module {
  explicit ConvBlockImpl(int64_t channels);
  torch::Tensor forward(const torch::Tensor& x);
  /** Folds both batch norms into their convs (inference only). */
  void foldBatchNorms();

  torch::nn::Conv2d dw{nullptr}, pw1{nullptr}, pw2{nullptr};
  torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
  bool folded = false;  ///< the batch norms live in dw and pw2 and are skipped
};
TORCH_MODULE(ConvBlock);

/**
 * Pixel-word attention fusion after LAVT's PWAM idea: every pixel attends over the words,
 * the attended language feature multiplies the projected visual feature, and a tanh gate
 * decides how much of the product joins the residual stream.
 */
struct WordFusionImpl : torch::nn::Module {
  WordFusionImpl(int64_t channels, int64_t textDim);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& words, const torch::Tensor& keyBias);

  int64_t keyDim;
  torch::nn::Conv2d query{nullptr}, vis{nullptr}, project{nullptr}, gate1{nullptr}, gate2{nullptr};
  torch::nn::Linear key{nullptr}, value{nullptr};
};
TORCH_MODULE(WordFusion);

/** One encoder stage: optional stride-2 downsampling, residual blocks, word fusion. */
struct StageImpl : torch::nn::Module {
  StageImpl(int64_t in, int64_t out, int64_t depth, bool downsample, int64_t textDim);
  torch::Tensor forward(torch::Tensor x, const torch::Tensor& words, const torch::Tensor& keyBias);
  /** Folds the batch norms of the downsampling and of every block (inference only). */
  void foldBatchNorms();

  torch::nn::Sequential down{nullptr};
  torch::nn::Sequential blocks{nullptr};
  WordFusion fusion{nullptr};
};
TORCH_MODULE(Stage);

/**
 * The compact referring segmentation network ("compact" in a bundle manifest).
 * forward(image [B,3,H,W] normalised, ids [B,L] long, mask [B,L] long) -> logits [B,2,H,W]
 * (background, target), the same contract as the TorchScript bundles. H and W must be
 * multiples of 32. forward() is pure: no I/O, no printing.
 */
struct CompactNetImpl : torch::nn::Module {
  explicit CompactNetImpl(CompactOptions options = {});
  torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& ids, const torch::Tensor& mask);

  /**
   * Makes the network an inference engine, as freezing does for a TorchScript module:
   * eval mode, every batch norm folded into its conv, conv weights and activations
   * channels-last (oneDNN's layout, no reorder per conv). Same logits to rounding; the
   * state dict no longer matches a bundle's and train() is refused afterwards.
   */
  void prepareForInference();
  void train(bool on = true) override;

  CompactOptions options;
  bool inferenceOnly = false;
  TextEncoder text{nullptr};
  torch::nn::Sequential stem{nullptr};
  torch::nn::ModuleList stages{nullptr};
  torch::nn::ModuleList lateral{nullptr};
  torch::nn::ModuleList smooth{nullptr};
  torch::nn::Sequential head{nullptr};
};
TORCH_MODULE(CompactNet);

/** The number of trainable parameters of a module. */
int64_t parameterCount(const torch::nn::Module& module);

}  // namespace rrsis::nets
