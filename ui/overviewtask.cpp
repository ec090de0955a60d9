#include "overviewtask.h"

#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include "raster/overviewbuilder.h"

namespace rrsis::ui {

OverviewTask::OverviewTask(const QString& path, QWidget* dialogParent)
    : QObject(dialogParent), path_(path), dialog_(new QProgressDialog(dialogParent)) {
  dialog_->setWindowTitle(tr("Building Overviews"));
  dialog_->setLabelText(
      tr("Building overviews for\n%1\ninto an external .ovr file (the image itself is not changed).").arg(path));
  dialog_->setRange(0, 1000);
  dialog_->setMinimumDuration(0);
  dialog_->setAutoClose(false);
  dialog_->setAutoReset(false);
  dialog_->setWindowModality(Qt::WindowModal);
  connect(dialog_, &QProgressDialog::canceled, this, [this] {
    *cancel_ = true;
    dialog_->setLabelText(tr("Cancelling…"));
  });
  connect(&watcher_, &QFutureWatcher<Status>::finished, this, [this] {
    const Status st = watcher_.result();
    dialog_->close();
    Q_EMIT finished(path_, st.ok(), st.error());
    deleteLater();
  });
}

OverviewTask::~OverviewTask() {
  *cancel_ = true;
  watcher_.waitForFinished();
  delete dialog_;
}

void OverviewTask::start() {
  dialog_->show();
  QProgressDialog* dialog = dialog_;  // outlives the job: the destructor waits for it
  auto cancel = cancel_;
  watcher_.setFuture(QtConcurrent::run([path = path_, cancel, dialog] {
    return OverviewBuilder::build(path, [cancel, dialog](double done) {
      QMetaObject::invokeMethod(
          dialog, [dialog, done] { dialog->setValue(int(done * 1000)); }, Qt::QueuedConnection);
      return !cancel->load();
    });
  }));
}

}  // namespace rrsis::ui
