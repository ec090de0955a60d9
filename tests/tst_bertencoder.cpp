// The BERT encoder of the LAVT family in core/nets: the official state_dict names, a forward
// pinned by golden values this project generated (tests/data/bert, a tiny configuration),
// padding that changes nothing at real tokens, and BERT-base's parameter count. Parity with
// LAVT's own BERT code was measured outside the repository (see the issue notes).
#include <QtTest>

#include <torch/torch.h>

#include "nets/bertencoder.h"
#include "nets/safetensors.h"
#include "nets/statedict.h"

using namespace rrsis::nets;

namespace {

BertOptions tiny() {
  BertOptions o;
  o.vocabSize = 40;
  o.hiddenSize = 16;
  o.layers = 2;
  o.heads = 2;
  o.intermediateSize = 24;
  o.maxPositions = 12;
  return o;
}

}  // namespace

class TestBertEncoder : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void stateDict_usesTheOfficialNames() {
    BertEncoder bert(tiny());
    const TensorMap s = stateDict(*bert);
    QCOMPARE(int(s.size()), 5 + 2 * 16);
    for (const char* key :
         {"embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight",
          "embeddings.token_type_embeddings.weight", "embeddings.LayerNorm.weight",
          "encoder.layer.1.attention.self.query.weight", "encoder.layer.1.attention.self.key.bias",
          "encoder.layer.1.attention.self.value.weight", "encoder.layer.1.attention.output.dense.weight",
          "encoder.layer.1.attention.output.LayerNorm.bias", "encoder.layer.1.intermediate.dense.weight",
          "encoder.layer.1.output.dense.bias", "encoder.layer.1.output.LayerNorm.weight"})
      QVERIFY2(s.count(key), key);
  }

  void forward_matchesTheGoldenValues() {
    TensorMap golden;
    std::string error;
    QVERIFY2(readSafetensors(RRSIS_SOURCE_DIR "/tests/data/bert/tiny_bert_golden.safetensors", golden, nullptr, &error),
             error.c_str());
    TensorMap weights;
    for (const auto& [k, v] : golden)
      if (k.rfind("model.", 0) == 0) weights[k.substr(6)] = v;
    BertEncoder bert(tiny());
    QVERIFY2(loadStateDict(*bert, weights, &error), error.c_str());
    torch::NoGradGuard noGrad;
    const torch::Tensor out = bert->forward(golden.at("ids"), golden.at("mask"));
    QCOMPARE(out.sizes().vec(), std::vector<int64_t>({2, 9, 16}));
    QVERIFY((out - golden.at("out")).abs().max().item<double>() < 1e-5);
  }

  void padding_changesNothingAtRealTokens() {
    torch::manual_seed(3);
    BertEncoder bert(tiny());
    torch::NoGradGuard noGrad;
    auto ids = torch::randint(0, 40, {1, 8}, torch::kLong);
    auto mask = torch::ones({1, 8}, torch::kLong);
    mask.index_put_({0, torch::indexing::Slice(5)}, 0);
    const auto a = bert->forward(ids, mask);
    auto other = ids.clone();
    other.index_put_({0, torch::indexing::Slice(5)}, 7);
    const auto b = bert->forward(other, mask);
    QVERIFY(torch::allclose(a.slice(1, 0, 5), b.slice(1, 0, 5), 1e-5, 1e-6));
  }

  void bertBase_hasTheOfficialParameterCount() {
    BertEncoder bert;  // BERT-base, as LAVT builds it (pooler removed)
    int64_t n = 0;
    for (const auto& p : bert->parameters()) n += p.numel();
    QCOMPARE(n, int64_t(108891648));
  }
};

QTEST_GUILESS_MAIN(TestBertEncoder)
#include "tst_bertencoder.moc"
