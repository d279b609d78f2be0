// CJ/T 188 frames parsed per second, against a baseline measured in the same process over the
// same bytes: a bare loop that sums every byte (what any parser must at least read). Prints
// name=value figures and their ratios; asserts that every frame was found and decoded, never a time.
#include "Cjt188.h"
#include "Cjt188MeterProtocol.h"

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace prepaydesk;
using namespace prepaydesk::cjt188;

namespace {

// Runs `pass` (one pass over all frames) until at least `minimumMs` have gone; passes per second.
template<typename F>
double passesPerSecond(F pass, qint64 minimumMs = 400)
{
    QElapsedTimer timer;
    timer.start();
    qint64 passes = 0;
    do {
        pass();
        ++passes;
    } while (timer.elapsed() < minimumMs);
    return double(passes) * 1000.0 / double(qMax<qint64>(1, timer.elapsed()));
}

} // namespace

class TestBenchCjt188 : public QObject
{
    Q_OBJECT
private slots:
    void framesPerSecond();
};

void TestBenchCjt188::framesPerSecond()
{
    // 1000 meter-data replies (the longest common frame, 35 bytes + FE preambles) from different
    // meters with different readings, each as the line would deliver it.
    QRandomGenerator rng(188);
    QList<QByteArray> frames;
    QList<MeterTarget> targets;
    qint64 totalBytes = 0;
    for (int i = 0; i < 1000; ++i) {
        const QString address = QStringLiteral("%1").arg(rng.bounded(0, 100000000), 14, 10, QLatin1Char('0'));
        const Edition edition = i % 2 ? Edition::V2018 : Edition::V2004;
        ParsedRequest request;
        request.header = Header{meter_type::ColdWater, *addressFromText(address), edition, quint8(i & 0xFF)};
        request.command = MeterCommand::Read;
        MeterData data;
        data.current = {rng.bounded(0, 100000000), 0x2C};
        data.settlement = {rng.bounded(0, 100000000), 0x2C};
        data.time = QDateTime(QDate(2024, 1 + i % 12, 1 + i % 28), QTime(i % 24, i % 60, i % 60));
        data.status = statusWord(ValveState(i % 4), i % 3 == 0);
        const auto reply = meterDataReply(request, data);
        PD_VERIFY_OK(reply);
        frames << encode(*reply, 2);
        targets << MeterTarget{address, editionName(edition), meter_type::ColdWater, i & 0xFF};
        totalBytes += frames.last().size();
    }

    volatile quint32 sink = 0;
    const double sumPasses = passesPerSecond([&] {
        quint32 sum = 0;
        for (const QByteArray &f : frames)
            for (const char c : f)
                sum += quint8(c);
        sink = sink + sum;
    });
    int scanned = 0;
    const double scanPasses = passesPerSecond([&] {
        scanned = 0;
        for (const QByteArray &f : frames)
            scanned += scan(f).status == ScanStatus::Complete;
    });
    const Cjt188MeterProtocol protocol;
    int decoded = 0;
    const double parsePasses = passesPerSecond([&] {
        decoded = 0;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const auto r = protocol.parse(targets.at(i), frames.at(i));
            decoded += r.ok() && r->values.size() == 6;
        }
    });
    QCOMPARE(scanned, frames.size());
    QCOMPARE(decoded, frames.size());

    const double n = double(frames.size());
    const double sumFrames = sumPasses * n, scanFrames = scanPasses * n, parseFrames = parsePasses * n;
    std::printf("frames=%lld bytes=%lld\n", qint64(frames.size()), totalBytes);
    std::printf("baseline_byte_sum_frames_per_s=%.0f\n", sumFrames);
    std::printf("baseline_byte_sum_mbytes_per_s=%.1f\n", sumPasses * double(totalBytes) / 1e6);
    std::printf("cjt188_scan_frames_per_s=%.0f\n", scanFrames);
    std::printf("cjt188_parse_decode_frames_per_s=%.0f\n", parseFrames);
    std::printf("ratio_byte_sum_to_scan=%.1f\n", sumFrames / scanFrames);
    std::printf("ratio_byte_sum_to_parse=%.1f\n", sumFrames / parseFrames);
    std::fflush(stdout);
    QVERIFY(sumFrames > 0 && scanFrames > 0 && parseFrames > 0);
}

QTEST_GUILESS_MAIN(TestBenchCjt188)
#include "tst_bench_cjt188.moc"
