// Request/response round trips per second against the real prepay-metersim ($METERSIM) on the
// pseudo-terminals it prints, for a DL/T 645 and a CJ/T 188 meter, answering at its normal speed
// (no --slow). Two figures per protocol, measured in this run on the same pty:
//   link: the request through MeterLink (worker thread, futures, frame log, parse and resync),
//         with the inter-frame gap set to 0, every reply decoded and checked;
//   raw:  the same request bytes written with write() and the reply read with poll()/read()
//         until its known length is in: no transport, no parsing.
// Each figure is the median of three alternating runs. The ratio raw/link is what the link costs per exchange on top of
// the simulator's own turn-round. Figures print as name=value; nothing asserts a time, only that every reply was right.
//
// PREPAYDESK_BENCH_ROUNDS sets the round trips per figure (default 2000).

#include "../meters/MetersimFixture.h"
#include "Cjt188MeterProtocol.h"
#include "Dlt645MeterProtocol.h"
#include "meter/MeterLink.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

int rounds()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PREPAYDESK_BENCH_ROUNDS", &ok);
    return ok && n > 0 ? n : 2000;
}

void figure(const QByteArray &name, double value)
{
    std::printf("%s=%.1f\n", name.constData(), value);
    std::fflush(stdout);
}

struct Case
{
    QByteArray name;
    const MeterProtocol *protocol = nullptr;
    MeterTarget target;
    QString item;
    QString valueName; // a value of the reply, checked on every round trip
    QString expected;
};

} // namespace

class BenchMetersim : public QObject
{
    Q_OBJECT

    // Round trips per second through MeterLink; false when a reply was missing or wrong.
    bool linkRate(const QString &port, const Case &c, int n, double &rate)
    {
        MeterLink link;
        LinkTiming timing = LinkTiming::forProtocol(c.protocol->protocol());
        timing.interFrameGapMs = 0;
        timing.tries = 1;
        timing.responseTimeoutMs = ReplyTimeoutMs;
        link.setTiming(timing);
        link.frameLog()->setLimit(1000); // the log keeps up, but need not hold every round
        const Status opened =
            link.open(LinkEndpoint::serialPort(port, SerialSettings::forProtocol(c.protocol->protocol()))).result();
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        MeterRequest request;
        request.item = c.item;
        const auto exchange = MeterExchange::build(*c.protocol, c.target, request);
        if (!exchange)
            return false;
        const auto once = [&] {
            const auto reply = link.transact(*exchange).result();
            if (!reply || reply->error)
                return false;
            for (const MeterValue &v : reply->values) {
                if (v.name == c.valueName)
                    return v.value == c.expected;
            }
            return false;
        };
        for (int i = 0; i < 10; ++i) // warm up
            if (!once())
                return false;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            if (!once())
                return false;
        rate = n * 1e9 / double(t.nsecsElapsed());
        return link.close().result().ok();
    }

    // Round trips per second with bare write()/poll()/read() on the same pty.
    bool rawRate(const QString &port, const Case &c, int n, double &rate)
    {
        MeterRequest request;
        request.item = c.item;
        const auto bytes = c.protocol->request(c.target, request);
        if (!bytes)
            return false;
        LinePort line;
        if (!line.open(port))
            return false;
        // Learn the reply's length once (parsed here, outside the timed loop).
        qsizetype replySize = 0;
        line.write(*bytes);
        const bool got = line.readUntil([&](const QByteArray &b) {
            const auto r = c.protocol->parse(c.target, b);
            if (r && r->complete)
                replySize = r->consumed;
            return r && r->complete;
        });
        if (!got || replySize != line.buffer.size())
            return false;
        const auto once = [&] {
            line.buffer.clear();
            line.write(*bytes);
            return line.readUntil([replySize](const QByteArray &b) { return b.size() >= replySize; }) &&
                   line.buffer.size() == replySize;
        };
        for (int i = 0; i < 10; ++i)
            if (!once())
                return false;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i)
            if (!once())
                return false;
        rate = n * 1e9 / double(t.nsecsElapsed());
        return true;
    }

private slots:
    void roundTrips()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("METERSIM"), "METERSIM is set by CMake");
        SimProcess sim;
        QVERIFY(sim.start({QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--start"),
                           QStringLiteral("2021-06-15T12:00:00"), QStringLiteral("--meter"),
                           QStringLiteral("electricity:000000000001:balance=50"), QStringLiteral("--meter"),
                           QStringLiteral("water:00000000000001:balance=30")},
                          2));
        const dlt645::Dlt645MeterProtocol dlt645;
        const cjt188::Cjt188MeterProtocol cjt188;
        MeterTarget dltTarget;
        dltTarget.address = sim.devices[0].address;
        MeterTarget cjTarget;
        cjTarget.address = sim.devices[1].address;
        cjTarget.meterType = 0x10;
        cjTarget.sequence = 1;
        const QList<Case> cases{
            {"dlt645", &dlt645, dltTarget, QStringLiteral("prepaid.remaining_money"),
             QStringLiteral("prepaid.remaining_money"), QStringLiteral("50.00")},
            {"cjt188", &cjt188, cjTarget, QStringLiteral("purchase_data"), QStringLiteral("money.remaining"),
             QStringLiteral("30.00")},
        };
        const int n = rounds();
        std::printf("rounds=%d transport=pty peer=prepay-metersim\n", n);
        for (int i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const QString port = sim.devices[i].endpoint;
            // Three alternating runs of each, the median kept: the machine is shared, and a
            // burst of other work should not land on one figure only.
            QList<double> raws, links;
            for (int run = 0; run < 3; ++run) {
                double raw = 0;
                double linked = 0;
                QVERIFY2(rawRate(port, c, n, raw), c.name.constData());
                QVERIFY2(linkRate(port, c, n, linked), c.name.constData());
                raws << raw;
                links << linked;
            }
            std::sort(raws.begin(), raws.end());
            std::sort(links.begin(), links.end());
            figure(c.name + "_raw_round_trips_per_s", raws[1]);
            figure(c.name + "_link_round_trips_per_s", links[1]);
            std::printf("%s_ratio_raw_to_link=%.3f\n", c.name.constData(), raws[1] / links[1]);
            std::fflush(stdout);
        }
    }
};

QTEST_GUILESS_MAIN(BenchMetersim)
#include "tst_bench_metersim.moc"
