#include "preferences.h"

#include <QSettings>

namespace rrsis::ui {

namespace {
constexpr int kMaxRecent = 10;
const char* kRecent = "recentFiles";
const char* kRecentModels = "recentModels";
const char* kRecentProjects = "recentProjects";
}  // namespace

Preferences Preferences::load() {
  QSettings s;
  Preferences p;
  p.cacheMegabytes = std::clamp(s.value(QStringLiteral("view/cacheMegabytes"), p.cacheMegabytes).toInt(), 16, 16384);
  p.threads = std::clamp(s.value(QStringLiteral("compute/threads"), p.threads).toInt(), 0, 256);
  p.stretch.lowPercent = std::clamp(s.value(QStringLiteral("stretch/low"), p.stretch.lowPercent).toDouble(), 0.0, 50.0);
  p.stretch.highPercent =
      std::clamp(s.value(QStringLiteral("stretch/high"), p.stretch.highPercent).toDouble(), 50.0, 100.0);
  p.stretch.stretchByteImagery = s.value(QStringLiteral("stretch/byteImagery"), false).toBool();
  p.language = s.value(QStringLiteral("ui/language"), QString()).toString();
  p.forceCpu = s.value(QStringLiteral("compute/forceCpu"), false).toBool();
  p.precision = s.value(QStringLiteral("compute/precision"), QStringLiteral("auto")).toString();
  p.modelThreads = std::clamp(s.value(QStringLiteral("compute/modelThreads"), p.modelThreads).toInt(), 0, 256);
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
  s.setValue(QStringLiteral("compute/forceCpu"), forceCpu);
  s.setValue(QStringLiteral("compute/precision"), precision);
  s.setValue(QStringLiteral("compute/modelThreads"), modelThreads);
}

namespace {
QStringList recentList(const char* key) { return QSettings().value(QLatin1String(key)).toStringList(); }

void addToList(const char* key, const QString& path) {
  QStringList list = recentList(key);
  list.removeAll(path);
  list.prepend(path);
  while (list.size() > kMaxRecent) list.removeLast();
  QSettings().setValue(QLatin1String(key), list);
}

void removeFromList(const char* key, const QString& path) {
  QStringList list = recentList(key);
  list.removeAll(path);
  QSettings().setValue(QLatin1String(key), list);
}

}  // namespace

QStringList Preferences::recentFiles() { return recentList(kRecent); }
void Preferences::addRecentFile(const QString& path) { addToList(kRecent, path); }
void Preferences::removeRecentFile(const QString& path) { removeFromList(kRecent, path); }
QStringList Preferences::recentProjects() { return recentList(kRecentProjects); }
void Preferences::addRecentProject(const QString& path) { addToList(kRecentProjects, path); }
void Preferences::removeRecentProject(const QString& path) { removeFromList(kRecentProjects, path); }
QStringList Preferences::recentModels() { return recentList(kRecentModels); }
void Preferences::addRecentModel(const QString& path) { addToList(kRecentModels, path); }

}  // namespace rrsis::ui
