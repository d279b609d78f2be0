// Customers, accounts and meters through the core services, on a database file on disk.
#include "TestSupport.h"

#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "search/CustomerSearch.h"
#include "storage/Sql.h"

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

CustomerDraft zhangSan()
{
    CustomerDraft d;
    d.name = QStringLiteral("张三");
    d.phone = QStringLiteral("13800138000");
    d.idNumber = QStringLiteral("11010519491231002X");
    d.address = QStringLiteral("幸福路 1 号 2 单元 301");
    d.regionPath = {QStringLiteral("北京市"), QStringLiteral("东城区"), QStringLiteral("和平里社区"),
                    QStringLiteral("3 号楼")};
    d.assistElderly = true;
    return d;
}

MeterDraft stsMeter(const QString &serial)
{
    return stsMeterDraft(serial);
}

QList<qint64> idsFor(Database &db, const QString &query)
{
    QList<qint64> ids;
    auto hits = CustomerSearch(db).search(query);
    if (hits) {
        for (const auto &h : hits.value())
            ids << h.customerId;
    }
    return ids;
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createAndRead();
    void validationNamesEveryBadField();
    void updateRecordsWhoAndWhen();
    void staleEditIsRefused();
    void rolesAreEnforcedInCore();
    void accountsOnePerUtility();
    void meterLifecycle();
    void meterRules();
    void injectionStringsAreStoredVerbatim();
    void operatorsAndLogin();
    void nothingIsSavedWhileTheFileIsChecked();

private:
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    Operator m_cashier{0, QStringLiteral("li"), QStringLiteral("Li Na"), Role::Cashier};
    Operator m_engineer{0, QStringLiteral("wang"), QStringLiteral("Wang Gong"), Role::Engineer};
};

void TestRecords::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(testEpoch());
    OperatorService ops(m_db->db(), *m_clock);
    auto admin = ops.add(Operator::system(), QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin,
                         QStringLiteral("admin-pass-1"));
    PD_VERIFY_OK(admin);
    auto cashier = ops.add(admin.value(), m_cashier.username, m_cashier.displayName, Role::Cashier,
                           QStringLiteral("cashier-pass-1"));
    PD_VERIFY_OK(cashier);
    m_cashier = cashier.value();
    auto engineer = ops.add(admin.value(), m_engineer.username, m_engineer.displayName, Role::Engineer,
                            QStringLiteral("engineer-pass-1"));
    PD_VERIFY_OK(engineer);
    m_engineer = engineer.value();
}

void TestRecords::cleanup()
{
    m_db.reset();
}

void TestRecords::createAndRead()
{
    CustomerService customers(m_db->db(), *m_clock);
    auto id = customers.create(m_cashier, zhangSan());
    PD_VERIFY_OK(id);
    auto c = customers.get(id.value());
    PD_VERIFY_OK(c);
    QCOMPARE(c->name, QStringLiteral("张三"));
    QCOMPARE(c->customerNo, QStringLiteral("C%1").arg(id.value(), 8, 10, QLatin1Char('0')));
    QCOMPARE(c->regionPath.size(), 4);
    QCOMPARE(c->regionPath.last(), QStringLiteral("3 号楼"));
    QVERIFY(c->assistElderly);
    QCOMPARE(c->createdBy, QStringLiteral("Li Na"));
    QCOMPARE(c->createdAt, testEpoch());
    QCOMPARE(c->revision, 1);
    // The same region path is reused, not duplicated.
    CustomerDraft neighbour = zhangSan();
    neighbour.name = QStringLiteral("李四");
    neighbour.idNumber.clear();
    PD_VERIFY_OK(customers.create(m_cashier, neighbour));
    QCOMPARE(Sql::scalar(m_db->db().connection(), QStringLiteral("SELECT count(*) FROM regions"))->toInt(), 4);
    // It can be found right away.
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("zs")), QList<qint64>{id.value()});
}

void TestRecords::validationNamesEveryBadField()
{
    CustomerService customers(m_db->db(), *m_clock);
    CustomerDraft d;
    d.name = QString();
    d.phone = QStringLiteral("12345");
    d.idNumber = QStringLiteral("110105194912310021");
    d.address = QString(10000, u'a');
    d.preferredLanguage = QStringLiteral("fr");
    const QList<Error> errors = customers.validate(d);
    QStringList fields;
    for (const Error &e : errors) {
        fields << e.field;
        QVERIFY(!e.message.isEmpty());
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{u"address"_qs, u"id_number"_qs, u"name"_qs, u"phone"_qs, u"preferred_language"_qs}));
    // And nothing is stored.
    QVERIFY(!customers.create(m_cashier, d).ok());
    QCOMPARE(Sql::scalar(m_db->db().connection(), QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 0);
}

void TestRecords::updateRecordsWhoAndWhen()
{
    CustomerService customers(m_db->db(), *m_clock);
    const qint64 id = customers.create(m_cashier, zhangSan()).value();
    m_clock->advanceSecs(3600);
    CustomerDraft d = customers.get(id)->draft();
    d.phone = QStringLiteral("13900139000");
    d.name = QStringLiteral("张三丰");
    PD_VERIFY_OK(customers.update(m_cashier, id, d, 1));
    auto c = customers.get(id);
    QCOMPARE(c->phone, QStringLiteral("13900139000"));
    QCOMPARE(c->revision, 2);
    QCOMPARE(c->updatedAt, testEpoch().addSecs(3600));
    auto history = customers.history(id);
    PD_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    const ChangeLog::Entry &latest = history->first();
    QCOMPARE(latest.action, QStringLiteral("update"));
    QCOMPARE(latest.operatorName, QStringLiteral("Li Na"));
    QCOMPARE(latest.at, testEpoch().addSecs(3600));
    QCOMPARE(latest.details.value(QStringLiteral("phone")).toArray().at(0).toString(), QStringLiteral("13800138000"));
    QCOMPARE(latest.details.value(QStringLiteral("phone")).toArray().at(1).toString(), QStringLiteral("13900139000"));
    QVERIFY(!latest.details.contains(QStringLiteral("address")));
    // The search keys followed the change: the old phone no longer finds the customer.
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("13900139000")), QList<qint64>{id});
    QVERIFY(idsFor(m_db->db(), QStringLiteral("13800138000")).isEmpty());
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("zsf")), QList<qint64>{id});
    // Saving without changes records nothing.
    PD_VERIFY_OK(customers.update(m_cashier, id, customers.get(id)->draft(), 2));
    QCOMPARE(customers.history(id)->size(), 2);
}

void TestRecords::staleEditIsRefused()
{
    CustomerService customers(m_db->db(), *m_clock);
    const qint64 id = customers.create(m_cashier, zhangSan()).value();
    CustomerDraft first = customers.get(id)->draft();
    CustomerDraft second = first;
    first.phone = QStringLiteral("13911112222");
    second.address = QStringLiteral("Somewhere else");
    PD_VERIFY_OK(customers.update(m_cashier, id, first, 1));
    const Status late = customers.update(m_cashier, id, second, 1);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, Error::Code::Conflict);
    QCOMPARE(customers.get(id)->address, zhangSan().address);
}

void TestRecords::rolesAreEnforcedInCore()
{
    CustomerService customers(m_db->db(), *m_clock);
    const Operator auditor{m_cashier.id, QStringLiteral("audit"), QStringLiteral("Auditor"), Role::Auditor};
    auto denied = customers.create(auditor, zhangSan());
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, Error::Code::Forbidden);
    MeterService meters(m_db->db(), *m_clock);
    const qint64 id = customers.create(m_cashier, zhangSan()).value();
    const Account account = customers.openAccount(m_cashier, id, Utility::Electricity).value();
    const qint64 meter = meters.registerMeter(m_cashier, stsMeter(QStringLiteral("E1001"))).value();
    PD_VERIFY_OK(meters.install(m_cashier, meter, account.id));
    // Removing a meter is an engineer's job.
    const Status s = meters.remove(m_cashier, meter);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Forbidden);
    PD_VERIFY_OK(meters.remove(m_engineer, meter));
}

void TestRecords::accountsOnePerUtility()
{
    CustomerService customers(m_db->db(), *m_clock);
    const qint64 id = customers.create(m_cashier, zhangSan()).value();
    auto e = customers.openAccount(m_cashier, id, Utility::Electricity);
    PD_VERIFY_OK(e);
    QVERIFY(e->accountNo.startsWith(u'E'));
    auto w = customers.openAccount(m_cashier, id, Utility::Water, std::nullopt, QStringLiteral("w-778899"));
    PD_VERIFY_OK(w);
    QCOMPARE(w->accountNo, QStringLiteral("W-778899"));
    auto again = customers.openAccount(m_cashier, id, Utility::Electricity);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::Conflict);
    const qint64 other =
        customers
            .create(m_cashier,
                    CustomerDraft{{}, QStringLiteral("Wang Wu"), {}, {}, {}, {}, {}, {}, {}, {}, QStringLiteral("en")})
            .value();
    auto taken = customers.openAccount(m_cashier, other, Utility::Water, std::nullopt, QStringLiteral("W-778899"));
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().field, QStringLiteral("account_no"));
    QCOMPARE(customers.accounts(id)->size(), 2);
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("W-778899")), QList<qint64>{id});
    auto missing = customers.openAccount(m_cashier, 9999, Utility::Gas);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestRecords::meterLifecycle()
{
    CustomerService customers(m_db->db(), *m_clock);
    MeterService meters(m_db->db(), *m_clock);
    const qint64 seller = customers.create(m_cashier, zhangSan()).value();
    CustomerDraft buyerDraft = zhangSan();
    buyerDraft.name = QStringLiteral("Alice Brown");
    buyerDraft.idNumber.clear();
    buyerDraft.phone = QStringLiteral("13700137000");
    const qint64 buyer = customers.create(m_cashier, buyerDraft).value();
    const Account sellerAccount = customers.openAccount(m_cashier, seller, Utility::Electricity).value();
    const Account buyerAccount = customers.openAccount(m_cashier, buyer, Utility::Electricity).value();

    const qint64 first = meters.registerMeter(m_engineer, stsMeter(QStringLiteral("e-0001"))).value();
    QCOMPARE(meters.get(first)->serial, QStringLiteral("E-0001"));
    QCOMPARE(meters.get(first)->status, MeterStatus::InStock);
    PD_VERIFY_OK(meters.install(m_engineer, first, sellerAccount.id, 1500));
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("E-0001")), QList<qint64>{seller});

    // Replace: the old meter is removed, the new one installed on the same account.
    m_clock->advanceSecs(86400);
    const qint64 second = meters.registerMeter(m_engineer, stsMeter(QStringLiteral("E-0002"))).value();
    PD_VERIFY_OK(meters.replace(m_engineer, first, second, 98765, QStringLiteral("display failed")));
    QCOMPARE(meters.get(first)->status, MeterStatus::Removed);
    QCOMPARE(meters.get(second)->accountId, std::optional<qint64>(sellerAccount.id));
    QVERIFY(idsFor(m_db->db(), QStringLiteral("E-0001")).isEmpty());
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("E-0002")), QList<qint64>{seller});

    // Transfer: the house is sold; the meter moves to the buyer's account.
    m_clock->advanceSecs(86400);
    PD_VERIFY_OK(meters.transfer(m_engineer, second, buyerAccount.id, QStringLiteral("house sold")));
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("E-0002")), QList<qint64>{buyer});
    QCOMPARE(meters.metersOfCustomer(seller)->size(), 0);
    QCOMPARE(meters.metersOfCustomer(buyer)->size(), 1);

    // Remove.
    PD_VERIFY_OK(meters.remove(m_engineer, second, 120000));
    QCOMPARE(meters.get(second)->status, MeterStatus::Removed);

    // The history is complete and in order, newest first.
    auto events = meters.eventsOfMeter(second);
    PD_VERIFY_OK(events);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).kind, MeterEventKind::Remove);
    QCOMPARE(events->at(1).kind, MeterEventKind::Transfer);
    QCOMPARE(events->at(1).fromAccountNo, sellerAccount.accountNo);
    QCOMPARE(events->at(1).accountNo, buyerAccount.accountNo);
    QCOMPARE(events->at(2).kind, MeterEventKind::Replace);
    QCOMPARE(events->at(2).relatedMeterSerial, QStringLiteral("E-0001"));
    QCOMPARE(events->at(2).operatorName, QStringLiteral("Wang Gong"));
    auto sellerEvents = meters.eventsOfCustomer(seller);
    PD_VERIFY_OK(sellerEvents);
    QCOMPARE(sellerEvents->size(), 4); // install, remove (old), replace (new), transfer away
    QCOMPARE(meters.eventsOfMeter(first)->first().registerMilli, std::optional<qint64>(98765));
    // Both customers' change histories show the transfer.
    auto buyerHistory = customers.history(buyer);
    PD_VERIFY_OK(buyerHistory);
    QCOMPARE(buyerHistory->at(0).action, QStringLiteral("remove"));
    QCOMPARE(buyerHistory->at(1).action, QStringLiteral("transfer-in"));
    QCOMPARE(customers.history(seller)->first().action, QStringLiteral("transfer-out"));
}

void TestRecords::meterRules()
{
    CustomerService customers(m_db->db(), *m_clock);
    MeterService meters(m_db->db(), *m_clock);
    const qint64 id = customers.create(m_cashier, zhangSan()).value();
    const Account water = customers.openAccount(m_cashier, id, Utility::Water).value();
    const Account power = customers.openAccount(m_cashier, id, Utility::Electricity).value();

    MeterDraft noKeys = stsMeter(QStringLiteral("E-9"));
    noKeys.stsSupplyGroupCode.reset();
    auto e = meters.registerMeter(m_engineer, noKeys);
    QCOMPARE(e.error().field, QStringLiteral("sts_sgc"));
    MeterDraft serialNoProtocol;
    serialNoProtocol.serial = QStringLiteral("S-1");
    serialNoProtocol.carrier = Carrier::Serial;
    QCOMPARE(meters.registerMeter(m_engineer, serialNoProtocol).error().field, QStringLiteral("protocol"));

    const qint64 m1 = meters.registerMeter(m_engineer, stsMeter(QStringLiteral("E-1"))).value();
    auto dup = meters.registerMeter(m_engineer, stsMeter(QStringLiteral("e-1")));
    QCOMPARE(dup.error().code, Error::Code::Conflict);
    QCOMPARE(dup.error().field, QStringLiteral("serial"));
    // An electricity meter does not go on a water account.
    const Status wrongUtility = meters.install(m_engineer, m1, water.id);
    QVERIFY(!wrongUtility.ok());
    QCOMPARE(wrongUtility.error().field, QStringLiteral("account"));
    PD_VERIFY_OK(meters.install(m_engineer, m1, power.id));
    // One installed meter per account; a meter is installed in one place.
    const qint64 m2 = meters.registerMeter(m_engineer, stsMeter(QStringLiteral("E-2"))).value();
    QCOMPARE(meters.install(m_engineer, m2, power.id).error().code, Error::Code::Conflict);
    QCOMPARE(meters.install(m_engineer, m1, power.id).error().code, Error::Code::Conflict);

    MeterDraft card;
    card.serial = QStringLiteral("W-1");
    card.utility = Utility::Water;
    card.carrier = Carrier::IcCard;
    card.cardNo = QStringLiteral("card-77");
    const qint64 m3 = meters.registerMeter(m_engineer, card).value();
    PD_VERIFY_OK(meters.install(m_engineer, m3, water.id));
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("CARD-77")), QList<qint64>{id});
    MeterDraft sameCard = card;
    sameCard.serial = QStringLiteral("W-2");
    QCOMPARE(meters.registerMeter(m_engineer, sameCard).error().field, QStringLiteral("card_no"));
}

void TestRecords::injectionStringsAreStoredVerbatim()
{
    CustomerService customers(m_db->db(), *m_clock);
    CustomerDraft d = zhangSan();
    d.name = QStringLiteral("Robert'); DROP TABLE customers;--");
    d.address = QStringLiteral("\" OR 1=1 -- %_ \\ ' ; /* */");
    d.regionPath = {QStringLiteral("x' OR '1'='1"), QStringLiteral("%")};
    d.idNumber.clear();
    const qint64 id = customers.create(m_cashier, d).value();
    auto c = customers.get(id);
    PD_VERIFY_OK(c);
    QCOMPARE(c->name, d.name);
    QCOMPARE(c->address, d.address);
    QCOMPARE(c->regionPath, d.regionPath);
    QCOMPARE(Sql::scalar(m_db->db().connection(), QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 1);
    // Searching with metacharacters finds exactly what contains them, and nothing else.
    QCOMPARE(idsFor(m_db->db(), QStringLiteral("'); drop")), QList<qint64>{id});
    QVERIFY(idsFor(m_db->db(), QStringLiteral("%")).isEmpty());
    QVERIFY(idsFor(m_db->db(), QStringLiteral("' OR '1'='1")).isEmpty());
}

void TestRecords::operatorsAndLogin()
{
    OperatorService ops(m_db->db(), *m_clock);
    auto ok = ops.authenticate(QStringLiteral("li"), QStringLiteral("cashier-pass-1"));
    PD_VERIFY_OK(ok);
    QCOMPARE(ok->role, Role::Cashier);
    QCOMPARE(ok->displayName, QStringLiteral("Li Na"));
    const auto wrong = ops.authenticate(QStringLiteral("li"), QStringLiteral("nope"));
    const auto unknown = ops.authenticate(QStringLiteral("nobody"), QStringLiteral("nope"));
    QCOMPARE(wrong.error().code, Error::Code::Auth);
    QCOMPARE(wrong.error().message, unknown.error().message);
    // The system operator cannot log in, even with an empty password.
    QVERIFY(!ops.authenticate(QStringLiteral("system"), QString()).ok());
    // Passwords are stored hashed with scrypt, never in the clear.
    const QString stored = Sql::scalar(m_db->db().connection(),
                                       QStringLiteral("SELECT password_hash FROM operators WHERE username = 'li'"))
                               ->toString();
    QVERIFY(stored.startsWith(QStringLiteral("scrypt$")));
    QVERIFY(!stored.contains(QStringLiteral("cashier-pass-1")));
    // Only administrators add operators.
    QCOMPARE(ops.add(m_cashier, QStringLiteral("x1"), QStringLiteral("X"), Role::Admin, QStringLiteral("12345678"))
                 .error()
                 .code,
             Error::Code::Forbidden);
    QCOMPARE(ops.add(Operator{1, {}, {}, Role::Admin}, QStringLiteral("li"), QStringLiteral("X"), Role::Cashier,
                     QStringLiteral("12345678"))
                 .error()
                 .code,
             Error::Code::Conflict);
    PD_VERIFY_OK(ops.setPassword(m_cashier, m_cashier.id, QStringLiteral("new-pass-123")));
    PD_VERIFY_OK(ops.authenticate(QStringLiteral("LI"), QStringLiteral("new-pass-123")));
}

void TestRecords::nothingIsSavedWhileTheFileIsChecked()
{
    CustomerService customers(m_db->db(), *m_clock);
    m_db->db().setCheckRunning();
    auto early = customers.create(m_cashier, zhangSan());
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, Error::Code::Locked);
    QVERIFY(early.error().message.contains(QStringLiteral("checked")));
    // Reading goes on meanwhile.
    PD_VERIFY_OK(customers.tariffs());
    m_db->db().setCheckResult({});
    PD_VERIFY_OK(customers.create(m_cashier, zhangSan()));
    // Once the check has found damage, nothing more is written.
    m_db->db().setCheckResult(Error::make(Error::Code::Corrupt, QStringLiteral("damaged")));
    auto late = customers.create(m_cashier, zhangSan());
    QCOMPARE(late.error().code, Error::Code::Corrupt);
    QCOMPARE(Sql::scalar(m_db->db().connection(), QStringLiteral("SELECT count(*) FROM customers"))->toInt(), 1);
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
