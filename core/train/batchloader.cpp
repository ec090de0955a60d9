#include "train/batchloader.h"

#include <algorithm>

#include <opencv2/core.hpp>

#include "model/fianettextanalysis.h"

namespace rrsis::train {

BatchLoader::BatchLoader(BatchPlan plan, std::size_t capacity) : plan_(std::move(plan)), capacity_(capacity) {
  thread_ = std::thread([this] { run(); });
}

BatchLoader::~BatchLoader() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

std::optional<Batch> BatchLoader::next() {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return !queue_.empty() || finished_; });
  if (queue_.empty()) return std::nullopt;
  Batch b = std::move(queue_.front());
  queue_.pop_front();
  changed_.notify_all();
  return b;
}

void BatchLoader::run() {
  const int n = int(plan_.order.size());
  for (int first = 0; first < n; first += plan_.batchSize) {
    Batch b = make(first, std::min(n, first + plan_.batchSize));
    const bool failed = !b.error.isEmpty();
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return queue_.size() < capacity_ || stop_; });
    if (stop_) break;
    queue_.push_back(std::move(b));
    changed_.notify_all();
    if (failed) break;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  finished_ = true;
  changed_.notify_all();
}

Batch BatchLoader::make(int first, int last) {
  Batch b;
  const int s = plan_.size, l = plan_.maxTokens;
  b.count = last - first;
  b.image.resize(std::size_t(b.count) * 3 * s * s);
  b.ids.resize(std::size_t(b.count) * l);
  b.attention.resize(std::size_t(b.count) * l);
  b.target.resize(std::size_t(b.count) * s * s);
  if (plan_.textAnalysis) {
    b.objectMask.resize(b.ids.size());
    b.positionMask.resize(b.ids.size());
  }
  for (int k = 0; k < b.count; ++k) {
    const int position = first + k;
    const int index = plan_.order[std::size_t(position)];
    const Sample& sample = (*plan_.samples)[std::size_t(index)];
    b.samples.push_back(index);
    auto pixels = sample.load();
    if (!pixels) {
      b.error = pixels.error();
      return b;
    }
    std::mt19937_64 rng = sampleGenerator(plan_.seed, plan_.epoch, std::uint64_t(position));
    AugmentOptions o = plan_.augmentOptions;
    o.enabled = plan_.augment;
    const AugmentedSample a = augmentSample(pixels->first, pixels->second, sample.expression, cv::Size(s, s), rng, o);
    b.flipsSkipped += a.flipsSkipped;
    TokenizedText text = plan_.tokenizer->encode(a.expression, l);
    std::copy(text.ids.begin(), text.ids.end(), b.ids.begin() + std::ptrdiff_t(k) * l);
    std::copy(text.attentionMask.begin(), text.attentionMask.end(), b.attention.begin() + std::ptrdiff_t(k) * l);
    if (plan_.textAnalysis) {
      plan_.textAnalysis->addMasks(text, a.expression);
      std::copy(text.objectMask.begin(), text.objectMask.end(), b.objectMask.begin() + std::ptrdiff_t(k) * l);
      std::copy(text.positionMask.begin(), text.positionMask.end(), b.positionMask.begin() + std::ptrdiff_t(k) * l);
    }
    float* image = b.image.data() + std::size_t(k) * 3 * s * s;
    int64_t* target = b.target.data() + std::size_t(k) * s * s;
    for (int y = 0; y < s; ++y) {
      const auto* row = a.rgb.ptr<cv::Vec3b>(y);
      const auto* m = a.mask.ptr<uchar>(y);
      for (int x = 0; x < s; ++x) {
        for (int c = 0; c < 3; ++c)
          image[std::size_t(c) * s * s + std::size_t(y) * s + x] = (row[x][c] / 255.0f - kMean[c]) / kStd[c];
        target[std::size_t(y) * s + x] = m[x] ? 1 : 0;
      }
    }
  }
  return b;
}

}  // namespace rrsis::train
