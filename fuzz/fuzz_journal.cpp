// The recovery journal. journalrecord::parse reads raw bytes (lengths, CRCs, a cut-off tail);
// then the input's lines are framed as valid records, so that recoverSession replays each
// one: a project or a message, never a crash or a leak.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "annotation/journalrecord.h"
#include "annotation/journalreplay.h"
#include "annotation/project.h"
#include "scratchfolder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
  bool damaged = false;
  rrsis::journalrecord::parse(bytes, &damaged);

  QByteArray journal;
  for (const QByteArray& line : bytes.split('\n')) journal += rrsis::journalrecord::frame(line);
  bool framedDamaged = true;
  if (rrsis::journalrecord::parse(journal, &framedDamaged).size() != size_t(bytes.count('\n') + 1) || framedDamaged)
    std::abort();  // what frame() writes, parse() reads back whole
  rrsis::fuzz::writeScratchFile(QStringLiteral("journal.bin"), journal);
  rrsis::RecoveryReport report;
  auto project = rrsis::recoverSession(rrsis::fuzz::scratchFolder().path(), &report);
  if (!project && project.error().isEmpty()) std::abort();
  return 0;
}
