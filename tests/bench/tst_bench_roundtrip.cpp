// Meter request/response round trips per second over a real pseudo-terminal, against a DL/T 645
// peer in the same process (tests/meters/tst_transport_peer.h, which answers every read), and
// the same over TCP on loopback. The baseline is the same request written and the same reply
// read through the same pty (or socket) with plain write()/poll()/read(), no transport: the
// ratio is what the link costs on top (thread hop, futures, frame log, parse-and-resync).
// Figures print as name=value; nothing here asserts a time, only that every reply was right.
//
// PREPAYDESK_BENCH_ROUNDS sets the round trips per figure (default 2000).

#include "../meters/tst_transport_peer.h"
#include "Dlt645MeterProtocol.h"
#include "TestSupport.h"
#include "meter/MeterLink.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace prepaydesk;
using prepaydesk::test::Dlt645Peer;
using prepaydesk::test::LoopbackListener;
using prepaydesk::test::PtyPair;

namespace {

int rounds()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PREPAYDESK_BENCH_ROUNDS", &ok);
    return ok && n > 0 ? n : 2000;
}

void figure(const char *name, double value)
{
    std::printf("%s=%.1f\n", name, value);
    std::fflush(stdout);
}

// Write the request, read until the whole expected reply is in: the bare cost of the trip.
bool rawRoundTrip(int fd, const QByteArray &request, qsizetype replySize)
{
    if (!test::writeAll(fd, request))
        return false;
    qsizetype got = 0;
    char buf[512];
    while (got < replySize) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 5000) <= 0)
            return false;
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            return false;
        got += n;
    }
    return got == replySize;
}

} // namespace

class TestBenchRoundTrip : public QObject
{
    Q_OBJECT

private:
    dlt645::Dlt645MeterProtocol m_protocol;

    MeterExchange readEnergy(std::optional<LinkTiming> timing)
    {
        MeterRequest r;
        r.command = MeterCommand::Read;
        r.item = QStringLiteral("energy.forward_total");
        MeterTarget t;
        t.address = QString::fromLatin1(Dlt645Peer::Address);
        MeterExchange e = MeterExchange::build(m_protocol, t, r).value();
        e.timing = timing;
        return e;
    }

    static LinkTiming noGap()
    {
        LinkTiming t;
        t.interFrameGapMs = 0; // the bench measures the transport, not the deliberate silence
        t.responseTimeoutMs = 5000;
        return t;
    }

    // Round trips per second through `link`; false if any reply was wrong.
    static bool timeLink(MeterLink &link, const MeterExchange &exchange, int n, double *perSecond)
    {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < n; ++i) {
            const Result<MeterReply> reply = link.transact(exchange).result();
            if (!reply.ok() || reply->values.isEmpty() || reply->values.first().value != u"1206.42"_qs)
                return false;
        }
        *perSecond = n * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));
        return true;
    }

private slots:
    void roundTripsOverPty()
    {
        const int n = rounds();
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        const MeterExchange exchange = readEnergy(noGap());
        const QByteArray reply = Dlt645Peer::readReply(
            dlt645::addressFromText(QString::fromLatin1(Dlt645Peer::Address)).value(), 0x00010000);

        // Baseline: the same bytes through the same pty, from the test's own slave fd.
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < n; ++i)
            QVERIFY(rawRoundTrip(pty.slaveFd(), exchange.request, reply.size()));
        const double raw = n * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));

        // The same through the Exchanger on the test thread (no worker thread, no futures).
        double direct = 0;
        {
            SerialTransport transport(pty.slavePath(), SerialSettings::forProtocol(u"dlt645"_qs));
            PD_VERIFY_OK(transport.open());
            FrameLog log;
            Exchanger exchanger(transport, log);
            clock.restart();
            for (int i = 0; i < n; ++i) {
                const auto r = exchanger.run(exchange, noGap());
                QVERIFY(r.ok() && r->values.size() == 1 && r->values.first().value == u"1206.42"_qs);
            }
            direct = n * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));
        }

        // The whole MeterLink: worker thread, futures, frame log.
        double linked = 0;
        double withGap = 0;
        {
            MeterLink link;
            const auto opened =
                link.open(LinkEndpoint::serialPort(pty.slavePath(), SerialSettings::forProtocol(u"dlt645"_qs)))
                    .result();
            PD_VERIFY_OK(opened);
            QVERIFY(timeLink(link, exchange, n, &linked));
            // With the DL/T 645 defaults (20 ms of silence before each request), as the console runs.
            QVERIFY(timeLink(link, readEnergy(std::nullopt), qMin(n, 50), &withGap));
        }
        QCOMPARE(peer.requests(), n + n + n + qMin(n, 50));

        std::printf("rounds=%d transport=pty\n", n);
        figure("raw_pty_roundtrips_per_s", raw);
        figure("exchanger_pty_roundtrips_per_s", direct);
        figure("link_pty_roundtrips_per_s", linked);
        figure("link_pty_default_gap_roundtrips_per_s", withGap);
        std::printf("ratio_exchanger_to_raw_pty=%.3f\n", direct / raw);
        std::printf("ratio_link_to_raw_pty=%.3f\n", linked / raw);
        QVERIFY(raw > 0 && direct > 0 && linked > 0 && withGap > 0);
    }

    void roundTripsOverTcp()
    {
        const int n = rounds();
        const MeterExchange exchange = readEnergy(noGap());
        const QByteArray reply = Dlt645Peer::readReply(
            dlt645::addressFromText(QString::fromLatin1(Dlt645Peer::Address)).value(), 0x00010000);

        // Baseline: a plain blocking socket to the same kind of peer.
        double raw = 0;
        {
            LoopbackListener listener;
            QVERIFY(listener.ok());
            Dlt645Peer peer(listener);
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            a.sin_port = htons(listener.port());
            QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < n; ++i)
                QVERIFY(rawRoundTrip(fd, exchange.request, reply.size()));
            raw = n * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));
            ::close(fd);
        }

        double linked = 0;
        {
            LoopbackListener listener;
            QVERIFY(listener.ok());
            Dlt645Peer peer(listener);
            MeterLink link;
            PD_VERIFY_OK(link.open(LinkEndpoint::tcp(u"127.0.0.1"_qs, listener.port())).result());
            QVERIFY(timeLink(link, exchange, n, &linked));
            QCOMPARE(peer.requests(), n);
        }

        std::printf("rounds=%d transport=tcp\n", n);
        figure("raw_tcp_roundtrips_per_s", raw);
        figure("link_tcp_roundtrips_per_s", linked);
        std::printf("ratio_link_to_raw_tcp=%.3f\n", linked / raw);
        QVERIFY(raw > 0 && linked > 0);
    }
};

QTEST_GUILESS_MAIN(TestBenchRoundTrip)
#include "tst_bench_roundtrip.moc"
