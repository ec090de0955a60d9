#include "text/nltkwordtokenizer.h"

#include <QRegularExpression>
#include <vector>

namespace rrsis {

namespace {

struct Rule {
  QRegularExpression pattern;
  QString replacement;
};

Rule rule(const QString& pattern, const QString& replacement, bool caseInsensitive = false) {
  QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
  if (caseInsensitive) options |= QRegularExpression::CaseInsensitiveOption;
  return {QRegularExpression(pattern, options), replacement};
}

/** The substitutions before the text is padded with spaces (NLTK's starting quotes to dashes). */
const std::vector<Rule>& leadingRules() {
  static const std::vector<Rule> rules = {
      rule(QStringLiteral("([\u00ab\u201c\u2018\u201e]|[`]+)"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("^\""), QStringLiteral("``")),
      rule(QStringLiteral("(``)"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("([ \\(\\[{<])(\"|'{2})"), QStringLiteral("\\1 `` ")),
      rule(QStringLiteral("(')(?!re|ve|ll|m|t|s|d|n)(\\w)\\b"), QStringLiteral("\\1 \\2"), true),
      rule(QStringLiteral("([^\\.])(\\.)([\\]\\)}>\"'\u00bb\u201d\u2019 ]*)\\s*$"), QStringLiteral("\\1 \\2 \\3 ")),
      rule(QStringLiteral("([:,])([^\\d])"), QStringLiteral(" \\1 \\2")),
      rule(QStringLiteral("([:,])$"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("(\\.{2,})"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("([;@#$%&])"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("([^\\.])(\\.)([\\]\\)}>\"']*)\\s*$"), QStringLiteral("\\1 \\2\\3 ")),
      rule(QStringLiteral("([?!])"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("([^'])' "), QStringLiteral("\\1 ' ")),
      rule(QStringLiteral("([*])"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("([\\]\\[\\(\\)\\{\\}\\<\\>])"), QStringLiteral(" \\1 ")),
      rule(QStringLiteral("--"), QStringLiteral(" -- ")),
  };
  return rules;
}

/** The substitutions after the padding (NLTK's ending quotes and contractions). */
const std::vector<Rule>& trailingRules() {
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> r = {
        rule(QStringLiteral("([\u00bb\u201d\u2019])"), QStringLiteral(" \\1 ")),
        rule(QStringLiteral("''"), QStringLiteral(" '' ")),
        rule(QStringLiteral("\""), QStringLiteral(" '' ")),
        rule(QStringLiteral("([^' ])('[sS]|'[mM]|'[dD]|') "), QStringLiteral("\\1 \\2 ")),
        rule(QStringLiteral("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), QStringLiteral("\\1 \\2 ")),
    };
    for (const char* c :
         {"\\b(can)(not)\\b", "\\b(d)('ye)\\b", "\\b(gim)(me)\\b", "\\b(gon)(na)\\b", "\\b(got)(ta)\\b",
          "\\b(lem)(me)\\b", "\\b(more)('n)\\b", "\\b(wan)(na)(?=\\s)", " ('t)(is)\\b", " ('t)(was)\\b"})
      r.push_back(rule(QString::fromLatin1(c), QStringLiteral(" \\1 \\2 "), true));
    return r;
  }();
  return rules;
}

}  // namespace

QStringList nltkWordTokenize(const QString& input) {
  QString text = input;
  for (const Rule& r : leadingRules()) text.replace(r.pattern, r.replacement);
  text = QLatin1Char(' ') + text + QLatin1Char(' ');
  for (const Rule& r : trailingRules()) text.replace(r.pattern, r.replacement);
  return text.split(QRegularExpression(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption),
                    Qt::SkipEmptyParts);
}

}  // namespace rrsis
