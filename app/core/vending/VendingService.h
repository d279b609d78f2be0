#pragma once

#include "records/Operator.h"
#include "tariff/TariffService.h"
#include "util/Result.h"
#include "vending/CreditCarrier.h"
#include "vending/Ledger.h"
#include "vending/Vend.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace prepaydesk {

class Clock;
class Database;

// Selling credit. A vend is recorded as pending — vend row, payments, balanced ledger lines,
// outbox event and the credit (token, code, card image) — in one transaction before any credit
// leaves the machine; only then does the carrier deliver it, and a second transaction marks it
// delivered. A crash leaves either no vend or a pending one that pending()/finish()/voidPending()
// resolve. Every sale has an idempotency key: asking again with the same key returns the same
// vend and never delivers a second credit.
class VendingService
{
    Q_DECLARE_TR_FUNCTIONS(VendingService)
public:
    struct Request
    {
        QString key; // made when the cashier starts the sale (newKey())
        qint64 accountId = 0;
        Money amount;                  // the sale by amount...
        std::optional<Quantity> units; // ...or by units (the amount is then what they cost)
        QList<PaymentDraft> payments;  // add up to the sale's amount; several for a split payment
    };

    // Where a vend is, for progress display and for the crash test's fault injection.
    enum class Stage
    {
        Recorded,
        Delivering,
        Finished
    };
    using Observer = std::function<void(Stage, const Vend &)>;

    VendingService(Database &db, const Clock &clock, std::shared_ptr<CarrierRegistry> carriers = {});

    void setObserver(Observer observer) { m_observer = std::move(observer); }
    static QString newKey();

    Result<TariffService::AccountQuote> quote(qint64 accountId, Money amount, std::optional<Quantity> units = {}) const;

    // Records, delivers and returns the vend. A vend whose delivery could not be confirmed is
    // returned pending (not an error): the credit is stored and can be finished or voided.
    Result<Vend> vend(const Operator &actor, const Request &request);

    Result<Vend> get(qint64 vendId) const;
    Result<std::optional<Vend>> byKey(const QString &key) const;
    // Vends a crash or a failed delivery left pending, oldest first.
    Result<QList<Vend>> pending() const;
    Result<QList<Vend>> ofAccount(qint64 accountId, int limit = 50) const;

    // Delivers a pending vend again (reprints the code, rewrites the card, asks the meter) and
    // marks it delivered; the credit is the one stored when it was recorded.
    Result<Vend> finish(const Operator &actor, qint64 vendId);
    // Cancels a pending vend whose credit did not reach the customer: the money goes back.
    Result<Vend> voidPending(const Operator &actor, qint64 vendId, const QString &reason);
    // Undoes a delivered vend with a supervisor's approval: the payments are returned. Credit
    // that cannot be taken back (a token entered, credit in a meter) becomes the customer's
    // debt, unless the approver waives it (the reason is recorded).
    Result<Vend> reverse(const Operator &actor, const Operator &approver, qint64 vendId, const QString &reason,
                         bool waiveDebt);
    // The same credit again, for a lost receipt; counts the prints.
    Result<Vend> reprint(const Operator &actor, qint64 vendId);

private:
    Result<Vend> loadVend(const QSqlDatabase &db, const QString &where, const QVariant &value) const;
    // The vends whose ids the query selects, in its order.
    Result<QList<Vend>> vendsWhere(const QString &sql, const QVariantList &params = {}) const;
    Result<Vend> deliver(const Operator &actor, Vend vend, bool resolveFirst);
    Result<Vend> markDelivered(Vend vend);
    Result<Vend> undo(const Operator &actor, const Vend &vend, VendState to, const QString &kind, const QString &reason,
                      std::optional<qint64> approver, QList<LedgerLine> extraLines);
    Result<qint64> openShiftOf(const Operator &actor) const;
    void notify(Stage stage, const Vend &vend) const;

    Database &m_db;
    const Clock &m_clock;
    std::shared_ptr<CarrierRegistry> m_carriers;
    Observer m_observer;
};

} // namespace prepaydesk
