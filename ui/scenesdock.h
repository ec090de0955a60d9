#pragma once
#include <QDockWidget>

class QListWidget;
class QToolButton;

namespace rrsis {
class Project;
}

namespace rrsis::ui {

/**
 * The images of the project: each with its number of annotations, missing files marked.
 * Activating one shows it; Add Image opens another; Remove drops one from the project
 * (after asking when it has annotations). Follows the project's signals.
 */
class ScenesDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit ScenesDock(QWidget* parent = nullptr);
  void setProject(Project* project);
  /** Marks the scene being shown. */
  void setCurrent(const QString& path);
  QListWidget* list() const { return list_; }

 Q_SIGNALS:
  void sceneActivated(const QString& path);
  void addRequested();
  void removeRequested(const QString& path);

 private:
  void rebuild();

  Project* project_ = nullptr;
  QListWidget* list_;
  QToolButton* add_;
  QToolButton* remove_;
  QString current_;
};

}  // namespace rrsis::ui
