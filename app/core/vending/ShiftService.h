#pragma once

#include "money/Money.h"
#include "money/Quantity.h"
#include "records/Domain.h"
#include "records/Operator.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QMap>

#include <optional>

namespace prepaydesk {

class Clock;
class Database;

// A cashier's shift: opened with a cash float; every vend belongs to one; closed by counting
// the drawer by denomination. A difference between expected and counted cash needs a
// supervisor's approval. The Z report sums the shift up.
class ShiftService
{
    Q_DECLARE_TR_FUNCTIONS(ShiftService)
public:
    struct Shift
    {
        qint64 id = 0;
        qint64 operatorId = 0;
        QString operatorName;
        bool open = true;
        QDateTime openedAt;
        Money floatAmount;
        QDateTime closedAt;
        Money expectedCash;
        Money countedCash;
        QMap<qint64, int> counts; // denomination in fen -> pieces
        QString approvedBy;
        QString note;
    };

    struct ZReport
    {
        Shift shift;
        struct ByUtility
        {
            Utility utility = Utility::Electricity;
            int vends = 0;
            Money amount;
            Quantity units;
            Money tax;
        };
        struct ByMethod
        {
            QString method; // cash, card, qr
            int payments = 0;
            Money amount;
        };
        struct ByBlock
        {
            Utility utility = Utility::Electricity;
            int block = 0; // 1-based
            Quantity units;
            Money amount;
        };
        QList<ByUtility> utilities;
        QList<ByMethod> methods;
        QList<ByBlock> blocks;
        Money fixedCharges;
        Money debtRecovered;
        int voids = 0;
        Money voidedAmount;
        int reversals = 0;
        Money reversedAmount;
        int pending = 0;
        Money cashIn;  // cash taken for sales
        Money cashOut; // cash returned for voids and reversals
        Money expectedCash;
        QDateTime printedAt;

        // The report as fixed-width lines for a printer or a text file, in the current language.
        QString text(const QLocale &locale, int width = 42) const;
    };

    ShiftService(Database &db, const Clock &clock);

    // RMB notes and coins the drawer is counted in, in fen, largest first.
    static const QList<qint64> &denominations();

    Result<Shift> open(const Operator &actor, Money floatAmount);
    Result<std::optional<Shift>> current(const Operator &actor) const;
    Result<Shift> get(qint64 shiftId) const;
    Result<QList<Shift>> recent(int limit = 20) const;
    // Float plus cash taken minus cash returned.
    Result<Money> expectedCash(qint64 shiftId) const;
    // Closes the actor's open shift. Refuses while a vend of the shift is pending. When the
    // counted cash differs from the expected, `approver` must be a supervisor (not the actor).
    Result<Shift> close(const Operator &actor, const QMap<qint64, int> &counts,
                        const std::optional<Operator> &approver = {}, const QString &note = {});
    Result<ZReport> zReport(qint64 shiftId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace prepaydesk
