#pragma once
#include <cstdint>
#include <vector>

#include <QString>
#include <QStringList>

namespace rrsis {

class PartOfSpeechTagger;

/** The two extra word masks FIANet's text streams attend with, over the word-piece positions. */
struct FianetTextMasks {
  std::vector<int64_t> object;    ///< the ground-object words (a class name of the data set)
  std::vector<int64_t> position;  ///< the preposition phrases; the attention mask when there are none
  QStringList phrases;            ///< the preposition phrases kept (for model information and tests)
};

/** The class lists FIANet matches: RefSegRS's 14 and RRSIS-D's 20 categories. */
QStringList fianetClasses(const QString& dataset);

/**
 * FIANet's preposition phrases: NLTK's chunk grammar PP: {<IN><DT>?<JJ.*>?<NN>}
 * {<IN><DT>?<JJ.*>?<JJ>} {<IN><DT>?<JJ.*><VBD>} over the tags, the rules applied in order, each
 * leftmost-first over tokens not yet chunked, optional parts greedy. Returns [first, end) runs.
 */
std::vector<std::pair<int, int>> chunkPrepositionPhrases(const QStringList& tags);

/**
 * The object and position masks FIANet derives from an expression, as its data loaders do:
 * a class name found anywhere in the text (a regular-expression search, so "car" also finds
 * "cars" and "carpet") marks as many positions as the name has words, from the first word token
 * containing the name's first word; each preposition phrase without the letters "of" (so
 * "roof" drops a phrase too) marks its words from the first token equal to its first word.
 * Word-token positions are used as word-piece positions, shifted by one for [CLS], as FIANet does;
 * marks past `attention`'s length are dropped (FIANet's lists would grow). Without a phrase the
 * position mask is the attention mask.
 */
FianetTextMasks fianetTextMasks(const QString& expression, const QStringList& classes, const PartOfSpeechTagger& tagger,
                                const std::vector<int64_t>& attention);

}  // namespace rrsis
