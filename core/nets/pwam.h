#pragma once
#include <cstdint>

#include <torch/torch.h>

namespace rrsis::nets {

/**
 * LAVT's spatial image-language attention: every pixel (query, instance-normalised) attends
 * over the words (keys and values, padding masked out), the result projected and
 * instance-normalised. Names as the official module: f_query.0, f_key.0, f_value.0, W.0.
 */
struct SpatialImageLanguageAttentionImpl : torch::nn::Module {
  SpatialImageLanguageAttentionImpl(int64_t visualChannels, int64_t textChannels, int64_t keyChannels,
                                    int64_t valueChannels, int64_t outChannels, int64_t heads);
  /** x [B, HW, Cv]; l [B, Ct, L]; lMask [B, L, 1] (1 = word, 0 = padding) -> [B, HW, out]. */
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& l, const torch::Tensor& lMask);
  int64_t keyChannels, valueChannels, heads;
  torch::nn::Sequential f_query{nullptr}, f_key{nullptr}, f_value{nullptr}, W{nullptr};
};
TORCH_MODULE(SpatialImageLanguageAttention);

/**
 * Pixel-word attention module (PWAM): the visual projection multiplied element-wise with the
 * language attention, then projected (vis_project.0, image_lang_att, project_mm.0).
 */
struct PWAMImpl : torch::nn::Module {
  PWAMImpl(int64_t dim, int64_t textChannels, int64_t heads);
  /** x [B, HW, dim] -> [B, HW, dim]. */
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& l, const torch::Tensor& lMask);
  torch::nn::Sequential vis_project{nullptr}, project_mm{nullptr};
  SpatialImageLanguageAttention image_lang_att{nullptr};
};
TORCH_MODULE(PWAM);

/**
 * The language gate of LAVT's stages: Linear, ReLU, Linear, Tanh, both without bias
 * (names "0.weight", "2.weight"), multiplied with what it gates by the caller.
 */
torch::nn::Sequential languageGate(int64_t dim);

}  // namespace rrsis::nets
