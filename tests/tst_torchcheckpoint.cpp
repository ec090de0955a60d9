// PyTorch checkpoints read without Python (tests/data/checkpoints, made by
// tests/make_test_checkpoints.py with python3-torch): every tensor with its dtype, shape and
// values, views of a shared storage, parameters, the separate BERT dict, training arguments
// as plain text; a pickle that asks to run os.system is refused, and so are the legacy
// format and damaged files, with messages and without crashing.
#include <sys/resource.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include "nets/torchcheckpoint.h"

using namespace rrsis::nets;

namespace {
const QString kData = QStringLiteral(RRSIS_SOURCE_DIR "/tests/data/checkpoints/");
}

class TestTorchCheckpoint : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void officialLayout_readsEveryTensorAndTheArguments() {
    TorchCheckpoint c;
    std::string error;
    QVERIFY2(readTorchCheckpoint((kData + "official_like.pth").toStdString(), &c, &error), error.c_str());
    const torch::Tensor base = torch::arange(12, torch::kFloat).reshape({3, 4});
    QVERIFY(torch::equal(c.tensors.at("model.module.backbone.patch_embed.proj.weight"), base));
    QVERIFY(torch::equal(c.tensors.at("model.module.backbone.layers.0.row"), base[1]));
    QVERIFY(torch::equal(c.tensors.at("model.module.transposed"), base.t()));
    QVERIFY(torch::allclose(c.tensors.at("model.module.classifier.bias"), torch::tensor({0.5f, -1.5f})));
    QCOMPARE(c.tensors.at("model.module.half").scalar_type(), torch::kHalf);
    QCOMPARE(c.tensors.at("model.module.half")[1].item<float>(), 2.5f);
    QCOMPARE(c.tensors.at("model.module.count").scalar_type(), torch::kLong);
    QCOMPARE(c.tensors.at("model.module.count")[1].item<std::int64_t>(), std::int64_t(-4));
    QCOMPARE(c.tensors.at("model.module.flags").scalar_type(), torch::kBool);
    QCOMPARE(c.tensors.at("bert_model.embeddings.word_embeddings.weight").sizes().vec(),
             std::vector<std::int64_t>({2, 3}));
    QVERIFY(c.tensors.count("bert_model.encoder.layer.0.output.dense.bias"));
    // Optimizer state is keyed by parameter numbers: not part of any named tensor.
    for (const auto& [name, t] : c.tensors) QVERIFY2(name.rfind("optimizer.state", 0) != 0, name.c_str());
    QCOMPARE(QString::fromStdString(c.arguments.at("args.img_size")), QString("480"));
    QCOMPARE(QString::fromStdString(c.arguments.at("args.window12")), QString("False"));
    QCOMPARE(QString::fromStdString(c.arguments.at("args.swin_type")), QString("base"));
    QCOMPARE(QString::fromStdString(c.arguments.at("args.ck_bert")), QString("None"));
    QCOMPARE(QString::fromStdString(c.values.at("epoch")), QString("39"));
  }

  void hostilePickle_isRefusedNamingWhatItAsked() {
    TorchCheckpoint c;
    std::string error;
    QVERIFY(!readTorchCheckpoint((kData + "hostile.pth").toStdString(), &c, &error));
    QVERIFY2(QString::fromStdString(error).contains("system"), error.c_str());
    QVERIFY2(QString::fromStdString(error).contains("refused"), error.c_str());
  }

  void legacyFormat_andDamagedFiles_areClearErrors() {
    TorchCheckpoint c;
    std::string error;
    QVERIFY(!readTorchCheckpoint((kData + "legacy.pth").toStdString(), &c, &error));
    QVERIFY2(QString::fromStdString(error).contains("not a ZIP archive"), error.c_str());
    QVERIFY(!readTorchCheckpoint("/nonexistent/model.pth", &c, &error));
    QVERIFY2(QString::fromStdString(error).contains("cannot open"), error.c_str());

    QFile f(kData + "official_like.pth");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QTemporaryDir dir;
    // Cut anywhere, or one byte flipped anywhere: an error or a correct read, never a crash.
    for (int cut = 0; cut < bytes.size(); cut += 97) {
      const QString path = dir.filePath(QStringLiteral("cut%1.pth").arg(cut));
      QFile out(path);
      QVERIFY(out.open(QIODevice::WriteOnly));
      out.write(bytes.left(cut));
      out.close();
      QVERIFY(!readTorchCheckpoint(path.toStdString(), &c, &error));
      QVERIFY(!error.empty());
    }
    int read = 0, refused = 0;
    for (int at = 0; at < bytes.size(); at += 13) {
      QByteArray damaged = bytes;
      damaged[at] = char(damaged[at] ^ 0x5A);
      const QString path = dir.filePath(QStringLiteral("flip%1.pth").arg(at));
      QFile out(path);
      QVERIFY(out.open(QIODevice::WriteOnly));
      out.write(damaged);
      out.close();
      (readTorchCheckpoint(path.toStdString(), &c, &error) ? read : refused)++;
    }
    QVERIFY(refused > 0);
    QVERIFY(read > 0);  // flips inside tensor bytes only change values
  }

  void hugeDeclaredEntry_isRefusedBeforeAnythingIsAllocated() {
    // official_like.pth with its data.pkl declared compressed and 1 GB long in the central
    // directory, as a fuzzer made it: refused by what the file holds, with no 1 GB buffer made
    // first (the peak resident memory stays where it was).
    QFile f(kData + "official_like.pth");
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    const QByteArray name = "data.pkl";
    int at = -1;
    for (int p = bytes.indexOf("PK\x01\x02"); p >= 0; p = bytes.indexOf("PK\x01\x02", p + 4)) {
      const int nameLength = quint8(bytes[p + 28]) | quint8(bytes[p + 29]) << 8;
      if (bytes.mid(p + 46, nameLength).endsWith(name)) at = p;
    }
    QVERIFY(at >= 0);
    bytes[at + 10] = 8;  // method: deflate
    bytes[at + 11] = 0;
    for (int i = 0; i < 4; ++i) bytes[at + 24 + i] = char(i == 3 ? 0x40 : 0);  // uncompressed size 1 GB
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.pth"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    TorchCheckpoint c;
    std::string error;
    QVERIFY(!readTorchCheckpoint(path.toStdString(), &c, &error));
    QVERIFY2(QString::fromStdString(error).contains("compressed"), error.c_str());
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    QVERIFY2(after.ru_maxrss - before.ru_maxrss < 256 * 1024,  // kilobytes
             qPrintable(QStringLiteral("peak memory grew by %1 MB").arg((after.ru_maxrss - before.ru_maxrss) / 1024)));
  }
};

QTEST_GUILESS_MAIN(TestTorchCheckpoint)
#include "tst_torchcheckpoint.moc"
