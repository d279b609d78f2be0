// Crash safety of selling: `prepayctl vend` is killed with SIGKILL at random moments during
// 500 sales. After every kill the database is reopened: every ledger transaction balances and
// so does the total, every payment is in exactly one vend, no key has two vends and no credit
// is issued twice; a vend left pending can be finished (same credit) or voided.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "records/OperatorService.h"
#include "storage/Sql.h"
#include "vending/Ledger.h"
#include "vending/ShiftService.h"
#include "vending/VendingService.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace prepaydesk;
using namespace prepaydesk::test;

class TestVendCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killDuringVends();

private:
    std::shared_ptr<Database> open();
    void checkInvariants(Database &db, int round);

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_accounts;
    Operator m_cashier;
};

std::shared_ptr<Database> TestVendCrash::open()
{
    // A process killed while writing its lock file leaves an unreadable one, cleared after a
    // second (Database::open); the next console simply tries again.
    for (int attempt = 0;; ++attempt) {
        auto db = Database::open(m_path);
        if (db)
            return db.value();
        if (db.error().code != Error::Code::Locked || attempt == 30) {
            qWarning("reopen failed: %s", qPrintable(db.error().message));
            return nullptr;
        }
        QThread::msleep(100);
    }
}

void TestVendCrash::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("PREPAYCTL")));
    m_path = m_dir.filePath(QStringLiteral("crash.db"));
    auto db = open();
    QVERIFY(db);
    DemoGenerator::Options o;
    o.customers = 60;
    o.readingMonths = 0;
    PD_VERIFY_OK(DemoGenerator::generate(*db, o));
    // Meters served by the reference-code carrier: an STS sale would also unlock the key vault in
    // each process (an scrypt derivation), which tst_sts_carrier and tst_prepayctl cover.
    auto q = Sql::exec(
        db->connection(),
        QStringLiteral(
            "SELECT a.id FROM accounts a JOIN meters m ON m.account_id = a.id "
            "AND m.status = 'installed' AND m.carrier <> 'sts-token' WHERE a.utility = 'electricity' LIMIT 20"));
    PD_VERIFY_OK(q);
    while (q.value().next())
        m_accounts << q.value().value(0).toLongLong();
    QVERIFY(m_accounts.size() >= 10);
    auto cashier =
        OperatorService(*db, SystemClock::instance())
            .authenticate(QLatin1String(DemoGenerator::CashierUser), QLatin1String(DemoGenerator::CashierPassword));
    PD_VERIFY_OK(cashier);
    m_cashier = cashier.value();
    PD_VERIFY_OK(ShiftService(*db, SystemClock::instance()).open(m_cashier, *Money::parse(u"500.00"_qs)));
}

void TestVendCrash::checkInvariants(Database &db, int round)
{
    auto check = Ledger::verify(db.connection());
    QVERIFY(check.ok());
    QVERIFY2(check->problems.isEmpty(), qPrintable(u"round %1: "_qs.arg(round) + check->problems.join(u"; "_qs)));
    QCOMPARE(check->totalDebit, check->totalCredit);
}

void TestVendCrash::killDuringVends()
{
    const quint32 seed = qEnvironmentVariableIsSet("PREPAYDESK_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PREPAYDESK_CRASH_SEED"))
                             : 20261129;
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);
    // Until 500 vending processes have really been killed (some finish before the signal lands).
    constexpr int Kills = 500;
    constexpr int MaxRounds = 2000;
    QHash<QString, QString> codeOfKey; // the credit a key got when first seen
    int killed = 0, completed = 0, pendingSeen = 0, finished = 0, voided = 0;
    int round = 0;
    for (; killed < Kills && round < MaxRounds; ++round) {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qint64 account = m_accounts[random.bounded(int(m_accounts.size()))];
        const QString amount =
            QStringLiteral("%1.%2").arg(5 + random.bounded(200)).arg(random.bounded(100), 2, 10, QLatin1Char('0'));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PREPAYDESK_FAULT_PAUSE_MS"), QString::number(random.bounded(10)));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PREPAYCTL"),
                {u"vend"_qs, u"--account"_qs, QString::number(account), u"--amount"_qs, amount, u"--key"_qs, key,
                 u"--operator"_qs, QLatin1String(DemoGenerator::CashierUser), u"--db"_qs, m_path});
        QVERIFY(p.waitForStarted());
        // Most rounds are killed somewhere between start-up and the end of the vend; some run out.
        const bool kill = random.bounded(10) < 9;
        if (kill) {
            QThread::msleep(random.bounded(60));
            if (p.state() == QProcess::Running)
                p.kill(); // SIGKILL
        }
        QVERIFY(p.waitForFinished(30000));
        if (p.exitStatus() == QProcess::CrashExit)
            ++killed;
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            ++completed;

        // Reopen as the next console would, and check everything.
        auto db = open();
        QVERIFY(db);
        checkInvariants(*db, round);
        VendingService vending(*db, SystemClock::instance());
        auto found = vending.byKey(key);
        PD_VERIFY_OK(found);
        if (found.value()) {
            const Vend &v = *found.value();
            QVERIFY2(!v.creditCode.isEmpty(), "a recorded vend always has its credit");
            QVERIFY(!codeOfKey.contains(key));
            codeOfKey.insert(key, v.creditCode);
            if (v.state == VendState::Pending) {
                ++pendingSeen;
                // Recover it the way the console's start-up list does: finish or void.
                if (random.bounded(2) == 0) {
                    auto done = vending.finish(m_cashier, v.id);
                    PD_VERIFY_OK(done);
                    QCOMPARE(done->state, VendState::Delivered);
                    QCOMPARE(done->creditCode, v.creditCode); // the same credit, not a new one
                    ++finished;
                } else {
                    auto done = vending.voidPending(m_cashier, v.id, u"crash test"_qs);
                    PD_VERIFY_OK(done);
                    ++voided;
                }
                checkInvariants(*db, round);
            }
            // Asking again with the same key returns the same vend.
            VendingService::Request again;
            again.key = key;
            again.accountId = account;
            again.amount = *Money::parse(amount);
            again.payments << PaymentDraft{PaymentMethod::Cash, again.amount, {}, {}};
            auto repeat = vending.vend(m_cashier, again);
            PD_VERIFY_OK(repeat);
            QCOMPARE(repeat->id, v.id);
            QCOMPARE(repeat->creditCode, v.creditCode);
        }
        QVERIFY(vending.pending()->isEmpty());
    }
    auto db = open();
    QVERIFY(db);
    checkInvariants(*db, round);
    // Keys and vends one to one; credits never shared.
    QCOMPARE(Sql::scalar(db->connection(), u"SELECT count(*) FROM vends"_qs)->toInt(), int(codeOfKey.size()));
    QCOMPARE(Sql::scalar(db->connection(), u"SELECT count(DISTINCT credit_code) FROM vends"_qs)->toInt(),
             int(codeOfKey.size()));
    qInfo("%d rounds: %d killed, %d ran out, %d vends recorded, %d left pending (%d finished, %d voided)", round,
          killed, completed, int(codeOfKey.size()), pendingSeen, finished, voided);
    // The kills must have landed in all the interesting places.
    QCOMPARE(killed, Kills);
    QVERIFY(pendingSeen > 0);
    QVERIFY(completed > 0);
}

QTEST_GUILESS_MAIN(TestVendCrash)
#include "tst_vend_crash.moc"
