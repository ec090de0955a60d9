#pragma once
#include <memory>

#include <QString>

#include "model/segmenter.h"
#include "util/result.h"

namespace rrsis::test {

/**
 * A Segmenter without LibTorch, for the tests that run under the sanitizers: its "network" is a
 * colour rule (probability 1 where red dominates: R > 150, G and B < 100), at a 64 x 64 input
 * with an 8-token WordPiece vocabulary written into `folder`. It exercises everything around a
 * model (encoding, chips, tiling, threads, caching) exactly as a LibTorch model does; the tests
 * with real models (tst_inferenceservice, tst_inference) cover the same paths with LibTorch.
 * `delayMs` sleeps in every forward pass, so a test can catch a query in the middle.
 */
Result<std::unique_ptr<Segmenter>> makeColourRuleSegmenter(const QString& folder, int delayMs = 0);

}  // namespace rrsis::test
