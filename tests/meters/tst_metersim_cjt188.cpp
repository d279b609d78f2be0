// prepay-metersim's water and gas meters over CJ/T 188, on its real pseudo-terminals: requests
// built and replies decoded by the cjt188 codec. Values follow from what the simulator was told
// at start (balance, price, rate) and from the commands sent here; the clock is stopped and moved
// with "advance" so that nothing moves under a read.
#include "Cjt188.h"
#include "Dlt645.h"
#include "MetersimFixture.h"

#include <QTest>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

cjt188::Header header(const QString &address, quint8 type = cjt188::meter_type::ColdWater,
                      cjt188::Edition edition = cjt188::Edition::V2004)
{
    static quint8 ser = 0;
    return cjt188::Header{type, *cjt188::addressFromText(address), edition, ++ser};
}

// Sends a request and decodes the first whole frame back (generous timeout).
std::optional<MeterReply> ask(LinePort &port, const cjt188::Frame &request,
                              cjt188::Edition edition = cjt188::Edition::V2004)
{
    port.buffer.clear();
    port.write(cjt188::encode(request));
    cjt188::Scan s;
    if (!port.readUntil([&s](const QByteArray &b) {
            s = cjt188::scan(b);
            return s.status == cjt188::ScanStatus::Complete;
        }))
        return std::nullopt;
    port.buffer.remove(0, s.consumed);
    const auto reply = cjt188::decodeReply(s.frame, edition);
    if (!reply)
        return std::nullopt;
    return *reply;
}

QString value(const std::optional<MeterReply> &reply, const QString &name)
{
    if (!reply)
        return QStringLiteral("no reply");
    if (reply->error)
        return QStringLiteral("error:") + reply->errors.join(QLatin1Char(','));
    for (const MeterValue &v : reply->values)
        if (v.name == name)
            return v.value;
    return QStringLiteral("missing ") + name;
}

std::optional<MeterReply> readData(LinePort &port, const QString &address, const QString &item,
                                   quint8 type = cjt188::meter_type::ColdWater)
{
    const auto request = cjt188::readRequest(header(address, type), item);
    if (!request)
        return std::nullopt;
    return ask(port, *request);
}

quint16 status(LinePort &port, const QString &address, quint8 type = cjt188::meter_type::ColdWater)
{
    const auto reply = readData(port, address, QStringLiteral("meter_data"), type);
    if (!reply || reply->error)
        return 0xFFFF;
    for (const MeterValue &v : reply->values)
        if (v.name == QLatin1String("status"))
            return static_cast<quint16>(v.number);
    return 0xFFFF;
}

// The simulator's manufacturer bits in ST (Cjt188Responder.h).
constexpr quint16 StTamper = 1u << 3;
constexpr quint16 StLeak = 1u << 4;
constexpr quint16 StGasAlarm = 1u << 5;
constexpr quint16 StLowBalance = 1u << 6;
constexpr quint16 StNoCredit = 1u << 7;
constexpr quint16 StValveClosed = 0x01;
constexpr quint16 StBatteryLow = 0x04;

const QString Water = QStringLiteral("00000000000001");
const QString Gas = QStringLiteral("00000000000002");

QStringList frozenAt(const QString &time)
{
    return {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--start"), time};
}

} // namespace

class TestMetersimCjt188 : public QObject
{
    Q_OBJECT

private slots:
    void readDataValveAndPurchase()
    {
        SimProcess sim;
        // 30.00 yuan at 3.45 yuan/m³, 50 L/h by day.
        QVERIFY(sim.start(frozenAt(QStringLiteral("2026-11-18T12:00:00")) +
                              QStringList{QStringLiteral("--meter"), QStringLiteral("water:1:balance=30,price=3.45,"
                                                                                    "rate=0.05,alarm=5")},
                          1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));

        // Read address with the wildcards (type AAH, address AA..AA): the meter alone answers.
        const auto who = ask(port, cjt188::readAddressRequest(cjt188::Header{cjt188::meter_type::Any, {}, {}, 7}));
        QCOMPARE(value(who, QStringLiteral("address")), Water);

        auto data = readData(port, Water, QStringLiteral("meter_data"));
        QCOMPARE(value(data, QStringLiteral("flow.current")), QStringLiteral("0.00"));
        QCOMPARE(value(data, QStringLiteral("valve")), QStringLiteral("open"));
        QCOMPARE(value(data, QStringLiteral("battery")), QStringLiteral("normal"));
        QCOMPARE(value(data, QStringLiteral("clock")), QStringLiteral("2026-11-18T12:00:00"));

        // Two simulated hours by day: 100 L = 0.10 m³, 0.345 yuan (0.34 taken so far).
        QCOMPARE(sim.command(QStringLiteral("advance 2h")).last(), QStringLiteral("ok"));
        QCOMPARE(value(readData(port, Water, QStringLiteral("meter_data")), QStringLiteral("flow.current")),
                 QStringLiteral("0.10"));
        auto money = readData(port, Water, QStringLiteral("purchase_data"));
        QCOMPARE(value(money, QStringLiteral("money.remaining")), QStringLiteral("29.66"));
        QCOMPARE(value(money, QStringLiteral("purchase.total")), QStringLiteral("0.00"));

        // Valve closed: no flow while it is; opened again.
        const auto close = cjt188::valveRequest(header(Water), ValveAction::Close);
        QVERIFY(close.ok());
        QCOMPARE(value(ask(port, *close), QStringLiteral("valve")), QStringLiteral("closed"));
        QCOMPARE(sim.command(QStringLiteral("advance 1h")).last(), QStringLiteral("ok"));
        data = readData(port, Water, QStringLiteral("meter_data"));
        QCOMPARE(value(data, QStringLiteral("valve")), QStringLiteral("closed"));
        QCOMPARE(value(data, QStringLiteral("flow.current")), QStringLiteral("0.10"));
        const auto open = cjt188::valveRequest(header(Water), ValveAction::Open);
        QCOMPARE(value(ask(port, *open), QStringLiteral("valve")), QStringLiteral("open"));

        // Purchase 10.00 with sequence 1: confirmed, and the meter's money shows it.
        const auto buy = cjt188::purchaseRequest(header(Water), 1, 1000);
        QVERIFY(buy.ok());
        const auto confirmed = ask(port, *buy);
        QCOMPARE(value(confirmed, QStringLiteral("purchase.amount")), QStringLiteral("10.00"));
        QCOMPARE(value(confirmed, QStringLiteral("purchase.sequence")), QStringLiteral("1"));
        money = readData(port, Water, QStringLiteral("purchase_data"));
        QCOMPARE(value(money, QStringLiteral("money.remaining")), QStringLiteral("39.66"));
        QCOMPARE(value(money, QStringLiteral("purchase.total")), QStringLiteral("10.00"));
        QCOMPARE(value(money, QStringLiteral("purchase.last")), QStringLiteral("10.00"));
        QCOMPARE(value(money, QStringLiteral("purchase.sequence")), QStringLiteral("1"));
        // The same purchase again is refused and loads nothing.
        QVERIFY(value(ask(port, *buy), QStringLiteral("purchase.amount")).startsWith(QLatin1String("error:")));
        QCOMPARE(value(readData(port, Water, QStringLiteral("purchase_data")), QStringLiteral("money.remaining")),
                 QStringLiteral("39.66"));

        // Set time, then the meter's clock reads it.
        const auto setTime = cjt188::setTimeRequest(header(Water), QDateTime(QDate(2027, 2, 3), QTime(4, 5, 6)));
        QVERIFY(setTime.ok());
        QVERIFY(ask(port, *setTime));
        QCOMPARE(value(readData(port, Water, QStringLiteral("meter_data")), QStringLiteral("clock")),
                 QStringLiteral("2027-02-03T04:05:06"));

        // A 2018-order request to this 2004 meter: its DI means nothing here, so it is refused.
        const auto wrongOrder = cjt188::readRequest(
            header(Water, cjt188::meter_type::ColdWater, cjt188::Edition::V2018), QStringLiteral("meter_data"));
        QVERIFY(wrongOrder.ok());
        const auto refused = ask(port, *wrongOrder);
        QVERIFY(refused);
        QVERIFY(refused->error);

        // Another address, or a gas meter's type at this address: no reply; the next frame answers ours.
        port.buffer.clear();
        port.write(
            cjt188::encode(*cjt188::readRequest(header(QStringLiteral("99")), QStringLiteral("meter_data"))) +
            cjt188::encode(*cjt188::readRequest(header(Water, cjt188::meter_type::Gas), QStringLiteral("meter_data"))) +
            cjt188::encode(*cjt188::readRequest(header(Water), QStringLiteral("purchase_data"))));
        cjt188::Scan s;
        QVERIFY(port.readUntil([&s](const QByteArray &b) {
            s = cjt188::scan(b);
            return s.status == cjt188::ScanStatus::Complete;
        }));
        QCOMPARE(s.start, qsizetype(cjt188::DefaultPreambles));
        QCOMPARE(cjt188::decodeReply(s.frame, cjt188::Edition::V2004)->item, QStringLiteral("purchase_data"));
    }

    void creditRunsOutAndTheValveCloses()
    {
        SimProcess sim;
        // 1.00 yuan at 1.00 yuan/m³ and 1 m³/h: one hour of water; alarm at 0.50.
        QVERIFY(sim.start(
            frozenAt(QStringLiteral("2026-11-18T12:00:00")) +
                QStringList{QStringLiteral("--meter"), QStringLiteral("water:1:balance=1,price=1,rate=1,alarm=0.5")},
            1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        QCOMPARE(status(port, Water), quint16(0));
        QCOMPARE(sim.command(QStringLiteral("advance 30m")).last(), QStringLiteral("ok"));
        QCOMPARE(status(port, Water), StLowBalance);
        QCOMPARE(sim.command(QStringLiteral("advance 2h")).last(), QStringLiteral("ok"));
        QCOMPARE(status(port, Water), quint16(StValveClosed | StLowBalance | StNoCredit));
        auto data = readData(port, Water, QStringLiteral("meter_data"));
        QCOMPARE(value(data, QStringLiteral("flow.current")), QStringLiteral("1.00")); // what 1.00 bought
        QCOMPARE(value(data, QStringLiteral("valve")), QStringLiteral("closed"));
        // A purchase opens it again.
        QVERIFY(ask(port, *cjt188::purchaseRequest(header(Water), 1, 500)));
        QCOMPARE(status(port, Water), quint16(0));
        QCOMPARE(value(readData(port, Water, QStringLiteral("purchase_data")), QStringLiteral("money.remaining")),
                 QStringLiteral("5.00"));
    }

    void injectedFaultsShowInTheStatusWord()
    {
        SimProcess sim;
        // Water at 1 m³/h by day, 10 % at night; the leak adds half the daytime rate.
        QVERIFY(sim.start(frozenAt(QStringLiteral("2026-11-18T01:00:00")) +
                              QStringList{QStringLiteral("--meter"), QStringLiteral("water:1:balance=500,rate=1"),
                                          QStringLiteral("--meter"), QStringLiteral("gas:2"),
                                          QStringLiteral("--battery-low"), QStringLiteral("gas-1")},
                          2));
        LinePort water, gas;
        QVERIFY(water.open(sim.devices[0].endpoint));
        QVERIFY(gas.open(sim.devices[1].endpoint));

        QCOMPARE(sim.command(QStringLiteral("advance 1h")).last(), QStringLiteral("ok"));
        QCOMPARE(value(readData(water, Water, QStringLiteral("meter_data")), QStringLiteral("flow.current")),
                 QStringLiteral("0.10"));
        QCOMPARE(sim.command(QStringLiteral("leak water-1")).last(), QStringLiteral("ok"));
        QCOMPARE(sim.command(QStringLiteral("advance 1h")).last(), QStringLiteral("ok"));
        // The night flow went up from 0.10 to 0.60 m³/h.
        QCOMPARE(value(readData(water, Water, QStringLiteral("meter_data")), QStringLiteral("flow.current")),
                 QStringLiteral("0.70"));
        QCOMPARE(status(water, Water), StLeak);
        QCOMPARE(sim.command(QStringLiteral("tamper water-1")).last(), QStringLiteral("ok"));
        QCOMPARE(status(water, Water), quint16(StLeak | StTamper));

        const quint8 gasType = cjt188::meter_type::Gas;
        QCOMPARE(status(gas, Gas, gasType), StBatteryLow);
        QCOMPARE(value(readData(gas, Gas, QStringLiteral("meter_data"), gasType), QStringLiteral("battery")),
                 QStringLiteral("low"));
        // A gas alarm shuts the gas valve.
        QCOMPARE(sim.command(QStringLiteral("gas-alarm gas-1")).last(), QStringLiteral("ok"));
        QCOMPARE(status(gas, Gas, gasType), quint16(StBatteryLow | StGasAlarm | StValveClosed));
        QCOMPARE(sim.command(QStringLiteral("clear")).last(), QStringLiteral("ok"));
        QCOMPARE(status(water, Water), quint16(0));
        QCOMPARE(status(gas, Gas, gasType), StValveClosed); // stays shut until an engineer opens it
        QVERIFY(ask(gas, *cjt188::valveRequest(header(Gas, gasType), ValveAction::Open)));
        QCOMPARE(status(gas, Gas, gasType), quint16(0));
    }

    void dlt645AndCjt188MetersShareOneLine()
    {
        SimProcess sim;
        QVERIFY(sim.start(frozenAt(QStringLiteral("2026-11-18T12:00:00")) +
                              QStringList{QStringLiteral("--bus"), QStringLiteral("--meter"),
                                          QStringLiteral("electricity:1:balance=12"), QStringLiteral("--meter"),
                                          QStringLiteral("water:1:balance=34")},
                          2));
        QCOMPARE(sim.devices[0].endpoint, sim.devices[1].endpoint);
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        QCOMPARE(value(readData(port, Water, QStringLiteral("purchase_data")), QStringLiteral("money.remaining")),
                 QStringLiteral("34.00"));
        const auto request = dlt645::readRequest(*dlt645::addressFromText(QStringLiteral("1")),
                                                 QStringLiteral("prepaid.remaining_money"), dlt645::Edition::V2007);
        port.buffer.clear();
        port.write(dlt645::encode(*request));
        dlt645::Scan s;
        QVERIFY(port.readUntil([&s](const QByteArray &b) {
            s = dlt645::scan(b);
            return s.status == dlt645::ScanStatus::Complete;
        }));
        QCOMPARE(dlt645::decodeReply(s.frame)->values.value(0).value, QStringLiteral("12.00"));
    }
};

QTEST_GUILESS_MAIN(TestMetersimCjt188)
#include "tst_metersim_cjt188.moc"
