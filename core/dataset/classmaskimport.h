#pragma once
#include <array>
#include <functional>
#include <vector>

#include <QString>
#include <QStringList>

#include "dataset/maskclass.h"
#include "util/result.h"

namespace rrsis {

/** A folder of images and the folder of their colour masks (pairs share a file base name). */
struct ImageMaskFolders {
  QString images;
  QString masks;
};

/** How a semantic segmentation dataset becomes referring samples. */
struct ClassMaskImportOptions {
  std::vector<ImageMaskFolders> folders;
  int chipSize = 512;
  /** Each image is also shrunk by these factors before chipping (1 = as it is). */
  std::vector<int> scales = {1, 2};
  int stride = 0;  ///< between chips, in pixels of the scaled image; 0 = the chip size
  /** Shares of the source images (not chips) that go to val and test; the rest is train. */
  double valFraction = 0.1;
  double testFraction = 0.1;
  /** Per chip, the chance of one more sample naming a class absent from it (empty mask). */
  double absentRate = 0.15;
  unsigned long long seed = 1;
};

/** What an import did: counts for the summary, and one warning per file skipped. */
struct ClassMaskImportReport {
  int imagesFound = 0;
  int imagesRead = 0;
  int withoutMask = 0;          ///< images with no mask of the same base name (skipped)
  int masksWithoutImage = 0;    ///< masks with no image (ignored)
  int sizeMismatch = 0;         ///< mask and image of different sizes (skipped)
  int unreadable = 0;           ///< image or mask that could not be read (skipped)
  int unknownColourImages = 0;  ///< masks with pixels of no class's colour (those pixels ignored)
  int scalesTooSmall = 0;       ///< (image, scale) pairs smaller than one chip
  int chips = 0;
  int samples = 0;
  std::array<int, 3> imagesPerSplit{};  ///< train, val, test
  std::array<int, 3> chipsPerSplit{};
  /** Per class (in the classes' order), per split: samples where it is present / absent. */
  std::vector<std::array<int, 3>> present;
  std::vector<std::array<int, 3>> absent;
  QStringList warnings;
};

/**
 * Every folder under `root` (itself included) that holds both an "images" and a "masks"
 * folder, sorted by path. Layouts with tiles ("Tile 1/images", "Tile 1/masks", ...) then
 * import in one go.
 */
std::vector<ImageMaskFolders> findImageMaskFolders(const QString& root);

/**
 * Turns images and colour-coded class masks into a RefSegRS folder: every image (and its
 * copies shrunk by each scale) is cut into square chips on a grid centred on the image; for
 * each chip and each queried class covering at least its min_fraction, one sample whose mask
 * is 255 where the class's colours are (area majority when shrunk), named by the class's
 * expressions in turn (the first one drawn from the seed); with `absentRate`, one more sample
 * naming a class absent from the chip with an empty mask. Splits are drawn per source image
 * from the seed, so no image has chips in two splits. Everything is written to a hidden
 * folder beside `out`, which is renamed to `out` when complete: `out` must not exist or be
 * empty, and a failure leaves nothing behind. Besides the RefSegRS files, "chips.csv" records
 * each sample's source image, scale, position and class. `progress(done, total)` counts
 * images and may return false to cancel (nothing is written then).
 */
Result<ClassMaskImportReport> importClassMasks(const std::vector<MaskClass>& classes,
                                               const ClassMaskImportOptions& options, const QString& out,
                                               const std::function<bool(int, int)>& progress = {});

}  // namespace rrsis
