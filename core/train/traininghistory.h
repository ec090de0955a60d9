#pragma once
#include <vector>

#include <QByteArray>
#include <QJsonObject>

#include "train/trainer.h"

namespace rrsis {

/** One epoch's record as JSON (history.json, checkpoints): its metrics plus losses, timing, flips. */
QJsonObject recordToJson(const EpochRecord& record);
/** The record written by recordToJson. */
EpochRecord recordFromJson(const QJsonObject& object);
/** training/history.csv: a header line, then one line per epoch. */
QByteArray historyCsv(const std::vector<EpochRecord>& history);

}  // namespace rrsis
