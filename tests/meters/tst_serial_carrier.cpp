// The serial-meter carrier in the vend path, against the real prepay-metersim on real
// pseudo-terminals: a DL/T 645 electricity meter and a CJ/T 188 water meter take credit from
// VendingService exactly once, whatever happens on the line.
//
// The one part of our own between the carrier and the simulator is CuttableLine (below): a relay
// between a pseudo-terminal of the test and the simulator's, which can stop passing the meter's
// replies the moment a purchase frame has gone through. The simulator's own "mute" silences a
// meter for every frame, so it cannot make "the meter took the purchase, then its answer was
// lost" on its own; the relay forwards every byte unchanged otherwise.
#include "MetersimFixture.h"
#include "TestSupport.h"

#include "Cjt188.h"
#include "Dlt645.h"
#include "SoftwareSecurityModule.h"

#include "meter/MeterPorts.h"
#include "plugin/PluginManager.h"
#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "storage/Sql.h"
#include "tariff/TariffService.h"
#include "vending/Ledger.h"
#include "vending/SerialMeterCarrier.h"
#include "vending/ShiftService.h"
#include "vending/VendingService.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <atomic>
#include <mutex>
#include <pty.h>
#include <thread>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

// prepay-metersim's default key for the software security module (docs/metersim.md).
const QByteArray SimulatorKey = QByteArrayLiteral("prepaydesk-metersim-software-test-key");

// Money tariffs: the meters keep money, the whole payment is loaded (no tax, no fixed charge).
const char *const moneyTariff = R"({"effective_from":"2026-01-01","meter_kind":"money","basis":"purchase",
    "cycle":{"kind":"monthly","start_month":1,"start_day":1},"blocks":[{"from":"0","price":"0.5283"}]})";

// The simulator's meters: --speed 0 stops its clock, so balances change only by purchases and
// every assertion on them is exact. "full" has a hoarding limit of 60.00 over its 50.00, "wfull"
// one of 40.00 over its 30.00.
const QStringList simulatorArgs{
    QStringLiteral("--speed"), QStringLiteral("0"),
    QStringLiteral("--meter"), QStringLiteral("electricity:000000000001:name=elec"),
    QStringLiteral("--meter"), QStringLiteral("water:00000000000002:name=water"),
    QStringLiteral("--meter"), QStringLiteral("electricity:000000000004:name=full,limit=60"),
    QStringLiteral("--meter"), QStringLiteral("water:00000000000006:name=wfull,limit=40")};

// A relay between the carrier and one simulated meter (see the file comment).
class CuttableLine
{
public:
    ~CuttableLine() { stop(); }

    bool start(const QString &protocol, const QString &simulatorDevice)
    {
        m_protocol = protocol;
        char name[256] = {};
        if (::openpty(&m_master, &m_slave, name, nullptr, nullptr) != 0)
            return false;
        m_path = QString::fromLocal8Bit(name);
        termios tio{};
        ::tcgetattr(m_slave, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(m_slave, TCSANOW, &tio);
        m_meter = ::open(simulatorDevice.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        if (m_meter < 0)
            return false;
        ::tcgetattr(m_meter, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(m_meter, TCSANOW, &tio);
        m_thread = std::thread([this] { run(); });
        return true;
    }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        for (int *fd : {&m_master, &m_slave, &m_meter}) {
            if (*fd >= 0)
                ::close(*fd);
            *fd = -1;
        }
    }

    QString path() const { return m_path; }
    // From the next purchase frame on, the meter's replies are lost (the frame itself goes through).
    void cutAfterPurchase() { m_cutAfterPurchase = true; }
    void restore()
    {
        m_cutAfterPurchase = false;
        m_cut = false;
    }
    int purchasesSeen() const { return m_purchases; }

private:
    void run()
    {
        while (!m_stop) {
            pollfd p[2] = {{m_master, POLLIN, 0}, {m_meter, POLLIN, 0}};
            if (::poll(p, 2, 20) <= 0)
                continue;
            char chunk[512];
            if (p[0].revents & POLLIN) {
                const ssize_t n = ::read(m_master, chunk, sizeof chunk);
                if (n > 0) {
                    m_toMeter.append(chunk, n);
                    countPurchases(); // before the bytes go on: the reply to them is already cut
                    writeAll(m_meter, QByteArrayView(chunk, n));
                }
            }
            if (p[1].revents & POLLIN) {
                const ssize_t n = ::read(m_meter, chunk, sizeof chunk);
                if (n > 0 && !m_cut)
                    writeAll(m_master, QByteArrayView(chunk, n));
            }
        }
    }

    void countPurchases()
    {
        for (;;) {
            if (m_protocol == QLatin1String("dlt645")) {
                const dlt645::Scan s = dlt645::scan(m_toMeter);
                if (s.status == dlt645::ScanStatus::NeedMore) {
                    m_toMeter.remove(0, s.consumed);
                    return;
                }
                if (s.status == dlt645::ScanStatus::Complete && !s.frame.isReply() &&
                    s.frame.function() == dlt645::control::Security)
                    purchase();
                m_toMeter.remove(0, s.consumed);
            } else {
                const cjt188::Scan s = cjt188::scan(m_toMeter);
                if (s.status == cjt188::ScanStatus::NeedMore) {
                    m_toMeter.remove(0, s.consumed);
                    return;
                }
                if (s.status == cjt188::ScanStatus::Complete && !s.frame.isReply() &&
                    s.frame.function() == cjt188::control::WriteData &&
                    (cjt188::diFromBytes(s.frame.data, cjt188::Edition::V2004) == cjt188::di::WritePurchase ||
                     cjt188::diFromBytes(s.frame.data, cjt188::Edition::V2018) == cjt188::di::WritePurchase))
                    purchase();
                m_toMeter.remove(0, s.consumed);
            }
        }
    }

    void purchase()
    {
        ++m_purchases;
        if (m_cutAfterPurchase)
            m_cut = true;
    }

    static void writeAll(int fd, QByteArrayView bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
            if (n > 0)
                done += n;
            else if (n < 0 && errno != EAGAIN && errno != EINTR)
                return;
            else if (n < 0 && errno == EAGAIN) {
                pollfd p{fd, POLLOUT, 0};
                ::poll(&p, 1, 20);
            }
        }
    }

    QString m_protocol;
    QString m_path;
    int m_master = -1, m_slave = -1, m_meter = -1;
    QByteArray m_toMeter;
    std::thread m_thread;
    std::atomic<bool> m_stop{false}, m_cut{false}, m_cutAfterPurchase{false};
    std::atomic<int> m_purchases{0};
};

// A balance as the simulator prints it ("50.00") plus an amount, printed the same way.
QString plus(const QString &balance, const char *amount)
{
    return (*Money::parse(balance) + *Money::parse(QLatin1String(amount))).toString();
}

} // namespace

class TestSerialCarrier : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void saleLoadsTheMeterOnce_data();
    void saleLoadsTheMeterOnce();
    void noiseBeforeRepliesStillLoadsOnce();
    void meterMutedBeforeDeliveryLoadsNothing_data();
    void meterMutedBeforeDeliveryLoadsNothing();
    void silentMeterRefusesTheSale();
    void lostReplyResolvesDelivered_data();
    void lostReplyResolvesDelivered();
    void purchaseFromElsewhereIsNotTakenForThisSale();
    void refusedPurchaseSaysWhy_data();
    void refusedPurchaseSaysWhy();
    void wrongSecurityKeyLoadsNothing();
    void softwareModuleOnlyForTheSimulator();
    void setupProblemsRefuseTheSale_data();
    void setupProblemsRefuseTheSale();
    void creditCodeCarriesThePurchaseCount();

private:
    struct Account
    {
        qint64 account = 0;
        qint64 meter = 0;
        QString simName; // the simulator's name for the meter
    };

    void useCarrier(MeterPorts ports, const SecurityModule *security);
    MeterPorts simulatorPorts() const;
    Result<Vend> sell(const Account &account, const char *amount);
    // The simulator's `status METER` line as key=value pairs.
    QHash<QString, QString> status(const QString &simName);
    qint64 vendCount() const;
    qint64 meterPurchaseCount(qint64 meterId) const;
    Account account(const QString &which) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PluginManager> m_plugins;
    QHash<QString, const MeterProtocol *> m_protocols;
    std::unique_ptr<dlt645::SoftwareSecurityModule> m_security;
    std::shared_ptr<SerialMeterCarrier> m_carrier;
    std::unique_ptr<VendingService> m_vending;
    Operator m_admin, m_cashier;
    QHash<QString, Account> m_accounts;
    QString m_devicesFile;
};

void TestSerialCarrier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_devicesFile = m_dir->filePath(QStringLiteral("devices.txt"));
    m_sim = std::make_unique<SimProcess>();
    QVERIFY2(m_sim->start(QStringList(simulatorArgs) << QStringLiteral("--devices-file") << m_devicesFile, 4),
             qPrintable(m_sim->errors()));
    // The devices file is written once the meters are up; the device lines on stdout come after it.
    QVERIFY(QFile::exists(m_devicesFile));

    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    m_plugins = std::make_unique<PluginManager>();
    m_plugins->scan();
    for (const QString &name : {QStringLiteral("dlt645"), QStringLiteral("cjt188")}) {
        const MeterProtocol *p = m_plugins->meterProtocol(name);
        QVERIFY2(p, "the dlt645 and cjt188 plugins are built and found");
        m_protocols.insert(name, p);
    }
    m_security = std::make_unique<dlt645::SoftwareSecurityModule>(SimulatorKey);

    OperatorService ops(m_db->db(), *m_clock);
    m_admin = ops.add(Operator::system(), u"admin"_qs, u"Admin"_qs, Role::Admin, u"admin-pass-1"_qs).value();
    m_cashier = ops.add(m_admin, u"li"_qs, u"Li"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
    auto version = TariffVersion::fromJson(QJsonDocument::fromJson(moneyTariff).object());
    PD_VERIFY_OK(version);
    TariffService tariffs(m_db->db(), *m_clock);
    CustomerService customers(m_db->db(), *m_clock);
    MeterService meters(m_db->db(), *m_clock);
    struct Seed
    {
        const char *which;
        const char *customer;
        Utility utility;
        const char *serial;
        const char *protocol;
        const char *simName;
    };
    const Seed seeds[] = {
        {"dlt645", "张三", Utility::Electricity, "E000000000001", "dlt645", "elec"},
        {"cjt188", "张三", Utility::Water, "W00000000000002", "cjt188", "water"},
        {"full", "李四", Utility::Electricity, "E000000000004", "dlt645", "full"},
        {"modbus", "李四", Utility::Gas, "G000000000005", "modbus", ""},
        {"wfull", "王五", Utility::Water, "W00000000000006", "cjt188", "wfull"},
    };
    QHash<QString, qint64> tariffOf, customerOf;
    for (const Seed &s : seeds) {
        const QString utility = Domain::code(s.utility);
        if (!tariffOf.contains(utility))
            tariffOf.insert(utility,
                            tariffs.createTariff(m_admin, s.utility, utility, utility, version.value()).value());
        const QString name = QString::fromUtf8(s.customer);
        if (!customerOf.contains(name)) {
            CustomerDraft d;
            d.name = name;
            customerOf.insert(name, customers.create(m_cashier, d).value());
        }
        Account a;
        auto opened = customers.openAccount(m_cashier, customerOf.value(name), s.utility, tariffOf.value(utility));
        PD_VERIFY_OK(opened);
        a.account = opened->id;
        MeterDraft m;
        m.serial = QString::fromLatin1(s.serial);
        m.utility = s.utility;
        m.protocol = QString::fromLatin1(s.protocol);
        m.carrier = Carrier::Serial;
        auto registered = meters.registerMeter(m_admin, m);
        PD_VERIFY_OK(registered);
        a.meter = registered.value();
        PD_VERIFY_OK(meters.install(m_admin, a.meter, a.account));
        a.simName = QString::fromLatin1(s.simName);
        m_accounts.insert(QString::fromLatin1(s.which), a);
    }
    PD_VERIFY_OK(ShiftService(m_db->db(), *m_clock).open(m_cashier, Money()));
    useCarrier(simulatorPorts(), m_security.get());
}

void TestSerialCarrier::cleanup()
{
    // Whatever happened on the line, the books are sound: each sale posted once, a failed one
    // undone once, no credit code given to two sales.
    if (m_db) {
        auto check = Ledger::verify(m_db->db().connection());
        PD_VERIFY_OK(check);
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(u'\n')));
    }
    m_vending.reset();
    m_carrier.reset();
    m_db.reset();
    m_plugins.reset();
    m_protocols.clear();
    m_accounts.clear();
    m_sim.reset();
    m_dir.reset();
}

void TestSerialCarrier::useCarrier(MeterPorts ports, const SecurityModule *security)
{
    m_vending.reset();
    m_carrier = std::make_shared<SerialMeterCarrier>(m_db->db(), m_protocols, std::move(ports), security);
    auto registry = std::make_shared<CarrierRegistry>();
    registry->add(Carrier::Serial, m_carrier);
    m_vending = std::make_unique<VendingService>(m_db->db(), *m_clock, registry);
}

MeterPorts TestSerialCarrier::simulatorPorts() const
{
    MeterPorts ports;
    ports.setSimulatorDevices(m_devicesFile);
    return ports;
}

TestSerialCarrier::Account TestSerialCarrier::account(const QString &which) const
{
    return m_accounts.value(which);
}

Result<Vend> TestSerialCarrier::sell(const Account &account, const char *amount)
{
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = account.account;
    r.amount = *Money::parse(QLatin1String(amount));
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    return m_vending->vend(m_cashier, r);
}

QHash<QString, QString> TestSerialCarrier::status(const QString &simName)
{
    QHash<QString, QString> out;
    const QStringList lines = m_sim->command(QStringLiteral("status ") + simName);
    if (lines.size() != 2 || lines.last() != QLatin1String("ok"))
        return out;
    for (const QString &pair : lines.first().split(QLatin1Char(' '))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return out;
}

qint64 TestSerialCarrier::vendCount() const
{
    return Sql::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM vends")).value().toLongLong();
}

qint64 TestSerialCarrier::meterPurchaseCount(qint64 meterId) const
{
    return Sql::scalar(m_db->db(), QStringLiteral("SELECT purchase_count FROM meters WHERE id = ?"), {meterId})
        .value()
        .toLongLong();
}

// ---- A sale -----------------------------------------------------------------------------------

void TestSerialCarrier::saleLoadsTheMeterOnce_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("balanceBefore");
    QTest::newRow("DL/T 645 electricity") << u"dlt645"_qs << u"50.00"_qs;
    QTest::newRow("CJ/T 188 water") << u"cjt188"_qs << u"30.00"_qs;
}

void TestSerialCarrier::saleLoadsTheMeterOnce()
{
    QFETCH(QString, which);
    QFETCH(QString, balanceBefore);
    const Account a = account(which);
    QCOMPARE(status(a.simName).value(u"balance"_qs), balanceBefore);
    QCOMPARE(status(a.simName).value(u"purchase_count"_qs), u"0"_qs);

    auto first = sell(a, "20.00");
    PD_VERIFY_OK(first);
    QCOMPARE(first->state, VendState::Delivered);
    QVERIFY(!m_carrier->problem(first->id));
    auto meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(meter.value(u"balance"_qs), plus(balanceBefore, "20.00"));
    QCOMPARE(meter.value(u"cumulative_purchase"_qs), u"20.00"_qs);
    // The vend says which purchase of the meter it was, and the console tracks the meter's count.
    QCOMPARE(SerialMeterCarrier::purchaseCountOf(first->creditCode), 1);
    QVERIFY2(first->creditNote.contains(u"purchase 1"_qs), qPrintable(first->creditNote));
    QCOMPARE(meterPurchaseCount(a.meter), 1);

    auto second = sell(a, "12.34");
    PD_VERIFY_OK(second);
    QCOMPARE(second->state, VendState::Delivered);
    meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"2"_qs);
    QCOMPARE(meter.value(u"balance"_qs), plus(balanceBefore, "32.34"));
    QCOMPARE(SerialMeterCarrier::purchaseCountOf(second->creditCode), 2);
    QVERIFY(second->creditCode != first->creditCode);
    QCOMPARE(meterPurchaseCount(a.meter), 2);
}

void TestSerialCarrier::noiseBeforeRepliesStillLoadsOnce()
{
    // Random bytes before every reply: the link skips them, and the sale goes through once.
    const Account a = account(u"dlt645"_qs);
    QCOMPARE(m_sim->command(u"noise 1 before elec"_qs).last(), u"ok"_qs);
    auto v = sell(a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Delivered);
    const auto meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(meter.value(u"balance"_qs), u"70.00"_qs);
}

// ---- The meter goes silent --------------------------------------------------------------------

void TestSerialCarrier::meterMutedBeforeDeliveryLoadsNothing_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("DL/T 645") << u"dlt645"_qs;
    QTest::newRow("CJ/T 188") << u"cjt188"_qs;
}

void TestSerialCarrier::meterMutedBeforeDeliveryLoadsNothing()
{
    QFETCH(QString, which);
    const Account a = account(which);
    const auto before = status(a.simName);
    // The sale is recorded (the meter answered prepare()), then the meter falls silent.
    m_vending->setObserver([this, &a](VendingService::Stage stage, const Vend &) {
        if (stage == VendingService::Stage::Recorded)
            QCOMPARE(m_sim->command(u"mute "_qs + a.simName).last(), u"ok"_qs);
    });
    auto v = sell(a, "20.00");
    m_vending->setObserver({});
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Pending);
    const auto why = m_carrier->problem(v->id);
    QVERIFY(why);
    QVERIFY2(why->message.contains(u"does not answer"_qs) && why->message.contains(u"Nothing was sent"_qs),
             qPrintable(why->message));
    QCOMPARE(status(a.simName).value(u"purchase_count"_qs), before.value(u"purchase_count"_qs));
    QCOMPARE(status(a.simName).value(u"balance"_qs), before.value(u"balance"_qs));

    // Still silent: nothing can be told, and a second sale for the meter waits for this one.
    auto unknown = m_carrier->resolve(v.value());
    PD_VERIFY_OK(unknown);
    QCOMPARE(unknown.value(), CreditCarrier::Outcome::Unknown);
    // The credit might be in the meter: the sale cannot be voided (and the money handed back)
    // while the meter does not answer.
    auto voided = m_vending->voidPending(m_cashier, v->id, u"customer left"_qs);
    QVERIFY(!voided);
    QCOMPARE(voided.error().code, Error::Code::Conflict);
    QVERIFY2(voided.error().message.contains(u"does not answer"_qs), qPrintable(voided.error().message));
    QCOMPARE(m_vending->get(v->id)->state, VendState::Pending);
    QVERIFY2(m_carrier->deliveryProblem(v->id).contains(u"does not answer"_qs),
             qPrintable(m_carrier->deliveryProblem(v->id)));
    QCOMPARE(m_sim->command(u"unmute "_qs + a.simName).last(), u"ok"_qs);
    auto second = sell(a, "5.00");
    QVERIFY(!second);
    QCOMPARE(second.error().code, Error::Code::Conflict);
    QVERIFY2(second.error().message.contains(u"still pending"_qs), qPrintable(second.error().message));

    // It answers again: the purchase is certainly not in the meter; finishing loads it once.
    auto resolved = m_carrier->resolve(v.value());
    PD_VERIFY_OK(resolved);
    QCOMPARE(resolved.value(), CreditCarrier::Outcome::NotDelivered);
    auto finished = m_vending->finish(m_cashier, v->id);
    PD_VERIFY_OK(finished);
    QCOMPARE(finished->state, VendState::Delivered);
    auto meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(meter.value(u"balance"_qs), plus(before.value(u"balance"_qs), "20.00"));

    // Finishing again is refused, and the carrier asked again does not send it again.
    auto again = m_vending->finish(m_cashier, v->id);
    QVERIFY(!again);
    auto delivered = m_carrier->deliver(finished.value());
    PD_VERIFY_OK(delivered);
    QCOMPARE(delivered.value(), CreditCarrier::Outcome::Delivered);
    meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(meter.value(u"balance"_qs), plus(before.value(u"balance"_qs), "20.00"));
}

void TestSerialCarrier::silentMeterRefusesTheSale()
{
    // A meter that does not answer when the sale is made: nothing is recorded or taken.
    const Account a = account(u"dlt645"_qs);
    QCOMPARE(m_sim->command(u"mute elec"_qs).last(), u"ok"_qs);
    auto v = sell(a, "20.00");
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(u"does not answer"_qs) && v.error().message.contains(u"Nothing was sold"_qs),
             qPrintable(v.error().message));
    QCOMPARE(vendCount(), 0);
    QCOMPARE(status(a.simName).value(u"purchase_count"_qs), u"0"_qs);
}

// ---- The meter takes the purchase, its answer is lost -----------------------------------------

void TestSerialCarrier::lostReplyResolvesDelivered_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("DL/T 645") << u"dlt645"_qs;
    QTest::newRow("CJ/T 188") << u"cjt188"_qs;
}

void TestSerialCarrier::lostReplyResolvesDelivered()
{
    QFETCH(QString, which);
    const Account a = account(which);
    SimDevice device;
    for (const SimDevice &d : std::as_const(m_sim->devices)) {
        if (d.name == a.simName)
            device = d;
    }
    QVERIFY(!device.endpoint.isEmpty());
    CuttableLine line;
    QVERIFY(line.start(device.protocol, device.endpoint));
    // The carrier reaches this meter through the relay: a devices file naming the relay's pty.
    const QString relayed = m_dir->filePath(u"relayed.txt"_qs);
    {
        QFile f(relayed);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text));
        f.write(QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(device.protocol, device.address, line.path(), device.name, device.utility)
                    .toUtf8());
    }
    MeterPorts ports;
    ports.setSimulatorDevices(relayed);
    useCarrier(ports, m_security.get());
    const QString balance = status(a.simName).value(u"balance"_qs);

    line.cutAfterPurchase();
    auto v = sell(a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Pending);
    QVERIFY(m_carrier->problem(v->id));
    QVERIFY2(m_carrier->problem(v->id)->message.contains(u"no confirmation came back"_qs),
             qPrintable(m_carrier->problem(v->id)->message));
    // The meter has it, once, though the line sent the purchase again on each try.
    QVERIFY(line.purchasesSeen() >= 1);
    auto meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(meter.value(u"balance"_qs), plus(balance, "20.00"));

    line.restore();
    auto resolved = m_carrier->resolve(v.value());
    PD_VERIFY_OK(resolved);
    QCOMPARE(resolved.value(), CreditCarrier::Outcome::Delivered);
    // Voiding would give back money whose credit is in the meter: refused.
    auto voided = m_vending->voidPending(m_cashier, v->id, u"customer left"_qs);
    QVERIFY(!voided);
    QCOMPARE(voided.error().code, Error::Code::Conflict);

    const int purchases = line.purchasesSeen();
    auto finished = m_vending->finish(m_cashier, v->id);
    PD_VERIFY_OK(finished);
    QCOMPARE(finished->state, VendState::Delivered);
    QCOMPARE(m_vending->finish(m_cashier, v->id).ok(), false);
    auto delivered = m_carrier->deliver(finished.value());
    PD_VERIFY_OK(delivered);
    QCOMPARE(delivered.value(), CreditCarrier::Outcome::Delivered);
    // No purchase went out again, and the meter has the credit once.
    QCOMPARE(line.purchasesSeen(), purchases);
    meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(meter.value(u"balance"_qs), plus(balance, "20.00"));
    QCOMPARE(meterPurchaseCount(a.meter), 1);
}

void TestSerialCarrier::purchaseFromElsewhereIsNotTakenForThisSale()
{
    // A pending sale holds purchase 1 of the water meter; before it is finished, a purchase of
    // 5.00 from somewhere else (another tool on the line) takes number 1. The meter's count alone
    // would say "delivered"; CJ/T 188 also tells the last purchase's amount, which is not this sale's.
    const Account a = account(u"cjt188"_qs);
    m_vending->setObserver([this](VendingService::Stage stage, const Vend &) {
        if (stage == VendingService::Stage::Recorded)
            QCOMPARE(m_sim->command(u"mute water"_qs).last(), u"ok"_qs);
    });
    auto v = sell(a, "20.00");
    m_vending->setObserver({});
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Pending);
    QCOMPARE(m_sim->command(u"unmute water"_qs).last(), u"ok"_qs);

    SimDevice device;
    for (const SimDevice &d : std::as_const(m_sim->devices)) {
        if (d.name == a.simName)
            device = d;
    }
    LinePort port;
    QVERIFY(port.open(device.endpoint));
    const auto frame =
        cjt188::purchaseRequest(cjt188::Header{cjt188::meter_type::ColdWater, *cjt188::addressFromText(device.address),
                                               cjt188::Edition::V2004, 7},
                                1, 500);
    PD_VERIFY_OK(frame);
    port.write(cjt188::encode(*frame));
    QVERIFY(port.readUntil([](const QByteArray &b) { return cjt188::scan(b).status == cjt188::ScanStatus::Complete; }));
    QCOMPARE(status(a.simName).value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(status(a.simName).value(u"balance"_qs), u"35.00"_qs);

    auto resolved = m_carrier->resolve(v.value());
    PD_VERIFY_OK(resolved);
    QCOMPARE(resolved.value(), CreditCarrier::Outcome::Unknown);
    QVERIFY(m_carrier->problem(v->id));
    QVERIFY2(m_carrier->problem(v->id)->message.contains(u"another sale's"_qs),
             qPrintable(m_carrier->problem(v->id)->message));
    auto finished = m_vending->finish(m_cashier, v->id);
    PD_VERIFY_OK(finished);
    QCOMPARE(finished->state, VendState::Pending);
    // Nothing more was loaded: only the 5.00 from elsewhere.
    QCOMPARE(status(a.simName).value(u"purchase_count"_qs), u"1"_qs);
    QCOMPARE(status(a.simName).value(u"balance"_qs), u"35.00"_qs);
}

// ---- The meter refuses ------------------------------------------------------------------------

void TestSerialCarrier::refusedPurchaseSaysWhy_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("balance");
    QTest::addColumn<QString>("reason");
    // 50.00 in the meter, 60.00 its hoarding limit: 20.00 more is refused by the meter itself.
    QTest::newRow("DL/T 645 hoarding limit") << u"full"_qs << u"50.00"_qs << u"hoarding limit"_qs;
    // 30.00 and 40.00: the CJ/T 188 meter's abnormal reply says only that it did not write.
    QTest::newRow("CJ/T 188 abnormal reply") << u"wfull"_qs << u"30.00"_qs << u"did not carry out the write"_qs;
}

void TestSerialCarrier::refusedPurchaseSaysWhy()
{
    QFETCH(QString, which);
    QFETCH(QString, balance);
    QFETCH(QString, reason);
    const Account a = account(which);
    auto v = sell(a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Failed); // certainly not delivered: the money goes back
    const auto why = m_carrier->problem(v->id);
    QVERIFY(why);
    QVERIFY2(why->message.contains(u"did not take the purchase"_qs) && why->message.contains(reason) &&
                 why->message.contains(u"Nothing was loaded"_qs),
             qPrintable(why->message));
    const auto meter = status(a.simName);
    QCOMPARE(meter.value(u"purchase_count"_qs), u"0"_qs);
    QCOMPARE(meter.value(u"balance"_qs), balance);

    // A purchase within the limit goes through, with the count the refused one would have had.
    auto smaller = sell(a, "10.00");
    PD_VERIFY_OK(smaller);
    QCOMPARE(smaller->state, VendState::Delivered);
    QCOMPARE(status(a.simName).value(u"balance"_qs), plus(balance, "10.00"));
    QCOMPARE(SerialMeterCarrier::purchaseCountOf(smaller->creditCode), 1);
}

void TestSerialCarrier::wrongSecurityKeyLoadsNothing()
{
    const dlt645::SoftwareSecurityModule wrong(QByteArrayLiteral("not the simulator's key"));
    useCarrier(simulatorPorts(), &wrong);
    const Account a = account(u"dlt645"_qs);
    auto v = sell(a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Failed);
    const auto why = m_carrier->problem(v->id);
    QVERIFY(why);
    QVERIFY2(why->message.contains(u"did not take the purchase"_qs) && why->message.contains(u"ESAM"_qs),
             qPrintable(why->message));
    QCOMPARE(status(a.simName).value(u"purchase_count"_qs), u"0"_qs);
    QCOMPARE(status(a.simName).value(u"balance"_qs), u"50.00"_qs);
    m_vending.reset();
    m_carrier.reset();
}

// ---- What the console must refuse before anything is recorded ---------------------------------

void TestSerialCarrier::softwareModuleOnlyForTheSimulator()
{
    // The same simulated meter reached as the counter port: to the carrier, a real meter's line.
    SimDevice device;
    for (const SimDevice &d : std::as_const(m_sim->devices)) {
        if (d.name == u"elec"_qs)
            device = d;
    }
    MeterPorts counter;
    counter.setCounterPort(device.endpoint);
    useCarrier(counter, m_security.get());
    const Account a = account(u"dlt645"_qs);
    auto v = sell(a, "20.00");
    QVERIFY(!v);
    QCOMPARE(v.error().code, Error::Code::Forbidden);
    QVERIFY2(v.error().message.contains(u"never for real meters"_qs), qPrintable(v.error().message));

    // Without any security module, DL/T 645 purchases are refused as well.
    useCarrier(simulatorPorts(), nullptr);
    v = sell(a, "20.00");
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(u"ESAM/PSAM"_qs), qPrintable(v.error().message));

    QCOMPARE(vendCount(), 0);
    QCOMPARE(status(a.simName).value(u"purchase_count"_qs), u"0"_qs);
    QCOMPARE(status(a.simName).value(u"balance"_qs), u"50.00"_qs);
}

void TestSerialCarrier::setupProblemsRefuseTheSale_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("counterPort");
    QTest::addColumn<bool>("simulator");
    QTest::addColumn<bool>("protocols");
    QTest::addColumn<QString>("message");
    QTest::newRow("no port set") << u"cjt188"_qs << QString() << false << true << u"No serial port is set"_qs;
    QTest::newRow("port not there") << u"cjt188"_qs << u"/dev/ttyPREPAYDESK-NONE"_qs << false << true
                                    << u"is not there"_qs;
    QTest::newRow("port text not a port")
        << u"cjt188"_qs << u"/dev/ttyUSB0 9600 8X1"_qs << false << true << u"counter port setting"_qs;
    QTest::newRow("meter not on the simulator")
        << u"full"_qs << QString() << true << true << u"not one of the simulator's meters"_qs;
    QTest::newRow("driver not loaded") << u"cjt188"_qs << QString() << true << false << u"driver is not loaded"_qs;
    QTest::newRow("Modbus") << u"modbus"_qs << QString() << true << true << u"Modbus"_qs;
}

void TestSerialCarrier::setupProblemsRefuseTheSale()
{
    QFETCH(QString, which);
    QFETCH(QString, counterPort);
    QFETCH(bool, simulator);
    QFETCH(bool, protocols);
    QFETCH(QString, message);
    MeterPorts ports;
    if (simulator) {
        // A devices file without meter 000000000004 ("full").
        const QString partial = m_dir->filePath(u"partial.txt"_qs);
        QFile in(m_devicesFile), out(partial);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        for (const QByteArray &l : in.readAll().split('\n')) {
            if (!l.contains("000000000004"))
                out.write(l + '\n');
        }
        ports.setSimulatorDevices(partial);
    }
    ports.setCounterPort(counterPort);
    if (!protocols)
        m_protocols.clear();
    useCarrier(ports, m_security.get());
    const Account a = account(which);
    auto v = sell(a, "20.00");
    QVERIFY(!v);
    QVERIFY2(v.error().message.contains(message), qPrintable(v.error().message));
    QCOMPARE(vendCount(), 0);
    if (!a.simName.isEmpty())
        QCOMPARE(status(a.simName).value(u"purchase_count"_qs), u"0"_qs);
}

void TestSerialCarrier::creditCodeCarriesThePurchaseCount()
{
    QCOMPARE(SerialMeterCarrier::purchaseCountOf(u"00071234567890123456"_qs), 7);
    QCOMPARE(SerialMeterCarrier::purchaseCountOf(u"99991234567890123456"_qs), 9999);
    // Not a code of this carrier: a reference code is 20 digits too, but a token list or a
    // shorter code is not, and neither is a code with letters.
    QVERIFY(!SerialMeterCarrier::purchaseCountOf(u"0007123456789012345"_qs));
    QVERIFY(!SerialMeterCarrier::purchaseCountOf(u"0007123456789012345A"_qs));
    QVERIFY(!SerialMeterCarrier::purchaseCountOf(u"00071234567890123456;00071234567890123456"_qs));
    QCOMPARE(MeterPorts::addressOf(u"dlt645"_qs, u"E000000000001"_qs), u"000000000001"_qs);
    QCOMPARE(MeterPorts::addressOf(u"cjt188"_qs, u"W-12345"_qs), u"00000000012345"_qs);
    QVERIFY(MeterPorts::addressOf(u"dlt645"_qs, u"E1234567890123"_qs).isEmpty());
    QVERIFY(MeterPorts::isSimulatorDevice(u"tcp://127.0.0.1:4059"_qs));
    QVERIFY(!MeterPorts::isSimulatorDevice(u"tcp://10.0.0.5:4001"_qs));
    QVERIFY(!MeterPorts::isSimulatorDevice(u"/dev/null"_qs));
}

QTEST_GUILESS_MAIN(TestSerialCarrier)
#include "tst_serial_carrier.moc"
