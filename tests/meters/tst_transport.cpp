// The meter link (app/core/meter) over real pseudo-terminals and real TCP sockets on loopback,
// against a DL/T 645 meter peer on the far end (tst_transport_peer.h) that answers through the
// dlt645 codec and misbehaves on request. Timeouts here are generous upper bounds only.

#include "Dlt645MeterProtocol.h"
#include "TestSupport.h"
#include "meter/MeterLink.h"
#include "tst_transport_peer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace prepaydesk;
using prepaydesk::test::Dlt645Peer;
using prepaydesk::test::LoopbackListener;
using prepaydesk::test::PtyPair;
using Behaviour = Dlt645Peer::Behaviour;

namespace {

// Waits for a future while delivering queued signals; a hung link fails the test instead of
// hanging it.
template<typename T>
bool await(const QFuture<T> &future, int ms = 60000)
{
    const QDeadlineTimer deadline(ms);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return future.isFinished();
}

// Tight but not flaky: the peer answers in microseconds, so 2 s is plenty for a reply.
LinkTiming quickTiming(int tries = 3, int timeoutMs = 2000)
{
    LinkTiming t;
    t.tries = tries;
    t.responseTimeoutMs = timeoutMs;
    t.interFrameGapMs = 5;
    return t;
}

int count(const QList<FrameLogEntry> &log, FrameLogEntry::Kind kind)
{
    return int(std::count_if(log.cbegin(), log.cend(), [kind](const FrameLogEntry &e) { return e.kind == kind; }));
}

int countTx(const QList<FrameLogEntry> &log)
{
    return int(std::count_if(log.cbegin(), log.cend(),
                             [](const FrameLogEntry &e) { return e.direction == FrameLogEntry::Direction::Tx; }));
}

QByteArray allRx(const QList<FrameLogEntry> &log)
{
    QByteArray out;
    for (const FrameLogEntry &e : log) {
        if (e.direction == FrameLogEntry::Direction::Rx)
            out += e.bytes;
    }
    return out;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private:
    dlt645::Dlt645MeterProtocol m_protocol;

    MeterTarget target(const QString &address = QString::fromLatin1(Dlt645Peer::Address)) const
    {
        MeterTarget t;
        t.address = address;
        return t;
    }

    MeterExchange readEnergy(const LinkTiming &timing,
                             const QString &address = QString::fromLatin1(Dlt645Peer::Address))
    {
        MeterRequest r;
        r.command = MeterCommand::Read;
        r.item = QStringLiteral("energy.forward_total");
        auto e = MeterExchange::build(m_protocol, target(address), r);
        if (!e)
            qFatal("cannot build the read request: %s", qPrintable(e.error().message));
        MeterExchange out = std::move(e).value();
        out.timing = timing;
        return out;
    }

    // Opens `link` on the pty's slave as a DL/T 645 serial line.
    static bool openPty(MeterLink &link, const PtyPair &pty)
    {
        auto opened = link.open(LinkEndpoint::serialPort(pty.slavePath(), SerialSettings::forProtocol(u"dlt645"_qs)));
        if (!await(opened))
            return false;
        if (!opened.result().ok())
            qWarning("open failed: %s", qPrintable(opened.result().error().message));
        return opened.result().ok();
    }

    static void verifyEnergy(const Result<MeterReply> &reply)
    {
        QVERIFY2(reply.ok(), reply.ok() ? "" : qPrintable(reply.error().message));
        QVERIFY(reply->complete);
        QVERIFY(!reply->error);
        QCOMPARE(reply->address, QString::fromLatin1(Dlt645Peer::Address));
        QCOMPARE(reply->command, u"read"_qs);
        QCOMPARE(reply->item, u"energy.forward_total"_qs);
        QCOMPARE(reply->values.size(), 1);
        QCOMPARE(reply->values.first().name, u"energy.forward_total"_qs);
        QCOMPARE(reply->values.first().value, u"1206.42"_qs);
        QCOMPARE(reply->values.first().unit, u"kWh"_qs);
    }

private slots:
    // ---- line settings and endpoints (pure) ---------------------------------------------------

    void lineSettingsPerProtocol()
    {
        const SerialSettings dlt = SerialSettings::forProtocol(u"dlt645"_qs);
        QCOMPARE(dlt.toText(), u"2400 8E1"_qs);
        QCOMPARE(SerialSettings::forProtocol(u"cjt188"_qs).toText(), u"2400 8E1"_qs);
        QCOMPARE(SerialSettings::forProtocol(u"modbus"_qs).toText(), u"9600 8N1"_qs);
        const QList<qint32> rates = SerialSettings::baudRates(u"dlt645"_qs);
        QCOMPARE(rates.first(), 2400);
        for (const qint32 rate : {1200, 4800, 9600})
            QVERIFY(rates.contains(rate));
        // 11 bits a character at 2400 bps: 4583.3 us, rounded up.
        QCOMPARE(dlt.characterBits(), 11);
        QCOMPARE(dlt.characterTimeUs(), 4584);

        auto over = SerialSettings::fromText(u"9600"_qs, dlt);
        QVERIFY(over.ok());
        QCOMPARE(over->toText(), u"9600 8E1"_qs); // only the speed changes
        over = SerialSettings::fromText(u"4800 8n2"_qs, dlt);
        QVERIFY(over.ok());
        QCOMPARE(over->toText(), u"4800 8N2"_qs);
        over = SerialSettings::fromText(u"1200,8,O,1"_qs, dlt);
        QVERIFY(over.ok());
        QCOMPARE(over->toText(), u"1200 8O1"_qs);
        for (const QString &bad : {u"fast"_qs, u"2400 9E1"_qs, u"2400 8X1"_qs, u"0"_qs, u""_qs, u"1 2 3"_qs}) {
            const auto r = SerialSettings::fromText(bad, dlt);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void modbusSilence()
    {
        // 9600 8N1: 10 bits, 1042 us a character; t3.5 = 3647 us.
        const SerialSettings m = SerialSettings::forProtocol(u"modbus"_qs);
        QCOMPARE(LinkTiming::modbusGapUs(m), 1042 * 7 / 2);
        SerialSettings fast = m;
        fast.baudRate = 38400;
        QCOMPARE(LinkTiming::modbusGapUs(fast), 1750); // fixed above 19200 bps
        const LinkTiming t = LinkTiming::forProtocol(u"modbus"_qs);
        QVERIFY(t.modbusSilence);
        QCOMPARE(t.gapUs(&m), 1042 * 7 / 2);
        QCOMPARE(t.gapUs(nullptr), 0); // TCP has no character time
        QVERIFY(!LinkTiming::forProtocol(u"dlt645"_qs).modbusSilence);
    }

    void endpointsFromText()
    {
        const SerialSettings s = SerialSettings::forProtocol(u"dlt645"_qs);
        auto e = LinkEndpoint::fromText(u"/dev/ttyUSB0"_qs, s);
        QVERIFY(e.ok());
        QCOMPARE(e->kind, LinkEndpoint::Kind::Serial);
        QCOMPARE(e->toText(), u"/dev/ttyUSB0 2400 8E1"_qs);
        e = LinkEndpoint::fromText(u"COM3"_qs, s);
        QVERIFY(e.ok() && e->kind == LinkEndpoint::Kind::Serial);
        e = LinkEndpoint::fromText(u"tcp://192.168.1.20:4001"_qs, s);
        QVERIFY(e.ok());
        QCOMPARE(e->kind, LinkEndpoint::Kind::Tcp);
        QCOMPARE(e->host, u"192.168.1.20"_qs);
        QCOMPARE(e->tcpPort, quint16(4001));
        e = LinkEndpoint::fromText(u"tcp://[::1]:502"_qs, s);
        QVERIFY(e.ok());
        QCOMPARE(e->host, u"::1"_qs);
        QCOMPARE(e->toText(), u"tcp://[::1]:502"_qs);
        QVERIFY(!LinkEndpoint::fromText(u"tcp://host:99999"_qs, s).ok());
        QVERIFY(!LinkEndpoint::fromText(u"tcp://host"_qs, s).ok());
        QVERIFY(!LinkEndpoint::fromText(u"  "_qs, s).ok());
    }

    // ---- serial over a real pty -----------------------------------------------------------

    void readRoundTrip()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        MeterLink link;
        QSignalSpy states(&link, &MeterLink::stateChanged);
        QVERIFY(openPty(link, pty));
        QCOMPARE(link.state(), MeterLink::State::Open);

        const MeterExchange exchange = readEnergy(quickTiming());
        auto reply = link.transact(exchange);
        QVERIFY(await(reply));
        verifyEnergy(reply.result());
        QCOMPARE(peer.requests(), 1);
        QCOMPARE(link.state(), MeterLink::State::Open);

        // The link went Opening -> Open -> Busy -> Open.
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 4, 10000);
        QList<MeterLink::State> seen;
        for (const auto &args : std::as_const(states))
            seen << args.at(0).value<MeterLink::State>();
        QCOMPARE(seen.mid(0, 4), (QList<MeterLink::State>{MeterLink::State::Opening, MeterLink::State::Open,
                                                          MeterLink::State::Busy, MeterLink::State::Open}));

        // The log holds exactly the request sent and the reply received.
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(countTx(log), 1);
        const auto tx = std::find_if(log.cbegin(), log.cend(), [](const FrameLogEntry &e) {
            return e.direction == FrameLogEntry::Direction::Tx;
        });
        QCOMPARE(tx->bytes, exchange.request);
        const QByteArray expectedReply = Dlt645Peer::readReply(
            dlt645::addressFromText(QString::fromLatin1(Dlt645Peer::Address)).value(), 0x00010000);
        QCOMPARE(allRx(log), expectedReply);
        QCOMPARE(count(log, FrameLogEntry::Kind::Decoded), 1);
        QCOMPARE(count(log, FrameLogEntry::Kind::Retry), 0);
        QCOMPARE(count(log, FrameLogEntry::Kind::Noise), 0); // FE preambles are not noise

        // Several in a row on the same open port.
        for (int i = 0; i < 5; ++i) {
            auto again = link.transact(exchange);
            QVERIFY(await(again));
            verifyEnergy(again.result());
        }
        QCOMPARE(peer.requests(), 6);
    }

    void guiStyleContinuation()
    {
        // The workbench never waits: it chains on the future, and the continuation runs on the
        // GUI thread (the context object's) once the reply is in.
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        MeterLink link;
        QVERIFY(openPty(link, pty));
        QObject context;
        QThread *ran = nullptr;
        QString value;
        auto chained = link.transact(readEnergy(quickTiming())).then(&context, [&](const Result<MeterReply> &reply) {
            ran = QThread::currentThread();
            value = reply.ok() && !reply->values.isEmpty() ? reply->values.first().value : reply.error().message;
        });
        QVERIFY(await(chained));
        QCOMPARE(ran, QThread::currentThread());
        QCOMPARE(value, u"1206.42"_qs);
    }

    void silenceBeforeEachRequest()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        MeterLink link;
        QVERIFY(openPty(link, pty));
        LinkTiming timing = quickTiming();
        timing.interFrameGapMs = 300;
        for (int i = 0; i < 2; ++i) {
            auto reply = link.transact(readEnergy(timing));
            QVERIFY(await(reply));
            verifyEnergy(reply.result());
        }
        // The second request left at least 300 ms after the last byte of the first reply (a
        // lower bound the link guarantees; log times are whole milliseconds).
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QDateTime lastRx;
        QDateTime secondTx;
        int txSeen = 0;
        for (const FrameLogEntry &e : log) {
            if (e.direction == FrameLogEntry::Direction::Tx && ++txSeen == 2)
                secondTx = e.time;
            if (e.direction == FrameLogEntry::Direction::Rx && txSeen == 1)
                lastRx = e.time;
        }
        QVERIFY(lastRx.isValid() && secondTx.isValid());
        QVERIFY2(lastRx.msecsTo(secondTx) >= 299, qPrintable(QString::number(lastRx.msecsTo(secondTx))));
    }

    void noiseAndPreamblesAroundTheReply()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.setDefault(Behaviour::Noisy);
        MeterLink link;
        QVERIFY(openPty(link, pty));
        // Twenty different noise patterns: every one still gives the reading, on the first try.
        for (quint32 seed = 1; seed <= 20; ++seed) {
            peer.setSeed(seed);
            auto reply = link.transact(readEnergy(quickTiming()));
            QVERIFY(await(reply));
            verifyEnergy(reply.result());
            QCOMPARE(peer.requests(), int(seed));
        }
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(count(log, FrameLogEntry::Kind::Retry), 0);
        QCOMPARE(count(log, FrameLogEntry::Kind::Decoded), 20);
        QVERIFY(count(log, FrameLogEntry::Kind::Noise) >= 20);
        // The trailing noise after each reply is thrown away before the next request.
        QVERIFY(count(log, FrameLogEntry::Kind::Stale) >= 1);
    }

    void badChecksumThenGoodOnRetry()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.script({Behaviour::BadChecksum, Behaviour::Normal});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        auto reply = link.transact(readEnergy(quickTiming(3, 5000)));
        QVERIFY(await(reply));
        verifyEnergy(reply.result());
        QCOMPARE(peer.requests(), 2);
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(countTx(log), 2);
        QVERIFY(count(log, FrameLogEntry::Kind::Damaged) >= 1);
        QCOMPARE(count(log, FrameLogEntry::Kind::Retry), 1);
        QCOMPARE(count(log, FrameLogEntry::Kind::Decoded), 1);
        const auto damaged = std::find_if(
            log.cbegin(), log.cend(), [](const FrameLogEntry &e) { return e.kind == FrameLogEntry::Kind::Damaged; });
        QVERIFY2(damaged->text.contains(u"checksum"_qs, Qt::CaseInsensitive), qPrintable(damaged->text));
    }

    void everyReplyDamaged()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.setDefault(Behaviour::BadChecksum);
        MeterLink link;
        QVERIFY(openPty(link, pty));
        auto reply = link.transact(readEnergy(quickTiming(2, 5000)));
        QVERIFY(await(reply));
        QVERIFY(!reply.result().ok());
        QCOMPARE(reply.result().error().field, linkerror::Timeout);
        QVERIFY2(reply.result().error().message.contains(u"damaged"_qs), qPrintable(reply.result().error().message));
        QCOMPARE(peer.requests(), 2);
    }

    void noReplyTimesOutAfterEveryTry()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.script({Behaviour::Silent, Behaviour::Silent, Behaviour::Silent});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        QSignalSpy progress(&link, &MeterLink::progress);
        auto reply = link.transact(readEnergy(quickTiming(3, 300)));
        QVERIFY(await(reply));
        QVERIFY(!reply.result().ok());
        const Error error = reply.result().error();
        QCOMPARE(error.code, Error::Code::Io);
        QCOMPARE(error.field, linkerror::Timeout);
        QVERIFY2(error.message.contains(u"3 tries"_qs), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::fromLatin1(Dlt645Peer::Address)), qPrintable(error.message));
        QCOMPARE(peer.requests(), 3);

        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(countTx(log), 3);
        QCOMPARE(count(log, FrameLogEntry::Kind::Timeout), 3);
        QCOMPARE(count(log, FrameLogEntry::Kind::Retry), 2);
        QCOMPARE(count(log, FrameLogEntry::Kind::Error), 1);
        QCOMPARE(allRx(log), QByteArray());
        // Each try is told to the screen.
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 6, 10000);
        int maxAttempt = 0;
        for (const auto &args : std::as_const(progress)) {
            const auto p = args.at(0).value<ExchangeProgress>();
            QCOMPARE(p.attempts, 3);
            maxAttempt = qMax(maxAttempt, p.attempt);
        }
        QCOMPARE(maxAttempt, 3);

        // A timeout changes nothing: the link is open and the next request works.
        QCOMPARE(link.state(), MeterLink::State::Open);
        auto next = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(next));
        verifyEnergy(next.result());
    }

    void replyFromAnotherMeterIsSkipped()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.script({Behaviour::OtherMeterFirst});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        auto reply = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(reply));
        verifyEnergy(reply.result());
        QCOMPARE(peer.requests(), 1); // skipped, not retried
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(count(log, FrameLogEntry::Kind::Retry), 0);
        QVERIFY(count(log, FrameLogEntry::Kind::OtherMeter) >= 1);
        const auto other = std::find_if(
            log.cbegin(), log.cend(), [](const FrameLogEntry &e) { return e.kind == FrameLogEntry::Kind::OtherMeter; });
        QVERIFY2(other->text.contains(QString::fromLatin1(Dlt645Peer::OtherAddress)), qPrintable(other->text));

        // Only the other meter answers: that is no reply from ours, and the error says so.
        peer.setDefault(Behaviour::OtherMeterOnly);
        auto none = link.transact(readEnergy(quickTiming(2, 400)));
        QVERIFY(await(none));
        QVERIFY(!none.result().ok());
        QCOMPARE(none.result().error().field, linkerror::Timeout);
        QVERIFY2(none.result().error().message.contains(u"other meters"_qs), qPrintable(none.result().error().message));
    }

    void echoOfTheRequestIsSkipped()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.script({Behaviour::EchoFirst});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        auto reply = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(reply));
        verifyEnergy(reply.result());
        QCOMPARE(peer.requests(), 1);
    }

    void lateReplyToAnotherReadIsSkipped()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.script({Behaviour::LateReplyFirst});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        const MeterExchange exchange = readEnergy(quickTiming());
        QCOMPARE(exchange.expectItem, u"energy.forward_total"_qs);
        auto reply = link.transact(exchange);
        QVERIFY(await(reply));
        verifyEnergy(reply.result()); // not prepaid.remaining_money, which came first
        QCOMPARE(peer.requests(), 1);
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(count(log, FrameLogEntry::Kind::LateReply), 1);
        QCOMPARE(count(log, FrameLogEntry::Kind::Retry), 0);
    }

    void meterErrorReplyIsAnAnswer()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.script({Behaviour::MeterError});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        auto reply = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(reply));
        QVERIFY(reply.result().ok());
        QVERIFY(reply.result()->complete);
        QVERIFY(reply.result()->error); // the meter refused: a reply, not a link failure
        QVERIFY(!reply.result()->errorText.isEmpty());
        QCOMPARE(peer.requests(), 1); // a refusal is not retried
    }

    void staleInputIsThrownAwayBeforeSending()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        MeterLink link;
        QVERIFY(openPty(link, pty));
        // A late reply to an earlier request, with another reading, already waits on the line.
        dlt645::Frame late;
        late.address = dlt645::addressFromText(QString::fromLatin1(Dlt645Peer::Address)).value();
        late.control = 0x91;
        late.data = QByteArray::fromHex("0000010099999900"); // DI 00010000, 9999.99 kWh
        QVERIFY(test::writeAll(pty.master(), dlt645::encode(late)));
        QTest::qWait(100);
        Dlt645Peer peer(pty.master());
        auto reply = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(reply));
        verifyEnergy(reply.result()); // 1206.42, not the late reading
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(count(log, FrameLogEntry::Kind::Stale), 1);
    }

    void broadcastExpectsNoReply()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        MeterLink link;
        QVERIFY(openPty(link, pty));
        MeterRequest sync;
        sync.command = MeterCommand::TimeSync;
        sync.time = QDateTime(QDate(2025, 5, 11), QTime(22, 1, 31));
        auto exchange = MeterExchange::build(m_protocol, MeterTarget{}, sync);
        PD_VERIFY_OK(exchange);
        QVERIFY(!exchange->expectReply);
        MeterExchange e = exchange.value();
        e.timing = quickTiming(3, 30000); // were a reply awaited, this would take minutes
        auto reply = link.transact(e);
        QVERIFY(await(reply, 20000));
        PD_VERIFY_OK(reply.result());
        QVERIFY(!reply.result()->complete);
        QTRY_COMPARE_WITH_TIMEOUT(peer.timeSyncs(), 1, 10000);
        const QList<FrameLogEntry> log = link.frameLog()->entries();
        QCOMPARE(countTx(log), 1);
        QCOMPARE(count(log, FrameLogEntry::Kind::Retry), 0);
    }

    void portGoneMidReply()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.hangUp = [&pty] { pty.closeMaster(); };
        peer.script({Behaviour::HangUpMidReply});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        QSignalSpy lost(&link, &MeterLink::linkLost);
        auto reply = link.transact(readEnergy(quickTiming(3, 3000)));
        QVERIFY(await(reply));
        QVERIFY(!reply.result().ok());
        QCOMPARE(reply.result().error().field, linkerror::Gone);
        QVERIFY2(reply.result().error().message.contains(u"unplugged"_qs), qPrintable(reply.result().error().message));
        QVERIFY2(reply.result().error().message.contains(pty.slavePath()), qPrintable(reply.result().error().message));
        QCOMPARE(link.state(), MeterLink::State::Closed);
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
        QCOMPARE(lost.first().at(0).toString(), linkerror::Gone);
        // Not retried into a dead port, and what did arrive is in the log.
        QCOMPARE(countTx(link.frameLog()->entries()), 1);
        QVERIFY(!allRx(link.frameLog()->entries()).isEmpty());

        auto after = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(after));
        QVERIFY(!after.result().ok());
        QCOMPARE(after.result().error().field, linkerror::NotOpen);
    }

    void portNotFound()
    {
        MeterLink link;
        auto opened = link.open(LinkEndpoint::serialPort(u"/dev/ttyPrepayDeskNoSuchPort"_qs, SerialSettings{}));
        QVERIFY(await(opened));
        QVERIFY(!opened.result().ok());
        QCOMPARE(opened.result().error().field, linkerror::NotFound);
        QVERIFY(opened.result().error().message.contains(u"/dev/ttyPrepayDeskNoSuchPort"_qs));
        QCOMPARE(link.state(), MeterLink::State::Closed);
        auto reply = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(reply));
        QCOMPARE(reply.result().error().field, linkerror::NotOpen);
    }

    void portBusy()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        MeterLink first;
        QVERIFY(openPty(first, pty));
        MeterLink second;
        auto opened = second.open(LinkEndpoint::serialPort(pty.slavePath(), SerialSettings::forProtocol(u"dlt645"_qs)));
        QVERIFY(await(opened));
        QVERIFY(!opened.result().ok());
        QCOMPARE(opened.result().error().field, linkerror::Busy);
        QVERIFY(opened.result().error().message.contains(u"in use"_qs));
        // The first is untouched.
        Dlt645Peer peer(pty.master());
        auto reply = first.transact(readEnergy(quickTiming()));
        QVERIFY(await(reply));
        verifyEnergy(reply.result());
    }

    void cancelEndsTheWait()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.setDefault(Behaviour::Silent);
        MeterLink link;
        QVERIFY(openPty(link, pty));
        // Ten minutes of waiting if cancel did nothing; the await below gives up long before.
        auto waiting = link.transact(readEnergy(quickTiming(10, 60000)));
        auto queued = link.transact(readEnergy(quickTiming(10, 60000)));
        QTRY_VERIFY_WITH_TIMEOUT(peer.requests() >= 1, 10000);
        link.cancel();
        QVERIFY(await(waiting, 30000));
        QVERIFY(await(queued, 30000));
        QCOMPARE(waiting.result().error().field, linkerror::Cancelled);
        QCOMPARE(queued.result().error().field, linkerror::Cancelled);
        QCOMPARE(peer.requests(), 1);
        // Still open, and the next request goes through.
        peer.setDefault(Behaviour::Normal);
        auto next = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(next));
        verifyEnergy(next.result());
    }

    void destroyingTheLinkFinishesEveryFuture()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.setDefault(Behaviour::Silent);
        QFuture<Result<MeterReply>> a, b;
        {
            MeterLink link;
            QVERIFY(openPty(link, pty));
            a = link.transact(readEnergy(quickTiming(10, 60000)));
            b = link.transact(readEnergy(quickTiming(10, 60000)));
            QTRY_VERIFY_WITH_TIMEOUT(peer.requests() >= 1, 10000);
        }
        QVERIFY(a.isFinished() && b.isFinished());
        QCOMPARE(a.result().error().field, linkerror::Cancelled);
        QCOMPARE(b.result().error().field, linkerror::Cancelled);
    }

    // ---- TCP (serial-device servers) ------------------------------------------------------

    void tcpRoundTrip()
    {
        LoopbackListener listener;
        QVERIFY(listener.ok());
        Dlt645Peer peer(listener);
        peer.script({Behaviour::Noisy, Behaviour::BadChecksum, Behaviour::Normal});
        MeterLink link;
        auto opened = link.open(LinkEndpoint::tcp(u"127.0.0.1"_qs, listener.port()));
        QVERIFY(await(opened));
        PD_VERIFY_OK(opened.result());
        auto reply = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(reply));
        verifyEnergy(reply.result());
        auto retried = link.transact(readEnergy(quickTiming()));
        QVERIFY(await(retried));
        verifyEnergy(retried.result());
        QCOMPARE(peer.requests(), 3);
        QCOMPARE(count(link.frameLog()->entries(), FrameLogEntry::Kind::Retry), 1);
        QVERIFY(link.frameLog()->entries().first().text.contains(u"tcp://127.0.0.1:"_qs));
    }

    void tcpConnectionRefused()
    {
        quint16 port = 0;
        {
            LoopbackListener closed; // a port that was free a moment ago and now has no listener
            QVERIFY(closed.ok());
            port = closed.port();
        }
        MeterLink link;
        auto opened = link.open(LinkEndpoint::tcp(u"127.0.0.1"_qs, port));
        QVERIFY(await(opened));
        QVERIFY(!opened.result().ok());
        QCOMPARE(opened.result().error().field, linkerror::Refused);
        QVERIFY(opened.result().error().message.contains(QString::number(port)));
        QCOMPARE(link.state(), MeterLink::State::Closed);
    }

    void tcpDroppedMidReply()
    {
        LoopbackListener listener;
        QVERIFY(listener.ok());
        Dlt645Peer peer(listener);
        peer.script({Behaviour::HangUpMidReply});
        MeterLink link;
        auto opened = link.open(LinkEndpoint::tcp(u"127.0.0.1"_qs, listener.port()));
        QVERIFY(await(opened));
        PD_VERIFY_OK(opened.result());
        auto reply = link.transact(readEnergy(quickTiming(3, 3000)));
        QVERIFY(await(reply));
        QVERIFY(!reply.result().ok());
        QCOMPARE(reply.result().error().field, linkerror::Dropped);
        QVERIFY2(reply.result().error().message.contains(u"closed the connection"_qs),
                 qPrintable(reply.result().error().message));
        QCOMPARE(link.state(), MeterLink::State::Closed);
    }

    // ---- the frame log ----------------------------------------------------------------------

    void frameLogExport()
    {
        PtyPair pty;
        QVERIFY(pty.ok());
        Dlt645Peer peer(pty.master());
        peer.script({Behaviour::Silent, Behaviour::Noisy});
        MeterLink link;
        QVERIFY(openPty(link, pty));
        QSignalSpy appended(link.frameLog(), &FrameLog::appended);
        const MeterExchange exchange = readEnergy(quickTiming(3, 1500));
        auto reply = link.transact(exchange);
        QVERIFY(await(reply));
        verifyEnergy(reply.result());

        const QList<FrameLogEntry> log = link.frameLog()->entries();
        // Live: one signal per entry after the spy was made, in order.
        QTRY_VERIFY_WITH_TIMEOUT(appended.size() >= 1, 10000);
        QCOMPARE(appended.last().at(0).value<FrameLogEntry>().sequence, log.last().sequence);
        for (qsizetype i = 1; i < log.size(); ++i) {
            QCOMPARE(log.at(i).sequence, log.at(i - 1).sequence + 1);
            QVERIFY(log.at(i).time >= log.at(i - 1).time);
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(u"session.log"_qs);
        PD_VERIFY_OK(link.frameLog()->exportText(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), log.size());
        const QString requestHex = QString::fromLatin1(exchange.request.toHex(' ').toUpper());
        QCOMPARE(text.count(u" TX "_qs + requestHex), 2); // the request, sent twice
        QVERIFY(text.contains(u"try 2 of 3"_qs));
        QVERIFY(text.contains(u"-- [timeout]"_qs));
        QVERIFY(text.contains(u"-- [retry]"_qs));
        QVERIFY(text.contains(u"-- [noise]"_qs));
        QVERIFY(text.contains(u"-- [decoded] "_qs));
        QVERIFY(text.contains(u"energy.forward_total=1206.42 kWh"_qs));
        // Every line starts with a date and time to the millisecond.
        static const QRegularExpression stamp(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (TX|RX|--) "_qs);
        for (const QString &line : lines)
            QVERIFY2(stamp.match(line).hasMatch(), qPrintable(line));

        // Unwritable place: a clear error, nothing written.
        const Status bad = link.frameLog()->exportText(dir.filePath(u"no/such/folder/session.log"_qs));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Io);
    }

    void frameLogKeepsTheNewest()
    {
        FrameLog log;
        log.setLimit(3);
        for (int i = 0; i < 5; ++i)
            log.rx(QByteArray(1, char(i)));
        const auto entries = log.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().bytes, QByteArray(1, char(2)));
        QCOMPARE(entries.last().sequence, quint64(5));
        QCOMPARE(log.dropped(), quint64(2));
        QCOMPARE(log.entriesAfter(4).size(), 1);
        QVERIFY(log.toText().startsWith(u"("_qs)); // says that entries were dropped
    }

    void frameLogFromManyThreads()
    {
        FrameLog log;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&log, t] {
                for (int i = 0; i < 1000; ++i)
                    log.note(FrameLogEntry::Kind::Info, QString::number(t));
            });
        for (auto &th : threads)
            th.join();
        const auto entries = log.entries();
        QCOMPARE(entries.size(), 4000);
        for (qsizetype i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).sequence, quint64(i + 1));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
