#include "vending/VendingService.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "vending/Ledger.h"
#include "vending/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcVending, "prepaydesk.vending")

namespace prepaydesk {

namespace {

const QString vendColumns = QStringLiteral(
    "SELECT v.id, v.idempotency_key, v.account_id, a.account_no, a.utility, v.meter_id, m.serial, a.customer_id, "
    "c.name, v.shift_id, v.operator_id, v.state, v.amount_minor, v.units_milli, v.free_units_milli, "
    "v.money_credit_minor, v.tariff_version_id, v.quote, v.carrier, v.credit_code, v.created_at, v.delivered_at, "
    "v.ended_at, v.end_reason, v.receipt_prints, v.credit_note FROM vends v JOIN accounts a ON a.id = v.account_id "
    "JOIN customers c ON c.id = a.customer_id LEFT JOIN meters m ON m.id = v.meter_id ");

Vend vendFrom(const QSqlQuery &r)
{
    Vend v;
    v.id = r.value(0).toLongLong();
    v.key = r.value(1).toString();
    v.accountId = r.value(2).toLongLong();
    v.accountNo = r.value(3).toString();
    v.utility = Domain::parse<Utility>(r.value(4).toString()).value_or(Utility::Electricity);
    if (!r.isNull(5))
        v.meterId = r.value(5).toLongLong();
    v.meterSerial = r.value(6).toString();
    v.customerId = r.value(7).toLongLong();
    v.customerName = r.value(8).toString();
    v.shiftId = r.value(9).toLongLong();
    v.operatorId = r.value(10).toLongLong();
    v.state = VendText::parseState(r.value(11).toString()).value_or(VendState::Pending);
    v.amount = Money::fromMinor(r.value(12).toLongLong());
    v.units = Quantity::fromMilli(r.value(13).toLongLong());
    v.freeUnits = Quantity::fromMilli(r.value(14).toLongLong());
    v.moneyCredit = Money::fromMinor(r.value(15).toLongLong());
    v.tariffVersionId = r.value(16).toLongLong();
    v.quote = QJsonDocument::fromJson(r.value(17).toString().toUtf8()).object();
    v.carrier = r.value(18).toString();
    v.creditCode = r.value(19).toString();
    v.createdAt = QDateTime::fromString(r.value(20).toString(), Qt::ISODate);
    v.deliveredAt = QDateTime::fromString(r.value(21).toString(), Qt::ISODate);
    v.endedAt = QDateTime::fromString(r.value(22).toString(), Qt::ISODate);
    v.endReason = r.value(23).toString();
    v.receiptPrints = r.value(24).toInt();
    v.creditNote = r.value(25).toString();
    return v;
}

QJsonObject eventPayload(const Vend &v)
{
    QJsonArray payments;
    for (const Payment &p : v.payments)
        payments.append(QJsonObject{{QStringLiteral("method"), VendText::code(p.method)},
                                    {QStringLiteral("amount"), p.amount.toString()},
                                    {QStringLiteral("reference"), p.reference}});
    return QJsonObject{{QStringLiteral("key"), v.key},
                       {QStringLiteral("vend_id"), v.id},
                       {QStringLiteral("account_no"), v.accountNo},
                       {QStringLiteral("meter_serial"), v.meterSerial},
                       {QStringLiteral("state"), VendText::code(v.state)},
                       {QStringLiteral("amount"), v.amount.toString()},
                       {QStringLiteral("units"), v.units.toString()},
                       {QStringLiteral("money_credit"), v.moneyCredit.toString()},
                       {QStringLiteral("quote"), v.quote},
                       {QStringLiteral("payments"), payments}};
}

// Later events of a vend carry only what changed; the server has the rest from vend.pending.
QJsonObject stateEvent(const Vend &v)
{
    QJsonObject e{{QStringLiteral("key"), v.key},
                  {QStringLiteral("vend_id"), v.id},
                  {QStringLiteral("state"), VendText::code(v.state)}};
    if (!v.endReason.isEmpty())
        e.insert(QStringLiteral("reason"), v.endReason);
    return e;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

VendingService::VendingService(Database &db, const Clock &clock, std::shared_ptr<CarrierRegistry> carriers)
    : m_db(db)
    , m_clock(clock)
    , m_carriers(carriers ? std::move(carriers) : std::make_shared<CarrierRegistry>())
{}

QString VendingService::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void VendingService::notify(Stage stage, const Vend &vend) const
{
    if (m_observer)
        m_observer(stage, vend);
}

Result<TariffService::AccountQuote> VendingService::quote(qint64 accountId, Money amount,
                                                          std::optional<Quantity> units) const
{
    return TariffService::quoteForAccount(m_db, accountId, amount, units, m_clock.now());
}

Result<qint64> VendingService::openShiftOf(const Operator &actor) const
{
    auto id = Sql::scalar(m_db, QStringLiteral("SELECT id FROM shifts WHERE operator_id = ? AND status = 'open'"),
                          {actor.id});
    if (!id) {
        if (id.error().code == Error::Code::NotFound)
            return Error::make(Error::Code::Invalid, tr("Open a shift first: every sale and every refund belongs to a "
                                                        "cashier's open shift."));
        return id.error();
    }
    return id.value().toLongLong();
}

Result<Vend> VendingService::loadVend(const QSqlDatabase &db, const QString &where, const QVariant &value) const
{
    auto q = Sql::exec(db, vendColumns + where, {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no such vend."));
    Vend v = vendFrom(q.value());
    auto p = Sql::exec(db,
                       QStringLiteral("SELECT id, method, amount_minor, tendered_minor, change_minor, reference "
                                      "FROM payments WHERE vend_id = ? ORDER BY id"),
                       {v.id});
    if (!p)
        return p.error();
    while (p.value().next()) {
        const QSqlQuery &r = p.value();
        v.payments << Payment{r.value(0).toLongLong(),
                              VendText::parseMethod(r.value(1).toString()).value_or(PaymentMethod::Cash),
                              Money::fromMinor(r.value(2).toLongLong()),
                              Money::fromMinor(r.value(3).toLongLong()),
                              Money::fromMinor(r.value(4).toLongLong()),
                              r.value(5).toString()};
    }
    return v;
}

Result<Vend> VendingService::get(qint64 vendId) const
{
    return loadVend(m_db.connection(), QStringLiteral("WHERE v.id = ?"), vendId);
}

Result<std::optional<Vend>> VendingService::byKey(const QString &key) const
{
    // The usual answer is "no such key": a cheap look-up first.
    auto id = Sql::scalar(m_db, QStringLiteral("SELECT id FROM vends WHERE idempotency_key = ?"), {key});
    if (!id) {
        if (id.error().code == Error::Code::NotFound)
            return std::optional<Vend>();
        return id.error();
    }
    auto v = get(id.value().toLongLong());
    if (!v)
        return v.error();
    return std::optional<Vend>(v.value());
}

Result<QList<Vend>> VendingService::vendsWhere(const QString &sql, const QVariantList &params) const
{
    auto ids = Sql::exec(m_db.connection(), sql, params);
    if (!ids)
        return ids.error();
    QList<qint64> list;
    while (ids.value().next())
        list << ids.value().value(0).toLongLong();
    QList<Vend> vends;
    for (qint64 id : list) {
        auto v = get(id);
        if (!v)
            return v.error();
        vends << v.value();
    }
    return vends;
}

Result<QList<Vend>> VendingService::pending() const
{
    return vendsWhere(QStringLiteral("SELECT id FROM vends WHERE state = 'pending' ORDER BY id"));
}

Result<QList<Vend>> VendingService::ofAccount(qint64 accountId, int limit) const
{
    return vendsWhere(QStringLiteral("SELECT id FROM vends WHERE account_id = ? ORDER BY id DESC LIMIT ?"),
                      {accountId, limit});
}

Result<Vend> VendingService::vend(const Operator &actor, const Request &request)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z0-9-]{8,64}$"));
    if (!keyShape.match(request.key).hasMatch())
        return Error::invalid(tr("The sale's key must be 8 to 64 letters, digits or dashes (a UUID)."),
                              QStringLiteral("key"));
    if (!request.units && request.amount.minor() <= 0)
        return Error::invalid(tr("Enter an amount greater than zero."), QStringLiteral("amount"));
    if (request.payments.isEmpty())
        return Error::invalid(tr("Record how the customer pays."), QStringLiteral("payments"));
    Money paid;
    for (const PaymentDraft &p : request.payments) {
        if (p.amount.minor() <= 0)
            return Error::invalid(tr("Each payment must be greater than zero."), QStringLiteral("payments"));
        if (p.method == PaymentMethod::Cash && !p.tendered.isZero() && p.tendered < p.amount)
            return Error::invalid(tr("The cash handed over (%1) is less than the cash payment (%2).")
                                      .arg(p.tendered.toString(), p.amount.toString()),
                                  QStringLiteral("tendered"));
        if (p.method != PaymentMethod::Cash && (p.reference.trimmed().isEmpty() || p.reference.size() > 64))
            return Error::invalid(tr("A %1 payment needs its transaction reference (at most 64 characters).")
                                      .arg(VendText::name(p.method)),
                                  QStringLiteral("reference"));
        if (p.amount.minor() > Money::MaxAbsMinor)
            return Error::invalid(tr("The payment is too large."), QStringLiteral("payments"));
        paid += p.amount;
    }

    // The same key again: the same vend, never a second credit.
    auto existing = byKey(request.key);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        const Vend &v = *existing.value();
        if (v.accountId != request.accountId || (!request.units && v.amount != request.amount) ||
            (request.units && v.units < *request.units) || v.amount != paid)
            return Error::make(Error::Code::Conflict,
                               tr("This sale's key was already used for a different account or amount (vend %1). "
                                  "Start a new sale.")
                                   .arg(v.id));
        return v;
    }

    Vend vend;
    {
        Transaction t(m_db);
        if (!t.isActive())
            return t.error();
        auto shift = openShiftOf(actor);
        if (!shift)
            return shift.error();
        const QDateTime now = m_clock.now();
        auto q = TariffService::quoteForAccount(m_db, request.accountId, request.amount, request.units, now);
        if (!q)
            return q.error();
        const TariffService::AccountQuote &aq = q.value();
        if (paid != aq.quote.paid)
            return Error::invalid(
                tr("The payments add up to %1 but the sale is %2.").arg(paid.toString(), aq.quote.paid.toString()),
                QStringLiteral("payments"));
        const std::shared_ptr<CreditCarrier> carrier = m_carriers->forMeter(aq.carrier);
        // The vend as recorded, kept in memory rather than read back.
        vend.key = request.key;
        vend.accountId = request.accountId;
        vend.accountNo = aq.accountNo;
        vend.utility = aq.utility;
        vend.meterId = aq.meterId;
        vend.meterSerial = aq.meterSerial;
        vend.customerId = aq.customerId;
        vend.customerName = aq.customerName;
        vend.shiftId = shift.value();
        vend.operatorId = actor.id;
        vend.state = VendState::Pending;
        vend.amount = aq.quote.paid;
        vend.units = aq.quote.units;
        vend.freeUnits = aq.quote.freeUnits;
        vend.moneyCredit = aq.quote.moneyCredit;
        vend.tariffVersionId = aq.version.id;
        vend.quote = TariffService::quoteJson(aq);
        vend.carrier = carrier->code();
        vend.createdAt = now;
        auto ins = Sql::run(
            m_db,
            QStringLiteral("INSERT INTO vends (idempotency_key, account_id, meter_id, shift_id, operator_id, state, "
                           "amount_minor, units_milli, free_units_milli, money_credit_minor, fixed_months, "
                           "tariff_version_id, quote, carrier, created_at) "
                           "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {request.key, request.accountId, *aq.meterId, shift.value(), actor.id, aq.quote.paid.minor(),
             aq.quote.units.milli(), aq.quote.freeUnits.milli(), aq.quote.moneyCredit.minor(),
             aq.quote.fixedCharges.isZero() ? 0 : aq.input.fixedChargeMonthsDue, aq.version.id,
             QString::fromUtf8(QJsonDocument(vend.quote).toJson(QJsonDocument::Compact)), carrier->code(), iso(now)});
        if (!ins) {
            if (ins.error().code == Error::Code::Conflict)
                return Error::make(Error::Code::Conflict, tr("Another console recorded a sale with this key at the "
                                                             "same moment; look the sale up before selling again."));
            return ins.error();
        }
        vend.id = ins.value()->lastInsertId().toLongLong();

        QList<LedgerLine> lines;
        for (const PaymentDraft &p : request.payments) {
            const bool cash = p.method == PaymentMethod::Cash;
            const Money tendered = cash ? (p.tendered.isZero() ? p.amount : p.tendered) : Money();
            const QVariant null{QMetaType(QMetaType::LongLong)};
            auto pay =
                Sql::run(m_db,
                         QStringLiteral("INSERT INTO payments (vend_id, method, amount_minor, tendered_minor, "
                                        "change_minor, reference) VALUES (?, ?, ?, ?, ?, ?)"),
                         {vend.id, VendText::code(p.method), p.amount.minor(), cash ? QVariant(tendered.minor()) : null,
                          cash ? QVariant((tendered - p.amount).minor()) : null, p.reference.trimmed()});
            if (!pay)
                return pay.error();
            vend.payments << Payment{pay.value()->lastInsertId().toLongLong(),
                                     p.method,
                                     p.amount,
                                     tendered,
                                     cash ? tendered - p.amount : Money(),
                                     p.reference.trimmed()};
            const QString account = p.method == PaymentMethod::Cash   ? LedgerAccounts::Cash
                                    : p.method == PaymentMethod::Card ? LedgerAccounts::Card
                                                                      : LedgerAccounts::Qr;
            lines << LedgerLine::dr(account, p.amount);
        }
        const QString utility = Domain::code(aq.utility);
        const Quote &quote = aq.quote;
        for (int i = 0; i < quote.lineCount; ++i) {
            const QuoteLine &l = quote.lines[i];
            if (l.amount.isZero())
                continue; // free units cost nothing
            switch (l.kind) {
            case QuoteLine::Kind::FixedCharge:
                lines << LedgerLine::cr(LedgerAccounts::revenue(utility, QStringLiteral("fixed")), l.amount);
                break;
            case QuoteLine::Kind::DebtRecovery:
                lines << LedgerLine::cr(LedgerAccounts::Debt, l.amount, request.accountId);
                break;
            case QuoteLine::Kind::Block:
                lines << LedgerLine::cr(LedgerAccounts::revenue(utility, QStringLiteral("block%1").arg(l.block + 1)),
                                        l.amount);
                break;
            case QuoteLine::Kind::MoneyCredit:
                lines << LedgerLine::cr(LedgerAccounts::Prepaid, l.amount, request.accountId);
                break;
            case QuoteLine::Kind::FreeUnits:
                break;
            }
        }
        if (!quote.tax.isZero()) {
            // Prices include tax: move it from revenue to tax payable.
            lines << LedgerLine::dr(LedgerAccounts::revenue(utility, QStringLiteral("tax-included")), quote.tax)
                  << LedgerLine::cr(LedgerAccounts::Tax, quote.tax);
        }
        auto posted =
            Ledger::post(m_db, {QStringLiteral("vend"), vend.id, shift.value(), now, actor.id, {}, {}}, lines);
        if (!posted)
            return posted.error();
        // The credit is made and stored before the commit, so that it exists exactly once.
        auto code = carrier->prepare(vend);
        if (!code)
            return code.error();
        if (auto u = Sql::run(m_db, QStringLiteral("UPDATE vends SET credit_code = ?, credit_note = ? WHERE id = ?"),
                              {code->code, code->note, vend.id});
            !u)
            return u.error();
        vend.creditCode = code->code;
        vend.creditNote = code->note;
        if (Status s = Outbox::add(m_db, QStringLiteral("vend.pending"), eventPayload(vend), now); !s)
            return s.error();
        if (Status s = t.commit(); !s)
            return s.error();
    }
    qCInfo(lcVending) << "vend" << vend.id << "recorded, pending delivery";
    notify(Stage::Recorded, vend);
    return deliver(actor, vend, false);
}

Result<Vend> VendingService::deliver(const Operator &actor, Vend vend, bool resolveFirst)
{
    const std::shared_ptr<CreditCarrier> carrier = m_carriers->byCode(vend.carrier);
    if (!carrier)
        return Error::make(Error::Code::Invalid,
                           tr("Vend %1 was made by the \"%2\" carrier, which this console does not have.")
                               .arg(vend.id)
                               .arg(vend.carrier));
    if (resolveFirst) {
        auto known = carrier->resolve(vend);
        if (known && known.value() == CreditCarrier::Outcome::Delivered)
            return markDelivered(vend);
    }
    notify(Stage::Delivering, vend);
    auto outcome = carrier->deliver(vend);
    if (!outcome) {
        qCWarning(lcVending) << "vend" << vend.id << "delivery failed:" << outcome.error().message;
        return vend; // stays pending: the credit is stored, the cashier finishes or voids it
    }
    switch (outcome.value()) {
    case CreditCarrier::Outcome::Delivered:
        return markDelivered(vend);
    case CreditCarrier::Outcome::NotDelivered:
        return undo(actor, vend, VendState::Failed, QStringLiteral("failure"), tr("The credit could not be delivered."),
                    std::nullopt, {});
    case CreditCarrier::Outcome::Unknown:
        break;
    }
    return vend;
}

Result<Vend> VendingService::markDelivered(Vend vend)
{
    {
        Transaction t(m_db);
        if (!t.isActive())
            return t.error();
        const QDateTime now = m_clock.now();
        auto u = Sql::run(m_db,
                          QStringLiteral("UPDATE vends SET state = 'delivered', delivered_at = ? "
                                         "WHERE id = ? AND state = 'pending'"),
                          {iso(now), vend.id});
        if (!u)
            return u.error();
        if (u.value()->numRowsAffected() != 1) {
            // Someone else finished or voided it meanwhile: report what it is now.
            t.commit().ok();
            return get(vend.id);
        }
        vend.state = VendState::Delivered;
        vend.deliveredAt = now;
        if (Status s = Outbox::add(m_db, QStringLiteral("vend.delivered"), stateEvent(vend), now); !s)
            return s.error();
        if (Status s = t.commit(); !s)
            return s.error();
    }
    notify(Stage::Finished, vend);
    return vend;
}

Result<Vend> VendingService::finish(const Operator &actor, qint64 vendId)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    auto v = get(vendId);
    if (!v)
        return v;
    if (v->state != VendState::Pending)
        return Error::make(Error::Code::Invalid,
                           tr("Vend %1 is %2, not pending.").arg(v->id).arg(VendText::name(v->state)));
    return deliver(actor, v.value(), true);
}

Result<Vend> VendingService::voidPending(const Operator &actor, qint64 vendId, const QString &reason)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    auto v = get(vendId);
    if (!v)
        return v;
    if (v->state != VendState::Pending)
        return Error::make(
            Error::Code::Invalid,
            tr("Only a pending vend can be voided; vend %1 is %2.").arg(v->id).arg(VendText::name(v->state)));
    if (const std::shared_ptr<CreditCarrier> carrier = m_carriers->byCode(v->carrier)) {
        auto known = carrier->resolve(v.value());
        if (known && known.value() == CreditCarrier::Outcome::Delivered)
            return Error::make(Error::Code::Conflict, tr("The credit of vend %1 has reached the meter; finish the "
                                                         "vend instead of voiding it.")
                                                          .arg(v->id));
        if ((!known || known.value() == CreditCarrier::Outcome::Unknown) && !carrier->mayVoidUnknown()) {
            // The carrier knows best what is missing (a card out of the reader, a silent meter).
            if (const QString why = carrier->deliveryProblem(v->id); !why.isEmpty())
                return Error::make(Error::Code::Conflict, why);
            return Error::make(Error::Code::Conflict,
                               tr("It cannot be told whether the credit of vend %1 is in the meter: the meter does "
                                  "not answer. Connect it to the counter's line and try again; finish the vend if it "
                                  "has the credit.")
                                   .arg(v->id));
        }
        if (known && known.value() == CreditCarrier::Outcome::NotDelivered) {
            if (Status w = carrier->withdraw(v.value()); !w)
                return w.error();
        }
    }
    const QString why = reason.trimmed().isEmpty() ? tr("voided at the counter") : reason.trimmed();
    return undo(actor, v.value(), VendState::Voided, QStringLiteral("void"), why, std::nullopt, {});
}

Result<Vend> VendingService::reverse(const Operator &actor, const Operator &approver, qint64 vendId,
                                     const QString &reason, bool waiveDebt)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    if (!Access::allows(approver.role, Permission::ApproveReversal))
        return Error::make(Error::Code::Forbidden, tr("A reversal needs the approval of a supervisor."));
    // Four eyes, as for cash differences at closing: the approver is someone else.
    if (approver.id == actor.id)
        return Error::make(Error::Code::Forbidden, tr("A reversal must be approved by a supervisor other than the "
                                                      "person reversing it."));
    if (reason.trimmed().size() < 3)
        return Error::invalid(tr("Give the reason for the reversal."), QStringLiteral("reason"));
    auto v = get(vendId);
    if (!v)
        return v;
    if (v->state != VendState::Delivered)
        return Error::make(
            Error::Code::Invalid,
            tr("Only a delivered vend can be reversed; vend %1 is %2.").arg(v->id).arg(VendText::name(v->state)));
    QList<LedgerLine> debt;
    const std::shared_ptr<CreditCarrier> carrier = m_carriers->byCode(v->carrier);
    const bool creditStays = !carrier || !carrier->canTakeBack();
    QString memo = reason.trimmed();
    if (creditStays) {
        // The credit stays with the customer: what it was worth is owed, unless waived.
        const Money value = Money::parse(v->quote.value(QStringLiteral("energy")).toString()).ok()
                                ? *Money::parse(v->quote.value(QStringLiteral("energy")).toString())
                                : Money();
        if (waiveDebt) {
            memo += tr(" (debt of %1 waived by %2)").arg(value.toString(), approver.displayName);
        } else if (!value.isZero()) {
            const QString utility = Domain::code(v->utility);
            debt << LedgerLine::dr(LedgerAccounts::Debt, value, v->accountId);
            debt << (v->moneyCredit.isZero()
                         ? LedgerLine::cr(LedgerAccounts::revenue(utility, QStringLiteral("credit-kept")), value)
                         : LedgerLine::cr(LedgerAccounts::Prepaid, value, v->accountId));
        }
    }
    return undo(actor, v.value(), VendState::Reversed, QStringLiteral("reversal"), memo, approver.id, debt);
}

Result<Vend> VendingService::undo(const Operator &actor, const Vend &vend, VendState to, const QString &kind,
                                  const QString &reason, std::optional<qint64> approver, QList<LedgerLine> extraLines)
{
    const QSqlDatabase db = m_db.connection();
    Vend result;
    {
        Transaction t(m_db);
        if (!t.isActive())
            return t.error();
        // Money goes back out of the drawer of whoever undoes the sale.
        auto shift = openShiftOf(actor);
        if (!shift)
            return shift.error();
        const QDateTime now = m_clock.now();
        auto from = vend.state == VendState::Pending ? QStringLiteral("pending") : QStringLiteral("delivered");
        auto u = Sql::exec(db,
                           QStringLiteral("UPDATE vends SET state = ?, ended_at = ?, end_reason = ?, approved_by = ? "
                                          "WHERE id = ? AND state = ?"),
                           {VendText::code(to), iso(now), reason,
                            approver ? QVariant(*approver) : QVariant(QMetaType(QMetaType::LongLong)), vend.id, from});
        if (!u)
            return u.error();
        if (u.value().numRowsAffected() != 1)
            return Error::make(Error::Code::Conflict, tr("Vend %1 changed meanwhile; look it up again.").arg(vend.id));
        auto sale = Sql::scalar(
            db, QStringLiteral("SELECT id FROM ledger_transactions WHERE vend_id = ? AND kind = 'vend'"), {vend.id});
        if (!sale)
            return sale.error();
        auto lines = Ledger::reversed(db, sale.value().toLongLong());
        if (!lines)
            return lines.error();
        lines.value() << extraLines;
        auto posted =
            Ledger::post(m_db, {kind, vend.id, shift.value(), now, actor.id, approver, reason}, lines.value());
        if (!posted)
            return posted.error();
        auto loaded = loadVend(db, QStringLiteral("WHERE v.id = ?"), vend.id);
        if (!loaded)
            return loaded.error();
        result = loaded.value();
        if (Status s = Outbox::add(m_db, QStringLiteral("vend.") + VendText::code(to), stateEvent(result), now); !s)
            return s.error();
        if (Status s = t.commit(); !s)
            return s.error();
    }
    qCInfo(lcVending) << "vend" << vend.id << VendText::code(to);
    notify(Stage::Finished, result);
    return result;
}

Result<Vend> VendingService::reprint(const Operator &actor, qint64 vendId)
{
    if (Status s = Access::require(actor, Permission::Vend); !s)
        return s.error();
    Transaction t(m_db);
    if (!t.isActive())
        return t.error();
    auto u = Sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE vends SET receipt_prints = receipt_prints + 1 WHERE id = ?"), {vendId});
    if (!u)
        return u.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return get(vendId);
}

} // namespace prepaydesk
