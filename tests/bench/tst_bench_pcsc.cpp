// APDU round trips per second through PcscCard on the virtual reader (a private pcscd with Debian's
// vpcd and tests/cards/virtual_card.py), against bare SCardTransmit of the same bytes on the same
// card in the same process: the ratio is what PcscCard adds (encoding, status-word handling).
// And the time from the virtual card's `insert` to ReaderMonitor's cardInserted, against a bare
// SCardGetStatusChange wait for the same insertion; the time from insertion to the card summary
// the Cards page shows, and a whole top-up written and read back (summaryAndTopUp). Figures print
// as name=value; nothing here asserts a time, only that every reply was right.
//
// PREPAYDESK_BENCH_ROUNDS sets the round trips per figure (default 2000); insertions: 5.

#include "PcscStack.h"
#include "TestSupport.h"
#include "card/CardKeys.h"
#include "card/CardReaders.h"
#include "card/CardService.h"
#include "card/Pcsc.h"
#include "card/PrepayCardFormat.h"
#include "card/ReaderMonitor.h"
#include "card/VirtualCardFile.h"
#include "plugin/PluginManager.h"
#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "security/KeyVault.h"
#include "tariff/TariffService.h"
#include "vending/IcCardCarrier.h"
#include "vending/ShiftService.h"
#include "vending/VendingService.h"

#include <QJsonDocument>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <winscard.h>

#include <algorithm>
#include <cstdio>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QByteArray Serial = QByteArray::fromHex("8600000000000042");
const QByteArray BenchCardKey = QByteArray(32, '\x42');

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
    double m_rawApduMs = 0; // one bare SCardTransmit round trip, measured in apduRoundTrips
    double m_bareInsertMs = 0;

    // A console's card set-up: a database with one IC-card meter on a money tariff, the card key
    // in the vault, CardService on this stack's reader with the plugins, and the carrier.
    struct Counter
    {
        TempDatabase db;
        ManualClock clock{testEpoch()};
        Operator cashier;
        KeyVault vault{db.db(), clock};
        PluginManager plugins;
        PrepayCardFormat format;
        std::unique_ptr<CardService> cards;
        std::unique_ptr<VendingService> vending;
        qint64 account = 0;
        qint64 meter = 0;
    };
    std::unique_ptr<Counter> counter()
    {
        auto c = std::make_unique<Counter>();
        OperatorService ops(c->db.db(), c->clock);
        const Operator admin =
            ops.add(Operator::system(), u"admin"_qs, u"A"_qs, Role::Admin, u"admin-pass-1"_qs).value();
        c->cashier = ops.add(admin, u"li"_qs, u"Li"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
        if (!c->vault.initialize(admin, u"bench passphrase 1"_qs) ||
            !c->vault.addCardKey(admin, u"440300"_qs, SecretBytes(BenchCardKey), {}))
            return nullptr;
        auto version = TariffVersion::fromJson(QJsonDocument::fromJson(R"({"effective_from":"2020-01-01",
            "meter_kind":"money","basis":"purchase","cycle":{"kind":"monthly","start_month":1,"start_day":1},
            "blocks":[{"from":"0","price":"0.5000"}]})")
                                                   .object());
        const qint64 tariff = TariffService(c->db.db(), c->clock)
                                  .createTariff(admin, Utility::Water, u"W"_qs, u"W"_qs, version.value())
                                  .value();
        CustomerDraft d;
        d.name = u"Bench"_qs;
        CustomerService customers(c->db.db(), c->clock);
        const qint64 customer = customers.create(c->cashier, d).value();
        c->account = customers.openAccount(c->cashier, customer, Utility::Water, tariff)->id;
        MeterDraft m;
        m.serial = u"000000000888"_qs;
        m.utility = Utility::Water;
        m.carrier = Carrier::IcCard;
        MeterService meters(c->db.db(), c->clock);
        c->meter = meters.registerMeter(admin, m).value();
        if (!meters.install(admin, c->meter, c->account) ||
            !ShiftService(c->db.db(), c->clock).open(c->cashier, Money()))
            return nullptr;
        c->plugins.scan();
        QList<const CardDriver *> drivers;
        for (CardDriver *d2 : c->plugins.instances<CardDriver>())
            drivers << d2;
        const QString reader = m_stack.readerName();
        c->cards = std::make_unique<CardService>(c->db.db(), c->clock, c->vault, drivers, c->format,
                                                 [reader] { return CardReaders::connect(reader); });
        auto registry = std::make_shared<CarrierRegistry>();
        registry->add(Carrier::IcCard, std::make_shared<IcCardCarrier>(c->db.db(), *c->cards));
        c->vending = std::make_unique<VendingService>(c->db.db(), c->clock, registry);
        return c;
    }

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
            m_rawApduMs = 1000.0 / raw;
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
        m_bareInsertMs = b.mean;
    }

    // From the card going in to the summary the Cards page shows (ReaderMonitor's cardInserted,
    // then CardService::read: driver, serial, area, MACs, records), and a whole top-up: a sale
    // through VendingService onto the card (read, checks, pending row, unlock, write, read-back,
    // delivered). Against the bare insertion wait and one bare APDU round trip of this run.
    void summaryAndTopUp_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::newRow("sle4442") << u"sle4442"_qs;
        QTest::newRow("cpu") << u"cpu"_qs;
    }
    void summaryAndTopUp()
    {
        QFETCH(QString, chip);
        auto c = counter();
        QVERIFY(c);
        const QString file = m_dir.filePath(chip + u"-topup.json"_qs);
        if (chip == u"cpu"_qs)
            PD_VERIFY_OK(PcscStack::makeBlankCpu(file, Serial, CardKeys::cpuMaster(BenchCardKey)->bytes()));
        else
            PD_VERIFY_OK(PcscStack::makeBlankSle4442(file));
        PD_VERIFY_OK(m_stack.insert(file));
        PD_VERIFY_OK(c->cards->issue(c->cashier, c->meter, true));
        PD_VERIFY_OK(m_stack.remove());

        const int n = 5;
        ReaderMonitor monitor;
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), ReaderMonitor::State::Working, 10000);
        QList<double> toSummary, topUp;
        for (int i = 0; i < n; ++i) {
            QElapsedTimer clock;
            clock.start();
            PD_VERIFY_OK(m_stack.insert(file, PcscStack::Wait::No));
            QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), i + 1, 10000);
            auto summary = c->cards->read(c->cashier);
            toSummary << clock.nsecsElapsed() / 1e6;
            PD_VERIFY_OK(summary);
            QVERIFY(!summary->problem);
            QCOMPARE(summary->image->purchaseCount, quint32(i));

            VendingService::Request r;
            r.key = VendingService::newKey();
            r.accountId = c->account;
            r.amount = Money::fromMinor(1000);
            r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
            clock.restart();
            auto v = c->vending->vend(c->cashier, r);
            topUp << clock.nsecsElapsed() / 1e6;
            PD_VERIFY_OK(v);
            QCOMPARE(v->state, VendState::Delivered);
            PD_VERIFY_OK(m_stack.remove());
            QTRY_COMPARE_WITH_TIMEOUT(monitor.cardAtr(m_stack.readerName()).isEmpty(), true, 10000);
            // The meter loads it (its write-back, made here with the format code) before the next.
            auto image = VirtualCardFile::load(file);
            PD_VERIFY_OK(image);
            CardWriteBack wb;
            wb.present = true;
            wb.loadedCount = quint32(i + 1);
            wb.at = QDateTime(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC);
            auto area = PrepayCardFormat::withWriteBack(image->area(), wb, image->serial(), BenchCardKey);
            PD_VERIFY_OK(area);
            PD_VERIFY_OK(image.value().setArea(area.value()));
            PD_VERIFY_OK(image->save(file));
        }
        monitor.stop();
        const Spread a = spread(toSummary);
        const Spread b = spread(topUp);
        std::printf("chip=%s\n", qPrintable(chip));
        figure("insert_to_summary_ms_mean", a.mean);
        figure("insert_to_summary_ms_min", a.min);
        figure("insert_to_summary_ms_max", a.max);
        if (m_bareInsertMs > 0)
            std::printf("ratio_summary_to_bare_insert=%.3f\n", a.mean / m_bareInsertMs);
        figure("topup_write_readback_ms_mean", b.mean);
        figure("topup_write_readback_ms_min", b.min);
        figure("topup_write_readback_ms_max", b.max);
        if (m_rawApduMs > 0)
            std::printf("ratio_topup_to_raw_apdu=%.1f\n", b.mean / m_rawApduMs);
    }
};

QTEST_GUILESS_MAIN(TestBenchPcsc)
#include "tst_bench_pcsc.moc"
