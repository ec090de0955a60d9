#pragma once
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace rrsis::ui {

/**
 * Where the analyst types a referring expression. Enter runs it, Esc cancels a running
 * query, Up/Down walk the history (kept across sessions). The scope says which region the
 * query covers: the current view (what spatial words refer to), the drawn area of interest,
 * or the whole scene in tiled mode. The bar holds no inference logic: it emits requests.
 */
class QueryBar : public QWidget {
  Q_OBJECT

 public:
  enum class Scope { View = 0, AreaOfInterest = 1, WholeScene = 2 };

  explicit QueryBar(QWidget* parent = nullptr);

  QString expression() const;
  void setExpression(const QString& text);
  Scope scope() const;
  void setScope(Scope scope);
  /** Shows the running state: the Find button becomes Cancel. */
  void setBusy(bool busy);
  bool isBusy() const { return busy_; }
  /** Enables or disables input (no scene or no model). `reason` becomes the tooltip. */
  void setReady(bool ready, const QString& reason = {});
  /** Focuses the expression field and selects its text (Ctrl+L, /). */
  void focusExpression();
  const QStringList& history() const { return history_; }
  QToolButton* aoiButton() const { return aoi_; }

 Q_SIGNALS:
  void submitted(const QString& expression, rrsis::ui::QueryBar::Scope scope);
  void cancelRequested();
  void aoiToolToggled(bool on);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void submit();
  void remember(const QString& text);

  QLineEdit* edit_;
  QComboBox* scope_;
  QToolButton* run_;
  QToolButton* aoi_;
  QStringList history_;  // newest last
  int historyPos_ = -1;  // -1: editing a new line
  QString draft_;
  bool busy_ = false;
  bool ready_ = true;
};

}  // namespace rrsis::ui
