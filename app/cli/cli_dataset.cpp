// rrsis dataset: building referring datasets from other kinds of data.
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include "cli_common.h"
#include "cli_functions.h"
#include "dataset/classmaskimport.h"

namespace rrsis::cli {

namespace {

int usageError(const QString& message) {
  printErr(CliText::tr("rrsis dataset from-classes: %1").arg(message));
  return 2;
}

void addFromClassesOptions(QCommandLineParser& p) {
  p.setApplicationDescription(CliText::tr(
      "Turn a semantic segmentation dataset (images and colour-coded class masks) into a referring dataset in the "
      "RefSegRS layout: square chips, at several scales, one sample per class present in a chip (its mask, one of its "
      "expressions), sometimes one naming an absent class (empty mask). Splits are drawn per source image."));
  p.addHelpOption();
  p.addOption({QStringLiteral("images"), CliText::tr("Folder of images (repeatable; pairs with --masks in order)."),
               QStringLiteral("dir")});
  p.addOption(
      {QStringLiteral("masks"), CliText::tr("Folder of colour masks named like their images."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("root"), CliText::tr("Use every folder under DIR that holds images/ and masks/."),
               QStringLiteral("dir")});
  p.addOption({QStringLiteral("classes"),
               CliText::tr("JSON list of classes: name, color, expressions, min_fraction, tolerance."),
               QStringLiteral("file")});
  p.addOption(
      {QStringLiteral("out"), CliText::tr("New dataset folder (must not exist or be empty)."), QStringLiteral("dir")});
  p.addOption({QStringLiteral("chip"), CliText::tr("Chip size in pixels (default 512)."), QStringLiteral("n"),
               QStringLiteral("512")});
  p.addOption({QStringLiteral("scales"), CliText::tr("Shrink factors, comma-separated (default 1,2)."),
               QStringLiteral("list"), QStringLiteral("1,2")});
  p.addOption({QStringLiteral("stride"), CliText::tr("Pixels between chips (default: the chip size)."),
               QStringLiteral("n"), QStringLiteral("0")});
  p.addOption({QStringLiteral("val-fraction"), CliText::tr("Share of source images for val (default 0.1)."),
               QStringLiteral("f"), QStringLiteral("0.1")});
  p.addOption({QStringLiteral("test-fraction"), CliText::tr("Share of source images for test (default 0.1)."),
               QStringLiteral("f"), QStringLiteral("0.1")});
  p.addOption({QStringLiteral("absent-rate"),
               CliText::tr("Chance per chip of a sample naming an absent class (default 0.15)."), QStringLiteral("f"),
               QStringLiteral("0.15")});
  p.addOption(
      {QStringLiteral("seed"), CliText::tr("Random seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")});
}

/** The options from the command line; an empty string, or the usage error. */
QString readOptions(const QCommandLineParser& p, ClassMaskImportOptions* o) {
  const QStringList images = p.values(QStringLiteral("images")), masks = p.values(QStringLiteral("masks"));
  if (!p.isSet(QStringLiteral("classes")) || !p.isSet(QStringLiteral("out")))
    return CliText::tr("--classes and --out are required.");
  if (images.size() != masks.size() || (images.isEmpty() == !p.isSet(QStringLiteral("root"))))
    return CliText::tr("give --images and --masks (as many of each), or --root.");
  for (int i = 0; i < images.size(); ++i) o->folders.push_back({images[i], masks[i]});
  if (!parseInt(p.value(QStringLiteral("chip")), 16, 8192, &o->chipSize))
    return CliText::tr("--chip must be 16..8192.");
  if (!parseInt(p.value(QStringLiteral("stride")), 0, 8192, &o->stride))
    return CliText::tr("--stride must be 1..8192.");
  o->scales.clear();
  for (const QString& s : p.value(QStringLiteral("scales")).split(QLatin1Char(','))) {
    int scale = 0;
    if (!parseInt(s.trimmed(), 1, 64, &scale) ||
        std::find(o->scales.begin(), o->scales.end(), scale) != o->scales.end())
      return CliText::tr("--scales must be distinct whole numbers 1..64, such as 1,2,3.");
    o->scales.push_back(scale);
  }
  if (!parseDouble(p.value(QStringLiteral("val-fraction")), 0, 1, &o->valFraction) ||
      !parseDouble(p.value(QStringLiteral("test-fraction")), 0, 1, &o->testFraction) ||
      o->valFraction + o->testFraction > 1)
    return CliText::tr("--val-fraction and --test-fraction must be 0..1 with a sum of at most 1.");
  if (!parseDouble(p.value(QStringLiteral("absent-rate")), 0, 1, &o->absentRate))
    return CliText::tr("--absent-rate must be 0..1.");
  if (!parseSeed(p.value(QStringLiteral("seed")), &o->seed)) return CliText::tr("--seed must be a whole number >= 0.");
  return {};
}

void printSummary(const ClassMaskImportReport& r, const std::vector<MaskClass>& classes, const QString& out) {
  const int shown = std::min<int>(int(r.warnings.size()), 20);
  for (int i = 0; i < shown; ++i) printErr(CliText::tr("warning: %1").arg(r.warnings[i]));
  if (r.warnings.size() > shown) printErr(CliText::tr("warning: … and %1 more.").arg(r.warnings.size() - shown));
  printOut(CliText::tr("Images: %1 read of %2 found; skipped: %3 without a mask, %4 of another size than their mask, "
                       "%5 unreadable. %6 mask(s) without an image. %7 mask(s) hold colours of no class (ignored).")
               .arg(r.imagesRead)
               .arg(r.imagesFound)
               .arg(r.withoutMask)
               .arg(r.sizeMismatch)
               .arg(r.unreadable)
               .arg(r.masksWithoutImage)
               .arg(r.unknownColourImages));
  printOut(
      CliText::tr(
          "Splits (images / chips): train %1 / %2, val %3 / %4, test %5 / %6; %7 image scale(s) smaller than a chip.")
          .arg(r.imagesPerSplit[0])
          .arg(r.chipsPerSplit[0])
          .arg(r.imagesPerSplit[1])
          .arg(r.chipsPerSplit[1])
          .arg(r.imagesPerSplit[2])
          .arg(r.chipsPerSplit[2])
          .arg(r.scalesTooSmall));
  int width = 5;
  for (const MaskClass& c : classes) width = std::max(width, int(c.name.size()));
  printOut(QStringLiteral("  %1 %2 %3 %4   %5")
               .arg(CliText::tr("class"), -width)
               .arg(CliText::tr("train"), 6)
               .arg(CliText::tr("val"), 6)
               .arg(CliText::tr("test"), 6)
               .arg(CliText::tr("absent (train/val/test)")));
  for (size_t c = 0; c < classes.size(); ++c) {
    if (!classes[c].isQueried()) continue;
    printOut(QStringLiteral("  %1 %2 %3 %4   %5/%6/%7")
                 .arg(classes[c].name, -width)
                 .arg(r.present[c][0], 6)
                 .arg(r.present[c][1], 6)
                 .arg(r.present[c][2], 6)
                 .arg(r.absent[c][0])
                 .arg(r.absent[c][1])
                 .arg(r.absent[c][2]));
  }
  printOut(CliText::tr("Wrote %1 samples from %2 chips to %3.")
               .arg(r.samples)
               .arg(r.chips)
               .arg(QDir::toNativeSeparators(out)));
}

}  // namespace

int runDatasetFromClasses(const QStringList& args) {
  QCommandLineParser p;
  addFromClassesOptions(p);
  if (const int code = parseArguments(p, args); code >= 0) return code;
  if (!p.positionalArguments().isEmpty())
    return usageError(CliText::tr("unexpected argument “%1”.").arg(p.positionalArguments().front()));
  ClassMaskImportOptions options;
  if (const QString error = readOptions(p, &options); !error.isEmpty()) return usageError(error);
  if (p.isSet(QStringLiteral("root"))) {
    const QString root = p.value(QStringLiteral("root"));
    options.folders = findImageMaskFolders(root);
    if (options.folders.empty()) {
      printErr(CliText::tr("rrsis dataset from-classes: no folder under %1 holds both images/ and masks/.")
                   .arg(QDir::toNativeSeparators(root)));
      return 1;
    }
  }
  auto classes = loadMaskClasses(p.value(QStringLiteral("classes")));
  if (!classes) {
    printErr(CliText::tr("rrsis dataset from-classes: %1").arg(classes.error()));
    return 1;
  }
  const QString out = p.value(QStringLiteral("out"));
  auto report = importClassMasks(*classes, options, out, [](int done, int total) {
    drawProgress(done, total, -1, CliText::tr("images "));
    return true;
  });
  if (!report) {
    printErr(CliText::tr("rrsis dataset from-classes: %1").arg(report.error()));
    return 1;
  }
  printSummary(*report, *classes, out);
  return 0;
}

}  // namespace rrsis::cli
