#pragma once
// What the commands that run a model share (rrsis_cli_model: links LibTorch).
class QCommandLineParser;

namespace rrsis {
struct SegmenterOptions;
}

namespace rrsis::cli {

/** --cpu, --threads, --nltk-data and (withPrecision) --precision, shared by every command that runs a model. */
void addComputeOptions(QCommandLineParser& parser, bool withPrecision = true);
/** The options those ask for; false when --threads or --precision is not valid. */
bool computeOptions(const QCommandLineParser& parser, SegmenterOptions* options);

}  // namespace rrsis::cli
