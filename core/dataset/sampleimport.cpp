#include "dataset/sampleimport.h"

#include <map>

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>
#include <opencv2/imgproc.hpp>

#include "annotation/annotationdocument.h"
#include "annotation/project.h"
#include "dataset/datasetfolder.h"

namespace rrsis {

namespace {

struct SampleText {
  Q_DECLARE_TR_FUNCTIONS(SampleImport)
};

using R = Result<SampleImportReport>;

struct ReadSample {
  QString imagePath;
  QSize size;
  Annotation annotation;
};

Result<ReadSample> readSample(const Sample& sample) {
  auto mask = sample.loadMask();
  if (!mask) return Result<ReadSample>::failure(mask.error());
  auto image = sample.loadImage();
  if (!image) return Result<ReadSample>::failure(image.error());
  if (image->size() != mask->size())
    return Result<ReadSample>::failure(SampleText::tr("its mask is %1 x %2 pixels, its image %3 x %4.")
                                           .arg(mask->cols)
                                           .arg(mask->rows)
                                           .arg(image->cols)
                                           .arg(image->rows));
  ReadSample r;
  r.imagePath = QFileInfo(sample.imagePath).absoluteFilePath();
  r.size = QSize(mask->cols, mask->rows);
  Annotation& a = r.annotation;
  a.expression = sample.expression.simplified();
  a.category = sample.category;
  a.split = splitFromName(sample.split);
  a.provenance.mode = QStringLiteral("import");
  a.added = TiledMask(r.size);
  const cv::Rect box = cv::boundingRect(*mask);
  if (box.area() > 0) a.added.write(QRect(box.x, box.y, box.width, box.height), (*mask)(box));
  return r;
}

}  // namespace

Result<SampleImportReport> importSamples(Project& project, const std::vector<Sample>& samples,
                                         const std::function<bool(int, int)>& progress) {
  SampleImportReport report;
  std::map<QString, std::vector<ReadSample>> perImage;  // in file-name order
  const int total = int(samples.size());
  for (int i = 0; i < total; ++i) {
    if (progress && !progress(i, total))
      return R::failure(SampleText::tr("The import was cancelled; the project is unchanged."));
    const Sample& s = samples[size_t(i)];
    auto read = readSample(s);
    if (!read) {
      report.notes << SampleText::tr("Sample %1 was left out: %2").arg(s.id, read.error());
      continue;
    }
    if (read->annotation.expression.isEmpty()) {
      report.notes << SampleText::tr("Sample %1 was left out: it has no expression.").arg(s.id);
      continue;
    }
    perImage[read->imagePath].push_back(std::move(*read));
  }
  if (perImage.empty())
    return R::failure(total == 0 ? SampleText::tr("There are no samples to import.")
                                 : SampleText::tr("None of the %1 samples could be read; the first problem: %2")
                                       .arg(total)
                                       .arg(report.notes.value(0)));
  for (auto& [path, items] : perImage) {
    int scene = project.indexOfScene(path);
    if (scene >= 0 && project.scene(scene).size != items.front().size) {
      report.notes << SampleText::tr("%1 is a scene of another size; its %n sample(s) were left out.", nullptr,
                                     int(items.size()))
                          .arg(QFileInfo(path).fileName());
      continue;
    }
    if (scene < 0) {
      scene = project.addScene(path, items.front().size, SceneFingerprint::of(path));
      ++report.scenesAdded;
    }
    AnnotationDocument& d = *project.document(scene);
    d.undoStack()->beginMacro(SampleText::tr("Import %n sample(s)", nullptr, int(items.size())));
    for (ReadSample& r : items) d.addAnnotation(std::move(r.annotation));
    d.undoStack()->endMacro();
    report.annotations += int(items.size());
  }
  if (progress) progress(total, total);
  return report;
}

Result<SampleImportReport> importDatasetFolder(Project& project, const QString& folder,
                                               const std::function<bool(int, int)>& progress) {
  auto samples = openDatasetSamples(folder);
  if (!samples) return R::failure(samples.error());
  return importSamples(project, *samples, progress);
}

}  // namespace rrsis
