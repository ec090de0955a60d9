#pragma once
#include <memory>
#include <vector>

#include <QSize>
#include <QJsonObject>
#include <QString>
#include <opencv2/core/mat.hpp>

#include "model/modelmanifest.h"
#include "text/tokenizer.h"
#include "text/tokenizerfactory.h"
#include "util/result.h"

namespace rrsis {

/** Where and how a model runs. */
struct SegmenterOptions {
  bool forceCpu = false;  ///< a preference: ignore a GPU
  int threads = 0;        ///< intra-op threads; 0 = every logical CPU
  bool warmUp = true;     ///< run one query at load time so the first real one is fast
  /**
   * Number format of the forward pass. Auto: bf16 for networks that support it (the LAVT
   * family, except FIANet: see bf16ByDefault) on a GPU or a CPU with native bf16 (AVX512-BF16 /
   * AMX), where bench_nets measured it 2.3x faster with 99.8 % or more of mask pixels equal;
   * fp32 otherwise.
   */
  enum class Precision { Auto, Fp32, Bf16 } precision = Precision::Auto;
  /**
   * FIANet: NLTK's tagger folder (taggers/averaged_perceptron_tagger_eng) to use; empty: found
   * where NLTK looks ($NLTK_DATA first), else the rule-based fallback.
   */
  QString nltkTagger;
};

/** "auto", "fp32", "bf16" and back; false for another word. */
bool parsePrecision(const QString& text, SegmenterOptions::Precision* out);

/** What the model info dialog and the status bar show. */
struct ModelInfo {
  QString name;
  QString bundlePath;
  QString hash;  ///< bundleHash() of its files
  QString architecture;
  QString tokenizer;
  int vocabularySize = 0;
  int maxTokens = 0;
  QSize inputSize;
  QString outputKind;
  QString device;
  QString precision;     ///< "fp32" or "bf16", what the forward pass runs in
  QString textAnalysis;  ///< FIANet: which part-of-speech tagger makes its text masks; empty otherwise
  QString provenance;    ///< where the architecture's code comes from, when it is not an official release (LGCE)
  int threads = 0;
  qint64 parameters = 0;
  double groundSampleDistance = 0;
  double threshold = 0.5;  ///< the manifest's default mask threshold
  QString trainedOn;
  QJsonObject metrics;  ///< the manifest's "metrics" (e.g. "test" and "validation" summaries)
};

/** Milliseconds spent in the three parts of a query. */
struct PredictTiming {
  double preprocessMs = 0;
  double forwardMs = 0;
  double postprocessMs = 0;
  double totalMs() const { return preprocessMs + forwardMs + postprocessMs; }
};

class FianetTextAnalysis;

/**
 * A loaded model bundle: tokenizer + network on its device. Turns an RGB region and an
 * expression into a foreground probability map. Not thread-safe: one thread (the inference
 * worker, or the CLI's main thread) loads it and runs every query. Errors thrown by the
 * network (a module that throws, wrong output shape, NaN) come back as messages.
 *
 * This class holds what every model has (manifest, tokenizer, FIANet's text analysis) and
 * needs no LibTorch; the network runs in a subclass of the model engine (core/engine:
 * loadSegmenter()), so inference, evaluation and the studio use models through this interface
 * without linking LibTorch.
 */
class Segmenter {
 public:
  virtual ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  const ModelManifest& manifest() const { return manifest_; }
  ModelInfo info() const;
  QSize inputSize() const { return manifest_.inputSize; }
  const Tokenizer& tokenizer() const { return *tokenizer_; }

  /**
   * Checks and encodes an expression: empty or whitespace-only text, and text of which the
   * model knows no word, are errors.
   */
  Result<TokenizedText> encode(const QString& expression) const;

  /**
   * One region of any size (CV_8UC3, RGB): stretched to the model input, normalised, run,
   * and the probability map (CV_32F, 0..1) resized back to the region's size.
   */
  Result<cv::Mat> predict(const cv::Mat& rgb, const TokenizedText& text, PredictTiming* timing = nullptr) const;

  /** A batch of chips already at the input size; probabilities at the input size. */
  Result<std::vector<cv::Mat>> predictChips(const std::vector<cv::Mat>& chips, const TokenizedText& text,
                                            PredictTiming* timing = nullptr) const;

 protected:
  Segmenter(ModelManifest manifest, std::unique_ptr<Tokenizer> tokenizer,
            std::shared_ptr<const FianetTextAnalysis> textAnalysis);

  /**
   * The network's probability maps (CV_32F, input size) for `chips`, which predictChips() has
   * checked: at least one, each CV_8UC3 at the input size, and `text` encoded for this model.
   * Adds its time to `timing` when given.
   */
  virtual Result<std::vector<cv::Mat>> forward(const std::vector<cv::Mat>& chips, const TokenizedText& text,
                                               PredictTiming* timing) const = 0;
  /** Fills what only the engine knows: device, threads, precision, parameter count. */
  virtual void describeRuntime(ModelInfo& info) const = 0;

  /** `expression` encoded without the checks of encode() (a warm-up run). */
  TokenizedText encodeUnchecked(const QString& expression) const;

 private:
  ModelManifest manifest_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::shared_ptr<const FianetTextAnalysis> textAnalysis_;  ///< FIANet only
  QString hash_;
};

/** Loads the tokenizer a manifest names. */
Result<std::unique_ptr<Tokenizer>> loadTokenizer(const ModelManifest& manifest);

}  // namespace rrsis
