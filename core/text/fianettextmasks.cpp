#include "text/fianettextmasks.h"

#include <QRegularExpression>

#include "text/nltkwordtokenizer.h"
#include "text/postagger.h"

namespace rrsis {

namespace {

enum class Slot { In, OptionalDt, OptionalJjAny, Nn, Jj, JjAny, Vbd };

bool fits(Slot s, const QString& tag) {
  switch (s) {
    case Slot::In:
      return tag == QLatin1String("IN");
    case Slot::OptionalDt:
      return tag == QLatin1String("DT");
    case Slot::OptionalJjAny:
    case Slot::JjAny:
      return tag.startsWith(QLatin1String("JJ"));
    case Slot::Nn:
      return tag == QLatin1String("NN");
    case Slot::Jj:
      return tag == QLatin1String("JJ");
    case Slot::Vbd:
      return tag == QLatin1String("VBD");
  }
  return false;
}

bool optional(Slot s) { return s == Slot::OptionalDt || s == Slot::OptionalJjAny; }

/** Length of the first match of `rule` at `i` (optional slots tried present first), 0 if none. */
int matchAt(const std::vector<Slot>& rule, size_t slot, const QStringList& tags, const std::vector<bool>& chunked,
            int i) {
  if (slot == rule.size()) return 0;
  const bool available = i < tags.size() && !chunked[size_t(i)];
  if (available && fits(rule[slot], tags[i])) {
    const int rest = slot + 1 == rule.size() ? 0 : matchAt(rule, slot + 1, tags, chunked, i + 1);
    if (rest >= 0) return 1 + rest;
  }
  if (optional(rule[slot])) return slot + 1 == rule.size() ? 0 : matchAt(rule, slot + 1, tags, chunked, i);
  return -1;
}

void markFrom(std::vector<int64_t>& mask, int wordIndex, int count) {
  for (int k = 0; k < count; ++k) {
    const size_t at = size_t(wordIndex + 1 + k);  // +1: BERT's [CLS]
    if (at < mask.size()) mask[at] = 1;
  }
}

}  // namespace

QStringList fianetClasses(const QString& dataset) {
  if (dataset.compare(QLatin1String("rrsisd"), Qt::CaseInsensitive) == 0 ||
      dataset.compare(QLatin1String("rrsis-d"), Qt::CaseInsensitive) == 0)
    return {QStringLiteral("airplane"),
            QStringLiteral("airport"),
            QStringLiteral("golf field"),
            QStringLiteral("expressway service area"),
            QStringLiteral("baseball field"),
            QStringLiteral("stadium"),
            QStringLiteral("ground track field"),
            QStringLiteral("storage tank"),
            QStringLiteral("basketball court"),
            QStringLiteral("chimney"),
            QStringLiteral("tennis court"),
            QStringLiteral("overpass"),
            QStringLiteral("train station"),
            QStringLiteral("ship"),
            QStringLiteral("expressway toll station"),
            QStringLiteral("dam"),
            QStringLiteral("harbor"),
            QStringLiteral("bridge"),
            QStringLiteral("vehicle"),
            QStringLiteral("windmill")};
  return {QStringLiteral("road"),
          QStringLiteral("vehicle"),
          QStringLiteral("car"),
          QStringLiteral("van"),
          QStringLiteral("building"),
          QStringLiteral("truck"),
          QStringLiteral("trailer"),
          QStringLiteral("bus"),
          QStringLiteral("road marking"),
          QStringLiteral("bikeway"),
          QStringLiteral("sidewalk"),
          QStringLiteral("tree"),
          QStringLiteral("low vegetation"),
          QStringLiteral("impervious surface")};
}

std::vector<std::pair<int, int>> chunkPrepositionPhrases(const QStringList& tags) {
  static const std::vector<std::vector<Slot>> rules = {{Slot::In, Slot::OptionalDt, Slot::OptionalJjAny, Slot::Nn},
                                                       {Slot::In, Slot::OptionalDt, Slot::OptionalJjAny, Slot::Jj},
                                                       {Slot::In, Slot::OptionalDt, Slot::JjAny, Slot::Vbd}};
  std::vector<bool> chunked(size_t(tags.size()), false);
  std::vector<std::pair<int, int>> chunks;
  for (const auto& rule : rules) {
    int i = 0;
    while (i < tags.size()) {
      const int length = chunked[size_t(i)] ? -1 : matchAt(rule, 0, tags, chunked, i);
      if (length <= 0) {
        ++i;
        continue;
      }
      for (int k = i; k < i + length; ++k) chunked[size_t(k)] = true;
      chunks.emplace_back(i, i + length);
      i += length;
    }
  }
  std::sort(chunks.begin(), chunks.end());  // tree order: left to right
  return chunks;
}

FianetTextMasks fianetTextMasks(const QString& expression, const QStringList& classes, const PartOfSpeechTagger& tagger,
                                const std::vector<int64_t>& attention) {
  FianetTextMasks m;
  m.object.assign(attention.size(), 0);
  m.position.assign(attention.size(), 0);
  const QStringList words = nltkWordTokenize(expression);
  for (const QString& cls : classes) {
    if (!expression.contains(QRegularExpression(cls))) continue;
    const QStringList clsWords = nltkWordTokenize(cls);
    const QRegularExpression first(clsWords.value(0));
    int index = 0;
    for (int i = 0; i < words.size(); ++i)
      if (words[i].contains(first)) {
        index = i;
        break;
      }
    markFrom(m.object, index, int(clsWords.size()));
  }
  const QStringList tags = tagger.tag(words);
  for (const auto& [begin, end] : chunkPrepositionPhrases(tags)) {
    const QString phrase = words.mid(begin, end - begin).join(QLatin1Char(' '));
    if (phrase.contains(QLatin1String("of"))) continue;  // FIANet's filter is a substring test
    m.phrases << phrase;
    const QStringList phraseWords = nltkWordTokenize(phrase);
    const int index = std::max<int>(0, int(words.indexOf(phraseWords.value(0))));
    markFrom(m.position, index, int(phraseWords.size()));
  }
  if (std::count(m.position.begin(), m.position.end(), 1) == 0) m.position = attention;
  return m;
}

}  // namespace rrsis
