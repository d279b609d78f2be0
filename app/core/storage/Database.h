#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class QLockFile;
class QThread;
struct sqlite3;

namespace prepaydesk {

// One PrepayDesk database file. Opening checks the file before SQLite writes to it (read-only,
// not a database, damaged, held by another console, written by a newer PrepayDesk), then sets
// and verifies the pragmas and applies the numbered migrations from resources/sql.
// Each thread that touches the database gets its own connection through connection().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options
    {
        bool create = true;     // create the file when it does not exist
        bool exclusive = true;  // take the console lock (one console per database file)
        bool quickCheck = true; // run PRAGMA quick_check before use
        bool migrate = true;    // bring the schema up to date
        int targetVersion = -1; // migrate only up to this version (tests of old schemas)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    // The connection for the calling thread, opened on first use with the pragmas verified.
    // Invalid (check isOpen()) only if the file became unusable after open().
    QSqlDatabase connection() const;
    // The SQLite handle behind a connection, for what QtSql cannot express (multi-statement
    // migration scripts, benchmarks against bare SQLite).
    static sqlite3 *nativeHandle(const QSqlDatabase &db);
    // A statement prepared once on the calling thread's connection and kept for reuse (hot
    // paths such as selling run the same few statements over and over; preparing is most of
    // their cost). Null, with the reason in *error, when it cannot be prepared.
    QSqlQuery *statement(const QString &sql, QString *error = nullptr) const;

    // PRAGMA quick_check on the calling thread's connection. It reads the whole file (about ten
    // seconds per gigabyte here), so the console runs it on a worker thread after opening
    // with Options::quickCheck off, and lets nobody log in until it has passed.
    Status quickCheck() const;

    // Whether changes may be written now: refused while a background check is still reading
    // the file, and for good once it has found damage. Every Transaction asks first.
    Status writable() const;
    // Called by DatabaseCheck around the background check.
    void setCheckRunning();
    void setCheckResult(const Status &verdict);

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // Applies migrations after the current version up to target (or the latest).
    Status migrateTo(int target = -1);

private:
    explicit Database(QString path);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    static int schemaVersionOf(const QSqlDatabase &connection);
    static Status quickCheckOn(const QSqlDatabase &connection, const QString &shownPath);

    QString m_path;
    QString m_prefix;
    std::unique_ptr<QLockFile> m_lock;
    // The per-thread connection names. Shared with the clean-up that runs when a worker thread
    // finishes, which may happen after this Database is gone.
    struct Connections
    {
        QMutex mutex;
        QHash<QThread *, QString> byThread;
        QHash<QThread *, QHash<QString, std::shared_ptr<QSqlQuery>>> statements;
        bool closed = false;
    };
    std::shared_ptr<Connections> m_connections = std::make_shared<Connections>();
    enum class Check
    {
        NotRun,
        Running,
        Passed,
        Failed
    };
    mutable QMutex m_checkMutex;
    Check m_check = Check::NotRun;
    Error m_checkError;
};

} // namespace prepaydesk
