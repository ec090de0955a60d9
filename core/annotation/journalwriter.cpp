#include "annotation/journalwriter.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "annotation/annotationjson.h"
#include "annotation/journalrecord.h"
#include "raster/bytegeotiff.h"

namespace rrsis {

namespace {

struct RecoveryJournalText {
  Q_DECLARE_TR_FUNCTIONS(RecoveryJournal)
};

QJsonArray intArray(const std::vector<int>& v) {
  QJsonArray a;
  for (int x : v) a.append(x);
  return a;
}

std::vector<int> presentIn(const TiledMask& mask, const std::vector<int>& wanted) {
  std::vector<int> out;
  for (int i : wanted)
    if (mask.tile(i)) out.push_back(i);
  return out;
}

std::vector<int> keys(const TiledMask& mask) {
  std::vector<int> out;
  for (const auto& entry : mask.tiles()) out.push_back(entry.first);
  return out;
}

}  // namespace

JournalWriter::JournalWriter(const QString& folder) : folder_(folder), file_(folder + QStringLiteral("/journal.bin")) {}

bool JournalWriter::open(bool truncate) {
  if (truncate) {
    file_.close();
    probabilities_.clear();
  }
  if (file_.isOpen()) return true;
  return file_.open(truncate ? (QIODevice::WriteOnly | QIODevice::Truncate)
                             : (QIODevice::WriteOnly | QIODevice::Append));
}

QByteArray JournalWriter::encode(const JournalEntry& e) {
  QJsonObject o;
  switch (e.kind) {
    case JournalEntry::Kind::Base:
      o = {{QStringLiteral("t"), QStringLiteral("base")},
           {QStringLiteral("project"), e.scene},
           {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
           {QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
      break;
    case JournalEntry::Kind::Scene:
      o = {{QStringLiteral("t"), QStringLiteral("scene")},
           {QStringLiteral("path"), e.scene},
           {QStringLiteral("w"), e.size.width()},
           {QStringLiteral("h"), e.size.height()},
           {QStringLiteral("bytes"), double(e.fingerprint.bytes)},
           {QStringLiteral("modified"), e.fingerprint.modified.toUTC().toString(Qt::ISODate)}};
      break;
    case JournalEntry::Kind::SceneRemoved:
      o = {{QStringLiteral("t"), QStringLiteral("scene-removed")}, {QStringLiteral("path"), e.scene}};
      break;
    case JournalEntry::Kind::AnnotationRemoved:
      o = {{QStringLiteral("t"), QStringLiteral("removed")},
           {QStringLiteral("scene"), e.scene},
           {QStringLiteral("id"), e.id},
           {QStringLiteral("order"), intArray(e.order)}};
      break;
    case JournalEntry::Kind::Annotation: {
      const Annotation& a = e.annotation;
      const std::vector<int> added = e.full ? keys(a.added) : presentIn(a.added, e.dirtyAdded);
      const std::vector<int> erased = e.full ? keys(a.erased) : presentIn(a.erased, e.dirtyErased);
      o = {{QStringLiteral("t"), QStringLiteral("ann")},
           {QStringLiteral("scene"), e.scene},
           {QStringLiteral("order"), intArray(e.order)},
           {QStringLiteral("a"), annotationjson::metadataToJson(a)},
           {QStringLiteral("added_present"), intArray(keys(a.added))},
           {QStringLiteral("erased_present"), intArray(keys(a.erased))},
           {QStringLiteral("added"), annotationjson::tilesToJson(a.added, &added)},
           {QStringLiteral("erased"), annotationjson::tilesToJson(a.erased, &erased)}};
      const ProbabilityMap& m = a.probability;
      if (!m.isEmpty() && !m.id.isEmpty() && !probabilities_.count(m.id)) {
        QDir().mkpath(folder_ + QStringLiteral("/probability"));
        const QString file = folder_ + QStringLiteral("/probability/") + m.id + QStringLiteral(".tif");
        if (!QFileInfo::exists(file)) {
          if (Status s = writeByteGeoTiff(file, m.probability, GeoReference(), ExistingFile::Refuse); !s) {
            Q_EMIT failed(s.error());
            failing_ = true;
          }
        }
        probabilities_.insert(m.id);
      }
      break;
    }
  }
  return journalrecord::frame(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void JournalWriter::write(const std::vector<JournalEntry>& entries) {
  if (entries.empty()) return;
  const bool restart = entries.front().kind == JournalEntry::Kind::Base;
  QByteArray bytes;
  for (const JournalEntry& e : entries) bytes += encode(e);
  const auto fail = [this](const QString& why) {
    failing_ = true;
    Q_EMIT failed(RecoveryJournalText::tr("Cannot write the recovery journal %1: %2")
                      .arg(QDir::toNativeSeparators(file_.fileName()), why));
  };
  if (!open(restart)) return fail(file_.errorString());
  const qint64 before = file_.size();
  errno = 0;
  if (file_.write(bytes) != bytes.size() || !file_.flush()) {
    // Leave no partial record behind: later records must still follow a whole one.
    const int error = errno;
    const QString why = error ? QString::fromLocal8Bit(std::strerror(error)) : file_.errorString();
    file_.close();
    if (QFile f(file_.fileName()); f.open(QIODevice::ReadWrite)) f.resize(before);
    return fail(why);
  }
  ::fdatasync(file_.handle());
  records_ += int(entries.size());
  if (failing_) {
    failing_ = false;
    Q_EMIT recovered();
  }
}

}  // namespace rrsis
