#pragma once
#include <memory>

#include <QString>

#include "text/tokenizer.h"
#include "util/result.h"

namespace rrsis {

/** Loads a "wordpiece" (vocab.txt) or "sentencepiece" (.model) tokenizer; an error names what failed. */
Result<std::unique_ptr<Tokenizer>> loadTokenizer(const QString& kind, const QString& path, bool lowercase);

}  // namespace rrsis
