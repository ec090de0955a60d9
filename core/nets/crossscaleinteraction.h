#pragma once
#include <cstdint>
#include <vector>

#include <torch/torch.h>

namespace rrsis::nets {

/** Linear without bias ("c") then BatchNorm1d over all tokens ("bn"). */
struct LinearBNImpl : torch::nn::Module {
  LinearBNImpl(int64_t in, int64_t out);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Linear c{nullptr};
  torch::nn::BatchNorm1d bn{nullptr};
};
TORCH_MODULE(LinearBN);

/**
 * The attention inside RMSIN's cross-scale attention: every token of the concatenated
 * scales attends over all of them (8 heads, key 32, value 64), the result projected from the
 * number of tokens (`attTokens`) down to those of the deepest scale (`imgTokens`) by "proj"
 * (hence the dependence on the input size) plus a depth-wise conv of the values. The
 * official reshapes that mix heads and positions are kept as they are.
 */
struct CimAttentionImpl : torch::nn::Module {
  CimAttentionImpl(int64_t dim, int64_t imgTokens, int64_t attTokens);
  torch::Tensor forward(const torch::Tensor& x);
  int64_t heads = 8, keyDim = 32, valueDim = 64, imgTokens;
  LinearBN qkv{nullptr};
  torch::nn::Sequential parallel_conv{nullptr};
  torch::nn::Linear to_out{nullptr}, proj{nullptr};
};
TORCH_MODULE(CimAttention);

/** CrossScaleAttention: the map with two strided depth-wise views of it, attended together. */
struct CrossScaleAttentionImpl : torch::nn::Module {
  CrossScaleAttentionImpl(int64_t dim, int64_t side);
  torch::Tensor forward(const torch::Tensor& x);
  int64_t side;
  torch::nn::BatchNorm2d bn1{nullptr}, bn4{nullptr};
  torch::nn::Sequential DWConv1{nullptr}, DWConv2{nullptr};
  CimAttention attention{nullptr};
  torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(CrossScaleAttention);

/** RMSIN's convolutional feed-forward: bn1, 1x1 conv1, bn2, grouped 3x3 conv2, ReLU6, 1x1 conv3. */
struct CimFeedForwardImpl : torch::nn::Module {
  CimFeedForwardImpl(int64_t dim, int64_t hidden);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
  torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
};
TORCH_MODULE(CimFeedForward);

/** The scale-aware gate that merges a stage's map with its share of the interaction's output. */
struct ScaleAwareGateImpl : torch::nn::Module {
  explicit ScaleAwareGateImpl(int64_t channels);
  torch::Tensor forward(const torch::Tensor& local, const torch::Tensor& global);
  torch::nn::Conv2d local_embedding{nullptr}, global_embedding{nullptr}, global_act{nullptr};
  torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
};
TORCH_MODULE(ScaleAwareGate);

/**
 * One CIMBlock: residual cross-scale attention, residual per-scale feed-forward, residual
 * cross-scale attention, residual feed-forward (each residual's module is its "m").
 */
struct CimBlockImpl : torch::nn::Module {
  CimBlockImpl(int64_t dim, const std::vector<int64_t>& channels, int64_t side);
  torch::Tensor forward(const torch::Tensor& x);
  std::vector<int64_t> split;
  CrossScaleAttention csa1{nullptr}, csa2{nullptr};
  std::vector<CimFeedForward> intra;
  CimFeedForward ff{nullptr};
};
TORCH_MODULE(CimBlock);

/**
 * RMSIN's cross-scale interaction module ("cim"): the four stage outputs pooled to the
 * deepest one's size, concatenated, reduced to a quarter, one CIMBlock, expanded again, split
 * per stage and merged back into each stage by a scale-aware gate. `side` is the deepest
 * map's side (15 at 480 px, 28 at 896 px as RemoteSAM): the attention's shapes follow it.
 */
struct CrossScaleInteractionImpl : torch::nn::Module {
  CrossScaleInteractionImpl(const std::vector<int64_t>& channels, int64_t side);
  std::vector<torch::Tensor> forward(const std::vector<torch::Tensor>& stages);
  std::vector<int64_t> channels;
  int64_t side;
  torch::nn::Conv2d down_channel{nullptr}, up_channel{nullptr};
  torch::nn::ModuleList block{nullptr}, fusion{nullptr};
  torch::nn::BatchNorm2d bn{nullptr};
};
TORCH_MODULE(CrossScaleInteraction);

/** The four stage maps average-pooled to the deepest one's size and concatenated by channel. */
torch::Tensor poolToDeepest(const std::vector<torch::Tensor>& stages);

/** Each stage merged with its channel share of `enhanced` by its scale-aware gate in `gates`. */
std::vector<torch::Tensor> gateBack(const std::vector<torch::Tensor>& stages, const torch::Tensor& enhanced,
                                    const std::vector<int64_t>& channels, torch::nn::ModuleList gates);

/** Tokens of CrossScaleAttention's concatenation for a deepest map of `side`: side^2 + the two strided views. */
int64_t crossScaleTokens(int64_t side);

}  // namespace rrsis::nets
