#pragma once
// The function behind each command of the rrsis CLI. Each takes the command's arguments with
// the program name first ("rrsis predict", then the options) and returns the exit code:
// 0 done, 1 failed (the message is printed), 2 usage error. The table in clicommands.cpp
// lists them; tests call them through runCli(). The commands that run a model live in
// rrsis_cli_model (modelcommands.cpp) and are reached through runModelCommand().
#include <QStringList>

namespace rrsis::cli {

/** rrsis info: print a raster's metadata; a bundle goes to runInfoBundle through runModelCommand. */
int runInfo(const QStringList& args);
/** rrsis info BUNDLE: describe a model bundle (needs LibTorch). */
int runInfoBundle(const QStringList& args);
/** rrsis synth-scene: write a synthetic aerial scene as a GeoTIFF. */
int runSynthScene(const QStringList& args);
/** rrsis synth: append synthetic samples to a RefSegRS folder. */
int runSynth(const QStringList& args);
/** rrsis predict: run a model bundle on an image and write a mask GeoTIFF. */
int runPredict(const QStringList& args);
/** rrsis eval: score a model bundle on a RefSegRS-layout dataset split. */
int runEval(const QStringList& args);
/** rrsis tokenize: print the ids and attention mask a tokenizer gives for a text. */
int runTokenize(const QStringList& args);
/** rrsis train: train a network and write a model bundle. */
int runTrain(const QStringList& args);
/** rrsis dataset from-classes: a semantic segmentation dataset to RefSegRS referring samples. */
int runDatasetFromClasses(const QStringList& args);

/** rrsis checkpoint info: a PyTorch checkpoint's tensors and arguments, without Python. */
int runCheckpointInfo(const QStringList& args);
/** rrsis convert: an official checkpoint into a model bundle, without Python. */
int runConvert(const QStringList& args);

/** rrsis project new / info / add-scene / annotate / export-refsegrs / export-coco / import-coco / recover. */
int runProjectNew(const QStringList& args);
int runProjectInfo(const QStringList& args);
int runProjectAddScene(const QStringList& args);
int runProjectAnnotate(const QStringList& args);
int runProjectExport(const QStringList& args);
int runProjectExportCoco(const QStringList& args);
int runProjectImportCoco(const QStringList& args);
int runExport(const QStringList& args);
int runImport(const QStringList& args);
int runProjectRecover(const QStringList& args);

}  // namespace rrsis::cli
