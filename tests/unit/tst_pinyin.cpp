// Pinyin readings and matching, as the cashier types them.
#include "search/Pinyin.h"

#include <QTest>

using namespace prepaydesk;

class TestPinyin : public QObject
{
    Q_OBJECT
private slots:
    void readings();
    void matching_data();
    void matching();
    void candidates();
    void pathologicalInputIsCheap();
};

void TestPinyin::readings()
{
    QCOMPARE(Pinyin::syllableOf(U'张'), QStringLiteral("zhang"));
    QCOMPARE(Pinyin::syllableOf(U'三'), QStringLiteral("san"));
    QCOMPARE(Pinyin::syllableOf(U'绿'), QStringLiteral("lv")); // lǜ: ü written v
    QCOMPARE(Pinyin::syllableOf(U'A'), QString());
    QCOMPARE(Pinyin::syllables(u"张三丰"), (QStringList{u"zhang"_qs, u"san"_qs, u"feng"_qs}));
    // Non-Han characters (the middle dot of minority names, Latin letters) are skipped.
    QCOMPARE(Pinyin::syllables(u"买买提·艾力"), (QStringList{u"mai"_qs, u"mai"_qs, u"ti"_qs, u"ai"_qs, u"li"_qs}));
    // Supplementary-plane characters (CJK Extension B) are read too.
    QVERIFY(!Pinyin::syllableOf(0x20000).isEmpty());
    QCOMPARE(Pinyin::initials(Pinyin::syllables(u"王小明")), QStringLiteral("wxm"));
}

void TestPinyin::matching_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("initials") << "zs" << u"张三"_qs << true;
    QTest::newRow("full then initial") << "zhangs" << u"张三"_qs << true;
    QTest::newRow("full") << "zhangsan" << u"张三"_qs << true;
    QTest::newRow("partial syllables") << "zhsa" << u"张三"_qs << true;
    QTest::newRow("first only") << "zhang" << u"张三"_qs << true;
    QTest::newRow("initials of three, two typed") << "wx" << u"王小明"_qs << true;
    QTest::newRow("wrong initial") << "zx" << u"张三"_qs << false;
    QTest::newRow("too long") << "zsf" << u"张三"_qs << false;
    QTest::newRow("misspelt") << "zhangsna" << u"张三"_qs << false;
    QTest::newRow("lv") << "lvx" << u"绿叶子"_qs << false;
    QTest::newRow("lv ok") << "lvy" << u"绿叶子"_qs << true;
}

void TestPinyin::matching()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(Pinyin::matches(query, Pinyin::syllables(name)), matches);
}

void TestPinyin::candidates()
{
    const QStringList c = Pinyin::initialsCandidates(u"zhangs");
    QVERIFY(!c.isEmpty());
    QCOMPARE(c.first(), QStringLiteral("zs")); // the natural reading is tried first
    QVERIFY(c.size() <= 8);
    QCOMPARE(Pinyin::initialsCandidates(u"zs").first(), QStringLiteral("zs"));
    QCOMPARE(Pinyin::initialsCandidates(u"zhangsanfeng").first(), QStringLiteral("zsf"));
    // Every candidate is consistent with the query: each one's letters appear in order.
    for (const QString &s : c)
        QVERIFY(s.front() == u'z');
    // Nothing spells "vvv" (no syllable starts with v).
    QVERIFY(Pinyin::initialsCandidates(u"vvv").isEmpty());
    QVERIFY(Pinyin::isSyllablePrefix(u"zhu"));
    QVERIFY(!Pinyin::isSyllablePrefix(u"zv"));
}

void TestPinyin::pathologicalInputIsCheap()
{
    // Every single letter is a syllable beginning, so this has a huge number of cuttings; the
    // search must stay bounded and still return the all-initials reading.
    const QString query(60, u'a');
    const QStringList c = Pinyin::initialsCandidates(query);
    QVERIFY(c.size() <= 8);
    QVERIFY(Pinyin::initialsCandidates(QString(QString(200, u'x') + u'q')).size() <= 8);
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
