// The meter engineer's STS work in core (MeterTokens): management tokens approved by a second
// supervisor and kept in the change log without key material, key changes scheduled for the
// next sale, and tokens explained (accepted, CRC error, next key, already used, too old).
// The STS algorithms are linked directly (StsTokenGenerator), without loading the plugin.
#include "TestSupport.h"

#include "StsTokenGenerator.h"

#include "records/ChangeLog.h"
#include "records/CustomerService.h"
#include "records/MeterService.h"
#include "records/OperatorService.h"
#include "security/KeyVault.h"
#include "storage/Sql.h"
#include "vending/MeterTokens.h"
#include "vending/StsCarrier.h"
#include "vending/Vend.h"

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

// The vending key of the STS compliance example in issue 4, and a second one for KRN 2.
const QByteArray vendingKey = QByteArray::fromHex("abababababababab");
const QByteArray nextVendingKey = QByteArray::fromHex("0123456789abcdef");

} // namespace

class TestMeterTokens : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rolesAndApproval();
    void managementTokensDecodeAndAreLogged_data();
    void managementTokensDecodeAndAreLogged();
    void lockedVaultMakesNothing();
    void keyChangeScheduledAndCancelled();
    void explainsTokens();
    void tooOldAfterFiftyLaterTokens();
    void typedInput();

private:
    TokenKeyParams keyFor(int krn) const;
    QVariant meterColumn(const char *column) const;
    QString issue(ManagementFunction f, quint32 value = 0);

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<ManualClock> m_clock;
    sts::StsTokenGenerator m_generator;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<MeterTokens> m_tokens;
    Operator m_admin, m_cashier, m_engineer, m_supervisor;
    qint64 m_customer = 0;
    qint64 m_meter = 0;
    const QString m_drn = u"01234567890"_qs;
};

void TestMeterTokens::init()
{
    m_db = std::make_unique<TempDatabase>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    OperatorService ops(m_db->db(), *m_clock);
    m_admin = ops.add(Operator::system(), u"admin"_qs, u"Admin"_qs, Role::Admin, u"admin-pass-1"_qs).value();
    m_cashier = ops.add(m_admin, u"li"_qs, u"Li Na"_qs, Role::Cashier, u"cashier-pass-1"_qs).value();
    m_engineer = ops.add(m_admin, u"zhou"_qs, u"Zhou Gong"_qs, Role::Engineer, u"engineer-pass-1"_qs).value();
    m_supervisor = ops.add(m_admin, u"wang"_qs, u"Wang Qiang"_qs, Role::Supervisor, u"super-pass-1"_qs).value();
    CustomerService customers(m_db->db(), *m_clock);
    CustomerDraft d;
    d.name = u"张三"_qs;
    m_customer = customers.create(m_cashier, d).value();
    const qint64 account = customers.openAccount(m_cashier, m_customer, Utility::Electricity)->id;
    MeterService meters(m_db->db(), *m_clock);
    m_meter = meters.registerMeter(m_admin, stsMeterDraft(m_drn)).value();
    PD_VERIFY_OK(meters.install(m_admin, m_meter, account));
    m_vault = std::make_unique<KeyVault>(m_db->db(), *m_clock);
    PD_VERIFY_OK(m_vault->initialize(m_admin, u"a long vault passphrase"_qs));
    PD_VERIFY_OK(m_vault->addKey(m_admin, 123456, 1, 2, SecretBytes(vendingKey), {}, u"test"_qs));
    m_tokens = std::make_unique<MeterTokens>(m_db->db(), *m_clock, &m_generator, m_vault.get());
}

void TestMeterTokens::cleanup()
{
    m_tokens.reset();
    m_vault.reset();
    m_db.reset();
}

TokenKeyParams TestMeterTokens::keyFor(int krn) const
{
    TokenKeyParams p;
    p.vendingKey = krn == 1 ? vendingKey : nextVendingKey;
    p.supplyGroupCode = 123456;
    p.tariffIndex = 1;
    p.keyRevision = krn;
    p.pan = StsCarrier::panOf(m_drn).value();
    p.baseDate = 2014;
    return p;
}

QVariant TestMeterTokens::meterColumn(const char *column) const
{
    return Sql::scalar(m_db->db().connection(), u"SELECT "_qs + QLatin1String(column) + u" FROM meters WHERE id = ?"_qs,
                       {m_meter})
        .value();
}

QString TestMeterTokens::issue(ManagementFunction f, quint32 value)
{
    auto issued = m_tokens->issueManagement(m_engineer, m_supervisor, m_meter, f, value, u"customer's request"_qs);
    if (!issued) {
        qWarning("%s", qPrintable(issued.error().message));
        return {};
    }
    return issued->token.digits;
}

void TestMeterTokens::rolesAndApproval()
{
    const auto tamper = ManagementFunction::ClearTamper;
    // A cashier may look, not act.
    QVERIFY(m_tokens->meter(m_meter).ok());
    QCOMPARE(m_tokens->issueManagement(m_cashier, m_supervisor, m_meter, tamper, 0, u"reason"_qs).error().code,
             Error::Code::Forbidden);
    QCOMPARE(m_tokens->scheduleKeyChange(m_cashier, m_supervisor, m_meter, 123456, 1, 2, u"reason"_qs).error().code,
             Error::Code::Forbidden);
    QCOMPARE(m_tokens->explain(m_cashier, m_meter, u"12345678901234567890"_qs).error().code, Error::Code::Forbidden);
    // The engineer cannot approve their own token, nor can another engineer or a cashier.
    auto self = m_tokens->issueManagement(m_engineer, m_engineer, m_meter, tamper, 0, u"reason"_qs);
    QCOMPARE(self.error().code, Error::Code::Forbidden);
    QVERIFY2(self.error().message.contains(u"own request"_qs), qPrintable(self.error().message));
    QCOMPARE(m_tokens->issueManagement(m_engineer, m_cashier, m_meter, tamper, 0, u"reason"_qs).error().code,
             Error::Code::Forbidden);
    // A supervisor making one needs another supervisor (or an administrator).
    QCOMPARE(m_tokens->issueManagement(m_supervisor, m_supervisor, m_meter, tamper, 0, u"reason"_qs).error().code,
             Error::Code::Forbidden);
    PD_VERIFY_OK(m_tokens->issueManagement(m_supervisor, m_admin, m_meter, tamper, 0, u"reason"_qs));
    // The reason is required.
    QCOMPARE(m_tokens->issueManagement(m_engineer, m_supervisor, m_meter, tamper, 0, u"  "_qs).error().field,
             u"reason"_qs);
    // Values out of range.
    QCOMPARE(m_tokens
                 ->issueManagement(m_engineer, m_supervisor, m_meter, ManagementFunction::SetMaximumPowerLimit, 0,
                                   u"reason"_qs)
                 .error()
                 .field,
             u"value"_qs);
    QCOMPARE(
        m_tokens
            ->issueManagement(m_engineer, m_supervisor, m_meter, ManagementFunction::SetTariffRate, 70000, u"reason"_qs)
            .error()
            .field,
        u"value"_qs);
    // Nothing but the one approved token was recorded.
    QCOMPARE(Sql::scalar(m_db->db().connection(),
                         u"SELECT count(*) FROM change_log WHERE action = 'sts-management-token'"_qs)
                 ->toInt(),
             1);
}

void TestMeterTokens::managementTokensDecodeAndAreLogged_data()
{
    QTest::addColumn<int>("function");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("decoded");
    QTest::newRow("power limit") << int(ManagementFunction::SetMaximumPowerLimit) << 5000u << u"set-max-power"_qs
                                 << qint64(5000);
    QTest::newRow("clear credit") << int(ManagementFunction::ClearCredit) << 65535u << u"clear-credit"_qs
                                  << qint64(65535);
    QTest::newRow("tariff rate") << int(ManagementFunction::SetTariffRate) << 1234u << u"set-tariff-rate"_qs
                                 << qint64(1234);
    QTest::newRow("clear tamper") << int(ManagementFunction::ClearTamper) << 0u << u"clear-tamper"_qs << qint64(0);
    QTest::newRow("phase unbalance") << int(ManagementFunction::SetMaximumPhasePowerUnbalance) << 800u
                                     << u"set-phase-unbalance"_qs << qint64(800);
    QTest::newRow("water factor") << int(ManagementFunction::SetWaterMeterFactor) << 42u << u"set-water-factor"_qs
                                  << qint64(42);
}

void TestMeterTokens::managementTokensDecodeAndAreLogged()
{
    QFETCH(int, function);
    QFETCH(quint32, value);
    QFETCH(QString, kind);
    QFETCH(qint64, decoded);
    const auto f = ManagementFunction(function);
    QVERIFY(meterColumn("sts_last_tid").isNull());
    auto issued = m_tokens->issueManagement(m_engineer, m_supervisor, m_meter, f, value, u"Meter tripped twice"_qs);
    PD_VERIFY_OK(issued);
    QCOMPARE(issued->token.digits.size(), 20);
    auto d = m_generator.decode(m_generator.decoderKey(keyFor(1)).value(), u"07"_qs, 2014, issued->token.digits);
    PD_VERIFY_OK(d);
    QVERIFY(d->crcOk);
    QCOMPARE(d->tokenClass, 2);
    QCOMPARE(d->kind, kind);
    QCOMPARE(d->value, std::optional<qint64>(decoded));
    QCOMPARE(d->issued.date(), QDate(2026, 3, 10));
    QCOMPARE(meterColumn("sts_last_tid").toLongLong(), qint64(*d->tid));
    // A second one takes a later identifier, even in the same minute.
    auto second = m_tokens->issueManagement(m_engineer, m_supervisor, m_meter, f, value, u"again"_qs);
    PD_VERIFY_OK(second);
    QVERIFY(*second->token.tid > *d->tid);
    // The change log, in the customer's history: who, approver, reason, function, value, TID.
    const auto entries = ChangeLog::forCustomer(m_db->db().connection(), m_customer).value();
    const ChangeLog::Entry &e = entries.at(1);
    QCOMPARE(e.action, u"sts-management-token"_qs);
    QCOMPARE(e.entity, u"meter"_qs);
    QCOMPARE(e.entityId, m_meter);
    QCOMPARE(e.operatorName, u"Zhou Gong"_qs);
    QCOMPARE(e.details.value(u"approver"_qs).toString(), u"Wang Qiang"_qs);
    QCOMPARE(e.details.value(u"approved_by"_qs).toInteger(), m_supervisor.id);
    QCOMPARE(e.details.value(u"reason"_qs).toString(), u"Meter tripped twice"_qs);
    QCOMPARE(e.details.value(u"function"_qs).toString(), kind);
    QCOMPARE(e.details.value(u"value"_qs).toInteger(), decoded);
    QCOMPARE(e.details.value(u"tid"_qs).toInteger(), qint64(*d->tid));
    // Never key material: neither the vending key nor the decoder key, in any spelling.
    const QString all = Sql::scalar(m_db->db().connection(), u"SELECT group_concat(details, '|') FROM change_log"_qs)
                            ->toString()
                            .toLower();
    for (const QByteArray &secret : {vendingKey, m_generator.decoderKey(keyFor(1)).value()}) {
        QVERIFY(!all.contains(QString::fromLatin1(secret.toHex())));
        QVERIFY(!all.contains(QString::fromLatin1(secret.toBase64()).toLower()));
    }
}

void TestMeterTokens::lockedVaultMakesNothing()
{
    m_vault->lock();
    auto r =
        m_tokens->issueManagement(m_engineer, m_supervisor, m_meter, ManagementFunction::ClearTamper, 0, u"reason"_qs);
    QCOMPARE(r.error().code, Error::Code::Forbidden);
    QVERIFY(r.error().message.contains(u"key vault is locked"_qs));
    QVERIFY(meterColumn("sts_last_tid").isNull());
    QVERIFY(!m_tokens->explain(m_engineer, m_meter, u"12345678901234567890"_qs).ok());
    // Without a token generator (no plugin) the message says so.
    MeterTokens without(m_db->db(), *m_clock, nullptr, m_vault.get());
    QVERIFY(without.issueManagement(m_engineer, m_supervisor, m_meter, ManagementFunction::ClearTamper, 0, u"reason"_qs)
                .error()
                .message.contains(u"plugin"_qs));
}

void TestMeterTokens::keyChangeScheduledAndCancelled()
{
    // KRN 2 is not in the vault yet.
    auto missing = m_tokens->scheduleKeyChange(m_engineer, m_supervisor, m_meter, 123456, 1, 2, u"key expiry"_qs);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(u"no vending key"_qs), qPrintable(missing.error().message));
    PD_VERIFY_OK(m_vault->addKey(m_admin, 123456, 2, 2, SecretBytes(nextVendingKey), {}, {}));
    // The present key is not a change; ranges are checked.
    QCOMPARE(m_tokens->scheduleKeyChange(m_engineer, m_supervisor, m_meter, 123456, 1, 1, u"x reason"_qs).error().code,
             Error::Code::Invalid);
    QCOMPARE(
        m_tokens->scheduleKeyChange(m_engineer, m_supervisor, m_meter, 123456, 100, 2, u"x reason"_qs).error().field,
        u"tariff_index"_qs);
    QCOMPARE(m_tokens->scheduleKeyChange(m_engineer, m_engineer, m_meter, 123456, 1, 2, u"x reason"_qs).error().code,
             Error::Code::Forbidden);
    // Locked or not: scheduling needs no key material.
    m_vault->lock();
    PD_VERIFY_OK(m_tokens->scheduleKeyChange(m_engineer, m_supervisor, m_meter, 123456, 1, 2, u"key expiry"_qs));
    auto m = m_tokens->meter(m_meter).value();
    QVERIFY(m.keyChangePending());
    QCOMPARE(m.targetKeyRevision(), 2);
    QCOMPARE(m.keyRevision, 1);
    QCOMPARE(meterColumn("sts_next_key_revision").toInt(), 2);
    const auto entries = ChangeLog::forCustomer(m_db->db().connection(), m_customer).value();
    QCOMPARE(entries.first().action, u"sts-key-change-scheduled"_qs);
    QCOMPARE(entries.first().details.value(u"reason"_qs).toString(), u"key expiry"_qs);
    QCOMPARE(entries.first().details.value(u"key_revision"_qs).toArray(), (QJsonArray{1, 2}));
    // Called off again.
    PD_VERIFY_OK(m_tokens->cancelKeyChange(m_engineer, m_supervisor, m_meter, u"wrong meter"_qs));
    QVERIFY(!m_tokens->meter(m_meter)->keyChangePending());
    QVERIFY(meterColumn("sts_next_key_revision").isNull());
    QVERIFY(!m_tokens->cancelKeyChange(m_engineer, m_supervisor, m_meter, u"again"_qs).ok());
}

void TestMeterTokens::explainsTokens()
{
    const QString first = issue(ManagementFunction::SetMaximumPowerLimit, 3000);
    m_clock->advanceSecs(3600);
    const QString second = issue(ManagementFunction::ClearTamper);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    // The newest token: accepted, with where it came from.
    auto ok = m_tokens->explain(m_engineer, m_meter, VendText::grouped(second));
    PD_VERIFY_OK(ok);
    QCOMPARE(ok->verdict, MeterTokens::Verdict::Accepted);
    QCOMPARE(ok->kindText, u"Clear tamper condition"_qs);
    QCOMPARE(ok->token.issued, QDateTime(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC));
    QVERIFY2(ok->details.join(u' ').contains(u"approved by Wang Qiang"_qs), qPrintable(ok->details.join(u' ')));

    // The earlier one, typed again: already used.
    auto used = m_tokens->explain(m_engineer, m_meter, first);
    PD_VERIFY_OK(used);
    QCOMPARE(used->verdict, MeterTokens::Verdict::AlreadyUsed);
    QCOMPARE(used->valueText, u"3000 W"_qs);
    QCOMPARE(used->newerTokens, 1);

    // One digit wrong: CRC error.
    QString typo = second;
    typo[7] = typo[7] == u'0' ? u'1' : u'0';
    auto crc = m_tokens->explain(m_engineer, m_meter, typo);
    PD_VERIFY_OK(crc);
    QCOMPARE(crc->verdict, MeterTokens::Verdict::CrcError);
    QVERIFY(crc->verdictText.contains(u"CRC"_qs));

    // A water credit token for this electricity meter.
    CreditTokenRequest water;
    water.kind = CreditKind::Water;
    water.amountTenths = 125;
    water.issued = m_clock->now();
    water.lastTid = quint32(meterColumn("sts_last_tid").toLongLong());
    auto waterToken = m_generator.credit(keyFor(1), water);
    PD_VERIFY_OK(waterToken);
    auto wrong = m_tokens->explain(m_engineer, m_meter, waterToken->digits);
    PD_VERIFY_OK(wrong);
    QCOMPARE(wrong->verdict, MeterTokens::Verdict::WrongUtility);
    QCOMPARE(wrong->valueText, u"12.5 m³"_qs);

    // A credit token made for the meter's next key while its key change waits.
    PD_VERIFY_OK(m_vault->addKey(m_admin, 123456, 2, 2, SecretBytes(nextVendingKey), {}, {}));
    PD_VERIFY_OK(m_tokens->scheduleKeyChange(m_engineer, m_supervisor, m_meter, 123456, 1, 2, u"key expiry"_qs));
    CreditTokenRequest power;
    power.amountTenths = 1000;
    power.issued = m_clock->now().addSecs(600);
    auto nextToken = m_generator.credit(keyFor(2), power);
    PD_VERIFY_OK(nextToken);
    auto next = m_tokens->explain(m_engineer, m_meter, nextToken->digits);
    PD_VERIFY_OK(next);
    QCOMPARE(next->verdict, MeterTokens::Verdict::NeedsKeyChange);
    QVERIFY(next->nextKey);
    QCOMPARE(next->valueText, u"100.0 kWh"_qs);

    // A test token needs no key.
    auto test = m_generator.test(TestTokenRequest{});
    PD_VERIFY_OK(test);
    auto testExplained = m_tokens->explain(m_engineer, m_meter, test->digits);
    PD_VERIFY_OK(testExplained);
    QCOMPARE(testExplained->verdict, MeterTokens::Verdict::Accepted);
}

void TestMeterTokens::tooOldAfterFiftyLaterTokens()
{
    const QString oldest = issue(ManagementFunction::ClearTamper);
    QVERIFY(!oldest.isEmpty());
    for (int i = 0; i < MeterTokens::MeterTidMemory - 1; ++i)
        QVERIFY(!issue(ManagementFunction::ClearTamper).isEmpty());
    auto used = m_tokens->explain(m_engineer, m_meter, oldest);
    PD_VERIFY_OK(used);
    QCOMPARE(used->verdict, MeterTokens::Verdict::AlreadyUsed);
    QCOMPARE(used->newerTokens, MeterTokens::MeterTidMemory - 1);
    QVERIFY(!issue(ManagementFunction::ClearTamper).isEmpty());
    auto old = m_tokens->explain(m_engineer, m_meter, oldest);
    PD_VERIFY_OK(old);
    QCOMPARE(old->verdict, MeterTokens::Verdict::TooOld);
    QVERIFY2(old->verdictText.startsWith(u"Too old: 50 later tokens"_qs), qPrintable(old->verdictText));
}

void TestMeterTokens::typedInput()
{
    QCOMPARE(MeterTokens::tokenDigits(u"2371 6100-5011 8319 4197"_qs).value(), u"23716100501183194197"_qs);
    QCOMPARE(MeterTokens::tokenDigits(u"2371 6100 5011 8319 419"_qs).error().message,
             u"A token has 20 digits; 19 were typed."_qs);
    QCOMPARE(MeterTokens::tokenDigits(u"2371 6100 5011 8319 419O"_qs).error().field, u"token"_qs);
    QCOMPARE(MeterTokens::parseVendingKey(u"abab abab abab abab"_qs, u"02"_qs)->bytes(), vendingKey);
    QCOMPARE(MeterTokens::parseVendingKey(u"ababababababab"_qs, u"02"_qs).error().field, u"key"_qs);
    QVERIFY(!MeterTokens::parseVendingKey(u"abababababababax"_qs, u"02"_qs).ok());
    QCOMPARE(MeterTokens::parseVendingKey(QString(40, u'a'), u"04"_qs)->bytes().size(), 20);
    QVERIFY(!MeterTokens::parseVendingKey(QString(16, u'a'), u"04"_qs).ok());
    QVERIFY(!MeterTokens::parseVendingKey(QString(32, u'a'), u"04"_qs).ok());
    QVERIFY(!MeterTokens::parseVendingKey(QString(33, u'a'), u"04"_qs).ok());
    QVERIFY(!MeterTokens::parseVendingKey(QString(66, u'a'), u"04"_qs).ok());
    // Serial search finds STS meters only.
    QCOMPARE(m_tokens->find(u"4567"_qs)->size(), 1);
    QCOMPARE(m_tokens->find(u"%"_qs)->size(), 0);
    QCOMPARE(m_tokens->find({})->first().serial, m_drn);
}

QTEST_GUILESS_MAIN(TestMeterTokens)
#include "tst_meter_tokens.moc"
