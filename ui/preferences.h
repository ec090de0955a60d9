#pragma once
#include <QString>
#include <QStringList>

#include "raster/displaymapping.h"

namespace rrsis::ui {

/** The studio's user preferences, stored with QSettings. A value type. */
struct Preferences {
  int cacheMegabytes = 256;  ///< display tile cache budget
  int threads = 0;           ///< 0: every logical CPU
  StretchDefaults stretch;
  QString language;                            ///< "" follows the system; "en", "de", "zh_CN"
  bool forceCpu = false;                       ///< run models on the CPU even when a GPU is present
  int modelThreads = 0;                        ///< intra-op threads for models; 0: every logical CPU
  QString precision = QStringLiteral("auto");  ///< "auto", "fp32" or "bf16" (SegmenterOptions::Precision)

  static Preferences load();
  void save() const;

  /** Most recently opened files first, at most 10. */
  static QStringList recentFiles();
  static void addRecentFile(const QString& path);
  static void removeRecentFile(const QString& path);
  /** Model bundles, most recently loaded first, at most 10. */
  static QStringList recentProjects();
  static void addRecentProject(const QString& path);
  static void removeRecentProject(const QString& path);

  static QStringList recentModels();
  static void addRecentModel(const QString& path);
};

}  // namespace rrsis::ui
