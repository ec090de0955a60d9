#pragma once
#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace rrsis::ui {

/** Help ▸ Keyboard Shortcuts: every action with a shortcut, and the keys that are not actions. */
class ShortcutsDialog : public QDialog {
  Q_OBJECT

 public:
  ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
  QTableWidget* table() const { return table_; }

 private:
  QTableWidget* table_;
};

}  // namespace rrsis::ui
