#pragma once
#include <vector>

#include <QByteArray>
#include <QString>

#include "util/result.h"

namespace rrsis::journalrecord {

/**
 * The recovery journal's framing: each record is "RRJ1", its length (uint32, little endian),
 * the CRC-32 of the payload and the payload. A record cut off by a crash, or damaged, ends
 * the journal: everything before it is read, nothing after it.
 */
QByteArray frame(const QByteArray& payload);
/** The payloads of the complete, intact records of `bytes`, in order; `*damaged` tells whether the tail was cut. */
std::vector<QByteArray> parse(const QByteArray& bytes, bool* damaged = nullptr);
/** CRC-32 (IEEE 802.3, as zlib computes it). */
quint32 crc32(const QByteArray& bytes);

}  // namespace rrsis::journalrecord
