#pragma once

#include "records/Operator.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace prepaydesk {

class Clock;
class Database;

class OperatorService
{
    Q_DECLARE_TR_FUNCTIONS(OperatorService)
public:
    OperatorService(Database &db, const Clock &clock);

    // The operator for a user name and password; the same Auth error for an unknown user and
    // a wrong password, so that the error does not reveal which user names exist.
    Result<Operator> authenticate(const QString &username, const QString &password) const;
    Result<Operator> add(const Operator &actor, const QString &username, const QString &displayName, Role role,
                         const QString &password);
    Status setPassword(const Operator &actor, qint64 operatorId, const QString &password);
    Result<Operator> byId(qint64 id) const;
    Result<QList<Operator>> all() const;
    // Operators who can log in; zero on a new database, before the first administrator exists.
    Result<int> loginCount() const;

    static constexpr int MinPasswordLength = 8;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace prepaydesk
