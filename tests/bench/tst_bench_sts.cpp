// The STS benchmark runs and reports every path and baseline as a positive name=value figure.
// This checks that `prepayctl bench sts` works (it is what the figures in the issue notes come
// from); it asserts no timing, since timings depend on the machine.
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>

class TestBenchSts : public QObject
{
    Q_OBJECT
private slots:
    void reportsEveryFigure();
};

void TestBenchSts::reportsEveryFigure()
{
    QProcess bench;
    bench.start(qEnvironmentVariable("PREPAYCTL"), {u"bench"_qs, u"sts"_qs, u"--tokens"_qs, u"2000"_qs});
    QVERIFY(bench.waitForFinished(300000));
    const QString out = QString::fromUtf8(bench.readAllStandardOutput());
    QVERIFY2(bench.exitCode() == 0, qPrintable(out + QString::fromUtf8(bench.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("tokens=2000 ")), qPrintable(out));
    for (const char *name : {"openssl_des_ecb_blocks_per_s",
                             "openssl_des_ecb_fresh_ctx_blocks_per_s",
                             "openssl_hmac_sha256_per_s",
                             "openssl_hmac_sha256_oneshot_per_s",
                             "misty1_blocks_per_s",
                             "ea07_blocks_per_s",
                             "misty1_keyed_blocks_per_s",
                             "ea07_keyed_blocks_per_s",
                             "sts_dkga02_ea07_tokens_per_s",
                             "sts_dkga02_ea07_cached_key_tokens_per_s",
                             "sts_dkga02_ea07_linked_tokens_per_s",
                             "sts_dkga04_ea11_tokens_per_s",
                             "sts_dkga04_ea11_cached_key_tokens_per_s",
                             "sts_dkga04_ea11_linked_tokens_per_s",
                             "ratio_dkga02_to_des",
                             "ratio_dkga02_to_des_fresh_ctx",
                             "ratio_dkga02_cached_key_to_ea07",
                             "ratio_dkga04_to_hmac",
                             "ratio_dkga04_to_hmac_oneshot",
                             "ratio_dkga04_cached_key_to_misty1",
                             "ratio_dkga02_cached_key_to_ea07_keyed",
                             "ratio_dkga04_cached_key_to_misty1_keyed",
                             "ratio_dkga02_cached_key_to_per_token",
                             "ratio_dkga04_cached_key_to_per_token",
                             "ratio_dkga02_plugin_to_linked",
                             "ratio_dkga04_plugin_to_linked"}) {
        const QRegularExpression line(QStringLiteral("^%1=([0-9]+(\\.[0-9]+)?)$").arg(QLatin1String(name)),
                                      QRegularExpression::MultilineOption);
        const auto m = line.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(QLatin1String(name) + u'\n' + out));
        QVERIFY2(m.captured(1).toDouble() > 0, name);
    }
    QVERIFY2(QRegularExpression(QStringLiteral("^checksum=[0-9a-f]+$"), QRegularExpression::MultilineOption)
                 .match(out)
                 .hasMatch(),
             qPrintable(out));
}

QTEST_GUILESS_MAIN(TestBenchSts)
#include "tst_bench_sts.moc"
