#include "annotation/journalrecord.h"

#include <array>

namespace rrsis::journalrecord {

namespace {

constexpr char kMagic[4] = {'R', 'R', 'J', '1'};
constexpr int kHeader = 12;
constexpr quint32 kMaxPayload = 1u << 30;

void putLe32(QByteArray& out, quint32 v) {
  for (int i = 0; i < 4; ++i) out.append(char((v >> (8 * i)) & 0xff));
}

quint32 getLe32(const char* p) {
  quint32 v = 0;
  for (int i = 0; i < 4; ++i) v |= quint32(quint8(p[i])) << (8 * i);
  return v;
}

}  // namespace

quint32 crc32(const QByteArray& bytes) {
  static const std::array<quint32, 256> table = [] {
    std::array<quint32, 256> t{};
    for (quint32 n = 0; n < 256; ++n) {
      quint32 c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  quint32 c = 0xffffffffu;
  for (char b : bytes) c = table[(c ^ quint8(b)) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

QByteArray frame(const QByteArray& payload) {
  QByteArray out;
  out.reserve(kHeader + payload.size());
  out.append(kMagic, 4);
  putLe32(out, quint32(payload.size()));
  putLe32(out, crc32(payload));
  out.append(payload);
  return out;
}

std::vector<QByteArray> parse(const QByteArray& bytes, bool* damaged) {
  std::vector<QByteArray> out;
  qsizetype pos = 0;
  bool cut = false;
  while (pos < bytes.size()) {
    if (bytes.size() - pos < kHeader || memcmp(bytes.constData() + pos, kMagic, 4) != 0) {
      cut = true;
      break;
    }
    const quint32 length = getLe32(bytes.constData() + pos + 4);
    const quint32 crc = getLe32(bytes.constData() + pos + 8);
    if (length > kMaxPayload || qsizetype(length) > bytes.size() - pos - kHeader) {
      cut = true;
      break;
    }
    QByteArray payload = bytes.mid(pos + kHeader, qsizetype(length));
    if (crc32(payload) != crc) {
      cut = true;
      break;
    }
    out.push_back(std::move(payload));
    pos += kHeader + qsizetype(length);
  }
  if (damaged) *damaged = cut;
  return out;
}

}  // namespace rrsis::journalrecord
