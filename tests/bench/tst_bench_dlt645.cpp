// DL/T 645 frames parsed per second (plugins/dlt645), against a baseline measured in the same
// process over the same bytes: a bare loop that only sums each frame's bytes, i.e. the least a
// parser must do to check a checksum. Figures are printed as name=value lines with their ratio;
// nothing here asserts a speed (it depends on the machine), only that every frame was decoded
// to the value it carries, so the figures are for work actually done.
#include "Dlt645.h"
#include "Dlt645MeterProtocol.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace prepaydesk;
using namespace prepaydesk::dlt645;

namespace {

struct Sample
{
    QByteArray line; // preamble and frame as a meter sends it
    qint64 number;   // the first value's number, as decoded
};

// A mix of the replies a console reads all day: energy, money, voltage, current, power (signed),
// status, clock, read address, and error replies; with 0 to 4 FE preambles.
QList<Sample> mix()
{
    const QByteArray meter = *addressFromText(QStringLiteral("123456789012"));
    QList<Sample> out;
    int preambles = 0;
    const auto add = [&](const Frame &frame, qint64 number) {
        out.append({encode(frame, preambles), number});
        preambles = (preambles + 1) % 5;
    };
    const struct
    {
        const char *item;
        qint64 number;
    } reads[] = {{"energy.forward_total", 120642},
                 {"energy.reverse_total", 17},
                 {"energy.combined_total", -3345},
                 {"prepaid.remaining_money", 8765},
                 {"prepaid.remaining_energy", 4200},
                 {"prepaid.overdraft_money", 0},
                 {"prepaid.purchase_count", 12},
                 {"prepaid.cumulative_purchase", 500000},
                 {"voltage.a", 2201},
                 {"current.a", -1500},
                 {"power.active_total", 12345},
                 {"status.word3", 0x10}};
    for (const auto &r : reads) {
        const Item *item = findItem(QString::fromLatin1(r.item), Edition::V2007);
        const QByteArray value =
            item->format == ItemFormat::Hex ? QByteArray("\x10\x00", 2) : *encodeNumber(*item, r.number);
        add(readReply(meter, item->id, Edition::V2007, value), r.number);
    }
    const Item *v1997 = findItem(QStringLiteral("9010"), Edition::V1997);
    add(readReply(meter, v1997->id, Edition::V1997, *encodeNumber(*v1997, 99)), 99);
    add(readAddressReply(meter), 0);
    add(errorReply(meter, control::Read, err::NoData), 0);
    add(securityErrorReply(meter, serr::RepeatedRecharge), 0);
    return out;
}

// Runs `body` over all samples until at least `minimumMs` have passed; frames per second.
template<typename Body>
double framesPerSecond(const QList<Sample> &samples, qint64 minimumMs, Body body)
{
    QElapsedTimer timer;
    timer.start();
    qint64 frames = 0;
    do {
        for (int round = 0; round < 200; ++round) {
            for (const Sample &s : samples)
                body(s);
            frames += samples.size();
        }
    } while (timer.elapsed() < minimumMs);
    return double(frames) * 1e9 / double(timer.nsecsElapsed());
}

void print(const char *name, double value, int decimals = 0)
{
    std::printf("%s=%.*f\n", name, decimals, value);
    std::fflush(stdout);
}

} // namespace

class TestBenchDlt645 : public QObject
{
    Q_OBJECT
private slots:
    void framesPerSecond();
};

void TestBenchDlt645::framesPerSecond()
{
    const QList<Sample> samples = mix();
    qint64 totalBytes = 0;
    for (const Sample &s : samples)
        totalBytes += s.line.size();
    const qint64 ms = qEnvironmentVariableIntValue("PREPAYDESK_BENCH_MS") > 0
                          ? qEnvironmentVariableIntValue("PREPAYDESK_BENCH_MS")
                          : 700;

    // Baseline: sum every byte of the frame (what checking a checksum costs at the least).
    quint32 sum = 0;
    const double checksumRate = ::framesPerSecond(samples, ms, [&](const Sample &s) {
        quint8 cs = 0;
        for (const char c : s.line)
            cs = static_cast<quint8>(cs + static_cast<quint8>(c));
        sum += cs;
    });

    // The codec: scan (preamble, checks, +33H off) then decode the reply to named values.
    qint64 decodedSum = 0;
    qint64 failures = 0;
    const double codecRate = ::framesPerSecond(samples, ms, [&](const Sample &s) {
        const Scan scanned = scan(s.line);
        auto reply = decodeReply(scanned.frame);
        if (scanned.status != ScanStatus::Complete || !reply) {
            ++failures;
            return;
        }
        if (!reply->values.isEmpty() && reply->values.first().numeric)
            decodedSum += reply->values.first().number - s.number;
    });

    // The plugin's entry point, as a transport calls it (the scan, the address check, decoding).
    Dlt645MeterProtocol protocol;
    const MeterTarget target{QStringLiteral("123456789012"), {}, 0x10, 0};
    const double pluginRate = ::framesPerSecond(samples, ms, [&](const Sample &s) {
        auto reply = protocol.parse(target, s.line);
        if (!reply || !reply->complete || reply->consumed != s.line.size())
            ++failures;
    });

    // Every frame decoded, and to the number it carries (the differences sum to zero).
    QCOMPARE(failures, 0);
    QCOMPARE(decodedSum, 0);
    QVERIFY(sum != 0 || samples.isEmpty());

    print("dlt645_frames_in_mix", samples.size());
    print("dlt645_mean_frame_bytes", double(totalBytes) / double(samples.size()), 2);
    print("checksum_loop_frames_per_s", checksumRate);
    print("dlt645_scan_decode_frames_per_s", codecRate);
    print("dlt645_plugin_parse_frames_per_s", pluginRate);
    print("ratio_scan_decode_to_checksum", codecRate / checksumRate, 5);
    print("ratio_plugin_parse_to_checksum", pluginRate / checksumRate, 5);
    QVERIFY(checksumRate > 0 && codecRate > 0 && pluginRate > 0);
}

QTEST_GUILESS_MAIN(TestBenchDlt645)
#include "tst_bench_dlt645.moc"
