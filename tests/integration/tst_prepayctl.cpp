// prepayctl as scripts use it: a real process, real files, exit codes and output formats.
#include "TestSupport.h"

#include <QFile>
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

QTEST_GUILESS_MAIN(TestPrepayctl)
#include "tst_prepayctl.moc"
