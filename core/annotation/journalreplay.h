#pragma once
#include <memory>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

class Project;

/** What a recovery found. */
struct RecoveryReport {
  QString baseProject;       ///< the project file the journal builds on ("" for an untitled project)
  int records = 0;           ///< intact records applied
  bool damagedTail = false;  ///< the last record was cut off (the crash hit mid-write) and was skipped
  QStringList notes;         ///< anything the user should know (a missing base project, ...)
};

/**
 * Rebuilds a project from a recovery session folder: loads the project the journal builds on
 * (if any) and applies every intact record in order. The result is marked modified and keeps
 * the base project's file name, so saving writes the recovered work where it belongs.
 */
Result<std::unique_ptr<Project>> recoverSession(const QString& folder, RecoveryReport* report = nullptr);

}  // namespace rrsis
