// The training building blocks in core/nets: AdamW against the published update rule, and
// the bf16 autocast scope turning itself on and back off.
#include <cmath>

#include <ATen/autocast_mode.h>
#include <QTest>
#include <torch/torch.h>

#include "nets/adamw.h"
#include "nets/autocastscope.h"

using namespace rrsis;

namespace {

struct Tiny : torch::nn::Module {
  torch::Tensor weight, bias, pos;
  Tiny() {
    weight = register_parameter("weight", torch::tensor({{1.0f, -2.0f}, {0.5f, 3.0f}}));
    bias = register_parameter("bias", torch::tensor({0.25f, -0.75f}));
    pos = register_parameter("pos_table", torch::tensor({{0.1f, 0.2f}}));
  }
};

}  // namespace

class TestOptim : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void adamw_followsTheDecoupledUpdateRule() {
    Tiny m;
    nets::AdamW opt(m);
    QCOMPARE(int(opt.params.size()), 3);
    // Decay on matrices only: not on the bias (1-D) nor on a position table ("pos").
    QCOMPARE(opt.decay, (std::vector<bool>{true, false, false}));
    const double lr = 0.1, wd = 0.01;
    torch::Tensor w0 = m.weight.detach().clone(), b0 = m.bias.detach().clone();
    for (int step = 1; step <= 2; ++step) {
      opt.zeroGrad();
      const torch::Tensor loss = (m.weight * m.weight).sum() + (3 * m.bias).sum() + m.pos.sum();
      loss.backward();
      opt.update(lr, wd);
    }
    // By hand: g_w = 2w, g_b = 3; m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
    // w <- w (1 - lr wd) - lr m/(1-b1^t) / (sqrt(v/(1-b2^t)) + eps).
    const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    auto expect = [&](double w, double gradScale, bool decay, bool quadratic) {
      double mm = 0, vv = 0;
      for (int t = 1; t <= 2; ++t) {
        const double g = quadratic ? 2 * w : gradScale;
        if (decay) w *= 1 - lr * wd;
        mm = b1 * mm + (1 - b1) * g;
        vv = b2 * vv + (1 - b2) * g * g;
        w -= lr * (mm / (1 - std::pow(b1, t))) / (std::sqrt(vv / (1 - std::pow(b2, t))) + eps);
      }
      return w;
    };
    for (int i = 0; i < 4; ++i) {
      const double got = m.weight.view(-1)[i].item<double>();
      const double want = expect(w0.view(-1)[i].item<double>(), 0, true, true);
      QVERIFY2(std::abs(got - want) < 1e-5, qPrintable(QString("%1 vs %2").arg(got).arg(want)));
    }
    for (int i = 0; i < 2; ++i) {
      const double got = m.bias[i].item<double>();
      const double want = expect(b0[i].item<double>(), 3, false, false);
      QVERIFY2(std::abs(got - want) < 1e-5, qPrintable(QString("%1 vs %2").arg(got).arg(want)));
    }
    QCOMPARE(opt.step, 2LL);
  }

  void autocastScope_enablesBf16_andRestores() {
    QVERIFY(!at::autocast::is_cpu_enabled());
    {
      nets::AutocastScope on(true, false);
      QVERIFY(at::autocast::is_cpu_enabled());
      QCOMPARE(at::autocast::get_autocast_cpu_dtype(), at::kBFloat16);
      const torch::Tensor a = torch::ones({4, 4}), b = torch::ones({4, 4});
      QCOMPARE(torch::mm(a, b).scalar_type(), at::kBFloat16);  // matmul runs in bf16
    }
    QVERIFY(!at::autocast::is_cpu_enabled());
    {
      nets::AutocastScope off(false, false);
      QVERIFY(!at::autocast::is_cpu_enabled());
      QCOMPARE(torch::mm(torch::ones({2, 2}), torch::ones({2, 2})).scalar_type(), at::kFloat);
    }
  }
};

QTEST_GUILESS_MAIN(TestOptim)
#include "tst_optim.moc"
