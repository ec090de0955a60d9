#pragma once
#include <QString>
#include <QStringList>

namespace rrsis {

/**
 * NLTK's word_tokenize as FIANet ran it (NLTK 3.8's NLTKWordTokenizer: starting quotes,
 * punctuation, brackets, dashes, ending quotes and contractions, in NLTK's order), so word
 * positions fall where FIANet's masks expect them. The text is taken as one sentence: Punkt's
 * sentence split is not reproduced; it changes tokens only for a period inside the text
 * followed by more words, which referring expressions rarely have. Stateless; thread-safe.
 */
QStringList nltkWordTokenize(const QString& text);

}  // namespace rrsis
