// prepayctl sts as scripts use it: a real process that loads the sts plugin from the build tree.
// Expected tokens are the published STS compliance vectors (see tst_sts.cpp for the sources).
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run prepayctl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("PREPAYCTL"), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// The key options of STS 531-1-0-02 (DKGA02 + EA07).
QStringList key02(const QString &pan = QStringLiteral("600727000000000009"))
{
    return {u"--dkga"_qs,     u"02"_qs, u"--ea"_qs,  u"07"_qs,     u"--vending-key"_qs, u"abababababababab"_qs,
            u"--key-type"_qs, u"2"_qs,  u"--sgc"_qs, u"123456"_qs, u"--ti"_qs,          u"01"_qs,
            u"--krn"_qs,      u"1"_qs,  u"--pan"_qs, pan};
}

// STS 531-1-0-04 (DKGA04 + EA11).
QStringList key04()
{
    return {u"--dkga"_qs,        u"04"_qs,
            u"--ea"_qs,          u"11"_qs,
            u"--vending-key"_qs, u"abababababababab949494949494949401234567"_qs,
            u"--key-type"_qs,    u"2"_qs,
            u"--sgc"_qs,         u"123457"_qs,
            u"--ti"_qs,          u"01"_qs,
            u"--krn"_qs,         u"1"_qs,
            u"--pan"_qs,         u"600727000000000009"_qs,
            u"--base-date"_qs,   u"1993"_qs};
}

QMap<QString, QString> lines(const QString &out)
{
    QMap<QString, QString> m;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        m.insert(line.left(eq), line.mid(eq + 1));
    }
    return m;
}

} // namespace

class TestStsCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theIssueExample();
    void dkga04Ea11Credit();
    void decodePrintsEveryField();
    void decodeWithTheWrongKeyFails();
    void managementAndKeyChange();
    void vendingKeyFromStandardInput();
    void helpDocumentsEveryCommand();
    void badInputIsAClearError_data();
    void badInputIsAClearError();
};

void TestStsCli::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("PREPAYCTL")));
}

void TestStsCli::theIssueExample()
{
    // STS 531-1-0-02 CTSA01 step 1, exactly as issue 4 writes it.
    const Run token = prepayctl(QStringList{u"sts"_qs, u"credit"_qs}
                                << key02()
                                << QStringList{u"--issued"_qs, u"2004-03-01T13:55:00"_qs, u"--base-date"_qs, u"1993"_qs,
                                               u"--random"_qs, u"5"_qs, u"--utility"_qs, u"electricity"_qs,
                                               u"--amount"_qs, u"0.1"_qs});
    QVERIFY2(token.exit == 0, qPrintable(token.err));
    QCOMPARE(token.out, QStringLiteral("23716100501183194197\n"));
    const Run key = prepayctl(QStringList{u"sts"_qs, u"decoder-key"_qs} << key02());
    QVERIFY2(key.exit == 0, qPrintable(key.err));
    QCOMPARE(key.out, QStringLiteral("6ff35b9d1f3453e6\n"));
}

void TestStsCli::dkga04Ea11Credit()
{
    // STS 531-1-0-04 CTSA01 step 1.
    const Run token = prepayctl(QStringList{u"sts"_qs, u"credit"_qs}
                                << key04()
                                << QStringList{u"--issued"_qs, u"2004-03-01T13:00:00"_qs, u"--random"_qs, u"5"_qs,
                                               u"--utility"_qs, u"electricity"_qs, u"--amount"_qs, u"0.1"_qs});
    QVERIFY2(token.exit == 0, qPrintable(token.err));
    QCOMPARE(token.out, QStringLiteral("59386323472137426967\n"));
    const Run key = prepayctl(QStringList{u"sts"_qs, u"decoder-key"_qs} << key04());
    QVERIFY2(key.exit == 0, qPrintable(key.err));
    QCOMPARE(key.out.trimmed().size(), 32); // 128 bits
    const Run decoded = prepayctl({u"sts"_qs, u"decode"_qs, u"--decoder-key"_qs, key.out.trimmed(), u"--ea"_qs,
                                   u"11"_qs, u"59386323472137426967"_qs});
    QVERIFY2(decoded.exit == 0, qPrintable(decoded.err));
    QCOMPARE(lines(decoded.out).value(u"issued"_qs), QStringLiteral("2004-03-01T13:00:00Z"));
}

void TestStsCli::decodePrintsEveryField()
{
    const Run r = prepayctl({u"sts"_qs, u"decode"_qs, u"--decoder-key"_qs, u"6ff35b9d1f3453e6"_qs, u"--ea"_qs, u"07"_qs,
                             u"23716100501183194197"_qs});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const auto m = lines(r.out);
    QCOMPARE(m.value(u"class"_qs), QStringLiteral("0"));
    QCOMPARE(m.value(u"subclass"_qs), QStringLiteral("0"));
    QCOMPARE(m.value(u"kind"_qs), QStringLiteral("credit-electricity"));
    QCOMPARE(m.value(u"random"_qs), QStringLiteral("5"));
    // 4077 days and 835 minutes after 1993-01-01.
    QCOMPARE(m.value(u"tid"_qs), QString::number(4077 * 1440 + 835));
    QCOMPARE(m.value(u"issued"_qs), QStringLiteral("2004-03-01T13:55:00Z"));
    QCOMPARE(m.value(u"amount"_qs), QStringLiteral("0.1"));
    QCOMPARE(m.value(u"crc"_qs), QStringLiteral("ok"));
}

void TestStsCli::decodeWithTheWrongKeyFails()
{
    const Run r = prepayctl({u"sts"_qs, u"decode"_qs, u"--decoder-key"_qs, u"0123456789abcdef"_qs, u"--ea"_qs, u"07"_qs,
                             u"23716100501183194197"_qs});
    QCOMPARE(r.exit, 1);
    QCOMPARE(lines(r.out).value(u"crc"_qs), QStringLiteral("failed"));
    QVERIFY(r.err.contains(QStringLiteral("CRC")));
}

void TestStsCli::managementAndKeyChange()
{
    // STS 531-1-0-02 CTSA03 (maximum power 1000 W) and CTSA06 (clear tamper).
    const Run mpl = prepayctl(
        QStringList{u"sts"_qs, u"set-max-power"_qs}
        << key02()
        << QStringList{u"--issued"_qs, u"2004-03-28T09:01:00"_qs, u"--random"_qs, u"5"_qs, u"--watts"_qs, u"1000"_qs});
    QVERIFY2(mpl.exit == 0, qPrintable(mpl.err));
    QCOMPARE(mpl.out, QStringLiteral("50901894209860263092\n"));
    const Run tamper =
        prepayctl(QStringList{u"sts"_qs, u"clear-tamper"_qs}
                  << key02() << QStringList{u"--issued"_qs, u"2004-03-28T10:00:00"_qs, u"--random"_qs, u"5"_qs});
    QCOMPARE(tamper.out, QStringLiteral("37037300014464855694\n"));
    // CTSA05 step 1: key change from TI 01 to TI 02, two tokens in order.
    const Run kct =
        prepayctl(QStringList{u"sts"_qs, u"key-change"_qs}
                  << key02()
                  << QStringList{u"--new-vending-key"_qs, u"abababababababab"_qs, u"--new-key-type"_qs, u"2"_qs,
                                 u"--new-sgc"_qs, u"123456"_qs, u"--new-ti"_qs, u"02"_qs, u"--new-krn"_qs, u"1"_qs});
    QVERIFY2(kct.exit == 0, qPrintable(kct.err));
    QCOMPARE(kct.out, QStringLiteral("51638423060042734509\n15361891762113502242\n"));
    // The last TID moves a second token in the same minute on.
    const QStringList credit = QStringList{u"sts"_qs, u"credit"_qs}
                               << key02()
                               << QStringList{u"--issued"_qs,  u"2004-03-01T13:55:00"_qs, u"--random"_qs, u"5"_qs,
                                              u"--utility"_qs, u"electricity"_qs,         u"--amount"_qs, u"0.1"_qs};
    const Run next = prepayctl(credit + QStringList{u"--last-tid"_qs, QString::number(4077 * 1440 + 835)});
    QVERIFY2(next.exit == 0, qPrintable(next.err));
    const Run d = prepayctl({u"sts"_qs, u"decode"_qs, u"--decoder-key"_qs, u"6ff35b9d1f3453e6"_qs, u"--ea"_qs, u"07"_qs,
                             next.out.trimmed()});
    QCOMPARE(lines(d.out).value(u"tid"_qs), QString::number(4077 * 1440 + 836));
}

void TestStsCli::vendingKeyFromStandardInput()
{
    QStringList args = QStringList{u"sts"_qs, u"decoder-key"_qs} << key02();
    args[args.indexOf(u"abababababababab"_qs)] = u"-"_qs;
    const Run r = prepayctl(args, "abababababababab\n");
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("6ff35b9d1f3453e6\n"));
}

void TestStsCli::helpDocumentsEveryCommand()
{
    const Run help = prepayctl({u"sts"_qs, u"--help"_qs});
    QCOMPARE(help.exit, 0);
    for (const char *command :
         {"credit", "decoder-key", "decode", "set-max-power", "clear-credit", "set-tariff-rate", "clear-tamper",
          "set-phase-unbalance", "set-water-factor", "key-change", "test", "--rollover", "--last-tid"})
        QVERIFY2(help.out.contains(QString::fromLatin1(command)), command);
    QCOMPARE(prepayctl({u"sts"_qs, u"frobnicate"_qs}).exit, 2);
}

void TestStsCli::badInputIsAClearError_data()
{
    QTest::addColumn<QStringList>("replace"); // option, value
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    QTest::newRow("malformed hex") << QStringList{u"--vending-key"_qs, u"abababababababag"_qs} << 2 << "hexadecimal";
    QTest::newRow("odd hex") << QStringList{u"--vending-key"_qs, u"abababababababa"_qs} << 2 << "hexadecimal";
    QTest::newRow("short key") << QStringList{u"--vending-key"_qs, u"abababab"_qs} << 1 << "8 bytes";
    QTest::newRow("pan check digit") << QStringList{u"--pan"_qs, u"600727000000000008"_qs} << 1 << "check digit";
    QTest::newRow("amount too large") << QStringList{u"--amount"_qs, u"2000000"_qs} << 1 << "1820162.4";
    QTest::newRow("amount not a number") << QStringList{u"--amount"_qs, u"lots"_qs} << 2 << "lots";
    QTest::newRow("before base date") << QStringList{u"--issued"_qs, u"1992-06-01T00:00:00"_qs} << 1 << "before";
    QTest::newRow("beyond TID range") << QStringList{u"--issued"_qs, u"2025-01-01T00:00:00"_qs} << 1 << "2024-11-24";
    QTest::newRow("bad time") << QStringList{u"--issued"_qs, u"01/03/2004 13:55"_qs} << 2 << "YYYY-MM-DD";
    QTest::newRow("bad utility") << QStringList{u"--utility"_qs, u"steam"_qs} << 2 << "steam";
    QTest::newRow("bad base date") << QStringList{u"--base-date"_qs, u"2000"_qs} << 1 << "1993, 2014 or 2035";
    QTest::newRow("random out of range") << QStringList{u"--random"_qs, u"16"_qs} << 2 << "--random";
}

void TestStsCli::badInputIsAClearError()
{
    QFETCH(QStringList, replace);
    QFETCH(int, exit);
    QFETCH(QString, says);
    QStringList args = QStringList{u"sts"_qs, u"credit"_qs}
                       << key02() << QStringList{u"--issued"_qs,  u"2004-03-01T13:55:00"_qs, u"--random"_qs, u"5"_qs,
                                                 u"--utility"_qs, u"electricity"_qs,         u"--amount"_qs, u"0.1"_qs};
    const qsizetype at = args.indexOf(replace[0]);
    if (at >= 0)
        args[at + 1] = replace[1];
    else
        args << replace;
    const Run r = prepayctl(args);
    QCOMPARE(r.exit, exit);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestStsCli)
#include "tst_sts_cli.moc"
