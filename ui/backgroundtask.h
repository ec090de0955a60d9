#pragma once
#include <atomic>
#include <functional>
#include <memory>

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "util/result.h"

namespace rrsis::ui {

/**
 * Runs `work(progress)` on a worker thread behind a window-modal progress dialog with Cancel,
 * and returns its result. `progress(done, total)` updates the dialog (from any thread) and
 * returns false once the analyst cancelled; `*cancelled` says so afterwards. The GUI stays
 * responsive: the dialog runs its own event loop. `work` must not touch widgets or live
 * documents (give it a snapshot).
 */
template <class T>
Result<T> runWithProgress(QWidget* parent, const QString& label,
                          std::function<Result<T>(const std::function<bool(int, int)>&)> work,
                          bool* cancelled = nullptr) {
  auto stop = std::make_shared<std::atomic<bool>>(false);
  QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(300);
  QFutureWatcher<Result<T>> watcher;
  QObject::connect(&progress, &QProgressDialog::canceled, &progress, [stop] { *stop = true; });
  QObject::connect(&watcher, &QFutureWatcherBase::finished, &progress, &QProgressDialog::reset);
  QProgressDialog* shown = &progress;
  watcher.setFuture(QtConcurrent::run([work, stop, shown] {
    return work([stop, shown](int done, int total) {
      QMetaObject::invokeMethod(
          shown,
          [shown, done, total] {
            shown->setMaximum(total);
            shown->setValue(done);
          },
          Qt::QueuedConnection);
      return !*stop;
    });
  }));
  if (!watcher.isFinished()) progress.exec();
  watcher.waitForFinished();
  if (cancelled) *cancelled = *stop;
  return watcher.result();
}

}  // namespace rrsis::ui
