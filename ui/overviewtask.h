#pragma once
#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QObject>

#include "util/result.h"

class QProgressDialog;

namespace rrsis::ui {

/**
 * Builds a raster's overviews into an external .ovr on a worker thread, with a progress
 * dialog and a Cancel button. Emits finished() once; deletes itself afterwards.
 */
class OverviewTask : public QObject {
  Q_OBJECT

 public:
  OverviewTask(const QString& path, QWidget* dialogParent);
  ~OverviewTask() override;
  void start();

 Q_SIGNALS:
  void finished(const QString& path, bool ok, const QString& message);

 private:
  QString path_;
  QProgressDialog* dialog_;
  QFutureWatcher<Status> watcher_;
  std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace rrsis::ui
