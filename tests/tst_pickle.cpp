// The bounds-checked pickle reader on RefCOCO-style refs: protocol 2 and 4 streams (made
// once with Python's pickle module and kept here as hex, so the test needs no Python),
// memo aliasing, Python 2 strings, and malformed or hostile input.
#include <QtTest>

#include "util/pickle.h"

using namespace rrsis;

namespace {

// pickle.dumps(refs, protocol=2) and protocol=4 of two refs with every scalar kind.
const char* kRefsP2 =
    "80025d7100287d7101285808000000696d6167655f696471024b07580500000073706c697471035805000000747261696e7104580900000073"
    "656e74656e63657371055d71067d7107285806000000746f6b656e7371085d7109285803000000746865710a5803000000726564710b580300"
    "0000636172710c655803000000726177710d580c00000054686520726564206361722e710e580700000073656e745f6964710f4b0058040000"
    "0073656e747110580b000000746865207265642063617271117561580900000066696c655f6e616d657112580800000030375f312e6a706771"
    "13580b00000063617465676f72795f696471144b035806000000616e6e5f696471154b0b580800000073656e745f69647371165d71174b0061"
    "58060000007265665f696471184b00757d71192868024b086803580400000074657374711a68055d711b7d711c2868085d711d5806000000e9"
    "8193e8b7af711e61680d681e680f4b016810681e75616812580600000030382e6a7067711f68144afeffffff68158a0600000000000168165d"
    "71204b016168184b01580500000073636f72657121473fd00000000000005804000000666c616771224e58020000006f6b71238875652e";
const char* kRefsP4 =
    "80049555010000000000005d94287d94288c08696d6167655f6964944b078c0573706c6974948c05747261696e948c0973656e74656e636573"
    "945d947d94288c06746f6b656e73945d94288c03746865948c03726564948c0363617294658c03726177948c0c54686520726564206361722e"
    "948c0773656e745f6964944b008c0473656e74948c0b74686520726564206361729475618c0966696c655f6e616d65948c0830375f312e6a70"
    "67948c0b63617465676f72795f6964944b038c06616e6e5f6964944b0b8c0873656e745f696473945d944b00618c067265665f6964944b0075"
    "7d942868024b0868038c04746573749468055d947d942868085d948c06e98193e8b7af9461680d681e680f4b016810681e756168128c063038"
    "2e6a70679468144afeffffff68158a0600000000000168165d944b016168184b018c0573636f726594473fd00000000000008c04666c616794"
    "4e8c026f6b948875652e";

}  // namespace

class TestPickle : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void refs_bothProtocols_readBack_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("protocol 2") << QByteArray::fromHex(kRefsP2);
    QTest::newRow("protocol 4") << QByteArray::fromHex(kRefsP4);
  }
  void refs_bothProtocols_readBack() {
    QFETCH(QByteArray, data);
    auto v = readPickle(data);
    QVERIFY2(v.ok(), qPrintable(v.error()));
    QCOMPARE(v->kind, PickleValue::Kind::List);
    QCOMPARE(int(v->items->size()), 2);
    const PickleValue& a = v->items->at(0);
    QCOMPARE(a.get("image_id")->integer, std::int64_t(7));
    QCOMPARE(a.get("split")->toText(), QString("train"));
    QCOMPARE(a.get("file_name")->toText(), QString("07_1.jpg"));
    const PickleValue& sentence = a.get("sentences")->items->at(0);
    QCOMPARE(sentence.get("sent")->toText(), QString("the red car"));
    QCOMPARE(sentence.get("tokens")->items->at(2).toText(), QString("car"));
    const PickleValue& b = v->items->at(1);
    QCOMPARE(b.get("category_id")->integer, std::int64_t(-2));
    QCOMPARE(b.get("ann_id")->integer, std::int64_t(1) << 40);
    QCOMPARE(b.get("score")->real, 0.25);
    QCOMPARE(b.get("flag")->kind, PickleValue::Kind::None);
    QVERIFY(b.get("ok")->boolean);
    QCOMPARE(b.get("sentences")->items->at(0).get("raw")->toText(), QString::fromUtf8("道路"));
    QVERIFY(b.get("missing") == nullptr);
  }

  void memo_sharesTheSameList() {
    // a = [1]; pickle.dumps([a, a], protocol=2)
    auto v = readPickle(QByteArray::fromHex("80025d7100285d71014b01616801652e"));
    QVERIFY2(v.ok(), qPrintable(v.error()));
    QCOMPARE(v->items->at(0).items.get(), v->items->at(1).items.get());
  }

  void python2Strings_areBytes() {
    auto v = readPickle(QByteArray::fromHex("800255036162632e"));  // SHORT_BINSTRING "abc"
    QVERIFY(v.ok());
    QCOMPARE(v->kind, PickleValue::Kind::Bytes);
    QCOMPARE(v->toText(), QString("abc"));
  }

  void sets_areReadAsLists_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<int>>("items");
    QTest::newRow("set(), protocol 2")
        << QByteArray::fromHex("8002635f5f6275696c74696e5f5f0a7365740a71005d7101284b014b02658571025271032e")
        << QList<int>{1, 2};
    QTest::newRow("frozenset, protocol 4")
        << QByteArray::fromHex("8004950600000000000000284b0391942e") << QList<int>{3};
    QTest::newRow("EMPTY_SET + ADDITEMS")
        << QByteArray::fromHex("80049507000000000000008f94284b05902e") << QList<int>{5};
  }
  void sets_areReadAsLists() {
    QFETCH(QByteArray, data);
    QFETCH(QList<int>, items);
    auto v = readPickle(data);
    QVERIFY2(v.ok(), qPrintable(v.error()));
    QCOMPARE(v->kind, PickleValue::Kind::List);
    QList<int> got;
    for (const PickleValue& i : *v->items) got << int(i.integer);
    QCOMPARE(got, items);
  }

  void malformed_isAnError_neverACrash_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "ends before its STOP";
    QTest::newRow("global (code)") << QByteArray::fromHex("8002635f5f6275696c74696e5f5f0a7072696e740a71002e")
                                   << "asks for __builtin__.print";
    QTest::newRow("set of something else")
        << QByteArray::fromHex("8002635f5f6275696c74696e5f5f0a7365740a4b0185522e") << "set() of something not a list";
    QTest::newRow("missing memo") << QByteArray::fromHex("800268052e") << "memo entry 5 does not exist";
    QTest::newRow("append without list") << QByteArray::fromHex("80024b01612e") << "APPEND without a list";
    QTest::newRow("string past the end") << QByteArray::fromHex("800258ffffff7f61622e") << "runs past the end";
    QTest::newRow("two values left") << QByteArray::fromHex("80024b014b022e") << "leaves 2 values";
    QTest::newRow("setitems odd") << QByteArray::fromHex("80027d284b01752e") << "a key without a value";
    // Found by fuzz/fuzz_pickle: containers that hold themselves leaked (shared_ptr cycles).
    QTest::newRow("dict in itself") << QByteArray::fromHex("80027d710068006800732e") << "contains itself";
    QTest::newRow("list in itself") << QByteArray::fromHex("80025d71006800612e") << "contains itself";
    QTest::newRow("list in a list in itself")
        << QByteArray::fromHex("80025d71005d710168016800616100612e") << "contains itself";
    QTest::newRow("nested 1001 deep") << "\x80\x02" + QByteArray(1001, '(') + "]" + QByteArray(1001, 'l') + "."
                                      << "nesting deeper";
  }
  void malformed_isAnError_neverACrash() {
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    auto v = readPickle(data);
    QVERIFY(!v.ok());
    QVERIFY2(v.error().contains(expected), qPrintable(v.error()));
  }

  void nestedAThousandDeep_isRead() {
    auto v = readPickle("\x80\x02" + QByteArray(999, '(') + "]" + QByteArray(999, 'l') + ".");
    QVERIFY2(v, qPrintable(v.error()));
  }

  void truncatedAtEveryLength_isAnError() {
    const QByteArray full = QByteArray::fromHex(kRefsP4);
    for (int n = 0; n < full.size(); ++n) QVERIFY2(!readPickle(full.left(n)).ok(), qPrintable(QString::number(n)));
  }

  void randomByteFlips_neverCrash() {
    const QByteArray full = QByteArray::fromHex(kRefsP2);
    QRandomGenerator rng(5);
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
      QByteArray d = full;
      d[int(rng.bounded(d.size()))] = char(rng.bounded(256));
      rejected += readPickle(d).ok() ? 0 : 1;  // either outcome is fine; no crash, no overrun
    }
    QVERIFY(rejected > 0);
  }
};

QTEST_GUILESS_MAIN(TestPickle)
#include "tst_pickle.moc"
