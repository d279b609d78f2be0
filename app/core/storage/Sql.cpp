#include "storage/Sql.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "prepaydesk.storage.sql")

namespace prepaydesk {

namespace {

QVariant bindable(const QVariant &p)
{
    // A null QString inside a valid QVariant means "empty text"; only a null QVariant is SQL NULL.
    if (!p.isNull() && p.typeId() == QMetaType::QString && p.toString().isNull())
        return QString(u""_qs);
    return p;
}

} // namespace

Error Sql::errorFrom(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    qCWarning(lcSql) << "query failed:" << e.text() << "in" << query.lastQuery().left(200);
    const QString native = e.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another writer holds the database.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        return Error::make(Error::Code::Locked, tr("The database is busy with another task; try again in a moment."));
    if (native == QLatin1String("8"))
        return Error::make(Error::Code::ReadOnly, tr("The database file is read-only; nothing was saved."));
    if (native == QLatin1String("11") || native == QLatin1String("26"))
        return Error::make(Error::Code::Corrupt, tr("The database file is damaged (%1).").arg(e.databaseText()));
    if (native == QLatin1String("19") || native.startsWith(QLatin1String("2067")) || native == QLatin1String("1555"))
        return Error::make(Error::Code::Conflict,
                           tr("The change conflicts with a record already stored (%1).").arg(e.databaseText()));
    return Error::make(Error::Code::Storage, tr("The database reported an error: %1").arg(e.text()));
}

Result<QSqlQuery> Sql::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q);
    for (const QVariant &p : params)
        q.addBindValue(bindable(p));
    if (!q.exec())
        return errorFrom(q);
    return q;
}

Result<CachedQuery> Sql::run(const Database &db, const QString &sql, const QVariantList &params)
{
    QString why;
    QSqlQuery *q = db.statement(sql, &why);
    if (!q)
        return Error::make(Error::Code::Storage, tr("The database reported an error: %1").arg(why));
    CachedQuery cached(q);
    for (int i = 0; i < params.size(); ++i)
        q->bindValue(i, bindable(params[i]));
    if (!q->exec())
        return errorFrom(*q);
    return cached;
}

Result<QVariant> Sql::scalar(const Database &db, const QString &sql, const QVariantList &params)
{
    auto q = run(db, sql, params);
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error::make(Error::Code::NotFound, tr("No matching record."));
    return q.value()->value(0);
}

Result<QVariant> Sql::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    auto q = exec(db, sql, params);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("No matching record."));
    return q.value().value(0);
}

Transaction::Transaction(const Database &db)
{
    if (Status s = db.writable(); !s) {
        m_error = s.error();
        return;
    }
    m_db = db.connection();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_active = true;
    else
        m_error = Sql::errorFrom(q);
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcSql) << "rollback failed:" << q.lastError().text();
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Sql::errorFrom(q);
    m_active = false;
    return {};
}

} // namespace prepaydesk
