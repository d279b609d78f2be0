// Selling credit end to end in core: quote, pending, delivery, idempotency, void, reversal,
// shifts and the ledger, on a database file on disk.
#include "TestSupport.h"

#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "storage/Sql.h"
#include "tariff/TariffService.h"
#include "vending/Ledger.h"
#include "vending/ShiftService.h"
#include "vending/VendingService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

// A carrier whose delivery outcome the test chooses (the real carriers of later releases talk
// to meters and cards; this one stands in for "the meter did not answer").
class ScriptedCarrier final : public CreditCarrier
{
public:
    Outcome next = Outcome::Delivered;
    Outcome known = Outcome::Unknown;
    int deliveries = 0;
    QString code() const override { return QStringLiteral("scripted"); }
    bool canTakeBack() const override { return false; }
    Result<Credit> prepare(const Vend &vend) override
    {
        return Credit{QStringLiteral("S%1").arg(vend.id, 19, 10, QLatin1Char('0')), {}};
    }
    Result<Outcome> deliver(const Vend &) override
    {
        ++deliveries;
        return next;
    }
    Result<Outcome> resolve(const Vend &) override { return known; }
};

// Residential electricity: 0.5000 up to 100 kWh a month, 0.8000 above; 13 % VAT; debt
// recovery 20 % (min 5, max 50); sales from 1.00 to 2000.00.
const char *const tieredTariff = R"({"effective_from":"2026-01-01","meter_kind":"unit","basis":"purchase",
    "cycle":{"kind":"monthly","start_month":1,"start_day":1},
    "blocks":[{"from":"0","to":"100","price":"0.5000"},{"from":"100","price":"0.8000"}],
    "tax_rate_percent":"13","debt_recovery":{"percent":"20","min":"5.00","max":"50.00"},
    "min_vend":"1.00","max_vend":"2000.00"})";

Money yuan(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

} // namespace

class TestVending : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sellsAndDelivers();
    void sameKeySameVend();
    void refusesBadSales_data();
    void refusesBadSales();
    void refusesClosedAccountAndRemovedMeter();
    void splitPayment();
    void blocksFollowTheCycle();
    void pendingThenFinishOrVoid();
    void failedDeliveryReturnsTheMoney();
    void reversalNeedsSupervisorAndRecordsDebt();
    void newTariffVersionAppliesFromItsDate();
    void shiftCloseAndZReport();
    void ledgerCheckFindsTampering();
    void schemaOneTariffsBecomeVersions();

private:
    Vend sell(const char *amount, const QString &key = VendingService::newKey());
    VendingService::Request request(const char *amount, const QString &key = VendingService::newKey()) const;

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::shared_ptr<ScriptedCarrier> m_carrier;
    std::shared_ptr<CarrierRegistry> m_registry;
    std::unique_ptr<VendingService> m_vending;
    Operator m_admin, m_cashier, m_supervisor;
    qint64 m_tariff = 0, m_customer = 0, m_meter = 0;
    Account m_account;
};

void TestVending::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    OperatorService ops(m_db->db(), *m_clock);
    m_admin = ops.add(Operator::system(), u"admin"_qs, u"Admin"_qs, Role::Admin, u"admin-pass-1"_qs).value();
    m_cashier = ops.add(m_admin, u"li"_qs, u"Li Na"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
    m_supervisor = ops.add(m_admin, u"wang"_qs, u"Wang Qiang"_qs, Role::Supervisor, u"super-pass-1"_qs).value();
    TariffService tariffs(m_db->db(), *m_clock);
    auto version = TariffVersion::fromJson(QJsonDocument::fromJson(tieredTariff).object());
    PD_VERIFY_OK(version);
    auto tariff = tariffs.createTariff(m_admin, Utility::Electricity, u"E-TEST"_qs, u"Test tiers"_qs, version.value());
    PD_VERIFY_OK(tariff);
    m_tariff = tariff.value();
    CustomerService customers(m_db->db(), *m_clock);
    CustomerDraft d;
    d.name = u"张三"_qs;
    m_customer = customers.create(m_cashier, d).value();
    m_account = customers.openAccount(m_cashier, m_customer, Utility::Electricity, m_tariff).value();
    MeterService meters(m_db->db(), *m_clock);
    m_meter = meters.registerMeter(m_admin, stsMeterDraft(u"E-1"_qs)).value();
    PD_VERIFY_OK(meters.install(m_admin, m_meter, m_account.id));
    m_carrier = std::make_shared<ScriptedCarrier>();
    m_registry = std::make_shared<CarrierRegistry>();
    m_registry->add(Carrier::StsToken, m_carrier);
    m_vending = std::make_unique<VendingService>(m_db->db(), *m_clock, m_registry);
    PD_VERIFY_OK(ShiftService(m_db->db(), *m_clock).open(m_cashier, yuan("200.00")));
}

void TestVending::cleanup()
{
    if (m_db) {
        auto check = Ledger::verify(m_db->db().connection());
        QVERIFY(check.ok());
        QVERIFY2(check->problems.isEmpty(), qPrintable(check->problems.join(u'\n')));
    }
    m_vending.reset();
    m_db.reset();
}

VendingService::Request TestVending::request(const char *amount, const QString &key) const
{
    VendingService::Request r;
    r.key = key;
    r.accountId = m_account.id;
    r.amount = yuan(amount);
    r.payments << PaymentDraft{PaymentMethod::Cash, yuan(amount), {}, {}};
    return r;
}

Vend TestVending::sell(const char *amount, const QString &key)
{
    auto v = m_vending->vend(m_cashier, request(amount, key));
    if (!v)
        qWarning("%s", qPrintable(v.error().message));
    return v ? v.value() : Vend{};
}

void TestVending::sellsAndDelivers()
{
    VendingService::Request r = request("50.00");
    r.payments.first().tendered = yuan("100.00");
    auto v = m_vending->vend(m_cashier, r);
    PD_VERIFY_OK(v);
    QCOMPARE(v->state, VendState::Delivered);
    QCOMPARE(v->amount, yuan("50.00"));
    QCOMPARE(v->units, Quantity::fromMilli(100'000)); // 50.00 at 0.50 fills the first block exactly
    QCOMPARE(v->creditCode.size(), 20);
    QCOMPARE(v->payments.size(), 1);
    QCOMPARE(v->payments.first().change, yuan("50.00"));
    QCOMPARE(m_carrier->deliveries, 1);
    const QJsonArray lines = v->quote.value(u"lines"_qs).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(u"units"_qs).toString(), u"100.000"_qs);
    // Ledger: cash in, revenue by block, the VAT moved out of revenue.
    const QSqlDatabase db = m_db->db().connection();
    QCOMPARE(Ledger::balance(db, LedgerAccounts::Cash).value(), yuan("250.00")); // float + sale
    QCOMPARE(Ledger::balance(db, LedgerAccounts::revenue(u"electricity"_qs, u"block1"_qs)).value(), yuan("-50.00"));
    QCOMPARE(Ledger::balance(db, LedgerAccounts::Tax).value(), yuan("-5.75")); // 50 * 13/113 = 5.752 -> 5.75
    // Outbox: the pending and the delivered events, in that order.
    auto kinds = Sql::exec(db, u"SELECT kind FROM outbox ORDER BY id"_qs);
    QStringList seen;
    while (kinds.value().next())
        seen << kinds.value().value(0).toString();
    QCOMPARE(seen, (QStringList{u"shift.opened"_qs, u"vend.pending"_qs, u"vend.delivered"_qs}));
    // A reprint shows the same credit.
    auto again = m_vending->reprint(m_cashier, v->id);
    QCOMPARE(again->creditCode, v->creditCode);
    QCOMPARE(again->receiptPrints, 1);
}

void TestVending::sameKeySameVend()
{
    const QString key = VendingService::newKey();
    const Vend first = sell("20.00", key);
    const Vend second = sell("20.00", key);
    QCOMPARE(second.id, first.id);
    QCOMPARE(second.creditCode, first.creditCode);
    QCOMPARE(m_carrier->deliveries, 1); // never a second credit
    QCOMPARE(Sql::scalar(m_db->db().connection(), u"SELECT count(*) FROM vends"_qs)->toInt(), 1);
    auto otherAmount = m_vending->vend(m_cashier, request("25.00", key));
    QCOMPARE(otherAmount.error().code, Error::Code::Conflict);
    VendingService::Request otherAccount = request("20.00", key);
    otherAccount.accountId = m_account.id + 1000;
    QCOMPARE(m_vending->vend(m_cashier, otherAccount).error().code, Error::Code::Conflict);
}

void TestVending::refusesBadSales_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("field");
    QTest::newRow("zero") << "0.00"
                          << "amount";
    QTest::newRow("negative") << "-5.00"
                              << "amount";
    QTest::newRow("below minimum") << "0.50"
                                   << "";
    QTest::newRow("above maximum") << "2000.01"
                                   << "";
}

void TestVending::refusesBadSales()
{
    QFETCH(QString, amount);
    QFETCH(QString, field);
    VendingService::Request r = request("1.00");
    r.amount = *Money::parse(amount);
    r.payments.first().amount = r.amount.isNegative() || r.amount.isZero() ? yuan("1.00") : r.amount;
    auto v = m_vending->vend(m_cashier, r);
    QVERIFY(!v.ok());
    QVERIFY(!v.error().message.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(v.error().field, field);
    QCOMPARE(Sql::scalar(m_db->db().connection(), u"SELECT count(*) FROM vends"_qs)->toInt(), 0);
    // A sub-cent amount never gets this far: it is not a Money.
    QVERIFY(!Money::parse(u"10.005"_qs).ok());
}

void TestVending::refusesClosedAccountAndRemovedMeter()
{
    MeterService meters(m_db->db(), *m_clock);
    PD_VERIFY_OK(meters.remove(m_admin, m_meter));
    auto noMeter = m_vending->vend(m_cashier, request("10.00"));
    QVERIFY(!noMeter.ok());
    QVERIFY(noMeter.error().message.contains(u"meter"_qs));
    PD_VERIFY_OK(
        Sql::exec(m_db->db().connection(), u"UPDATE accounts SET status = 'closed' WHERE id = ?"_qs, {m_account.id}));
    auto closed = m_vending->vend(m_cashier, request("10.00"));
    QVERIFY(closed.error().message.contains(u"closed"_qs));
    // No shift, no sale.
    auto noShift = m_vending->vend(m_supervisor, request("10.00"));
    QVERIFY(noShift.error().message.contains(u"shift"_qs));
    QCOMPARE(Sql::scalar(m_db->db().connection(), u"SELECT count(*) FROM vends"_qs)->toInt(), 0);
}

void TestVending::splitPayment()
{
    VendingService::Request r = request("80.00");
    r.payments = {PaymentDraft{PaymentMethod::Cash, yuan("30.00"), yuan("50.00"), {}},
                  PaymentDraft{PaymentMethod::Card, yuan("50.00"), {}, u"POS-778812"_qs}};
    auto v = m_vending->vend(m_cashier, r);
    PD_VERIFY_OK(v);
    QCOMPARE(v->payments.size(), 2);
    QCOMPARE(v->payments[0].change, yuan("20.00"));
    QCOMPARE(v->payments[1].reference, u"POS-778812"_qs);
    QCOMPARE(Ledger::balance(m_db->db().connection(), LedgerAccounts::Card).value(), yuan("50.00"));
    // A card payment needs its reference; payments must add up to the sale.
    r.key = VendingService::newKey();
    r.payments[1].reference.clear();
    QCOMPARE(m_vending->vend(m_cashier, r).error().field, u"reference"_qs);
    r.payments[1].reference = u"POS-1"_qs;
    r.payments[1].amount = yuan("40.00");
    QCOMPARE(m_vending->vend(m_cashier, r).error().field, u"payments"_qs);
    // Cash handed over must cover the cash part.
    r.payments[1].amount = yuan("50.00");
    r.payments[0].tendered = yuan("10.00");
    QCOMPARE(m_vending->vend(m_cashier, r).error().field, u"tendered"_qs);
}

void TestVending::blocksFollowTheCycle()
{
    const Vend a = sell("40.00"); // 80 kWh in block 1
    QCOMPARE(a.units, Quantity::fromWhole(80));
    const Vend b = sell("30.00"); // 20 kWh left in block 1 (10.00), 20.00 at 0.80 = 25 kWh
    QCOMPARE(b.units, Quantity::fromWhole(45));
    QCOMPARE(b.quote.value(u"lines"_qs).toArray().size(), 2);
    // Next month the cycle starts again at block 1.
    m_clock->set(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    const Vend c = sell("10.00");
    QCOMPARE(c.units, Quantity::fromWhole(20));
    QCOMPARE(c.quote.value(u"cycle_units_before"_qs).toString(), u"0.000"_qs);
}

void TestVending::pendingThenFinishOrVoid()
{
    m_carrier->next = CreditCarrier::Outcome::Unknown; // the meter did not answer
    const Vend stuck = sell("10.00");
    QCOMPARE(stuck.state, VendState::Pending);
    QVERIFY(!stuck.creditCode.isEmpty());
    auto pending = m_vending->pending();
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().id, stuck.id);
    // Finishing delivers the same credit.
    m_carrier->next = CreditCarrier::Outcome::Delivered;
    auto finished = m_vending->finish(m_cashier, stuck.id);
    PD_VERIFY_OK(finished);
    QCOMPARE(finished->state, VendState::Delivered);
    QCOMPARE(finished->creditCode, stuck.creditCode);
    QVERIFY(m_vending->pending()->isEmpty());

    m_carrier->next = CreditCarrier::Outcome::Unknown;
    const Vend other = sell("15.00");
    auto voided = m_vending->voidPending(m_cashier, other.id, u"customer left"_qs);
    PD_VERIFY_OK(voided);
    QCOMPARE(voided->state, VendState::Voided);
    QCOMPARE(voided->endReason, u"customer left"_qs);
    // The cash went back out of the drawer: float + the finished sale only.
    QCOMPARE(ShiftService(m_db->db(), *m_clock).expectedCash(other.shiftId).value(), yuan("210.00"));
    // A voided or delivered vend cannot be voided (again).
    QVERIFY(!m_vending->voidPending(m_cashier, other.id, {}).ok());
    QVERIFY(!m_vending->voidPending(m_cashier, stuck.id, {}).ok());
    // A vend whose credit reached the meter cannot be voided, only finished.
    const Vend third = sell("12.00");
    m_carrier->known = CreditCarrier::Outcome::Delivered;
    QCOMPARE(m_vending->voidPending(m_cashier, third.id, {}).error().code, Error::Code::Conflict);
    PD_VERIFY_OK(m_vending->finish(m_cashier, third.id));
}

void TestVending::failedDeliveryReturnsTheMoney()
{
    m_carrier->next = CreditCarrier::Outcome::NotDelivered;
    const Vend v = sell("10.00");
    QCOMPARE(v.state, VendState::Failed);
    QCOMPARE(ShiftService(m_db->db(), *m_clock).expectedCash(v.shiftId).value(), yuan("200.00"));
}

void TestVending::reversalNeedsSupervisorAndRecordsDebt()
{
    const Vend v = sell("50.00");
    auto noApproval = m_vending->reverse(m_cashier, m_cashier, v.id, u"wrong account"_qs, false);
    QCOMPARE(noApproval.error().code, Error::Code::Forbidden);
    QCOMPARE(m_vending->reverse(m_cashier, m_supervisor, v.id, u""_qs, false).error().field, u"reason"_qs);
    auto reversed = m_vending->reverse(m_cashier, m_supervisor, v.id, u"sold to the wrong account"_qs, false);
    PD_VERIFY_OK(reversed);
    QCOMPARE(reversed->state, VendState::Reversed);
    // The token was given: its value is now the customer's debt.
    const QSqlDatabase db = m_db->db().connection();
    QCOMPARE(Ledger::balance(db, LedgerAccounts::Debt, m_account.id).value(), yuan("50.00"));
    // The next sale recovers 20 % of it (at least 5, at most 50).
    auto q = m_vending->quote(m_account.id, yuan("100.00"));
    PD_VERIFY_OK(q);
    QCOMPARE(q->quote.debtRecovered, yuan("20.00"));
    const Vend next = sell("100.00");
    QCOMPARE(Ledger::balance(db, LedgerAccounts::Debt, m_account.id).value(), yuan("30.00"));
    QCOMPARE(next.quote.value(u"debt_recovered"_qs).toString(), u"20.00"_qs);
    // A waived reversal records no debt, and says who waived it.
    auto waived = m_vending->reverse(m_cashier, m_supervisor, next.id, u"meter faulty, credit lost"_qs, true);
    PD_VERIFY_OK(waived);
    QVERIFY(waived->endReason.contains(u"Wang Qiang"_qs));
    // Reversing the debt recovery gives the 20.00 back to the debt.
    QCOMPARE(Ledger::balance(db, LedgerAccounts::Debt, m_account.id).value(), yuan("50.00"));
    QVERIFY(!m_vending->reverse(m_cashier, m_supervisor, next.id, u"again"_qs, true).ok());
}

void TestVending::newTariffVersionAppliesFromItsDate()
{
    TariffService tariffs(m_db->db(), *m_clock);
    auto v = TariffVersion::fromJson(QJsonDocument::fromJson(tieredTariff).object()).value();
    v.effectiveFrom = QDate(2026, 3, 1); // in the past
    QCOMPARE(tariffs.addVersion(m_admin, m_tariff, v).error().field, u"effective_from"_qs);
    v.effectiveFrom = QDate(2026, 3, 15);
    v.blocks[0].price = 6000;
    QCOMPARE(tariffs.addVersion(m_cashier, m_tariff, v).error().code, Error::Code::Forbidden);
    PD_VERIFY_OK(tariffs.addVersion(m_admin, m_tariff, v));
    QCOMPARE(sell("6.00").units, Quantity::fromWhole(12)); // still 0.50 today
    m_clock->set(QDateTime(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC));
    const Vend later = sell("6.00");
    QCOMPARE(later.units, Quantity::fromWhole(10)); // 0.60 from the 15th
    QCOMPARE(later.quote.value(u"effective_from"_qs).toString(), u"2026-03-15"_qs);
    // A tariff with a gap between its blocks is refused.
    v.effectiveFrom = QDate(2026, 4, 1);
    v.blocks[1].from = Quantity::fromWhole(120);
    QVERIFY(!tariffs.addVersion(m_admin, m_tariff, v).ok());
}

void TestVending::shiftCloseAndZReport()
{
    ShiftService shifts(m_db->db(), *m_clock);
    sell("50.00");
    VendingService::Request card = request("30.00");
    card.payments = {PaymentDraft{PaymentMethod::Qr, yuan("30.00"), {}, u"WX-1"_qs}};
    PD_VERIFY_OK(m_vending->vend(m_cashier, card));
    m_carrier->next = CreditCarrier::Outcome::Unknown;
    const Vend stuck = sell("5.00");
    // A pending vend blocks closing.
    QMap<qint64, int> counts{{10000, 2}, {5000, 1}};
    QVERIFY(shifts.close(m_cashier, counts).error().message.contains(u"pending"_qs));
    PD_VERIFY_OK(m_vending->voidPending(m_cashier, stuck.id, u"test"_qs));
    // Expected: 200 float + 50 cash = 250. Counted 250: no approval needed.
    QCOMPARE(shifts.expectedCash(stuck.shiftId).value(), yuan("250.00"));
    // Counted 240: a supervisor other than the cashier must approve, with a note.
    QMap<qint64, int> short10{{10000, 2}, {2000, 2}};
    QCOMPARE(shifts.close(m_cashier, short10).error().code, Error::Code::Forbidden);
    QCOMPARE(shifts.close(m_cashier, short10, m_cashier, u"?"_qs).error().code, Error::Code::Forbidden);
    QCOMPARE(shifts.close(m_cashier, short10, m_supervisor).error().field, u"note"_qs);
    auto closed = shifts.close(m_cashier, short10, m_supervisor, u"10 yuan missing"_qs);
    PD_VERIFY_OK(closed);
    QCOMPARE(closed->countedCash, yuan("240.00"));
    QCOMPARE(closed->expectedCash, yuan("250.00"));
    QCOMPARE(closed->approvedBy, u"Wang Qiang"_qs);
    QCOMPARE(Ledger::balance(m_db->db().connection(), LedgerAccounts::OverShort).value(), yuan("10.00"));
    // No sale without an open shift now.
    QVERIFY(!m_vending->vend(m_cashier, request("10.00")).ok());

    auto z = shifts.zReport(closed->id);
    PD_VERIFY_OK(z);
    QCOMPARE(z->utilities.size(), 1);
    QCOMPARE(z->utilities.first().vends, 2);
    QCOMPARE(z->utilities.first().amount, yuan("80.00"));
    QCOMPARE(z->voids, 1);
    QCOMPARE(z->voidedAmount, yuan("5.00"));
    QCOMPARE(z->methods.size(), 2);
    QCOMPARE(z->blocks.size(), 2); // 50.00 fills block 1 (100 kWh); 30.00 at 0.80 is 37.5 kWh of block 2
    QCOMPARE(z->blocks[0].units, Quantity::fromWhole(100));
    QCOMPARE(z->blocks[1].units, Quantity::fromMilli(37'500));
    const QString text = z->text(QLocale(QLocale::English));
    QVERIFY(text.contains(u"80.00"_qs));
    QVERIFY(text.contains(u"Wang Qiang"_qs));
    QVERIFY(text.contains(u"-¥10.00"_qs));
}

void TestVending::ledgerCheckFindsTampering()
{
    sell("10.00");
    const QSqlDatabase db = m_db->db().connection();
    PD_VERIFY_OK(Sql::exec(db, u"UPDATE ledger_lines SET credit_minor = credit_minor + 1 WHERE id = "
                               "(SELECT max(id) FROM ledger_lines WHERE credit_minor > 0)"_qs));
    auto check = Ledger::verify(db);
    PD_VERIFY_OK(check);
    QVERIFY(!check->problems.isEmpty());
    // Put it back, so that cleanup's check passes.
    PD_VERIFY_OK(Sql::exec(db, u"UPDATE ledger_lines SET credit_minor = credit_minor - 1 WHERE id = "
                               "(SELECT max(id) FROM ledger_lines WHERE credit_minor > 0)"_qs));
    PD_VERIFY_OK(Sql::exec(db, u"INSERT INTO payments (vend_id, method, amount_minor) VALUES (1, 'cash', 100)"_qs));
    QVERIFY(Ledger::verify(db)->problems.join(u' ').contains(u"vend 1"_qs));
    PD_VERIFY_OK(Sql::exec(db, u"DELETE FROM payments WHERE id = (SELECT max(id) FROM payments)"_qs));
}

void TestVending::schemaOneTariffsBecomeVersions()
{
    // A database written by the first release: tariffs had one flat price and no versions.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"schema1.db"_qs);
    {
        Database::Options o;
        o.targetVersion = 1;
        auto old = Database::open(path, o);
        PD_VERIFY_OK(old);
        PD_VERIFY_OK(Sql::exec(old.value()->connection(),
                               u"INSERT INTO tariffs (utility, code, name, unit_price, created_at) VALUES "
                               "('water', 'W-OLD', 'Old water', 35000, '2025-01-01T00:00:00Z'), "
                               "('electricity', 'E-OLD', 'Old power', 4883, '2025-01-01T00:00:00Z')"_qs));
    }
    auto upgraded = Database::open(path);
    PD_VERIFY_OK(upgraded);
    TariffService tariffs(*upgraded.value(), *m_clock);
    auto list = tariffs.tariffs();
    PD_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    for (const auto &t : list.value()) {
        auto version = tariffs.versionAt(t.id, QDate(2026, 3, 10));
        PD_VERIFY_OK(version);
        QCOMPARE(version->rules.blocks.size(), 1);
        QCOMPARE(version->rules.blocks.first().price, t.code == u"W-OLD"_qs ? 35000 : 4883);
        // The flat price still quotes: 10.00 of water at 3.50 is 2.857 m3.
        if (t.code == u"W-OLD"_qs) {
            QuoteInput in;
            in.amount = yuan("10.00");
            QCOMPARE(TariffEngine::quote(version->rules, in)->units, Quantity::fromMilli(2857));
        }
    }
}

QTEST_GUILESS_MAIN(TestVending)
#include "tst_vending.moc"
