#pragma once

namespace rrsis::cli {

/**
 * Makes runModelCommand() run the commands that need LibTorch (predict, train, eval,
 * checkpoint info, convert, project annotate, info on a bundle) in this process. Called by
 * rrsis-ml's main and by tests; the rrsis executable instead hands these commands to rrsis-ml.
 */
void installModelCommands();

}  // namespace rrsis::cli
