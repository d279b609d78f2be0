#pragma once

#include "records/Domain.h"
#include "records/Operator.h"
#include "tariff/Tariff.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace prepaydesk {

class Clock;
class Database;

// Tariffs and their versions in the database, and quotes for a customer account: what the
// engine needs (cycle position, free units, fixed months, debt) is gathered from the records.
class TariffService
{
    Q_DECLARE_TR_FUNCTIONS(TariffService)
public:
    struct Tariff
    {
        qint64 id = 0;
        Utility utility = Utility::Electricity;
        QString code;
        QString name;
    };
    struct Version
    {
        qint64 id = 0;
        qint64 tariffId = 0;
        TariffVersion rules;
        QDateTime createdAt;
        QString createdBy;
    };
    // A quote for an account, with what it was computed from.
    struct AccountQuote
    {
        qint64 accountId = 0;
        QString accountNo;
        qint64 customerId = 0;
        QString customerName;
        Utility utility = Utility::Electricity;
        std::optional<qint64> meterId;
        QString meterSerial;
        Carrier carrier = Carrier::StsToken;
        Tariff tariff;
        Version version;
        QuoteInput input;
        Quote quote;
    };

    TariffService(Database &db, const Clock &clock);

    Result<QList<Tariff>> tariffs() const;
    Result<QList<Version>> versions(qint64 tariffId) const;
    // The version in force on a day: the latest whose effective date is on or before it.
    Result<Version> versionAt(qint64 tariffId, const QDate &day) const;

    // Administrators only. A new version takes effect today or later, never in the past: vends
    // already made keep the prices they were sold at.
    Result<qint64> createTariff(const Operator &actor, Utility utility, const QString &code, const QString &name,
                                const TariffVersion &first);
    Result<qint64> addVersion(const Operator &actor, qint64 tariffId, const TariffVersion &version);

    // Quote for a sale to the account at `at`, by amount or (units set) by units. Refuses a
    // closed or suspended account, one without a tariff, and one without an installed meter.
    Result<AccountQuote> quoteForAccount(qint64 accountId, Money amount, std::optional<Quantity> units,
                                         const QDateTime &at) const;
    // The same inside a transaction the caller holds on this thread (VendingService).
    static Result<AccountQuote> quoteForAccount(const Database &db, qint64 accountId, Money amount,
                                                std::optional<Quantity> units, const QDateTime &at);

    // The breakdown as stored with a vend and printed on receipts.
    static QJsonObject quoteJson(const AccountQuote &q);
    // The operator's local calendar day of an instant (cycles and effective dates are local).
    static QDate localDay(const QDateTime &at);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace prepaydesk
