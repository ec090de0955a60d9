#include "colourrulesegmenter.h"

#include <chrono>
#include <thread>

#include <QDir>
#include <QFile>

#include "text/wordpiecetokenizer.h"

namespace rrsis::test {

namespace {

class ColourRuleSegmenter final : public Segmenter {
 public:
  ColourRuleSegmenter(ModelManifest manifest, std::unique_ptr<Tokenizer> tokenizer, int delayMs)
      : Segmenter(std::move(manifest), std::move(tokenizer), nullptr), delayMs_(delayMs) {}

 protected:
  Result<std::vector<cv::Mat>> forward(const std::vector<cv::Mat>& chips, const TokenizedText&,
                                       PredictTiming*) const override {
    if (delayMs_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delayMs_));
    std::vector<cv::Mat> maps;
    for (const cv::Mat& chip : chips) {
      cv::Mat p(chip.size(), CV_32F, cv::Scalar(0));
      for (int y = 0; y < chip.rows; ++y)
        for (int x = 0; x < chip.cols; ++x) {
          const cv::Vec3b& rgb = chip.at<cv::Vec3b>(y, x);
          if (rgb[0] > 150 && rgb[1] < 100 && rgb[2] < 100) p.at<float>(y, x) = 1.0f;
        }
      maps.push_back(p);
    }
    return maps;
  }

  void describeRuntime(ModelInfo& info) const override {
    info.device = QStringLiteral("CPU");
    info.threads = 1;
    info.precision = QStringLiteral("fp32");
  }

 private:
  int delayMs_;
};

}  // namespace

Result<std::unique_ptr<Segmenter>> makeColourRuleSegmenter(const QString& folder, int delayMs) {
  using R = Result<std::unique_ptr<Segmenter>>;
  const QString vocab = QDir(folder).filePath(QStringLiteral("colour-rule-vocab.txt"));
  QFile file(vocab);
  if (!file.open(QIODevice::WriteOnly) || file.write("[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nred\ncar\nthe\n") < 0)
    return R::failure(QStringLiteral("cannot write %1").arg(vocab));
  file.close();
  auto tokenizer = WordPieceTokenizer::load(vocab, true);
  if (!tokenizer) return R::failure(tokenizer.error());
  ModelManifest m;
  m.bundlePath = folder;
  m.name = QStringLiteral("Colour rule (test)");
  m.architecture = QStringLiteral("colour-rule");
  m.inputSize = QSize(64, 64);
  m.tokenizer = QStringLiteral("wordpiece");
  m.vocabPath = vocab;
  m.maxTokens = 8;
  return R(std::make_unique<ColourRuleSegmenter>(std::move(m), std::move(*tokenizer), delayMs));
}

}  // namespace rrsis::test
