// prepay-metersim as the console meets it: the real executable, its real pseudo-terminals (and
// TCP ports), requests built by the DL/T 645 codec, replies decoded by it. Every value checked
// here is one the simulator was told at start or one that follows from a command sent here.
#include "Dlt645.h"
#include "MetersimFixture.h"
#include "SoftwareSecurityModule.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

// The key prepay-metersim uses unless --key says otherwise (Simulation::DefaultKey).
const QByteArray SimKey = "prepaydesk-metersim-software-test-key";

QByteArray address(const QString &digits)
{
    return *dlt645::addressFromText(digits);
}

// Sends a request and waits for the first whole frame back (generous timeout).
std::optional<dlt645::Frame> ask(LinePort &port, const dlt645::Frame &request, dlt645::Scan *scanOut = nullptr)
{
    port.buffer.clear();
    port.write(dlt645::encode(request));
    dlt645::Scan s;
    if (!port.readUntil([&s](const QByteArray &b) {
            s = dlt645::scan(b);
            return s.status == dlt645::ScanStatus::Complete;
        }))
        return std::nullopt;
    if (scanOut)
        *scanOut = s;
    port.buffer.remove(0, s.consumed);
    return s.frame;
}

// Reads one item and returns its decoded value, or "error:<codes>" for the meter's refusal.
QString read(LinePort &port, const QString &addr, const QString &item, dlt645::Edition edition = dlt645::Edition::V2007)
{
    const auto request = dlt645::readRequest(address(addr), item, edition);
    if (!request)
        return QStringLiteral("bad request");
    const auto frame = ask(port, *request);
    if (!frame)
        return QStringLiteral("no reply");
    const auto reply = dlt645::decodeReply(*frame);
    if (!reply)
        return QStringLiteral("undecodable: ") + reply.error().message;
    if (reply->error)
        return QStringLiteral("error:") + reply->errors.join(QLatin1Char(','));
    if (reply->address != addr)
        return QStringLiteral("wrong meter ") + reply->address;
    return reply->values.value(0).value;
}

// A status word from its reply's data field (DI, then the word low byte first), so that words the
// codec's item table does not name (word 7) read the same way as those it does.
quint16 word(LinePort &port, const QString &addr, const QString &item)
{
    const auto request = dlt645::readRequest(address(addr), item, dlt645::Edition::V2007);
    if (!request)
        return 0xFFFF;
    const auto frame = ask(port, *request);
    if (!frame || frame->isAbnormal() || frame->data.size() != 6)
        return 0xFFFF;
    return static_cast<quint16>(static_cast<quint8>(frame->data.at(4)) | static_cast<quint8>(frame->data.at(5)) << 8);
}

// Sends a purchase and returns "ok" or "error:<codes>".
QString purchase(LinePort &port, const QString &addr, qint64 amountFen, quint32 count, const QByteArray &key,
                 bool openAccount = false, const QString &customer = QStringLiteral("1001"))
{
    const dlt645::SoftwareSecurityModule module(key);
    MeterPurchase p;
    p.amountMinor = amountFen;
    p.purchaseCount = count;
    p.customer = customer;
    p.openAccount = openAccount;
    const auto request = dlt645::purchaseRequest(address(addr), p, {}, module);
    if (!request)
        return QStringLiteral("bad request: ") + request.error().message;
    const auto frame = ask(port, *request);
    if (!frame)
        return QStringLiteral("no reply");
    const auto reply = dlt645::decodeReply(*frame);
    if (!reply)
        return QStringLiteral("undecodable");
    return reply->error ? QStringLiteral("error:") + reply->errors.join(QLatin1Char(',')) : QStringLiteral("ok");
}

QString relay(LinePort &port, const QString &addr, RelayAction action, const QDateTime &validUntil)
{
    const auto request = dlt645::relayRequest(address(addr), action, {}, {}, validUntil);
    if (!request)
        return QStringLiteral("bad request");
    const auto frame = ask(port, *request);
    if (!frame)
        return QStringLiteral("no reply");
    const auto reply = dlt645::decodeReply(*frame);
    if (!reply)
        return QStringLiteral("undecodable");
    return reply->error ? QStringLiteral("error:") + reply->errors.join(QLatin1Char(',')) : QStringLiteral("ok");
}

// Frames the line has taken in, from the control channel's "stats".
qint64 framesReceived(SimProcess &sim, const QString &line)
{
    for (const QString &l : sim.command(QStringLiteral("stats")))
        if (l.startsWith(QStringLiteral("line=") + line + QLatin1Char(' ')))
            return l.section(QStringLiteral("frames="), 1).section(QLatin1Char(' '), 0, 0).toLongLong();
    return -1;
}

constexpr quint16 RelayOpen = 1u << 4;
constexpr quint16 RelayCommandOpen = 1u << 6;
constexpr quint16 PreTripAlarm = 1u << 7;
constexpr quint16 MoneyPrepaid = 2u << 8;

const QStringList FrozenNoon{QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--start"),
                             QStringLiteral("2026-11-18T12:00:00")};

} // namespace

class TestMetersim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("METERSIM")).isExecutable(), "METERSIM must name prepay-metersim");
    }

    void printsOneLinePerMeter()
    {
        SimProcess sim;
        QVERIFY(sim.start({}, 3)); // the default set
        QCOMPARE(sim.devices[0].protocol, QStringLiteral("dlt645"));
        QCOMPARE(sim.devices[0].address, QStringLiteral("000000000001"));
        QCOMPARE(sim.devices[0].name, QStringLiteral("elec-1"));
        QCOMPARE(sim.devices[1].protocol, QStringLiteral("cjt188"));
        QCOMPARE(sim.devices[1].utility, QStringLiteral("water"));
        QCOMPARE(sim.devices[2].utility, QStringLiteral("gas"));
        for (const SimDevice &d : std::as_const(sim.devices)) {
            QVERIFY2(d.endpoint.startsWith(QLatin1String("/dev/pts/")), qPrintable(d.endpoint));
            QVERIFY(QFileInfo::exists(d.endpoint));
        }
        QVERIFY(sim.devices[0].endpoint != sim.devices[1].endpoint); // one line per meter by default
        QCOMPARE(sim.command(QStringLiteral("nonsense")).last().left(6), QStringLiteral("error:"));
    }

    void dlt645ReadsTimeSyncRelayAndAddress()
    {
        SimProcess sim;
        QVERIFY(sim.start(FrozenNoon + QStringList{QStringLiteral("--meter"),
                                                   QStringLiteral("electricity:000000000001:balance=50,price=0.5,"
                                                                  "rate=1,alarm=10")},
                          1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString a = QStringLiteral("000000000001");

        // Read address with the wildcard: the one meter on the line answers with its own.
        const auto who = ask(port, dlt645::readAddressRequest());
        QVERIFY(who);
        const auto whoReply = dlt645::decodeReply(*who);
        QVERIFY(whoReply.ok());
        QCOMPARE(whoReply->values.value(0).value, a);

        QCOMPARE(read(port, a, QStringLiteral("energy.forward_total")), QStringLiteral("0.00"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("50.00"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_energy")), QStringLiteral("100.00")); // at 0.50/kWh
        QCOMPARE(read(port, a, QStringLiteral("prepaid.purchase_count")), QStringLiteral("0"));
        QCOMPARE(read(port, a, QStringLiteral("voltage.a")), QStringLiteral("220.0"));
        QCOMPARE(read(port, a, QStringLiteral("power.active_total")), QStringLiteral("1.0000"));
        QCOMPARE(read(port, a, QStringLiteral("current.a")), QStringLiteral("4.545"));
        QCOMPARE(read(port, a, QStringLiteral("energy.forward_total"), dlt645::Edition::V1997), QStringLiteral("0.00"));
        QCOMPARE(read(port, a, QStringLiteral("voltage.b")), QStringLiteral("error:no-data")); // single phase
        QCOMPARE(read(port, a, QStringLiteral("0401FFFF")), QStringLiteral("error:no-data"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid);
        QCOMPARE(read(port, a, QStringLiteral("clock.date")), QStringLiteral("2026-11-18"));

        // Broadcast time sync: no reply, and the meter's clock shows the time sent.
        const auto sync = dlt645::timeSyncRequest(QDateTime(QDate(2027, 3, 4), QTime(5, 6, 7)));
        QVERIFY(sync.ok());
        port.write(dlt645::encode(*sync));
        QCOMPARE(read(port, a, QStringLiteral("clock.date")), QStringLiteral("2027-03-04"));
        QCOMPARE(read(port, a, QStringLiteral("clock.time")), QStringLiteral("05:06:07"));

        // Trip: the relay opens and the meter stops using; direct close restores it.
        const QDateTime until(QDate(2027, 3, 5), QTime(0, 0));
        QCOMPARE(relay(port, a, RelayAction::Trip, until), QStringLiteral("ok"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid | RelayOpen | RelayCommandOpen);
        QCOMPARE(read(port, a, QStringLiteral("power.active_total")), QStringLiteral("0.0000"));
        QCOMPARE(relay(port, a, RelayAction::DirectClose, until), QStringLiteral("ok"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid);
        // Close allowed leaves the relay open until the customer presses the button.
        QCOMPARE(relay(port, a, RelayAction::Trip, until), QStringLiteral("ok"));
        QCOMPARE(relay(port, a, RelayAction::CloseAllowed, until), QStringLiteral("ok"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid | RelayOpen);
        QCOMPARE(sim.command(QStringLiteral("press elec-1")).last(), QStringLiteral("ok"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid);
        // A command past its deadline is refused and changes nothing.
        QCOMPARE(relay(port, a, RelayAction::Trip, QDateTime(QDate(2027, 3, 1), QTime(0, 0))),
                 QStringLiteral("error:other"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid);

        // Write address (wildcard, alone on the line), then the meter answers to the new one only.
        const auto write = dlt645::writeAddressRequest(QStringLiteral("777"));
        QVERIFY(write.ok());
        const auto written = ask(port, *write);
        QVERIFY(written);
        QVERIFY(!written->isAbnormal());
        QCOMPARE(read(port, QStringLiteral("000000000777"), QStringLiteral("prepaid.remaining_money")),
                 QStringLiteral("50.00"));
        QCOMPARE(sim.command(QStringLiteral("list")).first().section(QLatin1Char(' '), 1, 1),
                 QStringLiteral("000000000777"));
    }

    void dlt645Recharge()
    {
        SimProcess sim;
        QVERIFY(sim.start(FrozenNoon + QStringList{QStringLiteral("--meter"),
                                                   QStringLiteral("electricity:000000000001:balance=50,price=0.5,"
                                                                  "limit=500")},
                          1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString a = QStringLiteral("000000000001");
        const auto unchanged = [&] {
            return read(port, a, QStringLiteral("prepaid.remaining_money")) == QLatin1String("70.00") &&
                   read(port, a, QStringLiteral("prepaid.purchase_count")) == QLatin1String("1");
        };
        QCOMPARE(purchase(port, a, 2000, 1, SimKey, true), QStringLiteral("ok"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("70.00"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.purchase_count")), QStringLiteral("1"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.cumulative_purchase")), QStringLiteral("20.00"));
        // The same purchase again (a retry after a lost reply) is refused as repeated.
        QCOMPARE(purchase(port, a, 2000, 1, SimKey, true), QStringLiteral("error:repeated-recharge"));
        QVERIFY(unchanged());
        QCOMPARE(purchase(port, a, 2000, 3, SimKey), QStringLiteral("error:recharge-count"));
        QVERIFY(unchanged());
        QCOMPARE(purchase(port, a, 2000, 2, "another key"), QStringLiteral("error:esam"));
        QVERIFY(unchanged());
        QCOMPARE(purchase(port, a, 2000, 2, SimKey, false, QStringLiteral("2002")), QStringLiteral("error:customer"));
        QVERIFY(unchanged());
        QCOMPARE(purchase(port, a, 50'000, 2, SimKey), QStringLiteral("error:hoarding-limit"));
        QVERIFY(unchanged());
        QCOMPARE(purchase(port, a, 1000, 2, SimKey), QStringLiteral("ok"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("80.00"));
    }

    void creditRunsDownUntilTheRelayOpensAndRechargeRestoresIt()
    {
        SimProcess sim;
        // 1.00 yuan at 0.50 yuan/kWh and 1 kW day and night (the fast clock may stop at any hour):
        // two hours of supply; alarm at 0.50 yuan.
        QVERIFY(sim.start(FrozenNoon + QStringList{QStringLiteral("--meter"),
                                                   QStringLiteral("electricity:000000000001:balance=1,price=0.5,"
                                                                  "rate=1,night=100,alarm=0.5")},
                          1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString a = QStringLiteral("000000000001");

        // One simulated hour: half the credit used, the low-balance alarm on, supply still on.
        QCOMPARE(sim.command(QStringLiteral("advance 1h")).last(), QStringLiteral("ok"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("0.50"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid | PreTripAlarm);

        // Now let the accelerated clock run (100 simulated hours per second) until the relay opens.
        QCOMPARE(sim.command(QStringLiteral("speed 360000")).last(), QStringLiteral("ok"));
        QElapsedTimer t;
        t.start();
        quint16 w = 0;
        while (!((w = word(port, a, QStringLiteral("status.word3"))) & RelayOpen) && t.elapsed() < 30'000)
            QTest::qWait(20);
        QCOMPARE(w, MoneyPrepaid | PreTripAlarm | RelayOpen); // cut for credit, not by command
        QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("0.00"));
        QCOMPARE(read(port, a, QStringLiteral("energy.forward_total")),
                 QStringLiteral("2.00")); // exactly what 1.00 bought
        QCOMPARE(read(port, a, QStringLiteral("power.active_total")), QStringLiteral("0.0000"));

        // Recharge (clock stopped, so the values cannot move under the test): supply is back.
        QCOMPARE(sim.command(QStringLiteral("speed 0")).last(), QStringLiteral("ok"));
        QCOMPARE(purchase(port, a, 1000, 1, SimKey), QStringLiteral("ok"));
        QCOMPARE(word(port, a, QStringLiteral("status.word3")), MoneyPrepaid);
        QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("10.00"));
        QCOMPARE(read(port, a, QStringLiteral("prepaid.purchase_count")), QStringLiteral("1"));
        QCOMPARE(read(port, a, QStringLiteral("power.active_total")), QStringLiteral("1.0000"));
    }

    void injectedFaultsShowInTheStatusWords()
    {
        QTemporaryDir dir;
        const QString control = dir.filePath(QStringLiteral("control"));
        SimProcess sim;
        QVERIFY(sim.start(FrozenNoon + QStringList{QStringLiteral("--meter"), QStringLiteral("electricity:1"),
                                                   QStringLiteral("--tamper"), QStringLiteral("elec-1"),
                                                   QStringLiteral("--control"), control},
                          1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString a = QStringLiteral("000000000001");
        QCOMPARE(word(port, a, QStringLiteral("04000507")), quint16(1u << 9)); // cover opened
        QCOMPARE(word(port, a, QStringLiteral("status.word1")), quint16(0));
        // At run time, through the control socket this time.
        QLocalSocket socket;
        socket.connectToServer(control);
        QVERIFY(socket.waitForConnected(ReplyTimeoutMs));
        socket.write("battery-low elec-1\n");
        QVERIFY(socket.waitForReadyRead(ReplyTimeoutMs));
        QCOMPARE(socket.readLine().trimmed(), QByteArray("ok"));
        QCOMPARE(word(port, a, QStringLiteral("status.word1")), quint16(0x000C)); // clock and reading batteries
        socket.write("status elec-1\n");
        QByteArray status;
        while (!status.endsWith("ok\n") && socket.waitForReadyRead(ReplyTimeoutMs))
            status += socket.readAll();
        QVERIFY2(status.contains("name=elec-1") && status.contains("tamper=1") && status.contains("battery_low=1"),
                 status.constData());
        QCOMPARE(sim.command(QStringLiteral("clear elec-1")).last(), QStringLiteral("ok"));
        QCOMPARE(word(port, a, QStringLiteral("04000507")), quint16(0));
        QCOMPARE(word(port, a, QStringLiteral("status.word1")), quint16(0));
        // A leak is a water meter's fault: asking for one on an electricity meter is an error.
        QVERIFY(sim.command(QStringLiteral("leak elec-1")).last().startsWith(QLatin1String("error:")));
    }

    void noiseBeforeAndInsideReplies()
    {
        SimProcess sim;
        QVERIFY(sim.start(FrozenNoon + QStringList{QStringLiteral("--meter"), QStringLiteral("electricity:1"),
                                                   QStringLiteral("--noise"), QStringLiteral("1")},
                          1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const auto request = dlt645::readRequest(address(QStringLiteral("1")),
                                                 QStringLiteral("prepaid.remaining_money"), dlt645::Edition::V2007);
        QVERIFY(request.ok());
        // The clean reply is 4 FE + 12 header/trailer + 8 data bytes; with noise before and one
        // byte changed inside, it is longer and its checksum fails.
        const int cleanLength = dlt645::DefaultPreambles + 12 + 8;
        for (int i = 0; i < 5; ++i) {
            port.buffer.clear();
            port.write(dlt645::encode(*request));
            dlt645::Scan s;
            QVERIFY(port.readUntil([&s](const QByteArray &b) {
                s = dlt645::scan(b);
                return s.status != dlt645::ScanStatus::NeedMore;
            }));
            QVERIFY(port.buffer.size() > cleanLength);
            QCOMPARE(s.status, dlt645::ScanStatus::Invalid);
            QCOMPARE(s.errorCode, QStringLiteral("checksum"));
        }
        // Noise before only: the scanner skips it and the frame is whole.
        QCOMPARE(sim.command(QStringLiteral("noise 1 before")).last(), QStringLiteral("ok"));
        for (int i = 0; i < 5; ++i) {
            dlt645::Scan s;
            const auto frame = ask(port, *request, &s);
            QVERIFY(frame);
            QVERIFY2(s.start > dlt645::DefaultPreambles, "random bytes came before the reply");
            QCOMPARE(dlt645::decodeReply(*frame)->values.value(0).value, QStringLiteral("50.00"));
        }
        QCOMPARE(sim.command(QStringLiteral("noise 0")).last(), QStringLiteral("ok"));
        dlt645::Scan s;
        QVERIFY(ask(port, *request, &s));
        QCOMPARE(s.start, qsizetype(dlt645::DefaultPreambles));
    }

    void muteSlowAndOtherAddressesGetNoReply()
    {
        SimProcess sim;
        QVERIFY(sim.start(FrozenNoon + QStringList{QStringLiteral("--meter"), QStringLiteral("electricity:1")}, 1));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        const QString a = QStringLiteral("000000000001");
        const auto money =
            *dlt645::readRequest(address(a), QStringLiteral("prepaid.remaining_money"), dlt645::Edition::V2007);
        const auto energy =
            *dlt645::readRequest(address(a), QStringLiteral("energy.forward_total"), dlt645::Edition::V2007);

        // Muted: the request is taken in (the line counts it) and nothing comes back; the first
        // frame after unmuting answers the next request.
        QCOMPARE(sim.command(QStringLiteral("mute")).last(), QStringLiteral("ok"));
        const qint64 before = framesReceived(sim, QStringLiteral("elec-1"));
        QVERIFY(before >= 0);
        port.buffer.clear();
        port.write(dlt645::encode(money));
        QElapsedTimer t;
        t.start();
        while (framesReceived(sim, QStringLiteral("elec-1")) == before && t.elapsed() < ReplyTimeoutMs)
            QTest::qWait(10);
        QCOMPARE(framesReceived(sim, QStringLiteral("elec-1")), before + 1);
        QCOMPARE(sim.command(QStringLiteral("unmute")).last(), QStringLiteral("ok"));
        dlt645::Scan s;
        auto reply = ask(port, energy, &s);
        QVERIFY(reply);
        QCOMPARE(dlt645::decodeReply(*reply)->item, QStringLiteral("energy.forward_total"));
        QCOMPARE(s.start, qsizetype(dlt645::DefaultPreambles)); // nothing came before it

        // A frame for another meter: no reply; the next frame on the line answers ours.
        port.buffer.clear();
        port.write(
            dlt645::encode(*dlt645::readRequest(address(QStringLiteral("2")), QStringLiteral("prepaid.remaining_money"),
                                                dlt645::Edition::V2007)) +
            dlt645::encode(energy));
        dlt645::Scan other;
        QVERIFY(port.readUntil([&other](const QByteArray &b) {
            other = dlt645::scan(b);
            return other.status == dlt645::ScanStatus::Complete;
        }));
        QCOMPARE(dlt645::addressText(other.frame.address), a);
        QCOMPARE(dlt645::decodeReply(other.frame)->item, QStringLiteral("energy.forward_total"));
        QCOMPARE(other.start, qsizetype(dlt645::DefaultPreambles));

        // A frame with a bad checksum changes nothing and gets no reply either.
        QByteArray broken = dlt645::encode(money);
        broken[broken.size() - 2] = static_cast<char>(broken.at(broken.size() - 2) ^ 0x01);
        port.buffer.clear();
        port.write(broken + dlt645::encode(energy));
        QVERIFY(port.readUntil([&other](const QByteArray &b) {
            other = dlt645::scan(b);
            return other.status == dlt645::ScanStatus::Complete;
        }));
        QCOMPARE(dlt645::decodeReply(other.frame)->item, QStringLiteral("energy.forward_total"));
        QCOMPARE(other.start, qsizetype(dlt645::DefaultPreambles));

        // Slow: the reply comes no sooner than the delay asked for.
        QCOMPARE(sim.command(QStringLiteral("slow 400")).last(), QStringLiteral("ok"));
        t.restart();
        QVERIFY(ask(port, money));
        QVERIFY(t.elapsed() >= 400);
    }

    void busAnswersOnlyFramesAddressedToEachMeter()
    {
        SimProcess sim;
        QVERIFY(
            sim.start(FrozenNoon + QStringList{QStringLiteral("--bus"), QStringLiteral("--meter"),
                                               QStringLiteral("electricity:1:balance=11"), QStringLiteral("--meter"),
                                               QStringLiteral("electricity:2:balance=22")},
                      2));
        QCOMPARE(sim.devices[0].endpoint, sim.devices[1].endpoint);
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        QCOMPARE(read(port, QStringLiteral("000000000002"), QStringLiteral("prepaid.remaining_money")),
                 QStringLiteral("22.00"));
        QCOMPARE(read(port, QStringLiteral("000000000001"), QStringLiteral("prepaid.remaining_money")),
                 QStringLiteral("11.00"));
        // The wildcard would make both talk at once: neither answers it. The read after it is
        // the first thing on the line.
        port.buffer.clear();
        port.write(
            dlt645::encode(dlt645::readAddressRequest()) +
            dlt645::encode(*dlt645::readRequest(address(QStringLiteral("2")), QStringLiteral("prepaid.remaining_money"),
                                                dlt645::Edition::V2007)));
        dlt645::Scan s;
        QVERIFY(port.readUntil([&s](const QByteArray &b) {
            s = dlt645::scan(b);
            return s.status == dlt645::ScanStatus::Complete;
        }));
        QCOMPARE(s.frame.function(), dlt645::control::Read);
        QCOMPARE(dlt645::addressText(s.frame.address), QStringLiteral("000000000002"));
        QCOMPARE(s.start, qsizetype(dlt645::DefaultPreambles));
    }

    void tcpLine()
    {
        SimProcess sim;
        QVERIFY(
            sim.start(FrozenNoon + QStringList{QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--meter"),
                                               QStringLiteral("electricity:1:balance=33")},
                      1));
        QVERIFY2(sim.devices[0].endpoint.startsWith(QLatin1String("tcp://127.0.0.1:")),
                 qPrintable(sim.devices[0].endpoint));
        LinePort port;
        QVERIFY(port.open(sim.devices[0].endpoint));
        QCOMPARE(read(port, QStringLiteral("000000000001"), QStringLiteral("prepaid.remaining_money")),
                 QStringLiteral("33.00"));
    }

    void stateIsKeptOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("meters.json"));
        const QStringList meter{QStringLiteral("--meter"), QStringLiteral("electricity:1:balance=50")};
        const QString a = QStringLiteral("000000000001");
        {
            SimProcess sim;
            QVERIFY(sim.start(FrozenNoon + meter + QStringList{QStringLiteral("--state"), state}, 1));
            LinePort port;
            QVERIFY(port.open(sim.devices[0].endpoint));
            QCOMPARE(purchase(port, a, 2000, 1, SimKey), QStringLiteral("ok"));
            QCOMPARE(sim.command(QStringLiteral("quit")).last(), QStringLiteral("ok"));
            QVERIFY(sim.waitForExit());
        }
        {
            SimProcess sim;
            QVERIFY(sim.start(FrozenNoon + meter + QStringList{QStringLiteral("--state"), state}, 1));
            LinePort port;
            QVERIFY(port.open(sim.devices[0].endpoint));
            QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("70.00"));
            QCOMPARE(read(port, a, QStringLiteral("prepaid.purchase_count")), QStringLiteral("1"));
        }
        {
            SimProcess sim; // no --state: a fresh meter
            QVERIFY(sim.start(FrozenNoon + meter, 1));
            LinePort port;
            QVERIFY(port.open(sim.devices[0].endpoint));
            QCOMPARE(read(port, a, QStringLiteral("prepaid.remaining_money")), QStringLiteral("50.00"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetersim)
#include "tst_metersim.moc"
