#include "storage/Database.h"

#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <map>

Q_LOGGING_CATEGORY(lcStorage, "prepaydesk.storage")

namespace prepaydesk {

namespace {

// The migrations compiled into the binary, by number: resources/sql/NNNN_name.sql.
const std::map<int, QString> &migrations()
{
    static const std::map<int, QString> list = [] {
        std::map<int, QString> m;
        static const QRegularExpression re(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        const QDir dir(QStringLiteral(":/sql"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = re.match(name);
            if (match.hasMatch())
                m.emplace(match.captured(1).toInt(), dir.filePath(name));
        }
        return m;
    }();
    return list;
}

Error storageError(const QString &message)
{
    return Error::make(Error::Code::Storage, message);
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("prepaydesk-") + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{}

Database::~Database()
{
    QMutexLocker locker(&m_connections->mutex);
    m_connections->closed = true;
    // This thread's statements go before its connection; a worker's go when the worker ends.
    m_connections->statements.remove(QThread::currentThread());
    // A worker's connection cannot be closed from this thread; dropping it by name is allowed.
    for (auto it = m_connections->byThread.cbegin(); it != m_connections->byThread.cend(); ++it) {
        if (it.key() == QThread::currentThread())
            QSqlDatabase::database(*it, false).close();
        QSqlDatabase::removeDatabase(*it);
    }
    m_connections->byThread.clear();
}

int Database::latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().rbegin()->first;
}

sqlite3 *Database::nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    bool isNew = !info.exists() || info.size() == 0;

    // Look at the file before SQLite does, so that a wrong file is never written to.
    if (info.exists()) {
        if (!info.isFile())
            return Error::make(Error::Code::Io, tr("%1 is not a file.").arg(shown));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io, tr("%1 cannot be read: %2").arg(shown, f.errorString()));
        const QByteArray header = f.read(16);
        if (!isNew && header != QByteArray("SQLite format 3\0", 16))
            return Error::make(
                Error::Code::Corrupt,
                tr("%1 is not a PrepayDesk database (it is not an SQLite file). It was left unchanged.").arg(shown));
        // Root may write anywhere; a file without owner write permission is read-only by intent.
        if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
            return Error::make(Error::Code::ReadOnly,
                               tr("%1 is read-only. PrepayDesk records every sale and needs to write to its "
                                  "database; give it write access or open a copy.")
                                   .arg(shown));
    } else if (!options.create) {
        return Error::make(Error::Code::NotFound, tr("There is no database at %1.").arg(shown));
    }
    // SQLite keeps its write-ahead log beside the file, so the folder must be writable too.
    const QFileInfo dirInfo(info.absolutePath());
    if (!dirInfo.exists() && !QDir().mkpath(info.absolutePath()))
        return Error::make(Error::Code::Io, tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error::make(Error::Code::ReadOnly,
                           tr("The folder of %1 is read-only; SQLite needs to write its journal there.").arg(shown));

    std::shared_ptr<Database> db(new Database(info.absoluteFilePath()));
    if (options.exclusive) {
        db->m_lock = std::make_unique<QLockFile>(info.absoluteFilePath() + QStringLiteral(".lock"));
        db->m_lock->setStaleLockTime(0); // stale only when its process is gone
        bool locked = db->m_lock->tryLock(0);
        if (!locked) {
            // A console killed while creating its lock file leaves one without a process id, which
            // QLockFile can never judge stale. Nobody takes a second to write those few bytes.
            qint64 pid = 0;
            QString host, app;
            const QFileInfo lockInfo(info.absoluteFilePath() + QStringLiteral(".lock"));
            if ((!db->m_lock->getLockInfo(&pid, &host, &app) || pid == 0) && lockInfo.exists() &&
                lockInfo.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000) {
                db->m_lock->removeStaleLockFile();
                locked = db->m_lock->tryLock(0);
            }
        }
        if (!locked) {
            qint64 pid = 0;
            QString host, app;
            db->m_lock->getLockInfo(&pid, &host, &app);
            if (db->m_lock->error() == QLockFile::LockFailedError)
                return Error::make(Error::Code::Locked,
                                   tr("%1 is already open in another PrepayDesk console (%2, process %3 on %4). "
                                      "Close that console first.")
                                       .arg(shown, app.isEmpty() ? tr("unknown program") : app)
                                       .arg(pid)
                                       .arg(host));
            return Error::make(Error::Code::Io, tr("The lock file beside %1 cannot be created.").arg(shown));
        }
    }

    // Check with a plain connection first: no pragma that writes (journal_mode) runs on a file
    // that turns out to be damaged or too new.
    const QString checkName = db->m_prefix + QStringLiteral("open");
    Status checked = [&]() -> Status {
        auto conn = db->openConnection(checkName);
        if (!conn)
            return conn.error();
        QSqlDatabase c = conn.value();
        if (!isNew && options.quickCheck) {
            if (Status s = quickCheckOn(c, shown); !s)
                return s;
        }
        const int version = schemaVersionOf(c);
        if (version < 0)
            return Error::make(Error::Code::Corrupt, tr("%1 could not be read: it may be damaged.").arg(shown));
        if (version > latestSchemaVersion())
            return Error::make(Error::Code::TooNew,
                               tr("%1 was written by a newer PrepayDesk (schema %2; this version knows up to %3). "
                                  "Update PrepayDesk to open it; the file was left unchanged.")
                                   .arg(shown)
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
        c.close();
        return {};
    }();
    QSqlDatabase::removeDatabase(checkName);
    if (!checked)
        return checked.error();

    const QSqlDatabase mine = db->connection();
    if (!mine.isOpen())
        return Error::make(Error::Code::Storage, tr("%1 could not be opened for writing.").arg(shown));
    if (options.migrate) {
        if (Status s = db->migrateTo(options.targetVersion); !s)
            return s.error();
    }
    return db;
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    c.setDatabaseName(m_path);
    c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!c.open()) {
        const QString text = c.lastError().text();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return storageError(tr("The database %1 could not be opened: %2").arg(m_path, text));
    }
    return c;
}

QSqlDatabase Database::connection() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&m_connections->mutex);
    if (auto it = m_connections->byThread.constFind(thread); it != m_connections->byThread.constEnd())
        return QSqlDatabase::database(*it, false);

    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
    auto conn = openConnection(name);
    if (!conn) {
        qCWarning(lcStorage) << conn.error().message;
        return {};
    }
    QSqlDatabase c = conn.value();
    // Set and verify: a pragma SQLite silently ignores must not go unnoticed when money is at stake.
    struct Pragma
    {
        const char *set;
        const char *get;
        const char *expected;
    };
    static const Pragma pragmas[] = {
        {"PRAGMA journal_mode=WAL", "PRAGMA journal_mode", "wal"},
        {"PRAGMA synchronous=FULL", "PRAGMA synchronous", "2"},
        {"PRAGMA foreign_keys=ON", "PRAGMA foreign_keys", "1"},
    };
    for (const Pragma &p : pragmas) {
        QSqlQuery q(c);
        q.exec(QString::fromLatin1(p.set));
        if (!q.exec(QString::fromLatin1(p.get)) || !q.next() ||
            q.value(0).toString().compare(QLatin1String(p.expected), Qt::CaseInsensitive) != 0) {
            qCWarning(lcStorage) << "pragma not in effect:" << p.get << q.value(0).toString() << q.lastError().text();
            c.close();
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    m_connections->byThread.insert(thread, name);
    if (thread != qApp->thread()) {
        // A worker thread's connection goes with the thread, even if this Database went first.
        QObject::connect(
            thread, &QThread::finished, thread,
            [registry = m_connections, thread] {
                QMutexLocker lock(&registry->mutex);
                registry->statements.remove(thread);
                const QString gone = registry->byThread.take(thread);
                if (gone.isEmpty() || registry->closed)
                    return;
                QSqlDatabase::database(gone, false).close();
                QSqlDatabase::removeDatabase(gone);
            },
            Qt::DirectConnection);
    }
    return c;
}

QSqlQuery *Database::statement(const QString &sql, QString *error) const
{
    const QSqlDatabase c = connection();
    QMutexLocker locker(&m_connections->mutex);
    auto &mine = m_connections->statements[QThread::currentThread()];
    if (auto it = mine.constFind(sql); it != mine.constEnd())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(c);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        if (error)
            *error = q->lastError().text();
        return nullptr;
    }
    return mine.insert(sql, q)->get();
}

Status Database::quickCheckOn(const QSqlDatabase &c, const QString &shown)
{
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return Error::make(Error::Code::Corrupt,
                           tr("%1 could not be checked and may be damaged: %2").arg(shown, q.lastError().text()));
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return Error::make(Error::Code::Corrupt, tr("%1 is damaged (SQLite reports: %2). It was left unchanged; "
                                                    "restore it from a backup.")
                                                     .arg(shown, verdict.left(200)));
    return {};
}

Status Database::writable() const
{
    QMutexLocker locker(&m_checkMutex);
    switch (m_check) {
    case Check::Running:
        return Error::make(Error::Code::Locked, tr("The database file is still being checked; nothing can be saved "
                                                   "until the check has finished. Try again in a few seconds."));
    case Check::Failed:
        return m_checkError;
    case Check::NotRun:
    case Check::Passed:
        break;
    }
    return {};
}

void Database::setCheckRunning()
{
    QMutexLocker locker(&m_checkMutex);
    m_check = Check::Running;
}

void Database::setCheckResult(const Status &verdict)
{
    QMutexLocker locker(&m_checkMutex);
    m_check = verdict.ok() ? Check::Passed : Check::Failed;
    if (!verdict.ok())
        m_checkError = verdict.error();
}

Status Database::quickCheck() const
{
    return quickCheckOn(connection(), QDir::toNativeSeparators(m_path));
}

int Database::schemaVersion() const
{
    return schemaVersionOf(connection());
}

int Database::schemaVersionOf(const QSqlDatabase &c)
{
    QSqlQuery q(c);
    if (!q.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) ||
        !q.next())
        return -1;
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::migrateTo(int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    QSqlDatabase c = connection();
    sqlite3 *handle = nativeHandle(c);
    if (!handle)
        return storageError(tr("The SQLite driver did not give access to its connection."));
    for (const auto &[number, file] : migrations()) {
        if (number > target)
            break;
        const int current = schemaVersion();
        if (current < 0)
            return storageError(tr("The schema version could not be read."));
        if (number <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return storageError(tr("Migration %1 is missing from this build.").arg(number));
        const QByteArray script = "BEGIN IMMEDIATE;\n" + f.readAll() +
                                  "\nINSERT INTO schema_version(version, name, applied_at) VALUES (" +
                                  QByteArray::number(number) + ", '" + QFileInfo(file).baseName().toUtf8() +
                                  "', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));\nCOMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return storageError(tr("Updating the database to schema %1 failed (%2); it was left at schema %3.")
                                    .arg(number)
                                    .arg(text)
                                    .arg(current));
        }
        qCInfo(lcStorage) << "applied migration" << number << "to" << m_path;
    }
    return {};
}

} // namespace prepaydesk
