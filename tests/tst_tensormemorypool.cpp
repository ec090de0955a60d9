// TensorMemoryPool as LibTorch's CPU allocator: freed tensor memory is reused, small tensors
// and tensors from before the pool are unaffected, results of real computations do not
// change, the limit and releaseCached() give memory back, and threads can share it.
#include <QtTest>

#include <thread>

#include <torch/torch.h>

#include "nets/compactnet.h"
#include "nets/tensormemorypool.h"

using rrsis::nets::TensorMemoryPool;

namespace {
constexpr int64_t kMegabyteFloats = 256 * 1024;  // 1 MB of fp32

torch::Tensor tinyNetForward(rrsis::nets::CompactNet& net) {
  torch::manual_seed(3);
  const auto image = torch::randn({1, 3, 64, 64});
  const auto ids = torch::randint(1, 50, {1, 6}, torch::kLong);
  const auto mask = torch::ones({1, 6}, torch::kLong);
  c10::InferenceMode guard;
  return net->forward(image, ids, mask).clone();
}

rrsis::nets::CompactNet tinyNet() {
  rrsis::nets::CompactOptions o;
  o.vocabSize = 60;
  o.maxTokens = 6;
  o.textDim = 16;
  o.textHeads = 2;
  o.textLayers = 1;
  o.widths = {8, 16, 24, 32};
  o.decoderDim = 16;
  torch::manual_seed(1);
  rrsis::nets::CompactNet net(o);
  net->eval();
  return net;
}
}  // namespace

class TestTensorMemoryPool : public QObject {
  Q_OBJECT

  rrsis::nets::CompactNet net_{nullptr};
  torch::Tensor referenceLogits_;  // computed with LibTorch's own allocator
  torch::Tensor beforePool_;       // allocated before the pool was installed

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(!TensorMemoryPool::installed());
    net_ = tinyNet();
    referenceLogits_ = tinyNetForward(net_);
    beforePool_ = torch::full({kMegabyteFloats}, 5.0f);
    TensorMemoryPool::install();
    TensorMemoryPool::install();  // a second call changes nothing
    QVERIFY(TensorMemoryPool::installed());
  }

  void freedBlock_isReusedForTheNextTensorOfItsSize() {
    TensorMemoryPool::releaseCached();
    const auto before = TensorMemoryPool::stats();
    void* first = nullptr;
    {
      auto t = torch::empty({kMegabyteFloats});
      first = t.data_ptr();
      QCOMPARE(TensorMemoryPool::stats().liveBytes, before.liveBytes + 1024 * 1024);
    }
    QCOMPARE(TensorMemoryPool::stats().cachedBytes, before.cachedBytes + 1024 * 1024);
    auto again = torch::empty({kMegabyteFloats - 100});  // a little smaller: same block size
    QCOMPARE(again.data_ptr(), first);
    QCOMPARE(TensorMemoryPool::stats().reused, before.reused + 1);
    QCOMPARE(TensorMemoryPool::stats().fresh, before.fresh + 1);
  }

  void reusedBlock_stillGivesZerosWhereZerosAreAsked() {
    TensorMemoryPool::releaseCached();
    { auto dirty = torch::full({kMegabyteFloats}, 7.0f); }
    const auto reusedBefore = TensorMemoryPool::stats().reused;
    auto zeros = torch::zeros({kMegabyteFloats});
    QCOMPARE(TensorMemoryPool::stats().reused, reusedBefore + 1);
    QCOMPARE(zeros.abs().max().item<float>(), 0.0f);
  }

  void smallTensors_goToMallocAndAreNotCounted() {
    const auto before = TensorMemoryPool::stats();
    {
      auto small = torch::ones({1000});  // 4 KB
      QCOMPARE(small.sum().item<float>(), 1000.0f);
      QCOMPARE(TensorMemoryPool::stats().liveBytes, before.liveBytes);
    }
    QCOMPARE(TensorMemoryPool::stats().cachedBytes, before.cachedBytes);
    QCOMPARE(TensorMemoryPool::stats().fresh, before.fresh);
  }

  void tensorFromBeforeThePool_keepsItsValuesAndIsFreedByItsOwnAllocator() {
    const auto before = TensorMemoryPool::stats();
    QCOMPARE(beforePool_.sum().item<double>(), 5.0 * kMegabyteFloats);
    beforePool_ = torch::Tensor();  // freed by LibTorch's default deleter
    QCOMPARE(TensorMemoryPool::stats().cachedBytes, before.cachedBytes);
  }

  void network_givesTheSameLogitsAsWithLibTorchsAllocator() {
    for (int run = 0; run < 3; ++run) {  // the later runs take their memory from the cache
      const auto logits = tinyNetForward(net_);
      QVERIFY(torch::equal(logits, referenceLogits_));
    }
    QVERIFY(TensorMemoryPool::stats().reused > 0);
  }

  void limit_sendsFreedBlocksBackToTheSystem() {
    const auto limit = TensorMemoryPool::limitBytes();
    QVERIFY(limit >= std::size_t(1) << 30);
    { auto t = torch::empty({4 * kMegabyteFloats}); }
    QVERIFY(TensorMemoryPool::stats().cachedBytes >= 4u * 1024 * 1024);
    TensorMemoryPool::setLimitBytes(1024 * 1024);  // below what is cached: the cache empties
    QCOMPARE(TensorMemoryPool::stats().cachedBytes, std::size_t(0));
    { auto t = torch::empty({4 * kMegabyteFloats}); }  // 4 MB > 1 MB: not kept
    QCOMPARE(TensorMemoryPool::stats().cachedBytes, std::size_t(0));
    TensorMemoryPool::setLimitBytes(limit);
  }

  void releaseCached_emptiesTheCacheAndLeavesLiveTensorsAlone() {
    auto live = torch::full({2 * kMegabyteFloats}, 3.0f);
    { auto freed = torch::empty({3 * kMegabyteFloats}); }
    QVERIFY(TensorMemoryPool::stats().cachedBytes > 0);
    TensorMemoryPool::releaseCached();
    QCOMPARE(TensorMemoryPool::stats().cachedBytes, std::size_t(0));
    QCOMPARE(live.sum().item<double>(), 6.0 * kMegabyteFloats);
    QCOMPARE(TensorMemoryPool::stats().liveBytes >= 2u * 1024 * 1024, true);
  }

  void impossibleTensor_failsWithAMessageAndThePoolGoesOn() {
    const auto live = TensorMemoryPool::stats().liveBytes;
    try {
      auto huge = torch::empty({int64_t(1) << 46});  // 256 TB
      QFAIL("a 256 TB tensor was allocated");
    } catch (const c10::Error& e) {
      QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("not enough memory")), e.what());
    }
    QCOMPARE(TensorMemoryPool::stats().liveBytes, live);
    auto fine = torch::ones({kMegabyteFloats});
    QCOMPARE(fine.sum().item<double>(), double(kMegabyteFloats));
  }

  void twoThreads_allocateAndFreeTogether() {
    std::atomic<int> wrong{0};
    auto work = [&wrong](float value) {
      for (int i = 0; i < 200; ++i) {
        auto t = torch::full({kMegabyteFloats + (i % 7) * 1000}, value);
        if (t.max().item<float>() != value || t.min().item<float>() != value) ++wrong;
      }
    };
    std::thread a(work, 1.0f), b(work, 2.0f);
    a.join();
    b.join();
    QCOMPARE(wrong.load(), 0);
  }
};

QTEST_GUILESS_MAIN(TestTensorMemoryPool)
#include "tst_tensormemorypool.moc"
