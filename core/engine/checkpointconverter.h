#pragma once
#include <functional>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace rrsis {

/** What `rrsis convert` is asked to do. A value type. */
struct ConvertRequest {
  QString checkpoint;    ///< a torch.save file (.pth) of an official training run
  QString architecture;  ///< "lavt", "lavt_one" or "rmsin" (also RemoteSAM)
  int inputSize = 0;     ///< 0: the checkpoint's args.img_size, else 480
  QString vocab;         ///< BERT's vocab.txt; empty: looked up in Hugging Face's cache
  QString out;           ///< the bundle folder NAME.rrsismodel to write
  QString name;          ///< model.json "name"; empty: made from the checkpoint's file name
  bool overwrite = false;
};

/** What a conversion wrote and what it had to decide. */
struct ConvertReport {
  QString bundle;
  QString architecture;  ///< the bundle's architecture ("lavt" or "rmsin")
  QString layout;        ///< the layout the file was in: "lavt" (BERT apart) or "lavt_one"
  qint64 parameters = 0;
  int inputSize = 0;
  QStringList notes;  ///< configuration read from the weights where the arguments disagreed, ...
};

/**
 * Converts an official checkpoint into a model bundle without Python: reads the file with the
 * restricted reader (optimizer and scheduler state never loaded), takes the model's state dict
 * (stripping DDP's "module." prefix, filing LAVT's separate "bert_model" under
 * "text_encoder"), reads the sizes from the weights and the rest from the training arguments,
 * checks every key and shape against the network, and writes weights.safetensors, model.json
 * and vocab.txt into a temporary folder renamed into place (an existing bundle is kept unless
 * `overwrite`). `progress` gets a line per step.
 */
Result<ConvertReport> convertCheckpoint(const ConvertRequest& request,
                                        const std::function<void(const QString&)>& progress = {});

/** BERT-base-uncased's vocab.txt in Hugging Face's cache ($HF_HOME, ~/.cache/huggingface), or empty. */
QString findBertVocabulary();

}  // namespace rrsis
