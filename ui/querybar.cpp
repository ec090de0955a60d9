#include "querybar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>

namespace rrsis::ui {

namespace {
constexpr int kMaxHistory = 100;
const char* kHistoryKey = "query/history";
}  // namespace

QueryBar::QueryBar(QWidget* parent) : QWidget(parent) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 3, 6, 3);
  auto* label = new QLabel(tr("&Find:"), this);
  edit_ = new QLineEdit(this);
  edit_->setObjectName(QStringLiteral("expression"));
  edit_->setPlaceholderText(tr("Describe what to find, e.g. “the red car on the left”  (Ctrl+L)"));
  edit_->setClearButtonEnabled(true);
  edit_->setMaxLength(2000);
  edit_->installEventFilter(this);
  label->setBuddy(edit_);

  scope_ = new QComboBox(this);
  scope_->addItem(tr("Current view"));
  scope_->addItem(tr("Area of interest"));
  scope_->addItem(tr("Whole scene (tiled)"));
  scope_->setToolTip(
      tr("Which part of the image the query covers. Spatial words (“left”, "
         "“top”) refer to the current view; tiled mode finds every match in "
         "the scene at the model's native scale."));

  aoi_ = new QToolButton(this);
  aoi_->setText(tr("Draw Area"));
  aoi_->setCheckable(true);
  // R is the Area of Interest tool's shortcut (Tools menu); this button shows and toggles it.
  aoi_->setToolTip(
      tr("Drag a rectangle on the image to set the area of interest (R). A click "
         "without dragging clears it."));

  run_ = new QToolButton(this);
  run_->setText(tr("Find"));
  run_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  run_->setToolTip(tr("Run the expression (Enter)"));

  layout->addWidget(label);
  layout->addWidget(edit_, 1);
  layout->addWidget(scope_);
  layout->addWidget(aoi_);
  layout->addWidget(run_);

  history_ = QSettings().value(QLatin1String(kHistoryKey)).toStringList();
  connect(edit_, &QLineEdit::returnPressed, this, &QueryBar::submit);
  connect(run_, &QToolButton::clicked, this, [this] {
    if (busy_)
      Q_EMIT cancelRequested();
    else
      submit();
  });
  connect(aoi_, &QToolButton::toggled, this, &QueryBar::aoiToolToggled);
}

QString QueryBar::expression() const { return edit_->text(); }
void QueryBar::setExpression(const QString& text) { edit_->setText(text); }
QueryBar::Scope QueryBar::scope() const { return Scope(scope_->currentIndex()); }
void QueryBar::setScope(Scope scope) { scope_->setCurrentIndex(int(scope)); }

void QueryBar::setBusy(bool busy) {
  busy_ = busy;
  run_->setText(busy ? tr("Cancel") : tr("Find"));
  run_->setToolTip(busy ? tr("Cancel the running query (Esc)") : tr("Run the expression (Enter)"));
}

void QueryBar::setReady(bool ready, const QString& reason) {
  ready_ = ready;
  edit_->setToolTip(reason);
  run_->setEnabled(ready || busy_);
}

void QueryBar::focusExpression() {
  edit_->setFocus(Qt::ShortcutFocusReason);
  edit_->selectAll();
}

void QueryBar::submit() {
  const QString text = edit_->text();
  if (!ready_) return;
  remember(text);
  Q_EMIT submitted(text, scope());
}

void QueryBar::remember(const QString& text) {
  const QString t = text.trimmed();
  historyPos_ = -1;
  if (t.isEmpty()) return;
  history_.removeAll(t);
  history_.append(t);
  while (history_.size() > kMaxHistory) history_.removeFirst();
  QSettings().setValue(QLatin1String(kHistoryKey), history_);
}

bool QueryBar::eventFilter(QObject* watched, QEvent* event) {
  if (watched == edit_ && event->type() == QEvent::KeyPress) {
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape) {
      if (busy_)
        Q_EMIT cancelRequested();
      else
        edit_->clear();
      return true;
    }
    if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && !history_.isEmpty()) {
      if (historyPos_ < 0) draft_ = edit_->text();
      const int last = int(history_.size()) - 1;
      if (key->key() == Qt::Key_Up)
        historyPos_ = historyPos_ < 0 ? last : std::max(0, historyPos_ - 1);
      else if (historyPos_ >= 0)
        historyPos_ = historyPos_ >= last ? -1 : historyPos_ + 1;
      edit_->setText(historyPos_ < 0 ? draft_ : history_[historyPos_]);
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

}  // namespace rrsis::ui
