#include "train/languageflip.h"

#include <QHash>
#include <QRegularExpression>

namespace rrsis {

namespace {

QHash<QString, QString> pairs(std::initializer_list<std::pair<const char*, const char*>> list) {
  QHash<QString, QString> map;
  for (const auto& [a, b] : list) {
    map.insert(QLatin1String(a), QLatin1String(b));
    map.insert(QLatin1String(b), QLatin1String(a));
  }
  return map;
}

const QHash<QString, QString>& horizontalWords() {
  static const QHash<QString, QString> m = pairs({{"left", "right"},
                                                  {"leftmost", "rightmost"},
                                                  {"east", "west"},
                                                  {"eastern", "western"},
                                                  {"eastmost", "westmost"},
                                                  {"easternmost", "westernmost"},
                                                  {"eastward", "westward"},
                                                  {"eastwards", "westwards"},
                                                  {"northeast", "northwest"},
                                                  {"southeast", "southwest"},
                                                  {"northeastern", "northwestern"},
                                                  {"southeastern", "southwestern"}});
  return m;
}

const QHash<QString, QString>& verticalWords() {
  static const QHash<QString, QString> m = pairs({{"top", "bottom"},
                                                  {"topmost", "bottommost"},
                                                  {"upper", "lower"},
                                                  {"uppermost", "lowermost"},
                                                  {"above", "below"},
                                                  {"north", "south"},
                                                  {"northern", "southern"},
                                                  {"northmost", "southmost"},
                                                  {"northernmost", "southernmost"},
                                                  {"northward", "southward"},
                                                  {"northwards", "southwards"},
                                                  {"northeast", "southeast"},
                                                  {"northwest", "southwest"},
                                                  {"northeastern", "southeastern"},
                                                  {"northwestern", "southwestern"}});
  return m;
}

/** Spatial words whose mirror image the rewrite cannot express. */
bool unrewritable(const QString& lower) {
  static const QStringList words = {"clockwise", "counterclockwise", "anticlockwise", "counter-clockwise",
                                    "anti-clockwise"};
  return words.contains(lower);
}

QString withCaseOf(const QString& replacement, const QString& original) {
  if (original == original.toUpper() && original.size() > 1) return replacement.toUpper();
  if (original.at(0).isUpper()) return replacement.at(0).toUpper() + replacement.mid(1);
  return replacement;
}

/** Words that place a target in the frame without a mirror pair of their own. */
bool framingWord(const QString& lower) {
  static const QStringList words = {"middle", "center", "centre", "central",  "corner",   "side",
                                    "edge",   "border", "margin", "leftmost", "rightmost"};
  return words.contains(lower);
}

}  // namespace

bool mentionsPosition(const QString& expression) {
  static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
  auto it = word.globalMatch(expression);
  while (it.hasNext()) {
    const QString w = it.next().captured(0).toLower();
    if (horizontalWords().contains(w) || verticalWords().contains(w) || unrewritable(w) || framingWord(w)) return true;
  }
  return false;
}

std::optional<QString> rewriteForFlip(const QString& expression, Flip flip) {
  const QHash<QString, QString>& map = flip == Flip::Horizontal ? horizontalWords() : verticalWords();
  // Words, with hyphenated compounds ("counter-clockwise") kept whole for the check.
  static const QRegularExpression word(QStringLiteral("[A-Za-z]+(?:-[A-Za-z]+)*"));
  QString out;
  qsizetype last = 0;
  auto it = word.globalMatch(expression);
  while (it.hasNext()) {
    const auto m = it.next();
    const QString compound = m.captured(0);
    if (unrewritable(compound.toLower())) return std::nullopt;
    out += expression.mid(last, m.capturedStart() - last);
    // Rewrite each part of a compound ("left-hand" -> "right-hand").
    const QStringList parts = compound.split(QLatin1Char('-'));
    QStringList rewritten;
    for (const QString& part : parts) {
      if (unrewritable(part.toLower())) return std::nullopt;
      const auto found = map.constFind(part.toLower());
      rewritten << (found == map.constEnd() ? part : withCaseOf(*found, part));
    }
    out += rewritten.join(QLatin1Char('-'));
    last = m.capturedEnd();
  }
  out += expression.mid(last);
  return out;
}

}  // namespace rrsis
