// `prepayctl meter` as an engineer or a script uses it: the real prepayctl ($PREPAYCTL) against
// the real prepay-metersim ($METERSIM) on the pseudo-terminals it prints, every command for a
// DL/T 645 and a CJ/T 188 meter, and the Modbus read and recharge against Debian's pymodbus.
// Every expected value is one the simulator was started with or one that follows from a command
// sent here; the simulator's own status line (its control channel) is the independent check of
// what a meter really did. The simulator's clock is frozen (--speed 0) so that no credit is used
// while a test runs.
#include "MetersimFixture.h"
#include "ModbusSlave.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace prepaydesk::test;

namespace {

const QString Elec = QStringLiteral("000012345678");
const QString Water = QStringLiteral("00000000000001");
const QString Gas = QStringLiteral("00000000000002");
// Long past, so that a relay command, which expires ten minutes after the computer's clock, is
// still valid by the meter's clock.
const QString Start = QStringLiteral("2021-06-15T12:00:00");

struct Ctl
{
    int exit = -1;
    QString out;
    QString err;
    QStringList lines;

    // NAME=VALUE of stdout (the last line of a name wins).
    QString value(const QString &name) const
    {
        QString found;
        for (const QString &line : lines) {
            if (line.startsWith(name + u'='))
                found = line.mid(name.size() + 1);
        }
        return found;
    }
    QStringList names() const
    {
        QStringList all;
        for (const QString &line : lines)
            all << line.section(u'=', 0, 0);
        return all;
    }
};

// Runs prepayctl and waits for it (a generous upper bound; nothing here is timed).
Ctl prepayctl(const QStringList &args)
{
    QProcess p;
    p.setProgram(qEnvironmentVariable("PREPAYCTL"));
    p.setArguments(args);
    p.start();
    Ctl r;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("prepayctl did not finish");
        return r;
    }
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    return r;
}

QString describe(const Ctl &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exit).arg(r.out, r.err);
}

// One field of the simulator's status line for a meter ("balance", "supply", ...).
QString simField(SimProcess &sim, const QString &meter, const QString &field)
{
    const QStringList reply = sim.command(QStringLiteral("status ") + meter);
    for (const QString &line : reply) {
        for (const QString &part : line.split(u' ')) {
            if (part.startsWith(field + u'='))
                return part.mid(field.size() + 1);
        }
    }
    return QStringLiteral("(no %1 in %2)").arg(field, reply.join(u" | "));
}

QStringList frozen()
{
    return {QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--start"), Start,
            QStringLiteral("--seed"),  QStringLiteral("7")};
}

#define CHECK_EXIT(run, code) QVERIFY2((run).exit == (code), qPrintable(describe(run)))

} // namespace

class TestPrepayctlMeter : public QObject
{
    Q_OBJECT

    SimProcess m_sim;
    QString m_elecPort;
    QString m_waterPort;
    QString m_gasPort;

    QStringList dlt(const QStringList &rest, bool withAddress = true) const
    {
        QStringList a{QStringLiteral("meter")};
        a << rest.first() << QStringLiteral("--port") << m_elecPort << QStringLiteral("--protocol")
          << QStringLiteral("dlt645");
        if (withAddress)
            a << QStringLiteral("--address") << Elec;
        return a + rest.mid(1);
    }
    QStringList cj(const QStringList &rest, bool withAddress = true, const QString &address = Water) const
    {
        QStringList a{QStringLiteral("meter")};
        a << rest.first() << QStringLiteral("--port") << (address == Gas ? m_gasPort : m_waterPort)
          << QStringLiteral("--protocol") << QStringLiteral("cjt188");
        if (withAddress)
            a << QStringLiteral("--address") << address;
        return a + rest.mid(1);
    }

private slots:
    void init()
    {
        // A fresh simulator per test: a money electricity meter (50.00 yuan at 0.50 yuan/kWh), a
        // water meter (30.00 yuan) and a gas meter (20.00 yuan), each on its own pty.
        QVERIFY2(!qEnvironmentVariableIsEmpty("PREPAYCTL") && !qEnvironmentVariableIsEmpty("METERSIM"),
                 "PREPAYCTL and METERSIM are set by CMake");
        QVERIFY(m_sim.start(
            frozen() +
                QStringList{QStringLiteral("--meter"), QStringLiteral("electricity:%1:balance=50,price=0.5").arg(Elec),
                            QStringLiteral("--meter"), QStringLiteral("water:%1:balance=30,price=3.45").arg(Water),
                            QStringLiteral("--meter"), QStringLiteral("gas:%1:balance=20,price=2.5").arg(Gas)},
            3));
        m_elecPort = m_sim.devices[0].endpoint;
        m_waterPort = m_sim.devices[1].endpoint;
        m_gasPort = m_sim.devices[2].endpoint;
        QCOMPARE(m_sim.devices[0].address, Elec);
    }
    void cleanup() { m_sim.stop(); }

    // ---- DL/T 645 ---------------------------------------------------------------------------

    void dlt645ReadStandardSet()
    {
        const Ctl r = prepayctl(dlt({QStringLiteral("read")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.lines.value(0), u"address="_qs + Elec);
        QCOMPARE(r.value(QStringLiteral("prepaid.remaining_money")), QStringLiteral("50.00"));
        QCOMPARE(r.value(QStringLiteral("prepaid.remaining_money.unit")), QStringLiteral("yuan"));
        QCOMPARE(r.value(QStringLiteral("prepaid.purchase_count")), QStringLiteral("0"));
        QCOMPARE(r.value(QStringLiteral("prepaid.cumulative_purchase")), QStringLiteral("0.00"));
        QCOMPARE(r.value(QStringLiteral("energy.forward_total")), QStringLiteral("0.00"));
        QCOMPARE(r.value(QStringLiteral("energy.forward_total.unit")), QStringLiteral("kWh"));
        QCOMPARE(r.value(QStringLiteral("voltage.a")), QStringLiteral("220.0"));
        QCOMPARE(r.value(QStringLiteral("voltage.a.unit")), QStringLiteral("V"));
        QCOMPARE(r.value(QStringLiteral("clock")), Start);
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("closed"));
        QCOMPARE(r.value(QStringLiteral("alarm")), QStringLiteral("off"));
        QCOMPARE(r.value(QStringLiteral("battery")), QStringLiteral("normal"));
        // Every line is NAME=VALUE.
        for (const QString &line : r.lines)
            QVERIFY2(line.contains(u'=') && !line.startsWith(u'='), qPrintable(line));
    }

    void dlt645ReadItems()
    {
        const Ctl r =
            prepayctl(dlt({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("prepaid.remaining_money"),
                           QStringLiteral("--item"), QStringLiteral("voltage.a")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.lines, (QStringList{u"address="_qs + Elec, QStringLiteral("prepaid.remaining_money=50.00"),
                                       QStringLiteral("prepaid.remaining_money.unit=yuan"),
                                       QStringLiteral("voltage.a=220.0"), QStringLiteral("voltage.a.unit=V")}));
        // An item the meter does not have, asked for by name: the meter's refusal, exit 4.
        const Ctl b = prepayctl(dlt({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("voltage.b")}));
        CHECK_EXIT(b, 4);
        QVERIFY2(b.err.contains(QStringLiteral("no-data")), qPrintable(b.err));
        // The list of names --item takes.
        const Ctl items = prepayctl(
            {QStringLiteral("meter"), QStringLiteral("items"), QStringLiteral("--protocol"), QStringLiteral("dlt645")});
        CHECK_EXIT(items, 0);
        QVERIFY(items.out.contains(QStringLiteral("prepaid.remaining_money\t")));
        QVERIFY(items.out.contains(QStringLiteral("status.word3\t")));
    }

    void dlt645ReadDiscoversAddress()
    {
        const Ctl r = prepayctl(
            dlt({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("prepaid.remaining_money")}, false));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("address")), Elec);
        QCOMPARE(r.value(QStringLiteral("prepaid.remaining_money")), QStringLiteral("50.00"));
    }

    void dlt645Relay()
    {
        Ctl r = prepayctl(dlt({QStringLiteral("relay"), QStringLiteral("trip")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("open"));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("supply")), QStringLiteral("off"));
        r = prepayctl(dlt({QStringLiteral("read")}));
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("open"));
        QCOMPARE(r.value(QStringLiteral("relay.command")), QStringLiteral("trip"));

        // Close allowed: the customer's key press closes it, not the command.
        r = prepayctl(dlt({QStringLiteral("relay"), QStringLiteral("close-allowed")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("open"));
        QCOMPARE(r.value(QStringLiteral("relay.command")), QStringLiteral("close"));
        QCOMPARE(m_sim.command(u"press "_qs + Elec).last(), QStringLiteral("ok"));
        r = prepayctl(dlt({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("status.word3")}));
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("closed"));

        r = prepayctl(dlt({QStringLiteral("relay"), QStringLiteral("trip")}));
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("open"));
        r = prepayctl(dlt({QStringLiteral("relay"), QStringLiteral("close")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("closed"));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("supply")), QStringLiteral("on"));

        r = prepayctl(dlt({QStringLiteral("relay"), QStringLiteral("alarm-on")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("alarm")), QStringLiteral("on"));
        r = prepayctl(dlt({QStringLiteral("relay"), QStringLiteral("alarm-off")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("alarm")), QStringLiteral("off"));
    }

    void dlt645Time()
    {
        Ctl r =
            prepayctl(dlt({QStringLiteral("time"), QStringLiteral("--set"), QStringLiteral("2027-01-02T03:04:05")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("clock.sent")), QStringLiteral("2027-01-02T03:04:05"));
        QCOMPARE(r.value(QStringLiteral("clock")), QStringLiteral("2027-01-02T03:04:05"));
        r = prepayctl(dlt({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("clock.date"),
                           QStringLiteral("--item"), QStringLiteral("clock.time")}));
        QCOMPARE(r.value(QStringLiteral("clock")), QStringLiteral("2027-01-02T03:04:05"));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("clock")), QStringLiteral("2027-01-02T03:04:05"));
    }

    void dlt645Recharge()
    {
        const QStringList recharge{QStringLiteral("recharge"), QStringLiteral("--amount"), QStringLiteral("12.34"),
                                   QStringLiteral("--software-security-module")};
        Ctl r = prepayctl(dlt(recharge));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("amount")), QStringLiteral("12.34"));
        QCOMPARE(r.value(QStringLiteral("count")), QStringLiteral("1"));
        QCOMPARE(r.value(QStringLiteral("balance.before")), QStringLiteral("50.00"));
        QCOMPARE(r.value(QStringLiteral("balance.after")), QStringLiteral("62.34"));
        QCOMPARE(r.value(QStringLiteral("balance.unit")), QStringLiteral("yuan"));
        QCOMPARE(r.value(QStringLiteral("count.before")), QStringLiteral("0"));
        QCOMPARE(r.value(QStringLiteral("count.after")), QStringLiteral("1"));

        // The same purchase again (same count): the meter refuses it, nothing is loaded twice.
        r = prepayctl(dlt(recharge + QStringList{QStringLiteral("--count"), QStringLiteral("1")}));
        CHECK_EXIT(r, 4);
        QVERIFY2(r.err.contains(QStringLiteral("repeated")), qPrintable(r.err));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("balance")), QStringLiteral("62.34"));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("purchase_count")), QStringLiteral("1"));
        r = prepayctl(dlt({QStringLiteral("read")}));
        QCOMPARE(r.value(QStringLiteral("prepaid.remaining_money")), QStringLiteral("62.34"));
        QCOMPARE(r.value(QStringLiteral("prepaid.purchase_count")), QStringLiteral("1"));

        // A count that skips one: refused too.
        r = prepayctl(dlt(recharge + QStringList{QStringLiteral("--count"), QStringLiteral("5")}));
        CHECK_EXIT(r, 4);
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("balance")), QStringLiteral("62.34"));

        // Without the explicit flag, no DL/T 645 purchase is sealed at all.
        r = prepayctl(dlt({QStringLiteral("recharge"), QStringLiteral("--amount"), QStringLiteral("5")}));
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--software-security-module")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        // The next count is taken from the meter.
        r = prepayctl(dlt({QStringLiteral("recharge"), QStringLiteral("--amount"), QStringLiteral("0.66"),
                           QStringLiteral("--software-security-module")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("count")), QStringLiteral("2"));
        QCOMPARE(r.value(QStringLiteral("balance.after")), QStringLiteral("63.00"));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("cumulative_purchase")), QStringLiteral("13.00"));
    }

    void dlt645WrongKeyIsRefused()
    {
        const Ctl r = prepayctl(dlt({QStringLiteral("recharge"), QStringLiteral("--amount"), QStringLiteral("5"),
                                     QStringLiteral("--software-security-module"), QStringLiteral("--key"),
                                     QStringLiteral("not-the-simulator-key")}));
        CHECK_EXIT(r, 4);
        QVERIFY2(r.err.contains(QStringLiteral("esam")), qPrintable(r.err));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("balance")), QStringLiteral("50.00"));
    }

    void dlt645ThroughNoise()
    {
        // Random bytes before half the replies, and half the replies damaged inside (the checksum
        // fails): the link skips the noise and retries the damaged ones; the values are the true
        // ones (seeded simulator, 20 tries: a fail-through is out of reach).
        QCOMPARE(m_sim.command(u"noise 0.5 "_qs + Elec).last(), QStringLiteral("ok"));
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("frames.log"));
        const Ctl r =
            prepayctl(dlt({QStringLiteral("read"), QStringLiteral("--tries"), QStringLiteral("20"),
                           QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--log"), log}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("prepaid.remaining_money")), QStringLiteral("50.00"));
        QCOMPARE(r.value(QStringLiteral("voltage.a")), QStringLiteral("220.0"));
        QCOMPARE(r.value(QStringLiteral("clock")), Start);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("[noise]")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("[damaged]")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral(" TX ")));
        QVERIFY(text.contains(QStringLiteral(" RX ")));
    }

    void dlt645MuteTimesOut()
    {
        QCOMPARE(m_sim.command(u"mute "_qs + Elec).last(), QStringLiteral("ok"));
        const QStringList quick{QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--tries"),
                                QStringLiteral("2")};
        Ctl r = prepayctl(dlt(QStringList{QStringLiteral("read")} + quick));
        CHECK_EXIT(r, 3);
        QVERIFY2(r.err.contains(QStringLiteral("No reply")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        // A recharge to the muted meter: the read of the balance before the purchase already times
        // out, so no purchase is sent.
        r = prepayctl(dlt(QStringList{QStringLiteral("recharge"), QStringLiteral("--amount"), QStringLiteral("10"),
                                      QStringLiteral("--count"), QStringLiteral("1"),
                                      QStringLiteral("--software-security-module")} +
                          quick));
        CHECK_EXIT(r, 3);
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("balance")), QStringLiteral("50.00"));
        QCOMPARE(m_sim.command(u"unmute "_qs + Elec).last(), QStringLiteral("ok"));
        r = prepayctl(
            dlt({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("prepaid.remaining_money")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("prepaid.remaining_money")), QStringLiteral("50.00"));
    }

    void dlt645WrongAddress()
    {
        const Ctl r =
            prepayctl({QStringLiteral("meter"), QStringLiteral("relay"), QStringLiteral("trip"),
                       QStringLiteral("--port"), m_elecPort, QStringLiteral("--protocol"), QStringLiteral("dlt645"),
                       QStringLiteral("--address"), QStringLiteral("000000000099"), QStringLiteral("--timeout"),
                       QStringLiteral("300"), QStringLiteral("--tries"), QStringLiteral("2")});
        CHECK_EXIT(r, 3);
        QVERIFY2(r.err.contains(QStringLiteral("000000000099")) && r.err.contains(QStringLiteral("address")),
                 qPrintable(r.err));
        QCOMPARE(simField(m_sim, Elec, QStringLiteral("supply")), QStringLiteral("on"));
    }

    void dlt645Variant1997AndLineOptions()
    {
        // The 1997 read subset (its own identifiers and formats: whole volts), with the line given
        // the way engineers write it.
        const Ctl r = prepayctl(
            dlt({QStringLiteral("read"), QStringLiteral("--variant"), QStringLiteral("1997"), QStringLiteral("--line"),
                 QStringLiteral("2400 8E1"), QStringLiteral("--baud"), QStringLiteral("2400")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("voltage.a")), QStringLiteral("220"));
        QCOMPARE(r.value(QStringLiteral("energy.forward_total")), QStringLiteral("0.00"));
        QVERIFY(!r.names().contains(QStringLiteral("prepaid.remaining_money")));
    }

    void dlt645OverTcp()
    {
        // A serial-device server: the simulator's meter on a TCP port instead of a pty.
        SimProcess tcpSim;
        QVERIFY(
            tcpSim.start(frozen() + QStringList{QStringLiteral("--tcp"), QStringLiteral("0"), QStringLiteral("--meter"),
                                                QStringLiteral("electricity:%1:balance=77").arg(Elec)},
                         1));
        const QString endpoint = tcpSim.devices[0].endpoint;
        QVERIFY2(endpoint.startsWith(QLatin1String("tcp://")), qPrintable(endpoint));
        Ctl r = prepayctl({QStringLiteral("meter"), QStringLiteral("read"), QStringLiteral("--port"), endpoint,
                           QStringLiteral("--protocol"), QStringLiteral("dlt645"), QStringLiteral("--item"),
                           QStringLiteral("prepaid.remaining_money")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("address")), Elec);
        QCOMPARE(r.value(QStringLiteral("prepaid.remaining_money")), QStringLiteral("77.00"));
        r = prepayctl({QStringLiteral("meter"), QStringLiteral("recharge"), QStringLiteral("--port"), endpoint,
                       QStringLiteral("--protocol"), QStringLiteral("dlt645"), QStringLiteral("--address"), Elec,
                       QStringLiteral("--amount"), QStringLiteral("3"), QStringLiteral("--software-security-module")});
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("balance.after")), QStringLiteral("80.00"));
        QCOMPARE(simField(tcpSim, Elec, QStringLiteral("balance")), QStringLiteral("80.00"));
    }

    // ---- CJ/T 188 ---------------------------------------------------------------------------

    void cjt188ReadStandardSet()
    {
        const Ctl r = prepayctl(cj({QStringLiteral("read")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.lines.value(0), u"address="_qs + Water);
        QCOMPARE(r.value(QStringLiteral("flow.current")), QStringLiteral("0.00"));
        QCOMPARE(r.value(QStringLiteral("clock")), Start);
        QCOMPARE(r.value(QStringLiteral("valve")), QStringLiteral("open"));
        QCOMPARE(r.value(QStringLiteral("battery")), QStringLiteral("normal"));
        QCOMPARE(r.value(QStringLiteral("money.remaining")), QStringLiteral("30.00"));
        QCOMPARE(r.value(QStringLiteral("money.remaining.unit")), QStringLiteral("yuan"));
        QCOMPARE(r.value(QStringLiteral("purchase.total")), QStringLiteral("0.00"));
        // The status appears once although both reads carry it.
        QCOMPARE(r.names().count(QStringLiteral("valve")), 1);
    }

    void cjt188ReadItemAndDiscover()
    {
        Ctl r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("purchase_data")}));
        CHECK_EXIT(r, 0);
        QVERIFY(!r.names().contains(QStringLiteral("flow.current")));
        QCOMPARE(r.value(QStringLiteral("money.remaining")), QStringLiteral("30.00"));

        r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("meter_data")}, false));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("address")), Water);
        QCOMPARE(r.value(QStringLiteral("valve")), QStringLiteral("open"));

        // The gas meter, named by its type.
        r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--meter-type"), QStringLiteral("gas")}, true, Gas));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("money.remaining")), QStringLiteral("20.00"));
    }

    void cjt188Valve()
    {
        Ctl r = prepayctl(cj({QStringLiteral("valve"), QStringLiteral("close")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("valve")), QStringLiteral("closed"));
        QCOMPARE(simField(m_sim, Water, QStringLiteral("supply")), QStringLiteral("off"));
        r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("meter_data")}));
        QCOMPARE(r.value(QStringLiteral("valve")), QStringLiteral("closed"));

        r = prepayctl(cj({QStringLiteral("valve"), QStringLiteral("open")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("valve")), QStringLiteral("open"));
        r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("meter_data")}));
        QCOMPARE(r.value(QStringLiteral("valve")), QStringLiteral("open"));
        QCOMPARE(simField(m_sim, Water, QStringLiteral("supply")), QStringLiteral("on"));
    }

    void cjt188Time()
    {
        Ctl r = prepayctl(cj({QStringLiteral("time"), QStringLiteral("--set"), QStringLiteral("2028-02-29T23:59:30")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("clock")), QStringLiteral("2028-02-29T23:59:30"));
        r = prepayctl(cj({QStringLiteral("read")}));
        QCOMPARE(r.value(QStringLiteral("clock")), QStringLiteral("2028-02-29T23:59:30"));
        QCOMPARE(simField(m_sim, Water, QStringLiteral("clock")), QStringLiteral("2028-02-29T23:59:30"));
    }

    void cjt188Recharge()
    {
        const QStringList recharge{QStringLiteral("recharge"), QStringLiteral("--amount"), QStringLiteral("10")};
        Ctl r = prepayctl(cj(recharge));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("count")), QStringLiteral("1"));
        QCOMPARE(r.value(QStringLiteral("balance.before")), QStringLiteral("30.00"));
        QCOMPARE(r.value(QStringLiteral("balance.after")), QStringLiteral("40.00"));
        QCOMPARE(r.value(QStringLiteral("count.after")), QStringLiteral("1"));
        QCOMPARE(simField(m_sim, Water, QStringLiteral("purchase_count")), QStringLiteral("1"));

        // The same sequence again: refused by the meter, nothing changes.
        r = prepayctl(cj(recharge + QStringList{QStringLiteral("--count"), QStringLiteral("1")}));
        CHECK_EXIT(r, 4);
        QVERIFY2(r.err.contains(QStringLiteral("abnormal")), qPrintable(r.err));
        QCOMPARE(simField(m_sim, Water, QStringLiteral("balance")), QStringLiteral("40.00"));
        QCOMPARE(simField(m_sim, Water, QStringLiteral("purchase_count")), QStringLiteral("1"));
        r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--item"), QStringLiteral("purchase_data")}));
        QCOMPARE(r.value(QStringLiteral("money.remaining")), QStringLiteral("40.00"));
        QCOMPARE(r.value(QStringLiteral("purchase.sequence")), QStringLiteral("1"));
        QCOMPARE(r.value(QStringLiteral("purchase.total")), QStringLiteral("10.00"));

        r = prepayctl(cj({QStringLiteral("recharge"), QStringLiteral("--amount"), QStringLiteral("2.50"),
                          QStringLiteral("--count"), QStringLiteral("2")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("balance.after")), QStringLiteral("42.50"));
    }

    void cjt188NoiseAndMute()
    {
        QCOMPARE(m_sim.command(u"noise 0.5 "_qs + Water).last(), QStringLiteral("ok"));
        Ctl r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--tries"), QStringLiteral("20"),
                              QStringLiteral("--timeout"), QStringLiteral("500")}));
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("money.remaining")), QStringLiteral("30.00"));
        QCOMPARE(r.value(QStringLiteral("clock")), Start);

        QCOMPARE(m_sim.command(u"clear "_qs + Water).last(), QStringLiteral("ok"));
        QCOMPARE(m_sim.command(u"mute "_qs + Water).last(), QStringLiteral("ok"));
        r = prepayctl(cj({QStringLiteral("read"), QStringLiteral("--timeout"), QStringLiteral("300"),
                          QStringLiteral("--tries"), QStringLiteral("2")}));
        CHECK_EXIT(r, 3);
        QVERIFY2(r.err.contains(QStringLiteral("No reply")), qPrintable(r.err));
        // Wrong address on a live line: no answer, the valve stays as it was.
        QCOMPARE(m_sim.command(u"unmute "_qs + Water).last(), QStringLiteral("ok"));
        r = prepayctl(cj({QStringLiteral("valve"), QStringLiteral("close"), QStringLiteral("--timeout"),
                          QStringLiteral("300"), QStringLiteral("--tries"), QStringLiteral("2")},
                         true, QStringLiteral("00000000000077")));
        CHECK_EXIT(r, 3);
        QCOMPARE(simField(m_sim, Water, QStringLiteral("supply")), QStringLiteral("on"));
    }

    // ---- Usage ----------------------------------------------------------------------------------

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString port = QStringLiteral("/dev/null");
        QTest::newRow("no port") << QStringList{QStringLiteral("meter"), QStringLiteral("read"),
                                                QStringLiteral("--protocol"), QStringLiteral("dlt645")}
                                 << QStringLiteral("--port");
        QTest::newRow("no protocol") << QStringList{QStringLiteral("meter"), QStringLiteral("read"),
                                                    QStringLiteral("--port"), port}
                                     << QStringLiteral("--protocol");
        QTest::newRow("unknown protocol")
            << QStringList{QStringLiteral("meter"),      QStringLiteral("read"), QStringLiteral("--port"), port,
                           QStringLiteral("--protocol"), QStringLiteral("dlms")}
            << QStringLiteral("dlms");
        QTest::newRow("bad variant") << QStringList{QStringLiteral("meter"),      QStringLiteral("read"),
                                                    QStringLiteral("--port"),     port,
                                                    QStringLiteral("--protocol"), QStringLiteral("cjt188"),
                                                    QStringLiteral("--variant"),  QStringLiteral("2007")}
                                     << QStringLiteral("2004, 2018");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("meter"), QStringLiteral("reed")}
                                         << QStringLiteral("reed");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("meter"), QStringLiteral("read"),
                                                       QStringLiteral("--colour")}
                                        << QStringLiteral("colour");
        QTest::newRow("relay without action") << QStringList{QStringLiteral("meter"),      QStringLiteral("relay"),
                                                             QStringLiteral("--port"),     port,
                                                             QStringLiteral("--protocol"), QStringLiteral("dlt645"),
                                                             QStringLiteral("--address"),  QStringLiteral("1")}
                                              << QStringLiteral("trip|close-allowed");
        QTest::newRow("relay without address") << QStringList{QStringLiteral("meter"),
                                                              QStringLiteral("relay"),
                                                              QStringLiteral("trip"),
                                                              QStringLiteral("--port"),
                                                              port,
                                                              QStringLiteral("--protocol"),
                                                              QStringLiteral("dlt645")}
                                               << QStringLiteral("--address");
        QTest::newRow("valve on dlt645") << QStringList{QStringLiteral("meter"),
                                                        QStringLiteral("valve"),
                                                        QStringLiteral("close"),
                                                        QStringLiteral("--port"),
                                                        port,
                                                        QStringLiteral("--protocol"),
                                                        QStringLiteral("dlt645"),
                                                        QStringLiteral("--address"),
                                                        QStringLiteral("1")}
                                         << QStringLiteral("valve");
        QTest::newRow("amount with three decimals")
            << QStringList{QStringLiteral("meter"),      QStringLiteral("recharge"),
                           QStringLiteral("--port"),     port,
                           QStringLiteral("--protocol"), QStringLiteral("cjt188"),
                           QStringLiteral("--address"),  QStringLiteral("1"),
                           QStringLiteral("--amount"),   QStringLiteral("1.005")}
            << QStringLiteral("--amount");
        QTest::newRow("bad time") << QStringList{QStringLiteral("meter"),      QStringLiteral("time"),
                                                 QStringLiteral("--set"),      QStringLiteral("tomorrow"),
                                                 QStringLiteral("--port"),     port,
                                                 QStringLiteral("--protocol"), QStringLiteral("dlt645")}
                                  << QStringLiteral("tomorrow");
        QTest::newRow("bad password") << QStringList{QStringLiteral("meter"),
                                                     QStringLiteral("relay"),
                                                     QStringLiteral("trip"),
                                                     QStringLiteral("--port"),
                                                     port,
                                                     QStringLiteral("--protocol"),
                                                     QStringLiteral("dlt645"),
                                                     QStringLiteral("--address"),
                                                     QStringLiteral("1"),
                                                     QStringLiteral("--password"),
                                                     QStringLiteral("12")}
                                      << QStringLiteral("--password");
        QTest::newRow("bad line") << QStringList{QStringLiteral("meter"),      QStringLiteral("read"),
                                                 QStringLiteral("--port"),     port,
                                                 QStringLiteral("--protocol"), QStringLiteral("dlt645"),
                                                 QStringLiteral("--line"),     QStringLiteral("2400 8X1")}
                                  << QStringLiteral("--line");
        QTest::newRow("no command") << QStringList{QStringLiteral("meter")} << QStringLiteral("Usage: prepayctl meter");
        // Checked before the port is opened (here one that cannot be): the map has no such command.
        QTest::newRow("modbus close-allowed") << QStringList{QStringLiteral("meter"),
                                                             QStringLiteral("relay"),
                                                             QStringLiteral("close-allowed"),
                                                             QStringLiteral("--port"),
                                                             port,
                                                             QStringLiteral("--protocol"),
                                                             QStringLiteral("modbus")}
                                              << QStringLiteral("only be tripped or closed");
        QTest::newRow("bad address") << QStringList{QStringLiteral("meter"),      QStringLiteral("read"),
                                                    QStringLiteral("--port"),     port,
                                                    QStringLiteral("--protocol"), QStringLiteral("dlt645"),
                                                    QStringLiteral("--address"),  QStringLiteral("12x")}
                                     << QStringLiteral("12x");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Ctl r = prepayctl(args);
        CHECK_EXIT(r, 2);
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
    }

    void helpDocumentsOutputAndExitCodes()
    {
        const Ctl r = prepayctl({QStringLiteral("meter"), QStringLiteral("--help")});
        CHECK_EXIT(r, 0);
        QVERIFY(r.out.contains(QStringLiteral("NAME.unit=UNIT")));
        QVERIFY(r.out.contains(QStringLiteral("3 link failed")));
        QVERIFY(r.out.contains(QStringLiteral("4 the meter refused")));
        QVERIFY(r.out.contains(QStringLiteral("02000000")));
    }

    void noSuchPort()
    {
        const Ctl r = prepayctl({QStringLiteral("meter"), QStringLiteral("read"), QStringLiteral("--port"),
                                 QStringLiteral("/dev/prepaydesk-no-such-port"), QStringLiteral("--protocol"),
                                 QStringLiteral("dlt645"), QStringLiteral("--address"), QStringLiteral("1")});
        CHECK_EXIT(r, 3);
        QVERIFY2(!r.err.isEmpty(), qPrintable(describe(r)));
    }

    // ---- Modbus against pymodbus ---------------------------------------------------------------

    void modbusReadAndRecharge()
    {
        ModbusSlave slave;
        // generic-prepaid map (the slave's layout): energy 1234.56 kWh (input 0-1, uint32 0x0001E240),
        // 230.0 V, balance 88.00 yuan (holding 256-257), purchase count 4 (holding 260), relay
        // closed (coil 0); the credit register is holding 272-273.
        const auto words = [](QList<int> values, int size) {
            QJsonArray a;
            for (int v : values)
                a.append(v);
            while (a.size() < size)
                a.append(0);
            return a;
        };
        QJsonArray holding = words({}, 0x120);
        holding[257] = 8800;
        holding[260] = 4;
        QString error;
        if (!slave.start(QJsonObject{{QStringLiteral("input"), words({0x0001, 0xE240, 2300, 512, 0, 0}, 16)},
                                     {QStringLiteral("holding"), holding},
                                     {QStringLiteral("coils"), words({1}, 8)},
                                     {QStringLiteral("discrete"), words({0, 0}, 8)},
                                     {QStringLiteral("writes"), 0}},
                         &error))
            QSKIP(qPrintable(error));
        const QStringList base{QStringLiteral("--port"),     slave.port(),
                               QStringLiteral("--protocol"), QStringLiteral("modbus"),
                               QStringLiteral("--address"),  QStringLiteral("1")};
        Ctl r = prepayctl(QStringList{QStringLiteral("meter"), QStringLiteral("read")} + base);
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("energy.import_total")), QStringLiteral("1234.56"));
        QCOMPARE(r.value(QStringLiteral("voltage")), QStringLiteral("230.0"));
        QCOMPARE(r.value(QStringLiteral("balance.money")), QStringLiteral("88.00"));
        QCOMPARE(r.value(QStringLiteral("purchase.count")), QStringLiteral("4"));
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("closed"));

        r = prepayctl(QStringList{QStringLiteral("meter"), QStringLiteral("recharge"), QStringLiteral("--amount"),
                                  QStringLiteral("11.50")} +
                      base);
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("balance.before")), QStringLiteral("88.00"));
        QCOMPARE(r.value(QStringLiteral("balance.after")), QStringLiteral("99.50"));
        QCOMPARE(r.value(QStringLiteral("count.after")), QStringLiteral("5"));
        QJsonObject state = slave.state();
        QCOMPARE(state.value(QStringLiteral("holding")).toArray().at(257).toInt(), 9950);
        QCOMPARE(state.value(QStringLiteral("holding")).toArray().at(260).toInt(), 5);

        // The relay (coil 0), tripped and read back.
        r = prepayctl(QStringList{QStringLiteral("meter"), QStringLiteral("relay"), QStringLiteral("trip")} + base);
        CHECK_EXIT(r, 0);
        QCOMPARE(r.value(QStringLiteral("relay")), QStringLiteral("open"));
        state = slave.state();
        QCOMPARE(state.value(QStringLiteral("coils")).toArray().at(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPrepayctlMeter)
#include "tst_prepayctl_meter.moc"
