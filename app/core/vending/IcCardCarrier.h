#pragma once

#include "vending/CreditCarrier.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace prepaydesk {

class CardService;
class Database;

// Credit written onto the customer's IC card in the counter's reader (docs/card-format.md). The
// card carries the purchase count N of its latest credit and what its meter wrote back; the
// meter loads a credit only when N is one past its own count, so a card credit is loaded once.
//   prepare()  reads the card in the reader (inside the pending transaction, so a refusal
//              records nothing): it must be the meter's card in use, of this utility, unaltered,
//              and its previous credit must have reached the meter (the write-back shows N).
//              It makes the new card data (purchase N + 1, the sale's credit) and keeps it with
//              the card's data as it was (card_events 'topup': before and after).
//   deliver()  unlocks the card, writes the new data and reads it back; Delivered only when the
//              card shows exactly what was made. A card pulled out or another card in the
//              reader is an Error: the vend stays pending.
//   resolve()  when the card is back: the new data -> Delivered; the old data, or data a pulled
//              card left half-written -> NotDelivered (finishing writes it again; voiding puts
//              the old data back through withdraw()). No card, or another one: Unknown, and the
//              vend cannot be voided until the card is back (it may hold the credit).
class IcCardCarrier final : public CreditCarrier
{
    Q_DECLARE_TR_FUNCTIONS(IcCardCarrier)
public:
    IcCardCarrier(Database &db, CardService &cards);

    QString code() const override { return QStringLiteral("ic-card"); }
    bool canTakeBack() const override { return false; }
    bool mayVoidUnknown() const override { return false; }
    QString deliveryProblem(qint64 vendId) const override;

    Result<Credit> prepare(const Vend &vend) override;
    Result<Outcome> deliver(const Vend &vend) override;
    Result<Outcome> resolve(const Vend &vend) override;
    Status withdraw(const Vend &vend) override;

private:
    struct Topup
    {
        QString serial;
        quint32 count = 0;
        QByteArray before;
        QByteArray after;
    };
    Result<Topup> topupOf(const Vend &vend) const;
    // Where the card in the reader stands with this top-up.
    enum class CardState
    {
        Written,  // it holds the new data
        Previous, // it holds the data it had before the sale
        Damaged,  // half-written or unreadable data from an interrupted write
        Other,    // something else (another sale, the meter's write-back after loading, ...)
    };
    Result<CardState> stateOf(const Topup &topup, const QByteArray &serial, const QByteArray &area) const;
    Status markWritten(const Topup &topup);
    void setProblem(qint64 vendId, const QString &problem);

    Database &m_db;
    CardService &m_cards;
    mutable QMutex m_mutex;
    QHash<qint64, QString> m_problems;
};

} // namespace prepaydesk
