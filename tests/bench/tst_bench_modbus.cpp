// Modbus RTU figures, printed as name=value lines (no timing is asserted; timings depend on the
// machine):
//  - replies parsed per second by the plugin's parser (ModbusMeterProtocol::parse, and
//    parseReplyTo, which also checks the reply against its request and decodes the map's value),
//    against a bare CRC-16 loop over the same bytes in the same process: every parse has to run
//    the CRC once, so the ratio says what framing and decoding cost on top of it;
//  - request/response round trips per second through ModbusRtuClient (QtSerialBus) against
//    Debian's pymodbus slave on a socat pty pair, at 9600 and 115200 baud (a pty ignores the baud
//    rate, but QModbusRtuSerialClient paces frames by it: 3.5 characters of silence).
#include "ModbusMeterProtocol.h"
#include "ModbusRtu.h"
#include "ModbusRtuClient.h"
#include "ModbusSlave.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace prepaydesk;
using namespace prepaydesk::modbus;

namespace {

template<typename F>
double perSecond(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    while (timer.nsecsElapsed() < 300'000'000) {
        for (int i = 0; i < 1000; ++i)
            work();
        n += 1000;
    }
    return double(n) * 1e9 / double(timer.nsecsElapsed());
}

void report(const char *name, double value)
{
    std::printf("%s=%.1f\n", name, value);
    std::fflush(stdout);
}

} // namespace

class TestBenchModbus : public QObject
{
    Q_OBJECT
private slots:
    void framesParsedPerSecond();
    void roundTripsAgainstPymodbus();
};

void TestBenchModbus::framesParsedPerSecond()
{
    ModbusMeterProtocol protocol;
    MeterTarget target;
    const auto request = protocol.readRequest(QStringLiteral("1"), QStringLiteral("balance.money"));
    PD_VERIFY_OK(request);
    // The reply a balance read gets: 01 03 04 00 00 30 39 + CRC (12345 -> 123.45 yuan).
    const QByteArray reply = encode(Frame{1, fn::ReadHoldingRegisters, QByteArray::fromHex("0400003039")});
    const auto check = protocol.parseReplyTo(target, *request, reply);
    PD_VERIFY_OK(check);
    QCOMPARE(check->values.value(0).value, QStringLiteral("123.45"));

    volatile quint32 sink = 0;
    const double crc = perSecond([&] { sink = sink + crc16(reply); });
    const double scan = perSecond([&] { sink = sink + quint32(scanReply(reply).consumed); });
    const double parse = perSecond([&] { sink = sink + quint32(protocol.parse(target, reply)->consumed); });
    const double decode =
        perSecond([&] { sink = sink + quint32(protocol.parseReplyTo(target, *request, reply)->values.size()); });
    report("crc_only_frames_per_s", crc);
    report("scan_frames_per_s", scan);
    report("parse_frames_per_s", parse);
    report("parse_reply_to_frames_per_s", decode);
    std::printf("ratio_parse_to_crc=%.4f\nratio_parse_reply_to_to_crc=%.4f\n", parse / crc, decode / crc);
    QVERIFY(crc > 0 && scan > 0 && parse > 0 && decode > 0);
}

void TestBenchModbus::roundTripsAgainstPymodbus()
{
    QJsonArray holding;
    for (int i = 0; i < 0x120; ++i)
        holding.append(i == 0x101 ? 12345 : 0);
    const QJsonObject state{{QStringLiteral("coils"), QJsonArray{1, 0}},
                            {QStringLiteral("discrete"), QJsonArray{0, 0}},
                            {QStringLiteral("input"), QJsonArray{0, 0, 0, 0, 0, 0}},
                            {QStringLiteral("holding"), holding},
                            {QStringLiteral("writes"), 0}};
    const auto map = RegisterMap::builtIn({});
    PD_VERIFY_OK(map);
    for (const int baud : {9600, 115200}) {
        test::ModbusSlave slave;
        QString error;
        QVERIFY2(slave.start(state, &error), qPrintable(error));
        ModbusRtuClient meter(*map);
        meter.setTimeout(3000);
        meter.setRetries(0);
        LineSpec line = map->line;
        line.baudRate = baud;
        PD_VERIFY_OK(meter.open(slave.port(), line));
        PD_VERIFY_OK(meter.read(QStringLiteral("balance.money"))); // warm up
        constexpr int Rounds = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < Rounds; ++i) {
            const auto v = meter.read(QStringLiteral("balance.money"));
            PD_VERIFY_OK(v);
            QCOMPARE(v->value, QStringLiteral("123.45"));
        }
        const double rate = Rounds * 1e9 / double(timer.nsecsElapsed());
        std::printf("pymodbus_round_trips_per_s_%d=%.1f\n", baud, rate);
        QVERIFY(rate > 0);
    }
}

QTEST_GUILESS_MAIN(TestBenchModbus)
#include "tst_bench_modbus.moc"
