#pragma once
#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <QString>

#include "dataset/sample.h"
#include "text/tokenizer.h"
#include "train/augment.h"

namespace rrsis {
class FianetTextAnalysis;
}

namespace rrsis::train {

/** ImageNet mean and standard deviation, as every model of the field normalises its input. */
constexpr std::array<float, 3> kMean{0.485f, 0.456f, 0.406f};
constexpr std::array<float, 3> kStd{0.229f, 0.224f, 0.225f};

/** One batch, ready for tensors: normalised images, token ids, attention masks, 0/1 targets. */
struct Batch {
  int count = 0;
  std::vector<float> image;  // [B,3,S,S] normalised
  std::vector<int64_t> ids;  // [B,L]
  std::vector<int64_t> attention;
  std::vector<int64_t> objectMask, positionMask;  // [B,L], FIANet only (empty otherwise)
  std::vector<int64_t> target;                    // [B,S,S] 0/1
  std::vector<int> samples;                       // indices into the sample list
  int flipsSkipped = 0;
  QString error;
};

/** What a loader serves: which samples in which order, at which size, augmented or not. */
struct BatchPlan {
  const std::vector<Sample>* samples = nullptr;
  const Tokenizer* tokenizer = nullptr;
  const FianetTextAnalysis* textAnalysis = nullptr;  ///< FIANet: makes each expression's object and position masks
  std::vector<int> order;                            // sample indices in the order they are served
  int batchSize = 1;
  int size = 320;
  int maxTokens = 20;
  bool augment = false;
  AugmentOptions augmentOptions;
  std::uint64_t seed = 0;
  std::uint64_t epoch = 0;
};

/**
 * A bounded queue filled by one loader thread: samples are read, augmented (with an RNG
 * derived from seed, epoch and position, so a run is repeatable), tokenized and normalised
 * off the training thread; batches come out in plan order. A sample that cannot be read ends
 * the queue with a batch carrying the error. The destructor stops and joins the thread.
 */
class BatchLoader {
 public:
  BatchLoader(BatchPlan plan, std::size_t capacity);
  ~BatchLoader();
  BatchLoader(const BatchLoader&) = delete;
  BatchLoader& operator=(const BatchLoader&) = delete;
  int batches() const { return int((plan_.order.size() + plan_.batchSize - 1) / plan_.batchSize); }
  /** The next batch, or nothing at the end. */
  std::optional<Batch> next();

 private:
  void run();
  Batch make(int first, int last);

  BatchPlan plan_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> queue_;
  bool stop_ = false;
  bool finished_ = false;
  std::thread thread_;
};

}  // namespace rrsis::train
