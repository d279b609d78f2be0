#pragma once

#include "records/Domain.h"
#include "util/Result.h"
#include "vending/Vend.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace prepaydesk {

// How credit leaves the counter: an STS token, an IC card, a meter on the serial line, a
// remote meter. VendingService drives every carrier the same way:
//   prepare()  inside the pending transaction: make the credit (token, card image, code) and
//              return what is stored with the vend before anything leaves the machine;
//   deliver()  after that commit: show, print, write or send it;
//   resolve()  for a vend a crash left pending: find out whether the credit arrived.
class CreditCarrier
{
public:
    virtual ~CreditCarrier() = default;

    enum class Outcome
    {
        Delivered,    // the credit reached the customer or the meter
        NotDelivered, // it certainly did not: the vend can be voided, or finished again
        Unknown,      // it cannot be told (the meter does not answer): the vend stays pending
    };

    // What prepare() makes: the credit, and what the customer must be told about it.
    struct Credit
    {
        // The code or token the customer keys in; several tokens to be entered in order are
        // separated by ';' (key change tokens first, the credit token last).
        QString code;
        QString note; // translated; empty when there is nothing to say
    };

    virtual QString code() const = 0;
    // Whether credit, once delivered, can be taken back (a card not yet in the meter can be
    // re-read; a token or a meter's credit cannot).
    virtual bool canTakeBack() const = 0;

    // Whether a pending vend whose delivery cannot be told (resolve() answers Unknown or fails)
    // may be voided. A code on a receipt may be voided on the cashier's word; credit sent to a
    // meter that does not answer may already be in it, so that carrier says no until it answers.
    virtual bool mayVoidUnknown() const { return true; }
    // Before a pending vend whose credit did not arrive is voided: undo what an interrupted
    // delivery left behind (the IC-card carrier puts the card's previous data back). An Error
    // keeps the vend pending and says why.
    virtual Status withdraw(const Vend &vend)
    {
        Q_UNUSED(vend);
        return {};
    }
    // Why the last delivery or check of a vend did not end Delivered, in words (empty: nothing
    // to say), for the cashier's message line.
    virtual QString deliveryProblem(qint64 vendId) const
    {
        Q_UNUSED(vendId);
        return {};
    }

    virtual Result<Credit> prepare(const Vend &vend) = 0;
    virtual Result<Outcome> deliver(const Vend &vend) = 0;
    virtual Result<Outcome> resolve(const Vend &vend) = 0;
};

// The carrier of this release for every meter: a 20-digit reference code printed on the
// receipt. It is derived from the vend's idempotency key, so a retry or a reprint gives the
// same code. Delivery is printing and always succeeds; after a crash the cashier decides
// (reprint and finish, or void), so resolve() answers Unknown.
class ReferenceCodeCarrier final : public CreditCarrier
{
public:
    QString code() const override { return QStringLiteral("reference"); }
    bool canTakeBack() const override { return false; }
    Result<Credit> prepare(const Vend &vend) override;
    Result<Outcome> deliver(const Vend &vend) override;
    Result<Outcome> resolve(const Vend &vend) override;
};

// Which carrier serves which kind of meter. Later releases register the STS, IC-card, serial
// and remote carriers; until one is registered for a kind, the reference-code carrier serves it.
class CarrierRegistry
{
public:
    CarrierRegistry();
    void add(Carrier kind, std::shared_ptr<CreditCarrier> carrier);
    std::shared_ptr<CreditCarrier> forMeter(Carrier kind) const;
    // The carrier that made a vend, by its code (for finishing and reprinting).
    std::shared_ptr<CreditCarrier> byCode(const QString &code) const;

private:
    std::shared_ptr<CreditCarrier> m_fallback;
    QList<std::pair<Carrier, std::shared_ptr<CreditCarrier>>> m_carriers;
};

} // namespace prepaydesk
