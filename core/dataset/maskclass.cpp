#include "dataset/maskclass.h"

#include <set>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <opencv2/core.hpp>

namespace rrsis {

namespace {

struct ClassText {
  Q_DECLARE_TR_FUNCTIONS(MaskClass)
};

using Color = std::array<std::uint8_t, 3>;

/** One colour: [r, g, b] with whole numbers 0..255, or "#RRGGBB". */
bool parseColor(const QJsonValue& v, Color* out) {
  if (v.isString()) {
    static const QRegularExpression hex(QStringLiteral("^#?([0-9A-Fa-f]{6})$"));
    const QRegularExpressionMatch m = hex.match(v.toString().trimmed());
    if (!m.hasMatch()) return false;
    const uint rgb = m.captured(1).toUInt(nullptr, 16);
    *out = {std::uint8_t(rgb >> 16), std::uint8_t(rgb >> 8), std::uint8_t(rgb)};
    return true;
  }
  const QJsonArray a = v.toArray();
  if (!v.isArray() || a.size() != 3) return false;
  for (int c = 0; c < 3; ++c) {
    const double x = a[c].toDouble(-1);
    if (!a[c].isDouble() || x < 0 || x > 255 || x != int(x)) return false;
    (*out)[size_t(c)] = std::uint8_t(x);
  }
  return true;
}

/** "color": one colour or a list of colours. */
bool parseColors(const QJsonValue& v, std::vector<Color>* out) {
  Color one{};
  if (parseColor(v, &one)) {
    out->push_back(one);
    return true;
  }
  if (!v.isArray() || v.toArray().isEmpty()) return false;
  for (const QJsonValue& item : v.toArray()) {
    if (!parseColor(item, &one)) return false;
    out->push_back(one);
  }
  return true;
}

/** One class object; an error without the file name (the caller adds it). */
Result<MaskClass> parseClass(const QJsonValue& value, int index) {
  using R = Result<MaskClass>;
  if (!value.isObject()) return R::failure(ClassText::tr("class %1 is not an object.").arg(index + 1));
  const QJsonObject o = value.toObject();
  MaskClass c;
  c.name = o.value(QStringLiteral("name")).toString().simplified();
  if (c.name.isEmpty()) return R::failure(ClassText::tr("class %1 has no name.").arg(index + 1));
  const QString shown = ClassText::tr("class “%1”").arg(c.name);
  const QJsonValue color =
      o.contains(QStringLiteral("color")) ? o.value(QStringLiteral("color")) : o.value(QStringLiteral("colors"));
  if (!parseColors(color, &c.colors))
    return R::failure(
        ClassText::tr("%1: “color” must be [r, g, b] with whole numbers 0..255, \"#RRGGBB\", or a list of those.")
            .arg(shown));
  const QJsonValue expressions = o.value(QStringLiteral("expressions"));
  if (!expressions.isUndefined() && !expressions.isNull() && !expressions.isArray())
    return R::failure(ClassText::tr("%1: “expressions” must be a list of texts.").arg(shown));
  for (const QJsonValue& e : expressions.toArray()) {
    const QString text = e.toString().simplified();
    if (!e.isString() || text.isEmpty())
      return R::failure(ClassText::tr("%1: every expression must be a non-empty text.").arg(shown));
    if (!c.expressions.contains(text)) c.expressions << text;
  }
  if (o.contains(QStringLiteral("min_fraction"))) {
    c.minFraction = o.value(QStringLiteral("min_fraction")).toDouble(-1);
    if (!o.value(QStringLiteral("min_fraction")).isDouble() || !(c.minFraction >= 0) || c.minFraction > 1)
      return R::failure(ClassText::tr("%1: “min_fraction” must be a number within 0..1.").arg(shown));
  }
  if (o.contains(QStringLiteral("tolerance"))) {
    const double t = o.value(QStringLiteral("tolerance")).toDouble(-1);
    if (!o.value(QStringLiteral("tolerance")).isDouble() || t < 0 || t > 255 || t != int(t))
      return R::failure(ClassText::tr("%1: “tolerance” must be a whole number within 0..255.").arg(shown));
    c.tolerance = int(t);
  }
  return c;
}

}  // namespace

cv::Mat MaskClass::match(const cv::Mat& rgb) const {
  cv::Mat out = cv::Mat::zeros(rgb.size(), CV_8U), hit;
  for (const Color& c : colors) {
    const cv::Scalar lo(c[0] - tolerance, c[1] - tolerance, c[2] - tolerance);
    const cv::Scalar hi(c[0] + tolerance, c[1] + tolerance, c[2] + tolerance);
    cv::inRange(rgb, lo, hi, hit);
    out |= hit;
  }
  return out;
}

Result<std::vector<MaskClass>> parseMaskClasses(const QByteArray& json, const QString& shownName) {
  using R = Result<std::vector<MaskClass>>;
  auto fail = [&](const QString& why) { return R::failure(ClassText::tr("Classes file %1: %2").arg(shownName, why)); };
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
  if (doc.isNull())
    return fail(ClassText::tr("not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
  const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("classes")).toArray();
  if (list.isEmpty()) return fail(ClassText::tr("it lists no class (expected a JSON list of classes)."));
  std::vector<MaskClass> classes;
  std::set<QString> names;
  for (int i = 0; i < list.size(); ++i) {
    auto c = parseClass(list[i], i);
    if (!c) return fail(c.error());
    if (!names.insert(c->name.toLower()).second)
      return fail(ClassText::tr("the class name “%1” is used twice.").arg(c->name));
    classes.push_back(std::move(*c));
  }
  bool anyQueried = false;
  for (const MaskClass& c : classes) anyQueried = anyQueried || c.isQueried();
  if (!anyQueried) return fail(ClassText::tr("no class has expressions, so there is nothing to ask for."));
  return classes;
}

Result<std::vector<MaskClass>> loadMaskClasses(const QString& path) {
  QFile f(path);
  if (!f.exists())
    return Result<std::vector<MaskClass>>::failure(
        ClassText::tr("The classes file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
  if (!f.open(QIODevice::ReadOnly))
    return Result<std::vector<MaskClass>>::failure(
        ClassText::tr("Cannot read the classes file %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
  return parseMaskClasses(f.readAll(), QDir::toNativeSeparators(path));
}

}  // namespace rrsis
