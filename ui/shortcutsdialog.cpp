#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rrsis::ui {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Keyboard Shortcuts"));
  QList<QPair<QString, QString>> rows;
  for (QAction* a : actions) {
    if (a->shortcut().isEmpty()) continue;
    QString name = a->text();
    name.remove(QLatin1Char('&'));
    name.remove(QStringLiteral("…"));
    rows << qMakePair(name, a->shortcut().toString(QKeySequence::NativeText));
  }
  // Keys that act inside the view or a tool rather than through an action.
  rows << qMakePair(tr("Find (focus the Find bar)"), QStringLiteral("Ctrl+L, /"))
       << qMakePair(tr("Pan with any tool"), tr("Space + drag, middle button drag, arrow keys"))
       << qMakePair(tr("Zoom around the cursor"), tr("Mouse wheel"))
       << qMakePair(tr("Brush size smaller / larger"), QStringLiteral("[ / ]"))
       << qMakePair(tr("Brush: erase instead of paint"), tr("Ctrl + drag"))
       << qMakePair(tr("Polygon: close and add / subtract"), tr("Enter or double-click / Ctrl+Enter"))
       << qMakePair(tr("Polygon: remove the last vertex, cancel"), tr("Backspace, Esc"))
       << qMakePair(tr("Magic wand: remove instead of add"), tr("Ctrl + click"))
       << qMakePair(tr("Cancel the running query"), tr("Esc in the Find bar"))
       << qMakePair(tr("Query history"), tr("Up / Down in the Find bar"));
  table_ = new QTableWidget(int(rows.size()), 2, this);
  table_->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int i = 0; i < rows.size(); ++i) {
    table_->setItem(i, 0, new QTableWidgetItem(rows[i].first));
    table_->setItem(i, 1, new QTableWidgetItem(rows[i].second));
  }
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(560, 620);
}

}  // namespace rrsis::ui
