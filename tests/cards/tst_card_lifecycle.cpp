// The life of IC cards at the counter, end to end on the real stack: a private pcscd with Debian's
// vpcd and a virtual SLE4442 or CPU card (PcscStack), the card driver plugins, CardService and the
// IC-card carrier in the vend path, a real SQLite file, and prepay-metersim's meter taking the
// card: counter -> card -> meter -> card -> counter. Faults: the card pulled out between write
// and read-back, the wrong customer's card, another utility's card, an altered card, a PSC
// counter at its last try or exhausted, the reader gone (pcscd stopped).
#include "MetersimFixture.h"
#include "PcscStack.h"
#include "TestSupport.h"

#include "card/CardKeys.h"
#include "card/CardReaders.h"
#include "card/CardService.h"
#include "card/PrepayCardFormat.h"
#include "card/VirtualCardFile.h"
#include "plugin/PluginManager.h"
#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "security/KeyVault.h"
#include "storage/Sql.h"
#include "tariff/TariffService.h"
#include "vending/IcCardCarrier.h"
#include "vending/Ledger.h"
#include "vending/ShiftService.h"
#include "vending/VendingService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

const QByteArray CardKey = QByteArray::fromHex("8a1c7e22d90b4f3365aa01fe5c2277d46e13b8c09f7a2d4451e60c3b9d8f1a27");
const QString UtilityCode = QStringLiteral("440300");
const QString MeterA = QStringLiteral("000000000001");
const QString MeterB = QStringLiteral("000000000002");
const QString MeterC = QStringLiteral("000000000003"); // keeps units, not money
const QString Passphrase = QStringLiteral("card lifecycle test passphrase");

const char *const moneyTariff = R"({"effective_from":"2026-01-01","meter_kind":"money","basis":"purchase",
    "cycle":{"kind":"monthly","start_month":1,"start_day":1},"blocks":[{"from":"0","price":"0.5000"}]})";
const char *const unitTariff = R"({"effective_from":"2026-01-01","meter_kind":"unit","basis":"purchase",
    "cycle":{"kind":"monthly","start_month":1,"start_day":1},"blocks":[{"from":"0","price":"0.5000"}]})";

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}

// The key=value pairs of the meter's "card ..." reply.
QHash<QString, QString> cardReply(const QStringList &reply)
{
    QHash<QString, QString> out;
    if (reply.isEmpty() || !reply.first().startsWith(QLatin1String("card ")))
        return out;
    for (const QString &pair : reply.first().split(QLatin1Char(' ')).mid(1))
        out.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return out;
}

} // namespace

class TestCardLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void issueSellLoadReadBack_data();
    void issueSellLoadReadBack();
    void nextSaleWaitsForTheMeter();
    void unitMeterGetsUnitsOnItsCard();
    void replacementCarriesTheLastDeliveredSale();
    void pulledMidWriteFinishesOnReinsert();
    void pulledMidWriteVoidRestoresTheCard();
    void wrongCustomersCard();
    void otherUtilitysCard();
    void alteredCard();
    void pscAtLastTryOrExhausted();
    void readerGone();
    void lostCardReplaced();
    void engineerCardsNeedApproval();
    void writeBackRaisesAndClearsAlarms();

private:
    struct Account
    {
        qint64 account = 0;
        qint64 meter = 0;
    };
    QString blankCard(const QString &chip);
    Result<Vend> sell(const Account &a, const char *amount);
    qint64 count(const QString &sql, const QVariantList &params = {}) const;
    QHash<QString, QString> meterStatus(const QString &meter);
    CardImage imageOf(const QString &file);

    PcscStack m_stack;
    SimProcess m_sim;
    std::unique_ptr<PluginManager> m_plugins;
    QList<const CardDriver *> m_drivers;
    PrepayCardFormat m_format;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<CardService> m_cards;
    std::shared_ptr<IcCardCarrier> m_carrier;
    std::unique_ptr<VendingService> m_vending;
    Operator m_admin, m_cashier, m_supervisor, m_engineer;
    Account m_a, m_b, m_c;
    int m_cardNo = 0;
};

void TestCardLifecycle::initTestCase()
{
    PD_VERIFY_OK(m_stack.start());
    // Two electricity meters in money mode and one in units, with the utility's card key, the
    // clock stopped.
    QVERIFY2(m_sim.start(QStringList{QStringLiteral("--speed"), QStringLiteral("0"), QStringLiteral("--start"),
                                     QStringLiteral("2026-11-18T12:00:00"), QStringLiteral("--meter"),
                                     QStringLiteral("electricity:%1:balance=10,price=0.5,limit=500").arg(MeterA),
                                     QStringLiteral("--meter"),
                                     QStringLiteral("electricity:%1:balance=10,price=0.5,limit=500").arg(MeterB),
                                     QStringLiteral("--meter"),
                                     QStringLiteral("electricity:%1:balance=10,mode=units,limit=500").arg(MeterC),
                                     QStringLiteral("--card-key"), QString::fromLatin1(CardKey.toHex()),
                                     QStringLiteral("--utility-code"), UtilityCode},
                         3),
             qPrintable(m_sim.errors()));
    m_plugins = std::make_unique<PluginManager>();
    m_plugins->scan();
    for (const QString &chip : {QStringLiteral("sle4442"), QStringLiteral("cpu")}) {
        const CardDriver *d = m_plugins->cardDriver(chip);
        QVERIFY2(d, "the card-sle4442 and card-cpu plugins are built and found");
        m_drivers << d;
    }
}

void TestCardLifecycle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(testEpoch());
    OperatorService ops(m_db->db(), *m_clock);
    m_admin = ops.add(Operator::system(), u"admin"_qs, u"Admin"_qs, Role::Admin, u"admin-pass-1"_qs).value();
    m_cashier = ops.add(m_admin, u"li"_qs, u"Li"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
    m_supervisor = ops.add(m_admin, u"wang"_qs, u"Wang"_qs, Role::Supervisor, u"super-pass-1"_qs).value();
    m_engineer = ops.add(m_admin, u"zhao"_qs, u"Zhao"_qs, Role::Engineer, u"engineer-pass-1"_qs).value();
    m_vault = std::make_unique<KeyVault>(m_db->db(), *m_clock);
    PD_VERIFY_OK(m_vault->initialize(m_admin, Passphrase));
    PD_VERIFY_OK(m_vault->addCardKey(m_admin, UtilityCode, SecretBytes(CardKey), u"test"_qs));

    auto version = TariffVersion::fromJson(QJsonDocument::fromJson(moneyTariff).object());
    PD_VERIFY_OK(version);
    TariffService tariffs(m_db->db(), *m_clock);
    const qint64 tariff =
        tariffs.createTariff(m_admin, Utility::Electricity, u"electricity"_qs, u"Electricity"_qs, version.value())
            .value();
    auto unitVersion = TariffVersion::fromJson(QJsonDocument::fromJson(unitTariff).object());
    PD_VERIFY_OK(unitVersion);
    const qint64 byUnits =
        tariffs.createTariff(m_admin, Utility::Electricity, u"e-units"_qs, u"By units"_qs, unitVersion.value()).value();
    CustomerService customers(m_db->db(), *m_clock);
    MeterService meters(m_db->db(), *m_clock);
    for (auto [account, serial, name, accountTariff] :
         {std::tuple{&m_a, MeterA, u"张三"_qs, tariff}, std::tuple{&m_b, MeterB, u"李四"_qs, tariff},
          std::tuple{&m_c, MeterC, u"王五"_qs, byUnits}}) {
        CustomerDraft d;
        d.name = name;
        const qint64 customer = customers.create(m_cashier, d).value();
        auto opened = customers.openAccount(m_cashier, customer, Utility::Electricity, accountTariff);
        PD_VERIFY_OK(opened);
        account->account = opened->id;
        MeterDraft m;
        m.serial = serial;
        m.utility = Utility::Electricity;
        m.carrier = Carrier::IcCard;
        auto registered = meters.registerMeter(m_admin, m);
        PD_VERIFY_OK(registered);
        account->meter = registered.value();
        PD_VERIFY_OK(meters.install(m_admin, account->meter, account->account));
    }
    PD_VERIFY_OK(ShiftService(m_db->db(), *m_clock).open(m_cashier, Money()));

    const QString reader = m_stack.readerName();
    m_cards = std::make_unique<CardService>(m_db->db(), *m_clock, *m_vault, m_drivers, m_format,
                                            [reader] { return CardReaders::connect(reader); });
    m_carrier = std::make_shared<IcCardCarrier>(m_db->db(), *m_cards);
    auto registry = std::make_shared<CarrierRegistry>();
    registry->add(Carrier::IcCard, m_carrier);
    m_vending = std::make_unique<VendingService>(m_db->db(), *m_clock, registry);
    // Each test's meters start over: no card bound, their credit and counts reset.
    for (const QString &meter : {MeterA, MeterB, MeterC}) {
        const QString clear = m_dir->filePath(QStringLiteral("clear-%1.json").arg(meter));
        // A clear card made here with the format code, as an engineer's would be.
        CardImage c;
        c.kind = CardKind::Clear;
        c.utility = UtilityCode;
        c.meter = meter;
        c.unit = meter == MeterC ? CreditUnit::Units : CreditUnit::Money;
        const QByteArray serial =
            QByteArray::fromHex("C1EA0000000000") + QByteArray::fromHex(meter.right(2).toLatin1());
        auto file = VirtualCardFile::personalisedSle4442(serial, CardKeys::psc(CardKey, serial)->bytes());
        PD_VERIFY_OK(file);
        auto area = m_format.write(c, serial, CardKey);
        PD_VERIFY_OK(area);
        PD_VERIFY_OK(file.value().setArea(area.value()));
        PD_VERIFY_OK(file->save(clear));
        const auto reply = cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(meter, clear)));
        QCOMPARE(reply.value(u"result"_qs), u"cleared"_qs);
    }
}

void TestCardLifecycle::cleanup()
{
    // The reader as the next test expects it, whatever this one left.
    if (!m_stack.daemonRunning())
        m_stack.startDaemon().ok();
    m_stack.pullAfterWrites(0).ok();
    if (auto st = m_stack.status(); st && st->startsWith(QLatin1String("inserted")))
        m_stack.remove().ok();
    // Whatever happened at the card, the books are sound.
    if (m_db) {
        auto check = Ledger::verify(m_db->db().connection());
        PD_VERIFY_OK(check);
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(u'\n')));
    }
    m_vending.reset();
    m_carrier.reset();
    m_cards.reset();
    m_vault.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestCardLifecycle::blankCard(const QString &chip)
{
    const QString file = m_dir->filePath(QStringLiteral("card-%1.json").arg(++m_cardNo));
    if (chip == QLatin1String("cpu")) {
        auto master = CardKeys::cpuMaster(CardKey);
        QByteArray serial = QByteArray::fromHex("C0C0000000000000");
        serial[7] = char(m_cardNo);
        if (!master || !PcscStack::makeBlankCpu(file, serial, master->bytes()))
            return {};
    } else if (!PcscStack::makeBlankSle4442(file)) {
        return {};
    }
    return file;
}

Result<Vend> TestCardLifecycle::sell(const Account &a, const char *amount)
{
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = a.account;
    r.amount = *Money::parse(QLatin1String(amount));
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    return m_vending->vend(m_cashier, r);
}

qint64 TestCardLifecycle::count(const QString &sql, const QVariantList &params) const
{
    return Sql::scalar(m_db->db(), sql, params).value().toLongLong();
}

QHash<QString, QString> TestCardLifecycle::meterStatus(const QString &meter)
{
    QHash<QString, QString> out;
    for (const QString &pair : m_sim.command(QStringLiteral("status ") + meter).value(0).split(QLatin1Char(' ')))
        out.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return out;
}

CardImage TestCardLifecycle::imageOf(const QString &file)
{
    auto f = VirtualCardFile::load(file);
    if (!f)
        return {};
    auto image = m_format.read(f->area(), f->serial(), CardKey);
    return image ? image.value() : CardImage{};
}

// ---- The whole loop ---------------------------------------------------------------------------

void TestCardLifecycle::issueSellLoadReadBack_data()
{
    QTest::addColumn<QString>("chip");
    QTest::newRow("SLE4442") << u"sle4442"_qs;
    QTest::newRow("CPU card") << u"cpu"_qs;
}

void TestCardLifecycle::issueSellLoadReadBack()
{
    QFETCH(QString, chip);
    const QString card = blankCard(chip);
    QVERIFY(!card.isEmpty());
    PD_VERIFY_OK(m_stack.insert(card));

    // Issue: the blank card gets its serial and the meter's count, nothing else.
    QCOMPARE(m_cards->issue(m_cashier, m_a.meter, false).error().field, u"confirm"_qs);
    auto issued = m_cards->issue(m_cashier, m_a.meter, true);
    PD_VERIFY_OK(issued);
    QCOMPARE(issued->chip, chip);
    QCOMPARE(issued->status, u"active"_qs);
    QVERIFY(issued->image);
    QCOMPARE(issued->image->purchaseCount, 0u);
    QCOMPARE(issued->image->meter, MeterA);
    QCOMPARE(count(u"SELECT count(*) FROM cards WHERE meter_id = ? AND status = 'active'"_qs, {m_a.meter}), 1);
    QCOMPARE(Sql::scalar(m_db->db(), u"SELECT card_no FROM meters WHERE id = ?"_qs, {m_a.meter})->toString(),
             issued->serial);
    // The central server hears of it.
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE kind = 'card.issue' AND json_extract(payload, '$.card') = ?"_qs,
                   {issued->serial}),
             1);
    // A second card for the same meter is refused: it needs a replacement.
    QCOMPARE(m_cards->issue(m_cashier, m_a.meter, true).error().code, Error::Code::Conflict);

    // Sell 20.00: written as purchase 1 and read back before it is delivered.
    auto v = sell(m_a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Delivered);
    QVERIFY2(v->creditCode.contains(u"/1/"_qs), qPrintable(v->creditCode));
    PD_VERIFY_OK(m_stack.remove());
    CardImage onCard = imageOf(card);
    QCOMPARE(onCard.purchaseCount, 1u);
    QCOMPARE(onCard.credit, 2000); // a money tariff: the 20.00 paid, in fen
    QCOMPARE(onCard.unit, CreditUnit::Money);

    // The customer puts the card in the meter: it loads once and writes back.
    const auto balance = [this] { return Money::parse(meterStatus(MeterA).value(u"balance"_qs)).value().minor(); };
    const qint64 before = balance();
    auto loaded = cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, card)));
    QCOMPARE(loaded.value(u"result"_qs), u"loaded"_qs);
    QCOMPARE(balance(), before + onCard.credit);
    auto again = cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, card)));
    QVERIFY2(again.value(u"result"_qs) != u"loaded"_qs, "the meter loads a card's credit once");
    QCOMPARE(balance(), before + onCard.credit);

    // Back at the counter: the write-back is read into the records.
    PD_VERIFY_OK(m_stack.insert(card));
    auto read = m_cards->read(m_cashier);
    PD_VERIFY_OK(read);
    QVERIFY2(!read->problem, read->problem ? qPrintable(read->problem->message) : "");
    QVERIFY(read->image->writeBack.present);
    QCOMPARE(read->image->writeBack.loadedCount, 1u);
    QVERIFY(!read->creditWaiting);
    QCOMPARE(count(u"SELECT loaded_count FROM cards WHERE meter_id = ?"_qs, {m_a.meter}), 1);
    QCOMPARE(count(u"SELECT purchase_count FROM meters WHERE id = ?"_qs, {m_a.meter}), 1);
    QVERIFY(count(u"SELECT count(*) FROM readings WHERE meter_id = ? AND source = 'card'"_qs, {m_a.meter}) >= 1);

    // The next sale goes on: purchase 2.
    auto second = sell(m_a, "10.00");
    PD_VERIFY_OK(second);
    QCOMPARE(second->state, VendState::Delivered);
    QVERIFY(second->creditCode.contains(u"/2/"_qs));
    QCOMPARE(count(u"SELECT purchase_count FROM cards WHERE meter_id = ?"_qs, {m_a.meter}), 2);
}

void TestCardLifecycle::nextSaleWaitsForTheMeter()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    PD_VERIFY_OK(sell(m_a, "20.00"));
    const QByteArray area = VirtualCardFile::load(card)->area();
    const qint64 vends = count(u"SELECT count(*) FROM vends"_qs);
    // The credit has not reached the meter: a second sale is refused and nothing is recorded.
    auto refused = sell(m_a, "5.00");
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"meter"_qs), qPrintable(refused.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM vends"_qs), vends);
    QCOMPARE(VirtualCardFile::load(card)->area(), area);
}

void TestCardLifecycle::unitMeterGetsUnitsOnItsCard()
{
    // A meter that keeps kWh: its card is in units from the start, so the meter takes it.
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    auto issued = m_cards->issue(m_cashier, m_c.meter, true);
    PD_VERIFY_OK(issued);
    QCOMPARE(issued->image->unit, CreditUnit::Units);
    PD_VERIFY_OK(m_stack.remove());
    QCOMPARE(cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterC, card))).value(u"binding"_qs), u"new"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->read(m_cashier));
    // 10.00 at 0.50 a kWh: 20 kWh on the card, loaded by the meter.
    auto v = sell(m_c, "10.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Delivered);
    PD_VERIFY_OK(m_stack.remove());
    QCOMPARE(imageOf(card).unit, CreditUnit::Units);
    QCOMPARE(imageOf(card).credit, 20'000);
    QCOMPARE(cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterC, card))).value(u"result"_qs),
             u"loaded"_qs);
}

void TestCardLifecycle::replacementCarriesTheLastDeliveredSale()
{
    // Purchase 1 (20.00) reaches the card; purchase 2 is cut short and voided, the card restored.
    const QString lost = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(lost));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    PD_VERIFY_OK(sell(m_a, "20.00"));
    PD_VERIFY_OK(m_stack.remove());
    auto file = VirtualCardFile::load(lost);
    PD_VERIFY_OK(file);
    CardWriteBack wb; // the meter loads purchase 1
    wb.present = true;
    wb.loadedCount = 1;
    wb.at = QDateTime(QDate(2026, 11, 18), QTime(12, 0), Qt::UTC);
    PD_VERIFY_OK(file.value().setArea(*PrepayCardFormat::withWriteBack(file->area(), wb, file->serial(), CardKey)));
    PD_VERIFY_OK(file->save(lost));
    PD_VERIFY_OK(m_stack.insert(lost));
    PD_VERIFY_OK(m_stack.pullAfterWrites(1));
    auto cut = sell(m_a, "35.00");
    PD_VERIFY_OK(cut);
    QCOMPARE(cut->state, VendState::Pending);
    PD_VERIFY_OK(m_stack.waitForCard(false));
    PD_VERIFY_OK(m_stack.insert(lost));
    PD_VERIFY_OK(m_vending->voidPending(m_cashier, cut->id, u"customer left"_qs));
    PD_VERIFY_OK(m_stack.remove());
    // The card is lost now: the replacement carries purchase 1 and its 20.00, not the voided 35.00.
    PD_VERIFY_OK(m_stack.insert(blankCard(u"cpu"_qs)));
    auto replaced = m_cards->replace(m_cashier, m_supervisor, m_a.meter, u"lost"_qs, true);
    PD_VERIFY_OK(replaced);
    QCOMPARE(replaced->image->purchaseCount, 1u);
    QCOMPARE(replaced->image->credit, 2000);
}

// ---- Faults -------------------------------------------------------------------------------------

void TestCardLifecycle::pulledMidWriteFinishesOnReinsert()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    // Out of the reader after the first write, before the read-back.
    PD_VERIFY_OK(m_stack.pullAfterWrites(1));
    auto v = sell(m_a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Pending);
    QVERIFY2(m_carrier->deliveryProblem(v->id).contains(u"finish"_qs), qPrintable(m_carrier->deliveryProblem(v->id)));
    PD_VERIFY_OK(m_stack.waitForCard(false));
    // Without the card it cannot be told or voided.
    auto voided = m_vending->voidPending(m_cashier, v->id, {});
    QVERIFY(!voided);
    QVERIFY2(voided.error().message.contains(u"reader"_qs), qPrintable(voided.error().message));
    // Nor with another customer's card in the reader: it stays pending, that card untouched.
    const QString serial = QString::fromLatin1(VirtualCardFile::load(card)->serial().toHex().toUpper());
    const QString other = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(other));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_b.meter, true));
    const QByteArray otherArea = VirtualCardFile::load(other)->area();
    auto wrong = m_vending->finish(m_cashier, v->id);
    PD_VERIFY_OK(wrong);
    QCOMPARE(wrong->state, VendState::Pending);
    QVERIFY2(m_carrier->deliveryProblem(v->id).contains(serial), qPrintable(m_carrier->deliveryProblem(v->id)));
    QVERIFY(!m_vending->voidPending(m_cashier, v->id, {}));
    QCOMPARE(VirtualCardFile::load(other)->area(), otherArea);
    PD_VERIFY_OK(m_stack.remove());
    // Back in the reader: finishing writes it and it is delivered once.
    PD_VERIFY_OK(m_stack.insert(card));
    auto finished = m_vending->finish(m_cashier, v->id);
    PD_VERIFY_OK(finished);
    QCOMPARE(finished->state, VendState::Delivered);
    PD_VERIFY_OK(m_stack.remove());
    QCOMPARE(imageOf(card).purchaseCount, 1u);
    QCOMPARE(cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, card))).value(u"result"_qs),
             u"loaded"_qs);
    QVERIFY(cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, card))).value(u"result"_qs) !=
            u"loaded"_qs);
}

void TestCardLifecycle::pulledMidWriteVoidRestoresTheCard()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    const QByteArray before = VirtualCardFile::load(card)->area();
    PD_VERIFY_OK(m_stack.pullAfterWrites(1));
    auto v = sell(m_a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Pending);
    PD_VERIFY_OK(m_stack.waitForCard(false));
    QVERIFY2(VirtualCardFile::load(card)->area() != before, "the card took the first part of the write");
    PD_VERIFY_OK(m_stack.insert(card));
    auto voided = m_vending->voidPending(m_cashier, v->id, u"customer left"_qs);
    PD_VERIFY_OK(voided);
    QCOMPARE(voided->state, VendState::Voided);
    QCOMPARE(VirtualCardFile::load(card)->area(), before);
    // The card is as it was: the next sale is purchase 1.
    auto next = sell(m_a, "10.00");
    PD_VERIFY_OK(next);
    QCOMPARE(next->state, VendState::Delivered);
    QVERIFY(next->creditCode.contains(u"/1/"_qs));
}

void TestCardLifecycle::wrongCustomersCard()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_b.meter, true));
    const qint64 vends = count(u"SELECT count(*) FROM vends"_qs);
    auto refused = sell(m_a, "20.00");
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(MeterB) && refused.error().message.contains(MeterA),
             qPrintable(refused.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM vends"_qs), vends);
    QCOMPARE(imageOf(card).purchaseCount, 0u);
}

void TestCardLifecycle::otherUtilitysCard()
{
    // A card another utility issued: its own key and code.
    const QString card = m_dir->filePath(u"their-card.json"_qs);
    const QByteArray otherKey(32, '\x5a');
    const QByteArray serial = QByteArray::fromHex("0711071107110711");
    auto file = VirtualCardFile::personalisedSle4442(serial, CardKeys::psc(otherKey, serial)->bytes());
    PD_VERIFY_OK(file);
    CardImage theirs;
    theirs.utility = u"110000"_qs;
    theirs.meter = MeterA;
    auto area = m_format.write(theirs, serial, otherKey);
    PD_VERIFY_OK(area);
    PD_VERIFY_OK(file.value().setArea(area.value()));
    PD_VERIFY_OK(file->save(card));
    PD_VERIFY_OK(m_stack.insert(card));
    auto read = m_cards->read(m_cashier);
    PD_VERIFY_OK(read);
    QVERIFY(read->problem);
    QVERIFY2(read->problem->message.contains(u"110000"_qs), qPrintable(read->problem->message));
    auto refused = sell(m_a, "20.00");
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"110000"_qs), qPrintable(refused.error().message));
    QCOMPARE(count(u"SELECT count(*) FROM vends"_qs), 0);
}

void TestCardLifecycle::alteredCard()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    PD_VERIFY_OK(m_stack.remove());
    // Someone raises the credit field by hand: the MAC no longer matches.
    auto file = VirtualCardFile::load(card);
    PD_VERIFY_OK(file);
    QByteArray area = file->area();
    area[40] = char(area[40] ^ 0x01);
    PD_VERIFY_OK(file.value().setArea(area));
    PD_VERIFY_OK(file->save(card));
    PD_VERIFY_OK(m_stack.insert(card));
    auto read = m_cards->read(m_cashier);
    PD_VERIFY_OK(read);
    QVERIFY(read->problem);
    QCOMPARE(PrepayCardFormat::problem(*read->problem), PrepayCardFormat::Problem::Altered);
    auto refused = sell(m_a, "20.00");
    QVERIFY(!refused);
    QCOMPARE(count(u"SELECT count(*) FROM vends"_qs), 0);
    QCOMPARE(VirtualCardFile::load(card)->area(), area);
}

void TestCardLifecycle::pscAtLastTryOrExhausted()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    PD_VERIFY_OK(m_stack.remove());
    for (const int tries : {1, 0}) {
        QJsonObject image = readJson(card);
        image.insert(u"errorCounter"_qs, tries);
        writeJson(card, image);
        PD_VERIFY_OK(m_stack.insert(card));
        auto refused = sell(m_a, "20.00");
        QVERIFY(!refused);
        const QString why = refused.error().message;
        QVERIFY2(tries == 1 ? why.contains(u"supervisor"_qs) : why.contains(u"locked"_qs), qPrintable(why));
        QCOMPARE(count(u"SELECT count(*) FROM vends"_qs), 0);
        PD_VERIFY_OK(m_stack.remove());
        // Nothing was presented: the counter did not cost a try.
        QCOMPARE(readJson(card).value(u"errorCounter"_qs).toInt(), tries);
        QCOMPARE(imageOf(card).purchaseCount, 0u);
    }
    // At the last try a supervisor approves checking the code once: the tries come back and
    // the sale goes through. Nobody approves their own check.
    QJsonObject image = readJson(card);
    image.insert(u"errorCounter"_qs, 1);
    writeJson(card, image);
    PD_VERIFY_OK(m_stack.insert(card));
    QCOMPARE(m_cards->checkSecurityCode(m_supervisor, m_supervisor, u"one try left"_qs).error().code,
             Error::Code::Forbidden);
    auto checked = m_cards->checkSecurityCode(m_cashier, m_supervisor, u"one try left"_qs);
    PD_VERIFY_OK(checked);
    QCOMPARE(checked->triesLeft, 3);
    auto sold = sell(m_a, "20.00");
    PD_VERIFY_OK(sold);
    QCOMPARE(sold->state, VendState::Delivered);
}

void TestCardLifecycle::readerGone()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    PD_VERIFY_OK(m_stack.stopDaemon());
    auto refused = sell(m_a, "20.00");
    QVERIFY(!refused);
    QVERIFY2(!refused.error().message.isEmpty(), "a clear reason");
    QCOMPARE(count(u"SELECT count(*) FROM vends"_qs), 0);
    auto read = m_cards->read(m_cashier);
    QVERIFY(!read);
    QCOMPARE(read.error().field, u"reader"_qs);
    // Plugged back in: the card is seen again and the sale goes through.
    PD_VERIFY_OK(m_stack.startDaemon());
    PD_VERIFY_OK(m_stack.waitForCard(true));
    auto v = sell(m_a, "20.00");
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Delivered);
}

// ---- Replacement and engineers' cards ---------------------------------------------------------

void TestCardLifecycle::lostCardReplaced()
{
    const QString lost = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(lost));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    PD_VERIFY_OK(m_stack.remove());
    // The meter takes the new card (binds it), then the customer buys 20.00 on it.
    QCOMPARE(cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, lost))).value(u"binding"_qs), u"new"_qs);
    PD_VERIFY_OK(m_stack.insert(lost));
    PD_VERIFY_OK(m_cards->read(m_cashier));
    PD_VERIFY_OK(sell(m_a, "20.00"));
    PD_VERIFY_OK(m_stack.remove());
    const QString oldSerial = QString::fromLatin1(VirtualCardFile::load(lost)->serial().toHex().toUpper());
    // The card was lost before it reached the meter: the replacement carries purchase 1.
    const QString fresh = blankCard(u"cpu"_qs);
    PD_VERIFY_OK(m_stack.insert(fresh));
    QCOMPARE(m_cards->replace(m_cashier, m_cashier, m_a.meter, u"lost"_qs, true).error().code, Error::Code::Forbidden);
    QCOMPARE(m_cards->replace(m_cashier, m_supervisor, m_a.meter, u""_qs, true).error().field, u"reason"_qs);
    auto replaced = m_cards->replace(m_cashier, m_supervisor, m_a.meter, u"lost on the bus"_qs, true);
    PD_VERIFY_OK(replaced);
    QCOMPARE(replaced->image->purchaseCount, 1u);
    QCOMPARE(replaced->image->credit, 2000);
    QCOMPARE(QString::fromLatin1(replaced->image->replaces.toHex().toUpper()), oldSerial);
    QCOMPARE(Sql::scalar(m_db->db(), u"SELECT status FROM cards WHERE serial = ?"_qs, {oldSerial})->toString(),
             u"blacklisted"_qs);
    PD_VERIFY_OK(m_stack.remove());
    // The meter takes the replacement and loads the credit once; the old card is refused.
    const auto rebound = cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, fresh)));
    QCOMPARE(rebound.value(u"result"_qs), u"loaded"_qs);
    QCOMPARE(rebound.value(u"binding"_qs), u"replaced"_qs);
    const auto old = cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, lost)));
    QCOMPARE(old.value(u"result"_qs), u"refused"_qs);
    // At the counter too.
    PD_VERIFY_OK(m_stack.insert(lost));
    auto read = m_cards->read(m_cashier);
    PD_VERIFY_OK(read);
    QCOMPARE(read->status, u"blacklisted"_qs);
    QVERIFY(read->problem);
    QVERIFY(!sell(m_a, "5.00"));
}

void TestCardLifecycle::engineerCardsNeedApproval()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    EngineerCardRequest tool;
    tool.kind = CardKind::Tool;
    tool.meterId = m_a.meter;
    tool.toolAction = 2;
    tool.reason = u"valve maintenance"_qs;
    QCOMPARE(m_cards->writeEngineerCard(m_cashier, m_supervisor, tool, true).error().code, Error::Code::Forbidden);
    QCOMPARE(m_cards->writeEngineerCard(m_engineer, m_engineer, tool, true).error().code, Error::Code::Forbidden);
    auto written = m_cards->writeEngineerCard(m_engineer, m_supervisor, tool, true);
    PD_VERIFY_OK(written);
    QCOMPARE(written->image->kind, CardKind::Tool);
    QCOMPARE(count(u"SELECT count(*) FROM card_events WHERE kind = 'engineer' AND "
                   "json_extract(details, '$.approver') = 'Wang'"_qs),
             1);
    PD_VERIFY_OK(m_stack.remove());
    const auto applied = cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, card)));
    QCOMPARE(applied.value(u"result"_qs), u"supply-off"_qs);
    QCOMPARE(meterStatus(MeterA).value(u"supply"_qs), u"off"_qs);
    // A customer's card is never rewritten as an engineer's card.
    const QString user = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(user));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    QCOMPARE(m_cards->writeEngineerCard(m_engineer, m_supervisor, tool, true).error().code, Error::Code::Conflict);
}

void TestCardLifecycle::writeBackRaisesAndClearsAlarms()
{
    const QString card = blankCard(u"sle4442"_qs);
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->issue(m_cashier, m_a.meter, true));
    PD_VERIFY_OK(m_stack.remove());
    QCOMPARE(m_sim.command(QStringLiteral("tamper %1 on").arg(MeterA)).value(0), u"ok"_qs);
    cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, card)));
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->read(m_cashier));
    QCOMPARE(count(u"SELECT count(*) FROM meter_alarms WHERE meter_id = ? AND kind = 'tamper' AND "
                   "cleared_at IS NULL"_qs,
                   {m_a.meter}),
             1);
    PD_VERIFY_OK(m_stack.remove());
    QCOMPARE(m_sim.command(QStringLiteral("tamper %1 off").arg(MeterA)).value(0), u"ok"_qs);
    cardReply(m_sim.command(QStringLiteral("card %1 %2").arg(MeterA, card)));
    PD_VERIFY_OK(m_stack.insert(card));
    PD_VERIFY_OK(m_cards->read(m_cashier));
    QCOMPARE(count(u"SELECT count(*) FROM meter_alarms WHERE meter_id = ? AND kind = 'tamper' AND "
                   "cleared_at IS NOT NULL"_qs,
                   {m_a.meter}),
             1);
}

QTEST_GUILESS_MAIN(TestCardLifecycle)
#include "tst_card_lifecycle.moc"
