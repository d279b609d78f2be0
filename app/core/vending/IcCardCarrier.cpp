#include "vending/IcCardCarrier.h"

#include "card/CardService.h"
#include "security/KeyVault.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcIcCard, "prepaydesk.vending.iccard")

namespace prepaydesk {

IcCardCarrier::IcCardCarrier(Database &db, CardService &cards)
    : m_db(db)
    , m_cards(cards)
{}

void IcCardCarrier::setProblem(qint64 vendId, const QString &problem)
{
    QMutexLocker lock(&m_mutex);
    if (problem.isEmpty())
        m_problems.remove(vendId);
    else
        m_problems.insert(vendId, problem);
}

QString IcCardCarrier::deliveryProblem(qint64 vendId) const
{
    QMutexLocker lock(&m_mutex);
    return m_problems.value(vendId);
}

Result<CreditCarrier::Credit> IcCardCarrier::prepare(const Vend &vend)
{
    if (!vend.meterId)
        return Error::invalid(tr("This account has no meter installed to write a card for."));
    auto card = m_cards.open();
    if (!card)
        return Error::make(card.error().code,
                           tr("Put the customer's card in the reader: %1").arg(card.error().message));
    if (card->blank)
        return Error::invalid(tr("The card in the reader is blank. Issue it for the meter first (Cards page)."));
    auto s = m_cards.summarise(card.value());
    if (!s)
        return s.error();
    if (s->problem)
        return s->problem.value();
    if (!s->image || s->image->kind != CardKind::User)
        return Error::invalid(tr("The card in the reader is an engineer's card, not a customer's card."));
    if (s->cardId == 0 || !s->meterId)
        return Error::make(Error::Code::NotFound,
                           tr("Card %1 is not in this console's records. Read it on the Cards page.").arg(s->serial));
    if (*s->meterId != *vend.meterId)
        return Error::make(Error::Code::Conflict,
                           tr("The card in the reader is the card of meter %1 (%2), not of meter %3 this sale is for.")
                               .arg(s->meterSerial, s->customerName, vend.meterSerial));
    // An SLE4442 at its last PSC try would lock for good on one more mistake: it is not presented
    // in a sale (a supervisor checks the card on the Cards page first, which restores the tries).
    if (card->chip == QLatin1String("sle4442")) {
        if (s->triesLeft == 0)
            return Error::make(
                Error::Code::Forbidden,
                tr("Card %1 is locked: its security code has no tries left. Replace the card.").arg(s->serial));
        if (s->triesLeft == 1)
            return Error::make(Error::Code::Forbidden,
                               tr("Card %1 has one security-code try left. A supervisor must check the card on the "
                                  "Cards page before it is written.")
                                   .arg(s->serial));
    }
    const CardImage &old = s->image.value();
    if (s->creditWaiting)
        return Error::make(Error::Code::Conflict,
                           tr("The credit of purchase %1 is still on the card: the meter has not loaded it. The "
                              "customer puts the card in the meter first; then read it here and sell again.")
                               .arg(old.purchaseCount));
    auto pending = Sql::scalar(m_db,
                               QStringLiteral("SELECT e.vend_id FROM card_events e JOIN vends v ON v.id = e.vend_id "
                                              "WHERE e.card_id = ? AND v.state = 'pending' AND v.id <> ? LIMIT 1"),
                               {s->cardId, vend.id});
    if (pending)
        return Error::make(
            Error::Code::Conflict,
            tr("Sale %1 onto this card is still pending: finish or void it first.").arg(pending->toLongLong()));
    if (pending.error().code != Error::Code::NotFound)
        return pending.error();

    CardImage next = old;
    next.purchaseCount = old.purchaseCount + 1;
    if (!vend.moneyCredit.isZero()) {
        next.unit = CreditUnit::Money;
        next.credit = vend.moneyCredit.minor();
    } else {
        next.unit = CreditUnit::Units;
        next.credit = vend.units.milli() + vend.freeUnits.milli();
    }
    auto cardKey = m_cards.cardKey();
    if (!cardKey)
        return cardKey.error();
    auto after = m_cards.format().write(next, card->serial, cardKey->bytes());
    if (!after)
        return after.error();
    const QJsonObject details{
        {QStringLiteral("serial"), s->serial},
        {QStringLiteral("before"), CardService::hex(card->area)},
        {QStringLiteral("after"), CardService::hex(after.value())},
        {QStringLiteral("unit"), next.unit == CreditUnit::Money ? QStringLiteral("money") : QStringLiteral("units")},
        {QStringLiteral("credit"), next.credit}};
    if (auto u =
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO card_events (card_id, kind, vend_id, purchase_count, details, at, "
                                    "operator_id) VALUES (?, 'topup', ?, ?, ?, ?, ?)"),
                     {s->cardId, vend.id, next.purchaseCount,
                      QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                      vend.createdAt.toUTC().toString(Qt::ISODate), vend.operatorId});
        !u)
        return u.error();
    Credit credit;
    // Serial, purchase count and sale: a voided sale's count comes round again, its code never.
    credit.code = QStringLiteral("%1/%2/%3").arg(s->serial).arg(next.purchaseCount).arg(vend.id);
    credit.note = tr("Written onto IC card %1 as purchase %2: the customer puts the card in the meter to load it.")
                      .arg(s->serial)
                      .arg(next.purchaseCount);
    return credit;
}

Result<IcCardCarrier::Topup> IcCardCarrier::topupOf(const Vend &vend) const
{
    auto q = Sql::run(m_db,
                      QStringLiteral("SELECT json_extract(details, '$.serial'), purchase_count, "
                                     "json_extract(details, '$.before'), json_extract(details, '$.after') "
                                     "FROM card_events WHERE vend_id = ? AND kind = 'topup'"),
                      {vend.id});
    if (!q)
        return q.error();
    QSqlQuery &r = *q.value();
    if (!r.next())
        return Error::make(Error::Code::NotFound, tr("Vend %1 has no card data recorded.").arg(vend.id));
    Topup t;
    t.serial = r.value(0).toString();
    t.count = quint32(r.value(1).toLongLong());
    t.before = QByteArray::fromHex(r.value(2).toString().toLatin1());
    t.after = QByteArray::fromHex(r.value(3).toString().toLatin1());
    return t;
}

Result<IcCardCarrier::CardState> IcCardCarrier::stateOf(const Topup &topup, const QByteArray &serial,
                                                        const QByteArray &area) const
{
    if (area == topup.after)
        return CardState::Written;
    if (area == topup.before)
        return CardState::Previous;
    auto cardKey = m_cards.cardKey();
    if (!cardKey)
        return cardKey.error();
    const CardFormat &format = m_cards.format();
    auto now = format.read(area, serial, cardKey->bytes());
    if (!now)
        return CardState::Damaged;
    auto made = format.read(topup.after, serial, cardKey->bytes());
    if (!made)
        return made.error();
    // The meter may have loaded it since and written back: the issuer's part decides.
    if (now->purchaseCount == made->purchaseCount && now->credit == made->credit && now->unit == made->unit)
        return CardState::Written;
    if (now->purchaseCount + 1 == made->purchaseCount)
        return CardState::Previous;
    return CardState::Other;
}

Status IcCardCarrier::markWritten(const Topup &topup)
{
    auto u =
        Sql::run(m_db, QStringLiteral("UPDATE cards SET purchase_count = ? WHERE serial = ? AND purchase_count < ?"),
                 {topup.count, topup.serial, topup.count});
    if (!u)
        return u.error();
    return {};
}

Result<CreditCarrier::Outcome> IcCardCarrier::deliver(const Vend &vend)
{
    auto topup = topupOf(vend);
    if (!topup)
        return topup.error();
    auto fail = [&](const Error &e) -> Result<Outcome> {
        setProblem(vend.id, e.message);
        qCWarning(lcIcCard) << "vend" << vend.id << "card not written:" << e.message;
        return e;
    };
    auto card = m_cards.open();
    if (!card)
        return fail(Error::make(card.error().code,
                                tr("Card %1 was not written: %2 Put it back in the reader and finish the sale.")
                                    .arg(topup->serial, card.error().message)));
    if (CardService::hex(card->serial) != topup->serial)
        return fail(Error::make(Error::Code::Conflict,
                                tr("The card in the reader is %1; this sale is for card %2. Put that card in the "
                                   "reader and finish the sale.")
                                    .arg(CardService::hex(card->serial), topup->serial)));
    auto state = stateOf(topup.value(), card->serial, card->area);
    if (!state)
        return fail(state.error());
    if (state.value() == CardState::Other)
        return fail(Error::make(Error::Code::Conflict,
                                tr("Card %1 holds data of another sale; this sale cannot be written onto it. Void it.")
                                    .arg(topup->serial)));
    if (state.value() != CardState::Written) {
        auto access = m_cards.access(card->serial);
        if (!access)
            return fail(access.error());
        if (Status u = card->memory->unlock(access.value()); !u)
            return fail(u.error());
        if (Status w = CardService::writeAndVerify(*card->memory, topup->after); !w)
            return fail(
                Error::make(w.error().code, tr("Card %1 was not written completely (%2). Put it back in the reader and "
                                               "finish the sale; the credit is written only once.")
                                                .arg(topup->serial, w.error().message)));
    }
    if (Status m = markWritten(topup.value()); !m)
        return m.error();
    setProblem(vend.id, {});
    return Outcome::Delivered;
}

Result<CreditCarrier::Outcome> IcCardCarrier::resolve(const Vend &vend)
{
    auto topup = topupOf(vend);
    if (!topup)
        return topup.error();
    auto card = m_cards.open();
    if (!card || CardService::hex(card->serial) != topup->serial) {
        setProblem(vend.id, tr("Put card %1 in the reader: until it is back it cannot be told whether the credit of "
                               "sale %2 is on it.")
                                .arg(topup->serial)
                                .arg(vend.id));
        return Outcome::Unknown;
    }
    auto state = stateOf(topup.value(), card->serial, card->area);
    if (!state)
        return state.error();
    switch (state.value()) {
    case CardState::Written:
        if (Status m = markWritten(topup.value()); !m)
            return m.error();
        setProblem(vend.id, {});
        return Outcome::Delivered;
    case CardState::Previous:
    case CardState::Damaged:
        return Outcome::NotDelivered;
    case CardState::Other:
        break;
    }
    setProblem(vend.id, tr("Card %1 holds data of another sale.").arg(topup->serial));
    return Outcome::Unknown;
}

Status IcCardCarrier::withdraw(const Vend &vend)
{
    auto topup = topupOf(vend);
    if (!topup)
        return topup.error();
    auto card = m_cards.open();
    if (!card)
        return card.error();
    if (CardService::hex(card->serial) != topup->serial)
        return Error::make(Error::Code::Conflict, tr("Put card %1 in the reader to void the sale.").arg(topup->serial));
    if (card->area == topup->before)
        return {};
    // Interrupted mid-write: the card gets back the data it had before the sale.
    auto access = m_cards.access(card->serial);
    if (!access)
        return access.error();
    if (Status u = card->memory->unlock(access.value()); !u)
        return u;
    if (Status w = CardService::writeAndVerify(*card->memory, topup->before); !w)
        return Error::make(
            w.error().code,
            tr("Card %1 could not be restored (%2); the sale stays pending.").arg(topup->serial, w.error().message));
    return {};
}

} // namespace prepaydesk
