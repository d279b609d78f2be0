// Opening, checking and migrating database files on disk, and refusing bad ones unharmed.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/Sql.h"

#include <QSemaphore>
#include <QSignalSpy>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

using namespace prepaydesk;
using namespace prepaydesk::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return {};
    return q.value(0).toString();
}

// A closed database with some rows in it, so that it spans several pages.
void makeDatabaseWithRows(const QString &path, int rows)
{
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QSqlDatabase c = db.value()->connection();
    Transaction t(*db.value());
    for (int i = 0; i < rows; ++i) {
        QVERIFY(Sql::exec(c, QStringLiteral("INSERT INTO regions(level, name) VALUES (1, ?)"),
                          {QStringLiteral("City number %1 with a long enough name to fill pages").arg(i)})
                    .ok());
    }
    QVERIFY(t.commit().ok());
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseHasSchemaAndPragmas();
    void connectionPerThread();
    void migratesFromEveryEarlierVersion();
    void refusesReadOnlyFile();
    void refusesFileThatIsNotSqlite();
    void refusesDamagedFile();
    void backgroundCheckFindsDamage();
    void checkOnWorkerThreadReports();
    void workerThreadMayOutliveDatabase();
    void refusesSecondConsole();
    void refusesNewerSchema();
    void clearsLockFileOfConsoleKilledWhileLocking();
    void failedQueryIsAnError();
    void transactionRollsBackUnlessCommitted();
};

void TestDatabase::freshDatabaseHasSchemaAndPragmas()
{
    TempDatabase t;
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    const QSqlDatabase c = t.db().connection();
    QCOMPARE(pragma(c, "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(c, "synchronous"), QStringLiteral("2"));
    QCOMPARE(pragma(c, "foreign_keys"), QStringLiteral("1"));
    // Foreign keys are enforced, not just declared.
    QVERIFY(!Sql::exec(c, QStringLiteral("INSERT INTO regions(parent_id, level, name) VALUES (999, 2, 'x')")).ok());
}

void TestDatabase::connectionPerThread()
{
    TempDatabase t;
    const QString mine = t.db().connection().connectionName();
    QString theirs;
    QString theirMode;
    QThread *worker = QThread::create([&] {
        const QSqlDatabase c = t.db().connection();
        theirs = c.connectionName();
        theirMode = pragma(c, "journal_mode");
        // The same thread asking again gets the same connection.
        if (t.db().connection().connectionName() != theirs)
            theirs.clear();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(theirMode, QStringLiteral("wal"));
    // The worker's connection went away with the thread.
    QTRY_VERIFY(!QSqlDatabase::contains(theirs));
    delete worker;
    QVERIFY(QSqlDatabase::contains(mine));
}

void TestDatabase::migratesFromEveryEarlierVersion()
{
    for (int from = 0; from < Database::latestSchemaVersion(); ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Database::Options o;
            o.targetVersion = from;
            auto old = Database::open(path, o);
            PD_VERIFY_OK(old);
            QCOMPARE(old.value()->schemaVersion(), from);
        }
        auto upgraded = Database::open(path);
        PD_VERIFY_OK(upgraded);
        QCOMPARE(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());
        // Every step is recorded once, in order.
        auto q = Sql::exec(upgraded.value()->connection(), QStringLiteral("SELECT version FROM schema_version "
                                                                          "ORDER BY version"));
        PD_VERIFY_OK(q);
        int expected = 1;
        while (q.value().next())
            QCOMPARE(q.value().value(0).toInt(), expected++);
        QCOMPARE(expected - 1, Database::latestSchemaVersion());
    }
}

void TestDatabase::refusesReadOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.db"));
    makeDatabaseWithRows(path, 10);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ReadOnly);
    QVERIFY(r.error().message.contains(QStringLiteral("ro.db")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,phone\nZhang San,13800138000\n");
    f.close();
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Corrupt);
    QVERIFY(r.error().message.contains(QStringLiteral("not")));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesDamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    makeDatabaseWithRows(path, 400);
    {
        // Overwrite the middle of the file (b-tree pages, past the header page) with garbage.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        for (qint64 page = 2; page * 4096 < f.size() - 4096; page += 2) {
            f.seek(page * 4096 + 8);
            f.write(QByteArray(900, '\x5a'));
        }
    }
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Corrupt);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::backgroundCheckFindsDamage()
{
    // The console opens without the (slow) check and runs quickCheck() on a worker thread.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.db"));
    makeDatabaseWithRows(path, 400);
    Database::Options fast;
    fast.quickCheck = false;
    {
        auto db = Database::open(path, fast);
        PD_VERIFY_OK(db);
        Status verdict = Error::invalid(QStringLiteral("not run"));
        QThread *worker = QThread::create([&] { verdict = db.value()->quickCheck(); });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        PD_VERIFY_OK(verdict);
    }
    {
        // Damage the regions table's pages (not the schema page), then check again.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (qint64 page = 3; page * 4096 < f.size() - 4096; page += 2) {
            f.seek(page * 4096 + 8);
            f.write(QByteArray(900, '\x5a'));
        }
    }
    auto db = Database::open(path, fast);
    if (!db.ok()) {
        QCOMPARE(db.error().code, Error::Code::Corrupt); // damage reached what open reads anyway
        return;
    }
    const Status verdict = db.value()->quickCheck();
    QVERIFY(!verdict.ok());
    QCOMPARE(verdict.error().code, Error::Code::Corrupt);
}

void TestDatabase::checkOnWorkerThreadReports()
{
    TempDatabase t;
    DatabaseCheck check(t.db());
    QSignalSpy done(&check, &DatabaseCheck::finished);
    QVERIFY(!check.isDone());
    check.start();
    QVERIFY(done.wait(30000));
    QVERIFY(check.isDone());
    PD_VERIFY_OK(*check.result());
    // A check still running when the console quits is interrupted, not waited out or crashed.
    {
        DatabaseCheck abandoned(t.db());
        abandoned.start();
    }
}

void TestDatabase::workerThreadMayOutliveDatabase()
{
    auto t = std::make_unique<TempDatabase>();
    QSemaphore used, release;
    QThread *worker = QThread::create([&] {
        (void)t->db().connection();
        used.release();
        release.acquire();
    });
    worker->start();
    used.acquire();
    t->close(); // the Database goes first...
    release.release();
    QVERIFY(worker->wait(10000)); // ...and the worker's clean-up must not touch it
    delete worker;
    QVERIFY(t->reopen());
}

void TestDatabase::refusesSecondConsole()
{
    TempDatabase first;
    auto second = Database::open(first.path());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, Error::Code::Locked);
    QVERIFY(second.error().message.contains(QStringLiteral("another")));
    // Once the first console closes, the file opens.
    first.close();
    auto third = Database::open(first.path());
    PD_VERIFY_OK(third);
}

void TestDatabase::clearsLockFileOfConsoleKilledWhileLocking()
{
    TempDatabase t;
    t.close();
    // A console killed between creating its lock file and writing its process id into it.
    QFile lock(t.path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    // Just now: it may be a console writing its lock at this very moment.
    auto fresh = Database::open(t.path());
    QVERIFY(!fresh.ok());
    QCOMPARE(fresh.error().code, Error::Code::Locked);
    // A few seconds old: nobody is writing it any more.
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
    lock.close();
    PD_VERIFY_OK(Database::open(t.path()));
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path);
        PD_VERIFY_OK(db);
        PD_VERIFY_OK(
            Sql::exec(db.value()->connection(), QStringLiteral("INSERT INTO schema_version(version, name, applied_at) "
                                                               "VALUES (9999, 'from_the_future', 'x')")));
    }
    const QByteArray before = fileHash(path);
    auto r = Database::open(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::TooNew);
    QVERIFY(r.error().message.contains(QStringLiteral("9999")));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::failedQueryIsAnError()
{
    TempDatabase t;
    auto r = Sql::exec(t.db().connection(), QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Storage);
    auto dup = Sql::exec(t.db().connection(), QStringLiteral("INSERT INTO operators(id, username, display_name, "
                                                             "role, created_at) VALUES (1, 'x', 'x', 'admin', 'x')"));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::Conflict);
    auto none = Sql::scalar(t.db().connection(), QStringLiteral("SELECT id FROM operators WHERE id = ?"), {42});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::NotFound);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    TempDatabase t;
    const QSqlDatabase c = t.db().connection();
    {
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        PD_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO regions(level, name) VALUES (1, 'Lost')")));
    }
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM regions"))->toInt(), 0);
    {
        Transaction tx(t.db());
        PD_VERIFY_OK(Sql::exec(c, QStringLiteral("INSERT INTO regions(level, name) VALUES (1, 'Kept')")));
        PD_VERIFY_OK(tx.commit());
    }
    QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM regions"))->toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
