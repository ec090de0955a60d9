#include "ui/preferences.h"

#include <QSettings>

namespace rrsis::ui {

namespace {
constexpr int kMaxRecent = 10;
const char* kRecent = "recentFiles";
}  // namespace

Preferences Preferences::load() {
  QSettings s;
  Preferences p;
  p.cacheMegabytes = std::clamp(s.value(QStringLiteral("view/cacheMegabytes"), p.cacheMegabytes).toInt(), 16, 16384);
  p.threads = std::clamp(s.value(QStringLiteral("compute/threads"), p.threads).toInt(), 0, 256);
  p.stretch.lowPercent = std::clamp(s.value(QStringLiteral("stretch/low"), p.stretch.lowPercent).toDouble(), 0.0, 50.0);
  p.stretch.highPercent = std::clamp(s.value(QStringLiteral("stretch/high"), p.stretch.highPercent).toDouble(), 50.0, 100.0);
  p.stretch.stretchByteImagery = s.value(QStringLiteral("stretch/byteImagery"), false).toBool();
  p.language = s.value(QStringLiteral("ui/language"), QString()).toString();
  return p;
}

void Preferences::save() const {
  QSettings s;
  s.setValue(QStringLiteral("view/cacheMegabytes"), cacheMegabytes);
  s.setValue(QStringLiteral("compute/threads"), threads);
  s.setValue(QStringLiteral("stretch/low"), stretch.lowPercent);
  s.setValue(QStringLiteral("stretch/high"), stretch.highPercent);
  s.setValue(QStringLiteral("stretch/byteImagery"), stretch.stretchByteImagery);
  s.setValue(QStringLiteral("ui/language"), language);
}

QStringList Preferences::recentFiles() { return QSettings().value(QLatin1String(kRecent)).toStringList(); }

void Preferences::addRecentFile(const QString& path) {
  QStringList list = recentFiles();
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > kMaxRecent)
    list.removeLast();
  QSettings().setValue(QLatin1String(kRecent), list);
}

void Preferences::removeRecentFile(const QString& path) {
  QStringList list = recentFiles();
  list.removeAll(path);
  QSettings().setValue(QLatin1String(kRecent), list);
}

}  // namespace rrsis::ui
