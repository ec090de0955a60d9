#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "nets/crossscaleinteraction.h"
#include "nets/fianetmodules.h"
#include "nets/pwam.h"
#include "nets/swinblocks.h"
#include "nets/variousreceptive.h"

namespace rrsis::nets {

/** Sizes of the language-aware Swin backbone (Swin-B window 12 by default, as the papers use). */
struct SwinOptions {
  int64_t embedDim = 128;
  std::vector<int64_t> depths{2, 2, 18, 2};
  std::vector<int64_t> heads{4, 8, 16, 32};
  int64_t window = 12;
  double mlpRatio = 4.0;
  std::vector<int64_t> fusionHeads{1, 1, 1, 1};  ///< PWAM heads per stage (LAVT's --mha)
  int64_t textDim = 768;                         ///< width of the word features (BERT hidden size)
  bool variousReceptive = false;                 ///< RMSIN: the gated intra-scale branch in every stage
  int64_t cimSide = 0;                           ///< RMSIN: the deepest map's side for the cross-scale module; 0 none
  bool fianet = false;     ///< FIANet: channel modulation, context attention and OPAB in every stage
  int64_t tmemBlocks = 0;  ///< FIANet: blocks of the text-aware enhancement module; 0 none
  /** Empty when usable, else what is wrong. */
  std::string validate() const;
  /** Channels of stage i's output: embedDim * 2^i. */
  int64_t stageDim(size_t i) const { return embedDim << i; }
  /** The named Swin sizes: "tiny", "small", "base", "large" (window left as it is). */
  static bool fromName(const std::string& name, SwinOptions& out);
};

/** Swin's patch embedding: a strided "proj" convolution and the "norm" LayerNorm. */
struct PatchEmbedImpl : torch::nn::Module {
  PatchEmbedImpl(int64_t patch, int64_t inChannels, int64_t dim);
  /** [B,3,H,W] (padded to whole patches) -> [B, dim, H/4, W/4]. */
  torch::Tensor forward(const torch::Tensor& x);
  int64_t patch, dim;
  torch::nn::Conv2d proj{nullptr};
  torch::nn::LayerNorm norm{nullptr};
};
TORCH_MODULE(PatchEmbed);

/**
 * The word features a backbone attends over, each [B, textDim, L] with its mask [B, L, 1]:
 * the whole expression (l), and for FIANet also its object words (t) and position words (p).
 */
struct LanguageFeatures {
  torch::Tensor l, lMask, t, tMask, p, pMask;
};

/** What one stage hands on: its (fused) output for the decoder and the input of the next. */
struct StageOutput {
  torch::Tensor out;  ///< [B, H*W, C] before the output norm
  int64_t H, W;
  torch::Tensor next;  ///< [B, H'*W', C'] after patch merging (or `out`'s stage input at the last)
  int64_t nextH, nextW;
};

/**
 * One stage of LAVT's multi-modal Swin (MMBasicLayer): the Swin blocks, pixel-word
 * attention ("fusion"), the gated residual ("res_gate"), then patch merging ("downsample",
 * absent in the last stage). The stage's output is the fused residual. With RMSIN's
 * options also the intra-scale branch ("visual_residual") and its gate ("visual_gate").
 */
struct MultiModalStageImpl : torch::nn::Module {
  MultiModalStageImpl(const SwinOptions& options, size_t index);
  StageOutput forward(const torch::Tensor& x, int64_t H, int64_t W, const LanguageFeatures& lang);
  int64_t window;
  torch::nn::ModuleList blocks{nullptr};
  PWAM fusion{nullptr};
  torch::nn::Sequential res_gate{nullptr}, visual_gate{nullptr};
  VariousReceptive visual_residual{nullptr};
  // FIANet's stage (in place of fusion and res_gate): fc1/fc2 channel modulation,
  // context_pixel_attn (a PWAM), context_tanh_gate and object_position_align_blk.
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
  PWAM context_pixel_attn{nullptr};
  torch::nn::Sequential context_tanh_gate{nullptr};
  ObjectPositionAlign object_position_align_blk{nullptr};
  PatchMerging downsample{nullptr};
};
TORCH_MODULE(MultiModalStage);

/**
 * LAVT's MultiModalSwinTransformer: patch embedding, four multi-modal stages, an output norm
 * per stage ("norm0".."norm3"); with RMSIN's options the cross-scale interaction ("cim") over
 * the four outputs. Any input size works (padding to whole patches and windows), except that
 * the cross-scale module needs the deepest map of the size it was built for.
 */
struct MultiModalSwinImpl : torch::nn::Module {
  explicit MultiModalSwinImpl(const SwinOptions& options);
  /** image [B,3,H,W]; l [B, textDim, L]; lMask [B, L, 1] -> four maps [B, C_i, H_i, W_i]. */
  std::vector<torch::Tensor> forward(const torch::Tensor& image, const torch::Tensor& l, const torch::Tensor& lMask);
  std::vector<torch::Tensor> forward(const torch::Tensor& image, const LanguageFeatures& lang);
  SwinOptions options;
  PatchEmbed patch_embed{nullptr};
  torch::nn::ModuleList layers{nullptr};
  std::vector<torch::nn::LayerNorm> norms;
  CrossScaleInteraction cim{nullptr};
  TextAwareEnhancement tmem{nullptr};
};
TORCH_MODULE(MultiModalSwin);

}  // namespace rrsis::nets
