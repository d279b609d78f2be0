// APDU round trips per second through PcscCard on the virtual reader (a private pcscd with Debian's
// vpcd and tests/cards/virtual_card.py), against bare SCardTransmit of the same bytes on the same
// card in the same process: the ratio is what PcscCard adds (encoding, status-word handling).
// And the time from the virtual card's `insert` to ReaderMonitor's cardInserted, against a bare
// SCardGetStatusChange wait for the same insertion. Figures print as name=value; nothing here
// asserts a time, only that every reply was right.
//
// PREPAYDESK_BENCH_ROUNDS sets the round trips per figure (default 2000); insertions: 5.

#include "PcscStack.h"
#include "TestSupport.h"
#include "card/Pcsc.h"
#include "card/ReaderMonitor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <winscard.h>

#include <algorithm>
#include <cstdio>

using namespace prepaydesk;
using prepaydesk::test::PcscStack;

namespace {

const QByteArray Serial = QByteArray::fromHex("8600000000000042");

int rounds()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PREPAYDESK_BENCH_ROUNDS", &ok);
    return ok && n > 0 ? n : 2000;
}

void figure(const char *name, double value)
{
    std::printf("%s=%.2f\n", name, value);
    std::fflush(stdout);
}

struct Spread
{
    double mean = 0;
    double min = 0;
    double max = 0;
};

Spread spread(QList<double> values)
{
    Spread s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.first();
    s.max = values.last();
    for (double v : values)
        s.mean += v;
    s.mean /= double(values.size());
    return s;
}

} // namespace

class TestBenchPcsc : public QObject
{
    Q_OBJECT

private:
    PcscStack m_stack;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        PD_VERIFY_OK(m_stack.start());
        std::printf("pcscd_private_namespace=%d\n", m_stack.isPrivate() ? 1 : 0);
    }

    void apduRoundTrips()
    {
        const int n = rounds();
        const QString file = m_dir.filePath(QStringLiteral("cpu.json"));
        PD_VERIFY_OK(PcscStack::makeBlankCpu(file, Serial, QByteArray(16, '\x11')));
        PD_VERIFY_OK(m_stack.insert(file));

        PcscContext context;
        PD_VERIFY_OK(context.establish());
        auto connected = PcscCard::connect(context, m_stack.readerName(), PcscCard::Disposition::Leave);
        PD_VERIFY_OK(connected);
        PcscCard &card = **connected;
        CommandApdu select;
        select.ins = 0xA4;
        select.data = QByteArray::fromHex("0001");
        QCOMPARE(card.transmit(select).value().sw, 0x9000);

        // READ BINARY of the 8-byte serial: 00 B0 00 00 08 -> serial 90 00.
        CommandApdu read;
        read.ins = 0xB0;
        read.le = 8;
        const QByteArray bytes = PcscCard::encode(read).value();
        const QByteArray expected = Serial + QByteArray::fromHex("9000");

        // Baseline: bare SCardTransmit on a handle of its own to the same card.
        double raw = 0;
        {
            SCARDCONTEXT ctx = 0;
            QCOMPARE(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx), SCARD_S_SUCCESS);
            SCARDHANDLE handle = 0;
            DWORD protocol = 0;
            const QByteArray reader = m_stack.readerName().toLocal8Bit();
            QCOMPARE(SCardConnect(ctx, reader.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                  &handle, &protocol),
                     SCARD_S_SUCCESS);
            const SCARD_IO_REQUEST *pci = protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
            BYTE response[264];
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < n; ++i) {
                DWORD length = sizeof response;
                QCOMPARE(SCardTransmit(handle, pci, reinterpret_cast<const BYTE *>(bytes.constData()),
                                       DWORD(bytes.size()), nullptr, response, &length),
                         SCARD_S_SUCCESS);
                QCOMPARE(QByteArray(reinterpret_cast<const char *>(response), qsizetype(length)), expected);
            }
            raw = n * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));
            SCardDisconnect(handle, SCARD_LEAVE_CARD);
            SCardReleaseContext(ctx);
        }

        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < n; ++i) {
            const Result<ResponseApdu> r = card.transmit(read);
            QVERIFY(r.ok() && r->sw == 0x9000 && r->data == Serial);
        }
        const double through = n * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));

        // INTERNAL AUTHENTICATE without Le: 61 08 then GET RESPONSE, two exchanges per command.
        CommandApdu auth;
        auth.ins = 0x88;
        auth.p2 = 0x02;
        auth.data = QByteArray(8, '\x01');
        const int m = qMax(1, n / 4);
        clock.restart();
        for (int i = 0; i < m; ++i) {
            const Result<ResponseApdu> r = card.transmit(auth);
            QVERIFY(r.ok() && r->sw == 0x9000 && r->data.size() == 8);
        }
        const double withGetResponse = m * 1e9 / double(qMax<qint64>(1, clock.nsecsElapsed()));
        connected = Error{};
        PD_VERIFY_OK(m_stack.remove());

        std::printf("rounds=%d\n", n);
        figure("raw_scardtransmit_apdus_per_s", raw);
        figure("pcsccard_apdus_per_s", through);
        figure("pcsccard_61xx_commands_per_s", withGetResponse);
        std::printf("ratio_pcsccard_to_raw=%.3f\n", through / raw);
        QVERIFY(raw > 0 && through > 0 && withGetResponse > 0);
    }

    void insertionToMonitor()
    {
        const int n = 5;
        const QString file = m_dir.filePath(QStringLiteral("sle.json"));
        PD_VERIFY_OK(PcscStack::makeBlankSle4442(file));
        ReaderMonitor monitor;
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderMonitor::State::Working, 10000);

        // The monitor: `insert` sent, until cardInserted reaches this (the GUI) thread.
        QList<double> viaMonitor;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer clock;
            clock.start();
            PD_VERIFY_OK(m_stack.insert(file, PcscStack::Wait::No));
            QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), i + 1, 10000);
            viaMonitor << clock.nsecsElapsed() / 1e6;
            QCOMPARE(inserted.last().at(1).toByteArray(), QByteArray::fromHex("3B04A2131091"));
            PD_VERIFY_OK(m_stack.remove());
            QTRY_COMPARE_WITH_TIMEOUT(removed.size(), i + 1, 10000);
        }
        monitor.stop();

        // Baseline: the same insertion seen by a bare SCardGetStatusChange loop (PcscStack's wait).
        QList<double> bare;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer clock;
            clock.start();
            PD_VERIFY_OK(m_stack.insert(file, PcscStack::Wait::No));
            PD_VERIFY_OK(m_stack.waitForCard(true));
            bare << clock.nsecsElapsed() / 1e6;
            PD_VERIFY_OK(m_stack.remove());
        }

        const Spread a = spread(viaMonitor);
        const Spread b = spread(bare);
        std::printf("insertions=%d\n", n);
        figure("insert_to_monitor_ms_mean", a.mean);
        figure("insert_to_monitor_ms_min", a.min);
        figure("insert_to_monitor_ms_max", a.max);
        figure("insert_to_bare_wait_ms_mean", b.mean);
        figure("insert_to_bare_wait_ms_min", b.min);
        figure("insert_to_bare_wait_ms_max", b.max);
        std::printf("ratio_monitor_to_bare=%.3f\n", a.mean / qMax(1e-9, b.mean));
    }
};

QTEST_GUILESS_MAIN(TestBenchPcsc)
#include "tst_bench_pcsc.moc"
