#include "scenesdock.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"

namespace rrsis::ui {

ScenesDock::ScenesDock(QWidget* parent) : QDockWidget(tr("Images"), parent) {
  setObjectName(QStringLiteral("scenesDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  list_ = new QListWidget(body);
  list_->setObjectName(QStringLiteral("sceneList"));
  layout->addWidget(list_, 1);
  auto* row = new QHBoxLayout;
  add_ = new QToolButton(body);
  add_->setText(tr("Add Image…"));
  remove_ = new QToolButton(body);
  remove_->setText(tr("Remove"));
  remove_->setToolTip(tr("Remove the selected image and its annotations from the project (the file stays)"));
  row->addWidget(add_);
  row->addWidget(remove_);
  row->addStretch(1);
  layout->addLayout(row);
  setWidget(body);
  connect(list_, &QListWidget::itemActivated, this,
          [this](QListWidgetItem* item) { Q_EMIT sceneActivated(item->data(Qt::UserRole).toString()); });
  connect(add_, &QToolButton::clicked, this, &ScenesDock::addRequested);
  connect(remove_, &QToolButton::clicked, this, [this] {
    if (QListWidgetItem* item = list_->currentItem()) Q_EMIT removeRequested(item->data(Qt::UserRole).toString());
  });
}

void ScenesDock::setProject(Project* project) {
  if (project_) disconnect(project_, nullptr, this, nullptr);
  project_ = project;
  if (project_) {
    connect(project_, &Project::sceneAdded, this, [this](int index) {
      AnnotationDocument* d = project_->document(index);
      for (auto signal : {&AnnotationDocument::annotationAdded, &AnnotationDocument::annotationRemoved})
        connect(d, signal, this, &ScenesDock::rebuild);
      rebuild();
    });
    connect(project_, &Project::sceneRemoved, this, &ScenesDock::rebuild);
    connect(project_, &Project::modifiedChanged, this, &ScenesDock::rebuild);
    for (int i = 0; i < project_->sceneCount(); ++i)
      for (auto signal : {&AnnotationDocument::annotationAdded, &AnnotationDocument::annotationRemoved})
        connect(project_->document(i), signal, this, &ScenesDock::rebuild);
  }
  rebuild();
}

void ScenesDock::setCurrent(const QString& path) {
  current_ = path;
  rebuild();
}

void ScenesDock::rebuild() {
  list_->clear();
  if (!project_) return;
  for (int i = 0; i < project_->sceneCount(); ++i) {
    const ProjectScene& s = project_->scene(i);
    const bool missing = !QFileInfo::exists(s.path);
    auto* item = new QListWidgetItem(
        tr("%1 (%n annotation(s))", nullptr, s.document->count()).arg(QFileInfo(s.path).fileName()), list_);
    item->setData(Qt::UserRole, s.path);
    item->setToolTip(missing ? tr("%1 — not found").arg(s.path) : s.path);
    if (missing) item->setForeground(QColor(0xc6, 0x28, 0x28));
    QFont f = item->font();
    f.setBold(s.path == current_);
    item->setFont(f);
    if (s.path == current_) list_->setCurrentItem(item);
  }
  remove_->setEnabled(project_->sceneCount() > 0);
}

}  // namespace rrsis::ui
