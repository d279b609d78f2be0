#pragma once

#include "records/Operator.h"
#include "records/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace prepaydesk {

class Clock;
class Database;

// Meters and their life: registered into stock, installed on an account, replaced, removed,
// transferred to another account. Each step is kept in meter_events and never rewritten.
class MeterService
{
    Q_DECLARE_TR_FUNCTIONS(MeterService)
public:
    MeterService(Database &db, const Clock &clock);

    static MeterDraft normalized(const MeterDraft &draft);
    QList<Error> validate(const MeterDraft &draft) const;

    Result<qint64> registerMeter(const Operator &actor, const MeterDraft &draft);
    Status update(const Operator &actor, qint64 meterId, const MeterDraft &draft, int expectedRevision);
    Status install(const Operator &actor, qint64 meterId, qint64 accountId, std::optional<qint64> registerMilli = {},
                   const QString &note = {});
    // The old meter leaves the account and the new one (from stock) takes its place.
    Status replace(const Operator &actor, qint64 oldMeterId, qint64 newMeterId,
                   std::optional<qint64> finalRegisterMilli = {}, const QString &note = {});
    Status remove(const Operator &actor, qint64 meterId, std::optional<qint64> finalRegisterMilli = {},
                  const QString &note = {});
    Status transfer(const Operator &actor, qint64 meterId, qint64 toAccountId, const QString &note = {});

    Result<Meter> get(qint64 meterId) const;
    Result<std::optional<qint64>> idBySerial(const QString &serial) const;
    // The serial of the meter a protocol reaches at this bus address ("000000000045" is meter
    // E000000000045): the numbers are compared as MeterPorts::addressOf reads them. Empty when
    // no meter of that protocol has the address.
    Result<QString> serialByAddress(const QString &protocol, const QString &address) const;
    // Meters installed on any of the customer's accounts.
    Result<QList<Meter>> metersOfCustomer(qint64 customerId) const;
    // Every event of the meters that ever served the customer's accounts, newest first.
    Result<QList<MeterEvent>> eventsOfCustomer(qint64 customerId) const;
    Result<QList<MeterEvent>> eventsOfMeter(qint64 meterId) const;

    // Inside a transaction the caller owns (bulk import).
    Result<qint64> registerIn(const QSqlDatabase &db, const Operator &actor, const MeterDraft &draft);
    Status installIn(const QSqlDatabase &db, const Operator &actor, qint64 meterId, qint64 accountId,
                     std::optional<qint64> registerMilli, const QString &note);

private:
    // An installed meter with the customer it serves and that customer's search keys before the change.
    struct Installed
    {
        Meter meter;
        std::optional<qint64> customerId;
        QSet<QString> keys;
    };
    Result<Installed> loadInstalled(const QSqlDatabase &db, qint64 meterId, const QString &notInstalled) const;
    Status takeOut(const QSqlDatabase &db, const Operator &actor, qint64 meterId);
    static Status refreshKeys(const QSqlDatabase &db, const Installed &before);
    Status addEvent(const QSqlDatabase &db, const Operator &actor, qint64 meterId, MeterEventKind kind,
                    std::optional<qint64> accountId, std::optional<qint64> fromAccountId,
                    std::optional<qint64> relatedMeterId, std::optional<qint64> registerMilli, const QString &note);
    Status logChange(const QSqlDatabase &db, const Operator &actor, qint64 meterId, std::optional<qint64> customerId,
                     const QString &action, const QJsonObject &details);
    Result<std::optional<qint64>> customerOfAccount(const QSqlDatabase &db, std::optional<qint64> accountId) const;
    QString now() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace prepaydesk
