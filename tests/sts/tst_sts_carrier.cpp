// STS tokens in the vend path: the sts plugin loaded by the PluginManager makes the credit of
// a sale for an STS keypad meter, with the vending key from the key vault.
#include "TestSupport.h"

#include "plugin/PluginManager.h"
#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "security/KeyVault.h"
#include "storage/Sql.h"
#include "tariff/TariffService.h"
#include "vending/Receipt.h"
#include "vending/ShiftService.h"
#include "vending/StsCarrier.h"
#include "vending/VendingService.h"

#include <QJsonDocument>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

// Flat 0.5283 yuan/kWh: 100.00 buys 189.286 kWh, which a token carries as 189.2.
const char *const flatTariff = R"({"effective_from":"2026-01-01","meter_kind":"unit","basis":"purchase",
    "cycle":{"kind":"monthly","start_month":1,"start_day":1},"blocks":[{"from":"0","price":"0.5283"}]})";

// The vending key of the STS compliance example in issue 4.
const QByteArray vendingKey = QByteArray::fromHex("abababababababab");

} // namespace

class TestStsCarrier : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sellsATokenTheMeterAccepts();
    void tokenIdentifiersNeverRepeat();
    void lockedVaultSellsNothing();
    void keyChangeTokensComeFirst();
    void rolloverFromBaseDate1993();
    void expiredKeyMovesToTheNewestRevision();
    void meterNumberMustBeADrn();

private:
    Vend sell(const char *amount);
    TokenKeyParams keyFor(int krn, int baseDate = 2014) const;
    QVariant meterColumn(const char *column) const;

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<PluginManager> m_plugins;
    const TokenGenerator *m_generator = nullptr;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<VendingService> m_vending;
    Operator m_admin, m_cashier;
    qint64 m_meter = 0;
    qint64 m_account = 0;
    const QString m_drn = u"01234567890"_qs;
};

void TestStsCarrier::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    m_plugins = std::make_unique<PluginManager>();
    m_plugins->scan();
    const QList<TokenGenerator *> generators = m_plugins->instances<TokenGenerator>();
    QVERIFY2(!generators.isEmpty(), "the sts plugin is built and found");
    m_generator = generators.first();

    OperatorService ops(m_db->db(), *m_clock);
    m_admin = ops.add(Operator::system(), u"admin"_qs, u"Admin"_qs, Role::Admin, u"admin-pass-1"_qs).value();
    m_cashier = ops.add(m_admin, u"li"_qs, u"Li"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
    auto version = TariffVersion::fromJson(QJsonDocument::fromJson(flatTariff).object());
    PD_VERIFY_OK(version);
    const qint64 tariff = TariffService(m_db->db(), *m_clock)
                              .createTariff(m_admin, Utility::Electricity, u"E"_qs, u"E"_qs, version.value())
                              .value();
    CustomerService customers(m_db->db(), *m_clock);
    CustomerDraft d;
    d.name = u"张三"_qs;
    const qint64 customer = customers.create(m_cashier, d).value();
    m_account = customers.openAccount(m_cashier, customer, Utility::Electricity, tariff)->id;
    MeterService meters(m_db->db(), *m_clock);
    MeterDraft sts = stsMeterDraft(m_drn);
    m_meter = meters.registerMeter(m_admin, sts).value();
    PD_VERIFY_OK(meters.install(m_admin, m_meter, m_account));

    m_vault = std::make_unique<KeyVault>(m_db->db(), *m_clock);
    PD_VERIFY_OK(m_vault->initialize(m_admin, u"a long vault passphrase"_qs));
    PD_VERIFY_OK(m_vault->addKey(m_admin, 123456, 1, 2, SecretBytes(vendingKey), {}, u"test"_qs));
    auto registry = std::make_shared<CarrierRegistry>();
    registry->add(Carrier::StsToken, std::make_shared<StsCarrier>(m_db->db(), *m_generator, *m_vault, *m_clock));
    m_vending = std::make_unique<VendingService>(m_db->db(), *m_clock, registry);
    PD_VERIFY_OK(ShiftService(m_db->db(), *m_clock).open(m_cashier, Money()));
}

void TestStsCarrier::cleanup()
{
    m_vending.reset();
    m_vault.reset();
    m_db.reset();
    m_plugins.reset();
}

Vend TestStsCarrier::sell(const char *amount)
{
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = m_account;
    r.amount = *Money::parse(QLatin1String(amount));
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    auto v = m_vending->vend(m_cashier, r);
    if (!v) {
        qWarning("%s", qPrintable(v.error().message));
        return {};
    }
    return v.value();
}

TokenKeyParams TestStsCarrier::keyFor(int krn, int baseDate) const
{
    TokenKeyParams p;
    p.vendingKey = krn == 1 ? vendingKey : QByteArray::fromHex("0123456789abcdef");
    p.supplyGroupCode = 123456;
    p.tariffIndex = 1;
    p.keyRevision = krn;
    p.pan = StsCarrier::panOf(m_drn).value();
    p.baseDate = baseDate;
    return p;
}

QVariant TestStsCarrier::meterColumn(const char *column) const
{
    return Sql::scalar(m_db->db().connection(), u"SELECT "_qs + QLatin1String(column) + u" FROM meters WHERE id = ?"_qs,
                       {m_meter})
        .value();
}

void TestStsCarrier::sellsATokenTheMeterAccepts()
{
    const Vend v = sell("100.00");
    QCOMPARE(v.state, VendState::Delivered);
    QCOMPARE(v.carrier, u"sts"_qs);
    QCOMPARE(v.creditCode.size(), 20);
    QCOMPARE(v.units, Quantity::fromMilli(189'286));
    // The meter's decoder key opens it: an electricity credit of 189.2 kWh, CRC good.
    const QByteArray decoderKey = m_generator->decoderKey(keyFor(1)).value();
    auto decoded = m_generator->decode(decoderKey, u"07"_qs, 2014, v.creditCode);
    PD_VERIFY_OK(decoded);
    QVERIFY(decoded->crcOk);
    QCOMPARE(decoded->tokenClass, 0);
    QCOMPARE(decoded->kind, u"credit-electricity"_qs);
    QCOMPARE(decoded->value, std::optional<qint64>(1892));
    QCOMPARE(decoded->issued.date(), QDate(2026, 3, 10));
    // The rounding is said, and the meter's last token id recorded.
    QVERIFY2(v.creditNote.contains(u"189.2"_qs), qPrintable(v.creditNote));
    QCOMPARE(meterColumn("sts_last_tid").toLongLong(), qint64(*decoded->tid));
    // Another meter's key does not open it.
    auto wrong = m_generator->decode(m_generator->decoderKey(keyFor(2)).value(), u"07"_qs, 2014, v.creditCode);
    QVERIFY(!wrong || !wrong->crcOk);
    // A reprint is the same token.
    QCOMPARE(m_vending->reprint(m_cashier, v.id)->creditCode, v.creditCode);
}

void TestStsCarrier::tokenIdentifiersNeverRepeat()
{
    // Three sales in the same minute: three different identifiers, rising.
    const QByteArray decoderKey = m_generator->decoderKey(keyFor(1)).value();
    quint32 previous = 0;
    for (int i = 0; i < 3; ++i) {
        const Vend v = sell("10.00");
        auto decoded = m_generator->decode(decoderKey, u"07"_qs, 2014, v.creditCode);
        PD_VERIFY_OK(decoded);
        QVERIFY(*decoded->tid > previous);
        previous = *decoded->tid;
    }
}

void TestStsCarrier::lockedVaultSellsNothing()
{
    m_vault->lock();
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = m_account;
    r.amount = *Money::parse(u"10.00"_qs);
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    auto v = m_vending->vend(m_cashier, r);
    QVERIFY(!v.ok());
    QVERIFY(v.error().message.contains(u"key vault"_qs));
    QCOMPARE(Sql::scalar(m_db->db().connection(), u"SELECT count(*) FROM vends"_qs)->toInt(), 0);
}

void TestStsCarrier::keyChangeTokensComeFirst()
{
    PD_VERIFY_OK(m_vault->addKey(m_admin, 123456, 2, 2, SecretBytes(QByteArray::fromHex("0123456789abcdef")), {}, {}));
    PD_VERIFY_OK(
        Sql::exec(m_db->db().connection(), u"UPDATE meters SET sts_next_key_revision = 2 WHERE id = ?"_qs, {m_meter}));
    const Vend v = sell("20.00");
    const QStringList tokens = VendText::tokens(v.creditCode);
    QCOMPARE(tokens.size(), 3); // two key change tokens for a 64-bit key, then the credit
    QVERIFY(v.creditNote.contains(u"key change"_qs));
    // The key change tokens are class 2 under the old key; the credit opens only with the new one.
    const QByteArray oldKey = m_generator->decoderKey(keyFor(1)).value();
    const QByteArray newKey = m_generator->decoderKey(keyFor(2)).value();
    for (int i = 0; i < 2; ++i) {
        auto kct = m_generator->decode(oldKey, u"07"_qs, 2014, tokens[i]);
        PD_VERIFY_OK(kct);
        QVERIFY(kct->crcOk);
        QCOMPARE(kct->tokenClass, 2);
    }
    auto credit = m_generator->decode(newKey, u"07"_qs, 2014, tokens[2]);
    PD_VERIFY_OK(credit);
    QVERIFY(credit->crcOk);
    QCOMPARE(credit->tokenClass, 0);
    // Delivered: the meter now has the new key revision and nothing pending.
    QCOMPARE(meterColumn("sts_key_revision").toInt(), 2);
    QVERIFY(meterColumn("sts_next_key_revision").isNull());
    // The next sale is a single credit token under the new key.
    const Vend next = sell("10.00");
    QCOMPARE(VendText::tokens(next.creditCode).size(), 1);
    QVERIFY(m_generator->decode(newKey, u"07"_qs, 2014, next.creditCode)->crcOk);
    QVERIFY(VendText::grouped(v.creditCode).count(u'\n') == 2);
    // The receipt lists the tokens in entry order and says so.
    Receipt receipt = Receipt::forVend(m_db->db(), v, u"Outlet"_qs, m_clock->now()).value();
    const QString text = receipt.text(48, QLocale(QLocale::English));
    QVERIFY2(text.indexOf(u"1. Key change token 1 of 2"_qs) < text.indexOf(u"3. Credit token"_qs), qPrintable(text));
    QVERIFY(text.contains(VendText::grouped(tokens[2])));
    QVERIFY(text.contains(u"key change"_qs));
}

void TestStsCarrier::rolloverFromBaseDate1993()
{
    // A meter still on the 1993 base date: its token identifiers ran out in November 2024.
    PD_VERIFY_OK(
        Sql::exec(m_db->db().connection(), u"UPDATE meters SET sts_base_date = 1993 WHERE id = ?"_qs, {m_meter}));
    const Vend v = sell("20.00");
    const QStringList tokens = VendText::tokens(v.creditCode);
    QCOMPARE(tokens.size(), 3);
    auto credit = m_generator->decode(m_generator->decoderKey(keyFor(1, 2014)).value(), u"07"_qs, 2014, tokens[2]);
    PD_VERIFY_OK(credit);
    QVERIFY(credit->crcOk);
    QCOMPARE(credit->issued.date(), QDate(2026, 3, 10));
    QCOMPARE(meterColumn("sts_base_date").toInt(), 2014);
}

void TestStsCarrier::expiredKeyMovesToTheNewestRevision()
{
    // The meter's key (SGC 123456, KRN 1) expired yesterday, with no newer key: nothing is sold.
    PD_VERIFY_OK(
        Sql::exec(m_db->db().connection(),
                  u"UPDATE vending_keys SET expires_on = '2026-03-09' WHERE sgc = 123456 AND key_revision = 1"_qs));
    VendingService::Request r;
    r.key = VendingService::newKey();
    r.accountId = m_account;
    r.amount = *Money::parse(u"10.00"_qs);
    r.payments << PaymentDraft{PaymentMethod::Cash, r.amount, {}, {}};
    auto refused = m_vending->vend(m_cashier, r);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"expired"_qs), qPrintable(refused.error().message));
    QCOMPARE(Sql::scalar(m_db->db().connection(), u"SELECT count(*) FROM vends"_qs)->toInt(), 0);
    // With key revision 2 in the vault, the sale changes the meter's key first.
    PD_VERIFY_OK(m_vault->addKey(m_admin, 123456, 2, 2, SecretBytes(QByteArray::fromHex("0123456789abcdef")), {}, {}));
    const Vend v = sell("10.00");
    QCOMPARE(VendText::tokens(v.creditCode).size(), 3);
    QVERIFY(
        m_generator
            ->decode(m_generator->decoderKey(keyFor(2)).value(), u"07"_qs, 2014, VendText::tokens(v.creditCode).last())
            ->crcOk);
    QCOMPARE(meterColumn("sts_key_revision").toInt(), 2);
}

void TestStsCarrier::meterNumberMustBeADrn()
{
    const QString pan = StsCarrier::panOf(u"01234567890"_qs).value();
    QCOMPARE(pan.size(), 18);
    QVERIFY(pan.startsWith(u"60072701234567890"_qs));
    QVERIFY(!StsCarrier::panOf(u"E-2024-0001"_qs).ok());
    QVERIFY(!StsCarrier::panOf(u"123"_qs).ok());
    // The PAN of the STS compliance example: IIN 600727, DRN 00000000000, check digit 9.
    QCOMPARE(StsCarrier::panOf(u"00000000000"_qs).value(), u"600727000000000009"_qs);
}

QTEST_GUILESS_MAIN(TestStsCarrier)
#include "tst_sts_carrier.moc"
