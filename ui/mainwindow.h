#pragma once
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include "raster/scene.h"
#include "preferences.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;

class QUndoGroup;

namespace rrsis {
class AnnotationDocument;
class Project;
}  // namespace rrsis

namespace rrsis::ui {

class BandsDialog;
class EditTools;
class LayersDock;
class LearningTools;
class ProjectSession;
class ScenesDock;
class QueryBar;
class QueryController;
class StatusInfo;
class TiledView;

/**
 * The studio's main window: assembles the menus, tool bars, status bar, docks and the tiled
 * view, and opens scenes (by dialog, drag and drop, command line, recent files) on a worker
 * thread into the current project, whose annotations it shows and edits through the
 * project session, the tools and the docks. It holds no viewing, editing or raster logic.
 */
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /** Opens an image into the project (in the background), or a project file. */
  void openFile(const QString& path);
  /** At start-up: offers to recover crashed sessions, then opens `path` if given. */
  void startUp(const QString& path);
  /** The current scene, or null. */
  Scene* scene() const { return scene_.get(); }
  TiledView* view() const { return view_; }
  StatusInfo* statusInfo() const { return statusInfo_; }
  /** The last error shown to the user (for tests). */
  const QString& lastError() const { return lastError_; }
  /**
   * Show errors in the status bar instead of message boxes, and ask no questions (tests,
   * benchmarks): unsaved work is then discarded on close (it stays in the recovery journal
   * only if the process dies first).
   */
  void setQuietErrors(bool quiet);
  /** Loads a model bundle in the background (Model ▸ Open Model…). */
  void openModel(const QString& bundle);
  QueryBar* queryBar() const { return queryBar_; }
  QueryController* queryController() const { return query_; }
  LayersDock* layersDock() const { return layersDock_; }
  ProjectSession* session() const { return session_; }
  Project* project() const;
  /** The annotations of the scene on screen, or null. */
  AnnotationDocument* document() const;
  EditTools* editTools() const { return edit_; }
  ScenesDock* scenesDock() const { return scenesDock_; }
  LearningTools* learningTools() const { return learning_; }
  QUndoGroup* undoGroup() const { return undoGroup_; }

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
  void createProjectActions(QMenu* file);
  /** Imports annotations from a file or dataset folder into the project (File ▸ Import Annotations). */
  void importAnnotationsFrom(const QString& source);
  void showExchangeMessage(const QString& title, const QString& message, bool ok);
  void createEditDocks();
  void onProjectReplaced(Project* project);
  void saveViewState();
  void attachDocument(AnnotationDocument* document);
  void removeScene(const QString& path);
  int createHandAnnotation();
  void updateTitle();
  void showShortcuts();

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
  QElapsedTimer messageAge_;  // since the status bar's message last changed
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
  ProjectSession* session_;
  EditTools* edit_;
  QUndoGroup* undoGroup_;
  ScenesDock* scenesDock_ = nullptr;
  QDockWidget* undoDock_ = nullptr;
  QMenu* recentProjectsMenu_ = nullptr;
  QAction* newProjectAction_ = nullptr;
  QAction* openProjectAction_ = nullptr;
  QAction* saveAction_ = nullptr;
  QAction* saveAsAction_ = nullptr;
  QAction* shortcutsAction_ = nullptr;
  QueryBar* queryBar_;
  LayersDock* layersDock_;
  QueryController* query_;
  QMenu* modelMenu_ = nullptr;
  LearningTools* learning_ = nullptr;
};

}  // namespace rrsis::ui
