// Training augmentation that keeps expressions true: crops skipped for positional
// expressions and never cutting most of the target, flips with rewritten expressions (or
// skipped), colour jitter that keeps hue; and the vocabulary built for training from scratch.
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "text/wordpiecetokenizer.h"
#include "train/augment.h"
#include "train/languageflip.h"
#include "train/trainer.h"

using namespace rrsis;

namespace {

/** A 100x80 grey image with a red 20x20 square at (10, 30) and that square as the mask. */
std::pair<cv::Mat, cv::Mat> leftSquare() {
  cv::Mat rgb(80, 100, CV_8UC3, cv::Scalar(120, 120, 120));
  cv::Mat mask(80, 100, CV_8U, cv::Scalar(0));
  rgb(cv::Rect(10, 30, 20, 20)).setTo(cv::Scalar(220, 30, 30));
  mask(cv::Rect(10, 30, 20, 20)).setTo(255);
  return {rgb, mask};
}

AugmentOptions only(double crop, double flip, double jitter) {
  AugmentOptions o;
  o.cropProbability = crop;
  o.flipProbability = flip;
  o.brightness = o.contrast = o.saturation = jitter;
  return o;
}

}  // namespace

class TestAugment : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void disabled_onlyResizes() {
    const auto [rgb, mask] = leftSquare();
    std::mt19937_64 rng(1);
    AugmentOptions o;
    o.enabled = false;
    const AugmentedSample a =
        augmentSample(rgb, mask, QStringLiteral("the red car on the left"), cv::Size(50, 40), rng, o);
    QCOMPARE(a.rgb.size(), cv::Size(50, 40));
    QCOMPARE(a.mask.size(), cv::Size(50, 40));
    QCOMPARE(a.expression, QStringLiteral("the red car on the left"));
    QVERIFY(!a.cropped && !a.flippedHorizontally && !a.flippedVertically);
    // The square halves exactly: 10x10 at (5, 15), as 0/1.
    QCOMPARE(cv::countNonZero(a.mask), 100);
    QCOMPARE(cv::countNonZero(a.mask(cv::Rect(5, 15, 10, 10))), 100);
    double lo = 0, hi = 0;
    cv::minMaxLoc(a.mask, &lo, &hi);
    QCOMPARE(hi, 1.0);
  }

  void horizontalFlip_movesMaskAndRewritesExpression() {
    const auto [rgb, mask] = leftSquare();
    AugmentOptions o = only(0, 1, 0);
    std::mt19937_64 rng(2);
    const AugmentedSample a = augmentSample(rgb, mask, QStringLiteral("the red car on the Left"), rgb.size(), rng, o);
    QVERIFY(a.flippedHorizontally);
    QVERIFY(a.flippedVertically);  // nothing vertical to rewrite, so the flip is free
    QCOMPARE(a.expression, QStringLiteral("the red car on the Right"));
    // (10..29, 30..49) mirrored both ways in 100x80: (70..89, 30..49).
    QCOMPARE(cv::countNonZero(a.mask(cv::Rect(70, 30, 20, 20))), 400);
    QCOMPARE(cv::countNonZero(a.mask), 400);
    const cv::Vec3b red = a.rgb.at<cv::Vec3b>(40, 80);
    QVERIFY(red[0] > 200 && red[1] < 50);
  }

  void verticalWords_rewrittenOnVerticalFlipOnly() {
    const auto [rgb, mask] = leftSquare();
    int vertical = 0, horizontalOnly = 0;
    for (int seed = 0; seed < 40; ++seed) {
      std::mt19937_64 rng(seed);
      const AugmentedSample a =
          augmentSample(rgb, mask, QStringLiteral("the building at the top"), rgb.size(), rng, only(0, 0.5, 0));
      QCOMPARE(a.expression, a.flippedVertically ? QStringLiteral("the building at the bottom")
                                                 : QStringLiteral("the building at the top"));
      vertical += a.flippedVertically;
      horizontalOnly += a.flippedHorizontally && !a.flippedVertically;
    }
    QVERIFY(vertical > 5 && horizontalOnly > 3);
  }

  void unrewritableExpression_skipsFlips() {
    const auto [rgb, mask] = leftSquare();
    std::mt19937_64 rng(3);
    const AugmentedSample a =
        augmentSample(rgb, mask, QStringLiteral("the road turning clockwise"), rgb.size(), rng, only(0, 1, 0));
    QVERIFY(!a.flippedHorizontally && !a.flippedVertically);
    QCOMPARE(a.flipsSkipped, 2);
    QCOMPARE(a.expression, QStringLiteral("the road turning clockwise"));
    QCOMPARE(cv::countNonZero(a.mask(cv::Rect(10, 30, 20, 20))), 400);
  }

  void positionalExpression_neverCropped() {
    const auto [rgb, mask] = leftSquare();
    for (int seed = 0; seed < 100; ++seed) {
      std::mt19937_64 rng(seed);
      const AugmentedSample a =
          augmentSample(rgb, mask, QStringLiteral("the car in the corner"), rgb.size(), rng, only(1, 0, 0));
      QVERIFY(!a.cropped);
      QCOMPARE(cv::countNonZero(a.mask), 400);
    }
    QVERIFY(mentionsPosition(QStringLiteral("trees on the NORTH side")));
    QVERIFY(mentionsPosition(QStringLiteral("the leftmost car")));
    QVERIFY(!mentionsPosition(QStringLiteral("white cars")));
    QVERIFY(!mentionsPosition(QStringLiteral("the leftover car")));
  }

  void crops_keepMostOfTheTarget() {
    const auto [rgb, mask] = leftSquare();
    AugmentOptions o = only(1, 0, 0);
    o.minCropFraction = 0.5;
    o.minTargetKept = 0.8;
    int cropped = 0;
    for (int seed = 0; seed < 200; ++seed) {
      std::mt19937_64 rng(seed);
      const AugmentedSample a = augmentSample(rgb, mask, QStringLiteral("red cars"), cv::Size(100, 80), rng, o);
      QCOMPARE(a.rgb.size(), cv::Size(100, 80));
      if (!a.cropped) continue;
      ++cropped;
      // The crop is scaled up to 100x80, so the target grows: it must still be there.
      QVERIFY2(cv::countNonZero(a.mask) >= 0.8 * 400, qPrintable(QString::number(seed)));
    }
    QVERIFY(cropped > 100);
  }

  void jitter_keepsHue() {
    cv::Mat rgb(16, 16, CV_8UC3, cv::Scalar(200, 40, 40));
    cv::Mat mask(16, 16, CV_8U, cv::Scalar(0));
    AugmentOptions o = only(0, 0, 0.3);
    bool changed = false;
    for (int seed = 0; seed < 100; ++seed) {
      std::mt19937_64 rng(seed);
      const AugmentedSample a = augmentSample(rgb, mask, QStringLiteral("the red roof"), rgb.size(), rng, o);
      const cv::Vec3b p = a.rgb.at<cv::Vec3b>(8, 8);
      QVERIFY2(p[0] > p[1] + 40 && p[0] > p[2] + 40, qPrintable(QString::number(seed)));
      QCOMPARE(int(p[1]), int(p[2]));  // green and blue move together: no hue shift
      changed = changed || p != cv::Vec3b(200, 40, 40);
    }
    QVERIFY(changed);
  }

  void sameGenerator_sameResult() {
    const auto [rgb, mask] = leftSquare();
    std::mt19937_64 a = sampleGenerator(7, 2, 11), b = sampleGenerator(7, 2, 11), c = sampleGenerator(7, 3, 11);
    const AugmentedSample x =
        augmentSample(rgb, mask, QStringLiteral("red cars"), cv::Size(64, 64), a, AugmentOptions{});
    const AugmentedSample y =
        augmentSample(rgb, mask, QStringLiteral("red cars"), cv::Size(64, 64), b, AugmentOptions{});
    QCOMPARE(cv::norm(x.rgb, y.rgb, cv::NORM_L1), 0.0);
    QCOMPARE(cv::norm(x.mask, y.mask, cv::NORM_L1), 0.0);
    QVERIFY(sampleGenerator(7, 2, 11)() != c());
  }

  void vocabulary_coversTheExpressions() {
    const QStringList expressions = {"the red car on the left", "all buildings", "red cars", "trees near the water",
                                     "the RED truck"};
    const QStringList vocab = buildWordVocabulary(expressions);
    QCOMPARE(vocab.mid(0, 5), (QStringList{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}));
    QVERIFY(vocab.contains("##z") && vocab.contains("7"));
    // Most frequent first: "the" (4), then "red" (3).
    const int words = 5 + 2 * 36;
    QCOMPARE(vocab.at(words), QStringLiteral("the"));
    QCOMPARE(vocab.at(words + 1), QStringLiteral("red"));
    QCOMPARE(QStringList(vocab).removeDuplicates(), 0);

    QTemporaryDir dir;
    QFile f(dir.filePath("vocab.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write((vocab.join('\n') + '\n').toUtf8());
    f.close();
    auto tokenizer = WordPieceTokenizer::load(f.fileName());
    QVERIFY2(tokenizer, qPrintable(tokenizer.error()));
    for (const QString& e : expressions) QCOMPARE((*tokenizer)->encode(e, 20).unknownCount, 0);
    // Unseen ASCII words split into letters instead of becoming [UNK].
    QCOMPARE((*tokenizer)->tokenize("zebra"), (QStringList{"z", "##e", "##b", "##r", "##a"}));
  }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "tst_augment.moc"
