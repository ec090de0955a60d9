#include "scriptedsession.h"

#include <chrono>
#include <cstdio>

#include <QApplication>
#include <QMessageBox>
#include <QMouseEvent>
#include <QTimer>

#include "annotation/project.h"
#include "raster/scene.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "tiledview.h"
#include "edittools.h"
#include "tools/toolmanager.h"

namespace rrsis::ui {

ScriptedSession::ScriptedSession(MainWindow* window, QObject* parent) : QObject(parent), window_(window) {}

QPointF ScriptedSession::dabPosition(int k, QSize size) {
  const int columns = 12;
  const double dx = size.width() / double(columns + 1), dy = size.height() / 14.0;
  return QPointF(dx * (1 + k % columns) + 0.5, dy * (1 + (k / columns) % 13) + 0.5);
}

void ScriptedSession::dab(int k) {
  TiledView* view = window_->view();
  const Scene* scene = view->scene();
  const QPointF at = view->imageToView(dabPosition(k, QSize(scene->info().width, scene->info().height)));
  // Real input events through the view and the active tool, as a mouse would send them.
  QMouseEvent press(QEvent::MouseButtonPress, at, view->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                    Qt::NoModifier);
  QApplication::sendEvent(view, &press);
  QMouseEvent release(QEvent::MouseButtonRelease, at, view->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                      Qt::NoModifier);
  QApplication::sendEvent(view, &release);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
  std::printf("EDIT %d %lld\n", k, static_cast<long long>(ms.count()));
  std::fflush(stdout);
}

void ScriptedSession::runEdits(int count, int intervalMs, const QString& saveFile, int saveEvery) {
  window_->setQuietErrors(true);
  auto* timer = new QTimer(this);
  auto k = std::make_shared<int>(0);
  connect(timer, &QTimer::timeout, this, [=] {
    if (!window_->view()->scene()) return;  // still opening
    if (*k == 0) {
      ToolManager* tools = window_->editTools()->manager();
      tools->setBrushRadius(3);
      tools->setActiveTool(tools->tool(tr("Brush")));
    }
    dab(*k);
    ++*k;
    if (!saveFile.isEmpty() && saveEvery > 0 && *k % saveEvery == 0) window_->session()->saveTo(saveFile);
    if (*k >= count) timer->stop();
  });
  timer->start(intervalMs);
}

int ScriptedSession::recoverTo(const QString& file) {
  window_->session()->setQuiet(true, QMessageBox::Yes);
  if (!window_->session()->offerRecovery()) {
    std::fprintf(stderr, "nothing to recover\n");
    return 3;
  }
  if (!window_->session()->saveTo(file)) {
    std::fprintf(stderr, "cannot save: %s\n", qPrintable(window_->session()->lastError()));
    return 4;
  }
  window_->session()->shutdown();
  return 0;
}

}  // namespace rrsis::ui
