// Field rules: GB 11643 identity numbers, phone numbers, names, identifiers.
#include "records/Validation.h"

#include <QTest>

using namespace prepaydesk;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void idCheckCharacter();
    void idNumbers_data();
    void idNumbers();
    void phones_data();
    void phones();
    void textFields();
    void identifiers();
};

static const QDate today(2026, 11, 29);

void TestValidation::idCheckCharacter()
{
    // The two worked examples printed in GB 11643-1999 (section 4 and its annex).
    QCOMPARE(Validation::idCheckCharacter(u"11010519491231002"), QChar(u'X'));
    QCOMPARE(Validation::idCheckCharacter(u"44052418800101001"), QChar(u'4'));
    QCOMPARE(Validation::idCheckCharacter(u"1101051949123100"), QChar(u'?'));
    QCOMPARE(Validation::idCheckCharacter(u"1101051949123100A"), QChar(u'?'));
}

void TestValidation::idNumbers_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("standard example") << "11010519491231002X" << true << "";
    QTest::newRow("lower-case x") << "11010519491231002x" << true << "";
    QTest::newRow("with spaces") << "110105 19491231 002X" << true << "";
    QTest::newRow("empty is allowed") << "" << true << "";
    QTest::newRow("wrong check") << "110105194912310021" << false << "X";
    QTest::newRow("transposed digits") << "110105194912130020" << false << "check";
    QTest::newRow("too short") << "11010519491231002" << false << "18";
    QTest::newRow("old 15-digit") << "110105491231002" << false << "15";
    QTest::newRow("letters") << "1101051949123100AX" << false << "18";
    QTest::newRow("bad date") << "110105194902300026" << false << "19490230";
    QTest::newRow("future birth") << "110105203001010010" << false << "20300101";
    QTest::newRow("unknown province") << "990105194912310020" << false << "990105";
}

void TestValidation::idNumbers()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    const auto e = Validation::checkIdNumber(id, today);
    QCOMPARE(!e.has_value(), valid);
    if (e) {
        QCOMPARE(e->field, QStringLiteral("id_number"));
        QVERIFY2(e->message.contains(mentions), qPrintable(e->message));
    }
}

void TestValidation::phones_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("mobile") << "13800138000" << true;
    QTest::newRow("mobile 19x") << "19912345678" << true;
    QTest::newRow("country code") << "+86 138 0013 8000" << true;
    QTest::newRow("0086") << "008613800138000" << true;
    QTest::newRow("landline") << "010-12345678" << true;
    QTest::newRow("landline no dash") << "075512345678" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("12x is not mobile") << "12800138000" << false;
    QTest::newRow("10 digits") << "1380013800" << false;
    QTest::newRow("12 digits") << "138001380001" << false;
    QTest::newRow("letters") << "1380013800a" << false;
    QTest::newRow("injection") << "13800138000' OR '1'='1" << false;
}

void TestValidation::phones()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    const auto e = Validation::checkPhone(phone);
    QCOMPARE(!e.has_value(), valid);
    if (e)
        QCOMPARE(e->field, QStringLiteral("phone"));
    QCOMPARE(Validation::normalizePhone(QStringLiteral("+86 138 0013 8000")), QStringLiteral("13800138000"));
}

void TestValidation::textFields()
{
    QVERIFY(Validation::checkName(QStringLiteral("张三")) == std::nullopt);
    QVERIFY(Validation::checkName(QStringLiteral("O'Brien \"Bob\"; DROP TABLE customers; --")) == std::nullopt);
    QVERIFY(Validation::checkName(QString()).has_value());
    QVERIFY(Validation::checkName(QStringLiteral("   ")).has_value());
    const auto tooLong = Validation::checkName(QString(10000, u'张'));
    QVERIFY(tooLong.has_value());
    QVERIFY(tooLong->message.contains(QStringLiteral("10000")));
    QVERIFY(Validation::checkName(QStringLiteral("a\x01b")).has_value());
    QVERIFY(Validation::checkAddress(QString(10000, u'x')).has_value());
    QVERIFY(Validation::checkAddress(QString()) == std::nullopt);
    QCOMPARE(Validation::normalizeText(QStringLiteral("  张  三 ")), QStringLiteral("张 三"));
}

void TestValidation::identifiers()
{
    const QString f = QStringLiteral("serial");
    QVERIFY(Validation::checkIdentifier(QStringLiteral("E-2024-0001"), f, QStringLiteral("serial"), true) ==
            std::nullopt);
    QVERIFY(Validation::checkIdentifier(QString(), f, QStringLiteral("serial"), true).has_value());
    QVERIFY(Validation::checkIdentifier(QString(), f, QStringLiteral("serial"), false) == std::nullopt);
    QVERIFY(Validation::checkIdentifier(QStringLiteral("A1'; --"), f, QStringLiteral("serial"), true).has_value());
    QVERIFY(Validation::checkIdentifier(QString(33, u'1'), f, QStringLiteral("serial"), true).has_value());
    QVERIFY(Validation::checkIdentifier(QStringLiteral("-1"), f, QStringLiteral("serial"), true).has_value());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
