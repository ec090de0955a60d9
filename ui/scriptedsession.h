#pragma once
#include <QObject>
#include <QString>

namespace rrsis::ui {

class MainWindow;

/**
 * Drives a real studio for the crash-recovery test (hidden options of rrsis-studio): edits
 * through synthesized mouse input on the view, or a recovery that saves what it recovered.
 *  - edits: once the image is shown, one brush dab every `intervalMs` at scene position
 *    dabPosition(k), printed as "EDIT k <steady-clock ms>" on stdout once committed; every
 *    `saveEvery`-th edit also saves the project to `saveFile` (when given).
 *  - recover: takes the offered recovery (no dialogs), saves it to a file and quits.
 */
class ScriptedSession : public QObject {
  Q_OBJECT

 public:
  ScriptedSession(MainWindow* window, QObject* parent = nullptr);
  void runEdits(int count, int intervalMs, const QString& saveFile, int saveEvery);
  /** Returns the exit code: 0 when something was recovered and saved. */
  int recoverTo(const QString& file);
  /** Where dab `k` goes on a scene of `size` pixels: a grid of well-separated spots. */
  static QPointF dabPosition(int k, QSize size);

 private:
  void dab(int k);

  MainWindow* window_;
};

}  // namespace rrsis::ui
