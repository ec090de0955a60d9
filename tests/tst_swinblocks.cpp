// Swin Transformer building blocks in core/nets (window attention with relative position
// bias, shifted windows with the official mask, padding to whole windows, patch merging):
// the official state_dict names, the relative position table of window 12 (529 rows, which
// tells window-12 checkpoints apart), the mask, and a forward pinned by golden values this
// project generated (tests/data/swin). Parity with LAVT's backbone code was measured outside
// the repository (see the issue notes).
#include <QtTest>

#include <torch/torch.h>

#include "nets/safetensors.h"
#include "nets/statedict.h"
#include "nets/swinblocks.h"

using namespace rrsis::nets;

class TestSwinBlocks : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void names_andTheWindow12Table() {
    SwinBlock block(32, 4, 12, 6);
    const TensorMap s = stateDict(*block);
    for (const char* key :
         {"norm1.weight", "attn.relative_position_bias_table", "attn.relative_position_index", "attn.qkv.weight",
          "attn.qkv.bias", "attn.proj.weight", "norm2.bias", "mlp.fc1.weight", "mlp.fc2.bias"})
      QVERIFY2(s.count(key), key);
    QCOMPARE(s.at("attn.relative_position_bias_table").sizes().vec(), std::vector<int64_t>({529, 4}));
    QCOMPARE(s.at("attn.relative_position_index").sizes().vec(), std::vector<int64_t>({144, 144}));
    QCOMPARE(s.at("attn.relative_position_index").max().item<int64_t>(), int64_t(528));
    PatchMerging merge(32);
    const TensorMap m = stateDict(*merge);
    QCOMPARE(m.at("reduction.weight").sizes().vec(), std::vector<int64_t>({64, 128}));
    QVERIFY(!m.count("reduction.bias"));
  }

  void shiftedMask_separatesTheRegionsOfEachWindow() {
    const torch::Tensor mask = shiftedWindowMask(8, 8, 4, 2, torch::kFloat);
    QCOMPARE(mask.sizes().vec(), std::vector<int64_t>({4, 16, 16}));
    QCOMPARE(mask[0].abs().sum().item<double>(), 0.0);    // the first window holds one region
    QVERIFY(mask[3].eq(-100).sum().item<int64_t>() > 0);  // the corner window holds four
    QVERIFY(torch::equal(mask, mask.transpose(1, 2)));
  }

  void forward_matchesTheGoldenValues() {
    TensorMap golden;
    std::string error;
    QVERIFY2(
        readSafetensors(RRSIS_SOURCE_DIR "/tests/data/swin/swin_blocks_golden.safetensors", golden, nullptr, &error),
        error.c_str());
    const int64_t dim = 16, heads = 2, w = 4, H = 9, W = 10;  // 9 x 10: padded to 12 x 12
    SwinBlock b0(dim, heads, w, 0), b1(dim, heads, w, w / 2);
    PatchMerging merge(dim);
    const std::pair<const char*, torch::nn::Module*> parts[] = {
        {"blk0", b0.get()}, {"blk1", b1.get()}, {"merge", merge.get()}};
    for (const auto& [name, module] : parts) {
      TensorMap t;
      const std::string prefix = std::string("model.") + name + ".";
      for (const auto& [k, v] : golden)
        if (k.rfind(prefix, 0) == 0) t[k.substr(prefix.size())] = v;
      QVERIFY2(loadStateDict(*module, t, &error), error.c_str());
    }
    torch::NoGradGuard noGrad;
    const auto y = b1->forward(b0->forward(golden.at("x"), H, W, torch::Tensor()), H, W,
                               shiftedWindowMask(H, W, w, w / 2, torch::kFloat));
    QVERIFY((y - golden.at("y")).abs().max().item<double>() < 1e-5);
    const auto z = merge->forward(y, H, W);
    QCOMPARE(z.sizes().vec(), std::vector<int64_t>({2, 25, 32}));  // 9 x 10 -> 5 x 5, padded
    QVERIFY((z - golden.at("z")).abs().max().item<double>() < 1e-5);
  }
};

QTEST_GUILESS_MAIN(TestSwinBlocks)
#include "tst_swinblocks.moc"
