// The search benchmark runs and reports every query kind with its bare-SQLite ratio. This checks
// that `prepayctl bench search` works (it is what the figures in the issue notes come from); it
// asserts no timing, since timings depend on the machine.
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>

class TestBenchSearch : public QObject
{
    Q_OBJECT
private slots:
    void reportsEveryKind();
};

void TestBenchSearch::reportsEveryKind()
{
    const QString prepayctl = qEnvironmentVariable("PREPAYCTL");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.db"));
    QProcess gen;
    gen.start(prepayctl, {u"demo"_qs, u"generate"_qs, u"--customers"_qs, u"3000"_qs, u"--reading-months"_qs, u"0"_qs,
                          u"--db"_qs, db});
    QVERIFY(gen.waitForFinished(120000));
    QCOMPARE(gen.exitCode(), 0);
    QProcess bench;
    bench.start(prepayctl, {u"bench"_qs, u"search"_qs, u"--queries"_qs, u"50"_qs, u"--db"_qs, db});
    QVERIFY(bench.waitForFinished(120000));
    QCOMPARE(bench.exitCode(), 0);
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    QVERIFY(out.contains(QStringLiteral("customers=3000")));
    for (const char *kind : {"name-fragment", "pinyin-initials", "phone-prefix", "meter-serial"}) {
        // kind p50 p95 max hits bare_p50 bare_p95 ratio
        const QRegularExpression line(
            QLatin1String(kind) +
            QStringLiteral(R"(\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/([\d.]+))"));
        const auto m = line.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY(m.captured(1).toDouble() <= m.captured(2).toDouble()); // p50 <= p95
        QVERIFY(m.captured(2).toDouble() <= m.captured(3).toDouble()); // p95 <= max
        QVERIFY2(m.captured(4).toInt() >= 1, kind);                    // every query finds someone
    }
    QVERIFY(out.contains(QStringLiteral("LIKE")));
}

QTEST_GUILESS_MAIN(TestBenchSearch)
#include "tst_bench_search.moc"
