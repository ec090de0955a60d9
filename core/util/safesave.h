#pragma once
#include <QByteArray>
#include <QString>

#include "util/result.h"
#include "util/safewrite.h"

namespace rrsis {

/**
 * The Qt form of safeWriteFile (util/safewrite.h): writes `bytes` to `path` so that the file
 * is always either its old or its new complete content; a failure leaves no temporary file.
 * The message names the file and keeps the system's reason.
 */
Status safeWriteFile(const QString& path, const QByteArray& bytes, Overwrite overwrite = Overwrite::Replace);

/** Turns a reason from util/safewrite.h into the message "Cannot write <path>: <reason>". */
QString safeWriteFailure(const QString& path, const std::string& reason);

}  // namespace rrsis
