#pragma once
#include <functional>
#include <memory>

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include "raster/scene.h"
#include "ui/preferences.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace rrsis {
class LayerStack;
}

namespace rrsis::ui {

class BandsDialog;
class LayersDock;
class QueryBar;
class QueryController;
class StatusInfo;
class TiledView;

/**
 * The studio's main window: assembles the menus, toolbar, status bar, docks and the tiled
 * view, and opens scenes (by dialog, drag and drop, command line, recent files) on a worker
 * thread. It holds no viewing or raster logic itself.
 */
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /** Starts opening `path` in the background; errors are reported in a message box. */
  void openFile(const QString& path);
  /** The current scene, or null. */
  Scene* scene() const { return scene_.get(); }
  TiledView* view() const { return view_; }
  StatusInfo* statusInfo() const { return statusInfo_; }
  /** True while a file is being opened. */
  bool isOpening() const { return openWatcher_.isRunning(); }
  /** The last error shown to the user (for tests). */
  const QString& lastError() const { return lastError_; }
  /** Show errors in the status bar instead of message boxes (tests, benchmarks). */
  void setQuietErrors(bool quiet) { quietErrors_ = quiet; }
  /** Loads a model bundle in the background (Model ▸ Open Model…). */
  void openModel(const QString& bundle);
  QueryBar* queryBar() const { return queryBar_; }
  QueryController* queryController() const { return query_; }
  LayerStack* layers() const { return layers_; }
  LayersDock* layersDock() const { return layersDock_; }

 Q_SIGNALS:
  /** A scene was opened and shown (or `ok` false with an error message). */
  void sceneOpened(bool ok, const QString& message);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void createDocks();
  void onOpened();
  void showScene(std::shared_ptr<Scene> scene);
  void closeScene();
  void updateRecentMenu();
  void fillRecentMenu(QMenu* menu, const QStringList& paths, const std::function<void(const QString&)>& open);
  void updateActions();
  void showError(const QString& title, const QString& message);
  void showBandsDialog();
  void showPreferences();
  void buildOverviews();
  void applyPreferences();
  void createQueryTools();
  void updateRecentModelsMenu();
  void showModelInfo();

  Preferences prefs_;
  TiledView* view_;
  StatusInfo* statusInfo_;
  QWidget* notice_;
  QLabel* noticeText_;
  QPlainTextEdit* infoText_;
  QDockWidget* infoDock_;
  std::shared_ptr<Scene> scene_;
  QPointer<BandsDialog> bandsDialog_;
  QFutureWatcher<Result<SceneContent>> openWatcher_;
  QString openingPath_;
  QString lastError_;
  bool quietErrors_ = false;

  QAction* openAction_;
  QAction* closeAction_;
  QAction* quitAction_;
  QAction* overviewsAction_;
  QAction* zoomInAction_;
  QAction* zoomOutAction_;
  QAction* fitAction_;
  QAction* actualAction_;
  QAction* bandsAction_;
  QAction* prefsAction_;
  QAction* aboutAction_;
  QMenu* recentMenu_;
  QMenu* viewMenu_;
  QMenu* editMenu_;
  QMenu* recentModelsMenu_;
  QAction* openModelAction_;
  QAction* modelInfoAction_;
  LayerStack* layers_;
  QueryBar* queryBar_;
  LayersDock* layersDock_;
  QueryController* query_;
};

}  // namespace rrsis::ui
