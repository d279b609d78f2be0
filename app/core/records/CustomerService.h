#pragma once

#include "records/ChangeLog.h"
#include "records/Operator.h"
#include "records/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace prepaydesk {

class Clock;
class Database;

// Customers and their accounts (one per utility). Every change is validated, checked against
// the operator's role, recorded in the change log and reflected in the search keys, all in
// one transaction.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    struct TariffRef
    {
        qint64 id = 0;
        Utility utility = Utility::Electricity;
        QString code;
        QString name;
    };

    CustomerService(Database &db, const Clock &clock);

    // Trimmed and normalised as it will be stored.
    static CustomerDraft normalized(const CustomerDraft &draft);
    // Every problem with the draft at once, each naming its field, for inline display.
    QList<Error> validate(const CustomerDraft &draft) const;

    Result<qint64> create(const Operator &actor, const CustomerDraft &draft);
    // Fails with Conflict when someone else saved the customer since expectedRevision was read.
    Status update(const Operator &actor, qint64 customerId, const CustomerDraft &draft, int expectedRevision);
    Result<Customer> get(qint64 customerId) const;

    Result<Account> openAccount(const Operator &actor, qint64 customerId, Utility utility,
                                std::optional<qint64> tariffId = std::nullopt, const QString &accountNo = {});
    Result<QList<Account>> accounts(qint64 customerId) const;
    Result<QList<ChangeLog::Entry>> history(qint64 customerId) const;
    Result<QList<TariffRef>> tariffs() const;

    // The same operations inside a transaction the caller owns (bulk import).
    Result<qint64> createIn(const QSqlDatabase &db, const Operator &actor, const CustomerDraft &draft);
    Result<Account> openAccountIn(const QSqlDatabase &db, const Operator &actor, qint64 customerId, Utility utility,
                                  std::optional<qint64> tariffId, const QString &accountNo);
    // The account's id by number, if it exists.
    static Result<std::optional<qint64>> accountIdByNo(const QSqlDatabase &db, const QString &accountNo);

private:
    QString now() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace prepaydesk
