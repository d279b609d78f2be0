// prepayctl as scripts use it: a real process, real files, exit codes and output formats.
#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QUuid>

#include "storage/Database.h"
#include "storage/Sql.h"
#include <QProcess>

using namespace prepaydesk::test;

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run prepayctl(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("PREPAYCTL"), args);
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestPrepayctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndUsage();
    void searchPrintsIdNamePhoneAccounts();
    void importAllOrNothingAndSkip();
    void exportWritesTheFile();
    void refusesFileThatIsNotADatabase();
    void operatorsFromStdin();
    void sellFromTheCommandLine();
    void ledgerVerifyFindsTampering();
    void sellStsTokenWithTheVaultUnlocked();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestPrepayctl::initTestCase()
{
    QVERIFY(QFile::exists(qEnvironmentVariable("PREPAYCTL")));
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    const Run r = prepayctl(
        {u"demo"_qs, u"generate"_qs, u"--customers"_qs, u"500"_qs, u"--reading-months"_qs, u"2"_qs, u"--db"_qs, m_db});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("500")));
}

void TestPrepayctl::helpAndUsage()
{
    const Run help = prepayctl({u"--help"_qs});
    QCOMPARE(help.exit, 0);
    QVERIFY(help.out.contains(QStringLiteral("customers search")));
    QCOMPARE(prepayctl({u"frobnicate"_qs}).exit, 2);
    QCOMPARE(prepayctl({u"customers"_qs, u"search"_qs, u"--db"_qs, m_db}).exit, 1); // no query
    const Run sub = prepayctl({u"import"_qs, u"customers"_qs, u"--help"_qs});
    QCOMPARE(sub.exit, 0);
    QVERIFY(sub.out.contains(QStringLiteral("--skip-bad-lines")));
}

void TestPrepayctl::searchPrintsIdNamePhoneAccounts()
{
    const Run r = prepayctl({u"customers"_qs, u"search"_qs, u"E000000001"_qs, u"--db"_qs, m_db});
    QCOMPARE(r.exit, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QStringList first = lines.first().split(u'\t');
    QCOMPARE(first.size(), 4);
    QCOMPARE(first[0], QStringLiteral("1")); // account E000000001 belongs to customer 1
    QVERIFY(first[3].split(u' ').contains(QStringLiteral("E000000001")));
    // The same query twice gives the same lines (scripts diff them).
    QCOMPARE(prepayctl({u"customers"_qs, u"search"_qs, u"wang"_qs, u"--db"_qs, m_db}).out,
             prepayctl({u"customers"_qs, u"search"_qs, u"wang"_qs, u"--db"_qs, m_db}).out);
    const Run limited = prepayctl({u"customers"_qs, u"search"_qs, u"138"_qs, u"--limit"_qs, u"3"_qs, u"--db"_qs, m_db});
    QCOMPARE(limited.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
}

void TestPrepayctl::importAllOrNothingAndSkip()
{
    const QString csv = m_dir.filePath(QStringLiteral("in.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("customer_no,name,phone\nX-1,导入客户甲,13811112222\nX-2,导入客户乙,999\n").toUtf8());
    f.close();
    const Run strict = prepayctl({u"import"_qs, u"customers"_qs, csv, u"--db"_qs, m_db});
    QCOMPARE(strict.exit, 1);
    QVERIFY2(strict.err.contains(QStringLiteral("3\tphone\t")), qPrintable(strict.err));
    QVERIFY(prepayctl({u"customers"_qs, u"search"_qs, u"X-1"_qs, u"--db"_qs, m_db}).out.isEmpty());

    const Run lenient = prepayctl({u"import"_qs, u"customers"_qs, csv, u"--skip-bad-lines"_qs, u"--db"_qs, m_db});
    QCOMPARE(lenient.exit, 1); // stored, but not everything
    QVERIFY(lenient.out.contains(QStringLiteral("1 customers")));
    QVERIFY(prepayctl({u"customers"_qs, u"search"_qs, u"X-1"_qs, u"--db"_qs, m_db}).out.contains(u"导入客户甲"_qs));
    QVERIFY(prepayctl({u"customers"_qs, u"search"_qs, u"X-2"_qs, u"--db"_qs, m_db}).out.isEmpty());
}

void TestPrepayctl::exportWritesTheFile()
{
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    const Run r = prepayctl({u"export"_qs, u"customers"_qs, out, u"--db"_qs, m_db});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.readLine();
    QVERIFY(head.contains("customer_no,name,phone"));
}

void TestPrepayctl::refusesFileThatIsNotADatabase()
{
    const QString notDb = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(notDb);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("shopping list\n");
    f.close();
    const Run r = prepayctl({u"customers"_qs, u"search"_qs, u"x"_qs, u"--db"_qs, notDb});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.err.contains(QStringLiteral("not a PrepayDesk database")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("shopping list\n"));
}

void TestPrepayctl::operatorsFromStdin()
{
    const Run add = prepayctl({u"operators"_qs, u"add"_qs, u"--username"_qs, u"zhou"_qs, u"--name"_qs, u"周敏"_qs,
                               u"--role"_qs, u"supervisor"_qs, u"--db"_qs, m_db},
                              "a-long-password\n");
    QVERIFY2(add.exit == 0, qPrintable(add.err));
    const Run list = prepayctl({u"operators"_qs, u"list"_qs, u"--db"_qs, m_db});
    QVERIFY(list.out.contains(QStringLiteral("zhou\tsupervisor\t周敏")));
    const Run weak = prepayctl({u"operators"_qs, u"add"_qs, u"--username"_qs, u"x2"_qs, u"--name"_qs, u"X"_qs,
                                u"--role"_qs, u"cashier"_qs, u"--db"_qs, m_db},
                               "short\n");
    QCOMPARE(weak.exit, 1);
    QVERIFY(!weak.err.isEmpty());
}

// name=value lines, as prepayctl vend and ledger verify print them.
static QHash<QString, QString> fields(const QString &out)
{
    QHash<QString, QString> map;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            map.insert(line.left(eq), line.mid(eq + 1));
    }
    return map;
}

void TestPrepayctl::sellFromTheCommandLine()
{
    const QStringList db{u"--db"_qs, m_db, u"--operator"_qs, u"cashier"_qs};
    // Account 1 is customer 1's electricity account (demo data), on the tiered residential tariff.
    const Run quote = prepayctl(QStringList{u"tariff"_qs, u"quote"_qs, u"--account"_qs, u"1"_qs, u"--amount"_qs,
                                            u"100.00"_qs, u"--db"_qs, m_db});
    QVERIFY2(quote.exit == 0, qPrintable(quote.err));
    QVERIFY(quote.out.contains(u"line=block block=1 price=0.4883"_qs));
    QCOMPARE(fields(quote.out).value(u"paid"_qs), u"100.00"_qs);

    const Run noShift = prepayctl(QStringList{u"vend"_qs, u"--account"_qs, u"1"_qs, u"--amount"_qs, u"100.00"_qs} + db);
    QCOMPARE(noShift.exit, 1);
    QVERIFY(noShift.err.contains(u"shift"_qs));
    QCOMPARE(prepayctl(QStringList{u"shift"_qs, u"open"_qs, u"--float"_qs, u"500.00"_qs} + db).exit, 0);

    // Account 1's meter takes IC cards: without the customer's card in a reader nothing is sold.
    const Run noCard = prepayctl(QStringList{u"vend"_qs, u"--account"_qs, u"1"_qs, u"--amount"_qs, u"100.00"_qs} + db);
    QCOMPARE(noCard.exit, 1);
    QVERIFY2(noCard.err.contains(u"card"_qs), qPrintable(noCard.err));
    // The sales below go to an electricity account on a remote meter (a reference code until the
    // remote carrier comes), on the same tariff.
    QString account;
    {
        auto opened = prepaydesk::Database::open(m_db);
        QVERIFY(opened.ok());
        auto id = prepaydesk::Sql::scalar(
            opened.value()->connection(),
            u"SELECT a.id FROM accounts a JOIN meters m ON m.account_id = a.id AND m.status = 'installed' AND "
            "m.carrier = 'remote' WHERE a.utility = 'electricity' AND a.tariff_id = (SELECT tariff_id FROM accounts "
            "WHERE id = 1) ORDER BY a.id LIMIT 1"_qs);
        QVERIFY(id.ok());
        account = id.value().toString();
    }
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Run sold = prepayctl(QStringList{u"vend"_qs, u"--account"_qs, account, u"--amount"_qs, u"100.00"_qs,
                                           u"--method"_qs, u"cash"_qs, u"--key"_qs, key} +
                               db);
    QVERIFY2(sold.exit == 0, qPrintable(sold.err));
    const auto vend = fields(sold.out);
    QCOMPARE(vend.value(u"state"_qs), u"delivered"_qs);
    QCOMPARE(vend.value(u"credit"_qs).size(), 20);
    QVERIFY(!vend.value(u"vend"_qs).isEmpty());
    // The same key again: the same vend and credit.
    const Run again = prepayctl(
        QStringList{u"vend"_qs, u"--account"_qs, account, u"--amount"_qs, u"100.00"_qs, u"--key"_qs, key} + db);
    QCOMPARE(fields(again.out).value(u"vend"_qs), vend.value(u"vend"_qs));
    QCOMPARE(fields(again.out).value(u"credit"_qs), vend.value(u"credit"_qs));
    // The same key for another amount is refused.
    const Run other = prepayctl(
        QStringList{u"vend"_qs, u"--account"_qs, account, u"--amount"_qs, u"99.00"_qs, u"--key"_qs, key} + db);
    QCOMPARE(other.exit, 1);
    QVERIFY(other.err.contains(vend.value(u"vend"_qs)));
    // Bad amounts are refused with a clear message.
    for (const QString &bad : {u"0"_qs, u"-5"_qs, u"1.005"_qs, u"9999999.00"_qs}) {
        const Run r = prepayctl(QStringList{u"vend"_qs, u"--account"_qs, account, u"--amount"_qs, bad} + db);
        QCOMPARE(r.exit, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(bad));
    }
    QCOMPARE(prepayctl({u"ledger"_qs, u"verify"_qs, u"--db"_qs, m_db}).exit, 0);
    // 500.00 float + 100.00 cash = six 100-yuan notes: closes without approval.
    const Run closed = prepayctl(QStringList{u"shift"_qs, u"close"_qs, u"--count"_qs, u"10000=6"_qs} + db);
    QVERIFY2(closed.exit == 0, qPrintable(closed.err));
    QCOMPARE(fields(closed.out).value(u"expected"_qs), u"600.00"_qs);
    const Run report = prepayctl({u"shift"_qs, u"report"_qs, u"--db"_qs, m_db});
    QCOMPARE(report.exit, 0);
    QVERIFY(report.out.contains(u"100.00"_qs));
    const Run verify = prepayctl({u"ledger"_qs, u"verify"_qs, u"--db"_qs, m_db});
    QCOMPARE(verify.exit, 0);
    QCOMPARE(fields(verify.out).value(u"ok"_qs), u"yes"_qs);
}

void TestPrepayctl::ledgerVerifyFindsTampering()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.db"_qs);
    QVERIFY(QFile::copy(m_db, copy));
    {
        auto db = prepaydesk::Database::open(copy);
        QVERIFY(db.ok());
        QVERIFY(prepaydesk::Sql::exec(db.value()->connection(),
                                      u"UPDATE ledger_lines SET debit_minor = debit_minor + 1 WHERE debit_minor > 0"_qs)
                    .ok());
    }
    const Run verify = prepayctl({u"ledger"_qs, u"verify"_qs, u"--db"_qs, copy});
    QCOMPARE(verify.exit, 1);
    QVERIFY(verify.out.contains(u"problem="_qs));
    QCOMPARE(fields(verify.out).value(u"ok"_qs), u"no"_qs);
}

void TestPrepayctl::sellStsTokenWithTheVaultUnlocked()
{
    qint64 account = 0;
    {
        auto db = prepaydesk::Database::open(m_db);
        QVERIFY(db.ok());
        auto id = prepaydesk::Sql::scalar(db.value()->connection(),
                                          u"SELECT a.id FROM accounts a JOIN meters m ON m.account_id = a.id AND "
                                          "m.status = 'installed' AND m.carrier = 'sts-token' LIMIT 1"_qs);
        QVERIFY(id.ok());
        account = id.value().toLongLong();
    }
    const QStringList args{u"vend"_qs,     u"--account"_qs, QString::number(account),
                           u"--amount"_qs, u"20.00"_qs,     u"--operator"_qs,
                           u"cashier"_qs,  u"--db"_qs,      m_db};
    QCOMPARE(prepayctl({u"shift"_qs, u"open"_qs, u"--operator"_qs, u"cashier"_qs, u"--db"_qs, m_db}).exit, 0);
    // The vault is locked: nothing is sold, and the cashier is told why.
    const Run locked = prepayctl(args);
    QCOMPARE(locked.exit, 1);
    QVERIFY2(locked.err.contains(u"key vault"_qs), qPrintable(locked.err));
    // A wrong passphrase opens nothing.
    const Run wrong = prepayctl(args + QStringList{u"--unlock-vault"_qs}, "not the passphrase\n");
    QCOMPARE(wrong.exit, 1);
    // The demo vault's passphrase on standard input: an STS token, 20 digits.
    const Run sold = prepayctl(args + QStringList{u"--unlock-vault"_qs}, "demo vault passphrase\n");
    QVERIFY2(sold.exit == 0, qPrintable(sold.err));
    QCOMPARE(fields(sold.out).value(u"state"_qs), u"delivered"_qs);
    QCOMPARE(fields(sold.out).value(u"credit"_qs).size(), 20);
    QCOMPARE(prepayctl({u"ledger"_qs, u"verify"_qs, u"--db"_qs, m_db}).exit, 0);
}

QTEST_GUILESS_MAIN(TestPrepayctl)
#include "tst_prepayctl.moc"
