#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <utility>

namespace prepaydesk {

class Database;

// A statement from Database::statement(), executed and then finished (reset) when this goes,
// so that a cached SELECT never holds the database's snapshot open.
class CachedQuery
{
public:
    explicit CachedQuery(QSqlQuery *q)
        : m_q(q)
    {}
    CachedQuery(CachedQuery &&other) noexcept
        : m_q(std::exchange(other.m_q, nullptr))
    {}
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    CachedQuery &operator=(CachedQuery &&) = delete;
    ~CachedQuery()
    {
        if (m_q)
            m_q->finish();
    }
    QSqlQuery &operator*() const { return *m_q; }
    QSqlQuery *operator->() const { return m_q; }

private:
    QSqlQuery *m_q;
};

// Every statement is parameterised and its error checked: a failed query becomes an Error the
// user sees, never an empty result.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
public:
    static Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});
    // The single value of the first row, or an Error (NotFound when there is no row).
    static Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});
    static Error errorFrom(const QSqlQuery &query);
    // The same as exec() through the database's statement cache, for hot paths. The statement
    // must be finished with (the CachedQuery gone) before the same SQL runs again.
    static Result<CachedQuery> run(const Database &db, const QString &sql, const QVariantList &params = {});
    static Result<QVariant> scalar(const Database &db, const QString &sql, const QVariantList &params = {});
};

// A write transaction (BEGIN IMMEDIATE) on the calling thread's connection that rolls back
// unless committed. It does not start while the database may not be written (Database::writable).
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False (with error()) when the transaction could not start, e.g. the database is busy.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace prepaydesk
