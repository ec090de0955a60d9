#include "tileloader.h"

#include <QRunnable>

#include "raster/tilerenderer.h"

namespace rrsis::ui {

TileLoader::TileLoader(QObject* parent) : QObject(parent) {
  pool_.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

TileLoader::~TileLoader() {
  cancelAll();
  pool_.clear();
  pool_.waitForDone();
}

void TileLoader::setThreadCount(int threads) {
  pool_.setMaxThreadCount(threads > 0 ? threads : std::max(2, QThread::idealThreadCount()));
}

void TileLoader::setContext(std::shared_ptr<const RasterSource> source, const LevelPlan& plan,
                            const DisplayMapping& mapping) {
  cancelAll();
  context_ = std::make_shared<const Context>(Context{std::move(source), plan, mapping});
}

void TileLoader::request(const TileKey& key, int priority) {
  if (!context_) return;
  {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    if (!shared_->pending.insert(key).second) return;
  }
  std::shared_ptr<const Context> ctx = context_;
  std::shared_ptr<Shared> shared = shared_;
  pool_.start(QRunnable::create([this, ctx, shared, key] {
                {
                  std::lock_guard<std::mutex> lock(shared->mutex);
                  if (!shared->pending.count(key)) return;  // no longer wanted
                }
                Result<QImage> img = renderTile(*ctx->source, ctx->plan, ctx->mapping, key.level, key.x, key.y);
                QImage image = img ? std::move(*img) : QImage();
                QString error = img ? QString() : img.error();
                QMetaObject::invokeMethod(
                    this, [this, key, image, error] { finish(key, image, error); }, Qt::QueuedConnection);
              }),
              priority);
}

void TileLoader::finish(const TileKey& key, const QImage& image, const QString& error) {
  {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    shared_->pending.erase(key);
  }
  if (error.isEmpty())
    Q_EMIT tileLoaded(key, image);
  else
    Q_EMIT tileFailed(key, error);
}

void TileLoader::retainOnly(const std::vector<TileKey>& wanted) {
  std::unordered_set<TileKey, TileKeyHash> keep(wanted.begin(), wanted.end());
  std::lock_guard<std::mutex> lock(shared_->mutex);
  for (auto it = shared_->pending.begin(); it != shared_->pending.end();)
    it = keep.count(*it) ? std::next(it) : shared_->pending.erase(it);
}

void TileLoader::cancelAll() {
  std::lock_guard<std::mutex> lock(shared_->mutex);
  shared_->pending.clear();
}

int TileLoader::pendingCount() const {
  std::lock_guard<std::mutex> lock(shared_->mutex);
  return int(shared_->pending.size());
}

}  // namespace rrsis::ui
