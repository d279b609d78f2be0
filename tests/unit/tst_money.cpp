// Money and Quantity: exact parsing, formatting and every named rounding.
#include "money/Money.h"
#include "money/Quantity.h"

#include <QLocale>
#include <QTest>

using namespace prepaydesk;

Q_DECLARE_METATYPE(prepaydesk::Rounding)

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void formatting();
    void displayString();
    void rounding_data();
    void rounding();
    void scaledAndBasisPoints();
    void checkedArithmetic();
    void quantityParse();
    void quantityWholeUnitsAndFormat();
    void pricing();
};

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("integer") << "100" << qint64(10000);
    QTest::newRow("one decimal") << "100.5" << qint64(10050);
    QTest::newRow("two decimals") << "100.50" << qint64(10050);
    QTest::newRow("trailing zeros beyond fen") << "1.2300" << qint64(123);
    QTest::newRow("negative") << "-3.20" << qint64(-320);
    QTest::newRow("plus sign") << "+7" << qint64(700);
    QTest::newRow("leading point") << ".05" << qint64(5);
    QTest::newRow("trailing point") << "5." << qint64(500);
    QTest::newRow("spaces around") << "  12.34 " << qint64(1234);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("largest") << "100000000000.00" << Money::MaxAbsMinor;
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const auto m = Money::parse(text);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->minor(), minor);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("letters") << "abc";
    QTest::newRow("three decimals") << "1.005";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("grouping") << "1,000";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("sign only") << "-";
    QTest::newRow("point only") << ".";
    QTest::newRow("too large") << "100000000000.01";
    QTest::newRow("huge digits") << QString(400, u'9');
    QTest::newRow("sql") << "1; DROP TABLE customers";
    QTest::newRow("fullwidth digits") << QStringLiteral("１００");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    const auto m = Money::parse(text);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, Error::Code::Invalid);
    QVERIFY(!m.error().message.isEmpty());
}

void TestMoney::formatting()
{
    QCOMPARE(Money::fromMinor(0).toString(), QStringLiteral("0.00"));
    QCOMPARE(Money::fromMinor(5).toString(), QStringLiteral("0.05"));
    QCOMPARE(Money::fromMinor(-5).toString(), QStringLiteral("-0.05"));
    QCOMPARE(Money::fromMinor(123456).toString(), QStringLiteral("1234.56"));
    QCOMPARE(Money::fromMinor(std::numeric_limits<qint64>::min()).toString(), QStringLiteral("-92233720368547758.08"));
    // Round trip over a spread of values.
    for (qint64 v : {qint64(1), qint64(99), qint64(100), qint64(-101), qint64(987654321)})
        QCOMPARE(Money::parse(Money::fromMinor(v).toString())->minor(), v);
}

void TestMoney::displayString()
{
    QCOMPARE(Money::fromMinor(123456789).toDisplayString(QLocale(QLocale::English)), QStringLiteral("¥1,234,567.89"));
    QCOMPARE(Money::fromMinor(-50).toDisplayString(QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("-¥0.50"));
}

void TestMoney::rounding_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<Rounding>("mode");
    QTest::addColumn<qint64>("expected");
    // 25/10 = 2.5: the half case separates the modes.
    QTest::newRow("half-even 2.5") << qint64(25) << qint64(10) << Rounding::HalfEven << qint64(2);
    QTest::newRow("half-even 3.5") << qint64(35) << qint64(10) << Rounding::HalfEven << qint64(4);
    QTest::newRow("half-even -2.5") << qint64(-25) << qint64(10) << Rounding::HalfEven << qint64(-2);
    QTest::newRow("half-even -3.5") << qint64(-35) << qint64(10) << Rounding::HalfEven << qint64(-4);
    QTest::newRow("half-even 2.51") << qint64(251) << qint64(100) << Rounding::HalfEven << qint64(3);
    QTest::newRow("half-up 2.5") << qint64(25) << qint64(10) << Rounding::HalfUp << qint64(3);
    QTest::newRow("half-up -2.5") << qint64(-25) << qint64(10) << Rounding::HalfUp << qint64(-3);
    QTest::newRow("half-up 2.49") << qint64(249) << qint64(100) << Rounding::HalfUp << qint64(2);
    QTest::newRow("floor 2.9") << qint64(29) << qint64(10) << Rounding::Floor << qint64(2);
    QTest::newRow("floor -2.1") << qint64(-21) << qint64(10) << Rounding::Floor << qint64(-3);
    QTest::newRow("ceiling 2.1") << qint64(21) << qint64(10) << Rounding::Ceiling << qint64(3);
    QTest::newRow("ceiling -2.9") << qint64(-29) << qint64(10) << Rounding::Ceiling << qint64(-2);
    QTest::newRow("toward zero -2.9") << qint64(-29) << qint64(10) << Rounding::TowardZero << qint64(-2);
    QTest::newRow("exact") << qint64(30) << qint64(10) << Rounding::Ceiling << qint64(3);
}

void TestMoney::rounding()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(Rounding, mode);
    QFETCH(qint64, expected);
    qint64 out = 0;
    QVERIFY(divideRounded(numerator, denominator, mode, &out));
    QCOMPARE(out, expected);
}

void TestMoney::scaledAndBasisPoints()
{
    // 13% tax of 0.50 yuan is 6.5 fen: banker's rounding gives 6, half-up gives 7.
    QCOMPARE(Money::fromMinor(50).basisPoints(1300, Rounding::HalfEven)->minor(), 6);
    QCOMPARE(Money::fromMinor(50).basisPoints(1300, Rounding::HalfUp)->minor(), 7);
    QCOMPARE(Money::fromMinor(10000).basisPoints(1300, Rounding::HalfEven)->minor(), 1300);
    QCOMPARE(Money::fromMinor(100).scaled(1, 3, Rounding::Floor)->minor(), 33);
    QCOMPARE(Money::fromMinor(100).scaled(1, -3, Rounding::Floor)->minor(), -34);
    QVERIFY(!Money::fromMinor(100).scaled(1, 0, Rounding::Floor).has_value());
    // A product beyond 64 bits is computed in 128 and rejected only if the result overflows.
    QCOMPARE(
        Money::fromMinor(Money::MaxAbsMinor).scaled(Money::MaxAbsMinor, Money::MaxAbsMinor, Rounding::Floor)->minor(),
        Money::MaxAbsMinor);
    QVERIFY(!Money::fromMinor(Money::MaxAbsMinor).scaled(Money::MaxAbsMinor, 1, Rounding::Floor).has_value());
}

void TestMoney::checkedArithmetic()
{
    const Money max = Money::fromMinor(std::numeric_limits<qint64>::max());
    QVERIFY(!max.checkedAdd(Money::fromMinor(1)).has_value());
    QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::min()).checkedSub(Money::fromMinor(1)).has_value());
    QCOMPARE(Money::fromMinor(150).checkedAdd(Money::fromMinor(-50))->minor(), 100);
    QCOMPARE((Money::fromMinor(150) - Money::fromMinor(200)).minor(), -50);
    QVERIFY(Money::fromMinor(1) < Money::fromMinor(2));
    QVERIFY(Money::fromMinor(-1).isNegative());
}

void TestMoney::quantityParse()
{
    QCOMPARE(Quantity::parse(QStringLiteral("12.345"))->milli(), 12345);
    QCOMPARE(Quantity::parse(QStringLiteral("12.5"))->milli(), 12500);
    QCOMPARE(Quantity::parse(QStringLiteral("-0.001"))->milli(), -1);
    QCOMPARE(Quantity::parse(QStringLiteral("7"))->milli(), 7000);
    QVERIFY(!Quantity::parse(QStringLiteral("1.0001")).ok());
    QVERIFY(!Quantity::parse(QStringLiteral("kwh")).ok());
    QVERIFY(!Quantity::parse(QString(50, u'9')).ok());
}

void TestMoney::quantityWholeUnitsAndFormat()
{
    const Quantity q = Quantity::fromMilli(12345);
    QCOMPARE(q.toString(), QStringLiteral("12.345"));
    QCOMPARE(q.toString(1, Rounding::HalfUp), QStringLiteral("12.3"));
    QCOMPARE(Quantity::fromMilli(12350).toString(1, Rounding::HalfUp), QStringLiteral("12.4"));
    QCOMPARE(Quantity::fromMilli(12350).toString(1, Rounding::HalfEven), QStringLiteral("12.4"));
    QCOMPARE(Quantity::fromMilli(12250).toString(1, Rounding::HalfEven), QStringLiteral("12.2"));
    QCOMPARE(q.toString(0, Rounding::Floor), QStringLiteral("12"));
    QCOMPARE(*q.wholeUnits(Rounding::Floor), 12);
    QCOMPARE(*q.wholeUnits(Rounding::Ceiling), 13);
    QCOMPARE(*Quantity::fromMilli(-1500).wholeUnits(Rounding::HalfEven), -2);
    QCOMPARE(Quantity::fromWhole(3).milli(), 3000);
}

void TestMoney::pricing()
{
    // 0.5283 yuan/kWh is 5283 fen per 100 kWh.
    const auto cost = Quantity::fromMilli(100'000).priced(5283, 100, Rounding::HalfUp);
    QCOMPARE(cost->minor(), 5283); // 100 kWh -> 52.83
    QCOMPARE(Quantity::fromMilli(1'000).priced(5283, 100, Rounding::HalfUp)->minor(), 53);
    QCOMPARE(Quantity::fromMilli(1'000).priced(5283, 100, Rounding::Floor)->minor(), 52);
    // 100.00 yuan at 0.5283/kWh buys 189.286... kWh: floor to the Wh so the customer is never over-sold.
    const auto units = Quantity::forMoney(Money::fromMinor(10000), 5283, 100, Rounding::Floor);
    QCOMPARE(units->milli(), 189286);
    // and never sells more than was paid for
    QVERIFY(units->priced(5283, 100, Rounding::Ceiling)->minor() <= 10000);
    QVERIFY(!Quantity::forMoney(Money::fromMinor(100), 0, 1, Rounding::Floor).has_value());
    QVERIFY(!Quantity::fromMilli(1).priced(1, 0, Rounding::Floor).has_value());
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
